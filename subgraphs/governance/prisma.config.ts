import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

// `prisma generate` needs no database; commands that do (migrate diff) get DATABASE_URL.
process.env.DATABASE_URL ??= 'postgresql://placeholder@localhost:5432/placeholder';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  engine: 'js',
  experimental: { adapter: true },
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
});
