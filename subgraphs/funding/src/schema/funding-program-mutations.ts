import { randomUUID } from 'node:crypto';
import { badUserInput, notFound } from '@passerelle/platform/errors';
import { checkedId, InputIssues, isUuid, normalizeForSearch } from '@passerelle/platform/validation';
import { builder } from '../builder';
import { fundingEditors } from '../funding/access';
import { checkProgram, type ProgramFields } from '../funding/validate';
import type { PrismaClient, FundingProgram as StoredProgram } from '../generated/prisma/client';
import { TerritoryInput } from './territories';
import { BeneficiaryEnum, FunderKindEnum, FundingProgramKindEnum, FundingThemeEnum } from './vocabulary';

/** The same fields for creation (required ones required) and updates (an omitted field keeps its value). */
function programInput(name: string, forCreation: boolean) {
  return builder.inputType(name, {
    description: forCreation
      ? 'A new funding programme, checked before it is stored.'
      : 'What changes in a funding programme: an omitted field keeps its value, null clears it.',
    fields: (t) => ({
      name: t.string({ required: forCreation, description: '1 to 200 characters' }),
      summary: t.string({ required: forCreation, description: '1 to 4000 characters, plain text' }),
      funderId: t.id({ required: forCreation, description: 'The `id` of an existing Funder' }),
      kind: t.field({
        type: FundingProgramKindEnum,
        required: forCreation,
        description: 'The form the money takes',
      }),
      beneficiaries: t.field({
        type: [BeneficiaryEnum],
        required: forCreation,
        description: 'Who may apply: at least one',
      }),
      themes: t.field({
        type: [FundingThemeEnum],
        required: forCreation,
        description: 'What it funds: at least one',
      }),
      national: t.boolean({
        required: forCreation,
        description: 'Open to the whole country; then no régions or départements are given',
      }),
      regionCodes: t.stringList({
        required: false,
        description:
          'INSEE codes of the régions it is open to (a programme not national needs régions or départements)',
      }),
      departmentCodes: t.stringList({
        required: false,
        description: 'INSEE codes of the départements it is open to',
      }),
      minAmount: t.int({ required: false, description: 'In euros, not negative' }),
      maxAmount: t.int({ required: false, description: 'In euros, not below minAmount' }),
      cofundingRate: t.float({ required: false, description: 'In percent, above 0 and at most 100' }),
      opensOn: t.field({ type: 'Date', required: false, description: 'First day one can apply' }),
      closesOn: t.field({
        type: 'Date',
        required: false,
        description: 'Last day one can apply, not before opensOn',
      }),
      link: t.string({ required: false, description: 'URL of its page or application form' }),
      contactName: t.string({ required: false, description: 'Whom to ask about it' }),
      contactEmail: t.string({ required: false, description: 'Email address to ask about it' }),
    }),
  });
}

const FundingProgramInput = programInput('FundingProgramInput', true);
const FundingProgramUpdateInput = programInput('FundingProgramUpdateInput', false);

type Input = typeof FundingProgramUpdateInput.$inferInput;

const EMPTY: ProgramFields = {
  name: '',
  summary: '',
  funderId: '',
  kind: 'OTHER',
  beneficiaries: [],
  themes: [],
  national: false,
  regionCodes: [],
  departmentCodes: [],
  minAmount: null,
  maxAmount: null,
  cofundingRate: null,
  opensOn: null,
  closesOn: null,
  link: null,
  contactName: null,
  contactEmail: null,
};

/** The input over the stored fields (omitted: unchanged; null: cleared), checked. */
async function programData(prisma: PrismaClient, input: Input, base: ProgramFields) {
  // Only the programme's own fields: never ids or dates of the stored row.
  const fields: Record<string, unknown> = Object.fromEntries(
    Object.keys(EMPTY).map((key) => [key, base[key as keyof ProgramFields]]),
  );
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    fields[key] = value ?? (Array.isArray(EMPTY[key as keyof ProgramFields]) ? [] : null);
  }
  const program = fields as unknown as ProgramFields;
  const issues = new InputIssues('programme');
  checkProgram(program, issues);
  const funder = isUuid(program.funderId)
    ? await prisma.funder.findUnique({ where: { id: program.funderId } })
    : null;
  if (!funder) issues.add('input.funderId', 'no funder has this id', program.funderId);
  issues.throwIfAny();
  return {
    ...program,
    kind: program.kind as StoredProgram['kind'],
    searchText: normalizeForSearch(`${program.name} ${program.summary} ${funder?.name}`),
  };
}

async function storedProgram(prisma: PrismaClient, id: string | number) {
  const program = await prisma.fundingProgram.findUnique({
    where: { id: checkedId(id, 'programme'), archivedAt: null },
  });
  if (!program) throw notFound('FundingProgram', String(id));
  return program;
}

const FunderInput = builder.inputType('FunderInput', {
  description: 'A new funder.',
  fields: (t) => ({
    name: t.string({ description: 'Name of the organisation (trimmed, not empty)' }),
    kind: t.field({ type: FunderKindEnum, description: 'What kind of organisation it is' }),
    territory: t.field({
      type: TerritoryInput,
      required: false,
      description: 'For a région, a département or a commune',
    }),
    website: t.string({ required: false, description: 'URL of its website' }),
  }),
});

builder.mutationFields((t) => ({
  createFunder: t.prismaField({
    type: 'Funder',
    description: 'For funding editors.',
    args: { input: t.arg({ type: FunderInput, description: 'The funder' }) },
    authScopes: fundingEditors,
    resolve: (query, _root, { input }, context) => {
      if (!input.name.trim()) throw badUserInput('name is required', 'input.name');
      return context.prisma.funder.create({
        ...query,
        data: {
          id: randomUUID(),
          name: input.name.trim(),
          kind: input.kind,
          territoryKind: input.territory?.kind ?? null,
          territoryCode: input.territory?.code ?? null,
          website: input.website ?? null,
        },
      });
    },
  }),
  createFundingProgram: t.prismaField({
    type: 'FundingProgram',
    description: 'For funding editors.',
    args: { input: t.arg({ type: FundingProgramInput, description: 'The programme' }) },
    authScopes: fundingEditors,
    resolve: async (query, _root, { input }, context) => {
      const data = await programData(context.prisma, input, EMPTY);
      return context.prisma.fundingProgram.create({ ...query, data: { id: randomUUID(), ...data } });
    },
  }),
  updateFundingProgram: t.prismaField({
    type: 'FundingProgram',
    description: 'For funding editors: an omitted field keeps its value, null clears it.',
    args: {
      id: t.arg.id({ description: 'The `id` of the programme' }),
      input: t.arg({ type: FundingProgramUpdateInput, description: 'The fields that change' }),
    },
    authScopes: fundingEditors,
    resolve: async (query, _root, { id, input }, context) => {
      const current = await storedProgram(context.prisma, id);
      const data = await programData(context.prisma, input, current);
      return context.prisma.fundingProgram.update({ ...query, where: { id: current.id }, data });
    },
  }),
  archiveFundingProgram: t.prismaField({
    type: 'FundingProgram',
    description: 'For funding editors: the programme leaves every list.',
    args: { id: t.arg.id({ description: 'The `id` of the programme' }) },
    authScopes: fundingEditors,
    resolve: async (query, _root, { id }, context) => {
      const current = await storedProgram(context.prisma, id);
      return context.prisma.fundingProgram.update({
        ...query,
        where: { id: current.id },
        data: { archivedAt: new Date() },
      });
    },
  }),
}));
