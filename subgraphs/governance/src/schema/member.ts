import { randomUUID } from 'node:crypto';
import { assertKnownTerritory } from '@passerelle/contracts/territory-types';
import { assertMay } from '@passerelle/platform/auth';
import { addCacheTags, tagsOfChange } from '@passerelle/platform/cache';
import { notFound } from '@passerelle/platform/errors';
import { requestLoader } from '@passerelle/platform/subgraph';
import { checkedId, emailAddress, InputIssues, type Rule } from '@passerelle/platform/validation';
import { builder, type GovernanceContext } from '../builder';
import type { PrismaClient } from '../generated/prisma/client';
import { assertMayReadMemberContacts, editGovernance, governanceEditors } from '../governance/access';
import { governanceOf } from './governance';
import { Territory, TerritoryInput } from './territory';

export const MemberRole = builder.enumType('MemberRole', {
  description: "A member's part in the governance; descriptions are the French labels.",
  values: {
    CO_LEADER: { description: 'Co-porteur de la gouvernance' },
    CO_FUNDER: { description: 'Cofinanceur' },
    OBSERVER: { description: 'Observateur' },
    MEMBER: { description: 'Membre' },
  } as const,
});

export const MemberStatus = builder.enumType('MemberStatus', {
  description: 'Whether a membership is confirmed; descriptions are the French labels.',
  values: { CANDIDATE: { description: 'Candidat' }, CONFIRMED: { description: 'Confirmé' } } as const,
});

/** The département whose governance a member belongs to, for the members of a request in one query. */
function governanceDepartmentOf(context: GovernanceContext, governanceId: string): Promise<string> {
  return requestLoader(context, 'governanceDepartment', async (ids: readonly string[]) => {
    const governances = await context.prisma.governance.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, departmentCode: true },
    });
    const byId = new Map(governances.map((governance) => [governance.id, governance.departmentCode]));
    return ids.map((id) => byId.get(id) ?? new Error(`governance ${id} not found`));
  }).load(governanceId);
}

export const GovernanceMember = builder.prismaObject('GovernanceMember', {
  description:
    'An organisation taking part in a governance, identified by its territory (a collectivité) or its SIRET.',
  fields: (t) => {
    /** A contact field: personal data, refused to anyone but the governance's editors. */
    const contact = (field: 'contactName' | 'contactEmail' | 'contactPhone') =>
      t.string({
        nullable: true,
        description: 'Personal data: only the editors of this governance (and admins) may read it',
        resolve: async (member, _args, context) => {
          await assertMayReadMemberContacts(context.identity, () =>
            governanceDepartmentOf(context, member.governanceId),
          );
          return member[field];
        },
      });
    return {
      id: t.exposeID('id', { description: 'Id of the membership (a UUID)' }),
      organizationName: t.exposeString('organizationName', { description: 'Name of the organisation' }),
      siret: t.exposeString('siret', {
        nullable: true,
        description: 'Its SIRET, 14 digits; null for a collectivité identified by its territory',
      }),
      territory: t.field({
        type: Territory,
        nullable: true,
        description: 'The collectivité it is, if it is one',
        resolve: ({ territoryKind, territoryCode }, _args, context) => {
          if (!territoryKind || !territoryCode) return null;
          const where = { where: { code: territoryCode } };
          if (territoryKind === 'REGION') return context.prisma.region.findUnique(where);
          if (territoryKind === 'DEPARTMENT') return context.prisma.department.findUnique(where);
          return context.prisma.commune.findUnique(where);
        },
      }),
      role: t.expose('role', { type: MemberRole, description: 'Its part in the governance' }),
      status: t.expose('status', { type: MemberStatus, description: 'Candidate or confirmed' }),
      contactName: contact('contactName'),
      contactEmail: contact('contactEmail'),
      contactPhone: contact('contactPhone'),
      actions: t.prismaField({
        type: ['Action'],
        description: 'Actions it owns',
        // Batched: the members of a list (those of many governances) cost one query together, with
        // what the query selects of their actions (one loader per selection).
        resolve: (query, member, _args, context) =>
          requestLoader(
            context,
            `actionsByMember:${JSON.stringify(query)}`,
            async (memberIds: readonly string[]) => {
              const ownerships = await context.prisma.actionOwner.findMany({
                where: { memberId: { in: [...memberIds] } },
                include: { action: Object.keys(query).length ? query : true },
                orderBy: [{ action: { startsOn: 'asc' } }, { action: { title: 'asc' } }],
              });
              return memberIds.map((id) =>
                ownerships
                  .filter((ownership) => ownership.memberId === id)
                  .map((ownership) => ownership.action),
              );
            },
          ).load(member.id),
      }),
    };
  },
});

function memberInput(name: string, forCreation: boolean) {
  return builder.inputType(name, {
    description: forCreation
      ? 'A new member of a governance: it needs a SIRET or, for a collectivité, its territory.'
      : 'What changes in a member: an omitted field keeps its value, null clears it.',
    fields: (t) => ({
      organizationName: t.string({
        required: forCreation,
        description: 'Name of the organisation, not empty',
      }),
      siret: t.string({ required: false, description: 'SIRET, 14 digits' }),
      territory: t.field({
        type: TerritoryInput,
        required: false,
        description: 'The collectivité the member is, if it is one',
      }),
      role: t.field({ type: MemberRole, required: forCreation, description: 'Its part in the governance' }),
      status: t.field({ type: MemberStatus, required: forCreation, description: 'Candidate or confirmed' }),
      contactName: t.string({ required: false, description: 'Name of a contact person (personal data)' }),
      contactEmail: t.string({
        required: false,
        description: 'Email address of the contact (personal data)',
      }),
      contactPhone: t.string({ required: false, description: 'Phone number of the contact (personal data)' }),
    }),
  });
}

const GovernanceMemberInput = memberInput('GovernanceMemberInput', true);
const GovernanceMemberUpdateInput = memberInput('GovernanceMemberUpdateInput', false);

type Input = typeof GovernanceMemberUpdateInput.$inferInput;

interface MemberFields {
  organizationName: string;
  siret: string | null;
  territoryKind: string | null;
  territoryCode: string | null;
  role: 'CO_LEADER' | 'CO_FUNDER' | 'OBSERVER' | 'MEMBER';
  status: 'CANDIDATE' | 'CONFIRMED';
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

const SIRET: Rule<string> = { test: (siret) => /^\d{14}$/.test(siret), reason: 'must be 14 digits' };

function memberFields(input: Input, base: MemberFields): MemberFields {
  const fields: MemberFields = {
    organizationName: input.organizationName ?? base.organizationName,
    siret: input.siret === undefined ? base.siret : input.siret,
    territoryKind: input.territory === undefined ? base.territoryKind : (input.territory?.kind ?? null),
    territoryCode: input.territory === undefined ? base.territoryCode : (input.territory?.code ?? null),
    role: input.role ?? base.role,
    status: input.status ?? base.status,
    contactName: input.contactName === undefined ? base.contactName : input.contactName,
    contactEmail: input.contactEmail === undefined ? base.contactEmail : input.contactEmail,
    contactPhone: input.contactPhone === undefined ? base.contactPhone : input.contactPhone,
  };
  const issues = new InputIssues('member');
  if (!fields.organizationName.trim()) issues.add('input.organizationName', 'required');
  issues.check('input.siret', fields.siret, SIRET);
  if (!fields.siret && !fields.territoryCode) {
    issues.add('input.siret', 'a member is identified by its SIRET or, for a collectivité, its territory');
  }
  issues.check('input.contactEmail', fields.contactEmail, emailAddress);
  issues.throwIfAny();
  if (input.territory) assertKnownTerritory(input.territory, 'input.territory.code');
  return fields;
}

/** A member with its governance's département, for the access check. */
export async function storedMember(prisma: PrismaClient, id: string | number) {
  const member = await prisma.governanceMember.findUnique({
    where: { id: checkedId(id, 'member') },
    include: { governance: true },
  });
  if (!member) throw notFound('GovernanceMember', String(id));
  return member;
}

const NEW_MEMBER: MemberFields = {
  organizationName: '',
  siret: null,
  territoryKind: null,
  territoryCode: null,
  role: 'MEMBER',
  status: 'CANDIDATE',
  contactName: null,
  contactEmail: null,
  contactPhone: null,
};

builder.mutationFields((t) => ({
  addGovernanceMember: t.prismaField({
    type: 'GovernanceMember',
    description: "For the département's governance editors.",
    args: {
      departmentCode: t.arg.string({
        description: 'INSEE code of the département whose governance it joins',
      }),
      input: t.arg({ type: GovernanceMemberInput, description: 'The member' }),
    },
    authScopes: governanceEditors,
    resolve: async (query, _root, { departmentCode, input }, context) => {
      assertMay(context.identity, editGovernance, { departmentCode });
      const governance = await governanceOf(context.prisma, departmentCode);
      const fields = memberFields(input, NEW_MEMBER);
      return context.prisma.governanceMember.create({
        ...query,
        data: { id: randomUUID(), governanceId: governance.id, ...fields },
      });
    },
  }),
  updateGovernanceMember: t.prismaField({
    type: 'GovernanceMember',
    description: "For the département's governance editors: an omitted field keeps its value.",
    args: {
      id: t.arg.id({ description: 'The `id` of the member' }),
      input: t.arg({ type: GovernanceMemberUpdateInput, description: 'The fields that change' }),
    },
    authScopes: governanceEditors,
    resolve: async (query, _root, { id, input }, context) => {
      const member = await storedMember(context.prisma, id);
      assertMay(context.identity, editGovernance, member.governance);
      return context.prisma.governanceMember.update({
        ...query,
        where: { id: member.id },
        data: memberFields(input, member),
      });
    },
  }),
  removeGovernanceMember: t.boolean({
    description: "For the département's governance editors: the member leaves, and owns no action any more.",
    args: { id: t.arg.id({ description: 'The `id` of the member' }) },
    authScopes: governanceEditors,
    resolve: async (_root, { id }, context) => {
      const member = await storedMember(context.prisma, id);
      assertMay(context.identity, editGovernance, member.governance);
      await context.prisma.governanceMember.delete({ where: { id: member.id } });
      addCacheTags(context, tagsOfChange('GovernanceMember', [member.id]));
      return true;
    },
  }),
}));
