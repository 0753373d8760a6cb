import { randomUUID } from 'node:crypto';
import { demoPlaceId, demoProgramId, placeIdOf } from '@passerelle/contracts/ids';
import { loadTerritoryReferential, regionCodeOfDepartment } from '@passerelle/contracts/territories';
import { authorizationFor, type SubgraphUnderTest, startSubgraphForTest } from '@passerelle/platform/testing';
import type { PrismaClient } from '../src/database';
import type { FundingProgram as Program } from '../src/generated/prisma/client';
import { CLOSING_SOON_DAYS, programStatus, statusSql, today } from '../src/programs/status';
import { CAMPAIGNS, FUNDERS, PROGRAMS } from '../src/seed/catalogue';
import { subgraph } from '../src/subgraph';

let funding: SubgraphUnderTest<PrismaClient>;
let editor: Record<string, string>;

beforeAll(async () => {
  funding = await startSubgraphForTest(subgraph, { label: 'funding' });
  editor = await authorizationFor([{ role: 'funding-editor' }], 'editor@anct.example');
});

afterAll(async () => {
  await funding?.stop();
});

const query = (text: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
  funding.query(text, variables, headers);
const prisma = () => funding.prisma;

/** Portals list first what one can apply to (open, closing soon), then permanent, upcoming, closed. */
const GROUP_ORDER: Record<string, number> = {
  OPEN: 0,
  CLOSING_SOON: 0,
  PERMANENT: 1,
  UPCOMING: 2,
  CLOSED: 3,
};
const groupOf = (status: string) => GROUP_ORDER[status] as number;

/** What orders programmes within their group: deadline, opening date, or latest closing first. */
function portalOrderKey(node: { status: string; opensOn: string | null; closesOn: string | null }) {
  const time = (date: string | null) => (date ? Date.parse(date) : Number.POSITIVE_INFINITY);
  const group = groupOf(node.status);
  if (group === 0) return [group, time(node.closesOn)];
  if (node.status === 'UPCOMING') return [group, time(node.opensOn)];
  if (node.status === 'CLOSED') return [group, -time(node.closesOn)];
  return [group, 0];
}

const compareKeys = (a: number[], b: number[]) =>
  (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number);

const PAGE_OF_PROGRAMS = `query ($first: Int!, $after: String) {
  fundingPrograms(first: $first, after: $after) {
    edges { node { id name status opensOn closesOn } } pageInfo { hasNextPage endCursor }
  }
}`;

/** Every programme, in pages of `first` following the cursors. */
async function allPrograms(first: number): Promise<any[]> {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const { data, errors } = await query(PAGE_OF_PROGRAMS, { first, after });
    if (errors) throw new Error(JSON.stringify(errors));
    const { edges, pageInfo } = data?.fundingPrograms ?? {};
    nodes.push(...edges.map((edge: any) => edge.node));
    if (!pageInfo.hasNextPage) return nodes;
    after = pageInfo.endCursor;
  }
}

const PROGRAMS_QUERY = `query ($filter: FundingProgramFilter) {
  fundingPrograms(filter: $filter, first: 100) { totalCount edges { node { id name status funder { name kind } } } }
}`;

async function programNames(filter: Record<string, unknown>): Promise<string[]> {
  const { data, errors } = await query(PROGRAMS_QUERY, { filter });
  if (errors) throw new Error(JSON.stringify(errors));
  return data?.fundingPrograms.edges.map((edge: any) => edge.node.name).sort();
}

describe('seed', () => {
  it('lists the real programmes and funders, once', async () => {
    expect(await prisma().fundingProgram.count()).toBe(PROGRAMS.length);
    expect(await prisma().funder.count()).toBe(Object.keys(FUNDERS).length);
    expect(await prisma().passNumeriqueCampaign.count()).toBe(CAMPAIGNS.length);
    expect(await subgraph.seedDemoData(prisma())).toBe(0);
    const statuses = new Set(
      (await prisma().fundingProgram.findMany()).map((program) => programStatus(program, today())),
    );
    expect([...statuses].sort()).toEqual(['CLOSED', 'CLOSING_SOON', 'OPEN', 'PERMANENT', 'UPCOMING']);
  });
});

describe('finding programmes', () => {
  it('gives a département the national programmes, its région’s and its own, not its neighbours’', async () => {
    const landes = await programNames({ territory: { kind: 'DEPARTMENT', code: '40' } });
    const expected = PROGRAMS.filter(
      (program) =>
        (!program.regionCodes && !program.departmentCodes) ||
        program.regionCodes?.includes('75') ||
        program.departmentCodes?.includes('40'),
    ).map((program) => program.name);
    expect(landes).toEqual(expected.sort());
    expect(landes.some((name) => name.includes('Gironde'))).toBe(false);
    expect(landes.some((name) => name.includes('Occitanie'))).toBe(false);
    // A région also sees its départements' programmes; a commune, its département's.
    expect(await programNames({ territory: { kind: 'REGION', code: '75' } })).toEqual(
      expect.arrayContaining(['Département de la Gironde — Gironde numérique solidaire', ...expected]),
    );
    expect(await programNames({ territory: { kind: 'COMMUNE', code: '40192' } })).toEqual(landes);
  });

  it('filters by beneficiary, theme, status, closing date and words', async () => {
    const all = await prisma().fundingProgram.findMany();
    const expect_ = (predicate: (program: (typeof all)[number]) => boolean) =>
      all
        .filter(predicate)
        .map((program) => program.name)
        .sort();
    expect(await programNames({ beneficiary: 'REGION' })).toEqual(
      expect_((program) => program.beneficiaries.includes('REGION')),
    );
    expect(await programNames({ theme: 'MEDIATOR_JOBS' })).toEqual(
      expect_((program) => program.themes.includes('MEDIATOR_JOBS')),
    );
    expect(await programNames({ status: ['OPEN', 'CLOSING_SOON'] })).toEqual(
      expect_((program) => ['OPEN', 'CLOSING_SOON'].includes(programStatus(program, today()))),
    );
    const limit = new Date(today().getTime() + 30 * 86_400_000);
    expect(await programNames({ closesBefore: limit.toISOString().slice(0, 10) })).toEqual(
      expect_((program) => program.closesOn !== null && program.closesOn <= limit),
    );
    expect(await programNames({ text: 'feder' })).toHaveLength(2);
    const europe = await prisma().funder.findFirstOrThrow({ where: { kind: 'EUROPEAN_UNION' } });
    expect(await programNames({ text: 'union europeenne' })).toEqual(
      expect_((program) => program.funderId === europe.id),
    );
  });

  it('lists what one can still apply to first, soonest deadline first, closed programmes last', async () => {
    const nodes = await allPrograms(100);
    expect(nodes.map((node) => node.status)).toEqual(
      [...nodes.map((node) => node.status)].sort((a, b) => groupOf(a) - groupOf(b)),
    );
    expect(nodes[0].status).toBe('CLOSING_SOON');
    expect(nodes.at(-1).status).toBe('CLOSED');
    const keys = nodes.map(portalOrderKey);
    expect(keys).toEqual([...keys].sort(compareKeys));
    // The same order page by page, cursors included.
    expect(await allPrograms(4)).toEqual(nodes);
  });

  it('derives statuses in SQL exactly as in code, days around every opening and closing date', async () => {
    const programs = await prisma().fundingProgram.findMany();
    const days = new Set<number>();
    for (const { opensOn, closesOn } of programs) {
      for (const date of [opensOn, closesOn]) {
        if (!date) continue;
        for (const offset of [-CLOSING_SOON_DAYS - 1, -CLOSING_SOON_DAYS, -1, 0, 1])
          days.add(date.getTime() + offset * 86_400_000);
      }
    }
    for (const time of days) {
      const day = new Date(time);
      const rows = await prisma().$queryRaw<{ id: string; status: string }[]>`
        SELECT id, ${statusSql(day)} AS status FROM funding_program`;
      const byId = new Map(rows.map((row) => [row.id, row.status]));
      for (const program of programs)
        expect([day, byId.get(program.id)]).toEqual([day, programStatus(program, day)]);
    }
  });

  it('answers NOT_FOUND and BAD_USER_INPUT for unknown or malformed ids and territories', async () => {
    expect((await query('{ fundingProgram(id: "x") { id } }')).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await query(`{ fundingProgram(id: "${demoProgramId('nope')}") { id } }`)).errors?.[0]?.extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await query(PROGRAMS_QUERY, { filter: { territory: { kind: 'DEPARTMENT', code: '96' } } })).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
  });
});

describe('federation', () => {
  it('adds programmes to départements and campaigns to places', async () => {
    const { data, errors } = await query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Department { code fundingPrograms(filter: { status: [OPEN, CLOSING_SOON, PERMANENT] }) { totalCount } }
        ... on Place { id passNumeriqueCampaigns { issuer vouchersIssued usageRate department { code } } }
      } }`,
      {
        representations: [
          { __typename: 'Department', code: '40' },
          { __typename: 'Place', id: placeIdOf('demo', 'demo-40-0003') },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data?._entities[0].fundingPrograms.totalCount).toBeGreaterThan(5);
    expect(data?._entities[1].passNumeriqueCampaigns).toEqual([
      {
        issuer: 'Département des Landes',
        vouchersIssued: 12_000,
        usageRate: 0.621,
        department: { code: '40' },
      },
    ]);
  });

  it('resolves 100 programme references in at most 2 SQL queries', async () => {
    const ids = (await prisma().fundingProgram.findMany({ select: { id: true } })).map(({ id }) => id);
    const representations = Array.from({ length: 100 }, (_, index) => ({
      __typename: 'FundingProgram',
      id: ids[index % ids.length],
    }));
    funding.sqlQueries.length = 0;
    const { data } = await query(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on FundingProgram { id name } } }',
      { r: representations },
    );
    expect(data?._entities).toHaveLength(100);
    expect(funding.sqlQueries.length).toBeLessThanOrEqual(2);
  });
});

describe('batching over many territories and places', () => {
  it('resolves the Pass numérique campaigns of 100 places in at most 2 SQL queries, each its own', async () => {
    // A place that two campaigns accept, and an archived campaign no place shows.
    const dax = { kind: 'COMMUNE', code: '40088' };
    await prisma().passNumeriqueCampaign.createMany({
      data: [
        { issuer: 'Ville de Dax', archivedAt: null },
        { issuer: 'Ville de Dax (archivée)', archivedAt: new Date() },
      ].map((campaign) => ({
        ...campaign,
        id: randomUUID(),
        territoryKind: dax.kind,
        territoryCode: dax.code,
        startsOn: new Date('2026-01-01'),
        endsOn: new Date('2026-12-31'),
        vouchersIssued: 500,
        vouchersUsed: 100,
        acceptingPlaceIds: [demoPlaceId('40', 1), demoPlaceId('40', 2), demoPlaceId('33', 1)],
      })),
    });
    const placeIds = ['40', '33', '31', '34', '59', '64']
      .flatMap((department) => Array.from({ length: 17 }, (_, index) => demoPlaceId(department, index + 1)))
      .slice(0, 100);
    const expected = await Promise.all(
      placeIds.map(async (id) =>
        (
          await prisma().passNumeriqueCampaign.findMany({
            where: { archivedAt: null, acceptingPlaceIds: { has: id } },
            orderBy: [{ startsOn: 'desc' }, { id: 'asc' }],
            include: { funder: true },
          })
        ).map((campaign) => ({
          issuer: campaign.issuer,
          funder: campaign.funder && { name: campaign.funder.name },
        })),
      ),
    );
    expect(expected.filter((campaigns) => campaigns.length === 2)).toHaveLength(3);
    expect(expected.filter((campaigns) => campaigns.length === 0).length).toBeGreaterThan(10);

    funding.sqlQueries.length = 0;
    const { data, errors } = await query(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Place { id passNumeriqueCampaigns { issuer funder { name } } } } }',
      { r: placeIds.map((id) => ({ __typename: 'Place', id })) },
    );
    const queries = funding.sqlQueries.length;
    expect(errors).toBeUndefined();
    expect(data?._entities.map((place: any) => place.passNumeriqueCampaigns)).toEqual(expected);
    expect(queries).toBeLessThanOrEqual(2);
  });

  it('resolves the programmes of 100 départements and every région in at most 2 SQL queries', async () => {
    const { departments, regions } = loadTerritoryReferential();
    const territories = [
      ...departments.slice(0, 100).map(({ code, regionCode }) => ({
        __typename: 'Department',
        code,
        opensTo: (program: Program) =>
          program.departmentCodes.includes(code) || program.regionCodes.includes(regionCode),
      })),
      ...regions.map(({ code }) => ({
        __typename: 'Region',
        code,
        opensTo: (program: Program) =>
          program.regionCodes.includes(code) ||
          program.departmentCodes.some((department) => regionCodeOfDepartment(department) === code),
      })),
    ];
    const statuses = ['OPEN', 'CLOSING_SOON', 'PERMANENT'];
    const programs = await prisma().fundingProgram.findMany({ where: { archivedAt: null } });
    const expected = territories.map(({ opensTo }) =>
      programs
        .filter((program) => program.national || opensTo(program))
        .filter((program) => statuses.includes(programStatus(program, today())))
        .map((program) => program.name)
        .sort(),
    );

    funding.sqlQueries.length = 0;
    const { data, errors } = await query(
      `query ($r: [_Any!]!) { _entities(representations: $r) {
        ... on Department { fundingPrograms(filter: { status: [OPEN, CLOSING_SOON, PERMANENT] }, first: 100) { ...programs } }
        ... on Region { fundingPrograms(filter: { status: [OPEN, CLOSING_SOON, PERMANENT] }, first: 100) { ...programs } }
      } }
      fragment programs on FundingProgramConnection { totalCount edges { node { name funder { name } } } }`,
      { r: territories.map(({ __typename, code }) => ({ __typename, code })) },
    );
    const queries = funding.sqlQueries.length;
    expect(errors).toBeUndefined();
    const found = data?._entities.map((territory: any) => ({
      totalCount: territory.fundingPrograms.totalCount,
      names: territory.fundingPrograms.edges.map((edge: any) => edge.node.name).sort(),
    }));
    expect(found).toEqual(expected.map((names) => ({ totalCount: names.length, names })));
    expect(
      data?._entities.every((territory: any) =>
        territory.fundingPrograms.edges.every((edge: any) => edge.node.funder.name),
      ),
    ).toBe(true);
    expect(queries).toBeLessThanOrEqual(2);
  });

  it("pages a territory's programmes with cursors in the order of the whole list", async () => {
    const PAGE = `query ($r: [_Any!]!, $first: Int, $after: String, $last: Int, $before: String) {
      _entities(representations: $r) { ... on Department {
        fundingPrograms(first: $first, after: $after, last: $last, before: $before) {
          totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage endCursor }
        }
      } }
    }`;
    const landes = [{ __typename: 'Department', code: '40' }];
    const page = async (variables: Record<string, unknown>) => {
      const { data, errors } = await query(PAGE, { r: landes, ...variables });
      if (errors) throw new Error(JSON.stringify(errors));
      return data?._entities[0].fundingPrograms;
    };
    const whole = await page({ first: 100 });
    const listed = await query(PROGRAMS_QUERY, { filter: { territory: { kind: 'DEPARTMENT', code: '40' } } });
    expect(whole.edges.map((edge: any) => edge.node.name)).toEqual(
      listed.data?.fundingPrograms.edges.map((edge: any) => edge.node.name),
    );
    const names: string[] = [];
    let after: string | null = null;
    do {
      const next = await page({ first: 3, after });
      expect(next.totalCount).toBe(whole.totalCount);
      names.push(...next.edges.map((edge: any) => edge.node.name));
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    } while (after);
    expect(names).toEqual(whole.edges.map((edge: any) => edge.node.name));
    const before = await page({ last: 2, before: whole.edges[5].cursor });
    expect(before.edges.map((edge: any) => edge.node.name)).toEqual(
      whole.edges.slice(3, 5).map((edge: any) => edge.node.name),
    );
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });
});

describe('editing', () => {
  const CREATE =
    'mutation ($input: FundingProgramInput!) { createFundingProgram(input: $input) { id name status national eligibleDepartments { code } } }';
  let funderId: string;
  const input = () => ({
    name: 'Aide départementale aux lieux numériques',
    summary: 'Une aide aux lieux de médiation numérique du département.',
    funderId,
    kind: 'GRANT',
    beneficiaries: ['COMMUNE'],
    themes: ['EQUIPMENT'],
    national: false,
    departmentCodes: ['40'],
    opensOn: '2026-01-01',
    closesOn: '2030-12-31',
  });

  beforeAll(async () => {
    funderId = (await prisma().funder.findFirstOrThrow({ where: { name: 'Département des Landes' } })).id;
  });

  it('lets funding editors only create, update and archive programmes', async () => {
    expect((await query(CREATE, { input: input() })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const manager = await authorizationFor([{ role: 'data-manager', department: '40' }]);
    expect((await query(CREATE, { input: input() }, manager)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );

    const created = await query(CREATE, { input: input() }, editor);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createFundingProgram).toMatchObject({
      status: 'OPEN',
      national: false,
      eligibleDepartments: [{ code: '40' }],
    });
    const id = created.data?.createFundingProgram.id;

    const updated = await query(
      'mutation ($id: ID!) { updateFundingProgram(id: $id, input: { maxAmount: 10000, closesOn: null }) { maxAmount closesOn name } }',
      { id },
      editor,
    );
    expect(updated.data?.updateFundingProgram).toEqual({
      maxAmount: 10_000,
      closesOn: null,
      name: 'Aide départementale aux lieux numériques',
    });
    expect(await programNames({ text: 'aide departementale lieux' })).toEqual([
      'Aide départementale aux lieux numériques',
    ]);

    await query('mutation ($id: ID!) { archiveFundingProgram(id: $id) { id } }', { id }, editor);
    expect(await programNames({ text: 'aide departementale lieux' })).toEqual([]);
  });

  it('names every invalid field', async () => {
    const { errors } = await query(
      CREATE,
      {
        input: {
          ...input(),
          national: true,
          closesOn: '2025-01-01',
          minAmount: 5000,
          maxAmount: 100,
          link: 'pas un lien',
        },
      },
      editor,
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.errors.map((issue: any) => issue.field).sort()).toEqual(
      ['input.closesOn', 'input.link', 'input.maxAmount', 'input.national'].sort(),
    );
  });

  it('checks Pass numérique campaigns the same way', async () => {
    const CAMPAIGN = `mutation ($input: PassNumeriqueCampaignInput!) {
      createPassNumeriqueCampaign(input: $input) { id usageRate department { code } acceptingPlaces { id } }
    }`;
    const campaign = {
      issuer: 'Communauté de communes du Seignanx',
      territory: { kind: 'DEPARTMENT', code: '40' },
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      vouchersIssued: 1000,
      vouchersUsed: 250,
      acceptingPlaceIds: [placeIdOf('demo', 'demo-40-0001')],
    };
    const created = await query(CAMPAIGN, { input: campaign }, editor);
    expect(created.data?.createPassNumeriqueCampaign).toMatchObject({
      usageRate: 0.25,
      department: { code: '40' },
    });
    const invalid = await query(
      CAMPAIGN,
      { input: { ...campaign, vouchersUsed: 2000, endsOn: '2025-01-01', acceptingPlaceIds: ['x'] } },
      editor,
    );
    expect(invalid.errors?.[0]?.extensions?.errors.map((issue: any) => issue.field).sort()).toEqual(
      ['input.acceptingPlaceIds', 'input.endsOn', 'input.vouchersUsed'].sort(),
    );
    const listed = await query(
      '{ passNumeriqueCampaigns(filter: { territory: { kind: DEPARTMENT, code: "40" } }) { totalCount } }',
    );
    expect(listed.data?.passNumeriqueCampaigns.totalCount).toBe(2);
  });
});
