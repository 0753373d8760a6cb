import { requestLoader } from '@passerelle/platform/subgraph';
import { builder, type FundingContext } from '../builder';
import { CommuneRef, DepartmentRef, RegionRef } from './territories';
import { FunderKindEnum } from './vocabulary';

export const Funder = builder.prismaObject('Funder', {
  description: 'An organisation that funds digital inclusion.',
  fields: (t) => {
    const territory =
      (kind: string) => (funder: { territoryKind: string | null; territoryCode: string | null }) =>
        funder.territoryKind === kind && funder.territoryCode ? { code: funder.territoryCode } : null;
    return {
      id: t.exposeID('id', { description: 'Id of the funder (a UUID)' }),
      name: t.exposeString('name', { description: 'Name of the organisation' }),
      kind: t.expose('kind', { type: FunderKindEnum, description: 'What kind of organisation it is' }),
      region: t.field({
        type: RegionRef,
        nullable: true,
        description: 'For a région',
        resolve: territory('REGION'),
      }),
      department: t.field({
        type: DepartmentRef,
        nullable: true,
        description: 'For a département',
        resolve: territory('DEPARTMENT'),
      }),
      commune: t.field({
        type: CommuneRef,
        nullable: true,
        description: 'For a commune or its EPCI',
        resolve: territory('COMMUNE'),
      }),
      website: t.exposeString('website', { nullable: true, description: 'URL of its website, if known' }),
      programs: t.relation('programs', {
        description: 'Its programmes (archived ones left out), by name',
        query: { where: { archivedAt: null }, orderBy: { name: 'asc' } },
      }),
    };
  },
});

/**
 * A programme's or a campaign's funder, batched: the programmes or campaigns of a list cost one
 * query for all their funders, however they were loaded.
 */
export function funderOf(context: FundingContext, id: string) {
  return requestLoader(context, 'funderById', async (ids: readonly string[]) => {
    const funders = await context.prisma.funder.findMany({ where: { id: { in: [...ids] } } });
    // Every programme and campaign's funder exists (a foreign key): a missing one is an internal error.
    return ids.map((id) => funders.find((funder) => funder.id === id) ?? new Error(`no funder ${id}`));
  }).load(id);
}

builder.queryField('funders', (t) =>
  t.prismaField({
    type: ['Funder'],
    nullable: true,
    description: 'Every funder, by name.',
    args: {
      kind: t.arg({ type: FunderKindEnum, required: false, description: 'Only funders of this kind' }),
    },
    resolve: (query, _root, { kind }, context) =>
      context.prisma.funder.findMany({ ...query, where: kind ? { kind } : {}, orderBy: { name: 'asc' } }),
  }),
);
