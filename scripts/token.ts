import { parseArgs } from 'node:util';
import { type Grant, grantSchema, signToken } from '@passerelle/platform/auth';
import { readConfig, readSecrets } from '@passerelle/platform/config';
import { commandPlatform } from '@passerelle/platform/database';
import { ConfigurationError } from '@passerelle/platform/errors';
import { z } from 'zod';

const USAGE = `Usage: npm run -s token -- --subject <who> [--admin] [--data-manager department:<code>|source:<name>]...
         [--funding-editor] [--governance-editor <département>]... [--content-editor] [--expires 30d]

Prints a token for the Authorization header ("Bearer <token>"), signed with AUTH_SECRET (by default
the secret of the platform npm start runs, or else the one it generated in DATA_DIR). Examples:
  npm run -s token -- --subject alice@landes.fr --data-manager department:40
  npm run -s token -- --subject bob@reseau.fr --data-manager source:hinaura --expires 7d
  npm run -s token -- --subject eve@anct.fr --funding-editor
  npm run -s token -- --subject max@landes.fr --governance-editor 40
  npm run -s token -- --subject ines@landes.fr --content-editor     (previews drafts of the CMS)`;

function dataManagerGrant(value: string): Grant {
  const [scope, name] = value.split(':');
  if (scope === 'department' && name) return grantSchema.parse({ role: 'data-manager', department: name });
  if (scope === 'source' && name) return grantSchema.parse({ role: 'data-manager', dataset: name });
  throw new Error(`--data-manager takes department:<code> or source:<name>, not "${value}"`);
}

/** The running platform's secret: a token signed with any other one would be refused by it. */
function platformAuthSecret(): string {
  const platform = commandPlatform();
  const secret = readSecrets(platform.dataDir)?.authSecret;
  if (!secret) {
    throw new ConfigurationError(
      'AUTH_SECRET',
      `not set, and ${platform.description} has no secrets yet: start it with npm start first, or set AUTH_SECRET`,
    );
  }
  return secret;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      subject: { type: 'string' },
      admin: { type: 'boolean', default: false },
      'data-manager': { type: 'string', multiple: true, default: [] },
      'funding-editor': { type: 'boolean', default: false },
      'governance-editor': { type: 'string', multiple: true, default: [] },
      'content-editor': { type: 'boolean', default: false },
      expires: { type: 'string', default: '30d' },
      help: { type: 'boolean', default: false },
    },
  });
  const grants: Grant[] = [
    ...(values.admin ? [{ role: 'admin' as const }] : []),
    ...(values['data-manager'] ?? []).map(dataManagerGrant),
    ...(values['funding-editor'] ? [{ role: 'funding-editor' as const }] : []),
    ...(values['governance-editor'] ?? []).map((department) =>
      grantSchema.parse({ role: 'governance-editor', department }),
    ),
    ...(values['content-editor'] ? [{ role: 'content-editor' as const }] : []),
  ];
  if (values.help || !values.subject || !grants.length) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 1;
  }
  const { AUTH_SECRET } = readConfig({ AUTH_SECRET: z.string().optional() });
  const secret = AUTH_SECRET ?? platformAuthSecret();
  process.stdout.write(`${await signToken({ subject: values.subject, grants }, secret, values.expires)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`token: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
