import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface PlatformSecrets {
  authSecret: string;
}

/**
 * The secrets `npm start` needs, generated at first start and kept in DATA_DIR (never in the
 * repository); the same file on every later start.
 */
export function loadOrCreateSecrets(dataDir: string): PlatformSecrets {
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as PlatformSecrets;
  const secrets: PlatformSecrets = { authSecret: randomBytes(32).toString('base64url') };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}
