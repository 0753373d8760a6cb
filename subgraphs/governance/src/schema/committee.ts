import { randomUUID } from 'node:crypto';
import { assertMay } from '@passerelle/platform/auth';
import { badUserInput, notFound } from '@passerelle/platform/errors';
import { checkedId } from '@passerelle/platform/validation';
import { builder } from '../builder';
import { editGovernance, governanceEditors } from '../governance/access';
import { governanceOf } from './governance';

const CommitteeKind = builder.enumType('CommitteeKind', {
  values: {
    STRATEGIC: { description: 'Comité stratégique (de pilotage)' },
    TECHNICAL: { description: 'Comité technique' },
    CONSULTATIVE: { description: 'Comité consultatif' },
    OTHER: { description: 'Autre' },
  } as const,
});

const MeetingFrequency = builder.enumType('MeetingFrequency', {
  values: ['MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', 'AS_NEEDED'] as const,
});

builder.prismaObject('Committee', {
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: CommitteeKind }),
    frequency: t.expose('frequency', { type: MeetingFrequency }),
    nextMeetingOn: t.expose('nextMeetingOn', { type: 'Date', nullable: true }),
  }),
});

const CommitteeInput = builder.inputType('CommitteeInput', {
  fields: (t) => ({
    name: t.string(),
    kind: t.field({ type: CommitteeKind }),
    frequency: t.field({ type: MeetingFrequency }),
    nextMeetingOn: t.field({ type: 'Date', required: false }),
  }),
});

function checked(input: typeof CommitteeInput.$inferInput) {
  if (!input.name.trim()) throw badUserInput('name is required', 'input.name');
  return {
    name: input.name.trim(),
    kind: input.kind,
    frequency: input.frequency,
    nextMeetingOn: input.nextMeetingOn ?? null,
  };
}

builder.mutationFields((t) => ({
  setCommittee: t.prismaField({
    type: 'Committee',
    description:
      "For the département's governance editors: adds a committee, or replaces the one with this id.",
    args: {
      departmentCode: t.arg.string(),
      id: t.arg.id({ required: false }),
      input: t.arg({ type: CommitteeInput }),
    },
    authScopes: governanceEditors,
    resolve: async (query, _root, { departmentCode, id, input }, context) => {
      assertMay(context.identity, editGovernance, { departmentCode });
      const governance = await governanceOf(context.prisma, departmentCode);
      const data = checked(input);
      if (id == null)
        return context.prisma.committee.create({
          ...query,
          data: { id: randomUUID(), governanceId: governance.id, ...data },
        });
      const existing = await context.prisma.committee.findFirst({
        where: { id: checkedId(id, 'committee'), governanceId: governance.id },
      });
      if (!existing) throw notFound('Committee', String(id));
      return context.prisma.committee.update({ ...query, where: { id: existing.id }, data });
    },
  }),
}));
