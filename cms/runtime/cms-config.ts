import path from 'node:path';
import {
  booleanFlag,
  DEFAULT_PORTS,
  dataDir,
  httpUrl,
  logLevel,
  port,
  readConfig,
  readSubgraphDatabase,
  type SubgraphDatabase,
} from '@passerelle/platform/config';
import { z } from 'zod';
import { DEFAULT_ADMIN_EMAIL, type FirstAdmin } from './first-admin';

export interface CmsConfig extends SubgraphDatabase {
  port: number;
  host: string | undefined;
  logLevel: string;
  seedDemoData: boolean;
  /** Every secret Strapi keeps is derived from it (cms/src/settings.ts). */
  secret: string;
  /** The read-only API token the content subgraph reads with. */
  apiToken: string;
  /** Where Strapi tells the content subgraph what changed, and the secret it signs with. */
  webhookUrl: string | undefined;
  webhookSecret: string | undefined;
  /** The first administrator, created at start while there is none when a password is given. */
  firstAdmin: FirstAdmin | undefined;
  /** Uploaded media live under it (uploads/), outside the repository. */
  publicDir: string;
  /** The URL people reach the CMS at, when it is behind a proxy. */
  publicUrl: string | undefined;
}

const secret = (generated: string) =>
  z
    .string({ error: `not set (npm start generates one in .data/secrets.json${generated})` })
    .min(32, 'must be at least 32 characters');

/** Strapi's own rule for admin passwords, checked before Strapi starts rather than at first login. */
const adminPassword = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(72, 'must be at most 72 characters')
  .regex(/[a-z]/, 'must contain a lower-case letter')
  .regex(/[A-Z]/, 'must contain an upper-case letter')
  .regex(/[0-9]/, 'must contain a digit');

/** docker compose passes a variable left out of .env as an empty string. */
const unlessEmpty = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/**
 * The CMS's settings, like a subgraph's: `CMS_PORT`, its database `CMS_DATABASE_URL` or else
 * `passerelle_cms` on the server of `DATABASE_URL`, and its secrets.
 */
export function readCmsConfig(env: NodeJS.ProcessEnv = process.env): CmsConfig {
  const database = readSubgraphDatabase('cms', env);
  const config = readConfig(
    {
      CMS_PORT: port(DEFAULT_PORTS.cms),
      HOST: z.string().optional(),
      LOG_LEVEL: logLevel,
      SEED_DEMO_DATA: booleanFlag(false),
      CMS_SECRET: secret(''),
      CMS_API_TOKEN: secret(', shared with the content subgraph'),
      CMS_WEBHOOK_URL: httpUrl.optional(),
      CMS_WEBHOOK_SECRET: secret(', shared with the content subgraph').optional(),
      CMS_ADMIN_EMAIL: unlessEmpty(z.email('must be an e-mail address')),
      CMS_ADMIN_PASSWORD: unlessEmpty(adminPassword),
      CMS_PUBLIC_DIR: z.string().optional(),
      CMS_PUBLIC_URL: httpUrl.optional(),
    },
    env,
  );
  if (config.CMS_WEBHOOK_URL && !config.CMS_WEBHOOK_SECRET) {
    readConfig({ CMS_WEBHOOK_SECRET: secret(', shared with the content subgraph') }, env);
  }
  return {
    ...database,
    port: config.CMS_PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    seedDemoData: config.SEED_DEMO_DATA,
    secret: config.CMS_SECRET,
    apiToken: config.CMS_API_TOKEN,
    webhookUrl: config.CMS_WEBHOOK_URL,
    webhookSecret: config.CMS_WEBHOOK_SECRET,
    firstAdmin: config.CMS_ADMIN_PASSWORD
      ? {
          email: (config.CMS_ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL).toLowerCase(),
          password: config.CMS_ADMIN_PASSWORD,
        }
      : undefined,
    publicDir: path.resolve(config.CMS_PUBLIC_DIR ?? path.join(dataDir(env), 'cms', 'public')),
    publicUrl: config.CMS_PUBLIC_URL,
  };
}
