import {
  departmentCodeOfCommune,
  departmentCodesOfRegion,
  regionCodeOfDepartment,
} from '@passerelle/contracts/territories';
import { assertKnownTerritory, type TerritoryReference } from '@passerelle/contracts/territory-types';
import { scalarColumns } from '@passerelle/platform/database';
import { badUserInput } from '@passerelle/platform/errors';
import { normalizeForSearch } from '@passerelle/platform/validation';
import { type FundingProgram, Prisma, type PrismaClient } from '../generated/prisma/client';
import { sqlDate, statusSql } from './status';

/** What programmes are filtered on (the GraphQL FundingProgramFilter). */
export interface ProgramFilter {
  territory?: TerritoryReference | null;
  beneficiary?: string | null;
  theme?: string | null;
  /** Any of these statuses. */
  status?: readonly string[] | null;
  closesBefore?: Date | null;
  text?: string | null;
}

/**
 * Where a territory's actors may apply: national programmes, and those open to one of these
 * départements or régions. A région sees its départements' programmes, a département (or a
 * commune) its région's.
 */
export interface Eligibility {
  departments: string[];
  regions: string[];
}

export function eligibilityOf(territory: TerritoryReference): Eligibility {
  if (territory.kind === 'REGION') {
    return { departments: departmentCodesOfRegion(territory.code), regions: [territory.code] };
  }
  const department =
    territory.kind === 'DEPARTMENT' ? territory.code : departmentCodeOfCommune(territory.code);
  const region = regionCodeOfDepartment(department);
  return { departments: [department], regions: region ? [region] : [] };
}

function openTo(departments: Prisma.Sql, regions: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(national OR region_codes && ${regions} OR department_codes && ${departments})`;
}

/** The filter as a condition on funding_program rows: BAD_USER_INPUT or NOT_FOUND when it is wrong. */
export function programCondition(filter: ProgramFilter | null | undefined, day: Date): Prisma.Sql {
  const conditions = [Prisma.sql`archived_at IS NULL`];
  if (filter?.territory) {
    assertKnownTerritory(filter.territory, 'filter.territory.code');
    const { departments, regions } = eligibilityOf(filter.territory);
    conditions.push(openTo(Prisma.sql`${departments}::text[]`, Prisma.sql`${regions}::text[]`));
  }
  if (filter?.beneficiary) conditions.push(Prisma.sql`${filter.beneficiary} = ANY(beneficiaries)`);
  if (filter?.theme) conditions.push(Prisma.sql`${filter.theme} = ANY(themes)`);
  if (filter?.status?.length)
    conditions.push(Prisma.sql`${statusSql(day)} = ANY(${[...filter.status]}::text[])`);
  if (filter?.closesBefore) conditions.push(Prisma.sql`closes_on <= ${sqlDate(filter.closesBefore)}`);
  if (filter?.text != null) {
    if (filter.text.length > 200) throw badUserInput('text must be at most 200 characters', 'filter.text');
    for (const word of normalizeForSearch(filter.text).split(' ').filter(Boolean)) {
      conditions.push(Prisma.sql`strpos(search_text, ${word}) > 0`);
    }
  }
  return Prisma.join(conditions, ' AND ');
}

/**
 * What a portal lists first: programmes one can still apply to (open or closing soon), soonest
 * deadline first, open-ended ones after them; then permanent ones; then upcoming ones, soonest
 * opening first; closed ones last, most recently closed first. Name and id break ties, so that
 * offset cursors always see the same order.
 */
const PORTAL_ORDER = Prisma.sql`
  CASE status WHEN 'OPEN' THEN 0 WHEN 'CLOSING_SOON' THEN 0 WHEN 'PERMANENT' THEN 1 WHEN 'UPCOMING' THEN 2 ELSE 3 END,
  CASE WHEN status IN ('OPEN', 'CLOSING_SOON') THEN closes_on END ASC NULLS LAST,
  CASE WHEN status = 'UPCOMING' THEN opens_on END ASC,
  CASE WHEN status = 'CLOSED' THEN closes_on END DESC,
  name, id`;

/** A scope without départements or régions is anywhere. */
const IN_SCOPE = Prisma.sql`(scope.departments IS NULL OR ${openTo(Prisma.sql`scope.departments`, Prisma.sql`scope.regions`)})`;

const PROGRAM_COLUMNS = Prisma.raw(scalarColumns('page', Prisma.FundingProgramScalarFieldEnum));

export interface ProgramPage {
  programs: FundingProgram[];
  totalCount: number;
}

/**
 * For each scope (where its programmes must be open, or null for anywhere), its page of the
 * programmes matching the condition, in the portal's order, and how many match: one query for all
 * the scopes, so that a list of territories costs what one does.
 */
export async function programPages(
  prisma: PrismaClient,
  scopes: readonly (Eligibility | null)[],
  condition: Prisma.Sql,
  page: { limit: number; offset: number },
  day: Date,
): Promise<ProgramPage[]> {
  const scopeRows = JSON.stringify(scopes.map((scope, key) => ({ key, ...scope })));
  const rows = await prisma.$queryRaw<(FundingProgram & { scope: number; totalCount: bigint })[]>`
    WITH matching AS (
      SELECT funding_program.*, ${statusSql(day)} AS status FROM funding_program WHERE ${condition}
    )
    SELECT scope.key AS scope, counted.total AS "totalCount", ${PROGRAM_COLUMNS}
    FROM jsonb_to_recordset(${scopeRows}::jsonb) AS scope(key int, departments text[], regions text[])
    CROSS JOIN LATERAL (SELECT count(*) AS total FROM matching WHERE ${IN_SCOPE}) counted
    LEFT JOIN LATERAL (
      SELECT matching.*, row_number() OVER (ORDER BY ${PORTAL_ORDER}) AS position
      FROM matching WHERE ${IN_SCOPE}
      ORDER BY position LIMIT ${page.limit} OFFSET ${page.offset}
    ) page ON true
    ORDER BY scope.key, page.position`;
  const pages = scopes.map((): ProgramPage => ({ programs: [], totalCount: 0 }));
  for (const { scope, totalCount, ...program } of rows) {
    const scopePage = pages[scope] as ProgramPage;
    scopePage.totalCount = Number(totalCount);
    // A scope with an empty page still has its row, for its count.
    if (program.id) scopePage.programs.push(program);
  }
  return pages;
}
