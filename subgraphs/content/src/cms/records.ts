import {
  type Audience,
  type ContentTheme,
  type ResourceKind,
  type TerritoryKind,
} from '@passerelle/cms/vocabulary';

/** The records the schema serves, as record-parsers.ts reads them from Strapi's JSON. */

export type ContentStatus = 'PUBLISHED' | 'DRAFT';

export interface TerritoryRecord {
  kind: TerritoryKind;
  code: string;
}

/** Where content applies: everywhere (national), or these territories and what they contain. */
export interface ScopeRecord {
  national: boolean;
  territories: TerritoryRecord[];
}

export interface MediaRecord {
  url: string;
  name: string;
  alternativeText: string | null;
  mimeType: string | null;
  width: number | null;
  height: number | null;
}

export interface ContentRecord {
  /** Strapi's documentId: the same for a document's draft and its published version. */
  id: string;
  slug: string;
  status: ContentStatus;
  publishedAt: Date | null;
  updatedAt: Date;
}

export interface GuideRecord extends ContentRecord {
  title: string;
  summary: string;
  body: string;
  audiences: Audience[];
  themes: ContentTheme[];
  scope: ScopeRecord;
  portalIds: string[];
  fundingProgramIds: string[];
  placeIds: string[];
  cover: MediaRecord | null;
  readingTimeMinutes: number | null;
}

export interface PracticeRecord extends ContentRecord {
  title: string;
  territory: TerritoryRecord | null;
  organisation: string;
  summary: string;
  description: string;
  results: string | null;
  startDate: string | null;
  endDate: string | null;
  contact: { name: string | null; email: string | null; phone: string | null; url: string | null } | null;
  themes: ContentTheme[];
  placeIds: string[];
  cover: MediaRecord | null;
}

export interface ResourceRecord extends ContentRecord {
  title: string;
  summary: string;
  description: string | null;
  kind: ResourceKind;
  file: MediaRecord | null;
  link: string | null;
  audiences: Audience[];
  themes: ContentTheme[];
}

export interface EventRecord extends ContentRecord {
  title: string;
  summary: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  online: boolean;
  onlineUrl: string | null;
  venue: string | null;
  placeId: string | null;
  territory: TerritoryRecord | null;
  registrationUrl: string | null;
  audiences: Audience[];
}

export interface PageRecord extends ContentRecord {
  title: string;
  body: string;
  portalId: string | null;
  position: number;
}

export interface PortalRecord extends ContentRecord {
  name: string;
  tagline: string | null;
  scope: ScopeRecord;
  colours: { primary: string; secondary: string; accent: string } | null;
  logo: MediaRecord | null;
  featuredGuideIds: string[];
  featuredPracticeIds: string[];
  navigation: { label: string; url: string }[];
}
