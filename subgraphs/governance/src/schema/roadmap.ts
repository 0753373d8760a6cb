import { randomUUID } from 'node:crypto';
import { knownTerritoryCode } from '@passerelle/contracts/territories';
import { assertMay } from '@passerelle/platform/auth';
import { notFound } from '@passerelle/platform/errors';
import { checkedId, InputIssues, type Rule, webAddress } from '@passerelle/platform/validation';
import { builder } from '../builder';
import type { PrismaClient } from '../generated/prisma/client';
import { editGovernance, governanceEditors } from '../governance/access';
import { governanceOf } from './governance';

const ContractType = builder.enumType('ContractType', {
  values: {
    FRANCE_NUMERIQUE_ENSEMBLE_ROADMAP: { description: 'Feuille de route France Numérique Ensemble' },
    TERRITORIAL_CONTRACT: { description: 'Contrat territorial (CRTE, contrat de ville…)' },
    STATE_REGION_PLAN: { description: 'Contrat de plan État-Région' },
    AGREEMENT: { description: 'Convention de partenariat' },
    OTHER: { description: 'Autre' },
  } as const,
});

const RoadmapPerimeter = builder
  .objectRef<{ regionCodes: string[]; departmentCodes: string[]; epciSirens: string[] }>('RoadmapPerimeter')
  .implement({
    description: 'The territory a road map covers.',
    fields: (t) => ({
      regions: t.prismaField({
        type: ['Region'],
        resolve: (query, perimeter, _args, context) =>
          context.prisma.region.findMany({
            ...query,
            where: { code: { in: perimeter.regionCodes } },
            orderBy: { code: 'asc' },
          }),
      }),
      departments: t.prismaField({
        type: ['Department'],
        resolve: (query, perimeter, _args, context) =>
          context.prisma.department.findMany({
            ...query,
            where: { code: { in: perimeter.departmentCodes } },
            orderBy: { code: 'asc' },
          }),
      }),
      epciSirens: t.exposeStringList('epciSirens', { description: 'Intercommunalités, by SIREN' }),
    }),
  });

builder.prismaObject('Roadmap', {
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    contractType: t.expose('contractType', { type: ContractType }),
    perimeter: t.field({
      type: RoadmapPerimeter,
      select: { regionCodes: true, departmentCodes: true, epciSirens: true },
      resolve: (roadmap) => roadmap,
    }),
    documentLinks: t.exposeStringList('documentLinks'),
    actions: t.relation('actions', { query: { orderBy: [{ startsOn: 'asc' }, { title: 'asc' }] } }),
  }),
});

const RoadmapInput = builder.inputType('RoadmapInput', {
  fields: (t) => ({
    title: t.string(),
    contractType: t.field({ type: ContractType }),
    regionCodes: t.stringList({ required: false }),
    departmentCodes: t.stringList({ required: false }),
    epciSirens: t.stringList({ required: false }),
    documentLinks: t.stringList({ required: false }),
  }),
});

const SIREN: Rule<string> = { test: (siren) => /^\d{9}$/.test(siren), reason: 'a SIREN is 9 digits' };

function roadmapFields(input: typeof RoadmapInput.$inferInput) {
  const fields = {
    title: input.title.trim(),
    contractType: input.contractType,
    regionCodes: input.regionCodes ?? [],
    departmentCodes: input.departmentCodes ?? [],
    epciSirens: input.epciSirens ?? [],
    documentLinks: input.documentLinks ?? [],
  };
  const issues = new InputIssues('road map');
  if (!fields.title) issues.add('input.title', 'required');
  if (!fields.regionCodes.length && !fields.departmentCodes.length && !fields.epciSirens.length) {
    issues.add('input.departmentCodes', 'a road map covers some régions, départements or EPCI');
  }
  issues
    .checkEach('input.regionCodes', fields.regionCodes, knownTerritoryCode('REGION'))
    .checkEach('input.departmentCodes', fields.departmentCodes, knownTerritoryCode('DEPARTMENT'))
    .checkEach('input.epciSirens', fields.epciSirens, SIREN)
    .checkEach('input.documentLinks', fields.documentLinks, webAddress)
    .throwIfAny();
  return fields;
}

/** A road map with its governance's département, for the access check. */
export async function storedRoadmap(prisma: PrismaClient, id: string | number, field = 'id') {
  const roadmap = await prisma.roadmap.findUnique({
    where: { id: checkedId(id, 'road map', field) },
    include: { governance: true },
  });
  if (!roadmap) throw notFound('Roadmap', String(id));
  return roadmap;
}

builder.mutationFields((t) => ({
  createRoadmap: t.prismaField({
    type: 'Roadmap',
    description: "For the département's governance editors.",
    args: { departmentCode: t.arg.string(), input: t.arg({ type: RoadmapInput }) },
    authScopes: governanceEditors,
    resolve: async (query, _root, { departmentCode, input }, context) => {
      assertMay(context.identity, editGovernance, { departmentCode });
      const governance = await governanceOf(context.prisma, departmentCode);
      return context.prisma.roadmap.create({
        ...query,
        data: { id: randomUUID(), governanceId: governance.id, ...roadmapFields(input) },
      });
    },
  }),
  updateRoadmap: t.prismaField({
    type: 'Roadmap',
    description: "For the département's governance editors.",
    args: { id: t.arg.id(), input: t.arg({ type: RoadmapInput }) },
    authScopes: governanceEditors,
    resolve: async (query, _root, { id, input }, context) => {
      const roadmap = await storedRoadmap(context.prisma, id);
      assertMay(context.identity, editGovernance, roadmap.governance);
      return context.prisma.roadmap.update({
        ...query,
        where: { id: roadmap.id },
        data: roadmapFields(input),
      });
    },
  }),
}));
