import { departmentCodesOfRegion } from '@passerelle/contracts/territories';
import { notFound } from '@passerelle/platform/errors';
import { requestLoader } from '@passerelle/platform/subgraph';
import { builder } from '../builder';
import type { PrismaClient } from '../generated/prisma/client';
import { type GovernanceStatistics, governanceStatistics } from '../governance/statistics';
import { Department } from './department';
import { Region } from './region';

const GovernanceStatisticsType = builder.objectRef<GovernanceStatistics>('GovernanceStatistics').implement({
  description: 'Figures of one or several governances; amounts in euros.',
  fields: (t) => ({
    governances: t.exposeInt('governances', { description: 'How many governances are counted' }),
    members: t.exposeInt('members', { description: 'Their members, candidates included' }),
    confirmedMembers: t.exposeInt('confirmedMembers', { description: 'Their members with status CONFIRMED' }),
    actions: t.exposeInt('actions', { description: 'Actions of their road maps' }),
    budgetPlanned: t.exposeInt('budgetPlanned', { description: "Sum of the actions' budgets" }),
    fundingRequested: t.exposeInt('fundingRequested', {
      description: 'Asked in submitted or decided requests',
    }),
    fundingGranted: t.exposeInt('fundingGranted', { description: 'Granted by accepted requests' }),
  }),
});

export const Governance = builder.prismaObject('Governance', {
  description: "A département's governance of digital inclusion: who steers it, how, and its road maps.",
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Id of the governance (a UUID)' }),
    department: t.relation('department', { description: 'The département it governs (one governance each)' }),
    coLeaders: t.relation('members', {
      description: 'Members co-leading the governance',
      query: { where: { role: 'CO_LEADER' }, orderBy: { organizationName: 'asc' } },
    }),
    members: t.relation('members', {
      description: 'Every member, by role then name',
      query: { orderBy: [{ role: 'asc' }, { organizationName: 'asc' }] },
    }),
    committees: t.relation('committees', {
      description: 'Its committees, by name',
      query: { orderBy: { name: 'asc' } },
    }),
    roadmaps: t.relation('roadmaps', {
      description: 'Its road maps, by title',
      query: { orderBy: { title: 'asc' } },
    }),
    envelopes: t.relation('envelopes', {
      description: 'Its yearly financial envelopes, latest year first',
      query: { orderBy: { year: 'desc' } },
    }),
    statistics: t.field({
      type: GovernanceStatisticsType,
      description: 'Its figures',
      select: { departmentCode: true },
      resolve: (governance, _args, context) => governanceStatistics(context, [governance.departmentCode]),
    }),
  }),
});

/** The governance of a département, or NOT_FOUND. */
export async function governanceOf(prisma: PrismaClient, departmentCode: string) {
  const governance = await prisma.governance.findUnique({ where: { departmentCode } });
  if (!governance) throw notFound('Governance', departmentCode);
  return governance;
}

builder.prismaObjectFields(Department, (t) => ({
  governance: t.field({
    type: Governance,
    nullable: true,
    description: 'Its governance of digital inclusion; null when it has none',
    // Batched: départements reached by reference (one fallback query each otherwise) cost one query.
    resolve: (department, _args, context) =>
      requestLoader(context, 'governanceByDepartment', async (codes: readonly string[]) => {
        const governances = await context.prisma.governance.findMany({
          where: { departmentCode: { in: [...codes] } },
        });
        return codes.map(
          (code) => governances.find((governance) => governance.departmentCode === code) ?? null,
        );
      }).load(department.code),
  }),
  governanceStatistics: t.field({
    type: GovernanceStatisticsType,
    description: 'Figures of its governance (all 0 when it has none)',
    resolve: (department, _args, context) => governanceStatistics(context, [department.code]),
  }),
}));

builder.prismaObjectFields(Region, (t) => ({
  governances: t.prismaField({
    type: ['Governance'],
    description: 'Governances of its départements',
    resolve: (query, region, _args, context) =>
      context.prisma.governance.findMany({
        ...query,
        where: { department: { regionCode: region.code } },
        orderBy: { departmentCode: 'asc' },
      }),
  }),
  governanceStatistics: t.field({
    type: GovernanceStatisticsType,
    description: 'Figures of the governances of its départements, together',
    resolve: (region, _args, context) => governanceStatistics(context, departmentCodesOfRegion(region.code)),
  }),
}));
