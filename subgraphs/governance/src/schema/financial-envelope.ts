import { randomUUID } from 'node:crypto';
import { assertMay } from '@passerelle/platform/auth';
import { badUserInput } from '@passerelle/platform/errors';
import { requestLoader } from '@passerelle/platform/subgraph';
import { builder, type GovernanceContext } from '../builder';
import { editGovernance, governanceEditors } from '../governance/access';
import { governanceOf } from './governance';

/**
 * What the envelopes have committed: granted by the accepted requests of their governance's
 * actions decided in their year. Batched: the envelopes of many governances cost one query.
 */
function committedOn(context: GovernanceContext, envelopeId: string): Promise<number> {
  return requestLoader(context, 'committedByEnvelope', async (envelopeIds: readonly string[]) => {
    const rows = await context.prisma.$queryRaw<{ id: string; committed: bigint }[]>`
      SELECT e.id, sum(l.amount_granted) AS committed
      FROM financial_envelope e
      JOIN roadmap r ON r.governance_id = e.governance_id
      JOIN action a ON a.roadmap_id = r.id
      JOIN funding_line l ON l.action_id = a.id AND l.status = 'ACCEPTED'
        AND l.decided_at >= make_date(e.year, 1, 1) AND l.decided_at < make_date(e.year + 1, 1, 1)
      WHERE e.id = ANY(${[...envelopeIds]}::uuid[])
      GROUP BY e.id`;
    const committed = new Map(rows.map((row) => [row.id, Number(row.committed)]));
    return envelopeIds.map((id) => committed.get(id) ?? 0);
  }).load(envelopeId);
}

builder.prismaObject('FinancialEnvelope', {
  description: "The money a département's governance may commit in a year; amounts in euros.",
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The calendar year it is for' }),
    label: t.exposeString('label', { nullable: true, description: 'Its name, if given' }),
    ceiling: t.exposeInt('ceiling', { description: 'The most it may commit that year' }),
    committed: t.int({
      description: 'Granted to its actions that year',
      resolve: (envelope, _args, context) => committedOn(context, envelope.id),
    }),
    remaining: t.int({
      description: 'Ceiling minus committed (negative when over)',
      resolve: async (envelope, _args, context) =>
        envelope.ceiling - (await committedOn(context, envelope.id)),
    }),
  }),
});

builder.mutationField('setFinancialEnvelope', (t) =>
  t.prismaField({
    type: 'FinancialEnvelope',
    description: "For the département's governance editors: the ceiling of a year.",
    args: {
      departmentCode: t.arg.string({ description: 'INSEE code of the département whose governance it is' }),
      year: t.arg.int({ description: 'From 2000 to 2100; the envelope of that year is replaced' }),
      ceiling: t.arg.int({ description: 'In euros, not negative' }),
      label: t.arg.string({ required: false, description: 'Its name (omitted: none)' }),
    },
    authScopes: governanceEditors,
    resolve: async (query, _root, { departmentCode, year, ceiling, label }, context) => {
      assertMay(context.identity, editGovernance, { departmentCode });
      if (year < 2000 || year > 2100) throw badUserInput('year must be between 2000 and 2100', 'year');
      if (ceiling < 0) throw badUserInput('ceiling must not be negative', 'ceiling');
      const governance = await governanceOf(context.prisma, departmentCode);
      return context.prisma.financialEnvelope.upsert({
        ...query,
        where: { governanceId_year: { governanceId: governance.id, year } },
        create: { id: randomUUID(), governanceId: governance.id, year, ceiling, label: label ?? null },
        update: { ceiling, label: label ?? null },
      });
    },
  }),
);
