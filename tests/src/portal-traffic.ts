import { loadTerritoryReferential } from '@passerelle/contracts/territories';

/**
 * The traffic of public portals, for the stress suites: département pages, place searches near a
 * point, portal home pages and place pages, each with varying variables, sent by concurrent
 * clients that each wait for their answer (or give up after a timeout) before asking again.
 */

const DEPARTMENT_PAGE = `query DepartmentPage($code: String!) {
  department(code: $code) {
    name region { name }
    governance { coLeaders { organizationName } statistics { members actions fundingGranted } roadmaps { title actions { title status } } }
    fundingPrograms(filter: { status: [OPEN, CLOSING_SOON] }, first: 10) { totalCount edges { node { name closesOn funder { name } } } }
    places(first: 10) { totalCount edges { node { name commune { name } } } }
  }
}`;

const PLACE_SEARCH = `query PlaceSearch($near: NearInput!) {
  places(filter: { near: $near, services: [ADMINISTRATIVE_PROCEDURES, EVERYDAY_DIGITAL_TOOLS], fees: [FREE] }, first: 10) {
    totalCount edges { node { name distanceKm commune { name } department { name } openingHours { isOpenNow } } }
  }
  placeFacets(filter: { near: $near }) { totalCount services { value count } }
}`;

const PORTAL_HOME = `query PortalHome($slug: String!, $code: String!) {
  portalBySlug(slug: $slug) { name }
  department(code: $code) {
    guides(first: 3) { edges { node { title } } }
    events(first: 3) { edges { node { title } } }
    placeFacets: places(first: 1) { totalCount }
  }
}`;

const PLACE_PAGE = `query PlacePage($code: String!) {
  department(code: $code) {
    places(first: 1, sort: NAME) {
      edges { node { name openingHours { osm isOpenNow nextChange } passNumeriqueCampaigns { issuer } practices { title } } }
    }
  }
}`;

export interface TrafficRequest {
  name: string;
  body: string;
}

const departments = loadTerritoryReferential().departments;
const PORTALS = ['landes', 'nouvelle-aquitaine', 'bordeaux'];

/** The n-th request of the mix: each kind in turn, each time for another territory. */
export function portalRequest(n: number): TrafficRequest {
  const department = departments[n % departments.length] as (typeof departments)[number];
  const near = {
    latitude: department.latitude + ((n % 7) - 3) * 0.02,
    longitude: department.longitude + ((n % 5) - 2) * 0.02,
    radiusKm: 15,
  };
  const [name, query, variables] = [
    ['department page', DEPARTMENT_PAGE, { code: department.code }],
    ['place search', PLACE_SEARCH, { near }],
    ['portal home', PORTAL_HOME, { slug: PORTALS[n % PORTALS.length], code: department.code }],
    ['place page', PLACE_PAGE, { code: department.code }],
  ][n % 4] as [string, string, Record<string, unknown>];
  return { name, body: JSON.stringify({ query, variables }) };
}

export interface Answer {
  name: string;
  /** When it was sent, in ms since the traffic started. */
  at: number;
  ms: number;
  status: number;
  /** The client gave up waiting. */
  hung: boolean;
  errorCodes: string[];
  /** A request answered with data and no error. */
  ok: boolean;
}

export interface Traffic {
  answers: Answer[];
  stop(): Promise<void>;
}

/** Runs `clients` concurrent clients against the gateway until stopped. */
export function startTraffic(gatewayUrl: string, clients: number, clientTimeoutMs: number): Traffic {
  const answers: Answer[] = [];
  const started = performance.now();
  let running = true;
  let sent = 0;
  const client = async () => {
    while (running) {
      const request = portalRequest(sent++);
      const at = performance.now();
      const answer: Answer = {
        name: request.name,
        at: at - started,
        ms: 0,
        status: 0,
        hung: false,
        errorCodes: [],
        ok: false,
      };
      try {
        const response = await fetch(gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: request.body,
          signal: AbortSignal.timeout(clientTimeoutMs),
        });
        const body = (await response.json()) as {
          data?: unknown;
          errors?: { extensions?: { code?: string } }[];
        };
        answer.status = response.status;
        answer.errorCodes = (body.errors ?? []).map((error) => error.extensions?.code ?? 'NO_CODE');
        answer.ok = response.status === 200 && !body.errors?.length && body.data != null;
      } catch (error) {
        answer.hung = (error as Error).name === 'TimeoutError';
        if (!answer.hung) answer.errorCodes = [`CLIENT:${(error as Error).message}`];
      }
      answer.ms = performance.now() - at;
      answers.push(answer);
    }
  };
  const loops = Array.from({ length: clients }, client);
  return {
    answers,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** The p-th percentile (0..100) of some latencies. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
