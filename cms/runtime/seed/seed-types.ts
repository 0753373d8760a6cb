import type { DemoProgramSlug } from '@passerelle/contracts/ids';
import type { Audience, ContentTheme, ResourceKind, TerritoryKind } from '../../src/vocabulary';

/**
 * The shapes of the demo content, written by hand in French. Links to the rest of the graph are
 * given as demo keys (funding programme slugs, demo place external ids such as `demo-40-0003`)
 * and turned into the graph's ids when the seed runs.
 */

export interface TerritorySeed {
  kind: TerritoryKind;
  /** INSEE code: région `75`, département `40` or `2A`, commune `40192`. */
  code: string;
}

export type PortalSlug = 'nouvelle-aquitaine' | 'landes' | 'bordeaux';

export interface GuideSeed {
  slug: string;
  title: string;
  /** One or two sentences, plain text. */
  summary: string;
  /** Markdown, several paragraphs with headings and lists. */
  body: string;
  audiences: Audience[];
  themes: ContentTheme[];
  /** A national guide applies everywhere; otherwise `territories` says where. */
  national: boolean;
  territories: TerritorySeed[];
  portals: PortalSlug[];
  fundingPrograms: DemoProgramSlug[];
  /** Demo places, by external id (`demo-<département code in lower case>-<0001..0008>`). */
  places: string[];
  readingTimeMinutes?: number;
}

export interface PracticeSeed {
  slug: string;
  title: string;
  territory: TerritorySeed;
  organisation: string;
  summary: string;
  /** Markdown. */
  description: string;
  /** Markdown: what the initiative achieved, with figures. */
  results: string;
  /** ISO dates, `YYYY-MM-DD`. */
  startDate: string;
  endDate?: string;
  contact: { name?: string; email?: string; phone?: string; url?: string };
  themes: ContentTheme[];
  places: string[];
}

export interface ResourceSeed {
  slug: string;
  title: string;
  summary: string;
  /** Markdown. */
  description: string;
  kind: ResourceKind;
  /** Where the resource is (a public page of its publisher). */
  link: string;
  audiences: Audience[];
  themes: ContentTheme[];
}

export interface EventSeed {
  slug: string;
  title: string;
  summary: string;
  /** Markdown. */
  description: string;
  /** Days after the day the seed runs, so that demo events are upcoming at first start. */
  startsInDays: number;
  /** Local time in Europe/Paris, `HH:MM`. */
  startTime: string;
  durationMinutes: number;
  online: boolean;
  onlineUrl?: string;
  /** Postal address of the venue, for events in person. */
  venue?: string;
  /** A demo place hosting the event, by external id. */
  place?: string;
  territory?: TerritorySeed;
  registrationUrl?: string;
  audiences: Audience[];
}

export interface PageSeed {
  slug: string;
  title: string;
  /** Markdown. */
  body: string;
  position: number;
}

export interface PortalSeed {
  slug: PortalSlug;
  name: string;
  tagline: string;
  territories: TerritorySeed[];
  /** An SVG file of runtime/seed/logos/, uploaded to the media library, and its text alternative. */
  logo: { file: string; alternativeText: string };
  /** `#rrggbb` colours. */
  colours: { primary: string; secondary: string; accent: string };
  /** Guide and practice slugs, in display order. */
  featuredGuides: string[];
  featuredPractices: string[];
  navigation: { label: string; url: string }[];
  pages: PageSeed[];
}
