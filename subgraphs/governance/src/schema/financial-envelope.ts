import { randomUUID } from 'node:crypto';
import { badUserInput } from '@passerelle/kit';
import { builder } from '../builder';
import type { PrismaClient } from '../generated/prisma/client';
import { assertGovernanceEditor } from '../governance/access';
import { governanceOf } from './governance';

builder.prismaObject('FinancialEnvelope', {
  description: "The money a département's governance may commit in a year; amounts in euros.",
  fields: (t) => {
    /** Granted by requests of this governance's actions accepted that year. */
    const committed = (envelope: { governanceId: string; year: number }, prisma: PrismaClient) =>
      prisma.fundingLine
        .aggregate({
          _sum: { amountGranted: true },
          where: {
            status: 'ACCEPTED',
            decidedAt: {
              gte: new Date(Date.UTC(envelope.year, 0, 1)),
              lt: new Date(Date.UTC(envelope.year + 1, 0, 1)),
            },
            action: { roadmap: { governanceId: envelope.governanceId } },
          },
        })
        .then((result) => result._sum.amountGranted ?? 0);
    return {
      year: t.exposeInt('year'),
      label: t.exposeString('label', { nullable: true }),
      ceiling: t.exposeInt('ceiling'),
      committed: t.int({
        description: 'Granted to its actions that year',
        resolve: (envelope, _args, context) => committed(envelope, context.prisma),
      }),
      remaining: t.int({
        description: 'Ceiling minus committed (negative when over)',
        resolve: async (envelope, _args, context) =>
          envelope.ceiling - (await committed(envelope, context.prisma)),
      }),
    };
  },
});

builder.mutationField('setFinancialEnvelope', (t) =>
  t.prismaField({
    type: 'FinancialEnvelope',
    description: "For the département's governance editors: the ceiling of a year.",
    args: {
      departmentCode: t.arg.string(),
      year: t.arg.int(),
      ceiling: t.arg.int(),
      label: t.arg.string({ required: false }),
    },
    resolve: async (query, _root, { departmentCode, year, ceiling, label }, context) => {
      assertGovernanceEditor(context.identity, departmentCode);
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
