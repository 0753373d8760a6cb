import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, postGraphQL } from '@passerelle/kit/testing';

/**
 * `npm start` itself, as a newcomer runs it: no DATABASE_URL, so embedded PostgreSQL with its data
 * in DATA_DIR; every service a separate process; Ctrl-C stops them all; a second start reuses the data.
 */

const root = path.join(__dirname, '..', '..');
const dataDir = path.join(tmpdir(), `passerelle-launcher-${randomBytes(4).toString('hex')}`);

interface Launch {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function launch(env: Record<string, string>): Launch {
  const { DATABASE_URL: _external, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: { ...inherited, ...env, DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(launched: Launch, text: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!launched.output().includes(text)) {
    if (launched.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`"${text}" never appeared:\n${launched.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

let ports: Record<string, string>;

beforeAll(async () => {
  // Every service on a free port, so that a platform already running here does not get in the way.
  const names = ['GATEWAY', 'GOVERNANCE', 'DIRECTORY', 'FUNDING', 'CONTENT', 'CMS', 'EMBEDDED_POSTGRES'];
  ports = {};
  for (const name of names) ports[`${name}_PORT`] = String(await freePort());
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const departmentQuery =
  '{ department(code: "40") { name region { name } places(first: 3) { totalCount edges { node { id name commune { name } } } } } }';
/** The same département's editorial content, from the CMS through the content subgraph. */
const contentQuery =
  '{ department(code: "40") { guides(first: 1) { totalCount } } portalBySlug(slug: "landes") { name } }';

async function startAndQuery(): Promise<{ launched: Launch; totalCount: number }> {
  const launched = launch(ports);
  await waitFor(launched, 'Passerelle is running');
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
  for (const service of ['gateway', 'governance', 'directory', 'funding', 'content', 'cms', 'postgres']) {
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
