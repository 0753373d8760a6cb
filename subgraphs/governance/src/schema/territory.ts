import { assertTerritoryCode, TERRITORY_TYPE_DESCRIPTIONS } from '@passerelle/contracts/territories';
import { territoryInputTypes } from '@passerelle/contracts/territory-types';
import { notFound } from '@passerelle/platform/errors';
import { normalizeForSearch } from '@passerelle/platform/validation';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder';
import type { Commune, Department, PrismaClient, Region } from '../generated/prisma/client';

export type TerritoryRow = Region | Department | Commune;

export const { TerritoryKind, TerritoryInput } = territoryInputTypes(builder);

type Kind = typeof TerritoryKind.$inferType;

function kindOf(territory: TerritoryRow): Kind {
  if ('departmentCode' in territory) return 'COMMUNE';
  if ('regionCode' in territory) return 'DEPARTMENT';
  return 'REGION';
}

const TYPENAME: Record<Kind, 'Region' | 'Department' | 'Commune'> = {
  REGION: 'Region',
  DEPARTMENT: 'Department',
  COMMUNE: 'Commune',
};

/**
 * The territory of this kind and INSEE code, which `find` reads: BAD_USER_INPUT for a code of the
 * wrong shape (nothing is read), NOT_FOUND for a code no territory has.
 */
export async function territoryByCode<Row>(
  kind: Kind,
  code: string,
  find: () => Promise<Row | null>,
): Promise<Row> {
  assertTerritoryCode(kind, code);
  const territory = await find();
  if (!territory) throw notFound(TYPENAME[kind], code);
  return territory;
}

export const Territory = builder.interfaceRef<TerritoryRow>('Territory').implement({
  description: 'A région, a département or a commune of the INSEE referential.',
  resolveType: (territory) => TYPENAME[kindOf(territory)],
  fields: (t) => ({
    code: t.exposeString('code', { description: TERRITORY_TYPE_DESCRIPTIONS.code }),
    name: t.exposeString('name', { description: 'Official name, in French ("Île-de-France", "Landes")' }),
    kind: t.field({ type: TerritoryKind, description: 'Région, département or commune', resolve: kindOf }),
  }),
});

interface SearchHit {
  kind: Kind;
  code: string;
}

/**
 * Ranks territories for a search box: exact name first, then names starting with the words, then
 * names containing them (a commune's former names last); régions before départements before
 * communes at equal rank. An INSEE or postal code finds its territory too.
 */
async function searchTerritories(
  prisma: PrismaClient,
  search: string,
  kinds: Kind[],
  limit: number,
  offset: number,
): Promise<{ hits: SearchHit[]; totalCount: number }> {
  const term = normalizeForSearch(search);
  const code = search.trim().toUpperCase();
  const page = (pageLimit: number, pageOffset: number) => prisma.$queryRaw<(SearchHit & { total: bigint })[]>`
    WITH candidates AS (
      SELECT 'REGION' AS kind, code, name, search_name, 0 AS kind_order, ARRAY[]::text[] AS postal_codes FROM region
      UNION ALL
      SELECT 'DEPARTMENT', code, name, search_name, 1, ARRAY[]::text[] FROM department
      UNION ALL
      SELECT 'COMMUNE', code, name, search_name, 2, postal_codes FROM commune
    ),
    matches AS (
      SELECT kind, code, name, kind_order,
        CASE
          WHEN code = ${code} OR ${code} = ANY(postal_codes) THEN 0
          WHEN split_part(search_name, ' | ', 1) = ${term} THEN 1
          WHEN split_part(search_name, ' | ', 1) LIKE ${`${term}%`} THEN 2
          WHEN split_part(search_name, ' | ', 1) LIKE ${`%${term}%`} THEN 3
          ELSE 4
        END AS rank
      FROM candidates
      WHERE kind = ANY(${kinds})
        AND (${term} = '' OR search_name LIKE ${`%${term}%`} OR code = ${code} OR ${code} = ANY(postal_codes))
    )
    SELECT kind, code, count(*) OVER () AS total
    FROM matches
    ORDER BY rank, kind_order, name, code
    LIMIT ${pageLimit} OFFSET ${pageOffset}`;

  const rows = await page(limit, offset);
  // A page past the end has no row to carry the total: count from the first page.
  const totalRow = rows[0] ?? (offset > 0 ? (await page(1, 0))[0] : undefined);
  return { hits: rows.map(({ kind, code }) => ({ kind, code })), totalCount: Number(totalRow?.total ?? 0) };
}

async function loadTerritories(prisma: PrismaClient, hits: SearchHit[]): Promise<TerritoryRow[]> {
  const codesOf = (kind: Kind) => hits.filter((hit) => hit.kind === kind).map((hit) => hit.code);
  const [regions, departments, communes] = await Promise.all([
    prisma.region.findMany({ where: { code: { in: codesOf('REGION') } } }),
    prisma.department.findMany({ where: { code: { in: codesOf('DEPARTMENT') } } }),
    prisma.commune.findMany({ where: { code: { in: codesOf('COMMUNE') } } }),
  ]);
  const byKey = new Map<string, TerritoryRow>();
  for (const region of regions) byKey.set(`REGION:${region.code}`, region);
  for (const department of departments) byKey.set(`DEPARTMENT:${department.code}`, department);
  for (const commune of communes) byKey.set(`COMMUNE:${commune.code}`, commune);
  return hits.flatMap((hit) => byKey.get(`${hit.kind}:${hit.code}`) ?? []);
}

builder.queryField('territories', (t) =>
  t.connection(
    {
      type: Territory,
      nullable: true,
      description:
        'Territories whose name matches `search`, accent- and case-insensitively ("ile de france" finds Île-de-France), best matches first.',
      args: {
        search: t.arg.string({
          required: false,
          description: 'Words of the name, an INSEE code or a postal code',
        }),
        kinds: t.arg({
          type: [TerritoryKind],
          required: false,
          description: 'Only these kinds (default: all)',
        }),
      },
      resolve: async (_root, args, context) => {
        const kinds = args.kinds?.length ? args.kinds : (['REGION', 'DEPARTMENT', 'COMMUNE'] as Kind[]);
        let totalCount = 0;
        const connection = await resolveOffsetConnection({ args }, async ({ limit, offset }) => {
          const result = await searchTerritories(context.prisma, args.search ?? '', kinds, limit, offset);
          totalCount = result.totalCount;
          return loadTerritories(context.prisma, result.hits);
        });
        return { ...connection, totalCount };
      },
    },
    { name: 'TerritoryConnection', description: 'A page of territories, with the total count.' },
    { name: 'TerritoryEdge', description: 'A territory in a page, with its cursor.' },
  ),
);
