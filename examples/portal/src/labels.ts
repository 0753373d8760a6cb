import type {
  ActionStatus,
  Audience,
  CommitteeKind,
  ContractType,
  FundingProgramKind,
  FundingProgramStatus,
  MeetingFrequency,
  MemberRole,
  MemberStatus,
  PlaceIssueKind,
  ResourceKind,
  SubsidyRequestStatus,
} from './generated/operations';

/**
 * French words for the graph's values that have no vocabulary query (the standard's values have
 * `placeVocabulary`, funding's `fundingVocabulary`).
 */
export const AUDIENCES: Record<Audience, string> = {
  CITIZENS: 'Grand public',
  DIGITAL_HELPERS: 'Aidants numériques',
  MEDIATORS: 'Médiateurs numériques',
  ELECTED_OFFICIALS: 'Élus',
  SOCIAL_WORKERS: 'Travailleurs sociaux',
};

export const RESOURCE_KINDS: Record<ResourceKind, string> = {
  INTERVENTION_KIT: "Kit d'intervention",
  DIAGNOSTIC_TOOL: 'Outil de diagnostic',
  TEMPLATE: 'Modèle de document',
  TRAINING: 'Formation',
  OTHER: 'Autre',
};

export const PROGRAM_STATUSES: Record<FundingProgramStatus, string> = {
  UPCOMING: 'À venir',
  OPEN: 'Ouvert',
  CLOSING_SOON: 'Clôture proche',
  CLOSED: 'Clos',
  PERMANENT: 'Permanent',
};

export const PROGRAM_KINDS: Record<FundingProgramKind, string> = {
  GRANT: 'Subvention',
  CALL_FOR_PROJECTS: 'Appel à projets',
  ALLOCATION: 'Dotation',
  VOUCHER: 'Chèque ou pass',
  LOAN: 'Prêt',
  OTHER: 'Autre',
};

export const MEMBER_ROLES: Record<MemberRole, string> = {
  CO_LEADER: 'Co-porteur',
  CO_FUNDER: 'Cofinanceur',
  OBSERVER: 'Observateur',
  MEMBER: 'Membre',
};

export const MEMBER_STATUSES: Record<MemberStatus, string> = { CANDIDATE: 'Candidat', CONFIRMED: 'Confirmé' };

export const COMMITTEE_KINDS: Record<CommitteeKind, string> = {
  STRATEGIC: 'Comité stratégique',
  TECHNICAL: 'Comité technique',
  CONSULTATIVE: 'Comité consultatif',
  OTHER: 'Autre comité',
};

export const FREQUENCIES: Record<MeetingFrequency, string> = {
  MONTHLY: 'tous les mois',
  QUARTERLY: 'tous les trois mois',
  HALF_YEARLY: 'deux fois par an',
  YEARLY: 'une fois par an',
  AS_NEEDED: 'selon les besoins',
};

export const CONTRACT_TYPES: Record<ContractType, string> = {
  FRANCE_NUMERIQUE_ENSEMBLE_ROADMAP: 'Feuille de route France Numérique Ensemble',
  TERRITORIAL_CONTRACT: 'Contrat territorial',
  STATE_REGION_PLAN: 'Contrat de plan État-Région',
  AGREEMENT: 'Convention de partenariat',
  OTHER: 'Autre document',
};

export const ACTION_STATUSES: Record<ActionStatus, string> = {
  PLANNED: 'Prévue',
  IN_PROGRESS: 'En cours',
  DONE: 'Terminée',
  CANCELLED: 'Abandonnée',
};

export const REQUEST_STATUSES: Record<SubsidyRequestStatus, string> = {
  DRAFT: 'En préparation',
  SUBMITTED: 'Déposée',
  ACCEPTED: 'Accordée',
  REFUSED: 'Refusée',
};

export const ISSUE_KINDS: Record<PlaceIssueKind, string> = {
  WRONG_HOURS: 'Les horaires sont faux',
  WRONG_ADDRESS: "L'adresse ou la position est fausse",
  WRONG_CONTACT: 'Le téléphone, le courriel ou le site est faux',
  WRONG_SERVICES: 'Les services, les publics ou les frais sont faux',
  CLOSED: 'Le lieu est définitivement fermé',
  DUPLICATE: 'Le lieu apparaît deux fois',
  OTHER: 'Autre chose',
};
