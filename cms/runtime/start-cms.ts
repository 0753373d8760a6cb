import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ensureDatabase } from '@passerelle/platform/database';
import { ConfigurationError } from '@passerelle/platform/errors';
import { type RunningServer } from '@passerelle/platform/http';
import { type Core, createStrapi } from '@strapi/strapi';
import type { CmsConfig } from './cms-config';
import { CMS_DIST, CMS_ROOT, compileCmsIfStale } from './compile';
import { ensureFirstAdmin } from './first-admin';
import { seedDemoContent } from './seed/seed-content';

export interface RunningCms extends RunningServer {
  strapi: Core.Strapi;
  /** Demo documents created at this start (0 when they already were). */
  seeded: number;
  /** The first administrator's e-mail, when this start created it (`config.firstAdmin`). */
  createdAdmin: string | undefined;
}

/** Strapi's logger is winston: its levels, and no output at all for `silent`. */
function strapiLogLevel(level: string): string {
  return ({ fatal: 'error', trace: 'debug', silent: 'error' } as Record<string, string>)[level] ?? level;
}

/**
 * The settings Strapi's config files read (cms/config/*.ts read process.env, as Strapi expects):
 * set from the checked configuration, in this process that runs nothing but Strapi.
 */
function exportSettings(config: CmsConfig): void {
  const settings: Record<string, string | undefined> = {
    CMS_DATABASE_URL: config.databaseUrl,
    CMS_SECRET: config.secret,
    CMS_API_TOKEN: config.apiToken,
    CMS_WEBHOOK_URL: config.webhookUrl,
    CMS_WEBHOOK_SECRET: config.webhookSecret,
    // Read by the runtime only (./first-admin.ts): not left in Strapi's environment.
    CMS_ADMIN_EMAIL: undefined,
    CMS_ADMIN_PASSWORD: undefined,
    CMS_PUBLIC_DIR: config.publicDir,
    CMS_PUBLIC_URL: config.publicUrl,
    CMS_LOG_LEVEL: strapiLogLevel(config.logLevel),
    CMS_LOG_SILENT: String(config.logLevel === 'silent'),
  };
  for (const [name, value] of Object.entries(settings)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

function listen(strapi: Core.Strapi, config: CmsConfig): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = strapi.server.httpServer;
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigurationError('CMS_PORT', `port ${config.port} is already in use`)
          : error,
      );
    });
    // Strapi's listen mounts the routes first.
    strapi.server.listen(config.port, config.host, () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * Starts Strapi on its database (created if missing): compiles the application if its sources
 * changed, loads it (content types, roles, API token, webhook: see cms/src/index.ts), creates the
 * first administrator while there is none, adds the demo content once when asked, and listens.
 */
export async function startCms(config: CmsConfig): Promise<RunningCms> {
  await ensureDatabase(config.databaseUrl, config.databaseSetting);
  await compileCmsIfStale();
  mkdirSync(path.join(config.publicDir, 'uploads'), { recursive: true });
  exportSettings(config);

  const signalHandlers = (['SIGINT', 'SIGTERM'] as const).map(
    (signal) => [signal, process.listeners(signal)] as const,
  );
  const strapi = createStrapi({ appDir: CMS_ROOT, distDir: CMS_DIST });
  // Strapi stops itself on signals and exits: the service runner stops it instead, once, in order.
  for (const [signal, before] of signalHandlers) {
    for (const listener of process.listeners(signal))
      if (!before.includes(listener)) process.off(signal, listener);
  }
  try {
    await strapi.load();
    const createdAdmin = await ensureFirstAdmin(strapi, config.firstAdmin);
    const seeded = config.seedDemoData ? await seedDemoContent(strapi) : 0;
    const port = await listen(strapi, config);
    return {
      strapi,
      seeded,
      createdAdmin,
      port,
      url: `http://${config.host && config.host !== '0.0.0.0' ? config.host : 'localhost'}:${port}`,
      stop: () => strapi.destroy(),
    };
  } catch (error) {
    await strapi.destroy().catch(() => undefined);
    throw error;
  }
}
