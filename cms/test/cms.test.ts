import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadOrCreateSecrets } from '@passerelle/platform/config';
import pg from 'pg';
import { CmsAdmin, CmsAdminError, type CmsUnderTest, startCmsForTest } from '../testing';

/** What Strapi's webhook delivers: a real HTTP server that records each call. */
interface Delivery {
  authorization: string | undefined;
  body: { event: string; uid?: string; entry?: { documentId?: string } };
}

async function startWebhookReceiver() {
  const deliveries: Delivery[] = [];
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => {
      text += chunk;
    });
    req.on('end', () => {
      deliveries.push({ authorization: req.headers.authorization, body: JSON.parse(text) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/cms`;
  return { url, deliveries, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function eventually<Value>(read: () => Value | undefined, timeoutMs = 5000): Promise<Value> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let cms: CmsUnderTest;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

async function api(path: string, token = cms.apiToken, init: RequestInit = {}) {
  const response = await fetch(new URL(`/api/${path}`, cms.url), {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as any };
}

const GUIDE = 'api::guide.guide';
const draftGuide = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  slug: title.toLowerCase().replace(/\W+/g, '-'),
  summary: 'Un guide de test.',
  body: '## Test\n\nCorps du guide.',
  audiences: ['CITIZENS'],
  themes: ['DIGITAL_BASICS'],
  national: true,
  ...extra,
});

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  cms = await startCmsForTest({ label: 'cms', webhookUrl: receiver.url });
}, 240_000);

afterAll(async () => {
  await cms?.destroy();
  await receiver?.close();
});

describe('first start', () => {
  it('adds the French demo content, published', async () => {
    const counts = Object.fromEntries(
      await Promise.all(
        ['guides', 'practices', 'resources', 'events', 'portals', 'pages'].map(
          async (type) =>
            [type, (await api(`${type}?pagination[pageSize]=1`)).body.meta.pagination.total] as const,
        ),
      ),
    );
    expect(counts.guides).toBeGreaterThanOrEqual(20);
    expect(counts.practices).toBeGreaterThanOrEqual(20);
    expect(counts.resources).toBeGreaterThanOrEqual(10);
    expect(counts.events).toBeGreaterThanOrEqual(10);
    expect(counts.portals).toBe(3);
    const landes = await api('portals?filters[slug][$eq]=landes&populate=territories');
    expect(landes.body.data[0]).toMatchObject({
      name: expect.stringContaining('Landes'),
      territories: [expect.objectContaining({ kind: 'DEPARTMENT', code: '40' })],
    });
  });

  it('gives the content subgraph a read-only token: it reads, it cannot write, others are refused', async () => {
    expect((await api('guides')).status).toBe(200);
    expect((await api('guides', 'not-the-token')).status).toBe(401);
    const write = await api('guides', cms.apiToken, {
      method: 'POST',
      body: JSON.stringify({ data: draftGuide('X') }),
    });
    expect([403, 404, 405]).toContain(write.status);
  });

  it("labels the admin panel's lists of codes in French and lists the codes allowed", async () => {
    const { contentType } = await cms.admin.call<{
      contentType: { metadatas: Record<string, { edit: { label: string; description: string } }> };
    }>('GET', `/content-manager/content-types/${GUIDE}/configuration`);
    expect(contentType.metadatas.audiences?.edit).toMatchObject({
      label: 'Publics',
      description: expect.stringContaining('CITIZENS (Grand public)'),
    });
    expect(contentType.metadatas.themes?.edit.description).toContain('DIGITAL_BASICS');
  });

  it('serves its favicon (the admin panel asks for it on every page)', async () => {
    const response = await fetch(new URL('/favicon.ico', cms.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('image/');
  });

  it('registers its webhook for publications, withdrawals, edits and deletions', async () => {
    const webhooks = await cms.admin.call<{ name: string; url: string; events: string[] }[]>(
      'GET',
      '/admin/webhooks',
    );
    expect(webhooks).toEqual([
      expect.objectContaining({
        url: receiver.url,
        events: ['entry.publish', 'entry.unpublish', 'entry.update', 'entry.delete'],
      }),
    ]);
  });
});

describe('who may read what', () => {
  const TYPES = ['guides', 'practices', 'resources', 'events', 'pages', 'portals'];
  const anonymously = (path: string, headers: Record<string, string> = {}) =>
    fetch(new URL(path, cms.url), { headers });

  it('refuses anonymous reads of the content API, which the API token alone reads', async () => {
    const someGuide = (await api('guides?pagination[pageSize]=1')).body.data[0].documentId;
    const paths = [
      ...TYPES.map((type) => `/api/${type}`),
      `/api/guides/${someGuide}`,
      '/api/guides?status=draft',
      '/api/upload/files',
      '/api/i18n/locales',
    ];
    for (const path of paths) expect([path, (await anonymously(path)).status]).toEqual([path, 401]);
    for (const type of TYPES) expect((await api(type)).status).toBe(200);
  });

  it('serves uploaded media to anyone, and lets no uploaded page run a script', async () => {
    const page = await cms.admin.upload('page.html', 'text/html', '<p>Bonjour</p><script>alert(1)</script>');
    const response = await anonymously(page);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Bonjour');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it("lets no other site's scripts read its answers", async () => {
    const response = await anonymously('/admin/init', { origin: 'https://portail.example.org' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('security headers', () => {
  const headersOf = async (path: string) => {
    const response = await fetch(new URL(path, cms.url), { redirect: 'manual' });
    return { response, type: response.headers.get('content-type') ?? '', body: await response.text() };
  };

  it('says nosniff on every response', async () => {
    for (const path of ['/api/guides', '/_health', '/favicon.ico', '/', '/admin', '/nowhere']) {
      const { response } = await headersOf(path);
      expect([path, response.headers.get('x-content-type-options')]).toEqual([path, 'nosniff']);
    }
  });

  it('puts a Content-Security-Policy on its HTML pages that the built admin panel can run under', async () => {
    // Headless, Strapi's HTML is its redirect to the admin panel; once built, the panel itself.
    const pages = [await headersOf('/'), await headersOf('/admin')].filter(({ type }) =>
      type.startsWith('text/html'),
    );
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const { response, body } of pages) {
      const policy = response.headers.get('content-security-policy') ?? '';
      for (const directive of [
        "default-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'self'",
        "base-uri 'self'",
      ]) {
        expect(policy).toContain(directive);
      }
      expect(policy).toMatch(/script-src 'self'/);
      // Scripts of its own, none inline: what `script-src 'self'` lets run in production.
      expect(body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    }
  });
});

describe('roles', () => {
  let editor: CmsAdmin;
  let author: CmsAdmin;

  beforeAll(async () => {
    editor = await cms.admin.createUser('strapi-editor', 'editrice@landes.example', 'Editrice-2026');
    author = await cms.admin.createUser('strapi-author', 'auteur@landes.example', 'Auteur-2026x');
  });

  it('lets an editor publish, which the webhook reports, signed', async () => {
    const id = await editor.createDraft(GUIDE, draftGuide('Publié par une éditrice'));
    expect((await api(`guides/${id}`)).status).toBe(404);
    await editor.publish(GUIDE, id);
    expect((await api(`guides/${id}`)).body.data.title).toBe('Publié par une éditrice');
    const delivery = await eventually(() =>
      receiver.deliveries.find(
        (entry) => entry.body.event === 'entry.publish' && entry.body.entry?.documentId === id,
      ),
    );
    expect(delivery).toMatchObject({ authorization: `Bearer ${cms.webhookSecret}`, body: { uid: GUIDE } });

    await editor.unpublish(GUIDE, id);
    expect((await api(`guides/${id}`)).status).toBe(404);
    await eventually(() =>
      receiver.deliveries.find(
        (entry) => entry.body.event === 'entry.unpublish' && entry.body.entry?.documentId === id,
      ),
    );
  });

  it('lets an author write drafts but not publish them', async () => {
    const id = await author.createDraft(GUIDE, draftGuide('Brouillon d’un auteur'));
    await author.update(GUIDE, id, draftGuide('Brouillon d’un auteur, relu'));
    await expect(author.publish(GUIDE, id)).rejects.toMatchObject({ status: 403 });
    expect((await api(`guides/${id}`)).status).toBe(404);
    expect((await api(`guides/${id}?status=draft`)).body.data.title).toBe('Brouillon d’un auteur, relu');
  });

  it("does not let an author edit someone else's content", async () => {
    const id = await editor.createDraft(GUIDE, draftGuide('Écrit par une éditrice'));
    await expect(author.update(GUIDE, id, draftGuide('Modifié'))).rejects.toBeInstanceOf(CmsAdminError);
  });
});

describe('validation', () => {
  const refused = (data: Record<string, unknown>, uid = GUIDE) =>
    cms.admin.createDraft(uid, data).then(
      () => {
        throw new Error('accepted');
      },
      (error: CmsAdminError) => error,
    );

  it('refuses values outside the vocabularies, naming the field', async () => {
    const error = await refused(draftGuide('Mauvais public', { audiences: ['EVERYONE'] }));
    expect(error.status).toBe(400);
    expect(error.message).toContain('audiences: "EVERYONE" is not one of CITIZENS');
  });

  it('takes lists typed as text in the admin panel, and stores them as lists', async () => {
    // The admin panel's JSON editor sends what was typed, as text.
    const id = await cms.admin.createDraft(
      GUIDE,
      draftGuide('Saisi dans le panneau', { audiences: '["CITIZENS", "MEDIATORS"]', themes: '[]' }),
    );
    const stored = await api(`guides/${id}?status=draft`);
    expect(stored.body.data).toMatchObject({ audiences: ['CITIZENS', 'MEDIATORS'], themes: [] });

    const notJson = await refused(draftGuide('Texte libre', { audiences: 'CITIZENS' }));
    expect(notJson.message).toContain('audiences: must be a list such as ["CITIZENS"]');
    const wrongValue = await refused(draftGuide('Public inconnu', { audiences: '["EVERYONE"]' }));
    expect(wrongValue.message).toContain('audiences: "EVERYONE" is not one of CITIZENS');
  });

  it('refuses ids that are not ids, and territory codes that do not fit their kind', async () => {
    expect((await refused(draftGuide('Mauvais lieu', { placeIds: ['42'] }))).message).toContain(
      'placeIds: "42" is not an id',
    );
    const territory = await refused(
      draftGuide('Mauvais territoire', { national: false, territories: [{ kind: 'REGION', code: '40192' }] }),
    );
    expect(territory.message).toContain('40192 is not the INSEE code of a region');
  });

  it('refuses an event that ends before it starts', async () => {
    const error = await refused(
      {
        title: 'À l’envers',
        slug: 'a-l-envers',
        summary: 'Test',
        startsAt: '2026-12-01T10:00:00.000Z',
        endsAt: '2026-12-01T09:00:00.000Z',
      },
      'api::event.event',
    );
    expect(error.message).toContain('endsAt: must not be before startsAt');
  });
});

describe('a second start on the same database', () => {
  it('adds no demo content twice and keeps its token and its one webhook', async () => {
    const before = (await api('guides?pagination[pageSize]=1')).body.meta.pagination.total;
    await cms.restart();
    expect((await api('guides?pagination[pageSize]=1')).body.meta.pagination.total).toBe(before);
    const webhooks = await cms.admin.call<unknown[]>('GET', '/admin/webhooks');
    expect(webhooks).toHaveLength(1);
  });
});

describe('the first administrator', () => {
  let bare: CmsUnderTest;

  /** Who can sign in to the admin panel, read from Strapi's own table. */
  async function adminUsers(): Promise<string[]> {
    const client = new pg.Client({ connectionString: bare.database.url });
    await client.connect();
    try {
      return (await client.query<{ email: string }>('SELECT email FROM admin_users')).rows.map(
        (row) => row.email,
      );
    } finally {
      await client.end();
    }
  }

  /** What the admin panel sends to create the first super admin, from anyone who can reach it. */
  const registerAdmin = (url: string) =>
    fetch(new URL('/admin/register-admin', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'intrus@example.org',
        password: 'Intrus-2026',
        firstname: 'Intrus',
        lastname: 'Anonyme',
      }),
    });

  beforeAll(async () => {
    bare = await startCmsForTest({ label: 'cms_first_admin', seedDemoData: false, firstAdmin: false });
  }, 240_000);

  afterAll(() => bare?.destroy());

  it('cannot be registered over HTTP while there is none, and the log says how to create one', async () => {
    expect((await registerAdmin(bare.url)).status).toBe(403);
    expect(await adminUsers()).toEqual([]);
    expect(bare.output.join('\n')).toMatch(/No administrator.*CMS_ADMIN_EMAIL.*CMS_ADMIN_PASSWORD/);
  });

  it("is created with npm start's generated password and the default e-mail, who signs in", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'passerelle-secrets-'));
    try {
      const { cmsAdminPassword } = loadOrCreateSecrets(dataDir);
      await bare.restart({ CMS_ADMIN_PASSWORD: cmsAdminPassword });
      expect(await adminUsers()).toEqual(['admin@passerelle.localhost']);
      await new CmsAdmin(bare.url).signIn('admin@passerelle.localhost', cmsAdminPassword);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);

  it('cannot be registered over HTTP once there is one either', async () => {
    expect((await registerAdmin(cms.url)).status).toBe(403);
    expect((await registerAdmin(bare.url)).status).toBe(403);
    expect(await adminUsers()).toEqual(['admin@passerelle.localhost']);
  });
});
