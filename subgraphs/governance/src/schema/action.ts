import { randomUUID } from 'node:crypto';
import { FUNDING_THEME_ENUM, FUNDING_THEMES } from '@passerelle/contracts/funding-themes';
import { assertMay } from '@passerelle/platform/auth';
import { notFound } from '@passerelle/platform/errors';
import { labelledEnumValues, requestLoader } from '@passerelle/platform/subgraph';
import { checkedId, InputIssues, isUuid } from '@passerelle/platform/validation';
import { builder } from '../builder';
import type { PrismaClient } from '../generated/prisma/client';
import { editGovernance, governanceEditors } from '../governance/access';
import { GovernanceMember } from './member';
import { storedRoadmap } from './roadmap';

/** The same enum as the funding subgraph's programme themes: an action's needs meet programmes' themes. */
const FundingTheme = builder.enumType(FUNDING_THEME_ENUM.name, {
  description: FUNDING_THEME_ENUM.description,
  values: labelledEnumValues(FUNDING_THEMES),
});

const ActionStatus = builder.enumType('ActionStatus', {
  description: 'Where an action stands, as its governance says.',
  values: {
    PLANNED: { description: 'Not started yet' },
    IN_PROGRESS: { description: 'Under way' },
    DONE: { description: 'Completed' },
    CANCELLED: { description: 'Given up' },
  } as const,
});

builder.prismaObject('Action', {
  description: 'An action of a road map, what it needs and the money it asks for.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Id of the action (a UUID)' }),
    title: t.exposeString('title', { description: 'Its title' }),
    description: t.exposeString('description', { description: 'What it does, plain text' }),
    needs: t.field({
      type: [FundingTheme],
      description: "What it needs funding for: the same themes as the funding programmes'",
      resolve: (action) => action.needs as never,
    }),
    totalBudget: t.exposeInt('totalBudget', { description: 'In euros' }),
    startsOn: t.expose('startsOn', { type: 'Date', description: 'First day' }),
    endsOn: t.expose('endsOn', { type: 'Date', description: 'Last day, not before startsOn' }),
    status: t.expose('status', { type: ActionStatus, description: 'Where it stands' }),
    roadmap: t.relation('roadmap', { description: 'The road map it belongs to' }),
    owners: t.field({
      type: [GovernanceMember],
      description: 'Members who carry the action',
      // Batched: the actions of a list (the road maps of many governances) cost one query together.
      resolve: (action, _args, context) =>
        requestLoader(context, 'ownersByAction', async (actionIds: readonly string[]) => {
          const owners = await context.prisma.actionOwner.findMany({
            where: { actionId: { in: [...actionIds] } },
            include: { member: true },
            orderBy: { member: { organizationName: 'asc' } },
          });
          return actionIds.map((id) =>
            owners.filter((owner) => owner.actionId === id).map((owner) => owner.member),
          );
        }).load(action.id),
    }),
    fundingLines: t.relation('fundingLines', {
      description: 'Its requests to funding programmes, largest amount first',
      query: { orderBy: { amountRequested: 'desc' } },
    }),
    fundingRequested: t.int({
      description: 'Asked in submitted or decided requests, in euros',
      select: { fundingLines: { select: { amountRequested: true, status: true } } },
      resolve: (action) =>
        action.fundingLines
          .filter((line) => line.status !== 'DRAFT')
          .reduce((sum, line) => sum + line.amountRequested, 0),
    }),
    fundingGranted: t.int({
      description: 'Granted by accepted requests, in euros',
      select: { fundingLines: { select: { amountGranted: true, status: true } } },
      resolve: (action) =>
        action.fundingLines
          .filter((line) => line.status === 'ACCEPTED')
          .reduce((sum, line) => sum + (line.amountGranted ?? 0), 0),
    }),
  }),
});

function actionInput(name: string, forCreation: boolean) {
  return builder.inputType(name, {
    description: forCreation
      ? 'A new action of a road map.'
      : 'What changes in an action: an omitted field keeps its value.',
    fields: (t) => ({
      title: t.string({ required: forCreation, description: 'Its title (trimmed, not empty)' }),
      description: t.string({ required: forCreation, description: 'What it does, plain text' }),
      needs: t.field({
        type: [FundingTheme],
        required: forCreation,
        description: 'What it needs funding for',
      }),
      totalBudget: t.int({ required: forCreation, description: 'In euros, not negative' }),
      startsOn: t.field({ type: 'Date', required: forCreation, description: 'First day' }),
      endsOn: t.field({ type: 'Date', required: forCreation, description: 'Last day, not before startsOn' }),
      status: t.field({ type: ActionStatus, required: forCreation, description: 'Where it stands' }),
      ownerIds: t.idList({ required: false, description: 'Members of the same governance' }),
    }),
  });
}

const ActionInput = actionInput('ActionInput', true);
const ActionUpdateInput = actionInput('ActionUpdateInput', false);

type Input = typeof ActionUpdateInput.$inferInput;

interface ActionFields {
  title: string;
  description: string;
  needs: string[];
  totalBudget: number;
  startsOn: Date;
  endsOn: Date;
  status: 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';
}

async function actionFields(prisma: PrismaClient, input: Input, base: ActionFields, governanceId: string) {
  const fields: ActionFields = {
    title: input.title?.trim() ?? base.title,
    description: input.description ?? base.description,
    needs: input.needs ?? base.needs,
    totalBudget: input.totalBudget ?? base.totalBudget,
    startsOn: input.startsOn ?? base.startsOn,
    endsOn: input.endsOn ?? base.endsOn,
    status: input.status ?? base.status,
  };
  const issues = new InputIssues('action');
  if (!fields.title) issues.add('input.title', 'required');
  if (fields.totalBudget < 0) issues.add('input.totalBudget', 'must not be negative', fields.totalBudget);
  if (fields.endsOn < fields.startsOn) {
    issues.add(
      'input.endsOn',
      'an action cannot end before it starts',
      fields.endsOn.toISOString().slice(0, 10),
    );
  }
  const ownerIds = input.ownerIds?.map(String);
  if (ownerIds?.length) {
    const members = await prisma.governanceMember.findMany({
      where: { id: { in: ownerIds.filter(isUuid) }, governanceId },
      select: { id: true },
    });
    for (const id of ownerIds) {
      if (!members.some((member) => member.id === id))
        issues.add('input.ownerIds', 'is not a member of this governance', id);
    }
  }
  issues.throwIfAny();
  return { fields, ownerIds };
}

/** An action with its governance's département, for the access check. */
export async function storedAction(prisma: PrismaClient, id: string | number, field = 'id') {
  const action = await prisma.action.findUnique({
    where: { id: checkedId(id, 'action', field) },
    include: { roadmap: { include: { governance: true } } },
  });
  if (!action) throw notFound('Action', String(id));
  return action;
}

builder.mutationFields((t) => ({
  createAction: t.prismaField({
    type: 'Action',
    description: "For the département's governance editors.",
    args: {
      roadmapId: t.arg.id({ description: 'The `id` of the road map' }),
      input: t.arg({ type: ActionInput, description: 'The action' }),
    },
    authScopes: governanceEditors,
    resolve: async (query, _root, { roadmapId, input }, context) => {
      const roadmap = await storedRoadmap(context.prisma, roadmapId, 'roadmapId');
      assertMay(context.identity, editGovernance, roadmap.governance);
      const blank: ActionFields = {
        title: '',
        description: '',
        needs: [],
        totalBudget: 0,
        startsOn: new Date(0),
        endsOn: new Date(0),
        status: 'PLANNED',
      };
      const { fields, ownerIds } = await actionFields(context.prisma, input, blank, roadmap.governanceId);
      return context.prisma.action.create({
        ...query,
        data: {
          id: randomUUID(),
          roadmapId: roadmap.id,
          ...fields,
          owners: { create: (ownerIds ?? []).map((memberId) => ({ memberId })) },
        },
      });
    },
  }),
  updateAction: t.prismaField({
    type: 'Action',
    description:
      "For the département's governance editors: an omitted field keeps its value; ownerIds replaces the owners.",
    args: {
      id: t.arg.id({ description: 'The `id` of the action' }),
      input: t.arg({ type: ActionUpdateInput, description: 'The fields that change' }),
    },
    authScopes: governanceEditors,
    resolve: async (query, _root, { id, input }, context) => {
      const action = await storedAction(context.prisma, id);
      assertMay(context.identity, editGovernance, action.roadmap.governance);
      const { fields, ownerIds } = await actionFields(
        context.prisma,
        input,
        action,
        action.roadmap.governanceId,
      );
      return context.prisma.action.update({
        ...query,
        where: { id: action.id },
        data: {
          ...fields,
          ...(ownerIds
            ? { owners: { deleteMany: {}, create: ownerIds.map((memberId) => ({ memberId })) } }
            : {}),
        },
      });
    },
  }),
}));
