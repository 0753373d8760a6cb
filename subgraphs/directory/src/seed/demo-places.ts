import { DEMO_PLACE_DATASET, demoPlaceExternalId } from '@passerelle/contracts/ids';
import {
  type CommuneRecord,
  type DepartmentRecord,
  loadTerritoryReferential,
} from '@passerelle/contracts/territories';
import { SeededRandom } from '@passerelle/platform/seeded-random';
import { normalizeForSearch } from '@passerelle/platform/validation';
import type { PrismaClient } from '../generated/prisma/client';
import { placeIdOf, placeRow } from '../places/place-row';
import type { PlaceFields } from '../standard/validate';
import type { VocabularyField, VocabularyValue } from '../standard/vocabulary';

/**
 * Realistic demo places: real communes and postal codes in every département (more in the most
 * populated), positions around the département's centre, the kinds of places that really do
 * digital mediation with the services, programmes and hours they typically have. Deterministic:
 * the same count gives the same places, so seeding twice adds nothing.
 */

type Values<Field extends VocabularyField> = VocabularyValue<Field>[];

interface PlaceKind {
  structureType: string;
  weight: number;
  name: (commune: string, random: SeededRandom) => string;
  services: Values<'services'>;
  nationalPrograms?: Values<'nationalPrograms'>;
  trainingLabels?: Values<'trainingLabels'>;
  parentOrganization?: string;
}

const NEIGHBOURHOOD_NAMES = [
  'Les Tilleuls',
  'La Passerelle',
  'Le Lien',
  'Les Acacias',
  'Le Trait d’Union',
  'La Source',
  'Arc-en-Ciel',
  'Les Coteaux',
];
const ASSOCIATION_NAMES = [
  'Clic & Lien',
  'Numérique pour tous',
  'Les Connectés',
  'Cyber Solidaire',
  'Bouton d’Or',
  'Le Petit Octet',
  'Tous en ligne',
  'Pixel Solidaire',
];

const PLACE_KINDS: PlaceKind[] = [
  {
    structureType: 'BIB',
    weight: 18,
    name: (commune, random) =>
      `${random.pick(['Médiathèque', 'Bibliothèque municipale', 'Médiathèque intercommunale'])} ${ofCommune(commune)}`,
    services: [
      'EVERYDAY_DIGITAL_TOOLS',
      'INTERNET_AND_EQUIPMENT_ACCESS',
      'DIGITAL_LEISURE_AND_CREATION',
      'UNDERSTANDING_DIGITAL_WORLD',
      'PARENTING_AND_EDUCATION',
    ],
    nationalPrograms: ['BIBLIOTHEQUES_NUMERIQUES_DE_REFERENCE'],
  },
  {
    structureType: 'RFS',
    weight: 14,
    name: (commune) => `France Services ${commune}`,
    services: ['ADMINISTRATIVE_PROCEDURES', 'EVERYDAY_DIGITAL_TOOLS', 'INTERNET_AND_EQUIPMENT_ACCESS'],
    nationalPrograms: ['FRANCE_SERVICES'],
  },
  {
    structureType: 'MUNI',
    weight: 9,
    name: (commune) => `Espace numérique de la mairie ${ofCommune(commune)}`,
    services: ['ADMINISTRATIVE_PROCEDURES', 'EVERYDAY_DIGITAL_TOOLS', 'INTERNET_AND_EQUIPMENT_ACCESS'],
  },
  {
    structureType: 'CCAS',
    weight: 8,
    name: (commune) => `CCAS ${ofCommune(commune)}`,
    services: ['ADMINISTRATIVE_PROCEDURES', 'EVERYDAY_DIGITAL_TOOLS', 'SAFE_DIGITAL_USE'],
  },
  {
    structureType: 'CS',
    weight: 12,
    name: (commune, random) => `Centre social ${random.pick(NEIGHBOURHOOD_NAMES)} (${commune})`,
    services: [
      'EVERYDAY_DIGITAL_TOOLS',
      'PARENTING_AND_EDUCATION',
      'ADMINISTRATIVE_PROCEDURES',
      'PROFESSIONAL_INTEGRATION',
    ],
    nationalPrograms: ['PROMENEURS_DU_NET'],
  },
  {
    structureType: 'EPN',
    weight: 10,
    name: (commune) => `Espace public numérique ${ofCommune(commune)}`,
    services: [
      'EVERYDAY_DIGITAL_TOOLS',
      'INTERNET_AND_EQUIPMENT_ACCESS',
      'SAFE_DIGITAL_USE',
      'UNDERSTANDING_DIGITAL_WORLD',
      'DIGITAL_LEISURE_AND_CREATION',
    ],
    nationalPrograms: ['PIX_CERTIFICATION'],
  },
  {
    structureType: 'TIERS_LIEUX',
    weight: 7,
    name: (commune, random) =>
      `${random.pick(['La Fabrique numérique', 'Tiers-lieu Le Hangar', 'La Ruche numérique'])} ${ofCommune(commune)}`,
    services: [
      'DIGITAL_LEISURE_AND_CREATION',
      'PROFESSIONAL_INTEGRATION',
      'UNDERSTANDING_DIGITAL_WORLD',
      'EVERYDAY_DIGITAL_TOOLS',
    ],
    nationalPrograms: ['GRANDE_ECOLE_DU_NUMERIQUE'],
    trainingLabels: ['FABRIQUES_DE_TERRITOIRE'],
  },
  {
    structureType: 'ASSO',
    weight: 10,
    name: (commune, random) => `Association ${random.pick(ASSOCIATION_NAMES)} - ${commune}`,
    services: [
      'EVERYDAY_DIGITAL_TOOLS',
      'ADMINISTRATIVE_PROCEDURES',
      'SAFE_DIGITAL_USE',
      'PROFESSIONAL_INTEGRATION',
    ],
  },
  {
    structureType: 'ASSO',
    weight: 3,
    name: (commune) => `Emmaüs Connect ${commune}`,
    services: ['AFFORDABLE_EQUIPMENT', 'INTERNET_AND_EQUIPMENT_ACCESS', 'EVERYDAY_DIGITAL_TOOLS'],
    nationalPrograms: ['EMMAUS_CONNECT', 'RELAIS_NUMERIQUE_EMMAUS_CONNECT'],
    parentOrganization: 'Emmaüs Connect',
  },
  {
    structureType: 'PIMMS',
    weight: 4,
    name: (commune) => `PIMMS Médiation ${commune}`,
    services: ['ADMINISTRATIVE_PROCEDURES', 'EVERYDAY_DIGITAL_TOOLS'],
    parentOrganization: 'Union nationale des PIMMS Médiation',
  },
  {
    structureType: 'MJC',
    weight: 4,
    name: (commune) => `MJC ${ofCommune(commune)}`,
    services: ['DIGITAL_LEISURE_AND_CREATION', 'PARENTING_AND_EDUCATION', 'UNDERSTANDING_DIGITAL_WORLD'],
    nationalPrograms: ['PROMENEURS_DU_NET'],
  },
  {
    structureType: 'LA_POSTE',
    weight: 3,
    name: (commune) => `La Poste - bureau ${ofCommune(commune)}`,
    services: ['ADMINISTRATIVE_PROCEDURES', 'EVERYDAY_DIGITAL_TOOLS'],
    trainingLabels: ['ETAPES_NUMERIQUES_LA_POSTE'],
    parentOrganization: 'La Poste',
  },
];

const OPENING_HOURS = [
  'Mo-Fr 09:00-12:00,14:00-17:30',
  'Mo-Fr 08:30-12:30,13:30-17:00; Sa 09:00-12:00',
  'Tu-Sa 10:00-12:30,14:00-18:00',
  'Mo,We,Fr 14:00-18:00',
  'Tu,Th 09:00-12:00; We 14:00-18:00',
  'Mo-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00',
  'Tu 14:00-19:00; We 10:00-12:00,14:00-18:00; Fr 14:00-18:00; Sa 10:00-12:30,14:00-17:00',
  'Mo-Fr 09:00-17:00; PH off',
];

const STREETS = [
  'rue de la République',
  'place de la Mairie',
  'avenue Jean Jaurès',
  'rue Victor Hugo',
  'boulevard Gambetta',
  'rue du Général de Gaulle',
  'place du Marché',
  'rue des Écoles',
  'allée des Tilleuls',
  'rue Pasteur',
  'avenue de la Libération',
  'rue Jules Ferry',
  'place de l’Église',
  'rue de la Gare',
  'chemin des Vignes',
];

/** Telephone prefixes by overseas département; metropolitan numbers start with +33 and a zone digit. */
const OVERSEAS_PHONE_PREFIX: Record<string, string> = {
  '971': '+590590',
  '972': '+596596',
  '973': '+594594',
  '974': '+262262',
  '976': '+262269',
  '978': '+590590',
};
const ZONE_DIGIT_BY_REGION: Record<string, string> = {
  '11': '1',
  '24': '2',
  '28': '2',
  '52': '2',
  '53': '2',
  '27': '3',
  '32': '3',
  '44': '3',
  '84': '4',
  '93': '4',
  '94': '4',
  '75': '5',
  '76': '5',
};

/** A French number has nine digits after the country code (+33, or +590, +262... overseas). */
function nationalDigitsAfter(prefix: string): number {
  const countryCodeLength = prefix.startsWith('+33') ? 3 : 4;
  return 9 - (prefix.length - countryCodeLength);
}

/**
 * How far (degrees of latitude, about 450 m) a place may lie from its commune's centre: close
 * enough that a place labelled Biscarrosse is in Biscarrosse.
 */
const JITTER_FROM_COMMUNE_CENTRE = 0.004;

/** The largest communes of each département always get a place: a portal's pages name them. */
const LARGEST_COMMUNES_WITH_A_PLACE = 2;

/** Training labels that only exist in one région or département. */
const LOCAL_TRAINING_LABELS: {
  region?: string;
  department?: string;
  label: VocabularyValue<'trainingLabels'>;
}[] = [
  { region: '27', label: 'ARNIA_MEDNUM_BFC' },
  { region: '28', label: 'COLLECTIF_REEMPLOI_NORMANDIE' },
  { department: '26', label: 'ECLAIREURS_DU_NUMERIQUE_DROME' },
  { department: '69', label: 'MES_PAPIERS_LYON' },
  { region: '93', label: 'SUD_LABS_PACA' },
];

function luhnCompleted(digits: string): string {
  for (let check = 0; check <= 9; check++) {
    const candidate = `${digits}${check}`;
    let sum = 0;
    for (let index = 0; index < candidate.length; index++) {
      let digit = Number(candidate[candidate.length - 1 - index]);
      if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

function digits(random: SeededRandom, count: number): string {
  let result = '';
  for (let index = 0; index < count; index++) result += random.integer(0, 9);
  return result;
}

/** A SIRET (Luhn-valid SIREN and SIRET), an RNA number, or the producers' "none" value. */
function pivot(random: SeededRandom, structureType: string): string {
  if (random.chance(0.05)) return '00000000000000';
  if (structureType === 'ASSO' && random.chance(0.5)) return `W${digits(random, 9)}`;
  const siren = luhnCompleted(digits(random, 8));
  return luhnCompleted(`${siren}${digits(random, 4)}`);
}

function pickFlags<Value>(random: SeededRandom, chances: [Value, number][]): Value[] {
  return chances.filter(([, chance]) => random.chance(chance)).map(([value]) => value);
}

/** "de Dax", "d'Antibes", "du Mans", "des Sables-d'Olonne". */
function ofCommune(commune: string): string {
  if (commune.startsWith('Le ')) return `du ${commune.slice(3)}`;
  if (commune.startsWith('Les ')) return `des ${commune.slice(4)}`;
  return /^[AEIOUYÉÈÊÎÔ]/i.test(commune) ? `d'${commune}` : `de ${commune}`;
}

/** A DNS-friendly slug of at most `length` characters. */
function slug(text: string, length = 60): string {
  return normalizeForSearch(text).replace(/ /g, '-').slice(0, length).replace(/-+$/, '');
}

/** Draws communes in proportion to their population (at least one chance for the smallest). */
class CommunePicker {
  private readonly cumulative: number[] = [];

  constructor(private readonly communes: CommuneRecord[]) {
    let total = 0;
    for (const commune of communes) {
      total += Math.max(commune.population ?? 0, 50);
      this.cumulative.push(total);
    }
  }

  pick(random: SeededRandom): CommuneRecord {
    const target = random.next() * (this.cumulative[this.cumulative.length - 1] ?? 0);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return this.communes[low] as CommuneRecord;
  }
}

interface DepartmentPlan {
  department: DepartmentRecord;
  placeCount: number;
  picker: CommunePicker;
  /** Its most populous communes, largest first. */
  largest: CommuneRecord[];
}

/** Places per département: proportional to population^0.7, at least `minimum` each. */
function planDepartments(total: number, minimum: number): DepartmentPlan[] {
  const { departments, communes } = loadTerritoryReferential();
  const communesByDepartment = new Map<string, CommuneRecord[]>();
  for (const commune of communes) {
    // Paris, Lyon and Marseille are drawn as their arrondissements, not as the whole city too.
    if (['75056', '69123', '13055'].includes(commune.code)) continue;
    const list = communesByDepartment.get(commune.departmentCode) ?? [];
    list.push(commune);
    communesByDepartment.set(commune.departmentCode, list);
  }
  const weights = departments.map(
    (department) =>
      ((communesByDepartment.get(department.code) ?? []).reduce(
        (sum, commune) => sum + (commune.population ?? 0),
        0,
      ) || 1) ** 0.7,
  );
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const spare = Math.max(total - minimum * departments.length, 0);
  return departments
    .filter((department) => communesByDepartment.has(department.code))
    .map((department) => ({
      department,
      placeCount:
        minimum + Math.round((spare * (weights[departments.indexOf(department)] ?? 0)) / totalWeight),
      picker: new CommunePicker(communesByDepartment.get(department.code) ?? []),
      largest: [...(communesByDepartment.get(department.code) ?? [])]
        .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))
        .slice(0, LARGEST_COMMUNES_WITH_A_PLACE),
    }));
}

function demoPlace(plan: DepartmentPlan, index: number): PlaceFields {
  const { department } = plan;
  const random = new SeededRandom(`${department.code}:${index}`);
  // Drawn even when not used, so that the other values of every place stay the same.
  const drawn = plan.picker.pick(random);
  const commune = plan.largest[index] ?? drawn;
  const kind = random.weighted(PLACE_KINDS, (candidate) => candidate.weight);
  const mobile = random.chance(0.05);
  const name = mobile
    ? `Bus numérique ${department.name} (${commune.name})`
    : kind.name(commune.name, random);
  const placeSlug = slug(name);
  const shortSlug = slug(name, 30);

  const centre = {
    latitude: commune.latitude ?? department.latitude,
    longitude: commune.longitude ?? department.longitude,
  };
  const distance = JITTER_FROM_COMMUNE_CENTRE * Math.sqrt(random.next());
  const angle = random.next() * 2 * Math.PI;
  const hasCoordinates = !random.chance(0.03);

  const services = random.sample(kind.services, random.integer(2, kind.services.length));
  const accessModes = pickFlags<VocabularyValue<'accessModes'>>(random, [
    ['WALK_IN', 0.7],
    ['PHONE', 0.6],
    ['EMAIL', 0.35],
    ['ONLINE_APPOINTMENT', 0.2],
    ['EMAIL_WITH_REFERRAL_FORM', 0.05],
  ]);
  const nationalPrograms = new Set<VocabularyValue<'nationalPrograms'>>(
    (kind.nationalPrograms ?? []).filter(() => random.chance(0.8)),
  );
  for (const [program, chance] of [
    ['CONSEILLERS_NUMERIQUES', 0.45],
    ['AIDANTS_CONNECT', 0.25],
    ['POINT_ACCES_NUMERIQUE_CAF', 0.08],
    ['CROIX_ROUGE', 0.02],
  ] as const) {
    if (random.chance(chance)) nationalPrograms.add(program);
  }
  const trainingLabels = new Set<VocabularyValue<'trainingLabels'>>(kind.trainingLabels ?? []);
  if (random.chance(0.1)) trainingLabels.add('MON_ESPACE_SANTE');
  if (random.chance(0.04)) trainingLabels.add('DUPLEX');
  if (random.chance(0.03)) trainingLabels.add('ORDI_3_0');
  for (const local of LOCAL_TRAINING_LABELS) {
    const here = local.region === department.regionCode || local.department === department.code;
    if (here && random.chance(0.25)) trainingLabels.add(local.label);
  }
  const fee = random.weighted<VocabularyValue<'fees'>>(['FREE', 'FREE_UNDER_CONDITIONS', 'PAID'], (value) =>
    value === 'FREE' ? 80 : value === 'FREE_UNDER_CONDITIONS' ? 12 : 8,
  );
  const phonePrefix =
    OVERSEAS_PHONE_PREFIX[department.code] ?? `+33${ZONE_DIGIT_BY_REGION[department.regionCode] ?? '5'}`;
  const updatedOn = new Date(Date.UTC(2024, 2, 1) + random.integer(0, 990) * 86_400_000);
  const website = random.chance(0.6) ? `https://www.${placeSlug}.fr` : null;

  return {
    externalId: demoPlaceExternalId(department.code, index + 1),
    pivot: pivot(random, kind.structureType),
    name,
    address: `${random.integer(1, 120)} ${random.pick(STREETS)}`,
    addressComplement: random.chance(0.15)
      ? random.pick(['Bâtiment B', 'Rez-de-chaussée', '1er étage', 'Entrée par la cour'])
      : null,
    postalCode: commune.postalCodes[0] ?? `${department.code.slice(0, 2)}000`,
    communeName: commune.name,
    communeCode: commune.code,
    departmentCode: department.code,
    regionCode: department.regionCode,
    latitude: hasCoordinates ? Number((centre.latitude + distance * Math.sin(angle)).toFixed(6)) : null,
    longitude: hasCoordinates
      ? Number(
          (
            centre.longitude +
            (distance * Math.cos(angle)) / Math.cos((centre.latitude * Math.PI) / 180)
          ).toFixed(6),
        )
      : null,
    structureTypes: [kind.structureType],
    phone: random.chance(0.85) ? `${phonePrefix}${digits(random, nationalDigitsAfter(phonePrefix))}` : null,
    emails: random.chance(0.8) ? [`contact@${shortSlug}.fr`] : [],
    websites: website ? [website] : [],
    openingHours: mobile
      ? 'We 09:00-12:00; Fr 14:00-17:00'
      : random.chance(0.9)
        ? random.pick(OPENING_HOURS)
        : null,
    summary: `${name} vous accompagne : ${services.length} services d'inclusion numérique, ${fee === 'FREE' ? 'gratuitement' : 'selon conditions'}.`,
    description: random.chance(0.7)
      ? `Accueil ${accessModes.includes('WALK_IN') ? 'sans rendez-vous aux horaires d’ouverture' : 'sur rendez-vous'}. Nos médiateurs numériques vous aident à utiliser un ordinateur ou un smartphone, à faire vos démarches en ligne et à gagner en autonomie.`
      : null,
    source: 'Passerelle (données de démonstration)',
    parentOrganization: kind.parentOrganization ?? null,
    updatedOn,
    itinerance: [mobile ? 'MOBILE' : 'FIXED'],
    services,
    specificPublics: pickFlags<VocabularyValue<'specificPublics'>>(random, [
      ['YOUTH', 0.15],
      ['STUDENTS', 0.06],
      ['FAMILIES_AND_CHILDREN', 0.15],
      ['SENIORS', 0.25],
      ['WOMEN', 0.04],
    ]),
    specificSupport: pickFlags<VocabularyValue<'specificSupport'>>(random, [
      ['DEAFNESS', 0.05],
      ['MOTOR_DISABILITIES', 0.2],
      ['MENTAL_DISABILITIES', 0.05],
      ['ILLITERACY', 0.1],
      ['FOREIGN_LANGUAGES_ENGLISH', 0.1],
      ['FOREIGN_LANGUAGES_OTHER', 0.06],
      ['VISUAL_IMPAIRMENT', 0.04],
    ]),
    fees: [fee],
    nationalPrograms: [...nationalPrograms],
    trainingLabels: [...trainingLabels],
    otherTrainingLabels: random.chance(0.04) ? ['Label Numérique Inclusif'] : [],
    accessModes: accessModes.length ? accessModes : ['WALK_IN'],
    supportModes: pickFlags<VocabularyValue<'supportModes'>>(random, [
      ['INDIVIDUAL', 0.85],
      ['GROUP_WORKSHOP', 0.5],
      ['AUTONOMOUS', 0.4],
      ['REMOTE', 0.12],
    ]),
    accessibilitySheetUrl: random.chance(0.2)
      ? `https://acceslibre.beta.gouv.fr/app/${department.code}-${slug(commune.name)}/a/${placeSlug}/`
      : null,
    appointmentUrl: accessModes.includes('ONLINE_APPOINTMENT')
      ? `https://rdv.${placeSlug.slice(0, 30)}.fr`
      : null,
  };
}

/** `total` demo places (about: each département gets at least `minimum`), in batches. */
export function* generateDemoPlaces(total: number, minimum = 8): Generator<PlaceFields> {
  for (const plan of planDepartments(total, minimum)) {
    for (let index = 0; index < plan.placeCount; index++) yield demoPlace(plan, index);
  }
}

export const DEFAULT_DEMO_PLACE_COUNT = 2400;

/** Inserts the demo places that are not there yet; returns how many were added. */
export async function seedDemoPlaces(
  prisma: PrismaClient,
  total = DEFAULT_DEMO_PLACE_COUNT,
): Promise<number> {
  const places = [...generateDemoPlaces(total)].map((fields) => ({
    id: placeIdOf(DEMO_PLACE_DATASET, fields.externalId),
    ...placeRow(DEMO_PLACE_DATASET, fields),
  }));
  // A warm start finds them all and stops at one count.
  if ((await prisma.place.count({ where: { dataset: DEMO_PLACE_DATASET } })) >= places.length) return 0;
  let added = 0;
  for (let start = 0; start < places.length; start += 1000) {
    const batch = places.slice(start, start + 1000);
    added += (await prisma.place.createMany({ data: batch, skipDuplicates: true })).count;
  }
  return added;
}
