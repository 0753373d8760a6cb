import { randomUUID } from 'node:crypto';
import { demoProgramId } from '@passerelle/contracts/ids';
import { loadTerritoryReferential } from '@passerelle/contracts/territories';
import { authorizationFor, type SubgraphUnderTest, startSubgraphForTest } from '@passerelle/platform/testing';
import type { PrismaClient } from '../src/database';
import { subgraph } from '../src/subgraph';

let governance: SubgraphUnderTest<PrismaClient>;
let landesEditor: Record<string, string>;
let girondeEditor: Record<string, string>;

beforeAll(async () => {
  governance = await startSubgraphForTest(subgraph, { label: 'governance_governances' });
  landesEditor = await authorizationFor(
    [{ role: 'governance-editor', department: '40' }],
    'landes@example.org',
  );
  girondeEditor = await authorizationFor(
    [{ role: 'governance-editor', department: '33' }],
    'gironde@example.org',
  );
});

afterAll(async () => {
  await governance?.stop();
});

const query = (text: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
  governance.query(text, variables, headers);
const prisma = () => governance.prisma;

describe("members' contacts (personal data)", () => {
  const CONTACTS = '{ department(code: "40") { governance { members { organizationName contactEmail } } } }';

  it('are refused to the public, who still see the organisations', async () => {
    const { data, errors } = await query(CONTACTS);
    const members = data?.department.governance.members;
    expect(members.length).toBeGreaterThan(0);
    expect(members.every((member: any) => member.organizationName && member.contactEmail === null)).toBe(
      true,
    );
    expect(errors?.length).toBe(members.length);
    expect(new Set(errors?.map((error) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
  });

  it("are refused to another département's editors", async () => {
    const { errors } = await query(CONTACTS, {}, girondeEditor);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("are read by the governance's own editors and by admins", async () => {
    for (const caller of [landesEditor, await authorizationFor([{ role: 'admin' }])]) {
      const { data, errors } = await query(CONTACTS, {}, caller);
      expect(errors).toBeUndefined();
      const emails = data?.department.governance.members.map((member: any) => member.contactEmail);
      expect(emails).toContain('inclusion-numerique-landes@example.gouv.fr');
    }
  });
});

describe('demo governances', () => {
  it('gives every département a governance, once', async () => {
    expect(await prisma().governance.count()).toBe(loadTerritoryReferential().departments.length);
    expect(await subgraph.seedDemoData(prisma())).toBe(0);
  });

  it("shows a département's governance, road map, actions and the programmes they ask", async () => {
    const { data, errors } = await query(`{ department(code: "40") { governance {
      coLeaders { organizationName role status }
      members { organizationName role territory { __typename code name } }
      committees { name kind frequency nextMeetingOn }
      roadmaps { title contractType perimeter { departments { name } } actions {
        title needs totalBudget status owners { organizationName } fundingRequested fundingGranted
        fundingLines { status amountRequested amountGranted program { id } }
      } }
      envelopes { year ceiling committed remaining }
    } } }`);
    expect(errors).toBeUndefined();
    const governance = data?.department.governance;
    expect(governance.coLeaders.map((member: any) => member.organizationName)).toEqual([
      'Conseil départemental — Landes',
      'Préfecture — Landes',
    ]);
    expect(
      governance.members.find((member: any) => member.territory?.__typename === 'Commune').territory.name,
    ).toBe('Mont-de-Marsan');
    expect(governance.committees).toHaveLength(2);
    const [roadmap] = governance.roadmaps;
    expect(roadmap).toMatchObject({
      contractType: 'FRANCE_NUMERIQUE_ENSEMBLE_ROADMAP',
      perimeter: { departments: [{ name: 'Landes' }] },
    });
    expect(roadmap.actions).toHaveLength(4);
    const lines = roadmap.actions.flatMap((action: any) => action.fundingLines);
    expect(new Set(lines.map((line: any) => line.status))).toEqual(
      new Set(['DRAFT', 'SUBMITTED', 'ACCEPTED', 'REFUSED']),
    );
    expect(lines.map((line: any) => line.program.id)).toContain(demoProgramId('conseillers-numeriques'));
    const granted = lines
      .filter((line: any) => line.status === 'ACCEPTED')
      .reduce((sum: number, line: any) => sum + line.amountGranted, 0);
    const [envelope] = governance.envelopes;
    expect(envelope.committed).toBe(granted);
    expect(envelope.remaining).toBe(envelope.ceiling - granted);
  });

  it('counts members, actions, budgets and funding per département and per région', async () => {
    const { data } = await query(`{
      department(code: "40") { governanceStatistics { governances members confirmedMembers actions budgetPlanned fundingRequested fundingGranted } }
      region(code: "75") { governances { id } governanceStatistics { governances actions budgetPlanned fundingGranted } }
    }`);
    const actions = await prisma().action.findMany({
      where: { roadmap: { governance: { departmentCode: '40' } } },
      include: { fundingLines: true },
    });
    const lines = actions.flatMap((action) => action.fundingLines);
    expect(data?.department.governanceStatistics).toEqual({
      governances: 1,
      members: await prisma().governanceMember.count({ where: { governance: { departmentCode: '40' } } }),
      confirmedMembers: await prisma().governanceMember.count({
        where: { governance: { departmentCode: '40' }, status: 'CONFIRMED' },
      }),
      actions: actions.length,
      budgetPlanned: actions.reduce((sum, action) => sum + action.totalBudget, 0),
      fundingRequested: lines
        .filter((line) => line.status !== 'DRAFT')
        .reduce((sum, line) => sum + line.amountRequested, 0),
      fundingGranted: lines
        .filter((line) => line.status === 'ACCEPTED')
        .reduce((sum, line) => sum + (line.amountGranted ?? 0), 0),
    });
    const regionDepartments = loadTerritoryReferential().departments.filter(
      (department) => department.regionCode === '75',
    );
    expect(data?.region.governances).toHaveLength(regionDepartments.length);
    const regionActions = await prisma().action.findMany({
      where: { roadmap: { governance: { department: { regionCode: '75' } } } },
    });
    expect(data?.region.governanceStatistics).toMatchObject({
      governances: regionDepartments.length,
      actions: regionActions.length,
      budgetPlanned: regionActions.reduce((sum, action) => sum + action.totalBudget, 0),
    });
  });
});

describe('editing a governance', () => {
  const ADD_MEMBER = `mutation ($department: String!, $input: GovernanceMemberInput!) {
    addGovernanceMember(departmentCode: $department, input: $input) { id organizationName territory { code } }
  }`;
  const member = {
    organizationName: 'Communauté de communes du Seignanx',
    role: 'MEMBER',
    status: 'CANDIDATE',
    siret: '24400065900015',
  };

  it("lets a governance editor write their département's governance only", async () => {
    expect((await query(ADD_MEMBER, { department: '40', input: member })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await query(ADD_MEMBER, { department: '40', input: member }, girondeEditor)).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const dataManager = await authorizationFor([{ role: 'data-manager', department: '40' }]);
    expect(
      (await query(ADD_MEMBER, { department: '40', input: member }, dataManager)).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const added = await query(ADD_MEMBER, { department: '40', input: member }, landesEditor);
    expect(added.errors).toBeUndefined();

    const id = added.data?.addGovernanceMember.id;
    const UPDATE =
      'mutation ($id: ID!, $input: GovernanceMemberUpdateInput!) { updateGovernanceMember(id: $id, input: $input) { status role } }';
    expect(
      (await query(UPDATE, { id, input: { status: 'CONFIRMED' } }, girondeEditor)).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await query(UPDATE, { id, input: { status: 'CONFIRMED' } }, landesEditor)).data
        ?.updateGovernanceMember,
    ).toEqual({ status: 'CONFIRMED', role: 'MEMBER' });
    expect(
      (await query('mutation ($id: ID!) { removeGovernanceMember(id: $id) }', { id }, landesEditor)).data
        ?.removeGovernanceMember,
    ).toBe(true);
  });

  it('refuses a member identified neither by SIRET nor by territory, and unknown territories', async () => {
    const { errors } = await query(
      ADD_MEMBER,
      { department: '40', input: { ...member, siret: null } },
      landesEditor,
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.siret' });
    const unknown = await query(
      ADD_MEMBER,
      { department: '40', input: { ...member, territory: { kind: 'COMMUNE', code: '40999' } } },
      landesEditor,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses an action ending before it starts, or owned by another governance’s member', async () => {
    const roadmap = await prisma().roadmap.findFirstOrThrow({
      where: { governance: { departmentCode: '40' } },
    });
    const foreignMember = await prisma().governanceMember.findFirstOrThrow({
      where: { governance: { departmentCode: '33' } },
    });
    const CREATE =
      'mutation ($roadmap: ID!, $input: ActionInput!) { createAction(roadmapId: $roadmap, input: $input) { id owners { organizationName } } }';
    const action = {
      title: 'Former les secrétaires de mairie',
      description: 'Formation aux démarches en ligne.',
      needs: ['TRAINING'],
      totalBudget: 12_000,
      startsOn: '2027-01-01',
      endsOn: '2026-06-30',
      status: 'PLANNED',
    };
    const backwards = await query(CREATE, { roadmap: roadmap.id, input: action }, landesEditor);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.endsOn',
    });
    const foreign = await query(
      CREATE,
      { roadmap: roadmap.id, input: { ...action, endsOn: '2027-06-30', ownerIds: [foreignMember.id] } },
      landesEditor,
    );
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.ownerIds',
    });
    const fine = await query(
      CREATE,
      { roadmap: roadmap.id, input: { ...action, endsOn: '2027-06-30' } },
      landesEditor,
    );
    expect(fine.errors).toBeUndefined();
  });

  it('moves a subsidy request from draft to decision, and a decision is final', async () => {
    const action = await prisma().action.findFirstOrThrow({
      where: { roadmap: { governance: { departmentCode: '40' } } },
    });
    const added = await query(
      'mutation ($action: ID!, $program: ID!) { addFundingLine(actionId: $action, fundingProgramId: $program, amountRequested: 20000) { id status } }',
      { action: action.id, program: demoProgramId('fse-plus-inclusion') },
      landesEditor,
    );
    const id = added.data?.addFundingLine.id;
    expect(added.data?.addFundingLine.status).toBe('DRAFT');
    const DECIDE =
      'mutation ($id: ID!, $decision: SubsidyDecision!, $amount: Int) { decideFundingLine(id: $id, decision: $decision, amountGranted: $amount) { status amountGranted } }';
    const SUBMIT = 'mutation ($id: ID!) { submitFundingLine(id: $id) { status submittedAt } }';
    expect(
      (await query(DECIDE, { id, decision: 'ACCEPTED', amount: 10_000 }, landesEditor)).errors?.[0]
        ?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect((await query(SUBMIT, { id }, landesEditor)).data?.submitFundingLine.status).toBe('SUBMITTED');
    expect((await query(SUBMIT, { id }, landesEditor)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await query(DECIDE, { id, decision: 'ACCEPTED', amount: 30_000 }, landesEditor)).errors?.[0]
        ?.extensions?.field,
    ).toBe('amountGranted');
    expect((await query(DECIDE, { id, decision: 'REFUSED' }, landesEditor)).data?.decideFundingLine).toEqual({
      status: 'REFUSED',
      amountGranted: null,
    });
    const reversal = await query(DECIDE, { id, decision: 'ACCEPTED', amount: 10_000 }, landesEditor);
    expect(reversal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(reversal.errors?.[0]?.message).toMatch(/already refused: a decision is final/);
  });

  it('sets the financial envelope of a year', async () => {
    const SET =
      'mutation { setFinancialEnvelope(departmentCode: "40", year: 2030, ceiling: 500000) { year ceiling committed remaining } }';
    expect((await query(SET, undefined, girondeEditor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await query(SET, undefined, landesEditor)).data?.setFinancialEnvelope).toEqual({
      year: 2030,
      ceiling: 500_000,
      committed: 0,
      remaining: 500_000,
    });
  });
});

describe('federation', () => {
  it('adds to funding programmes the actions that asked them, for 100 programmes in at most 2 queries', async () => {
    const ids = [
      'conseillers-numeriques',
      'france-numerique-ensemble',
      'caf-fonds-publics-et-territoires',
      'fondation-orange-solidarite',
    ].map(demoProgramId);
    const representations = Array.from({ length: 100 }, (_, index) => ({
      __typename: 'FundingProgram',
      id: ids[index % ids.length],
    }));
    governance.sqlQueries.length = 0;
    const { data, errors } = await query(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on FundingProgram { id fundedActions { id } } } }',
      { r: representations },
    );
    expect(errors).toBeUndefined();
    expect(data?._entities[0].fundedActions.length).toBeGreaterThanOrEqual(
      loadTerritoryReferential().departments.length,
    );
    expect(governance.sqlQueries.length).toBeLessThanOrEqual(2);
  });

  it('resolves 100 département references with their governance in at most 2 queries', async () => {
    const representations = loadTerritoryReferential()
      .departments.slice(0, 100)
      .map(({ code }) => ({ __typename: 'Department', code }));
    governance.sqlQueries.length = 0;
    const { data } = await query(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department { code governance { id } } } }',
      { r: representations },
    );
    expect(data?._entities.every((entity: any) => entity.governance.id)).toBe(true);
    expect(governance.sqlQueries.length).toBeLessThanOrEqual(2);
  });
});

describe('batching over many governances', () => {
  const departmentCodes = loadTerritoryReferential()
    .departments.slice(0, 100)
    .map(({ code }) => code);
  const representations = departmentCodes.map((code) => ({ __typename: 'Department', code }));

  /** A request's answer and how many SQL queries it cost. */
  async function counted(text: string, variables: Record<string, unknown>) {
    governance.sqlQueries.length = 0;
    const response = await query(text, variables);
    return { ...response, queries: governance.sqlQueries.length };
  }

  it('resolves the owners of every action of 100 governances in as many SQL queries as for one', async () => {
    const actions = await prisma().action.findMany({
      where: { roadmap: { governance: { departmentCode: { in: departmentCodes } } } },
      include: { owners: { include: { member: true }, orderBy: { member: { organizationName: 'asc' } } } },
    });
    const ownersOf = new Map(
      actions.map((action) => [
        action.id,
        action.owners.map((owner) => owner.member.organizationName).sort((a, b) => a.localeCompare(b, 'fr')),
      ]),
    );
    expect(actions.length).toBeGreaterThanOrEqual(400);

    const OWNERS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department {
      governance { roadmaps { actions { id owners { organizationName } } } }
    } } }`;
    const one = await counted(OWNERS, { r: representations.slice(0, 1) });
    const { data, errors, queries } = await counted(OWNERS, { r: representations });
    expect(errors).toBeUndefined();
    const found = data?._entities.flatMap((department: any) =>
      department.governance.roadmaps.flatMap((roadmap: any) => roadmap.actions),
    );
    expect(found).toHaveLength(actions.length);
    for (const action of found) {
      expect(action.owners.map((owner: any) => owner.organizationName)).toEqual(ownersOf.get(action.id));
    }
    expect(found.some((action: any) => action.owners.length > 1)).toBe(true);
    // Départements, governances, road maps and actions (two each: Pothos loads relations of rows
    // it did not load itself again by id), owners and their members.
    expect(queries).toBe(one.queries);
    expect(queries).toBeLessThanOrEqual(7);
  });

  it("resolves every member's actions in 100 governances in as many SQL queries as for one", async () => {
    const ownerships = await prisma().actionOwner.findMany({
      where: { member: { governance: { departmentCode: { in: departmentCodes } } } },
      include: { action: true },
    });
    const actionsOf = new Map<string, string[]>();
    for (const { memberId, action } of ownerships) {
      actionsOf.set(memberId, [...(actionsOf.get(memberId) ?? []), action.title].sort());
    }
    expect(ownerships.length).toBeGreaterThanOrEqual(400);

    const MEMBERS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department {
      governance { members { id actions { title fundingRequested } } }
    } } }`;
    const one = await counted(MEMBERS, { r: representations.slice(0, 1) });
    const { data, errors, queries } = await counted(MEMBERS, { r: representations });
    expect(errors).toBeUndefined();
    const members = data?._entities.flatMap((department: any) => department.governance.members);
    for (const member of members) {
      expect(member.actions.map((action: any) => action.title).sort()).toEqual(
        actionsOf.get(member.id) ?? [],
      );
    }
    expect(members.some((member: any) => member.actions.length > 1)).toBe(true);
    expect(queries).toBe(one.queries);
    expect(queries).toBeLessThanOrEqual(7);
  });

  it('computes the envelopes of 100 governances, year by year, in as many SQL queries as for one', async () => {
    // A second year for some governances: what was granted this year is not committed on it.
    const lastYear = new Date().getUTCFullYear() - 1;
    const someGovernances = await prisma().governance.findMany({
      where: { departmentCode: { in: departmentCodes.slice(0, 10) } },
    });
    await prisma().financialEnvelope.createMany({
      data: someGovernances.map((governance) => ({
        id: randomUUID(),
        governanceId: governance.id,
        year: lastYear,
        ceiling: 100_000,
      })),
      skipDuplicates: true,
    });
    const envelopes = await prisma().financialEnvelope.findMany({
      where: { governance: { departmentCode: { in: departmentCodes } } },
      include: { governance: true },
    });
    const lines = await prisma().fundingLine.findMany({
      where: { status: 'ACCEPTED' },
      include: { action: { include: { roadmap: true } } },
    });
    const committed = (envelope: (typeof envelopes)[number]) =>
      lines
        .filter(
          (line) =>
            line.action.roadmap.governanceId === envelope.governanceId &&
            line.decidedAt?.getUTCFullYear() === envelope.year,
        )
        .reduce((sum, line) => sum + (line.amountGranted ?? 0), 0);
    const expected = new Map(
      envelopes.map((envelope) => [
        `${envelope.governance.departmentCode}:${envelope.year}`,
        { committed: committed(envelope), remaining: envelope.ceiling - committed(envelope) },
      ]),
    );
    expect([...expected.values()].filter((figures) => figures.committed === 0).length).toBeGreaterThanOrEqual(
      10,
    );
    expect([...expected.values()].filter((figures) => figures.committed > 0).length).toBeGreaterThanOrEqual(
      100,
    );

    const ENVELOPES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department {
      code governance { envelopes { year committed remaining } }
    } } }`;
    const one = await counted(ENVELOPES, { r: representations.slice(0, 1) });
    const { data, errors, queries } = await counted(ENVELOPES, { r: representations });
    expect(errors).toBeUndefined();
    const found = new Map(
      data?._entities.flatMap((department: any) =>
        department.governance.envelopes.map((envelope: any) => [
          `${department.code}:${envelope.year}`,
          { committed: envelope.committed, remaining: envelope.remaining },
        ]),
      ),
    );
    expect(found).toEqual(expected);
    // Départements, governances, envelopes (two), and what they committed.
    expect(queries).toBe(one.queries);
    expect(queries).toBeLessThanOrEqual(5);
  });
});
