import { requestLoader } from '@passerelle/platform/subgraph';
import type { PrismaClient } from '../generated/prisma/client';

export interface GovernanceStatistics {
  governances: number;
  members: number;
  confirmedMembers: number;
  actions: number;
  /** Sum of the actions' budgets, in euros. */
  budgetPlanned: number;
  /** Asked of funders in submitted or decided requests, in euros. */
  fundingRequested: number;
  /** Granted by accepted requests, in euros. */
  fundingGranted: number;
}

const NONE: GovernanceStatistics = {
  governances: 0,
  members: 0,
  confirmedMembers: 0,
  actions: 0,
  budgetPlanned: 0,
  fundingRequested: 0,
  fundingGranted: 0,
};

/** Each département's governance figures, in one query for all the départements asked. */
async function statisticsByDepartment(
  prisma: PrismaClient,
  departmentCodes: readonly string[],
): Promise<GovernanceStatistics[]> {
  const rows = await prisma.$queryRaw<
    ({ department_code: string } & Record<keyof GovernanceStatistics, bigint>)[]
  >`
    SELECT g.department_code, 1 AS governances,
      (SELECT count(*) FROM governance_member m WHERE m.governance_id = g.id) AS members,
      (SELECT count(*) FROM governance_member m WHERE m.governance_id = g.id AND m.status = 'CONFIRMED') AS "confirmedMembers",
      (SELECT count(*) FROM action a JOIN roadmap r ON r.id = a.roadmap_id WHERE r.governance_id = g.id) AS actions,
      (SELECT coalesce(sum(a.total_budget), 0) FROM action a JOIN roadmap r ON r.id = a.roadmap_id
        WHERE r.governance_id = g.id) AS "budgetPlanned",
      (SELECT coalesce(sum(l.amount_requested), 0) FROM funding_line l JOIN action a ON a.id = l.action_id
        JOIN roadmap r ON r.id = a.roadmap_id WHERE r.governance_id = g.id AND l.status <> 'DRAFT') AS "fundingRequested",
      (SELECT coalesce(sum(l.amount_granted), 0) FROM funding_line l JOIN action a ON a.id = l.action_id
        JOIN roadmap r ON r.id = a.roadmap_id WHERE r.governance_id = g.id AND l.status = 'ACCEPTED') AS "fundingGranted"
    FROM governance g WHERE g.department_code = ANY(${[...departmentCodes]})`;
  const byCode = new Map(
    rows.map(({ department_code, ...figures }) => [
      department_code,
      Object.fromEntries(
        Object.entries(figures).map(([key, value]) => [key, Number(value)]),
      ) as unknown as GovernanceStatistics,
    ]),
  );
  return departmentCodes.map((code) => byCode.get(code) ?? NONE);
}

/** The figures of these départements' governances, together; batched over a request. */
export async function governanceStatistics(
  context: { prisma: PrismaClient },
  departmentCodes: string[],
): Promise<GovernanceStatistics> {
  const loader = requestLoader(context, 'governanceStatistics', (codes: readonly string[]) =>
    statisticsByDepartment(context.prisma, codes),
  );
  const all = await loader.loadMany(departmentCodes);
  return all.reduce<GovernanceStatistics>((sum, figures) => {
    if (figures instanceof Error) throw figures;
    return Object.fromEntries(
      Object.keys(NONE).map((key) => [
        key,
        sum[key as keyof GovernanceStatistics] + figures[key as keyof GovernanceStatistics],
      ]),
    ) as unknown as GovernanceStatistics;
  }, NONE);
}
