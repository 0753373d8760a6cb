import { rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { postGraphQL } from '@passerelle/platform/testing';
import {
  type Launch,
  launch as launchIn,
  launchSettings,
  npmRun,
  pidOf,
  SUBGRAPHS,
  waitFor,
} from '../src/launcher';

/**
 * `npm start` itself, as a newcomer runs it: no DATABASE_URL, so embedded PostgreSQL with its data
 * in DATA_DIR; every service a separate process; Ctrl-C stops them all; a second start reuses the data.
 */

let dataDir: string;
let ports: Record<string, string>;
/** Every platform a test started: one that failed half-way is stopped before the next test starts. */
const launches: Launch[] = [];
const launch = (env: Record<string, string>) => {
  const launched = launchIn(dataDir, env);
  launches.push(launched);
  return launched;
};

afterEach(async () => {
  for (const launched of launches.splice(0)) {
    if (launched.child.exitCode !== null) continue;
    launched.child.kill('SIGINT');
    await launched.exited;
  }
});

beforeAll(async () => {
  ({ dataDir, ports } = await launchSettings('launcher'));
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const departmentQuery =
  '{ department(code: "40") { name region { name } places(first: 3) { totalCount edges { node { id name commune { name } } } } } }';
/** The same département's editorial content, from the CMS through the content subgraph. */
const contentQuery =
  '{ department(code: "40") { guides(first: 1) { totalCount } } portalBySlug(slug: "landes") { name } }';

async function startAndQuery(): Promise<{ launched: Launch; totalCount: number }> {
  const launched = launch(ports);
  // The first start migrates and seeds everything: minutes on a busy 2-core machine.
  await waitFor(launched, 'Passerelle is running', 300_000);
  const { data, errors } = await postGraphQL(
    `http://localhost:${ports.GATEWAY_PORT}/graphql`,
    departmentQuery,
  );
  expect(errors).toBeUndefined();
  expect(data?.department).toMatchObject({ name: 'Landes', region: { name: 'Nouvelle-Aquitaine' } });
  expect(data?.department.places.edges).toHaveLength(3);
  expect(data?.department.places.edges[0].node.commune.name).toEqual(expect.any(String));
  const content = await postGraphQL(`http://localhost:${ports.GATEWAY_PORT}/graphql`, contentQuery);
  expect(content.errors).toBeUndefined();
  expect(content.data?.department.guides.totalCount).toBeGreaterThan(0);
  expect(content.data?.portalBySlug.name).toEqual(expect.any(String));
  return { launched, totalCount: data?.department.places.totalCount };
}

async function interrupt(launched: Launch): Promise<void> {
  launched.child.kill('SIGINT');
  expect(await launched.exited).toBe(0);
  for (const service of ['gateway', ...SUBGRAPHS, 'cms', 'postgres']) {
    expect(launched.output()).toContain(`${service}: stopped in`);
  }
}

describe('npm start', () => {
  let firstCount: number;

  it('starts everything on embedded defaults, answers the federated query and stops on Ctrl-C', async () => {
    const { launched, totalCount } = await startAndQuery();
    expect(launched.output()).toContain('demo places added');
    expect(launched.output()).toContain('demo content added');
    firstCount = totalCount;
    await interrupt(launched);
  });

  it('starts again on the same data without seeding twice', async () => {
    const { launched, totalCount } = await startAndQuery();
    expect(launched.output()).toContain('demo places already present');
    expect(launched.output()).toContain('demo content already present');
    expect(totalCount).toBe(firstCount);
    await interrupt(launched);
  });

  describe('while it runs', () => {
    let launched: Launch;
    const gatewayUrl = () => `http://localhost:${ports.GATEWAY_PORT}/graphql`;

    beforeAll(async () => {
      launched = launchIn(dataDir, ports);
      await waitFor(launched, 'Passerelle is running', 300_000);
    });

    afterAll(() => interrupt(launched));

    it('restarts a service that dies, and the others go on answering meanwhile', async () => {
      const before = pidOf(launched, 'directory');
      const outputBefore = launched.output().length;
      process.kill(before, 'SIGKILL');
      await waitFor(launched, 'directory exited (SIGKILL); restarting in 1 s', 30_000, outputBefore);
      const during = await postGraphQL(
        gatewayUrl(),
        '{ department(code: "40") { name places { totalCount } } }',
      );
      expect(during.data?.department.name).toBe('Landes');
      expect(during.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
      await waitFor(launched, 'directory ready (pid', 60_000, outputBefore);
      expect(pidOf(launched, 'directory')).not.toBe(before);
      const after = await postGraphQL(gatewayUrl(), departmentQuery);
      expect(after.errors).toBeUndefined();
      expect(after.data?.department.places.edges).toHaveLength(3);
    });

    it('listens beyond this machine with the gateway only', async () => {
      const external = Object.values(networkInterfaces())
        .flat()
        .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
      expect(external).toBeDefined();
      const reachable = (port: string) =>
        new Promise<boolean>((resolve) => {
          const socket = net.connect(Number(port), external as string);
          socket.once('connect', () => {
            socket.destroy();
            resolve(true);
          });
          socket.once('error', () => resolve(false));
        });
      expect(await reachable(ports.GATEWAY_PORT as string)).toBe(true);
      for (const service of ['GOVERNANCE', 'DIRECTORY', 'FUNDING', 'CONTENT', 'CMS', 'EMBEDDED_POSTGRES']) {
        expect([service, await reachable(ports[`${service}_PORT`] as string)]).toEqual([service, false]);
      }
    });

    it('gives the commands its own settings, whatever DATA_DIR and port it was started with', async () => {
      const token = await npmRun(['token', '--', '--subject', 'admin@example.org', '--admin']);
      expect(token.code).toBe(0);
      const reports = await postGraphQL(gatewayUrl(), '{ placeIssueReports { totalCount } }', undefined, {
        authorization: `Bearer ${token.stdout.trim()}`,
      });
      expect(reports.errors).toBeUndefined();

      const file = path.join(dataDir, 'one-place.csv');
      writeFileSync(
        file,
        'id,pivot,nom,commune,code_postal,code_insee,adresse,date_maj\nlauncher-1,21400192600019,Lieu du lanceur,Mont-de-Marsan,40000,40192,1 place du Marché,2026-10-01\n',
      );
      const imported = await npmRun(['import', '--', file, '--source', 'launcher-test']);
      // Off a terminal, the import may print a progress line on stderr when slow; nothing else.
      const complaints = imported.stderr.split('\n').filter((line) => line && !line.startsWith('import: '));
      expect([imported.code, complaints]).toEqual([0, []]);
      const found = await postGraphQL(
        gatewayUrl(),
        '{ places(filter: { text: "Lieu du lanceur" }) { totalCount } }',
      );
      expect(found.data?.places.totalCount).toBe(1);
    });

    it('refuses commands given settings that contradict it, naming both values', async () => {
      const token = await npmRun(['token', '--', '--subject', 'a@example.org', '--admin'], {
        DATA_DIR: path.join(tmpdir(), 'another-data-dir'),
      });
      expect(token.code).toBe(1);
      expect(token.stderr).toContain(`npm start is running with DATA_DIR=${dataDir}`);
      const exported = await npmRun(['export', '--', '--format', 'csv'], { EMBEDDED_POSTGRES_PORT: '1' });
      expect(exported.code).not.toBe(0);
      expect(exported.stderr).toContain(
        `running its PostgreSQL on port ${ports.EMBEDDED_POSTGRES_PORT}, not 1`,
      );
    });
  });

  it('stops with a message naming the setting when a port is busy', async () => {
    const blocker = net.createServer().listen(Number(ports.GATEWAY_PORT));
    try {
      const launched = launch(ports);
      expect(await launched.exited).toBe(1);
      expect(launched.output()).toContain(`GATEWAY_PORT: port ${ports.GATEWAY_PORT} is already in use`);
    } finally {
      blocker.close();
    }
  });
});
