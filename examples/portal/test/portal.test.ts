import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { launchChromium } from '@passerelle/platform/chromium';
import { postGraphQL } from '@passerelle/platform/testing';
import { startTestPlatform, type TestPlatform } from '@passerelle/tests/src/platform';
import { createdKey, runPortalCli } from '@passerelle/tests/src/portal-cli';
import type { Browser, Page } from 'playwright-core';
import { serveStaticSite } from './support/static-site';

/**
 * The example portal as a visitor gets it: the whole platform (subgraphs, Strapi with its demo
 * content, the gateway), the portal built for production and served from its own origin, in
 * Chromium. The Landes build runs with its key in safelist mode, so that every request it makes
 * must be one of the operations its manifest registered; the same build shows Nouvelle-Aquitaine
 * with `?portal=`.
 */

const PORTAL_ROOT = path.join(__dirname, '..');
const ARTIFACTS = path.join(PORTAL_ROOT, 'test-artifacts');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const MONT_DE_MARSAN = '40192';

let platform: TestPlatform;
let site: { origin: string; close: () => Promise<void> };
let browser: Browser;
let buildDir: string;
/** Every answer the gateway gave the pages, to find refusals (safelist, CORS) anywhere. */
const gatewayStatuses: { url: string; status: number }[] = [];

const LANDES = { kind: 'DEPARTMENT', code: '40' };
const NOUVELLE_AQUITAINE = { kind: 'REGION', code: '75' };

/** The national graph, for what the pages should show (Landes runs nothing but its operations). */
const graph = (query: string, variables?: Record<string, unknown>) =>
  postGraphQL(platform.gatewayUrl, query, variables);

async function within10Seconds(check: () => Promise<boolean>): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > 10_000) throw new Error('not applied within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function buildPortal(env: Record<string, string>): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'portal-build-'));
  const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  await promisify(execFile)(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: PORTAL_ROOT,
      env: { ...process.env, ...env },
    },
  );
  return outDir;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  // The demo portals with their development origins (http://localhost:*), as `npm start` has them.
  platform = await startTestPlatform('portal_example', {
    withContent: true,
    gatewayEnv: { SEED_DEMO_DATA: 'true' },
  });
  const key = createdKey(
    await runPortalCli(platform.gatewayDatabaseUrl, 'create-key', 'landes', '--name', 'portail'),
  );
  buildDir = await buildPortal({
    VITE_GATEWAY_URL: platform.gatewayUrl,
    VITE_PORTAL: 'landes',
    VITE_PORTAL_KEY: key.key,
  });
  const manifest = path.join(buildDir, 'persisted-query-manifest.json');
  const registered = await runPortalCli(
    platform.gatewayDatabaseUrl,
    'register-operations',
    'landes',
    manifest,
  );
  expect(registered.stdout).toMatch(/landes: \d+ operation\(s\) read/);
  expect((await runPortalCli(platform.gatewayDatabaseUrl, 'set-safelist', 'landes', 'on')).code).toBe(0);
  await within10Seconds(
    async () =>
      (await postGraphQL(platform.gatewayUrl, '{ __typename }', undefined, { 'x-portal-key': key.key }))
        .status === 400,
  );
  // The content subgraph's first read of each type waits for Strapi, which on a busy machine may take
  // longer than the gateway gives a subgraph (the read goes on and fills its cache): read every type
  // until all are there, as on any running portal.
  const CONTENT =
    '{ guides(first: 1) { totalCount } practices(first: 1) { totalCount } events(first: 1) { totalCount } resources(first: 1) { totalCount } portals(first: 1) { totalCount } pageBySlug(slug: "landes-a-propos") { id } }';
  for (let attempt = 1; (await graph(CONTENT)).errors; attempt++) {
    if (attempt === 10) throw new Error('the content subgraph never read the CMS');
  }
  site = await serveStaticSite(buildDir);
  // MapLibre needs WebGL: SwiftShader renders it in software, headless.
  browser = await launchChromium(['--use-angle=swiftshader', '--enable-unsafe-swiftshader']);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await platform?.stop();
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
});

async function openPage(path: string): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  page.on('response', (response) => {
    if (response.url().startsWith(platform.gatewayUrl))
      gatewayStatuses.push({ url: response.url(), status: response.status() });
  });
  await page.goto(`${site.origin}${path}`);
  await settled(page);
  return page;
}

/** Serious and critical problems axe-core finds in the page (WCAG 2.1 A and AA, and best practices). */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
  });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

/** How many places the graph finds for this filter. */
async function placesCount(filter: Record<string, unknown>): Promise<number> {
  const answer = await graph('query ($filter: PlaceFilter) { places(filter: $filter) { totalCount } }', {
    filter,
  });
  expect(answer.errors).toBeUndefined();
  return answer.data?.places.totalCount;
}

/** Waits for the page the router is reading to be shown. */
const settled = (page: Page) => page.locator('main:not([aria-busy]) h1').first().waitFor();

describe('the Landes portal, built with its key in safelist mode', () => {
  it('shows its theme, logo, menu, tagline, featured content and places per service from the CMS and the graph', async () => {
    const page = await openPage('/');
    await expect(page.title()).resolves.toBe('Accueil — Landes numérique solidaire');
    await expect(page.locator('header .portal-name').textContent()).resolves.toBe(
      'Landes numérique solidaire',
    );
    await expect(page.locator('header .tagline').textContent()).resolves.toContain('personne ne reste seul');
    const logo = page.locator('header img.logo');
    await expect(
      logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0),
    ).resolves.toBe(true);
    await expect(
      page.locator('header').evaluate((header) => getComputedStyle(header).backgroundColor),
    ).resolves.toBe('rgb(11, 110, 79)');
    await expect(
      page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link').allTextContents(),
    ).resolves.toEqual([
      "Trouver de l'aide",
      'Guides pratiques',
      'Initiatives landaises',
      'Agenda',
      'Pour les professionnels',
      'Le département',
      'À propos',
    ]);
    await expect(
      page.getByRole('region', { name: 'Guides à la une' }).getByRole('heading', { level: 3 }).count(),
    ).resolves.toBe(4);
    await expect(
      page.getByRole('region', { name: 'Initiatives à la une' }).getByRole('heading', { level: 3 }).count(),
    ).resolves.toBe(3);
    await expect(
      page.getByRole('region', { name: 'Prochains événements' }).getByRole('heading', { level: 3 }).count(),
    ).resolves.toBeGreaterThan(0);
    // The counts per service are the Landes places' (the gateway's scope, not the country's).
    const administrative = await placesCount({ territory: LANDES, services: ['ADMINISTRATIVE_PROCEDURES'] });
    await expect(
      page.locator('.service-counts a[href*="ADMINISTRATIVE_PROCEDURES"] .count').textContent(),
    ).resolves.toBe(String(administrative));
    await expect(page.getByRole('contentinfo').getByRole('link').allTextContents()).resolves.toEqual([
      'À propos',
      "Trouver de l'aide près de chez vous",
      'Mentions légales',
    ]);
    await screenshot(page, 'landes-accueil');
    await page.close();
  });

  it('searches near a commune, filters by a service, lists and maps the results', async () => {
    const page = await openPage('/lieux');
    const commune = page.getByRole('combobox', { name: 'Commune ou code postal' });
    await commune.fill('Mont-de-Mar');
    await page.getByRole('option', { name: /^Mont-de-Marsan/ }).click();
    await expect(commune.inputValue()).resolves.toBe('Mont-de-Marsan (40000)');
    await page.getByLabel('Dans un rayon de').selectOption('50');
    await page.getByText('Filtres', { exact: true }).click();
    await page
      .getByRole('group', { name: 'Services proposés' })
      .getByLabel(/Maîtrise des outils numériques du quotidien/)
      .check();
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(/commune=40192/);
    await settled(page);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      commune: MONT_DE_MARSAN,
      rayon: '50',
      services: 'EVERYDAY_DIGITAL_TOOLS',
    });

    const expected = await placesCount({
      near: { communeCode: MONT_DE_MARSAN, radiusKm: 50 },
      services: ['EVERYDAY_DIGITAL_TOOLS'],
    });
    expect(expected).toBeGreaterThan(0);
    const results = page.getByRole('region', { name: /lieux? trouvés? à moins de 50 km/ });
    await expect(results.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      `${expected} ${expected > 1 ? 'lieux trouvés' : 'lieu trouvé'} à moins de 50 km`,
    );
    const cards = results.locator('.place-card');
    const shown = await cards.count();
    expect(shown).toBe(Math.min(expected, 20));
    for (const text of await cards.allTextContents())
      expect(text).toContain('Maîtrise des outils numériques du quotidien');
    // Nearest first, each with its distance.
    const distances = (await cards.locator('.meta').allTextContents()).map((text) =>
      Number(/à ([\d,]+) km/.exec(text)?.[1]?.replace(',', '.')),
    );
    expect(distances).toEqual([...distances].sort((a, b) => a - b));

    // The map draws one marker per place of the page that has coordinates.
    const map = page.locator('#carte');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#carte')?.dataset.map !== undefined,
    );
    await expect(map.getAttribute('data-map')).resolves.toBe('ready');
    await expect(map.locator('canvas.maplibregl-canvas').count()).resolves.toBe(1);
    const markers = Number(await map.getAttribute('data-markers'));
    expect(markers).toBeGreaterThan(0);
    expect(markers).toBeLessThanOrEqual(shown);
    await screenshot(page, 'landes-lieux-recherche');
    await page.close();
  });

  it('opens a place: its services, opening hours and whether it is open now, its Pass numérique, and reports an error', async () => {
    const page = await openPage(`/lieux?commune=${MONT_DE_MARSAN}&rayon=20`);
    const link = page.locator('.place-card h3 a').first();
    const name = await link.textContent();
    await link.click();
    await page.getByRole('heading', { level: 1, name: name ?? '' }).waitFor();
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    const truth = await graph(
      'query ($id: ID!) { place(id: $id) { openingHours { isOpenNow } passNumeriqueCampaigns { issuer } } }',
      { id },
    );
    const hours = page.getByRole('region', { name: 'Horaires' });
    await expect(hours.locator('table tbody tr').count()).resolves.toBe(7);
    const status = await hours.getByTestId('open-now').textContent();
    expect(status).toMatch(
      truth.data?.place.openingHours.isOpenNow ? /^Ouvert maintenant/ : /^Fermé maintenant/,
    );
    expect(status).toMatch(/(ferme|ouvre) /);
    await expect(page.getByRole('region', { name: 'Services et publics' }).textContent()).resolves.toContain(
      'Services proposés',
    );
    for (const { issuer } of truth.data?.place.passNumeriqueCampaigns ?? []) {
      await expect(page.getByRole('region', { name: 'Pass numérique' }).textContent()).resolves.toContain(
        issuer,
      );
    }
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'landes-lieu');

    const report = page.getByRole('region', { name: 'Signaler une erreur' });
    await report.getByLabel("Qu'est-ce qui est faux ?").selectOption('WRONG_HOURS');
    await report.getByLabel(/Ce qu’il faut corriger/).fill('Le lieu est fermé le vendredi après-midi.');
    await report.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await expect(report.getByRole('status').textContent()).resolves.toMatch(
      /^Merci : votre signalement a été transmis/,
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    const stored = await platform.prisma.directory.placeIssueReport.findMany({ where: { placeId: id } });
    expect(stored.map(({ kind, message }) => ({ kind, message }))).toEqual([
      { kind: 'WRONG_HOURS', message: 'Le lieu est fermé le vendredi après-midi.' },
    ]);
    await page.close();
  });

  it('made only operations of its manifest: the gateway refused none of its requests', () => {
    expect(gatewayStatuses.length).toBeGreaterThan(10);
    expect(gatewayStatuses.filter(({ status }) => status !== 200 && status !== 204)).toEqual([]);
  });
});

describe('the same build for another portal (?portal=nouvelle-aquitaine)', () => {
  it('takes its theme, menu and scope from the CMS and the gateway, and keeps the portal in its links', async () => {
    const page = await openPage('/?portal=nouvelle-aquitaine');
    await expect(page.title()).resolves.toBe('Accueil — Inclusion numérique Nouvelle-Aquitaine');
    await expect(
      page.locator('header').evaluate((header) => getComputedStyle(header).backgroundColor),
    ).resolves.toBe('rgb(29, 79, 145)');
    await expect(
      page
        .getByRole('navigation', { name: 'Menu principal' })
        .getByRole('link', { name: 'Gouvernances' })
        .getAttribute('href'),
    ).resolves.toBe('/gouvernance?portal=nouvelle-aquitaine');
    await screenshot(page, 'nouvelle-aquitaine-accueil');
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Trouver un lieu' })
      .click();
    await page.waitForURL(/\/lieux\?portal=nouvelle-aquitaine$/);
    await settled(page);
    const region = await placesCount({ territory: NOUVELLE_AQUITAINE });
    const landes = await placesCount({ territory: LANDES });
    expect(region).toBeGreaterThan(landes);
    await expect(
      page.getByRole('heading', { level: 2, name: /trouvés sur le territoire/ }).textContent(),
    ).resolves.toBe(`${region} lieux trouvés sur le territoire`);
    await page.close();
  });

  it('pages through a territory, forwards and back', async () => {
    // The région's places: the Landes have one page of demo places only.
    const page = await openPage('/lieux?portal=nouvelle-aquitaine');
    const total = await placesCount({ territory: NOUVELLE_AQUITAINE });
    expect(total).toBeGreaterThan(20);
    const names = () => page.locator('.place-card h3').allTextContents();
    const first = await names();
    expect(first).toHaveLength(20);
    await page.getByRole('link', { name: 'Page suivante' }).click();
    await page.waitForURL(/page=2/);
    await settled(page);
    await page.locator('.place-list').waitFor();
    const second = await names();
    expect(second).toHaveLength(Math.min(total - 20, 20));
    expect(second.filter((name) => first.includes(name))).toEqual([]);
    await page.getByRole('link', { name: 'Page précédente' }).click();
    await page.waitForURL(/page=1/);
    await settled(page);
    await expect(names()).resolves.toEqual(first);
    await page.close();
  });
});

describe('keyboard only', () => {
  /** Tabs forward until the focused element is the one `matches` names (at most 80 steps). */
  async function tabTo(
    page: Page,
    matches: (element: Element) => boolean,
    description: string,
  ): Promise<void> {
    for (let step = 0; step < 80; step++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
    }
    throw new Error(`Tab never reached ${description}`);
  }

  it('skips to the content, searches near a commune with a filter, opens a result, with focus always visible', async () => {
    const page = await openPage('/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('contenu');

    // From the top of a page again, to the menu.
    await page.goto(`${site.origin}/`);
    await settled(page);
    await tabTo(page, (element) => element.textContent === "Trouver de l'aide", 'the menu');
    await expect(
      page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle),
    ).resolves.toBe('solid');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/lieux$/);
    await settled(page);
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');

    await tabTo(page, (element) => element.getAttribute('role') === 'combobox', 'the commune field');
    await page.keyboard.type('Mont-de-Mar');
    await page.getByRole('option', { name: /^Mont-de-Marsan/ }).waitFor();
    // Down the suggestions to Mont-de-Marsan (Mont-de-Marrast may come first), then Enter.
    const active = () =>
      page.evaluate(() => {
        const id = document.activeElement?.getAttribute('aria-activedescendant');
        return id ? document.getElementById(id)?.textContent : undefined;
      });
    for (let step = 0; step < 8 && !(await active())?.startsWith('Mont-de-Marsan'); step++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: 'Commune ou code postal' }).inputValue()).resolves.toBe(
      'Mont-de-Marsan (40000)',
    );
    await tabTo(page, (element) => element.tagName === 'SUMMARY', 'the filters');
    await page.keyboard.press('Enter');
    await tabTo(
      page,
      (element) => (element as HTMLInputElement).value === 'EVERYDAY_DIGITAL_TOOLS',
      'a service',
    );
    await expect(
      page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle),
    ).resolves.toBe('solid');
    await page.keyboard.press('Space');
    await tabTo(page, (element) => element.textContent === 'Rechercher', 'the search button');
    await page.keyboard.press('Enter');
    await page.waitForURL(/services=EVERYDAY_DIGITAL_TOOLS/);
    await settled(page);
    expect(new URL(page.url()).searchParams.get('commune')).toBe(MONT_DE_MARSAN);
    await page.locator('.place-list').waitFor();

    // The results' own skip link, past the form and its filters.
    await tabTo(
      page,
      (element) => element.textContent?.startsWith('Aller aux résultats') ?? false,
      'the results link',
    );
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H2');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('.place-card') !== null)).resolves.toBe(
      true,
    );
    const name = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/lieux\/[0-9a-f-]{36}$/);
    await settled(page);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(name);
    await screenshot(page, 'landes-clavier-lieu');
    await page.close();
  });
});

describe('accessibility and screenshots of every page', () => {
  const PAGES: [portal: string, path: string][] = [
    ['landes', '/'],
    ['landes', `/lieux?commune=${MONT_DE_MARSAN}&rayon=50&services=EVERYDAY_DIGITAL_TOOLS`],
    ['landes', '/financements'],
    ['landes', '/departements/40'],
    ['landes', '/guides'],
    ['landes', '/guides/mont-de-marsan-parcours-numerique-seniors'],
    ['landes', '/pratiques'],
    ['landes', '/pratiques/bus-numerique-des-landes'],
    ['landes', '/evenements'],
    ['landes', '/evenements/cafe-numerique-mont-de-marsan-arnaques-en-ligne'],
    ['landes', '/ressources'],
    ['landes', '/pages/landes-a-propos'],
    ['nouvelle-aquitaine', '/?portal=nouvelle-aquitaine'],
    ['nouvelle-aquitaine', '/gouvernance?portal=nouvelle-aquitaine'],
    ['nouvelle-aquitaine', '/financements?portal=nouvelle-aquitaine&beneficiaire=ASSOCIATION'],
  ];

  it.each(PAGES)(
    '%s %s has no serious or critical violation, at 1280 and 360 pixels wide',
    async (portal, path) => {
      const name = `${portal}${path.split('?')[0]?.replace(/\//g, '-').replace(/-$/, '') || ''}`;
      const page = await openPage(path);
      await page.waitForLoadState('networkidle');
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, name);

      // Down to 360 px, nothing needs scrolling sideways.
      await page.setViewportSize({ width: 360, height: 740 });
      await page.waitForLoadState('networkidle');
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
        360,
      );
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, `${name}-360`);
      await page.close();
    },
  );
});
