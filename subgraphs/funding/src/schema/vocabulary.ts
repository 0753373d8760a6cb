import { FUNDING_THEME_ENUM } from '@passerelle/contracts/funding-themes';
import { labelledEnumValues } from '@passerelle/platform/subgraph';
import { builder } from '../builder';
import { BENEFICIARIES, FUNDING_THEMES } from '../funding/vocabulary';
import { CLOSING_SOON_DAYS, STATUSES } from '../programs/status';

export const BeneficiaryEnum = builder.enumType('Beneficiary', {
  description: 'Who may receive the money.',
  values: labelledEnumValues(BENEFICIARIES),
});
export const FundingThemeEnum = builder.enumType(FUNDING_THEME_ENUM.name, {
  description: FUNDING_THEME_ENUM.description,
  values: labelledEnumValues(FUNDING_THEMES),
});

export const FunderKindEnum = builder.enumType('FunderKind', {
  description: 'The kind of organisation a funder is; descriptions are the French labels.',
  values: {
    EUROPEAN_UNION: { description: 'Union européenne (FSE+, FEDER…)' },
    STATE: { description: 'État (ANCT, ministères, préfectures)' },
    REGION: { description: 'Région' },
    DEPARTMENT: { description: 'Département' },
    MUNICIPALITY: { description: 'Commune ou intercommunalité' },
    SOCIAL_SECURITY: { description: 'Sécurité sociale (CNAF, CAF, CNAV…)' },
    PUBLIC_BANK: { description: 'Banque publique (Banque des Territoires, Bpifrance)' },
    FOUNDATION: { description: 'Fondation' },
    PRIVATE: { description: 'Entreprise ou financeur privé' },
  } as const,
});

export const FundingProgramKindEnum = builder.enumType('FundingProgramKind', {
  description: 'The form the money takes; descriptions are the French labels.',
  values: {
    GRANT: { description: 'Subvention' },
    CALL_FOR_PROJECTS: { description: 'Appel à projets' },
    ALLOCATION: { description: 'Dotation' },
    VOUCHER: { description: 'Chèque ou pass (Pass numérique)' },
    LOAN: { description: 'Prêt' },
    OTHER: { description: 'Autre' },
  } as const,
});

const STATUS_DESCRIPTIONS: Record<(typeof STATUSES)[number], string> = {
  UPCOMING: 'Opens later (`opensOn` is after today)',
  OPEN: `Open, and closing in more than ${CLOSING_SOON_DAYS} days or without a closing date`,
  CLOSING_SOON: `Open, closing within ${CLOSING_SOON_DAYS} days`,
  CLOSED: '`closesOn` is past',
  PERMANENT: 'Without opening or closing date: one can always apply',
};

export const FundingProgramStatusEnum = builder.enumType('FundingProgramStatus', {
  description: "Follows from the programme's dates and today's.",
  values: Object.fromEntries(
    STATUSES.map((status) => [status, { description: STATUS_DESCRIPTIONS[status] }]),
  ) as Record<(typeof STATUSES)[number], { description: string }>,
});

interface LabelledValue {
  value: string;
  label: string;
}

function labelType(name: string, enumRef: typeof BeneficiaryEnum | typeof FundingThemeEnum, of: string) {
  return builder.objectRef<LabelledValue>(name).implement({
    description: `A value of ${of} with its French label.`,
    fields: (t) => ({
      value: t.field({
        type: enumRef,
        description: 'The value, as filters and programmes give it',
        resolve: ({ value }) => value as never,
      }),
      label: t.exposeString('label', { description: 'Its French label, to display' }),
    }),
  });
}

const BeneficiaryLabel = labelType('BeneficiaryLabel', BeneficiaryEnum, 'Beneficiary');
const FundingThemeLabel = labelType('FundingThemeLabel', FundingThemeEnum, FUNDING_THEME_ENUM.name);
const entries = (values: Record<string, string>) =>
  Object.entries(values).map(([value, label]) => ({ value, label }));

builder.queryField('fundingVocabulary', (t) =>
  t.field({
    nullable: true,
    type: builder.objectRef<Record<string, never>>('FundingVocabulary').implement({
      description: 'The French labels of beneficiaries and themes, to display filters and programmes.',
      fields: (f) => ({
        beneficiaries: f.field({
          type: [BeneficiaryLabel],
          description: 'Every Beneficiary, with its label',
          resolve: () => entries(BENEFICIARIES),
        }),
        themes: f.field({
          type: [FundingThemeLabel],
          description: `Every ${FUNDING_THEME_ENUM.name}, with its label`,
          resolve: () => entries(FUNDING_THEMES),
        }),
      }),
    }),
    description: 'The French labels of beneficiaries and themes; the same for every caller.',
    resolve: () => ({}),
  }),
);
