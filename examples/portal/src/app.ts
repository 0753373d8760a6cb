import type { PortalConfig } from './config';
import type { PortalResult } from './generated/operations';
import type { GraphQLClient } from './graphql-client';

export type Portal = NonNullable<PortalResult['portalBySlug']>;

/** What every page is given: the graph, the portal read from the CMS, and the way around. */
export interface PageContext {
  client: GraphQLClient;
  portal: Portal;
  config: PortalConfig;
  /** A path of the portal, with the `?portal=` of the address kept when it chose the portal. */
  href(path: string, query?: URLSearchParams): string;
  navigate(path: string, query?: URLSearchParams, options?: { replace?: boolean }): void;
  /** Told to screen readers through the page's live region. */
  announce(message: string): void;
}

export interface Page {
  /** The page's own title; the document's title adds the portal's name. */
  title: string;
  content: Node;
  /** Called once the content is in the document (a map needs its container laid out). */
  mounted?: () => void;
}

export type Route = (context: PageContext, params: string[], query: URLSearchParams) => Promise<Page>;
