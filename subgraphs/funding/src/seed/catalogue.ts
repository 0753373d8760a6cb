import type { DemoProgramSlug } from '@passerelle/contracts/ids';
import type { Beneficiary, FundingTheme } from '../funding/vocabulary';

/**
 * The funders and programmes a French digital-inclusion portal lists: names, funders, kinds and
 * themes as they exist publicly; amounts and dates are plausible, dates counted in days from the
 * first start (so statuses stay varied).
 */

export interface FunderEntry {
  name: string;
  kind:
    | 'EUROPEAN_UNION'
    | 'STATE'
    | 'REGION'
    | 'DEPARTMENT'
    | 'SOCIAL_SECURITY'
    | 'PUBLIC_BANK'
    | 'FOUNDATION';
  territory?: { kind: 'REGION' | 'DEPARTMENT'; code: string };
  website: string;
}

export const FUNDERS = {
  eu: { name: 'Union européenne', kind: 'EUROPEAN_UNION', website: 'https://www.europe-en-france.gouv.fr' },
  anct: {
    name: 'Agence nationale de la cohésion des territoires (ANCT)',
    kind: 'STATE',
    website: 'https://agence-cohesion-territoires.gouv.fr',
  },
  bdt: {
    name: 'Banque des Territoires',
    kind: 'PUBLIC_BANK',
    website: 'https://www.banquedesterritoires.fr',
  },
  cnaf: {
    name: 'Caisse nationale des allocations familiales (CNAF)',
    kind: 'SOCIAL_SECURITY',
    website: 'https://www.caf.fr',
  },
  cnav: {
    name: 'Assurance retraite (CNAV)',
    kind: 'SOCIAL_SECURITY',
    website: 'https://www.lassuranceretraite.fr',
  },
  orange: { name: 'Fondation Orange', kind: 'FOUNDATION', website: 'https://www.fondationorange.com' },
  nouvelleAquitaine: {
    name: 'Région Nouvelle-Aquitaine',
    kind: 'REGION',
    territory: { kind: 'REGION', code: '75' },
    website: 'https://www.nouvelle-aquitaine.fr',
  },
  occitanie: {
    name: 'Région Occitanie',
    kind: 'REGION',
    territory: { kind: 'REGION', code: '76' },
    website: 'https://www.laregion.fr',
  },
  hautsDeFrance: {
    name: 'Région Hauts-de-France',
    kind: 'REGION',
    territory: { kind: 'REGION', code: '32' },
    website: 'https://www.hautsdefrance.fr',
  },
  bretagne: {
    name: 'Région Bretagne',
    kind: 'REGION',
    territory: { kind: 'REGION', code: '53' },
    website: 'https://www.bretagne.bzh',
  },
  landes: {
    name: 'Département des Landes',
    kind: 'DEPARTMENT',
    territory: { kind: 'DEPARTMENT', code: '40' },
    website: 'https://www.landes.fr',
  },
  gironde: {
    name: 'Département de la Gironde',
    kind: 'DEPARTMENT',
    territory: { kind: 'DEPARTMENT', code: '33' },
    website: 'https://www.gironde.fr',
  },
  nord: {
    name: 'Département du Nord',
    kind: 'DEPARTMENT',
    territory: { kind: 'DEPARTMENT', code: '59' },
    website: 'https://lenord.fr',
  },
  seineSaintDenis: {
    name: 'Département de la Seine-Saint-Denis',
    kind: 'DEPARTMENT',
    territory: { kind: 'DEPARTMENT', code: '93' },
    website: 'https://seinesaintdenis.fr',
  },
} satisfies Record<string, FunderEntry>;

export interface ProgramEntry {
  slug: DemoProgramSlug | string;
  name: string;
  funder: keyof typeof FUNDERS;
  kind: 'GRANT' | 'CALL_FOR_PROJECTS' | 'ALLOCATION' | 'VOUCHER' | 'LOAN' | 'OTHER';
  summary: string;
  beneficiaries: Beneficiary[];
  themes: FundingTheme[];
  /** National unless régions or départements are listed. */
  regionCodes?: string[];
  departmentCodes?: string[];
  minAmount?: number;
  maxAmount?: number;
  cofundingRate?: number;
  /** Days from the first start; absent both: permanent. */
  opensInDays?: number;
  closesInDays?: number;
  link: string;
}

export const PROGRAMS: ProgramEntry[] = [
  {
    slug: 'conseillers-numeriques',
    name: 'Conseillers numériques',
    funder: 'anct',
    kind: 'ALLOCATION',
    summary:
      "Aide forfaitaire de l'État au financement de postes de conseillers numériques qui accompagnent les habitants vers l'autonomie numérique.",
    beneficiaries: ['COMMUNE', 'EPCI', 'DEPARTMENT', 'ASSOCIATION', 'PUBLIC_BODY', 'SOCIAL_ECONOMY_COMPANY'],
    themes: ['MEDIATOR_JOBS', 'EVERYDAY_DIGITAL_TOOLS', 'ADMINISTRATIVE_PROCEDURES'],
    maxAmount: 25_000,
    opensInDays: -600,
    link: 'https://www.conseiller-numerique.gouv.fr',
  },
  {
    slug: 'france-services',
    name: 'France Services — subvention de fonctionnement',
    funder: 'anct',
    kind: 'ALLOCATION',
    summary:
      'Subvention annuelle de fonctionnement des espaces labellisés France Services, financée par le FNADT et le fonds inter-opérateurs.',
    beneficiaries: ['COMMUNE', 'EPCI', 'ASSOCIATION', 'PUBLIC_BODY'],
    themes: ['ADMINISTRATIVE_PROCEDURES', 'EVERYDAY_DIGITAL_TOOLS'],
    maxAmount: 45_000,
    link: 'https://www.france-services.gouv.fr',
  },
  {
    slug: 'fabriques-de-territoire',
    name: 'Fabriques de Territoire',
    funder: 'anct',
    kind: 'CALL_FOR_PROJECTS',
    summary:
      "Appel à manifestation d'intérêt pour des tiers-lieux structurants, soutenus sur trois ans pour leurs activités numériques et leur animation.",
    beneficiaries: ['ASSOCIATION', 'SOCIAL_ECONOMY_COMPANY', 'COMMUNE', 'EPCI'],
    themes: ['DIGITAL_LEISURE_AND_CREATION', 'PROFESSIONAL_INTEGRATION', 'COORDINATION'],
    maxAmount: 150_000,
    opensInDays: -70,
    closesInDays: 20,
    link: 'https://tiers-lieux.fr',
  },
  {
    slug: 'france-numerique-ensemble',
    name: 'Fonds France Numérique Ensemble — dotation aux feuilles de route territoriales',
    funder: 'anct',
    kind: 'ALLOCATION',
    summary:
      'Dotation versée aux gouvernances départementales pour financer les actions de leur feuille de route France Numérique Ensemble.',
    beneficiaries: ['DEPARTMENT', 'EPCI', 'PUBLIC_BODY', 'ASSOCIATION'],
    themes: ['COORDINATION', 'TRAINING', 'EQUIPMENT', 'MEDIATOR_JOBS'],
    maxAmount: 400_000,
    cofundingRate: 80,
    opensInDays: -30,
    closesInDays: 120,
    link: 'https://inclusion-numerique.anct.gouv.fr',
  },
  {
    slug: 'pass-numerique',
    name: 'Pass numérique — appel à projets des collectivités',
    funder: 'anct',
    kind: 'VOUCHER',
    summary:
      "Cofinancement par l'État de chéquiers Pass numérique distribués par les collectivités, valables dans les lieux qualifiés.",
    beneficiaries: ['DEPARTMENT', 'EPCI', 'COMMUNE'],
    themes: ['EVERYDAY_DIGITAL_TOOLS', 'ADMINISTRATIVE_PROCEDURES'],
    cofundingRate: 50,
    opensInDays: -900,
    closesInDays: -700,
    link: 'https://www.aptic.fr',
  },
  {
    slug: 'aidants-connect',
    name: 'Aidants Connect — habilitation et formation',
    funder: 'anct',
    kind: 'OTHER',
    summary:
      'Outil public gratuit et formation des aidants professionnels pour réaliser des démarches en ligne pour le compte des usagers, en toute sécurité.',
    beneficiaries: ['COMMUNE', 'EPCI', 'ASSOCIATION', 'PUBLIC_BODY'],
    themes: ['ADMINISTRATIVE_PROCEDURES', 'TRAINING'],
    link: 'https://aidantsconnect.beta.gouv.fr',
  },
  {
    slug: 'fse-plus-inclusion',
    name: 'FSE+ — Inclusion sociale et lutte contre la pauvreté (volet inclusion numérique)',
    funder: 'eu',
    kind: 'GRANT',
    summary:
      "Cofinancement européen des projets d'accompagnement des personnes éloignées du numérique vers l'emploi et l'accès aux droits.",
    beneficiaries: ['ASSOCIATION', 'DEPARTMENT', 'SOCIAL_ECONOMY_COMPANY', 'PUBLIC_BODY'],
    themes: ['PROFESSIONAL_INTEGRATION', 'EVERYDAY_DIGITAL_TOOLS', 'TRAINING'],
    minAmount: 20_000,
    cofundingRate: 60,
    opensInDays: -120,
    closesInDays: 45,
    link: 'https://fse.gouv.fr',
  },
  {
    slug: 'feder-nouvelle-aquitaine',
    name: 'FEDER Nouvelle-Aquitaine — « Une Europe plus intelligente » : usages numériques',
    funder: 'eu',
    kind: 'CALL_FOR_PROJECTS',
    summary:
      "Fonds européen de développement régional, géré par la Région, pour l'équipement et les services numériques des territoires.",
    beneficiaries: ['COMMUNE', 'EPCI', 'DEPARTMENT', 'ASSOCIATION', 'PUBLIC_BODY'],
    themes: ['EQUIPMENT', 'INTERNET_AND_EQUIPMENT_ACCESS'],
    regionCodes: ['75'],
    cofundingRate: 50,
    opensInDays: 15,
    closesInDays: 130,
    link: 'https://www.europe-en-nouvelle-aquitaine.eu',
  },
  {
    slug: 'feder-occitanie',
    name: 'FEDER Occitanie — Inclusion numérique et tiers-lieux',
    funder: 'eu',
    kind: 'GRANT',
    summary:
      'Soutien européen aux lieux de médiation numérique et aux tiers-lieux, géré par la Région Occitanie.',
    beneficiaries: ['COMMUNE', 'EPCI', 'ASSOCIATION', 'SOCIAL_ECONOMY_COMPANY'],
    themes: ['EQUIPMENT', 'DIGITAL_LEISURE_AND_CREATION', 'COORDINATION'],
    regionCodes: ['76'],
    cofundingRate: 60,
    opensInDays: -40,
    closesInDays: 200,
    link: 'https://www.europe-en-occitanie.eu',
  },
  {
    slug: 'banque-des-territoires-ingenierie',
    name: "Banque des Territoires — Appui à l'ingénierie pour un numérique inclusif",
    funder: 'bdt',
    kind: 'GRANT',
    summary:
      "Cofinancement d'études et d'ingénierie pour structurer l'offre de médiation numérique d'un territoire.",
    beneficiaries: ['COMMUNE', 'EPCI', 'DEPARTMENT', 'REGION'],
    themes: ['COORDINATION'],
    maxAmount: 100_000,
    cofundingRate: 50,
    link: 'https://www.banquedesterritoires.fr',
  },
  {
    slug: 'banque-des-territoires-pret',
    name: 'Banque des Territoires — Prêt Secteur Public Local (équipements numériques)',
    funder: 'bdt',
    kind: 'LOAN',
    summary:
      'Prêt long terme pour les investissements numériques des collectivités : équipements des lieux, réseaux, bornes.',
    beneficiaries: ['COMMUNE', 'EPCI', 'DEPARTMENT', 'REGION', 'PUBLIC_BODY'],
    themes: ['EQUIPMENT', 'INTERNET_AND_EQUIPMENT_ACCESS'],
    minAmount: 100_000,
    link: 'https://www.banquedesterritoires.fr',
  },
  {
    slug: 'caf-fonds-publics-et-territoires',
    name: 'CAF — Fonds publics et territoires (accès aux droits et parentalité numérique)',
    funder: 'cnaf',
    kind: 'GRANT',
    summary: "Soutien des Caf aux projets d'accompagnement numérique des familles et d'accès aux droits.",
    beneficiaries: ['ASSOCIATION', 'COMMUNE', 'EPCI'],
    themes: ['PARENTING_AND_EDUCATION', 'ADMINISTRATIVE_PROCEDURES'],
    maxAmount: 30_000,
    opensInDays: -200,
    closesInDays: 10,
    link: 'https://www.caf.fr/partenaires',
  },
  {
    slug: 'promeneurs-du-net',
    name: 'Promeneurs du Net',
    funder: 'cnaf',
    kind: 'ALLOCATION',
    summary: 'Financement de la présence éducative en ligne de professionnels de la jeunesse.',
    beneficiaries: ['ASSOCIATION', 'COMMUNE', 'EPCI'],
    themes: ['PARENTING_AND_EDUCATION', 'SAFE_DIGITAL_USE'],
    link: 'https://www.promeneursdunet.fr',
  },
  {
    slug: 'cnav-ateliers-numeriques',
    name: 'Assurance retraite — Ateliers numériques pour bien vieillir',
    funder: 'cnav',
    kind: 'CALL_FOR_PROJECTS',
    summary:
      'Appel à projets pour des ateliers collectifs de prise en main du numérique destinés aux retraités.',
    beneficiaries: ['ASSOCIATION', 'SOCIAL_ECONOMY_COMPANY'],
    themes: ['EVERYDAY_DIGITAL_TOOLS', 'SAFE_DIGITAL_USE'],
    maxAmount: 20_000,
    opensInDays: -90,
    closesInDays: -5,
    link: 'https://www.lassuranceretraite.fr',
  },
  {
    slug: 'fondation-orange-solidarite',
    name: 'Fondation Orange — Solidarité numérique',
    funder: 'orange',
    kind: 'CALL_FOR_PROJECTS',
    summary:
      'Soutien aux associations qui forment au numérique les personnes qui en sont éloignées, jeunes sans qualification et femmes en priorité.',
    beneficiaries: ['ASSOCIATION'],
    themes: ['EVERYDAY_DIGITAL_TOOLS', 'UNDERSTANDING_DIGITAL_WORLD', 'PROFESSIONAL_INTEGRATION'],
    maxAmount: 15_000,
    opensInDays: -10,
    closesInDays: 60,
    link: 'https://www.fondationorange.com',
  },
  {
    slug: 'hauts-de-france-inclusion',
    name: 'Région Hauts-de-France — Appel à projets Inclusion numérique',
    funder: 'hautsDeFrance',
    kind: 'CALL_FOR_PROJECTS',
    summary: 'Soutien régional aux actions de médiation et de formation aux usages numériques.',
    beneficiaries: ['ASSOCIATION', 'COMMUNE', 'EPCI'],
    themes: ['EVERYDAY_DIGITAL_TOOLS', 'TRAINING'],
    regionCodes: ['32'],
    maxAmount: 40_000,
    cofundingRate: 70,
    opensInDays: -20,
    closesInDays: 75,
    link: 'https://www.hautsdefrance.fr',
  },
  {
    slug: 'bretagne-epn',
    name: 'Région Bretagne — Soutien aux espaces publics numériques',
    funder: 'bretagne',
    kind: 'GRANT',
    summary: "Aide régionale à l'équipement et à l'animation des espaces publics numériques.",
    beneficiaries: ['COMMUNE', 'EPCI', 'ASSOCIATION'],
    themes: ['EQUIPMENT', 'INTERNET_AND_EQUIPMENT_ACCESS'],
    regionCodes: ['53'],
    maxAmount: 20_000,
    link: 'https://www.bretagne.bzh',
  },
  {
    slug: 'landes-inclusion',
    name: "Département des Landes — Fonds départemental d'inclusion numérique",
    funder: 'landes',
    kind: 'GRANT',
    summary:
      'Aide du Département aux communes, intercommunalités et associations qui ouvrent ou équipent un lieu de médiation numérique.',
    beneficiaries: ['COMMUNE', 'EPCI', 'ASSOCIATION'],
    themes: ['EQUIPMENT', 'MEDIATOR_JOBS', 'EVERYDAY_DIGITAL_TOOLS'],
    departmentCodes: ['40'],
    maxAmount: 30_000,
    cofundingRate: 50,
    opensInDays: -60,
    closesInDays: 100,
    link: 'https://www.landes.fr',
  },
  {
    slug: 'gironde-numerique-solidaire',
    name: 'Département de la Gironde — Gironde numérique solidaire',
    funder: 'gironde',
    kind: 'CALL_FOR_PROJECTS',
    summary:
      "Appel à projets pour l'accompagnement numérique des publics fragiles et la formation des aidants.",
    beneficiaries: ['ASSOCIATION', 'COMMUNE', 'EPCI', 'SOCIAL_ECONOMY_COMPANY'],
    themes: ['ADMINISTRATIVE_PROCEDURES', 'TRAINING'],
    departmentCodes: ['33'],
    maxAmount: 25_000,
    opensInDays: -45,
    closesInDays: 25,
    link: 'https://www.gironde.fr',
  },
  {
    slug: 'nord-cheques-numeriques',
    name: 'Département du Nord — Chèques numériques seniors',
    funder: 'nord',
    kind: 'VOUCHER',
    summary:
      "Chèques d'accompagnement numérique remis aux personnes âgées, utilisables dans les lieux partenaires.",
    beneficiaries: ['ASSOCIATION', 'COMMUNE'],
    themes: ['EVERYDAY_DIGITAL_TOOLS', 'AFFORDABLE_EQUIPMENT'],
    departmentCodes: ['59'],
    link: 'https://lenord.fr',
  },
  {
    slug: 'seine-saint-denis-mediateurs',
    name: 'Département de la Seine-Saint-Denis — Soutien aux médiateurs numériques',
    funder: 'seineSaintDenis',
    kind: 'ALLOCATION',
    summary: 'Cofinancement de postes de médiateurs numériques dans les structures de proximité.',
    beneficiaries: ['ASSOCIATION', 'COMMUNE', 'EPCI'],
    themes: ['MEDIATOR_JOBS'],
    departmentCodes: ['93'],
    maxAmount: 20_000,
    cofundingRate: 40,
    opensInDays: -15,
    closesInDays: 150,
    link: 'https://seinesaintdenis.fr',
  },
];

export interface CampaignEntry {
  slug: string;
  issuer: string;
  funder: keyof typeof FUNDERS;
  territory: { kind: 'REGION' | 'DEPARTMENT'; code: string };
  startsInDays: number;
  endsInDays: number;
  vouchersIssued: number;
  vouchersUsed: number;
  /** Demo places: (département, how many of its first demo places). */
  acceptingPlaces: [department: string, count: number][];
}

export const CAMPAIGNS: CampaignEntry[] = [
  {
    slug: 'landes-2026',
    issuer: 'Département des Landes',
    funder: 'landes',
    territory: { kind: 'DEPARTMENT', code: '40' },
    startsInDays: -80,
    endsInDays: 285,
    vouchersIssued: 12_000,
    vouchersUsed: 7_450,
    acceptingPlaces: [['40', 8]],
  },
  {
    slug: 'gironde-2025',
    issuer: 'Département de la Gironde',
    funder: 'gironde',
    territory: { kind: 'DEPARTMENT', code: '33' },
    startsInDays: -330,
    endsInDays: 35,
    vouchersIssued: 20_000,
    vouchersUsed: 16_800,
    acceptingPlaces: [['33', 10]],
  },
  {
    slug: 'occitanie-2026',
    issuer: 'Région Occitanie',
    funder: 'occitanie',
    territory: { kind: 'REGION', code: '76' },
    startsInDays: -20,
    endsInDays: 345,
    vouchersIssued: 50_000,
    vouchersUsed: 4_300,
    acceptingPlaces: [
      ['31', 5],
      ['34', 5],
    ],
  },
  {
    slug: 'nord-2024',
    issuer: 'Département du Nord',
    funder: 'nord',
    territory: { kind: 'DEPARTMENT', code: '59' },
    startsInDays: -700,
    endsInDays: -335,
    vouchersIssued: 15_000,
    vouchersUsed: 14_100,
    acceptingPlaces: [['59', 6]],
  },
];
