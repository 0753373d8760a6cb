import { assertTerritoryCode } from '@passerelle/contracts/territories';
import { builder } from '../builder';
import { Territory, territoryByCode } from './territory';

export const Department = builder.prismaObject('Department', {
  interfaces: [Territory],
  description: 'A French département.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    latitude: t.exposeFloat('latitude', { description: 'Latitude of the centroid (WGS 84)' }),
    longitude: t.exposeFloat('longitude', { description: 'Longitude of the centroid (WGS 84)' }),
    region: t.relation('region'),
    communes: t.relatedConnection(
      'communes',
      {
        cursor: 'code',
        totalCount: true,
        query: { orderBy: { code: 'asc' } },
      },
      { name: 'CommuneConnection' },
      { name: 'CommuneEdge' },
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
    args: { code: t.arg.string() },
    resolve: (query, _root, { code }, context) =>
      territoryByCode('DEPARTMENT', code, () =>
        context.prisma.department.findUnique({ ...query, where: { code } }),
      ),
  }),
  departments: t.prismaField({
    type: ['Department'],
    nullable: true,
    description: 'Every département, or those of one région, by code.',
    args: { regionCode: t.arg.string({ required: false }) },
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
