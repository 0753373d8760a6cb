import { Client } from 'pg';
import { ConfigurationError } from '../errors';
import { databaseName, redactUrl, withDatabase } from './urls';

const DUPLICATE_DATABASE = '42P04';

/** Opens a connection, turning a refused or failed connection into an error that names the setting. */
export async function connect(url: string, setting: string): Promise<Client> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message || error.name : String(error);
    throw new ConfigurationError(setting, `cannot connect to ${redactUrl(url)} (${reason})`);
  }
}

/** Creates the database named in `url` on its server if it does not exist yet. */
export async function ensureDatabase(url: string, setting: string): Promise<void> {
  const name = databaseName(url);
  const admin = await connect(withDatabase(url, 'postgres'), setting);
  try {
    const existing = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount) return;
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } catch (error) {
    // Two replicas starting together may both try to create it.
    if ((error as { code?: string }).code !== DUPLICATE_DATABASE) throw error;
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(url: string, setting: string): Promise<void> {
  const admin = await connect(withDatabase(url, 'postgres'), setting);
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName(url).replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
