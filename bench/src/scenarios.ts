import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTerritoryReferential } from '@passerelle/contracts/territories';

/** The GraphQL scenarios: a query and, per request number, its variables and headers. */
export interface Scenario {
  name: string;
  query: string;
  variables(index: number): Record<string, unknown>;
  /** How many different requests `variables` cycles through. */
  variants: number;
  headers?: Record<string, string>;
}

/** The département page of tests/test/department-page.test.ts, read from the test itself. */
function departmentPageQuery(): string {
  const test = readFileSync(
    path.join(__dirname, '..', '..', 'tests', 'test', 'department-page.test.ts'),
    'utf8',
  );
  const match = /const DEPARTMENT_PAGE = `([^`]+)`/.exec(test);
  if (!match)
    throw new Error('the département page query was not found in tests/test/department-page.test.ts');
  return match[1] as string;
}

const codes = loadTerritoryReferential().departments.map((department) => department.code);

const PORTAL_HOME = `query PortalHome($territory: TerritoryInput!) {
  portalBySlug(slug: "landes") { name tagline colours { primary secondary accent } featuredGuides { title summary } featuredPractices { title organisation } }
  events(filter: { territory: $territory, upcoming: true }, first: 5) { edges { node { title startsAt venue } } }
  places(filter: { territory: $territory }, first: 0) { totalCount }
  placeFacets(filter: { territory: $territory }) { totalCount services { value count } fees { value count } }
}`;

const PLACE_PAGE = `query PlacePage($id: ID!) {
  place(id: $id) {
    name address { communeName } commune { name } department { name }
    openingHours { osm isValid week { __typename } }
    passNumeriqueCampaigns { issuer }
    practices { title }
  }
}`;

const SEARCH = `query Search($filter: PlaceFilter) {
  places(filter: $filter, first: 10) { totalCount edges { node { id name distanceKm commune { name } department { name } } } }
  placeFacets(filter: $filter) { totalCount services { value count } fees { value count } }
}`;

export function graphqlScenarios(placeIds: string[]): Scenario[] {
  const department = departmentPageQuery();
  const landes = { kind: 'DEPARTMENT', code: '40' };
  const { departments } = loadTerritoryReferential();
  return [
    { name: 'department-page', query: department, variables: () => ({ code: '40' }), variants: 1 },
    {
      name: 'department-page-rotating',
      query: department,
      variables: (index) => ({ code: codes[index % codes.length] }),
      variants: codes.length,
    },
    {
      name: 'portal-home',
      query: PORTAL_HOME,
      variables: () => ({ territory: landes }),
      variants: 1,
      headers: { 'x-portal': 'landes' },
    },
    {
      name: 'place-page',
      query: PLACE_PAGE,
      variables: (index) => ({ id: placeIds[index % placeIds.length] }),
      variants: placeIds.length,
    },
    {
      name: 'search',
      query: SEARCH,
      variables: (index) => {
        const around = departments[index % departments.length] as (typeof departments)[number];
        return {
          filter: {
            near: { latitude: around.latitude, longitude: around.longitude, radiusKm: 15 },
            services: ['ADMINISTRATIVE_PROCEDURES', 'EVERYDAY_DIGITAL_TOOLS'],
            fees: ['FREE'],
          },
        };
      },
      variants: departments.length,
    },
  ];
}

/** `_entities` with 100 Department representations, sent straight to each subgraph. */
export const ENTITIES_QUERY =
  'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department { code } } }';
export const entityRepresentations = (): { __typename: string; code: string }[] =>
  Array.from({ length: 100 }, (_, index) => ({
    __typename: 'Department',
    code: codes[index % codes.length] as string,
  }));
