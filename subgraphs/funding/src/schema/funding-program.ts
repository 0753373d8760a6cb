import {
  assertKnownTerritory,
  badUserInput,
  departmentCodesOfRegion,
  isUuid,
  normalizeForSearch,
  notFound,
  regionCodeOfDepartment,
  type TerritoryReference,
} from '@passerelle/kit';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { type ProgramStatus, programStatus, statusCondition, today } from '../status';
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
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    summary: t.exposeString('summary'),
    funder: t.field({
      type: Funder,
      resolve: (program, _args, context) => funderOf(context, program.funderId),
    }),
    kind: t.expose('kind', { type: FundingProgramKindEnum }),
    beneficiaries: t.field({ type: [BeneficiaryEnum], resolve: (program) => program.beneficiaries as never }),
    themes: t.field({ type: [FundingThemeEnum], resolve: (program) => program.themes as never }),
    national: t.exposeBoolean('national', { description: 'Open to the whole country' }),
    eligibleRegions: t.field({
      type: [RegionRef],
      description: 'Régions it is open to (empty when national)',
      resolve: (program) => program.regionCodes.map((code) => ({ code })),
    }),
    eligibleDepartments: t.field({
      type: [DepartmentRef],
      description: 'Départements it is open to (empty when national)',
      resolve: (program) => program.departmentCodes.map((code) => ({ code })),
    }),
    minAmount: t.exposeInt('minAmount', { nullable: true, description: 'In euros' }),
    maxAmount: t.exposeInt('maxAmount', { nullable: true, description: 'In euros' }),
    cofundingRate: t.exposeFloat('cofundingRate', {
      nullable: true,
      description: 'Share of the project it can fund, in percent',
    }),
    opensOn: t.expose('opensOn', { type: 'Date', nullable: true }),
    closesOn: t.expose('closesOn', { type: 'Date', nullable: true }),
    status: t.field({
      type: FundingProgramStatusEnum,
      resolve: (program) => programStatus(program, today()),
    }),
    link: t.exposeString('link', { nullable: true }),
    contactName: t.exposeString('contactName', { nullable: true }),
    contactEmail: t.exposeString('contactEmail', { nullable: true }),
  }),
});

builder.asEntity(FundingProgram, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, context) =>
    isUuid(id) ? context.prisma.fundingProgram.findUnique({ where: { id, archivedAt: null } }) : null,
});

export const FundingProgramFilter = builder.inputType('FundingProgramFilter', {
  fields: (t) => ({
    territory: t.field({
      type: TerritoryInput,
      required: false,
      description: 'Programmes open there: national ones, those of its région, and its own',
    }),
    beneficiary: t.field({ type: BeneficiaryEnum, required: false }),
    theme: t.field({ type: FundingThemeEnum, required: false }),
    status: t.field({
      type: [FundingProgramStatusEnum],
      required: false,
      description: 'Any of these statuses',
    }),
    closesBefore: t.field({ type: 'Date', required: false, description: 'Closing on or before this day' }),
    text: t.string({ required: false, description: 'Words of the name, summary or funder, accents ignored' }),
  }),
});

/** Programmes a territory's actors may apply to. */
function openIn(territory: TerritoryReference): Prisma.FundingProgramWhereInput {
  if (territory.kind === 'REGION') {
    return {
      OR: [
        { national: true },
        { regionCodes: { has: territory.code } },
        { departmentCodes: { hasSome: departmentCodesOfRegion(territory.code) } },
      ],
    };
  }
  const departmentCode =
    territory.kind === 'DEPARTMENT' ? territory.code : departmentOfCommune(territory.code);
  return {
    OR: [
      { national: true },
      { departmentCodes: { has: departmentCode } },
      { regionCodes: { has: regionCodeOfDepartment(departmentCode) as string } },
    ],
  };
}

function departmentOfCommune(code: string): string {
  return code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
}

type FilterInput = typeof FundingProgramFilter.$inferInput;

export function programCondition(
  filter: FilterInput | null | undefined,
  day: Date,
): Prisma.FundingProgramWhereInput {
  const conditions: Prisma.FundingProgramWhereInput[] = [{ archivedAt: null }];
  if (!filter) return { AND: conditions };
  if (filter.territory) {
    assertKnownTerritory(filter.territory, 'filter.territory.code');
    conditions.push(openIn(filter.territory));
  }
  if (filter.beneficiary) conditions.push({ beneficiaries: { has: filter.beneficiary } });
  if (filter.theme) conditions.push({ themes: { has: filter.theme } });
  if (filter.status?.length)
    conditions.push({ OR: filter.status.map((status) => statusCondition(status as ProgramStatus, day)) });
  if (filter.closesBefore) conditions.push({ closesOn: { lte: filter.closesBefore } });
  if (filter.text != null) {
    if (filter.text.length > 200) throw badUserInput('text must be at most 200 characters', 'filter.text');
    for (const word of normalizeForSearch(filter.text).split(' ').filter(Boolean)) {
      conditions.push({ searchText: { contains: word } });
    }
  }
  return { AND: conditions };
}

/** Programmes matching the filter, closing soonest first (permanent ones last), with a total count. */
export async function programConnection(
  prisma: PrismaClient,
  where: Prisma.FundingProgramWhereInput,
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
) {
  const [totalCount, connection] = await Promise.all([
    prisma.fundingProgram.count({ where }),
    resolveOffsetConnection({ args }, ({ limit, offset }) =>
      prisma.fundingProgram.findMany({
        where,
        orderBy: [{ closesOn: { sort: 'asc', nulls: 'last' } }, { name: 'asc' }, { id: 'asc' }],
        take: limit,
        skip: offset,
      }),
    ),
  ]);
  return { ...connection, totalCount };
}

export const FundingProgramConnection = builder.connectionObject(
  { type: FundingProgram, name: 'FundingProgramConnection' },
  { name: 'FundingProgramEdge' },
);

builder.queryFields((t) => ({
  fundingProgram: t.prismaField({
    type: 'FundingProgram',
    nullable: true,
    args: { id: t.arg.id() },
    resolve: async (query, _root, { id }, context) => {
      if (!isUuid(String(id))) throw badUserInput(`"${id}" is not a programme id`, 'id');
      const program = await context.prisma.fundingProgram.findUnique({
        ...query,
        where: { id: String(id), archivedAt: null },
      });
      if (!program) throw notFound('FundingProgram', String(id));
      return program;
    },
  }),
  fundingPrograms: t.connection(
    {
      type: FundingProgram,
      description: 'Funding programmes matching the filter, closing soonest first.',
      args: { filter: t.arg({ type: FundingProgramFilter, required: false }) },
      resolve: (_root, args, context) =>
        programConnection(context.prisma, programCondition(args.filter, today()), args),
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
        description:
          'Programmes open here (national, of the région, and its own), filtered like `fundingPrograms`.',
        args: { filter: t.arg({ type: FundingProgramFilter, required: false }) },
        resolve: ({ code }, args, context) =>
          programConnection(
            context.prisma,
            { AND: [programCondition(args.filter, today()), openIn({ kind, code })] },
            args,
          ),
      },
      FundingProgramConnection,
    ),
  }));
}
