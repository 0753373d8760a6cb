import { STANDARD_SERVICES } from './standard-services';

/**
 * What money is for: the nine services of the places' standard, and the needs of a territory's
 * governance. Funding programmes have themes, road-map actions have needs, in the same terms.
 */
export const FUNDING_THEMES = {
  ...STANDARD_SERVICES,
  TRAINING: 'Formation des aidants et médiateurs',
  EQUIPMENT: 'Équipement des lieux',
  COORDINATION: 'Coordination et animation territoriale',
  MEDIATOR_JOBS: 'Postes de médiateurs numériques',
} as const;

export type FundingTheme = keyof typeof FUNDING_THEMES;

export const FUNDING_THEME_ENUM = {
  name: 'FundingTheme',
  description: "What money is for: the places' nine services, and governance needs.",
} as const;
