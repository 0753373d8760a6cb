import type { PrismaClient } from '../../src/database';

/**
 * A digest of every stored column of a source's places except when each row was written
 * (`created_at`, `modified_at`): two databases that imported the same file the same way give the
 * same digest, whatever order, batches or interruptions the writes went through.
 */
export async function placesDigest(
  prisma: PrismaClient,
  dataset: string,
): Promise<{ count: number; digest: string }> {
  const [result] = await prisma.$queryRaw<{ count: bigint; digest: string | null }[]>`
    SELECT count(*) AS count,
           md5(string_agg((to_jsonb(place) - 'created_at' - 'modified_at')::text, E'\n' ORDER BY id)) AS digest
    FROM place WHERE dataset = ${dataset}`;
  return { count: Number(result?.count ?? 0), digest: result?.digest ?? '' };
}
