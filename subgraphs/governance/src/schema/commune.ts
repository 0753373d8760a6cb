import { TERRITORY_TYPE_DESCRIPTIONS } from '@passerelle/contracts/territories';
import { builder } from '../builder';
import { Region } from './region';
import { Territory, territoryByCode } from './territory';

export const Commune = builder.prismaObject('Commune', {
  interfaces: [Territory],
  description: TERRITORY_TYPE_DESCRIPTIONS.Commune,
  fields: (t) => ({
    formerNames: t.exposeStringList('formerNames', {
      description: 'Names of former communes merged into this one (communes déléguées)',
    }),
    postalCodes: t.exposeStringList('postalCodes', { description: 'Its postal codes (five digits each)' }),
    population: t.exposeInt('population', {
      nullable: true,
      description: "Population, from Etalab's découpage administratif; null when it does not give one",
    }),
    latitude: t.exposeFloat('latitude', {
      nullable: true,
      description: 'Latitude of its centre (WGS 84); null for the few communes the referential gives none',
    }),
    longitude: t.exposeFloat('longitude', {
      nullable: true,
      description: 'Longitude of its centre (WGS 84); null with latitude',
    }),
    department: t.relation('department', { description: 'The département it belongs to' }),
    region: t.field({
      type: Region,
      description: 'The région of its département',
      select: { department: { select: { region: true } } },
      resolve: (commune) => commune.department.region,
    }),
  }),
});

builder.asEntity(Commune, {
  key: builder.selection<{ code: string }>('code'),
  resolveReference: ({ code }, context) => context.prisma.commune.findUnique({ where: { code } }),
});

builder.queryField('commune', (t) =>
  t.prismaField({
    type: 'Commune',
    nullable: true,
    description: 'A commune by its INSEE code (five characters, e.g. "40192" for Mont-de-Marsan).',
    args: { code: t.arg.string({ description: 'INSEE code of the commune' }) },
    resolve: (query, _root, { code }, context) =>
      territoryByCode('COMMUNE', code, () =>
        context.prisma.commune.findUnique({ ...query, where: { code } }),
      ),
  }),
);
