import { readFileSync } from 'node:fs';
import { demoProgramId } from '@passerelle/contracts/ids';
import { DEFAULT_SUPERGRAPH_PATH } from '@passerelle/gateway';
import { type Grant, signToken } from '@passerelle/platform/auth';
import {
  authorizationFor,
  type GraphQLResponse,
  postGraphQL,
  postToSubgraph,
  TEST_AUTH_SECRET,
} from '@passerelle/platform/testing';
import { Kind, type ObjectTypeDefinitionNode, parse } from 'graphql';
import { startTestPlatform, type TestPlatform } from '../src/platform';

/**
 * Who may call each mutation of the supergraph, and who may read each field holding personal
 * data: every kind of caller, on a target in the caller's territory and on one in another,
 * through the gateway and straight at the subgraph (signed as the gateway signs, so that reaching
 * a subgraph some other way would not skip a rule). A refusal writes nothing; an allowed call
 * succeeds, so that the matrix cannot pass by refusing everything.
 */

type Subgraph = 'directory' | 'funding' | 'governance';
type Path = 'gateway' | 'subgraph';
type Scope = 'inScope' | 'outOfScope';
type RefusalCode = 'UNAUTHENTICATED' | 'FORBIDDEN';

const PATHS: readonly Path[] = ['gateway', 'subgraph'];
const SCOPES: readonly Scope[] = ['inScope', 'outOfScope'];

/** The caller's territory, and another one. */
const TERRITORIES = {
  inScope: {
    department: '40',
    source: 'matrix-landes',
    address: { street: '1 place du Marché', postalCode: '40000', communeName: 'Mont-de-Marsan' },
  },
  outOfScope: {
    department: '33',
    source: 'matrix-gironde',
    address: { street: "1 cours de l'Intendance", postalCode: '33000', communeName: 'Bordeaux' },
  },
} as const;

/** The grants of each kind of signed-in caller the code knows, all of the in-scope territory. */
const GRANTS = {
  signedInWithoutGrant: [],
  contentEditor: [{ role: 'content-editor' }],
  admin: [{ role: 'admin' }],
  departmentDataManager: [{ role: 'data-manager', department: TERRITORIES.inScope.department }],
  sourceDataManager: [{ role: 'data-manager', dataset: TERRITORIES.inScope.source }],
  fundingEditor: [{ role: 'funding-editor' }],
  governanceEditor: [{ role: 'governance-editor', department: TERRITORIES.inScope.department }],
} as const satisfies Record<string, readonly Grant[]>;

/** Callers without a valid identity: refused as UNAUTHENTICATED wherever an identity is needed. */
const UNIDENTIFIED = ['anonymous', 'forgedToken', 'expiredToken'] as const;

type Role = (typeof UNIDENTIFIED)[number] | keyof typeof GRANTS;

const ROLES: readonly Role[] = [...UNIDENTIFIED, ...(Object.keys(GRANTS) as (keyof typeof GRANTS)[])];

/** Who is allowed, on a target in the caller's territory and on one in another. */
type Access = Record<Scope, readonly Role[]>;

const PLACE_MANAGERS: Access = {
  inScope: ['admin', 'departmentDataManager', 'sourceDataManager'],
  outOfScope: ['admin'],
};
/** Funding editors are national: no territory limits them. */
const FUNDING_EDITORS: Access = {
  inScope: ['admin', 'fundingEditor'],
  outOfScope: ['admin', 'fundingEditor'],
};
const GOVERNANCE_EDITORS: Access = { inScope: ['admin', 'governanceEditor'], outOfScope: ['admin'] };
const SIGNED_IN_OR_NOT = ROLES.filter((role) => role !== 'forgedToken' && role !== 'expiredToken');
/** Anyone, signed in or not; a token that is not valid is still refused. */
const ANYONE: Access = { inScope: SIGNED_IN_OR_NOT, outOfScope: SIGNED_IN_OR_NOT };

function refusalCode(role: Role): RefusalCode {
  return (UNIDENTIFIED as readonly Role[]).includes(role) ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

/** Who signs in as the admin: the fixtures' resolver of place reports. */
const ADMIN_SUBJECT = 'admin.matrice@example.org';

let platform: TestPlatform;
const headersOf = new Map<Role, Record<string, string>>();

beforeAll(async () => {
  platform = await startTestPlatform('authorization_matrix');
  const admin = { subject: ADMIN_SUBJECT, grants: [{ role: 'admin' as const }] };
  headersOf.set('anonymous', {});
  headersOf.set('forgedToken', {
    authorization: `Bearer ${await signToken(admin, 'a-secret-that-is-not-the-platform-one-at-all')}`,
  });
  headersOf.set('expiredToken', {
    authorization: `Bearer ${await signToken(admin, TEST_AUTH_SECRET, '-1h')}`,
  });
  for (const [role, grants] of Object.entries(GRANTS)) {
    headersOf.set(
      role as Role,
      await authorizationFor([...grants], role === 'admin' ? ADMIN_SUBJECT : `${role}@example.org`),
    );
  }
});

afterAll(() => platform.stop());

function headers(role: Role): Record<string, string> {
  const found = headersOf.get(role);
  if (!found) throw new Error(`no headers for ${role}`);
  return found;
}

function send(
  path: Path,
  subgraph: Subgraph,
  query: string,
  variables: Record<string, unknown>,
  role: Role,
): Promise<GraphQLResponse> {
  return path === 'gateway'
    ? postGraphQL(platform.gatewayUrl, query, variables, headers(role))
    : postToSubgraph(platform.subgraphUrls[subgraph] as string, query, variables, headers(role));
}

/** Every mutation of the committed supergraph, with the subgraph that resolves it. */
function supergraphMutations(): Map<string, Subgraph> {
  const mutationType = parse(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')).definitions.find(
    (definition): definition is ObjectTypeDefinitionNode =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Mutation',
  );
  const mutations = new Map<string, Subgraph>();
  for (const field of mutationType?.fields ?? []) {
    const graph = field.directives
      ?.find((directive) => directive.name.value === 'join__field')
      ?.arguments?.find((argument) => argument.name.value === 'graph')?.value;
    if (graph?.kind !== Kind.ENUM) throw new Error(`mutation ${field.name.value} names no subgraph`);
    mutations.set(field.name.value, graph.value.toLowerCase() as Subgraph);
  }
  return mutations;
}

const MUTATIONS = supergraphMutations();

// Fixtures: made by an admin straight at the subgraph, fresh for each case, so that an allowed
// call (an archive, a removal, a decision) never takes away the target of another.

/** What a mutation returns to an admin, called as the matrix calls it. */
async function asAdmin(mutation: string, variables: Record<string, unknown>): Promise<any> {
  const response = await postToSubgraph(
    platform.subgraphUrls[MUTATIONS.get(mutation) as Subgraph] as string,
    matrixDocument(mutation),
    variables,
    headers('admin'),
  );
  if (response.errors) throw new Error(`fixture refused: ${JSON.stringify(response.errors)}`);
  return response.data?.[mutation];
}

const placeInput = (scope: Scope) => ({
  pivot: '21400192600019',
  name: 'Espace numérique de la matrice',
  address: TERRITORIES[scope].address,
});

async function newPlace(scope: Scope): Promise<string> {
  const place = await asAdmin('createPlace', { source: TERRITORIES[scope].source, input: placeInput(scope) });
  return place.id;
}

async function newIssueReport(scope: Scope, contact: string | null = null): Promise<string> {
  const receipt = await asAdmin('reportPlaceIssue', { placeId: await newPlace(scope), contact });
  return receipt.id;
}

async function anyFunderId(): Promise<string> {
  return (await platform.prisma.funding.funder.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
}

const programInput = async (scope: Scope) => ({
  name: 'Aide de la matrice',
  summary: 'Une aide aux lieux de médiation numérique du département.',
  funderId: await anyFunderId(),
  kind: 'GRANT',
  beneficiaries: ['COMMUNE'],
  themes: ['EQUIPMENT'],
  national: false,
  departmentCodes: [TERRITORIES[scope].department],
});

async function newProgram(scope: Scope): Promise<string> {
  const program = await asAdmin('createFundingProgram', { input: await programInput(scope) });
  return program.id;
}

const campaignInput = (scope: Scope) => ({
  issuer: 'Communauté de communes de la matrice',
  territory: { kind: 'DEPARTMENT', code: TERRITORIES[scope].department },
  startsOn: '2027-01-01',
  endsOn: '2027-12-31',
  vouchersIssued: 1000,
});

async function newCampaign(scope: Scope): Promise<string> {
  const campaign = await asAdmin('createPassNumeriqueCampaign', { input: campaignInput(scope) });
  return campaign.id;
}

const memberInput = {
  organizationName: 'Association de la matrice',
  siret: '21400192600019',
  role: 'MEMBER',
  status: 'CANDIDATE',
};

async function newMember(scope: Scope, overrides: Record<string, string> = {}): Promise<string> {
  const member = await asAdmin('addGovernanceMember', {
    departmentCode: TERRITORIES[scope].department,
    input: { ...memberInput, ...overrides },
  });
  return member.id;
}

const roadmapInput = (scope: Scope) => ({
  title: 'Feuille de route de la matrice',
  contractType: 'OTHER',
  departmentCodes: [TERRITORIES[scope].department],
});

async function newRoadmap(scope: Scope): Promise<string> {
  const roadmap = await asAdmin('createRoadmap', {
    departmentCode: TERRITORIES[scope].department,
    input: roadmapInput(scope),
  });
  return roadmap.id;
}

const actionInput = {
  title: 'Action de la matrice',
  description: 'Former les aidants.',
  needs: ['TRAINING'],
  totalBudget: 12_000,
  startsOn: '2027-01-01',
  endsOn: '2027-12-31',
  status: 'PLANNED',
};

async function newAction(scope: Scope, ownerIds: string[] = []): Promise<string> {
  const action = await asAdmin('createAction', {
    roadmapId: await newRoadmap(scope),
    input: { ...actionInput, ownerIds },
  });
  return action.id;
}

async function newFundingLine(
  scope: Scope,
  status: 'DRAFT' | 'SUBMITTED',
  fundingProgramId = demoProgramId('fse-plus-inclusion'),
  actionId?: string,
): Promise<string> {
  const line = await asAdmin('addFundingLine', {
    actionId: actionId ?? (await newAction(scope)),
    fundingProgramId,
  });
  if (status === 'SUBMITTED') await asAdmin('submitFundingLine', { id: line.id });
  return line.id;
}

interface MatrixRow {
  access: Access;
  /** The mutation, asking for little: its id, or nothing for a Boolean. */
  document: string;
  /** The variables of a call on a fresh target of this scope. */
  variables(scope: Scope): Promise<Record<string, unknown>>;
}

const byId = (make: (scope: Scope) => Promise<string>) => async (scope: Scope) => ({ id: await make(scope) });
const inDepartment = async (scope: Scope) => ({ departmentCode: TERRITORIES[scope].department });

/** One row for every mutation of the supergraph: a mutation without one fails the suite. */
const MATRIX: Record<string, MatrixRow> = {
  createPlace: {
    access: PLACE_MANAGERS,
    document:
      'mutation ($source: String!, $input: PlaceInput!) { createPlace(source: $source, input: $input) { id } }',
    variables: async (scope) => ({ source: TERRITORIES[scope].source, input: placeInput(scope) }),
  },
  updatePlace: {
    access: PLACE_MANAGERS,
    document:
      'mutation ($id: ID!) { updatePlace(id: $id, input: { name: "Espace numérique renommé" }) { id } }',
    variables: byId(newPlace),
  },
  archivePlace: {
    access: PLACE_MANAGERS,
    document: 'mutation ($id: ID!) { archivePlace(id: $id) { id } }',
    variables: byId(newPlace),
  },
  reportPlaceIssue: {
    access: ANYONE,
    document:
      'mutation ($placeId: ID!, $contact: String) { reportPlaceIssue(placeId: $placeId, kind: CLOSED, message: "Fermé depuis juin", contact: $contact) { id } }',
    variables: async (scope) => ({ placeId: await newPlace(scope) }),
  },
  resolvePlaceIssueReport: {
    access: PLACE_MANAGERS,
    document:
      'mutation ($id: ID!) { resolvePlaceIssueReport(id: $id, status: RESOLVED, note: "Corrigé") { id } }',
    variables: byId((scope) => newIssueReport(scope)),
  },
  mergePlaces: {
    access: PLACE_MANAGERS,
    document:
      'mutation ($keepId: ID!, $mergeIds: [ID!]!) { mergePlaces(keepId: $keepId, mergeIds: $mergeIds) { id } }',
    variables: async (scope) => ({ keepId: await newPlace(scope), mergeIds: [await newPlace(scope)] }),
  },
  dismissDuplicate: {
    access: PLACE_MANAGERS,
    document:
      'mutation ($firstId: ID!, $secondId: ID!) { dismissDuplicate(firstId: $firstId, secondId: $secondId) }',
    variables: async (scope) => ({ firstId: await newPlace(scope), secondId: await newPlace(scope) }),
  },
  createFunder: {
    access: FUNDING_EDITORS,
    document: 'mutation ($input: FunderInput!) { createFunder(input: $input) { id } }',
    variables: async (scope) => ({
      input: {
        name: 'Fonds de la matrice',
        kind: 'DEPARTMENT',
        territory: { kind: 'DEPARTMENT', code: TERRITORIES[scope].department },
      },
    }),
  },
  createFundingProgram: {
    access: FUNDING_EDITORS,
    document: 'mutation ($input: FundingProgramInput!) { createFundingProgram(input: $input) { id } }',
    variables: async (scope) => ({ input: await programInput(scope) }),
  },
  updateFundingProgram: {
    access: FUNDING_EDITORS,
    document: 'mutation ($id: ID!) { updateFundingProgram(id: $id, input: { maxAmount: 10000 }) { id } }',
    variables: byId(newProgram),
  },
  archiveFundingProgram: {
    access: FUNDING_EDITORS,
    document: 'mutation ($id: ID!) { archiveFundingProgram(id: $id) { id } }',
    variables: byId(newProgram),
  },
  createPassNumeriqueCampaign: {
    access: FUNDING_EDITORS,
    document:
      'mutation ($input: PassNumeriqueCampaignInput!) { createPassNumeriqueCampaign(input: $input) { id } }',
    variables: async (scope) => ({ input: campaignInput(scope) }),
  },
  updatePassNumeriqueCampaign: {
    access: FUNDING_EDITORS,
    document:
      'mutation ($id: ID!) { updatePassNumeriqueCampaign(id: $id, input: { vouchersUsed: 10 }) { id } }',
    variables: byId(newCampaign),
  },
  archivePassNumeriqueCampaign: {
    access: FUNDING_EDITORS,
    document: 'mutation ($id: ID!) { archivePassNumeriqueCampaign(id: $id) { id } }',
    variables: byId(newCampaign),
  },
  addGovernanceMember: {
    access: GOVERNANCE_EDITORS,
    document:
      'mutation ($departmentCode: String!, $input: GovernanceMemberInput!) { addGovernanceMember(departmentCode: $departmentCode, input: $input) { id } }',
    variables: async (scope) => ({ ...(await inDepartment(scope)), input: memberInput }),
  },
  updateGovernanceMember: {
    access: GOVERNANCE_EDITORS,
    document: 'mutation ($id: ID!) { updateGovernanceMember(id: $id, input: { status: CONFIRMED }) { id } }',
    variables: byId((scope) => newMember(scope)),
  },
  removeGovernanceMember: {
    access: GOVERNANCE_EDITORS,
    document: 'mutation ($id: ID!) { removeGovernanceMember(id: $id) }',
    variables: byId((scope) => newMember(scope)),
  },
  setCommittee: {
    access: GOVERNANCE_EDITORS,
    document:
      'mutation ($departmentCode: String!) { setCommittee(departmentCode: $departmentCode, input: { name: "Comité de la matrice", kind: TECHNICAL, frequency: QUARTERLY }) { id } }',
    variables: inDepartment,
  },
  createRoadmap: {
    access: GOVERNANCE_EDITORS,
    document:
      'mutation ($departmentCode: String!, $input: RoadmapInput!) { createRoadmap(departmentCode: $departmentCode, input: $input) { id } }',
    variables: async (scope) => ({ ...(await inDepartment(scope)), input: roadmapInput(scope) }),
  },
  updateRoadmap: {
    access: GOVERNANCE_EDITORS,
    document: 'mutation ($id: ID!, $input: RoadmapInput!) { updateRoadmap(id: $id, input: $input) { id } }',
    variables: async (scope) => ({
      id: await newRoadmap(scope),
      input: { ...roadmapInput(scope), title: 'Feuille de route révisée' },
    }),
  },
  createAction: {
    access: GOVERNANCE_EDITORS,
    document:
      'mutation ($roadmapId: ID!, $input: ActionInput!) { createAction(roadmapId: $roadmapId, input: $input) { id } }',
    variables: async (scope) => ({ roadmapId: await newRoadmap(scope), input: actionInput }),
  },
  updateAction: {
    access: GOVERNANCE_EDITORS,
    document: 'mutation ($id: ID!) { updateAction(id: $id, input: { status: IN_PROGRESS }) { id } }',
    variables: byId((scope) => newAction(scope)),
  },
  addFundingLine: {
    access: GOVERNANCE_EDITORS,
    document:
      'mutation ($actionId: ID!, $fundingProgramId: ID!) { addFundingLine(actionId: $actionId, fundingProgramId: $fundingProgramId, amountRequested: 5000) { id } }',
    variables: async (scope) => ({
      actionId: await newAction(scope),
      fundingProgramId: demoProgramId('fse-plus-inclusion'),
    }),
  },
  submitFundingLine: {
    access: GOVERNANCE_EDITORS,
    document: 'mutation ($id: ID!) { submitFundingLine(id: $id) { id } }',
    variables: byId((scope) => newFundingLine(scope, 'DRAFT')),
  },
  decideFundingLine: {
    access: GOVERNANCE_EDITORS,
    document: 'mutation ($id: ID!) { decideFundingLine(id: $id, decision: REFUSED) { id } }',
    variables: byId((scope) => newFundingLine(scope, 'SUBMITTED')),
  },
  setFinancialEnvelope: {
    access: GOVERNANCE_EDITORS,
    document:
      'mutation ($departmentCode: String!) { setFinancialEnvelope(departmentCode: $departmentCode, year: 2031, ceiling: 100000) { year } }',
    variables: inDepartment,
  },
};

interface SqlClient {
  $queryRawUnsafe<T>(query: string): PromiseLike<T>;
}

/** A digest of each table of a subgraph's database: equal digests, nothing written. */
async function tableDigests(subgraph: Subgraph): Promise<Record<string, string | null>> {
  const database: SqlClient = platform.prisma[subgraph];
  const tables = await database.$queryRawUnsafe<{ name: string }[]>(
    'SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename',
  );
  const digests = await Promise.all(
    tables.map(({ name }) =>
      database.$queryRawUnsafe<{ digest: string | null }[]>(
        `SELECT md5(string_agg(t::text, '' ORDER BY t::text)) AS digest FROM "${name}" t`,
      ),
    ),
  );
  return Object.fromEntries(tables.map(({ name }, index) => [name, digests[index]?.[0]?.digest ?? null]));
}

function tablesWritten(
  before: Record<string, string | null>,
  after: Record<string, string | null>,
): string[] {
  return Object.keys(after).filter((table) => after[table] !== before[table]);
}

interface MatrixCase {
  role: Role;
  scope: Scope;
  path: Path;
  variables: Record<string, unknown>;
}

function casesOf(row: MatrixRow): Promise<MatrixCase[]> {
  return Promise.all(
    ROLES.flatMap((role) =>
      SCOPES.flatMap((scope) =>
        PATHS.map(async (path) => ({ role, scope, path, variables: await row.variables(scope) })),
      ),
    ),
  );
}

const isAllowed = (access: Access, { role, scope }: { role: Role; scope: Scope }) =>
  access[scope].includes(role);

const describeCase = ({ role, scope, path }: { role: Role; scope: Scope; path: Path }) =>
  `${role} ${scope} via ${path}`;

/** What is wrong with a refusal: it must be an error with this code only, and no data. */
function refusalProblem(response: GraphQLResponse, field: string, code: string): string | null {
  const codes = (response.errors ?? []).map((error) => error.extensions?.code);
  if (!codes.length || codes.some((found) => found !== code) || response.data?.[field] != null)
    return `expected ${code}, got ${JSON.stringify({ data: response.data, errors: response.errors })}`;
  return null;
}

function successProblem(response: GraphQLResponse, field: string): string | null {
  if (response.errors || response.data?.[field] == null)
    return `expected success, got ${JSON.stringify({ data: response.data, errors: response.errors })}`;
  return null;
}

describe('the authorisation matrix of mutations', () => {
  it('has a row for every mutation of the supergraph, and none for a mutation it lacks', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...MUTATIONS.keys()].sort());
  });

  it.each([...MUTATIONS])(
    '%s (%s): refusals write nothing, allowed calls succeed',
    async (field, subgraph) => {
      const row = MATRIX[field];
      if (!row) throw new Error(`${field} has no row in the matrix`);
      const cases = await casesOf(row);
      const refused = cases.filter((matrixCase) => !isAllowed(row.access, matrixCase));
      const allowed = cases.filter((matrixCase) => isAllowed(row.access, matrixCase));

      const run = (
        matrixCases: MatrixCase[],
        check: (response: GraphQLResponse, matrixCase: MatrixCase) => string | null,
      ) =>
        Promise.all(
          matrixCases.map(async (matrixCase) => {
            const { path, variables, role } = matrixCase;
            const problem = check(await send(path, subgraph, row.document, variables, role), matrixCase);
            return problem && `${describeCase(matrixCase)}: ${problem}`;
          }),
        );

      const beforeRefusals = await tableDigests(subgraph);
      const refusals = await run(refused, (response, { role }) =>
        refusalProblem(response, field, refusalCode(role)),
      );
      const afterRefusals = await tableDigests(subgraph);
      const successes = await run(allowed, (response) => successProblem(response, field));
      expect({
        tablesWrittenByRefusals: tablesWritten(beforeRefusals, afterRefusals),
        problems: [...refusals, ...successes].filter(Boolean),
        // The digests do see writes: the allowed calls change them.
        allowedCallsWrote: tablesWritten(afterRefusals, await tableDigests(subgraph)).length > 0,
      }).toEqual({ tablesWrittenByRefusals: [], problems: [], allowedCallsWrote: true });
    },
  );
});

interface CrossingCase {
  mutation: string;
  role: Role;
  document: string;
  variables(): Promise<Record<string, unknown>>;
  /** Allowed, or the error that refuses it. */
  outcome: 'allowed' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND';
}

function matrixDocument(mutation: string): string {
  const row = MATRIX[mutation];
  if (!row) throw new Error(`${mutation} has no row in the matrix`);
  return row.document;
}

const inScopePlace = () => newPlace('inScope');
const outOfScopePlace = () => newPlace('outOfScope');

/** Mutations whose targets lie in two territories, one the caller's: what the matrix cannot show. */
const CROSSING_TERRITORIES: Record<string, CrossingCase> = {
  "a département's manager moves a place out of it": {
    mutation: 'updatePlace',
    role: 'departmentDataManager',
    document:
      'mutation ($id: ID!, $address: PlaceAddressInput!) { updatePlace(id: $id, input: { address: $address }) { id } }',
    variables: async () => ({ id: await inScopePlace(), address: TERRITORIES.outOfScope.address }),
    outcome: 'FORBIDDEN',
  },
  "a source's manager moves one of its places to another département": {
    mutation: 'updatePlace',
    role: 'sourceDataManager',
    document:
      'mutation ($id: ID!, $address: PlaceAddressInput!) { updatePlace(id: $id, input: { address: $address }) { id } }',
    variables: async () => ({ id: await inScopePlace(), address: TERRITORIES.outOfScope.address }),
    outcome: 'allowed',
  },
  "a département's manager adds a place of another source to it": {
    mutation: 'createPlace',
    document: matrixDocument('createPlace'),
    role: 'departmentDataManager',
    variables: async () => ({ source: TERRITORIES.outOfScope.source, input: placeInput('inScope') }),
    outcome: 'allowed',
  },
  "a source's manager adds a place to it in another département": {
    mutation: 'createPlace',
    document: matrixDocument('createPlace'),
    role: 'sourceDataManager',
    variables: async () => ({ source: TERRITORIES.inScope.source, input: placeInput('outOfScope') }),
    outcome: 'allowed',
  },
  'a manager merges a place of another département into one of theirs': {
    mutation: 'mergePlaces',
    document: matrixDocument('mergePlaces'),
    role: 'departmentDataManager',
    variables: async () => ({ keepId: await inScopePlace(), mergeIds: [await outOfScopePlace()] }),
    outcome: 'FORBIDDEN',
  },
  'a manager merges one of their places into one of another département': {
    mutation: 'mergePlaces',
    document: matrixDocument('mergePlaces'),
    role: 'departmentDataManager',
    variables: async () => ({ keepId: await outOfScopePlace(), mergeIds: [await inScopePlace()] }),
    outcome: 'FORBIDDEN',
  },
  // Either place's managers may say the pair is no duplicate: it is listed to both.
  'a manager dismisses a duplicate pair of which they manage one place': {
    mutation: 'dismissDuplicate',
    document: matrixDocument('dismissDuplicate'),
    role: 'departmentDataManager',
    variables: async () => ({ firstId: await inScopePlace(), secondId: await outOfScopePlace() }),
    outcome: 'allowed',
  },
  "an editor gives an action of their road map to another governance's member": {
    mutation: 'createAction',
    document: matrixDocument('createAction'),
    role: 'governanceEditor',
    variables: async () => ({
      roadmapId: await newRoadmap('inScope'),
      input: { ...actionInput, ownerIds: [await newMember('outOfScope')] },
    }),
    outcome: 'BAD_USER_INPUT',
  },
  "an editor moves an action of theirs to another governance's member": {
    mutation: 'updateAction',
    role: 'governanceEditor',
    document:
      'mutation ($id: ID!, $ownerIds: [ID!]) { updateAction(id: $id, input: { ownerIds: $ownerIds }) { id } }',
    variables: async () => ({ id: await newAction('inScope'), ownerIds: [await newMember('outOfScope')] }),
    outcome: 'BAD_USER_INPUT',
  },
  "an editor replaces another governance's committee under their own département": {
    mutation: 'setCommittee',
    role: 'governanceEditor',
    document:
      'mutation ($departmentCode: String!, $id: ID!) { setCommittee(departmentCode: $departmentCode, id: $id, input: { name: "Comité détourné", kind: OTHER, frequency: YEARLY }) { id } }',
    variables: async () => ({
      departmentCode: TERRITORIES.inScope.department,
      id: (await asAdmin('setCommittee', await inDepartment('outOfScope'))).id,
    }),
    outcome: 'NOT_FOUND',
  },
};

describe('mutations on targets in two territories', () => {
  it.each(Object.entries(CROSSING_TERRITORIES))('%s', async (_name, crossing) => {
    const subgraph = MUTATIONS.get(crossing.mutation) as Subgraph;
    const variables = await Promise.all(PATHS.map(() => crossing.variables()));
    const before = await tableDigests(subgraph);
    const problems = await Promise.all(
      PATHS.map(async (path, index) => {
        const response = await send(path, subgraph, crossing.document, variables[index] ?? {}, crossing.role);
        const problem =
          crossing.outcome === 'allowed'
            ? successProblem(response, crossing.mutation)
            : refusalProblem(response, crossing.mutation, crossing.outcome);
        return problem && `via ${path}: ${problem}`;
      }),
    );
    const written = tablesWritten(before, await tableDigests(subgraph)).length > 0;
    expect({ problems: problems.filter(Boolean), written }).toEqual({
      problems: [],
      written: crossing.outcome === 'allowed',
    });
  });
});

/** What a caller must not read without the right: a member's contact, a reporter's, a resolver's. */
interface PersonalData {
  /** The contact of a co-leader who owns an action that asked a programme for money. */
  memberContact: string[];
  /** The contacts of every member of the governance, the seeded ones too. */
  governanceContacts: string[];
  fundedProgramId: string;
  /** The reporter's contact on a report, and who resolved it. */
  reportContacts: string[];
}

async function personalDataOf(scope: Scope): Promise<PersonalData> {
  const { department } = TERRITORIES[scope];
  const contact = {
    contactName: `Camille Matrice ${department}`,
    contactEmail: `camille.matrice.${department}@example.org`,
    contactPhone: `05 58 00 00 ${department}`,
  };
  const memberId = await newMember(scope, { ...contact, role: 'CO_LEADER' });
  const fundedProgramId = await newProgram(scope);
  await newFundingLine(scope, 'DRAFT', fundedProgramId, await newAction(scope, [memberId]));
  const members = await platform.prisma.governance.governanceMember.findMany({
    where: { governance: { departmentCode: department } },
  });

  const reporterContact = `reporter.${department}@example.org`;
  await asAdmin('resolvePlaceIssueReport', { id: await newIssueReport(scope, reporterContact) });
  return {
    memberContact: Object.values(contact),
    governanceContacts: members.flatMap((member) =>
      [member.contactName, member.contactEmail, member.contactPhone].filter((value) => value !== null),
    ),
    fundedProgramId,
    reportContacts: [reporterContact, ADMIN_SUBJECT],
  };
}

interface PersonalDataRead {
  access: Access;
  subgraph: Subgraph;
  query: Record<Path, string>;
  variables(scope: Scope, data: PersonalData): Record<string, unknown>;
  /** What an allowed caller reads. */
  shown(data: PersonalData): string[];
  /** What no other caller may read. */
  hidden(data: PersonalData): string[];
}

const onBothPaths = (query: string): Record<Path, string> => ({ gateway: query, subgraph: query });

const MEMBER_CONTACT = 'organizationName contactName contactEmail contactPhone';

/** Members read from their département's governance. */
const membersOfGovernance = (selection: string): PersonalDataRead => ({
  access: GOVERNANCE_EDITORS,
  subgraph: 'governance',
  query: onBothPaths(`query ($code: String!) { department(code: $code) { governance { ${selection} } } }`),
  variables: (scope) => ({ code: TERRITORIES[scope].department }),
  shown: (data) => data.memberContact,
  hidden: (data) => data.governanceContacts,
});

/** Every way to a field holding personal data. */
const PERSONAL_DATA_READS: Record<string, PersonalDataRead> = {
  "a governance's members": membersOfGovernance(`members { ${MEMBER_CONTACT} }`),
  "a governance's co-leaders": membersOfGovernance(`coLeaders { ${MEMBER_CONTACT} }`),
  'the owners of road-map actions': membersOfGovernance(
    `roadmaps { actions { owners { ${MEMBER_CONTACT} } } }`,
  ),
  'the owners of the actions a programme funds (an entity from another subgraph)': {
    ...membersOfGovernance(''),
    query: {
      gateway: `query ($id: ID!) { fundingProgram(id: $id) { fundedActions { owners { ${MEMBER_CONTACT} } } } }`,
      subgraph: `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on FundingProgram { fundedActions { owners { ${MEMBER_CONTACT} } } } } }`,
    },
    variables: (_scope, data) => ({
      id: data.fundedProgramId,
      representations: [{ __typename: 'FundingProgram', id: data.fundedProgramId }],
    }),
  },
  'the reports on places': {
    access: PLACE_MANAGERS,
    subgraph: 'directory',
    query: onBothPaths(
      'query ($code: String!) { placeIssueReports(territory: { kind: DEPARTMENT, code: $code }, first: 100) { edges { node { contact resolvedBy } } } }',
    ),
    variables: (scope) => ({ code: TERRITORIES[scope].department }),
    shown: (data) => data.reportContacts,
    hidden: (data) => data.reportContacts,
  },
};

/**
 * What is wrong with a read: an allowed caller reads it all without an error; anyone else reads
 * none of it, and any error is a refusal (a list filtered to what the caller manages is one too).
 */
function readProblem(response: GraphQLResponse, allowed: boolean, shown: string[], hidden: string[]) {
  const text = JSON.stringify(response);
  if (allowed) {
    const missing = shown.filter((value) => !text.includes(value));
    return response.errors || missing.length ? `expected to read ${missing.join(', ')}, got ${text}` : null;
  }
  const leaked = hidden.filter((value) => text.includes(value));
  const otherErrors = (response.errors ?? []).filter(
    (error) => error.extensions?.code !== 'FORBIDDEN' && error.extensions?.code !== 'UNAUTHENTICATED',
  );
  return leaked.length || otherErrors.length
    ? `expected a refusal, read ${leaked.join(', ')} in ${text}`
    : null;
}

describe('fields holding personal data', () => {
  const personalData = new Map<Scope, PersonalData>();

  beforeAll(async () => {
    for (const scope of SCOPES) personalData.set(scope, await personalDataOf(scope));
  });

  it.each(Object.entries(PERSONAL_DATA_READS))(
    '%s: only those with the right read them',
    async (_name, read) => {
      const problems = await Promise.all(
        ROLES.flatMap((role) =>
          SCOPES.flatMap((scope) =>
            PATHS.map(async (path) => {
              const data = personalData.get(scope) as PersonalData;
              const response = await send(
                path,
                read.subgraph,
                read.query[path],
                read.variables(scope, data),
                role,
              );
              const problem = readProblem(
                response,
                isAllowed(read.access, { role, scope }),
                read.shown(data),
                read.hidden(data),
              );
              return problem && `${describeCase({ role, scope, path })}: ${problem}`;
            }),
          ),
        ),
      );
      expect(problems.filter(Boolean)).toEqual([]);
    },
  );
});
