import {
  type ChangeSettings,
  DEFAULT_PORTS,
  httpUrl,
  readChangeSettings,
  readConfig,
  readServiceConfig,
  type ServiceConfig,
} from '@passerelle/platform/config';
import { z } from 'zod';

/** Where the content subgraph reads the CMS, and how long it keeps what it read. */
export interface CmsSettings {
  /** Strapi's base URL, which the subgraph reads. */
  cmsUrl: string;
  /** The base URL of uploaded media in responses (Strapi's public URL). */
  cmsPublicUrl: string;
  /** The read-only API token Strapi creates at bootstrap with this value. */
  cmsApiToken: string;
  /** Strapi signs its webhook calls with it. */
  webhookSecret: string;
  /** How long published content is served from memory before it is read again (in the background). */
  cacheTtlMs: number;
  /**
   * How long a request waits for Strapi: for content never read yet (then it is unavailable, and
   * the read goes on in the background) and for an editor's drafts. Content already read is
   * served at once.
   */
  cmsTimeoutMs: number;
  /** Where changes are announced: the other content replicas and the gateways' response caches. */
  changes: ChangeSettings;
}

export interface ContentConfig extends ServiceConfig, CmsSettings {}

const sharedSecret = z
  .string({ error: 'not set (npm start generates it in .data/secrets.json, shared with the CMS)' })
  .min(32, 'must be at least 32 characters');

export function readContentConfig(env: NodeJS.ProcessEnv = process.env): ContentConfig {
  const service = readServiceConfig('content', env);
  const config = readConfig(
    {
      CMS_URL: httpUrl.default(`http://localhost:${DEFAULT_PORTS.cms}`),
      CMS_PUBLIC_URL: httpUrl.optional(),
      CMS_API_TOKEN: sharedSecret,
      CMS_WEBHOOK_SECRET: sharedSecret,
      CONTENT_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
      CMS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
    },
    env,
  );
  return {
    ...service,
    cmsUrl: config.CMS_URL,
    cmsPublicUrl: config.CMS_PUBLIC_URL ?? config.CMS_URL,
    cmsApiToken: config.CMS_API_TOKEN,
    webhookSecret: config.CMS_WEBHOOK_SECRET,
    cacheTtlMs: config.CONTENT_CACHE_TTL_SECONDS * 1000,
    cmsTimeoutMs: config.CMS_TIMEOUT_MS,
    changes: readChangeSettings(env),
  };
}
