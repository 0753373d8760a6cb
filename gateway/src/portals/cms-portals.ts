import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '@passerelle/platform/auth';

/** A territory of a portal's scope, as the graph's territorial filters take it. */
export interface ScopeTerritory {
  kind: 'REGION' | 'DEPARTMENT' | 'COMMUNE';
  code: string;
}

/** A portal as the CMS describes it: its name and the territories it shows by default (none: national). */
export interface CmsPortal {
  slug: string;
  name: string;
  territories: ScopeTerritory[];
}

const PORTALS_QUERY = `{ portals(first: 100) { edges { node { slug name scope {
  regions { code } departments { code } communes { code } } } } } }`;

interface PortalsResponse {
  data?: {
    portals?: {
      edges: {
        node: {
          slug: string;
          name: string;
          scope: Record<'regions' | 'departments' | 'communes', { code: string }[] | null>;
        };
      }[];
    };
  };
}

const KINDS = { regions: 'REGION', departments: 'DEPARTMENT', communes: 'COMMUNE' } as const;

/** The published portals, read from the content subgraph as the gateway reads any subgraph: signed. */
export async function fetchCmsPortals(contentUrl: string, gatewaySecret: string): Promise<CmsPortal[]> {
  const body = JSON.stringify({ query: PORTALS_QUERY });
  const response = await fetch(contentUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(gatewaySecret, body, undefined),
    },
    body,
    signal: AbortSignal.timeout(5000),
  });
  const result = (await response.json()) as PortalsResponse;
  const edges = result.data?.portals?.edges;
  if (!edges) throw new Error(`the content subgraph answered ${response.status} without portals`);
  return edges.map(({ node }) => ({
    slug: node.slug,
    name: node.name,
    territories: Object.entries(KINDS).flatMap(([field, kind]) =>
      (node.scope[field as keyof typeof KINDS] ?? []).map(({ code }) => ({ kind, code })),
    ),
  }));
}
