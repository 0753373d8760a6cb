import { builder } from '../builder';
import { Region } from './region';
import { Territory, territoryByCode } from './territory';

export const Commune = builder.prismaObject('Commune', {
  interfaces: [Territory],
  description: 'A French commune (Paris, Lyon and Marseille also have their municipal arrondissements).',
  fields: (t) => ({
    formerNames: t.exposeStringList('formerNames', {
      description: 'Names of former communes merged into this one (communes déléguées)',
    }),
    postalCodes: t.exposeStringList('postalCodes'),
    population: t.exposeInt('population', { nullable: true }),
    department: t.relation('department'),
    region: t.field({
      type: Region,
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
    args: { code: t.arg.string() },
    resolve: (query, _root, { code }, context) =>
      territoryByCode('COMMUNE', code, () =>
        context.prisma.commune.findUnique({ ...query, where: { code } }),
      ),
  }),
);
