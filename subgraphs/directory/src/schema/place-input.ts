import { badUserInput } from '@passerelle/platform/errors';
import { InputIssues } from '@passerelle/platform/validation';
import { builder } from '../builder';
import { FIELD_OF_COLUMN, type V1Column } from '../standard/columns';
import { type RecordSource, toStandardRecord } from '../standard/to-record';
import { type PlaceFields, validateRecord } from '../standard/validate';
import { vocabularyFields } from '../standard/vocabulary';
import { vocabularyEnums } from './vocabulary';

/**
 * The input of the editing mutations: the fields of `Place`, validated exactly like an imported
 * row (the input is written as a record of the standard and goes through the same validation).
 */

const PlaceAddressInput = builder.inputType('PlaceAddressInput', {
  fields: (t) => ({
    street: t.string(),
    complement: t.string({ required: false }),
    postalCode: t.string(),
    communeName: t.string(),
    communeCode: t.string({
      required: false,
      description: 'INSEE code; found from postal code and name when absent',
    }),
  }),
});

const GeoPointInput = builder.inputType('GeoPointInput', {
  fields: (t) => ({ latitude: t.float(), longitude: t.float() }),
});

/** The same fields for creation (required ones required) and for updates (every field optional). */
function placeInputType(name: string, forCreation: boolean) {
  return builder.inputType(name, {
    description: forCreation
      ? 'A new place. Omitted lists are empty; omitted `updatedOn` is today.'
      : 'What changes: an omitted field keeps its value, null clears it. Omitted `updatedOn` becomes today.',
    fields: (t) => ({
      externalId: t.string({
        required: false,
        description: "Id in its source (the standard's `id`); generated if omitted",
      }),
      pivot: t.string({ required: forCreation }),
      name: t.string({ required: forCreation }),
      address: t.field({ type: PlaceAddressInput, required: forCreation }),
      location: t.field({ type: GeoPointInput, required: false }),
      structureTypes: t.stringList({ required: false }),
      phone: t.string({ required: false }),
      emails: t.stringList({ required: false }),
      websites: t.stringList({
        required: false,
        description: 'Websites and social-network pages (`site_web`)',
      }),
      website: t.string({
        required: false,
        description: 'Sets `websites` to this one address (null clears them)',
        deprecationReason: 'A place may have several websites: use `websites`',
      }),
      openingHours: t.string({ required: false, description: 'OpenStreetMap opening_hours syntax' }),
      summary: t.string({ required: false }),
      description: t.string({ required: false }),
      source: t.string({ required: false }),
      parentOrganization: t.string({ required: false }),
      updatedOn: t.field({ type: 'Date', required: false }),
      ...Object.fromEntries(
        vocabularyFields.map((field) => [
          field,
          t.field({ type: [vocabularyEnums[field]], required: false }),
        ]),
      ),
      otherTrainingLabels: t.stringList({ required: false }),
      accessibilitySheetUrl: t.string({ required: false }),
      appointmentUrl: t.string({ required: false }),
    }),
  });
}

export const PlaceInput = placeInputType('PlaceInput', true);
export const PlaceUpdateInput = placeInputType('PlaceUpdateInput', false);

type Input = typeof PlaceUpdateInput.$inferInput;

/** Where each field of the standard sits in the input, for error paths. */
const INPUT_PATHS: Partial<Record<keyof PlaceFields, string>> = {
  address: 'address.street',
  addressComplement: 'address.complement',
  postalCode: 'address.postalCode',
  communeName: 'address.communeName',
  communeCode: 'address.communeCode',
  latitude: 'location.latitude',
  longitude: 'location.longitude',
};

function inputPath(column: V1Column | string): string {
  const field = FIELD_OF_COLUMN[column as V1Column];
  return field ? (INPUT_PATHS[field] ?? field) : column;
}

/** The input applied over `base` (a place's current fields, or nothing for a new one). */
function applyInput(input: Input, base: RecordSource, today: Date): RecordSource {
  const fields: RecordSource = { ...base };
  const set = <Key extends keyof RecordSource>(
    key: Key,
    value: RecordSource[Key] | null | undefined,
    empty: RecordSource[Key],
  ) => {
    if (value !== undefined) fields[key] = value === null ? empty : value;
  };
  set('externalId', input.externalId, undefined);
  set('pivot', input.pivot, undefined);
  set('name', input.name, undefined);
  if (input.address !== undefined) {
    fields.address = input.address?.street;
    fields.addressComplement = input.address?.complement ?? null;
    fields.postalCode = input.address?.postalCode;
    fields.communeName = input.address?.communeName;
    fields.communeCode = input.address?.communeCode ?? null;
  }
  if (input.location !== undefined) {
    fields.latitude = input.location?.latitude ?? null;
    fields.longitude = input.location?.longitude ?? null;
  }
  for (const key of [
    'phone',
    'openingHours',
    'summary',
    'description',
    'source',
    'parentOrganization',
    'accessibilitySheetUrl',
    'appointmentUrl',
  ] as const) {
    set(key, input[key], null);
  }
  for (const key of [
    'structureTypes',
    'emails',
    'websites',
    'otherTrainingLabels',
    ...vocabularyFields,
  ] as const) {
    set(key, (input as unknown as Record<string, string[] | null | undefined>)[key], []);
  }
  // The single `website` of earlier clients.
  if (input.website !== undefined && input.websites === undefined)
    fields.websites = input.website === null ? [] : [input.website];
  fields.updatedOn = input.updatedOn ?? today;
  return fields;
}

/**
 * Validates the input (over a place's current fields for an update) as the import validates a
 * row; BAD_USER_INPUT listing every field at fault otherwise.
 */
export function validatePlaceInput(input: Input, base: RecordSource, today: Date): PlaceFields {
  if (input.website !== undefined && input.websites !== undefined)
    throw badUserInput('give websites or website, not both', 'input.website');
  const validation = validateRecord(toStandardRecord(applyInput(input, base, today)), { today });
  if (validation.valid) return validation.place;
  const issues = new InputIssues('place');
  for (const error of validation.errors)
    issues.add(`input.${inputPath(error.column)}`, error.reason, error.value);
  // An invalid record has one error at least.
  throw issues.toError();
}
