/**
 * The columns of the national standard (v1.0.2 and legacy v0.1.x), as published: order, required
 * fields and patterns. Values of enumerated columns are in vocabulary.ts; the v0.1 → v1 mapping
 * in v0-to-v1.ts.
 */

/**
 * v1.0.2 columns in the standard's order (the order of every CSV export), each with the Place
 * field that holds it. This is the one place where the standard's French names meet Passerelle's.
 */
export const V1_COLUMN_FIELDS = [
  ['id', 'externalId'],
  ['pivot', 'pivot'],
  ['nom', 'name'],
  ['commune', 'communeName'],
  ['code_postal', 'postalCode'],
  ['code_insee', 'communeCode'],
  ['adresse', 'address'],
  ['complement_adresse', 'addressComplement'],
  ['latitude', 'latitude'],
  ['longitude', 'longitude'],
  ['typologie', 'structureTypes'],
  ['telephone', 'phone'],
  ['courriels', 'emails'],
  ['site_web', 'websites'],
  ['horaires', 'openingHours'],
  ['presentation_resume', 'summary'],
  ['presentation_detail', 'description'],
  ['source', 'source'],
  ['itinerance', 'itinerance'],
  ['structure_parente', 'parentOrganization'],
  ['date_maj', 'updatedOn'],
  ['services', 'services'],
  ['publics_specifiquement_adresses', 'specificPublics'],
  ['prise_en_charge_specifique', 'specificSupport'],
  ['frais_a_charge', 'fees'],
  ['dispositif_programmes_nationaux', 'nationalPrograms'],
  ['formations_labels', 'trainingLabels'],
  ['autres_formations_labels', 'otherTrainingLabels'],
  ['modalites_acces', 'accessModes'],
  ['modalites_accompagnement', 'supportModes'],
  ['fiche_acces_libre', 'accessibilitySheetUrl'],
  ['prise_rdv', 'appointmentUrl'],
] as const;

export const V1_COLUMNS = V1_COLUMN_FIELDS.map(([column]) => column);

export type V1Column = (typeof V1_COLUMN_FIELDS)[number][0];
export type PlaceField = (typeof V1_COLUMN_FIELDS)[number][1];

/** The standard's column of each Place field (its name in descriptions and exports). */
export const COLUMN_OF_FIELD = Object.fromEntries(
  V1_COLUMN_FIELDS.map(([column, field]) => [field, column]),
) as Record<PlaceField, V1Column>;

export const FIELD_OF_COLUMN = Object.fromEntries(V1_COLUMN_FIELDS) as Record<V1Column, PlaceField>;

/** Columns holding several values: `|`-joined in CSV, lists in JSON. */
export const LIST_COLUMNS: ReadonlySet<V1Column> = new Set([
  'typologie',
  'courriels',
  'site_web',
  'itinerance',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
]);

/** A record as the standard writes it: column name → raw text ('' when absent). */
export type StandardRecord = Record<V1Column, string>;

export const V1_REQUIRED: readonly V1Column[] = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'adresse',
  'date_maj',
];

/** v0.1.x columns, in that version's order. */
export const V0_COLUMNS = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'code_insee',
  'adresse',
  'complement_adresse',
  'latitude',
  'longitude',
  'cle_ban',
  'typologie',
  'telephone',
  'courriel',
  'site_web',
  'horaires',
  'presentation_resume',
  'presentation_detail',
  'source',
  'structure_parente',
  'date_maj',
  'services',
  'publics_accueillis',
  'conditions_acces',
  'labels_nationaux',
  'labels_autres',
  'modalites_accompagnement',
  'accessibilite',
  'prise_rdv',
] as const;

export type V0Column = (typeof V0_COLUMNS)[number];

export const V0_REQUIRED: readonly V0Column[] = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'adresse',
  'date_maj',
  'services',
];

/** Columns only one version has: the header tells the version. */
export const V1_ONLY_COLUMNS = V1_COLUMNS.filter(
  (column) => !(V0_COLUMNS as readonly string[]).includes(column),
);
export const V0_ONLY_COLUMNS = V0_COLUMNS.filter(
  (column) => !(V1_COLUMNS as readonly string[]).includes(column),
);

/** Patterns published by the standard. */
export const PATTERNS = {
  pivot: /^[a-zA-Z0-9]{9,14}$/,
  code_postal: /^\d{5}$/,
  code_insee: /^([013-9]\d|2[AB1-9])\d{3}$/,
  telephone: /^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$/,
} as const;

/** In CSV, a multi-valued cell separates its values with `|` in v1 and `;` in v0.1. */
export const MULTI_VALUE_SEPARATOR = { v1: '|', v0: ';' } as const;

export type StandardVersion = keyof typeof MULTI_VALUE_SEPARATOR;

/** Longest text accepted in one cell: larger cells are refused rather than stored. */
export const MAX_CELL_LENGTH = 10_000;
