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
  description: 'The kind of document a road map is; descriptions are the French labels.',
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
        description: 'Régions it covers, by code',
        resolve: (query, perimeter, _args, context) =>
          context.prisma.region.findMany({
            ...query,
            where: { code: { in: perimeter.regionCodes } },
            orderBy: { code: 'asc' },
          }),
      }),
      departments: t.prismaField({
        type: ['Department'],
        description: 'Départements it covers, by code',
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
  description: "A road map of a département's governance: its perimeter, its documents and its actions.",
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Id of the road map (a UUID)' }),
    title: t.exposeString('title', { description: 'Its title' }),
    contractType: t.expose('contractType', { type: ContractType, description: 'The kind of document it is' }),
    perimeter: t.field({
      type: RoadmapPerimeter,
      description: 'The territory it covers',
      select: { regionCodes: true, departmentCodes: true, epciSirens: true },
      resolve: (roadmap) => roadmap,
    }),
    documentLinks: t.exposeStringList('documentLinks', { description: 'URLs of its documents' }),
    actions: t.relation('actions', {
      description: 'Its actions, by start date then title',
      query: { orderBy: [{ startsOn: 'asc' }, { title: 'asc' }] },
    }),
  }),
});

const RoadmapInput = builder.inputType('RoadmapInput', {
  description:
    'A road map as a whole (an update replaces every field; an omitted list is empty). It covers at least one région, département or EPCI.',
  fields: (t) => ({
    title: t.string({ description: 'Its title (trimmed, not empty)' }),
    contractType: t.field({ type: ContractType, description: 'The kind of document it is' }),
    regionCodes: t.stringList({ required: false, description: 'INSEE codes of the régions it covers' }),
    departmentCodes: t.stringList({
      required: false,
      description: 'INSEE codes of the départements it covers',
    }),
    epciSirens: t.stringList({
      required: false,
      description: 'SIREN (9 digits) of the intercommunalités it covers',
    }),
    documentLinks: t.stringList({ required: false, description: 'URLs of its documents' }),
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
    args: {
      departmentCode: t.arg.string({ description: 'INSEE code of the département whose governance it is' }),
      input: t.arg({ type: RoadmapInput, description: 'The road map' }),
    },
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
    args: {
      id: t.arg.id({ description: 'The `id` of the road map' }),
      input: t.arg({ type: RoadmapInput, description: 'The road map as it becomes' }),
    },
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
