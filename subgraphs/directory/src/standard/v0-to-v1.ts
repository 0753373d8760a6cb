import { normalizeForSearch } from '@passerelle/platform/validation';
import type { StandardRecord, V0Column } from './columns';

/**
 * The one mapping between the legacy standard (v0.1.x) and v1.0.2, following the standard's notes:
 * `courriel` became `courriels`, `conditions_acces` became `frais_a_charge`, `labels_nationaux`
 * was split into `dispositif_programmes_nationaux` and `formations_labels`, `publics_accueillis`
 * into `publics_specifiquement_adresses` and `prise_en_charge_specifique`, `accessibilite` became
 * `fiche_acces_libre`, `labels_autres` became `autres_formations_labels`, and the 15 v0 services
 * were folded into the 9 v1 services. Values with no v1 twin are dropped, and said so. The other
 * direction (v1-to-v0.ts) reads the same tables backwards.
 */

/**
 * The v1 column and label a v0 value becomes; `import-only` when writing v0.1 must not give that
 * value back for the label (it says more than the label: a membership fee is a cost, but not every
 * cost is a membership). null: the value has no v1 twin and is dropped.
 */
type Target = readonly [column: keyof StandardRecord, label: string, direction?: 'import-only'] | null;

/**
 * v0 value, as v0.1 spells it (explanation included: v0.1 readers compare whole labels) → what it
 * becomes in v1. Writing v0.1, a v1 label becomes every v0 value mapped to it but `import-only` ones.
 */
export const V0_VALUE_MAPPING: Partial<Record<V0Column, Record<string, Target>>> = {
  // v1 folded these services together: a v1 service is all of its v0 ones.
  services: {
    'Devenir autonome dans les démarches administratives': ['services', 'Aide aux démarches administratives'],
    'Réaliser des démarches administratives avec un accompagnement': [
      'services',
      'Aide aux démarches administratives',
    ],
    'Accompagner les démarches de santé': ['services', 'Aide aux démarches administratives'],
    'Prendre en main un smartphone ou une tablette': [
      'services',
      'Maîtrise des outils numériques du quotidien',
    ],
    'Prendre en main un ordinateur': ['services', 'Maîtrise des outils numériques du quotidien'],
    'Utiliser le numérique au quotidien': ['services', 'Maîtrise des outils numériques du quotidien'],
    'Approfondir ma culture numérique': ['services', 'Compréhension du monde numérique'],
    'Promouvoir la citoyenneté numérique': ['services', 'Compréhension du monde numérique'],
    'Favoriser mon insertion professionnelle': ['services', 'Insertion professionnelle via le numérique'],
    'Créer et développer mon entreprise': ['services', 'Insertion professionnelle via le numérique'],
    'Accéder à une connexion internet': ['services', 'Accès internet et matériel informatique'],
    'Accéder à du matériel': ['services', 'Accès internet et matériel informatique'],
    "S'équiper en matériel informatique": [
      'services',
      'Acquisition de matériel informatique à prix solidaire',
    ],
    'Créer avec le numérique': ['services', 'Loisirs et créations numériques'],
    "Soutenir la parentalité et l'éducation avec le numérique": [
      'services',
      'Parentalité et éducation avec le numérique',
    ],
  },
  publics_accueillis: {
    'Seniors (+ 65 ans)': ['publics_specifiquement_adresses', 'Seniors'],
    'Familles/enfants': ['publics_specifiquement_adresses', 'Familles et/ou enfants'],
    'Jeunes (16-26 ans)': ['publics_specifiquement_adresses', 'Jeunes'],
    'Uniquement femmes': ['publics_specifiquement_adresses', 'Femmes'],
    Adultes: null,
    'Public langues étrangères': ['prise_en_charge_specifique', 'Langues étrangères (autres)'],
    'Déficience visuelle': ['prise_en_charge_specifique', 'Déficience visuelle'],
    Surdité: ['prise_en_charge_specifique', 'Surdité'],
    'Handicaps psychiques : troubles psychiatriques donnant lieu à des atteintes comportementales': [
      'prise_en_charge_specifique',
      'Handicaps mentaux',
      'import-only',
    ],
    "Handicaps mentaux : déficiences limitant les activités d'une personne": [
      'prise_en_charge_specifique',
      'Handicaps mentaux',
    ],
    "Personnes en situation d'illettrisme": ['prise_en_charge_specifique', 'Illettrisme'],
  },
  conditions_acces: {
    'Gratuit : Je peux accéder gratuitement au lieu et à ses services': ['frais_a_charge', 'Gratuit'],
    'Gratuit sous condition : La gratuité est conditionnée à des critères (situation familiale, convention avec un organisme social...)':
      ['frais_a_charge', 'Gratuit sous condition'],
    "Payant : L'accès au lieu et/ou à ses services est payant": ['frais_a_charge', 'Payant'],
    // A membership fee is a cost; the Pass numérique has no v1 twin.
    "Adhésion : L'accès au lieu et/ou à ses services nécessite d'y adhérer": [
      'frais_a_charge',
      'Payant',
      'import-only',
    ],
    "Accepte le Pass numérique : Il est possible d'utiliser un Pass numérique pour accéder au lieu": null,
  },
  labels_nationaux: {
    'France Services': ['dispositif_programmes_nationaux', 'France Services'],
    CNFS: ['dispositif_programmes_nationaux', 'Conseillers numériques'],
    'Aidants Connect': ['dispositif_programmes_nationaux', 'Aidants Connect'],
    'Grandes écoles du numérique': ['dispositif_programmes_nationaux', 'Grande école du numérique'],
    'Point numérique CAF': ['dispositif_programmes_nationaux', "Point d'accès numérique CAF"],
    'Point relais CAF': ['dispositif_programmes_nationaux', "Point d'accès numérique CAF", 'import-only'],
    'Fabriques de Territoire': ['formations_labels', 'Fabriques de Territoire'],
    APTIC: null,
    'Relais pôle emploi': null,
    'French Tech': null,
    'Campus connecté': null,
  },
  modalites_accompagnement: {
    "Seul : j'ai accès à du matériel et une connexion": ['modalites_accompagnement', 'En autonomie'],
    "Avec de l'aide : je suis accompagné seul dans l'usage du numérique": [
      'modalites_accompagnement',
      'Accompagnement individuel',
    ],
    "Dans un atelier : j'apprends collectivement à utiliser le numérique": [
      'modalites_accompagnement',
      'Dans un atelier collectif',
    ],
    'A ma place : une personne habilitée fait les démarches à ma place': [
      'modalites_accompagnement',
      'Accompagnement individuel',
      'import-only',
    ],
  },
};

/**
 * The structure types (`typologie`) v0.1 knows: data·inclusion's typology of its time. v1 files
 * hold later codes too (`EPN`, `LA_POSTE`, `FT`, ...), which v0.1 readers refuse.
 */
export const V0_STRUCTURE_TYPES: readonly string[] = `
  ACI ACIPHC AFPA AI ASE ASSO_CHOMEUR ASSO Autre BIB CAARUD CADA CAF CAP_EMPLOI CAVA CC CCAS
  CCONS CD CHRS CHU CIAS CIDFF CITMET CPH CS CSAPA DEETS DEPT DIPLP E2C EA EATT EI EITI EPCI
  EPIDE ESS ETTI FAIS GEIQ HUDA MDE MDEF MDPH MDS MJC ML MQ MSA MUNI OACAS ODC OF OIL OPCS PAD PE
  PENSION PIJ_BIJ PIMMS PJJ PLIE PREF PREVENTION REG RFS RS_FJT SCP SPIP TIERS_LIEUX UDAF
`
  .trim()
  .split(/\s+/);

/** v0 columns copied into a v1 column of another name. */
export const RENAMED: Partial<Record<V0Column, keyof StandardRecord>> = {
  courriel: 'courriels',
  labels_autres: 'autres_formations_labels',
  accessibilite: 'fiche_acces_libre',
};

/** Free-text multi-valued columns: only their separator changes (`;` → `|`). */
const MULTI_VALUED: V0Column[] = ['courriel', 'labels_autres', 'site_web', 'typologie'];

/** v0 columns with no v1 counterpart. */
const DROPPED_COLUMNS: V0Column[] = ['cle_ban'];

export interface V0Conversion {
  record: StandardRecord;
  /** Values or cells that had no v1 equivalent, for the import report. */
  dropped: { column: string; value: string }[];
  /** Values of enumerated v0 columns that the v0.1 standard does not have: the row is invalid. */
  unknown: { column: string; value: string }[];
}

/** "Gratuit : Je peux accéder…" → "gratuit": files often give the label without its explanation. */
export function labelKey(value: string): string {
  return normalizeForSearch(value.split(' : ')[0] ?? value);
}

const mappingLookup = new Map<string, Map<string, Target>>(
  Object.entries(V0_VALUE_MAPPING).map(([column, values]) => [
    column,
    new Map(Object.entries(values).map(([label, target]) => [labelKey(label), target])),
  ]),
);

/**
 * Converts one v0.1 record (column → raw cell, multi-values split with `;`) to a v1 record whose
 * multi-values are joined with `|`, ready for the v1 validation.
 */
export function convertV0Record(v0: Record<string, string>): V0Conversion {
  const record = {} as StandardRecord;
  const dropped: V0Conversion['dropped'] = [];
  const unknown: V0Conversion['unknown'] = [];
  const multi = new Map<keyof StandardRecord, Set<string>>();
  const add = (column: keyof StandardRecord, label: string) => {
    const values = multi.get(column) ?? new Set<string>();
    values.add(label);
    multi.set(column, values);
  };

  for (const [column, raw] of Object.entries(v0)) {
    const cell = raw.trim();
    const lookup = mappingLookup.get(column);
    if (lookup) {
      for (const value of cell
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean)) {
        const target = lookup.get(labelKey(value));
        if (target) add(target[0], target[1]);
        else if (target === null) dropped.push({ column, value });
        else unknown.push({ column, value });
      }
    } else if ((DROPPED_COLUMNS as string[]).includes(column)) {
      if (cell) dropped.push({ column, value: cell });
    } else {
      const target = RENAMED[column as V0Column] ?? (column as keyof StandardRecord);
      record[target] = (MULTI_VALUED as string[]).includes(column) ? cell.replaceAll(';', '|') : cell;
    }
  }
  for (const [column, values] of multi) record[column] = [...values].join('|');
  return { record, dropped, unknown };
}
