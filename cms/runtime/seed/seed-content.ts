import { statSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PLACE_DATASET, demoProgramId, placeIdOf } from '@passerelle/contracts/ids';
import type { Core, UID } from '@strapi/strapi';
import { EVENTS } from './events';
import { GUIDES } from './guides';
import { parisTimeInDays } from './paris-time';
import { PORTALS } from './portals';
import { PRACTICES } from './practices';
import { RESOURCES } from './resources';
import type { PortalSeed, PortalSlug } from './seed-types';

/** Set once the demo content is in: editors' later deletions are not undone at the next start. */
const SEEDED = { type: 'plugin', name: 'passerelle', key: 'demo-content-seeded' } as const;

const placeIds = (externalIds: string[]) =>
  externalIds.map((externalId) => placeIdOf(DEMO_PLACE_DATASET, externalId));

/** A portal's logo put in the media library, as the admin panel's upload does; its file id. */
async function uploadLogo(
  strapi: Core.Strapi,
  { file, alternativeText }: PortalSeed['logo'],
): Promise<number> {
  const filepath = path.join(__dirname, 'logos', file);
  const [uploaded] = await strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { name: file, alternativeText } },
      files: { filepath, originalFilename: file, mimetype: 'image/svg+xml', size: statSync(filepath).size },
    });
  return uploaded.id;
}

/**
 * The demo content in French (3 portals and their pages, guides, practices, resources, events),
 * published, in one transaction: added once, whole or not at all. Returns the documents created.
 */
export async function seedDemoContent(strapi: Core.Strapi, now = new Date()): Promise<number> {
  if (await strapi.store.get(SEEDED)) return 0;
  return strapi.db.transaction(async () => {
    let created = 0;
    const publish = async (uid: UID.ContentType, data: object): Promise<string> => {
      created += 1;
      const document = await strapi.documents(uid).create({ data: data as never, status: 'published' });
      return document.documentId;
    };

    const portalIds = new Map<PortalSlug, string>();
    for (const { pages, featuredGuides, featuredPractices, logo, ...portal } of PORTALS) {
      const logoId = await uploadLogo(strapi, logo);
      portalIds.set(portal.slug, await publish('api::portal.portal', { ...portal, logo: logoId }));
    }
    const portalsOf = (slugs: PortalSlug[]) => slugs.map((slug) => portalIds.get(slug));

    const guideIds = new Map<string, string>();
    for (const { portals, fundingPrograms, places, ...guide } of GUIDES) {
      const id = await publish('api::guide.guide', {
        ...guide,
        portals: portalsOf(portals),
        fundingProgramIds: fundingPrograms.map(demoProgramId),
        placeIds: placeIds(places),
      });
      guideIds.set(guide.slug, id);
    }

    const practiceIds = new Map<string, string>();
    for (const { places, ...practice } of PRACTICES) {
      practiceIds.set(
        practice.slug,
        await publish('api::practice.practice', { ...practice, placeIds: placeIds(places) }),
      );
    }

    for (const resource of RESOURCES) await publish('api::resource.resource', resource);

    for (const { startsInDays, startTime, durationMinutes, place, ...event } of EVENTS) {
      const startsAt = parisTimeInDays(now, startsInDays, startTime);
      await publish('api::event.event', {
        ...event,
        startsAt,
        endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000),
        placeId: place ? placeIdOf(DEMO_PLACE_DATASET, place) : null,
      });
    }

    for (const portal of PORTALS) {
      const portalId = portalIds.get(portal.slug);
      for (const page of portal.pages) await publish('api::page.page', { ...page, portal: portalId });
      await strapi.documents('api::portal.portal').update({
        documentId: portalId as string,
        data: {
          featuredGuides: portal.featuredGuides.map((slug) => guideIds.get(slug)),
          featuredPractices: portal.featuredPractices.map((slug) => practiceIds.get(slug)),
        } as never,
        status: 'published',
      });
    }

    await strapi.store.set({ ...SEEDED, value: true });
    return created;
  });
}
