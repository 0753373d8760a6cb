import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The secrets `npm start` generates (each overridden by its environment variable). */
export interface PlatformSecrets {
  /** AUTH_SECRET: signs and verifies callers' tokens. */
  authSecret: string;
  /** GATEWAY_SECRET: the gateway signs its requests to the subgraphs with it. */
  gatewaySecret: string;
  /** CMS_SECRET: Strapi's own secrets are derived from it. */
  cmsSecret: string;
  /** CMS_API_TOKEN: the content subgraph's read-only token in Strapi. */
  cmsApiToken: string;
  /** CMS_WEBHOOK_SECRET: Strapi signs its webhook calls to the content subgraph with it. */
  cmsWebhookSecret: string;
  /** CMS_ADMIN_PASSWORD: the password of the CMS's first administrator, created at first start. */
  cmsAdminPassword: string;
}

const generate = () => randomBytes(32).toString('base64url');

/** A secret Strapi takes as an admin password: it must hold a lower-case letter, a capital and a digit. */
function generateAdminPassword(): string {
  for (;;) {
    // 43 characters lack one of them about once in 1,500 draws.
    const password = generate();
    if (/[a-z]/.test(password) && /[A-Z]/.test(password) && /[0-9]/.test(password)) return password;
  }
}

const secretsFile = (dataDir: string) => path.join(dataDir, 'secrets.json');

/**
 * The secrets `npm start` needs, generated at first start and kept in DATA_DIR (never in the
 * repository); the same file on every later start. Secrets added by a newer version are
 * generated into the existing file.
 */
export function loadOrCreateSecrets(dataDir: string): PlatformSecrets {
  const file = secretsFile(dataDir);
  const existing = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<PlatformSecrets>)
    : {};
  const secrets: PlatformSecrets = {
    authSecret: existing.authSecret ?? generate(),
    gatewaySecret: existing.gatewaySecret ?? generate(),
    cmsSecret: existing.cmsSecret ?? generate(),
    cmsApiToken: existing.cmsApiToken ?? generate(),
    cmsWebhookSecret: existing.cmsWebhookSecret ?? generate(),
    cmsAdminPassword: existing.cmsAdminPassword ?? generateAdminPassword(),
  };
  if (Object.keys(secrets).some((name) => !(name in existing))) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}

/** The secrets a platform already generated, or undefined when `npm start` never ran on this folder. */
export function readSecrets(dataDir: string): Partial<PlatformSecrets> | undefined {
  const file = secretsFile(dataDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<PlatformSecrets>) : undefined;
}

/** The secrets as the services read them, from their environment variables. */
export function secretsEnvironment(secrets: PlatformSecrets): NodeJS.ProcessEnv {
  return {
    AUTH_SECRET: secrets.authSecret,
    GATEWAY_SECRET: secrets.gatewaySecret,
    CMS_SECRET: secrets.cmsSecret,
    CMS_API_TOKEN: secrets.cmsApiToken,
    CMS_WEBHOOK_SECRET: secrets.cmsWebhookSecret,
    CMS_ADMIN_PASSWORD: secrets.cmsAdminPassword,
  };
}
