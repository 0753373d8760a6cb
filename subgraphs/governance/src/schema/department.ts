import { assertTerritoryCode, TERRITORY_TYPE_DESCRIPTIONS } from '@passerelle/contracts/territories';
import { TOTAL_COUNT_DESCRIPTION } from '@passerelle/platform/subgraph';
import { builder } from '../builder';
import { Territory, territoryByCode } from './territory';

export const Department = builder.prismaObject('Department', {
  interfaces: [Territory],
  description: TERRITORY_TYPE_DESCRIPTIONS.Department,
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'The name in lower case, for URLs ("cotes-d-armor")' }),
    latitude: t.exposeFloat('latitude', { description: 'Latitude of the centroid (WGS 84)' }),
    longitude: t.exposeFloat('longitude', { description: 'Longitude of the centroid (WGS 84)' }),
    region: t.relation('region', { description: 'The région it belongs to' }),
    communes: t.relatedConnection(
      'communes',
      {
        description: 'Its communes (and municipal arrondissements), by INSEE code',
        cursor: 'code',
        totalCount: true,
        query: { orderBy: { code: 'asc' } },
      },
      {
        name: 'CommuneConnection',
        description: 'A page of communes, with the total count.',
        // The Prisma plugin's own totalCount field (counted by Prisma), with the shared description.
        fields: (c) => ({
          totalCount: c.int({
            nullable: false,
            description: TOTAL_COUNT_DESCRIPTION,
            extensions: { pothosPrismaTotalCount: true },
            resolve: (connection) => connection.totalCount,
          }),
        }),
      },
      { name: 'CommuneEdge', description: 'A commune in a page, with its cursor.' },
    ),
  }),
});

builder.asEntity(Department, {
  key: builder.selection<{ code: string }>('code'),
  resolveReference: ({ code }, context) => context.prisma.department.findUnique({ where: { code } }),
});

builder.queryFields((t) => ({
  department: t.prismaField({
    type: 'Department',
    nullable: true,
    description: 'A département by its INSEE code ("40", "2A", "974").',
    args: { code: t.arg.string({ description: 'INSEE code of the département' }) },
    resolve: (query, _root, { code }, context) =>
      territoryByCode('DEPARTMENT', code, () =>
        context.prisma.department.findUnique({ ...query, where: { code } }),
      ),
  }),
  departments: t.prismaField({
    type: ['Department'],
    nullable: true,
    description: 'Every département, or those of one région, by code.',
    args: {
      regionCode: t.arg.string({
        required: false,
        description: 'Only the départements of this région (INSEE code)',
      }),
    },
    resolve: (query, _root, { regionCode }, context) => {
      if (regionCode != null) assertTerritoryCode('REGION', regionCode, 'regionCode');
      return context.prisma.department.findMany({
        ...query,
        where: regionCode != null ? { regionCode } : {},
        orderBy: { code: 'asc' },
      });
    },
  }),
}));
