import { badUserInput } from '@passerelle/platform/errors';
import { InputIssues } from '@passerelle/platform/validation';
import { builder } from '../builder';
import { COLUMN_OF_FIELD, FIELD_OF_COLUMN, type V1Column } from '../standard/columns';
import { type RecordSource, toStandardRecord } from '../standard/to-record';
import { type PlaceFields, validateRecord } from '../standard/validate';
import { vocabularyFields } from '../standard/vocabulary';
import { vocabularyEnums } from './vocabulary';

/**
 * The input of the editing mutations: the fields of `Place`, validated exactly like an imported
 * row (the input is written as a record of the standard and goes through the same validation).
 */

const PlaceAddressInput = builder.inputType('PlaceAddressInput', {
  description: 'Postal address of a place, as in PlaceAddress.',
  fields: (t) => ({
    street: t.string({ description: 'Number and street (`adresse`)' }),
    complement: t.string({ required: false, description: '`complement_adresse`' }),
    postalCode: t.string({ description: 'Five digits (`code_postal`)' }),
    communeName: t.string({ description: '`commune`' }),
    communeCode: t.string({
      required: false,
      description: 'INSEE code; found from postal code and name when absent',
    }),
  }),
});

const GeoPointInput = builder.inputType('GeoPointInput', {
  description: 'A position in WGS 84 degrees.',
  fields: (t) => ({
    latitude: t.float({ description: 'Degrees north (`latitude`)' }),
    longitude: t.float({ description: 'Degrees east (`longitude`)' }),
  }),
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
      pivot: t.string({
        required: forCreation,
        description:
          'SIRET or RNA of the organisation running the place (`pivot`), 9 to 14 letters or digits',
      }),
      name: t.string({ required: forCreation, description: '`nom`' }),
      address: t.field({
        type: PlaceAddressInput,
        required: forCreation,
        description: 'Postal address; it sets the commune, département and région',
      }),
      location: t.field({
        type: GeoPointInput,
        required: false,
        description:
          'Coordinates (`latitude`, `longitude`); without them the place is left out of geographic searches',
      }),
      structureTypes: t.stringList({
        required: false,
        description: 'Structure-type codes of the data·inclusion typology (`typologie`): ASSO, BIB, MUNI...',
      }),
      phone: t.string({
        required: false,
        description: 'French phone number (`telephone`), stored in international format (+33…)',
      }),
      emails: t.stringList({ required: false, description: 'Email addresses (`courriels`)' }),
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
      summary: t.string({ required: false, description: 'Short presentation (`presentation_resume`)' }),
      description: t.string({
        required: false,
        description: 'Detailed presentation (`presentation_detail`)',
      }),
      source: t.string({ required: false, description: 'Producer of the record (`source`)' }),
      parentOrganization: t.string({ required: false, description: '`structure_parente`' }),
      updatedOn: t.field({
        type: 'Date',
        required: false,
        description: 'Last update (`date_maj`), not in the future; today when omitted',
      }),
      ...Object.fromEntries(
        vocabularyFields.map((field) => [
          field,
          t.field({
            type: [vocabularyEnums[field]],
            required: false,
            description: `Values of \`${COLUMN_OF_FIELD[field]}\``,
          }),
        ]),
      ),
      otherTrainingLabels: t.stringList({
        required: false,
        description: 'Other trainings and labels, free text (`autres_formations_labels`)',
      }),
      accessibilitySheetUrl: t.string({
        required: false,
        description: 'URL of the accessibility sheet (`fiche_acces_libre`)',
      }),
      appointmentUrl: t.string({ required: false, description: 'URL of online booking (`prise_rdv`)' }),
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
