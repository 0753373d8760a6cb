import { emailAddress, unsafeTextReason } from '@passerelle/platform/validation';
import { isValidOpeningHours } from '../opening-hours/opening-hours';
import {
  MAX_CELL_LENGTH,
  PATTERNS,
  type PlaceField,
  type StandardRecord,
  V1_COLUMNS,
  V1_REQUIRED,
  type V1Column,
} from './columns';
import { locateCommune } from './locate-commune';
import { normalizePhone, normalizeUrl, parseDecimal, parseStandardDate, splitValues } from './normalize';
import { type VocabularyField, type VocabularyValue, valueOfLabel } from './vocabulary';

/**
 * Checks one record against the standard and turns it into a place's fields. The import, the
 * editing mutations and the tests all go through here, so a place is valid the same way whatever
 * way it comes in. Errors make the record invalid; warnings are worth reporting but keep it.
 */

export interface FieldIssue {
  /** The standard's column name. */
  column: V1Column | string;
  value: string;
  reason: string;
}

export interface PlaceFields {
  externalId: string;
  pivot: string;
  name: string;
  address: string;
  addressComplement: string | null;
  postalCode: string;
  communeName: string;
  communeCode: string | null;
  departmentCode: string;
  regionCode: string;
  latitude: number | null;
  longitude: number | null;
  structureTypes: string[];
  phone: string | null;
  emails: string[];
  websites: string[];
  openingHours: string | null;
  summary: string | null;
  description: string | null;
  source: string | null;
  parentOrganization: string | null;
  updatedOn: Date;
  itinerance: string[];
  services: string[];
  specificPublics: string[];
  specificSupport: string[];
  fees: string[];
  nationalPrograms: string[];
  trainingLabels: string[];
  otherTrainingLabels: string[];
  accessModes: string[];
  supportModes: string[];
  accessibilitySheetUrl: string | null;
  appointmentUrl: string | null;
}

// Every field the standard has is a PlaceFields field (checked by the compiler).
type _EveryColumnHasAField = PlaceField extends keyof PlaceFields ? true : never;
const _everyColumnHasAField: _EveryColumnHasAField = true;

export type Validation =
  | { valid: true; place: PlaceFields; warnings: FieldIssue[] }
  | { valid: false; errors: FieldIssue[]; warnings: FieldIssue[] };

/** Metropolitan France (with Corsica): used to spot latitude and longitude written the wrong way round. */
const METROPOLE = { south: 41, north: 51.5, west: -5.5, east: 10 };

export interface ValidationOptions {
  /** Dates after this day are refused (a record cannot be updated in the future). */
  today: Date;
}

export function validateRecord(input: Partial<StandardRecord>, options: ValidationOptions): Validation {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  const cell = (column: V1Column) => (input[column] ?? '').trim();
  const fail = (column: V1Column, reason: string, value = cell(column)) =>
    errors.push({ column, value, reason });
  const warn = (column: V1Column, reason: string, value = cell(column)) =>
    warnings.push({ column, value, reason });

  for (const [column, value] of Object.entries(input)) {
    if ((value ?? '').length > MAX_CELL_LENGTH) {
      errors.push({
        column,
        value: `${value?.slice(0, 80)}…`,
        reason: `longer than ${MAX_CELL_LENGTH} characters`,
      });
    }
  }
  for (const column of V1_COLUMNS) {
    const value = input[column] ?? '';
    const reason = unsafeTextReason(value);
    // Shown escaped as JSON escapes it (`\u0000`): visible where it is, harmless in a terminal.
    if (reason) errors.push({ column, value: JSON.stringify(value.slice(0, 80)).slice(1, -1), reason });
  }
  if (errors.length) return { valid: false, errors, warnings };
  for (const column of V1_REQUIRED) if (!cell(column)) fail(column, 'required');

  const text = (column: V1Column) => cell(column) || null;

  let pivot = cell('pivot').replace(/\s/g, '');
  if (pivot && !PATTERNS.pivot.test(pivot))
    fail('pivot', 'must be a SIRET (14 digits) or an RNA number (W + 9 digits)');
  pivot = pivot.toUpperCase();

  let postalCode = cell('code_postal');
  // Spreadsheets drop the leading zero of 01000…09999.
  if (/^\d{4}$/.test(postalCode)) {
    warn('code_postal', 'leading zero restored');
    postalCode = `0${postalCode}`;
  }
  if (postalCode && !PATTERNS.code_postal.test(postalCode)) fail('code_postal', 'must be 5 digits');

  let inseeCode = cell('code_insee').toUpperCase();
  if (/^\d{4}$/.test(inseeCode)) inseeCode = `0${inseeCode}`;
  if (inseeCode && !PATTERNS.code_insee.test(inseeCode))
    fail('code_insee', 'must be an INSEE commune code (5 characters)');

  const updatedOn = cell('date_maj') ? parseStandardDate(cell('date_maj')) : null;
  if (cell('date_maj') && !updatedOn) fail('date_maj', 'must be a date (YYYY-MM-DD)');
  if (updatedOn && updatedOn.getTime() > options.today.getTime()) fail('date_maj', 'is in the future');

  let latitude = cell('latitude') ? parseDecimal(cell('latitude')) : null;
  let longitude = cell('longitude') ? parseDecimal(cell('longitude')) : null;
  if (cell('latitude') && latitude === null) fail('latitude', 'must be a number');
  if (cell('longitude') && longitude === null) fail('longitude', 'must be a number');
  if (latitude !== null && (latitude < -90 || latitude > 90)) fail('latitude', 'must be between -90 and 90');
  if (longitude !== null && (longitude < -180 || longitude > 180))
    fail('longitude', 'must be between -180 and 180');
  if (
    (latitude === null) !== (longitude === null) &&
    !errors.some((error) => error.column === 'latitude' || error.column === 'longitude')
  ) {
    fail(latitude === null ? 'latitude' : 'longitude', 'latitude and longitude go together');
  }
  if (latitude === 0 && longitude === 0) {
    warn('latitude', 'coordinates 0,0 ignored');
    latitude = longitude = null;
  }

  let phone = text('telephone');
  if (phone) {
    phone = normalizePhone(phone);
    if (!PATTERNS.telephone.test(phone)) fail('telephone', 'must be a French phone number (+33…)');
  }

  const emails = splitValues(cell('courriels'), /[|;,\s]+/);
  for (const email of emails) if (!emailAddress.test(email)) fail('courriels', emailAddress.reason, email);

  const webAddress = (column: V1Column, value: string): string | null => {
    const normalized = normalizeUrl(value);
    if (!normalized) fail(column, 'is not a web address', value);
    return normalized;
  };
  const url = (column: V1Column): string | null => {
    const values = splitValues(cell(column));
    if (!values.length) return null;
    if (values.length > 1) warn(column, 'several addresses given; the first is kept');
    return webAddress(column, values[0] as string);
  };
  // Unlike the other web addresses, `site_web` may list several (a site, social-network pages).
  const websites = splitValues(cell('site_web')).flatMap((value) => webAddress('site_web', value) ?? []);
  const accessibilitySheetUrl = url('fiche_acces_libre');
  const appointmentUrl = url('prise_rdv');

  const structureTypes = splitValues(cell('typologie'), /[|;,]/).map((code) => code.toUpperCase());
  for (const code of structureTypes)
    if (!/^[A-Z0-9_]+$/.test(code)) fail('typologie', 'is not a structure-type code', code);

  const openingHours = text('horaires');
  if (openingHours && !isValidOpeningHours(openingHours)) {
    warn('horaires', 'not in OpenStreetMap opening_hours syntax: kept as text, never matched as open');
  }

  const enumList = <Field extends VocabularyField>(
    column: V1Column,
    field: Field,
  ): VocabularyValue<Field>[] => {
    const values = new Set<VocabularyValue<Field>>();
    for (const label of splitValues(cell(column))) {
      const value = valueOfLabel(field, label);
      if (value === undefined) fail(column, 'is not a value of the standard', label);
      else values.add(value);
    }
    return [...values];
  };
  const enums = {
    itinerance: enumList('itinerance', 'itinerance'),
    services: enumList('services', 'services'),
    specificPublics: enumList('publics_specifiquement_adresses', 'specificPublics'),
    specificSupport: enumList('prise_en_charge_specifique', 'specificSupport'),
    fees: enumList('frais_a_charge', 'fees'),
    nationalPrograms: enumList('dispositif_programmes_nationaux', 'nationalPrograms'),
    trainingLabels: enumList('formations_labels', 'trainingLabels'),
    accessModes: enumList('modalites_acces', 'accessModes'),
    supportModes: enumList('modalites_accompagnement', 'supportModes'),
  };

  if (errors.length) return { valid: false, errors, warnings };

  const location = locateCommune({ inseeCode, postalCode, communeName: cell('commune') });
  if (!location) {
    fail('code_postal', 'belongs to no French département');
    return { valid: false, errors, warnings };
  }
  if (inseeCode && location.match !== 'insee-code')
    warn('code_insee', 'unknown commune code; located from the postal code and name');
  if (location.match === 'unmatched')
    warn('commune', `no commune of département ${location.departmentCode} has this name and postal code`);

  const metropolitan = location.departmentCode.length === 2;
  if (metropolitan && latitude !== null && longitude !== null) {
    const inside = (lat: number, lon: number) =>
      lat >= METROPOLE.south && lat <= METROPOLE.north && lon >= METROPOLE.west && lon <= METROPOLE.east;
    if (!inside(latitude, longitude) && inside(longitude, latitude)) {
      warn('latitude', 'latitude and longitude were swapped');
      [latitude, longitude] = [longitude, latitude];
    }
  }

  return {
    valid: true,
    warnings,
    place: {
      externalId: cell('id'),
      pivot,
      name: cell('nom'),
      address: cell('adresse'),
      addressComplement: text('complement_adresse'),
      postalCode,
      communeName: cell('commune'),
      communeCode: location.communeCode,
      departmentCode: location.departmentCode,
      regionCode: location.regionCode,
      latitude,
      longitude,
      structureTypes,
      phone,
      emails,
      websites,
      openingHours,
      summary: text('presentation_resume'),
      description: text('presentation_detail'),
      source: text('source'),
      parentOrganization: text('structure_parente'),
      updatedOn: updatedOn as Date,
      ...enums,
      otherTrainingLabels: splitValues(cell('autres_formations_labels')),
      accessibilitySheetUrl,
      appointmentUrl,
    },
  };
}
