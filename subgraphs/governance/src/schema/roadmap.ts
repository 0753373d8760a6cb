import { randomUUID } from 'node:crypto';
import { territoryExists } from '@passerelle/contracts/territories';
import { badUserInput, type InputIssue, invalidInput, notFound } from '@passerelle/platform/errors';
import { isUuid } from '@passerelle/platform/validation';
import { builder } from '../builder';
import type { PrismaClient } from '../generated/prisma/client';
import { assertGovernanceEditor } from '../governance/access';
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

function isWebAddress(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function roadmapFields(input: typeof RoadmapInput.$inferInput) {
  const fields = {
    title: input.title.trim(),
    contractType: input.contractType,
    regionCodes: input.regionCodes ?? [],
    departmentCodes: input.departmentCodes ?? [],
    epciSirens: input.epciSirens ?? [],
    documentLinks: input.documentLinks ?? [],
  };
  const issues: InputIssue[] = [];
  if (!fields.title) issues.push({ field: 'input.title', reason: 'required' });
  if (!fields.regionCodes.length && !fields.departmentCodes.length && !fields.epciSirens.length) {
    issues.push({
      field: 'input.departmentCodes',
      reason: 'a road map covers some régions, départements or EPCI',
    });
  }
  for (const code of fields.regionCodes)
    if (!territoryExists('REGION', code))
      issues.push({ field: 'input.regionCodes', value: code, reason: 'unknown région' });
  for (const code of fields.departmentCodes) {
    if (!territoryExists('DEPARTMENT', code))
      issues.push({ field: 'input.departmentCodes', value: code, reason: 'unknown département' });
  }
  for (const siren of fields.epciSirens)
    if (!/^\d{9}$/.test(siren))
      issues.push({ field: 'input.epciSirens', value: siren, reason: 'a SIREN is 9 digits' });
  for (const link of fields.documentLinks)
    if (!isWebAddress(link))
      issues.push({ field: 'input.documentLinks', value: link, reason: 'is not a web address' });
  if (issues.length) throw invalidInput('road map', issues);
  return fields;
}

/** A road map with its governance's département, for the access check. */
export async function storedRoadmap(prisma: PrismaClient, id: string, field = 'id') {
  if (!isUuid(id)) throw badUserInput(`"${id}" is not a road map id`, field);
  const roadmap = await prisma.roadmap.findUnique({ where: { id }, include: { governance: true } });
  if (!roadmap) throw notFound('Roadmap', id);
  return roadmap;
}

builder.mutationFields((t) => ({
  createRoadmap: t.prismaField({
    type: 'Roadmap',
    description: "For the département's governance editors.",
    args: { departmentCode: t.arg.string(), input: t.arg({ type: RoadmapInput }) },
    resolve: async (query, _root, { departmentCode, input }, context) => {
      assertGovernanceEditor(context.identity, departmentCode);
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
    resolve: async (query, _root, { id, input }, context) => {
      const roadmap = await storedRoadmap(context.prisma, String(id));
      assertGovernanceEditor(context.identity, roadmap.governance.departmentCode);
      return context.prisma.roadmap.update({
        ...query,
        where: { id: roadmap.id },
        data: roadmapFields(input),
      });
    },
  }),
}));
