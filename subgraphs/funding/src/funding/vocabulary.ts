import { FUNDING_THEMES, type FundingTheme } from '@passerelle/contracts/funding-themes';

export { FUNDING_THEMES, type FundingTheme };

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

export type Beneficiary = keyof typeof BENEFICIARIES;
