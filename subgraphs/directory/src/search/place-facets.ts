import { Prisma, type PrismaClient } from '../generated/prisma/client';
import type { VocabularyField } from '../standard/vocabulary';
import type { CompiledPlaceFilter } from './place-filter';

/** The fields a portal's filter panel counts places by. */
export const FACET_FIELDS = [
  'services',
  'specificPublics',
  'specificSupport',
  'fees',
  'accessModes',
  'nationalPrograms',
] as const satisfies readonly VocabularyField[];

type FacetField = (typeof FACET_FIELDS)[number];

const FACET_COLUMNS: Record<FacetField, string> = {
  services: 'services',
  specificPublics: 'specific_publics',
  specificSupport: 'specific_support',
  fees: 'fees',
  accessModes: 'access_modes',
  nationalPrograms: 'national_programs',
};

export interface PlaceFacetCounts {
  totalCount: number;
  values: Record<FacetField, Map<string, number>>;
  departments: { code: string; count: number }[];
}

/** How many matching places have each value of each facet, and how many each département has: one query. */
export async function placeFacets(
  prisma: PrismaClient,
  { condition }: CompiledPlaceFilter,
): Promise<PlaceFacetCounts> {
  const columns = Prisma.raw(['department_code', ...Object.values(FACET_COLUMNS)].join(', '));
  const perValue = FACET_FIELDS.map(
    (field) => Prisma.sql`SELECT ${field}::text AS facet, value, count(*) AS count
      FROM matching, unnest(${Prisma.raw(FACET_COLUMNS[field])}) AS value GROUP BY value`,
  );
  const rows = await prisma.$queryRaw<{ facet: string; value: string; count: bigint }[]>`
    WITH matching AS MATERIALIZED (SELECT ${columns} FROM place WHERE ${condition})
    SELECT 'total' AS facet, '' AS value, count(*) AS count FROM matching
    UNION ALL SELECT 'departments', department_code, count(*) FROM matching GROUP BY department_code
    UNION ALL ${Prisma.join(perValue, ' UNION ALL ')}`;
  const values = Object.fromEntries(
    FACET_FIELDS.map((field) => [field, new Map<string, number>()]),
  ) as PlaceFacetCounts['values'];
  const facets: PlaceFacetCounts = { totalCount: 0, values, departments: [] };
  for (const { facet, value, count } of rows) {
    if (facet === 'total') facets.totalCount = Number(count);
    else if (facet === 'departments') facets.departments.push({ code: value, count: Number(count) });
    else values[facet as FacetField].set(value, Number(count));
  }
  facets.departments.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return facets;
}
