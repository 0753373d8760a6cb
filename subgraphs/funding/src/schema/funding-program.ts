import { type TerritoryReference } from '@passerelle/contracts/territory-types';
import { notFound } from '@passerelle/platform/errors';
import { requestLoader } from '@passerelle/platform/subgraph';
import { checkedId, isUuid } from '@passerelle/platform/validation';
import { offsetForArgs, resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder';
import { eligibilityOf, type ProgramPage, programCondition, programPages } from '../programs/program-search';
import { programStatus, today } from '../programs/status';
import { Funder, funderOf } from './funder';
import { DepartmentRef, RegionRef, TerritoryInput } from './territories';
import {
  BeneficiaryEnum,
  FundingProgramKindEnum,
  FundingProgramStatusEnum,
  FundingThemeEnum,
} from './vocabulary';

export const FundingProgram = builder.prismaObject('FundingProgram', {
  description: 'Money the actors of a territory can ask for: a grant, a call for projects, an allocation…',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Id of the programme (a UUID)' }),
    name: t.exposeString('name', { description: 'Name of the programme' }),
    summary: t.exposeString('summary', { description: 'What it funds and on what terms, plain text' }),
    funder: t.field({
      type: Funder,
      description: 'Who gives the money',
      resolve: (program, _args, context) => funderOf(context, program.funderId),
    }),
    kind: t.expose('kind', { type: FundingProgramKindEnum, description: 'The form the money takes' }),
    beneficiaries: t.field({
      type: [BeneficiaryEnum],
      description: 'Who may apply (at least one)',
      resolve: (program) => program.beneficiaries as never,
    }),
    themes: t.field({
      type: [FundingThemeEnum],
      description: 'What it funds (at least one)',
      resolve: (program) => program.themes as never,
    }),
    national: t.exposeBoolean('national', { description: 'Open to the whole country' }),
    // Nullable like every field another subgraph completes: its outage nulls only this field.
    eligibleRegions: t.field({
      type: [RegionRef],
      nullable: true,
      description: 'Régions it is open to (empty when national)',
      resolve: (program) => program.regionCodes.map((code) => ({ code })),
    }),
    eligibleDepartments: t.field({
      type: [DepartmentRef],
      nullable: true,
      description: 'Départements it is open to (empty when national)',
      resolve: (program) => program.departmentCodes.map((code) => ({ code })),
    }),
    minAmount: t.exposeInt('minAmount', { nullable: true, description: 'In euros' }),
    maxAmount: t.exposeInt('maxAmount', { nullable: true, description: 'In euros' }),
    cofundingRate: t.exposeFloat('cofundingRate', {
      nullable: true,
      description: 'Share of the project it can fund, in percent',
    }),
    opensOn: t.expose('opensOn', {
      type: 'Date',
      nullable: true,
      description: 'First day one can apply; null when open from the start',
    }),
    closesOn: t.expose('closesOn', {
      type: 'Date',
      nullable: true,
      description: 'Last day one can apply (Paris time); null without a deadline',
    }),
    status: t.field({
      type: FundingProgramStatusEnum,
      description: 'Where it stands today (Paris time), from its dates',
      resolve: (program) => programStatus(program, today()),
    }),
    link: t.exposeString('link', { nullable: true, description: 'URL of its page or application form' }),
    contactName: t.exposeString('contactName', { nullable: true, description: 'Whom to ask about it' }),
    contactEmail: t.exposeString('contactEmail', {
      nullable: true,
      description: 'Email address to ask about it',
    }),
  }),
});

builder.asEntity(FundingProgram, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, context) =>
    isUuid(id) ? context.prisma.fundingProgram.findUnique({ where: { id, archivedAt: null } }) : null,
});

const PROGRAMS_ORDER_DESCRIPTION =
  'Funding programmes matching the filter: those one can still apply to first (open and closing soon, ' +
  'soonest deadline first), then permanent ones, upcoming ones (soonest opening first), closed ones last ' +
  '(most recently closed first).';

export const FundingProgramFilter = builder.inputType('FundingProgramFilter', {
  description: 'Every condition given must hold.',
  fields: (t) => ({
    territory: t.field({
      type: TerritoryInput,
      required: false,
      description: 'Programmes open there: national ones, those of its région, and its own',
    }),
    beneficiary: t.field({
      type: BeneficiaryEnum,
      required: false,
      description: 'Programmes open to this beneficiary',
    }),
    theme: t.field({ type: FundingThemeEnum, required: false, description: 'Programmes funding this theme' }),
    status: t.field({
      type: [FundingProgramStatusEnum],
      required: false,
      description: 'Any of these statuses',
    }),
    closesBefore: t.field({ type: 'Date', required: false, description: 'Closing on or before this day' }),
    text: t.string({ required: false, description: 'Words of the name, summary or funder, accents ignored' }),
  }),
});

/** A page of programmes as a Relay connection, with offset cursors. */
async function programConnection(
  { programs, totalCount }: ProgramPage,
  args: PothosSchemaTypes.DefaultConnectionArguments,
) {
  return { ...(await resolveOffsetConnection({ args }, () => programs)), totalCount };
}

export const FundingProgramConnection = builder.connectionObject(
  {
    type: FundingProgram,
    name: 'FundingProgramConnection',
    description: 'A page of funding programmes, with the total count.',
  },
  { name: 'FundingProgramEdge', description: 'A funding programme in a page, with its cursor.' },
);

builder.queryFields((t) => ({
  fundingProgram: t.prismaField({
    type: 'FundingProgram',
    nullable: true,
    description: 'A programme by its id; NOT_FOUND when none (or an archived one) has it.',
    args: { id: t.arg.id({ description: 'The `id` of a FundingProgram' }) },
    resolve: async (query, _root, { id }, context) => {
      const program = await context.prisma.fundingProgram.findUnique({
        ...query,
        where: { id: checkedId(id, 'programme'), archivedAt: null },
      });
      if (!program) throw notFound('FundingProgram', String(id));
      return program;
    },
  }),
  fundingPrograms: t.connection(
    {
      type: FundingProgram,
      nullable: true,
      description: PROGRAMS_ORDER_DESCRIPTION,
      args: {
        filter: t.arg({
          type: FundingProgramFilter,
          required: false,
          description: 'Without it, every programme',
        }),
      },
      resolve: async (_root, { filter, ...args }, context) => {
        const day = today();
        const [page] = await programPages(
          context.prisma,
          [null],
          programCondition(filter, day),
          offsetForArgs({ args }),
          day,
        );
        return programConnection(page as ProgramPage, args);
      },
    },
    FundingProgramConnection,
  ),
}));

/** Régions and départements show the programmes open to them. */
for (const [territory, kind] of [
  [RegionRef, 'REGION'],
  [DepartmentRef, 'DEPARTMENT'],
] as const) {
  builder.objectFields(territory, (t) => ({
    fundingPrograms: t.connection(
      {
        type: FundingProgram,
        nullable: true,
        description:
          'Programmes open here (national, of the région, and its own), filtered and ordered like `fundingPrograms`.',
        args: {
          filter: t.arg({
            type: FundingProgramFilter,
            required: false,
            description: 'Without it, every programme',
          }),
        },
        resolve: async ({ code }, { filter, ...args }, context) => {
          const day = today();
          const condition = programCondition(filter, day);
          const page = offsetForArgs({ args });
          // Batched: the territories of a list (or of `_entities`) asking the same filter and page
          // cost one query together.
          const loader = requestLoader(
            context,
            `fundingPrograms:${JSON.stringify([filter, page.offset, page.limit])}`,
            (territories: readonly TerritoryReference[]) =>
              programPages(context.prisma, territories.map(eligibilityOf), condition, page, day),
          );
          return programConnection(await loader.load({ kind, code }), args);
        },
      },
      FundingProgramConnection,
    ),
  }));
}
