import { vocabulary } from '@passerelle/kit/standard-vocabulary';

/** Who can receive a programme's money, with the labels portals show. */
export const BENEFICIARIES = {
  COMMUNE: 'Communes',
  EPCI: 'Intercommunalités (EPCI)',
  DEPARTMENT: 'Départements',
  REGION: 'Régions',
  ASSOCIATION: 'Associations',
  SOCIAL_ECONOMY_COMPANY: "Entreprises de l'économie sociale et solidaire",
  PUBLIC_BODY: 'Établissements et opérateurs publics',
  COMPANY: 'Entreprises',
} as const;

/** What a programme funds: the nine services of the places' standard, and governance needs. */
export const FUNDING_THEMES = {
  ...vocabulary.services.values,
  TRAINING: 'Formation des aidants et médiateurs',
  EQUIPMENT: 'Équipement des lieux',
  COORDINATION: 'Coordination et animation territoriale',
  MEDIATOR_JOBS: 'Postes de médiateurs numériques',
} as const;

export type Beneficiary = keyof typeof BENEFICIARIES;
export type FundingTheme = keyof typeof FUNDING_THEMES;
