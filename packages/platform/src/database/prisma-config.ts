import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

/**
 * The Prisma CLI configuration of every subgraph (its `prisma.config.ts` re-exports this): the JS
 * engine with the pg adapter, so no engine binary is ever downloaded. `prisma generate` needs no
 * database; commands that do (`migrate diff`) read DATABASE_URL.
 */
export function subgraphPrismaConfig() {
  process.env.DATABASE_URL ??= 'postgresql://placeholder@localhost:5432/placeholder';
  return defineConfig({
    schema: 'prisma/schema.prisma',
    engine: 'js',
    experimental: { adapter: true },
    adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
  });
}
