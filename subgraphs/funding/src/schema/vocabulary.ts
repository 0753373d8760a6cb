import { FUNDING_THEME_ENUM } from '@passerelle/contracts/funding-themes';
import { labelledEnumValues } from '@passerelle/platform/subgraph';
import { builder } from '../builder';
import { BENEFICIARIES, FUNDING_THEMES } from '../funding/vocabulary';
import { STATUSES } from '../programs/status';

export const BeneficiaryEnum = builder.enumType('Beneficiary', {
  description: 'Who may receive the money.',
  values: labelledEnumValues(BENEFICIARIES),
});
export const FundingThemeEnum = builder.enumType(FUNDING_THEME_ENUM.name, {
  description: FUNDING_THEME_ENUM.description,
  values: labelledEnumValues(FUNDING_THEMES),
});

export const FunderKindEnum = builder.enumType('FunderKind', {
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
  values: {
    GRANT: { description: 'Subvention' },
    CALL_FOR_PROJECTS: { description: 'Appel à projets' },
    ALLOCATION: { description: 'Dotation' },
    VOUCHER: { description: 'Chèque ou pass (Pass numérique)' },
    LOAN: { description: 'Prêt' },
    OTHER: { description: 'Autre' },
  } as const,
});

export const FundingProgramStatusEnum = builder.enumType('FundingProgramStatus', {
  description: "Follows from the programme's dates and today's.",
  values: Object.fromEntries(STATUSES.map((status) => [status, {}])) as Record<
    (typeof STATUSES)[number],
    object
  >,
});

interface LabelledValue {
  value: string;
  label: string;
}

function labelType(name: string, enumRef: typeof BeneficiaryEnum | typeof FundingThemeEnum) {
  return builder.objectRef<LabelledValue>(name).implement({
    fields: (t) => ({
      value: t.field({ type: enumRef, resolve: ({ value }) => value as never }),
      label: t.exposeString('label'),
    }),
  });
}

const BeneficiaryLabel = labelType('BeneficiaryLabel', BeneficiaryEnum);
const FundingThemeLabel = labelType('FundingThemeLabel', FundingThemeEnum);
const entries = (values: Record<string, string>) =>
  Object.entries(values).map(([value, label]) => ({ value, label }));

builder.queryField('fundingVocabulary', (t) =>
  t.field({
    nullable: true,
    type: builder.objectRef<Record<string, never>>('FundingVocabulary').implement({
      description: 'The French labels of beneficiaries and themes, to display filters and programmes.',
      fields: (f) => ({
        beneficiaries: f.field({ type: [BeneficiaryLabel], resolve: () => entries(BENEFICIARIES) }),
        themes: f.field({ type: [FundingThemeLabel], resolve: () => entries(FUNDING_THEMES) }),
      }),
    }),
    resolve: () => ({}),
  }),
);
