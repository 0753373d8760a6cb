import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  type CartographieExample,
  exportSource,
  startCartographieExample,
} from '@passerelle/example-cartographie';
import { launchChromium } from '@passerelle/platform/chromium';
import type { Browser } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '../src/platform';
import { allowOrigins } from '../src/portal-cli';

const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

let platform: TestPlatform;
let example: CartographieExample;
let browser: Browser;

beforeAll(async () => {
  platform = await startTestPlatform('cartographie', { withContent: true });
  example = await startCartographieExample({ source: exportSource(platform.gatewayUrl, 'landes') });
  await allowOrigins(platform, 'landes', 'http://127.0.0.1:*', new URL(example.url).origin);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await example?.stop();
  await platform?.stop();
});

/** The component writes names in its own case ("Bus numérique landes (mont-de-marsan)"). */
const caseless = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');

/**
 * examples/cartographie as a territory would put it online: the Cartographie nationale's web
 * component (5.22, from node_modules) on a page of its own origin, its `source` the gateway's v0.1
 * export for the Landes portal. The map's background comes from hosts this machine cannot reach:
 * it stays empty; the places, their count and their pages are Passerelle's.
 */
it("shows the portal's places: their count, a département's list and a place's page", async () => {
  const places = await platform.prisma.directory.place.findMany({
    where: { departmentCode: '40', archivedAt: null },
    orderBy: { name: 'asc' },
  });
  const described = places.filter((place) =>
    place.services.some((service) => service !== 'SAFE_DIGITAL_USE'),
  );
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));

  await page.goto(example.url);
  await page.getByText(`${described.length} résultats`).first().waitFor({ timeout: 60_000 });
  expect(await page.locator('body').textContent()).toContain('Nouvelle-Aquitaine');

  // The département's page (where a visitor gets by its région): its list shows Passerelle's places, in their communes.
  await page.goto(new URL('cartographie/regions/Nouvelle-Aquitaine/Landes', example.url).toString());
  const shown = async () => {
    const list = ((await page.locator('body').textContent()) ?? '').toLowerCase();
    return described.filter((place) => list.includes(place.communeName.toLowerCase()));
  };
  for (let tries = 0; !(await shown()).length; tries++) {
    if (tries > 60) throw new Error('no place of the Landes in the list');
    await page.waitForTimeout(500);
  }

  // A place's own page: its commune, its name and its services, as v0.1 names them.
  const place = (await shown()).find((candidate) => candidate.services.includes('EVERYDAY_DIGITAL_TOOLS'));
  if (!place) throw new Error('no Landes place helps with everyday digital tools');
  await page.goto(new URL(`cartographie/${place.externalId}/details`, example.url).toString());
  // Its printable title carries the name exactly as exported.
  await page.getByText(place.name, { exact: true }).first().waitFor({ state: 'attached' });
  await page.getByText(caseless('Prendre en main un ordinateur')).first().waitFor({ state: 'attached' });
  expect(((await page.locator('body').textContent()) ?? '').toLowerCase()).toContain(
    place.communeName.toLowerCase(),
  );
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'cartographie-place.png') });

  // Everything but the map's background came from the page's server and the gateway.
  const gateway = new URL(platform.gatewayUrl).origin;
  const elsewhere = requested.filter(
    (url) => !url.startsWith(example.url) && !url.startsWith(gateway) && !url.startsWith('blob:'),
  );
  expect(elsewhere.filter((url) => !/^https:\/\/openmaptiles\./.test(url))).toEqual([]);
});
