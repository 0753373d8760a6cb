import type { Core } from '@strapi/strapi';
import { requiredSetting } from '../src/settings';

/** The CMS's own PostgreSQL database, on the platform's server (the runtime creates it if missing). */
export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database<'postgres'> => {
  const url = new URL(requiredSetting('CMS_DATABASE_URL'));
  const sslMode = url.searchParams.get('sslmode');
  return {
    connection: {
      client: 'postgres',
      connection: {
        host: url.hostname,
        port: Number(url.port || 5432),
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
        database: decodeURIComponent(url.pathname.slice(1)),
        ssl: sslMode === 'require' || sslMode === 'verify-ca' || sslMode === 'verify-full',
      },
      pool: { min: 0, max: env.int('CMS_DATABASE_POOL_MAX', 5) },
      // After the demo seed, Strapi reads each of its documents again for its change events, some
      // 160 queries at once on this pool; on a busy machine 10 s was not enough, and Strapi does not
      // catch that timeout (the process exits).
      acquireConnectionTimeout: 60_000,
    },
  };
};
