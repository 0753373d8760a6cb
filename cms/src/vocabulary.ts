/**
 * The editorial vocabularies of Passerelle's content: the values editors put in a guide's
 * audiences and themes or a resource's kind, with their French labels. The CMS validates what
 * editors write against them; the content subgraph turns them into GraphQL enums.
 */

export const AUDIENCES = {
  CITIZENS: 'Grand public',
  DIGITAL_HELPERS: 'Aidants numériques',
  MEDIATORS: 'Médiateurs numériques',
  ELECTED_OFFICIALS: 'Élus',
  SOCIAL_WORKERS: 'Travailleurs sociaux',
} as const;

export const CONTENT_THEMES = {
  DIGITAL_BASICS: 'Prise en main des outils numériques',
  ONLINE_PROCEDURES: 'Démarches administratives en ligne',
  ACCESS_TO_RIGHTS: 'Accès aux droits',
  ONLINE_SAFETY: 'Sécurité et vie privée en ligne',
  HEALTH: 'Santé numérique',
  EMPLOYMENT: 'Emploi et insertion',
  PARENTING_EDUCATION: 'Parentalité et éducation',
  EQUIPMENT: 'Équipement et connexion',
  MEDIATION_PRACTICE: 'Pratiques de médiation',
  DIAGNOSTIC: 'Diagnostic des compétences',
  TERRITORIAL_STRATEGY: 'Stratégie territoriale et gouvernance',
  FUNDING: 'Financements',
} as const;

export const RESOURCE_KINDS = {
  INTERVENTION_KIT: "Kit d'intervention",
  DIAGNOSTIC_TOOL: 'Outil de diagnostic',
  TEMPLATE: 'Modèle de document',
  TRAINING: 'Formation',
  OTHER: 'Autre',
} as const;

/** The kinds of territory content is scoped to, as the territory component stores them. */
export const TERRITORY_KINDS = ['REGION', 'DEPARTMENT', 'COMMUNE'] as const;

export type Audience = keyof typeof AUDIENCES;
export type ContentTheme = keyof typeof CONTENT_THEMES;
export type ResourceKind = keyof typeof RESOURCE_KINDS;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];
