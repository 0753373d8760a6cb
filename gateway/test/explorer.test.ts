import { existsSync } from 'node:fs';
import { readOperationLimits } from '@passerelle/platform/config';
import { type RunningServer, startGraphQLHttpServer } from '@passerelle/platform/http';
import { createLogger } from '@passerelle/platform/service';
import { createTestDatabase, TEST_SUBGRAPH_SECURITY, type TestDatabase } from '@passerelle/platform/testing';
import { buildSchema } from 'graphql';
import { type Browser, chromium } from 'playwright-core';
import { readGatewayConfig } from '../src/config';
import { startGateway } from '../src/server';

/**
 * The explorer works with no internet: the gateway serves GraphiQL's page and bundle itself, and
 * a browser that loads it asks no other host for anything. `{ __typename }` needs no subgraph, so
 * the gateway runs here on the committed supergraph alone, with its database of portals.
 */

const CHROMIUM = '/usr/bin/chromium';

/**
 * URLs the bundle holds as text and never loads: XML namespace names React and CodeMirror create
 * elements in, links a reader may follow (the logo's, the key-map manual's), and messages of
 * graphql-js and React. A new URL here is a new reference to check by hand.
 */
const INERT_URLS = [
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/XML/1998/namespace',
  'https://github.com/graphql/graphiql',
  'https://codemirror.net/5/doc/manual.html#keymaps',
  'https://commonmark.org/',
  'https://en.wikipedia.org/wiki/IEEE_floating_point',
  'https://reactjs.org/docs/error-decoder.html?invariant=',
  'https://yarnpkg.com/en/docs/selective-version-resolutions',
];

/** Every URL with a host (markdown-it's `"http://" + link` names none). */
const urlsIn = (text: string) => [...new Set(text.match(/https?:\/\/[\w.-]+[^\s"'`)<>\\]*/g) ?? [])];

let database: TestDatabase;
let gateway: RunningServer;
let origin: string;

beforeAll(async () => {
  database = await createTestDatabase('explorer_gateway');
  const { logLevel: _, ...config } = readGatewayConfig({
    AUTH_SECRET: TEST_SUBGRAPH_SECURITY.authSecret,
    GATEWAY_SECRET: TEST_SUBGRAPH_SECURITY.gatewaySecret,
    GATEWAY_DATABASE_URL: database.url,
  });
  gateway = await startGateway({
    ...config,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger('test', 'silent'),
  });
  origin = new URL(gateway.url).origin;
});

afterAll(async () => {
  await gateway?.stop();
  await database?.drop();
});

const getPage = () =>
  fetch(gateway.url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });

describe('the explorer page', () => {
  it('is served on GET /graphql to a browser, while GraphQL clients get GraphQL', async () => {
    const page = await getPage();
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<div id="explorer">');
    const json = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: '*/*', 'apollo-require-preflight': 'true' },
    });
    expect(await json.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('and every script and style it references name no other host', async () => {
    const html = await (await getPage()).text();
    expect(urlsIn(html)).toEqual([]);
    const assets = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)]
      .map(([, reference]) => String(reference))
      .filter((reference) => !reference.startsWith('data:'));
    expect(assets).toEqual(['/explorer/explorer.css', '/explorer/explorer.js']);
    for (const asset of assets) {
      const response = await fetch(new URL(asset, origin));
      expect({ asset, status: response.status }).toEqual({ asset, status: 200 });
      const text = await response.text();
      if (asset.endsWith('.css')) {
        expect(urlsIn(text)).toEqual([]);
        // Fonts and images are inlined; nothing is imported.
        expect(
          [...text.matchAll(/url\(\s*["']?([^"')]*)/g)].filter(([, url]) => !url?.startsWith('data:')),
        ).toEqual([]);
        expect(text).not.toMatch(/@import/);
      } else {
        expect(urlsIn(text).filter((url) => !INERT_URLS.includes(url))).toEqual([]);
      }
    }
  });

  it('is under a content security policy that allows no other host', async () => {
    const policy = (await getPage()).headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it('is not what a subgraph serves: subgraphs have no landing page', async () => {
    const subgraph = await startGraphQLHttpServer({
      name: 'subgraph',
      port: 0,
      host: '127.0.0.1',
      portSetting: 'TEST_PORT',
      logger: createLogger('test', 'silent'),
      apollo: { schema: buildSchema('type Query { ok: Boolean }') },
      context: (base) => base,
      limits: readOperationLimits({}),
    });
    try {
      const response = await fetch(subgraph.url, { headers: { accept: 'text/html' } });
      expect(response.headers.get('content-type')).not.toMatch(/html/);
      expect(urlsIn(await response.text())).toEqual([]);
    } finally {
      await subgraph.stop();
    }
  });
});

describe('the explorer in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no ${CHROMIUM}: apt-get install -y chromium (.ci/run does)`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
  });

  afterAll(() => browser?.close());

  it('runs { __typename }, sends the portal key of the pre-filled headers, asks only the gateway', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    // Errors in the console (a policy violation, say), but for the refusal of the unknown key below.
    const refusal = 'the server responded with a status of 401';
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes(refusal)) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    await page.goto(gateway.url);
    await expect(page.locator('.graphiql-editor-tool').textContent()).resolves.toMatch(/"X-Portal-Key": ""/);

    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('{ __typename }');
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response .CodeMirror-code');
    await response.filter({ hasText: '"Query"' }).waitFor();
    expect(await response.textContent()).toMatch(/"data": \{\s*"__typename": "Query"\s*\}/);

    // A key pasted into the headers panel goes with the request: an unknown one is refused.
    await page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('{"X-Portal-Key": "pk_unknown"}');
    await page.locator('.graphiql-execute-button').click();
    await response.filter({ hasText: 'UNAUTHENTICATED' }).waitFor();

    // The settings dialog adds a <style> element: the policy must let it, as the console shows.
    await page.getByRole('button', { name: 'Open settings dialog' }).click();
    await page.getByRole('dialog').waitFor();

    expect(requested.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
