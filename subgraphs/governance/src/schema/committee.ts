import { randomUUID } from 'node:crypto';
import { assertMay } from '@passerelle/platform/auth';
import { badUserInput, notFound } from '@passerelle/platform/errors';
import { checkedId } from '@passerelle/platform/validation';
import { builder } from '../builder';
import { editGovernance, governanceEditors } from '../governance/access';
import { governanceOf } from './governance';

const CommitteeKind = builder.enumType('CommitteeKind', {
  description: 'The role of a committee in a governance; descriptions are the French labels.',
  values: {
    STRATEGIC: { description: 'Comité stratégique (de pilotage)' },
    TECHNICAL: { description: 'Comité technique' },
    CONSULTATIVE: { description: 'Comité consultatif' },
    OTHER: { description: 'Autre' },
  } as const,
});

const MeetingFrequency = builder.enumType('MeetingFrequency', {
  description: 'How often a committee meets.',
  values: {
    MONTHLY: { description: 'Every month' },
    QUARTERLY: { description: 'Every three months' },
    HALF_YEARLY: { description: 'Twice a year' },
    YEARLY: { description: 'Once a year' },
    AS_NEEDED: { description: 'When needed, without a set rhythm' },
  } as const,
});

builder.prismaObject('Committee', {
  description: 'A committee of a governance and when it meets.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Id of the committee (a UUID)' }),
    name: t.exposeString('name', { description: 'Its name, as the governance calls it' }),
    kind: t.expose('kind', { type: CommitteeKind, description: 'Its role' }),
    frequency: t.expose('frequency', { type: MeetingFrequency, description: 'How often it meets' }),
    nextMeetingOn: t.expose('nextMeetingOn', {
      type: 'Date',
      nullable: true,
      description: 'Day of its next meeting; null when not set',
    }),
  }),
});

const CommitteeInput = builder.inputType('CommitteeInput', {
  description: 'A committee, as a whole (setting it replaces every field).',
  fields: (t) => ({
    name: t.string({ description: 'Its name (trimmed, not empty)' }),
    kind: t.field({ type: CommitteeKind, description: 'Its role' }),
    frequency: t.field({ type: MeetingFrequency, description: 'How often it meets' }),
    nextMeetingOn: t.field({ type: 'Date', required: false, description: 'Day of its next meeting' }),
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
      departmentCode: t.arg.string({ description: 'INSEE code of the département whose governance it is' }),
      id: t.arg.id({ required: false, description: 'The committee to replace; omitted, a new one is added' }),
      input: t.arg({ type: CommitteeInput, description: 'The committee' }),
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
