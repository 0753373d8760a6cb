import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase } from '../database/ensure-database';
import { withDatabase } from '../database/urls';

export const TEST_SERVER_URL_VARIABLE = 'PASSERELLE_TEST_SERVER_URL';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file, so files never share state and can run in parallel.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const serverUrl = process.env[TEST_SERVER_URL_VARIABLE];
  if (!serverUrl)
    throw new Error(`${TEST_SERVER_URL_VARIABLE} is not set: run tests through Jest's global setup`);
  const name = `test_${label.replace(/\W+/g, '_')}_${randomBytes(4).toString('hex')}`.toLowerCase();
  const url = withDatabase(serverUrl, name);
  await ensureDatabase(url, TEST_SERVER_URL_VARIABLE);
  return { url, drop: () => dropDatabase(url, TEST_SERVER_URL_VARIABLE) };
}
