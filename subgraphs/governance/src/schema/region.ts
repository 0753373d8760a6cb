import { TERRITORY_TYPE_DESCRIPTIONS } from '@passerelle/contracts/territories';
import { builder } from '../builder';
import { Territory, territoryByCode } from './territory';

export const Region = builder.prismaObject('Region', {
  interfaces: [Territory],
  description: TERRITORY_TYPE_DESCRIPTIONS.Region,
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'The name in lower case, for URLs ("nouvelle-aquitaine")' }),
    latitude: t.exposeFloat('latitude', { description: 'Latitude of the centroid (WGS 84)' }),
    longitude: t.exposeFloat('longitude', { description: 'Longitude of the centroid (WGS 84)' }),
    departments: t.relation('departments', {
      description: 'Its départements, by code',
      query: { orderBy: { code: 'asc' } },
    }),
  }),
});

builder.asEntity(Region, {
  key: builder.selection<{ code: string }>('code'),
  // Prisma batches the findUnique calls of one tick into a single query.
  resolveReference: ({ code }, context) => context.prisma.region.findUnique({ where: { code } }),
});

builder.queryFields((t) => ({
  region: t.prismaField({
    type: 'Region',
    nullable: true,
    description: 'A région by its INSEE code (two digits, e.g. "75" for Nouvelle-Aquitaine).',
    args: { code: t.arg.string({ description: 'INSEE code of the région' }) },
    resolve: (query, _root, { code }, context) =>
      territoryByCode('REGION', code, () => context.prisma.region.findUnique({ ...query, where: { code } })),
  }),
  regions: t.prismaField({
    type: ['Region'],
    nullable: true,
    description: 'Every région, by code.',
    resolve: (query, _root, _args, context) =>
      context.prisma.region.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),
}));
