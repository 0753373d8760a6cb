import {
  AUDIENCES,
  CONTENT_THEMES,
  RESOURCE_KINDS,
  type ResourceKind,
  TERRITORY_KINDS,
} from '@passerelle/cms/vocabulary';
import { z } from 'zod';
import type {
  ContentStatus,
  EventRecord,
  GuideRecord,
  MediaRecord,
  PageRecord,
  PortalRecord,
  PracticeRecord,
  ResourceRecord,
  TerritoryRecord,
} from './records';

/**
 * Strapi's JSON, read into the records the schema serves. The CMS validates what editors write;
 * this parsing is the subgraph's own guard: values it does not know are dropped, not served.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A list of known values from a JSON field; anything else in it is dropped. */
function knownValues<Value extends string>(vocabulary: Record<Value, string>) {
  return z
    .unknown()
    .transform((value): Value[] =>
      Array.isArray(value)
        ? value.filter((item): item is Value => typeof item === 'string' && item in vocabulary)
        : [],
    );
}

const ids = z
  .unknown()
  .transform((value): string[] =>
    Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string' && UUID.test(item))
      : [],
  );

const text = z
  .string()
  .nullish()
  .transform((value) => value ?? null);
const territory = z
  .object({ kind: z.enum(TERRITORY_KINDS), code: z.string() })
  .nullish()
  .transform((value): TerritoryRecord | null => (value ? { kind: value.kind, code: value.code } : null));
const territories = z
  .array(z.object({ kind: z.enum(TERRITORY_KINDS), code: z.string() }))
  .nullish()
  .transform((value): TerritoryRecord[] => (value ?? []).map(({ kind, code }) => ({ kind, code })));
const relations = z
  .array(z.object({ documentId: z.string() }))
  .nullish()
  .transform((value) => (value ?? []).map((item) => item.documentId));
const relation = z
  .object({ documentId: z.string() })
  .nullish()
  .transform((value) => value?.documentId ?? null);

function media(publicUrl: string) {
  return z
    .object({
      url: z.string(),
      name: z.string(),
      alternativeText: text,
      mime: text,
      width: z.number().nullish(),
      height: z.number().nullish(),
    })
    .nullish()
    .transform((value): MediaRecord | null =>
      value
        ? {
            url: new URL(value.url, publicUrl).toString(),
            name: value.name,
            alternativeText: value.alternativeText,
            mimeType: value.mime,
            width: value.width ?? null,
            height: value.height ?? null,
          }
        : null,
    );
}

const common = {
  documentId: z.string(),
  slug: z.string(),
  publishedAt: z.coerce.date().nullish(),
  updatedAt: z.coerce.date(),
};

interface CommonRaw {
  documentId: string;
  slug: string;
  publishedAt?: Date | null;
  updatedAt: Date;
}

function commonFields(raw: CommonRaw) {
  return {
    id: raw.documentId,
    slug: raw.slug,
    status: (raw.publishedAt ? 'PUBLISHED' : 'DRAFT') as ContentStatus,
    publishedAt: raw.publishedAt ?? null,
    updatedAt: raw.updatedAt,
  };
}

/** A document whose own fields stay as the CMS gives them, after the fields every document has. */
function withCommonFields<Raw extends CommonRaw>({ documentId, slug, publishedAt, updatedAt, ...own }: Raw) {
  return { ...commonFields({ documentId, slug, publishedAt, updatedAt }), ...own };
}

/** The parser of each type's JSON; `publicUrl` makes media URLs absolute. */
export function recordParsers(publicUrl: string) {
  const image = media(publicUrl);
  return {
    guide: z
      .object({
        ...common,
        title: z.string(),
        summary: z.string(),
        body: z.string(),
        audiences: knownValues(AUDIENCES),
        themes: knownValues(CONTENT_THEMES),
        national: z.boolean().nullish(),
        territories,
        portals: relations,
        fundingProgramIds: ids,
        placeIds: ids,
        cover: image,
        readingTimeMinutes: z.number().int().nullish(),
      })
      .transform(
        (raw): GuideRecord => ({
          ...commonFields(raw),
          title: raw.title,
          summary: raw.summary,
          body: raw.body,
          audiences: raw.audiences,
          themes: raw.themes,
          scope: { national: raw.national ?? false, territories: raw.territories },
          portalIds: raw.portals,
          fundingProgramIds: raw.fundingProgramIds,
          placeIds: raw.placeIds,
          cover: raw.cover,
          readingTimeMinutes: raw.readingTimeMinutes ?? null,
        }),
      ),
    practice: z
      .object({
        ...common,
        title: z.string(),
        territory,
        organisation: z.string(),
        summary: z.string(),
        description: z.string(),
        results: text,
        startDate: text,
        endDate: text,
        contact: z
          .object({ name: text, email: text, phone: text, url: text })
          .nullish()
          .transform((value) => value ?? null),
        themes: knownValues(CONTENT_THEMES),
        placeIds: ids,
        cover: image,
      })
      .transform((raw): PracticeRecord => withCommonFields(raw)),
    resource: z
      .object({
        ...common,
        title: z.string(),
        summary: z.string(),
        description: text,
        kind: z.enum(Object.keys(RESOURCE_KINDS) as [ResourceKind, ...ResourceKind[]]),
        file: image,
        link: text,
        audiences: knownValues(AUDIENCES),
        themes: knownValues(CONTENT_THEMES),
      })
      .transform((raw): ResourceRecord => withCommonFields(raw)),
    event: z
      .object({
        ...common,
        title: z.string(),
        summary: z.string(),
        description: text,
        startsAt: z.coerce.date(),
        endsAt: z.coerce.date(),
        online: z
          .boolean()
          .nullish()
          .transform((value) => value ?? false),
        onlineUrl: text,
        venue: text,
        placeId: text.transform((value) => (value && UUID.test(value) ? value : null)),
        territory,
        registrationUrl: text,
        audiences: knownValues(AUDIENCES),
      })
      .transform((raw): EventRecord => withCommonFields(raw)),
    page: z
      .object({
        ...common,
        title: z.string(),
        body: z.string(),
        portal: relation,
        position: z.number().int().nullish(),
      })
      .transform(
        (raw): PageRecord => ({
          ...commonFields(raw),
          title: raw.title,
          body: raw.body,
          portalId: raw.portal,
          position: raw.position ?? 0,
        }),
      ),
    portal: z
      .object({
        ...common,
        name: z.string(),
        tagline: text,
        national: z.boolean().nullish(),
        territories,
        colours: z
          .object({ primary: z.string(), secondary: z.string(), accent: z.string() })
          .nullish()
          .transform((value) =>
            value ? { primary: value.primary, secondary: value.secondary, accent: value.accent } : null,
          ),
        logo: image,
        featuredGuides: relations,
        featuredPractices: relations,
        navigation: z
          .array(z.object({ label: z.string(), url: z.string() }))
          .nullish()
          .transform((value) => (value ?? []).map(({ label, url }) => ({ label, url }))),
      })
      .transform(
        (raw): PortalRecord => ({
          ...commonFields(raw),
          name: raw.name,
          tagline: raw.tagline,
          scope: { national: raw.national ?? false, territories: raw.territories },
          colours: raw.colours,
          logo: raw.logo,
          featuredGuideIds: raw.featuredGuides,
          featuredPracticeIds: raw.featuredPractices,
          navigation: raw.navigation,
        }),
      ),
  };
}
