import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { commandDatabase } from '@passerelle/platform/database';
import { readOperationManifest } from '../portals/operation-manifest';
import { isOriginPattern } from '../portals/origins';
import { PORTAL_SLUG } from '../portals/portal-keys';
import { PortalStore } from '../portals/portal-store';

const USAGE = `Usage: npm run portal -- <command>

  create-key <slug> [--name <label>]     a new key for the portal, printed once
  list                                   portals, their settings and keys (never the keys themselves)
  rotate <slug> [--name <label>]         a new key, and the portal's other keys revoked
  revoke <key-id>                        revoke one key (its id is in list)
  set-origins <slug> <origin>...         the browser origins of its front end (https://host, http://localhost:*)
  set-rate <slug> <n>/min                requests a minute for its keys
  set-safelist <slug> on|off             whether only its registered operations run
  register-operations <slug> <file>...   register operations: .graphql files, or a persisted-query manifest (.json)

Works on the gateway's database (GATEWAY_DATABASE_URL, DATABASE_URL, or the platform npm start runs).
Running gateways apply a change within PORTAL_REFRESH_SECONDS (5 s by default).`;

class UsageError extends Error {}

function slugArgument(value: string | undefined): string {
  if (!value) throw new UsageError('name the portal by its slug');
  if (!PORTAL_SLUG.test(value))
    throw new UsageError(`"${value}" is not a portal slug (lower-case words joined by hyphens)`);
  return value;
}

function rateArgument(value: string | undefined): number {
  const match = /^(\d+)(?:\/min)?$/.exec(value ?? '');
  const perMinute = Number(match?.[1]);
  if (!match || !Number.isSafeInteger(perMinute) || perMinute < 1) {
    throw new UsageError(`"${value ?? ''}" is not a rate: write it as <n>/min, e.g. 600/min`);
  }
  return perMinute;
}

function date(value: Date | null): string {
  return value ? value.toISOString().slice(0, 16).replace('T', ' ') : '-';
}

async function run(
  store: PortalStore,
  command: string,
  args: string[],
  name: string | undefined,
): Promise<string> {
  switch (command) {
    case 'create-key': {
      const slug = slugArgument(args[0]);
      const created = await store.createKey(slug, name ?? `${slug} key`);
      return `Key ${created.id} for ${slug} (shown once, keep it in the front end's configuration):\n${created.key}`;
    }
    case 'rotate': {
      const slug = slugArgument(args[0]);
      const created = await store.rotateKeys(slug, name ?? `${slug} key`);
      return `Key ${created.id} for ${slug} (shown once); ${created.revoked} older key(s) revoked:\n${created.key}`;
    }
    case 'revoke': {
      const id = args[0] ?? '';
      if (!/^[0-9a-f-]{36}$/i.test(id))
        throw new UsageError(`"${id}" is not a key id (npm run portal -- list shows them)`);
      if (!(await store.revokeKey(id)))
        throw new UsageError(`no key ${id} to revoke: it does not exist or was revoked`);
      return `Key ${id} revoked.`;
    }
    case 'set-origins': {
      const slug = slugArgument(args[0]);
      const origins = args.slice(1);
      const bad = origins.find((origin) => !isOriginPattern(origin));
      if (bad)
        throw new UsageError(
          `"${bad}" is not an origin: write scheme://host[:port], e.g. https://numerique.landes.fr`,
        );
      await store.setOrigins(slug, origins);
      return `${slug}: ${origins.length ? origins.join(', ') : 'no browser origin'} allowed.`;
    }
    case 'set-rate': {
      const slug = slugArgument(args[0]);
      const perMinute = rateArgument(args[1]);
      await store.setRate(slug, perMinute);
      return `${slug}: its keys may send ${perMinute} requests a minute.`;
    }
    case 'set-safelist': {
      const slug = slugArgument(args[0]);
      if (args[1] !== 'on' && args[1] !== 'off') throw new UsageError('say on or off');
      await store.setSafelist(slug, args[1] === 'on');
      return `${slug}: ${args[1] === 'on' ? 'only registered operations run' : 'any operation runs'}.`;
    }
    case 'register-operations': {
      const slug = slugArgument(args[0]);
      const files = args.slice(1);
      if (!files.length) throw new UsageError('name the .graphql files or the manifest to register');
      const operations = files.flatMap((file) => readOperationManifest(file, readFileSync(file, 'utf8')));
      const added = await store.registerOperations(slug, operations);
      return `${slug}: ${operations.length} operation(s) read, ${added} newly registered.`;
    }
    case 'list': {
      const portals = await store.listKeys();
      if (!portals.length) return 'No portal has gateway settings yet (create-key or set-origins adds one).';
      return portals
        .map((portal) =>
          [
            `${portal.slug}: origins ${portal.allowedOrigins.join(', ') || '-'}; rate ${portal.ratePerMinute ?? 'default'}/min; safelist ${portal.safelist ? 'on' : 'off'} (${portal.operations} operation(s))`,
            ...portal.keys.map(
              (key) =>
                `  ${key.id}  ${key.name}  created ${date(key.createdAt)}  last used ${date(key.lastUsedAt)}${key.revokedAt ? `  REVOKED ${date(key.revokedAt)}` : ''}`,
            ),
          ].join('\n'),
        )
        .join('\n');
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'name a command');
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  const [command = '', ...args] = positionals;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const database = commandDatabase('gateway');
  const store = await PortalStore.open(database.databaseUrl, database.databaseSetting);
  try {
    process.stdout.write(`${await run(store, command, args, values.name)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`portal: ${error.message}\n\n${USAGE}\n`);
    return 1;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`portal: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
