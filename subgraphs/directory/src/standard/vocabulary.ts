import { STANDARD_SERVICES } from '@passerelle/contracts/standard-services';
import { normalizeForSearch } from '@passerelle/platform/validation';

/**
 * The enumerated fields of the national standard for places of digital mediation (v1.0.2): for
 * each, the GraphQL enum that carries it and each value's exact French label (the directory's
 * standard/columns.ts maps each field to its column). This is the only place where those labels
 * are spelled: the directory (schema, demo data, import, export) reads them here, and the nine services
 * come from the contracts, which the funding themes share.
 */

export const vocabulary = {
  itinerance: {
    enumName: 'Itinerance',
    description: 'Whether the place receives people at a fixed address or travels to them.',
    values: {
      MOBILE: 'Itinérant',
      FIXED: 'Fixe',
    },
  },
  services: {
    enumName: 'Service',
    description: 'A digital-inclusion service offered by the place.',
    values: STANDARD_SERVICES,
  },
  specificPublics: {
    enumName: 'SpecificPublic',
    description: 'A public the place specifically addresses.',
    values: {
      YOUTH: 'Jeunes',
      STUDENTS: 'Étudiants',
      FAMILIES_AND_CHILDREN: 'Familles et/ou enfants',
      SENIORS: 'Seniors',
      WOMEN: 'Femmes',
    },
  },
  specificSupport: {
    enumName: 'SpecificSupport',
    description: 'A situation the place is equipped and trained to support.',
    values: {
      DEAFNESS: 'Surdité',
      MOTOR_DISABILITIES: 'Handicaps moteurs',
      MENTAL_DISABILITIES: 'Handicaps mentaux',
      ILLITERACY: 'Illettrisme',
      FOREIGN_LANGUAGES_ENGLISH: 'Langues étrangères (anglais)',
      FOREIGN_LANGUAGES_OTHER: 'Langues étrangères (autres)',
      VISUAL_IMPAIRMENT: 'Déficience visuelle',
    },
  },
  fees: {
    enumName: 'Fee',
    description: 'What using the place costs.',
    values: {
      FREE: 'Gratuit',
      FREE_UNDER_CONDITIONS: 'Gratuit sous condition',
      PAID: 'Payant',
    },
  },
  nationalPrograms: {
    enumName: 'NationalProgram',
    description: 'A national programme or network the place belongs to.',
    values: {
      AIDANTS_CONNECT: 'Aidants Connect',
      BIBLIOTHEQUES_NUMERIQUES_DE_REFERENCE: 'Bibliothèques numérique de référence',
      PIX_CERTIFICATION: 'Certification PIX',
      CONSEILLERS_NUMERIQUES: 'Conseillers numériques',
      EMMAUS_CONNECT: 'Emmaüs Connect',
      FRANCE_SERVICES: 'France Services',
      GRANDE_ECOLE_DU_NUMERIQUE: 'Grande école du numérique',
      CROIX_ROUGE: 'La Croix Rouge',
      POINT_ACCES_NUMERIQUE_CAF: "Point d'accès numérique CAF",
      PROMENEURS_DU_NET: 'Promeneurs du net',
      RELAIS_NUMERIQUE_EMMAUS_CONNECT: 'Relais numérique (Emmaüs Connect)',
    },
  },
  trainingLabels: {
    enumName: 'TrainingLabel',
    description: "A training or label held by the place's helpers.",
    values: {
      MON_ESPACE_SANTE: 'Formé à « Mon Espace Santé »',
      DUPLEX: 'Formé à « DUPLEX » (illettrisme)',
      ARNIA_MEDNUM_BFC: 'Arnia/MedNum BFC (Bourgogne-Franche-Comté)',
      COLLECTIF_REEMPLOI_NORMANDIE: 'Collectif ressources et acteurs réemploi (Normandie)',
      // The standard's pattern has no space before the parenthesis; producers often write one.
      ETAPES_NUMERIQUES_LA_POSTE: 'Étapes numériques(La Poste)',
      FABRIQUES_DE_TERRITOIRE: 'Fabriques de Territoire',
      ECLAIREURS_DU_NUMERIQUE_DROME: 'Les Éclaireurs du numérique (Drôme)',
      MES_PAPIERS_LYON: 'Mes Papiers (Métropole de Lyon)',
      ORDI_3_0: 'ORDI 3.0',
      SUD_LABS_PACA: 'SUD LABS (PACA)',
    },
  },
  accessModes: {
    enumName: 'AccessMode',
    description: 'How a person gets to be received.',
    values: {
      WALK_IN: 'Se présenter',
      PHONE: 'Téléphoner',
      EMAIL: 'Contacter par mail',
      ONLINE_APPOINTMENT: 'Prendre un RDV en ligne',
      NO_PUBLIC_RECEPTION: "Ce lieu n'accueille pas de public",
      EMAIL_WITH_REFERRAL_FORM: 'Envoyer un mail avec une fiche de prescription',
    },
  },
  supportModes: {
    enumName: 'SupportMode',
    description: 'How people are helped.',
    values: {
      AUTONOMOUS: 'En autonomie',
      INDIVIDUAL: 'Accompagnement individuel',
      GROUP_WORKSHOP: 'Dans un atelier collectif',
      REMOTE: 'À distance',
    },
  },
} as const;

export type VocabularyField = keyof typeof vocabulary;

/**
 * Other spellings producers use for a label. Case, accents, spacing and punctuation are ignored
 * anyway (so `Étapes numériques (La Poste)` already matches `Étapes numériques(La Poste)`).
 */
const variants: { [Field in VocabularyField]?: Record<string, VocabularyValue<Field>> } = {
  nationalPrograms: {
    'Bibliothèques numériques de référence': 'BIBLIOTHEQUES_NUMERIQUES_DE_REFERENCE',
    'Conseiller numérique': 'CONSEILLERS_NUMERIQUES',
    'Conseillers numériques France Services': 'CONSEILLERS_NUMERIQUES',
    'Grandes écoles du numérique': 'GRANDE_ECOLE_DU_NUMERIQUE',
    'Croix-Rouge française': 'CROIX_ROUGE',
  },
  trainingLabels: {
    'Mon Espace Santé': 'MON_ESPACE_SANTE',
    'Étapes numériques': 'ETAPES_NUMERIQUES_LA_POSTE',
  },
  itinerance: { Itinerant: 'MOBILE' },
};
export type VocabularyValue<Field extends VocabularyField> = keyof (typeof vocabulary)[Field]['values'];

export const vocabularyFields = Object.keys(vocabulary) as VocabularyField[];

/** The French label of a value, as the standard writes it. */
export function labelOf<Field extends VocabularyField>(field: Field, value: VocabularyValue<Field>): string {
  return (vocabulary[field].values as Record<string, string>)[value as string] as string;
}

const lookups = new Map<VocabularyField, Map<string, string>>();

function lookupOf(field: VocabularyField): Map<string, string> {
  let lookup = lookups.get(field);
  if (!lookup) {
    lookup = new Map();
    for (const [value, label] of Object.entries(vocabulary[field].values))
      lookup.set(normalizeForSearch(label), value);
    for (const [label, value] of Object.entries(variants[field] ?? {}))
      lookup.set(normalizeForSearch(label), value as string);
    lookups.set(field, lookup);
  }
  return lookup;
}

/** The value a label stands for, whatever its case, accents or spacing; undefined when unknown. */
export function valueOfLabel<Field extends VocabularyField>(
  field: Field,
  label: string,
): VocabularyValue<Field> | undefined {
  return lookupOf(field).get(normalizeForSearch(label)) as VocabularyValue<Field> | undefined;
}

/** Every value of a field, in the standard's order. */
export function valuesOf<Field extends VocabularyField>(field: Field): VocabularyValue<Field>[] {
  return Object.keys(vocabulary[field].values) as VocabularyValue<Field>[];
}
