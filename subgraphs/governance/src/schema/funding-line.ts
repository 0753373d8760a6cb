import { randomUUID } from 'node:crypto';
import { assertMay } from '@passerelle/platform/auth';
import { badUserInput, notFound } from '@passerelle/platform/errors';
import { requestLoader } from '@passerelle/platform/subgraph';
import { checkedId } from '@passerelle/platform/validation';
import { builder } from '../builder';
import type { PrismaClient } from '../generated/prisma/client';
import { editGovernance, governanceEditors } from '../governance/access';
import { storedAction } from './action';

/** Funding programmes are the funding subgraph's: governance refers to them and adds the actions they fund. */
const FundingProgramRef = builder.externalRef(
  'FundingProgram',
  builder.selection<{ id: string }>('id'),
  ({ id }) => ({ id }),
);
FundingProgramRef.implement({ fields: (t) => ({ id: t.exposeID('id') }) });

const SubsidyRequestStatus = builder.enumType('SubsidyRequestStatus', {
  description: 'DRAFT → SUBMITTED → ACCEPTED or REFUSED; a decision is final.',
  values: {
    DRAFT: { description: 'Being prepared; not yet sent to the funder' },
    SUBMITTED: { description: 'Sent to the funder, awaiting its decision' },
    ACCEPTED: { description: 'Granted, for `amountGranted`' },
    REFUSED: { description: 'Refused by the funder' },
  } as const,
});

const SubsidyDecision = builder.enumType('SubsidyDecision', {
  description: "A funder's decision on a submitted request.",
  values: {
    ACCEPTED: { description: 'Granted (for an amount)' },
    REFUSED: { description: 'Refused' },
  } as const,
});

builder.prismaObject('FundingLine', {
  description: 'Money an action asks of a funding programme: a subsidy request, from draft to decision.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Id of the request (a UUID)' }),
    action: t.relation('action', { description: 'The action asking' }),
    program: t.field({
      type: FundingProgramRef,
      nullable: true,
      description: 'The programme asked; null when it was archived or the funding subgraph cannot answer',
      resolve: (line) => ({ id: line.fundingProgramId }),
    }),
    amountRequested: t.exposeInt('amountRequested', { description: 'In euros' }),
    amountGranted: t.exposeInt('amountGranted', { nullable: true, description: 'In euros, once accepted' }),
    status: t.expose('status', { type: SubsidyRequestStatus, description: 'Where the request stands' }),
    submittedAt: t.expose('submittedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was submitted; null while a draft',
    }),
    decidedAt: t.expose('decidedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the decision was recorded; null before',
    }),
  }),
});

builder.objectFields(FundingProgramRef, (t) => ({
  fundedActions: t.prismaField({
    type: ['Action'],
    nullable: true,
    description: 'Road-map actions that asked this programme for money',
    // Batched: many programmes (a list through the gateway) cost one query.
    resolve: (_query, program, _args, context) =>
      requestLoader(context, 'actionsByProgram', async (programIds: readonly string[]) => {
        const lines = await context.prisma.fundingLine.findMany({
          where: { fundingProgramId: { in: [...programIds] } },
          include: { action: true },
          orderBy: [{ action: { startsOn: 'asc' } }, { actionId: 'asc' }],
        });
        return programIds.map((id) => [
          ...new Map(
            lines.filter((line) => line.fundingProgramId === id).map((line) => [line.actionId, line.action]),
          ).values(),
        ]);
      }).load(program.id),
  }),
}));

async function storedLine(prisma: PrismaClient, id: string | number) {
  const line = await prisma.fundingLine.findUnique({
    where: { id: checkedId(id, 'funding line') },
    include: { action: { include: { roadmap: { include: { governance: true } } } } },
  });
  if (!line) throw notFound('FundingLine', String(id));
  return line;
}

const positive = (amount: number, field: string) => {
  if (!Number.isInteger(amount) || amount <= 0)
    throw badUserInput(`${field} must be a positive number of euros`, field);
};

builder.mutationFields((t) => ({
  addFundingLine: t.prismaField({
    type: 'FundingLine',
    description: "For the département's governance editors: a draft request of an action to a programme.",
    args: {
      actionId: t.arg.id({ description: 'The `id` of the action' }),
      fundingProgramId: t.arg.id({ description: 'The `id` of the FundingProgram asked' }),
      amountRequested: t.arg.int({ description: 'In euros, above 0' }),
    },
    authScopes: governanceEditors,
    resolve: async (query, _root, args, context) => {
      const action = await storedAction(context.prisma, args.actionId, 'actionId');
      assertMay(context.identity, editGovernance, action.roadmap.governance);
      const fundingProgramId = checkedId(args.fundingProgramId, 'programme', 'fundingProgramId');
      positive(args.amountRequested, 'amountRequested');
      return context.prisma.fundingLine.create({
        ...query,
        data: {
          id: randomUUID(),
          actionId: action.id,
          fundingProgramId,
          amountRequested: args.amountRequested,
          status: 'DRAFT',
        },
      });
    },
  }),
  submitFundingLine: t.prismaField({
    type: 'FundingLine',
    description: 'Sends a draft request to the funder.',
    args: { id: t.arg.id({ description: 'The `id` of the request' }) },
    authScopes: governanceEditors,
    resolve: async (query, _root, { id }, context) => {
      const line = await storedLine(context.prisma, id);
      assertMay(context.identity, editGovernance, line.action.roadmap.governance);
      if (line.status !== 'DRAFT')
        throw badUserInput(`only a draft request can be submitted; this one is ${line.status}`, 'id');
      return context.prisma.fundingLine.update({
        ...query,
        where: { id: line.id },
        data: { status: 'SUBMITTED', submittedAt: new Date() },
      });
    },
  }),
  decideFundingLine: t.prismaField({
    type: 'FundingLine',
    description: "Records the funder's decision on a submitted request; it is final.",
    args: {
      id: t.arg.id({ description: 'The `id` of the request' }),
      decision: t.arg({ type: SubsidyDecision, description: 'Accepted or refused' }),
      amountGranted: t.arg.int({
        required: false,
        description: 'Required when accepted, at most the amount requested',
      }),
    },
    authScopes: governanceEditors,
    resolve: async (query, _root, { id, decision, amountGranted }, context) => {
      const line = await storedLine(context.prisma, id);
      assertMay(context.identity, editGovernance, line.action.roadmap.governance);
      if (line.status === 'DRAFT')
        throw badUserInput('a draft request must be submitted before a decision', 'id');
      if (line.status !== 'SUBMITTED') {
        throw badUserInput(
          `this request was already ${line.status.toLowerCase()}: a decision is final`,
          'decision',
        );
      }
      if (decision === 'ACCEPTED') {
        if (amountGranted == null)
          throw badUserInput('an accepted request says the amount granted', 'amountGranted');
        positive(amountGranted, 'amountGranted');
        if (amountGranted > line.amountRequested)
          throw badUserInput('cannot grant more than requested', 'amountGranted');
      } else if (amountGranted != null) {
        throw badUserInput('a refused request grants nothing', 'amountGranted');
      }
      return context.prisma.fundingLine.update({
        ...query,
        where: { id: line.id },
        data: {
          status: decision,
          amountGranted: decision === 'ACCEPTED' ? amountGranted : null,
          decidedAt: new Date(),
        },
      });
    },
  }),
}));
