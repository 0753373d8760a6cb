import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { prepareDatabase } from '@passerelle/platform/database';
import { Pool } from 'pg';
import { hashPortalKey, newPortalKey } from './portal-keys';

export const GATEWAY_MIGRATIONS_DIR = path.join(__dirname, '..', '..', 'migrations');

/** The gateway's settings of one portal, as the registry serves them. */
export interface PortalSettings {
  slug: string;
  allowedOrigins: string[];
  ratePerMinute: number | null;
  safelist: boolean;
}

export interface PortalKeyRow {
  id: string;
  portalSlug: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Everything a gateway needs to admit requests, read in one go (the tables stay small). */
export interface PortalSnapshot {
  portals: PortalSettings[];
  /** Key hash → key id and portal, for keys not revoked. */
  keys: Map<string, { id: string; portalSlug: string }>;
  /** Portal slug → hashes of its registered operations → document. */
  operations: Map<string, Map<string, string>>;
}

export interface CreatedKey {
  id: string;
  key: string;
}

/** The demo portals of the CMS's demo content, and the origins of their front ends in development. */
export const DEMO_PORTALS = ['landes', 'nouvelle-aquitaine', 'bordeaux'] as const;
const DEVELOPMENT_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'];

/** The gateway's database: portals, their keys and registered operations. */
export class PortalStore {
  private constructor(private readonly pool: Pool) {}

  /**
   * Creates the database if missing and applies the gateway's migrations. An idle connection the
   * server closes (a restart) is reported to `onConnectionError` and replaced at the next query,
   * instead of crashing the process.
   */
  static async open(
    databaseUrl: string,
    setting: string,
    onConnectionError: (error: Error) => void = () => {},
  ): Promise<PortalStore> {
    await prepareDatabase(databaseUrl, GATEWAY_MIGRATIONS_DIR, setting);
    const pool = new Pool({ connectionString: databaseUrl, max: 4, allowExitOnIdle: true });
    pool.on('error', onConnectionError);
    return new PortalStore(pool);
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  async snapshot(): Promise<PortalSnapshot> {
    const [portals, keys, operations] = await Promise.all([
      this.pool.query<PortalSettings>(
        `SELECT slug, allowed_origins AS "allowedOrigins", rate_per_minute AS "ratePerMinute", safelist
         FROM portal ORDER BY slug`,
      ),
      this.pool.query<{ id: string; portalSlug: string; keyHash: string }>(
        `SELECT id, portal_slug AS "portalSlug", key_hash AS "keyHash" FROM portal_key WHERE revoked_at IS NULL`,
      ),
      this.pool.query<{ portalSlug: string; hash: string; document: string }>(
        `SELECT portal_slug AS "portalSlug", document_hash AS hash, document FROM registered_operation`,
      ),
    ]);
    const byPortal = new Map<string, Map<string, string>>();
    for (const { portalSlug, hash, document } of operations.rows) {
      const documents = byPortal.get(portalSlug) ?? new Map<string, string>();
      documents.set(hash, document);
      byPortal.set(portalSlug, documents);
    }
    return {
      portals: portals.rows,
      keys: new Map(keys.rows.map(({ id, portalSlug, keyHash }) => [keyHash, { id, portalSlug }])),
      operations: byPortal,
    };
  }

  /** Adds the portal's row when it has none yet: every command names a portal by its slug. */
  private async ensurePortal(slug: string): Promise<void> {
    await this.pool.query('INSERT INTO portal (slug) VALUES ($1) ON CONFLICT (slug) DO NOTHING', [slug]);
  }

  async createKey(slug: string, name: string): Promise<CreatedKey> {
    await this.ensurePortal(slug);
    const key = newPortalKey(slug);
    const id = randomUUID();
    await this.pool.query(
      'INSERT INTO portal_key (id, portal_slug, name, key_hash) VALUES ($1, $2, $3, $4)',
      [id, slug, name, hashPortalKey(key)],
    );
    return { id, key };
  }

  /** A new key for the portal, and its other keys revoked, in one transaction. */
  async rotateKeys(slug: string, name: string): Promise<CreatedKey & { revoked: number }> {
    await this.ensurePortal(slug);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const revoked = await client.query(
        'UPDATE portal_key SET revoked_at = now() WHERE portal_slug = $1 AND revoked_at IS NULL',
        [slug],
      );
      const key = newPortalKey(slug);
      const id = randomUUID();
      await client.query('INSERT INTO portal_key (id, portal_slug, name, key_hash) VALUES ($1, $2, $3, $4)', [
        id,
        slug,
        name,
        hashPortalKey(key),
      ]);
      await client.query('COMMIT');
      return { id, key, revoked: revoked.rowCount ?? 0 };
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  /** Whether a key was revoked now (false: no such key, or already revoked). */
  async revokeKey(id: string): Promise<boolean> {
    const result = await this.pool.query(
      'UPDATE portal_key SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
      [id],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async setOrigins(slug: string, origins: string[]): Promise<void> {
    await this.ensurePortal(slug);
    await this.pool.query('UPDATE portal SET allowed_origins = $2, updated_at = now() WHERE slug = $1', [
      slug,
      origins,
    ]);
  }

  async setRate(slug: string, perMinute: number): Promise<void> {
    await this.ensurePortal(slug);
    await this.pool.query('UPDATE portal SET rate_per_minute = $2, updated_at = now() WHERE slug = $1', [
      slug,
      perMinute,
    ]);
  }

  async setSafelist(slug: string, safelist: boolean): Promise<void> {
    await this.ensurePortal(slug);
    await this.pool.query('UPDATE portal SET safelist = $2, updated_at = now() WHERE slug = $1', [
      slug,
      safelist,
    ]);
  }

  /** Registers operations for the portal's safelist; returns how many were new. */
  async registerOperations(
    slug: string,
    operations: { name: string | null; document: string }[],
  ): Promise<number> {
    await this.ensurePortal(slug);
    let added = 0;
    for (const { name, document } of operations) {
      const result = await this.pool.query(
        `INSERT INTO registered_operation (portal_slug, document_hash, operation_name, document)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [slug, operationHash(document), name, document],
      );
      added += result.rowCount ?? 0;
    }
    return added;
  }

  async listKeys(): Promise<(PortalSettings & { keys: PortalKeyRow[]; operations: number })[]> {
    const { portals, operations } = await this.snapshot();
    const keys = await this.pool.query<PortalKeyRow>(
      `SELECT id, portal_slug AS "portalSlug", name, created_at AS "createdAt", last_used_at AS "lastUsedAt",
              revoked_at AS "revokedAt"
       FROM portal_key ORDER BY portal_slug, created_at`,
    );
    return portals.map((portal) => ({
      ...portal,
      keys: keys.rows.filter((key) => key.portalSlug === portal.slug),
      operations: operations.get(portal.slug)?.size ?? 0,
    }));
  }

  /** Records that these keys were used (batched by the registry: one statement per refresh). */
  async touchKeys(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.pool.query('UPDATE portal_key SET last_used_at = now() WHERE id = ANY($1::uuid[])', [ids]);
  }

  /** The demo portals, with their development origins, unless they already have settings. */
  async seedDemoPortals(): Promise<number> {
    let added = 0;
    for (const slug of DEMO_PORTALS) {
      const result = await this.pool.query(
        'INSERT INTO portal (slug, allowed_origins) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING',
        [slug, DEVELOPMENT_ORIGINS],
      );
      added += result.rowCount ?? 0;
    }
    return added;
  }
}

/** The SHA-256 of an operation's document, in hexadecimal: the name APQ and the safelist give it. */
export function operationHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}
