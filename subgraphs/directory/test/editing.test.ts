import { authorizationFor } from '@passerelle/platform/testing';
import { type DirectoryUnderTest, startDirectory } from './support/directory-server';

let directory: DirectoryUnderTest;
let landesManager: Record<string, string>;
let sourceManager: Record<string, string>;
let girondeManager: Record<string, string>;

beforeAll(async () => {
  directory = await startDirectory('directory_editing', { seed: false });
  landesManager = await authorizationFor([{ role: 'data-manager', department: '40' }], 'landes@example.org');
  sourceManager = await authorizationFor([{ role: 'data-manager', dataset: 'reseau' }], 'reseau@example.org');
  girondeManager = await authorizationFor(
    [{ role: 'data-manager', department: '33' }],
    'gironde@example.org',
  );
});

afterAll(async () => {
  await directory?.stop();
});

const placeInput = (overrides: Record<string, unknown> = {}) => ({
  pivot: '21400192600019',
  name: 'Médiathèque du Marsan',
  address: { street: '1 place du Marché', postalCode: '40000', communeName: 'Mont-de-Marsan' },
  location: { latitude: 43.8911, longitude: -0.5007 },
  phone: '05 58 00 00 00',
  services: ['ADMINISTRATIVE_PROCEDURES'],
  fees: ['FREE'],
  ...overrides,
});

const CREATE = `mutation ($source: String!, $input: PlaceInput!) {
  createPlace(source: $source, input: $input) { id dataset externalId name phone commune { code } department { code } updatedOn services }
}`;

async function create(headers: Record<string, string>, input = placeInput(), source = 'reseau') {
  return directory.query(CREATE, { source, input }, headers);
}

describe('creating, updating and archiving places', () => {
  it('lets a data manager create a place in their département, validated like an import', async () => {
    const { data, errors } = await create(landesManager);
    expect(errors).toBeUndefined();
    expect(data?.createPlace).toMatchObject({
      dataset: 'reseau',
      externalId: expect.stringMatching(/^passerelle-/),
      phone: '+33558000000',
      commune: { code: '40192' },
      department: { code: '40' },
      updatedOn: new Date().toISOString().slice(0, 10),
    });
  });

  it('refuses anonymous callers, bad tokens and places outside what the caller manages', async () => {
    expect((await create({})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await create({ authorization: 'Bearer not-a-token' })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const outside = await create(girondeManager);
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A source's manager may create anywhere in that source.
    expect(
      (
        await create(
          sourceManager,
          placeInput({ address: { street: '1 cours', postalCode: '33000', communeName: 'Bordeaux' } }),
        )
      ).errors,
    ).toBeUndefined();
    expect(await directory.prisma.place.count({ where: { departmentCode: '33' } })).toBe(1);
  });

  it('names every invalid field with its path in the input', async () => {
    const { errors } = await create(
      landesManager,
      placeInput({
        phone: '12',
        pivot: 'x',
        address: { street: 'a', postalCode: '400', communeName: 'Dax' },
      }),
    );
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      errors: expect.arrayContaining([
        expect.objectContaining({ field: 'input.pivot' }),
        expect.objectContaining({ field: 'input.phone', value: '12' }),
        expect.objectContaining({ field: 'input.address.postalCode', value: '400' }),
      ]),
    });
  });

  it('updates some fields, keeps the others, clears what is null, and checks the destination too', async () => {
    const created = (
      await create(landesManager, placeInput({ externalId: 'maison-1', website: 'www.maison.fr' }))
    ).data?.createPlace;
    const UPDATE = `mutation ($id: ID!, $input: PlaceUpdateInput!) { updatePlace(id: $id, input: $input) { name phone website summary address { postalCode } } }`;
    const { data, errors } = await directory.query(
      UPDATE,
      { id: created.id, input: { summary: 'Ateliers le mercredi', website: null } },
      landesManager,
    );
    expect(errors).toBeUndefined();
    expect(data?.updatePlace).toEqual({
      name: 'Médiathèque du Marsan',
      phone: '+33558000000',
      website: null,
      summary: 'Ateliers le mercredi',
      address: { postalCode: '40000' },
    });

    const moved = await directory.query(
      UPDATE,
      {
        id: created.id,
        input: { address: { street: '2 rue', postalCode: '33000', communeName: 'Bordeaux' } },
      },
      landesManager,
    );
    expect(moved.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await directory.query(UPDATE, { id: created.id, input: { name: 'x' } }, girondeManager)).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('keeps every website given, and still takes the single website of earlier clients', async () => {
    const WEBSITES = 'websites website';
    const created = await directory.query(
      `mutation ($source: String!, $input: PlaceInput!) { createPlace(source: $source, input: $input) { id ${WEBSITES} } }`,
      { source: 'reseau', input: placeInput({ websites: ['www.maison.fr', 'https://facebook.com/maison'] }) },
      landesManager,
    );
    expect(created.errors).toBeUndefined();
    const { id, ...sites } = created.data?.createPlace ?? {};
    expect(sites).toEqual({
      websites: ['https://www.maison.fr', 'https://facebook.com/maison'],
      website: 'https://www.maison.fr',
    });
    const UPDATE = `mutation ($id: ID!, $input: PlaceUpdateInput!) { updatePlace(id: $id, input: $input) { ${WEBSITES} } }`;
    const single = await directory.query(UPDATE, { id, input: { website: 'maison.org' } }, landesManager);
    expect(single.data?.updatePlace).toEqual({
      websites: ['https://maison.org'],
      website: 'https://maison.org',
    });
    const both = await directory.query(
      UPDATE,
      { id, input: { website: 'a.fr', websites: ['b.fr'] } },
      landesManager,
    );
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const invalid = await directory.query(
      UPDATE,
      { id, input: { websites: ['a.fr', 'pas une adresse'] } },
      landesManager,
    );
    expect(invalid.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      errors: [expect.objectContaining({ field: 'input.websites', value: 'pas une adresse' })],
    });
  });

  it('archives a place, which then leaves the directory', async () => {
    const created = (await create(landesManager)).data?.createPlace;
    const archived = await directory.query(
      'mutation ($id: ID!) { archivePlace(id: $id) { id } }',
      { id: created.id },
      landesManager,
    );
    expect(archived.errors).toBeUndefined();
    expect(
      (await directory.query('query ($id: ID!) { place(id: $id) { id } }', { id: created.id })).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
  });
});

describe('reports of errors on places', () => {
  let placeId: string;

  beforeAll(async () => {
    placeId = (await create(landesManager)).data?.createPlace.id;
  });

  const REPORT =
    'mutation ($id: ID!, $message: String!) { reportPlaceIssue(placeId: $id, kind: WRONG_HOURS, message: $message, contact: "a@b.fr") { id createdAt } }';
  const LIST =
    '{ placeIssueReports(status: OPEN) { totalCount edges { node { id kind message contact status place { id } } } } }';

  it('lets anyone report, and only the managers of the place read and resolve the reports', async () => {
    const report = await directory.query(REPORT, {
      id: placeId,
      message: 'Fermé le mercredi depuis septembre',
    });
    expect(report.errors).toBeUndefined();
    const reportId = report.data?.reportPlaceIssue.id;

    expect((await directory.query(LIST)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await directory.query(LIST, undefined, girondeManager)).data?.placeIssueReports.totalCount).toBe(
      0,
    );
    const listed = await directory.query(LIST, undefined, landesManager);
    expect(listed.data?.placeIssueReports.edges).toEqual([
      {
        node: {
          id: reportId,
          kind: 'WRONG_HOURS',
          message: 'Fermé le mercredi depuis septembre',
          contact: 'a@b.fr',
          status: 'OPEN',
          place: { id: placeId },
        },
      },
    ]);

    const RESOLVE =
      'mutation ($id: ID!) { resolvePlaceIssueReport(id: $id, status: RESOLVED, note: "Horaires corrigés") { status resolvedBy resolutionNote } }';
    expect(
      (await directory.query(RESOLVE, { id: reportId }, girondeManager)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const resolved = await directory.query(RESOLVE, { id: reportId }, landesManager);
    expect(resolved.data?.resolvePlaceIssueReport).toEqual({
      status: 'RESOLVED',
      resolvedBy: 'landes@example.org',
      resolutionNote: 'Horaires corrigés',
    });
    expect((await directory.query(LIST, undefined, landesManager)).data?.placeIssueReports.totalCount).toBe(
      0,
    );
  });

  it('refuses empty messages and unknown places', async () => {
    expect(
      (await directory.query(REPORT, { id: placeId, message: 'no' })).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (
        await directory.query(REPORT, {
          id: '00000000-0000-4000-8000-000000000000',
          message: 'Fermé définitivement',
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
  });
});

describe('text that cannot be stored', () => {
  let placeId: string;

  beforeAll(async () => {
    placeId = (await create(landesManager)).data?.createPlace.id;
  });

  const UPDATE =
    'mutation ($id: ID!, $input: PlaceUpdateInput!) { updatePlace(id: $id, input: $input) { id } }';
  const REPORT =
    'mutation ($id: ID!, $message: String!, $contact: String) { reportPlaceIssue(placeId: $id, kind: OTHER, message: $message, contact: $contact) { id } }';
  const reportInline = (message: string) =>
    `mutation ($id: ID!) { reportPlaceIssue(placeId: $id, kind: OTHER, message: "${message}") { id } }`;
  const createInline = (name: string) =>
    `mutation { createPlace(source: "reseau", input: { pivot: "21400192600019", name: "${name}", address: { street: "1 rue", postalCode: "40000", communeName: "Mont-de-Marsan" } }) { id } }`;

  // GraphQL's grammar has no lone surrogate escape in a string literal: such a document is a syntax error.
  it.each<[string, () => [string, Record<string, unknown>], string?]>([
    [
      'createPlace, a NUL in a variable',
      () => [CREATE, { source: 'reseau', input: placeInput({ name: 'Lieu\u0000' }) }],
    ],
    [
      'createPlace, a lone surrogate in a variable',
      () => [CREATE, { source: 'reseau', input: placeInput({ emails: ['a\ud800@b.fr'] }) }],
    ],
    ['createPlace, a NUL in an inline string', () => [createInline('Lieu\\u0000'), {}]],
    [
      'createPlace, a lone surrogate in an inline string',
      () => [createInline('Lieu\\ud800'), {}],
      'GRAPHQL_PARSE_FAILED',
    ],
    ['updatePlace, a NUL in a variable', () => [UPDATE, { id: placeId, input: { summary: 'a\u0000b' } }]],
    [
      'updatePlace, a lone surrogate in a variable',
      () => [UPDATE, { id: placeId, input: { name: '\udfff' } }],
    ],
    [
      'updatePlace, a NUL in an inline string',
      () => [
        `mutation ($id: ID!) { updatePlace(id: $id, input: { summary: "a\\u0000b" }) { id } }`,
        { id: placeId },
      ],
    ],
    [
      'reportPlaceIssue, a NUL in a variable',
      () => [REPORT, { id: placeId, message: 'Fermé\u0000 le lundi' }],
    ],
    [
      'reportPlaceIssue, a lone surrogate in a variable',
      () => [REPORT, { id: placeId, message: 'Fermé le lundi', contact: '\ud800' }],
    ],
    [
      'reportPlaceIssue, a NUL in an inline string',
      () => [reportInline('Fermé\\u0000 le lundi'), { id: placeId }],
    ],
    [
      'reportPlaceIssue, a lone surrogate in an inline string',
      () => [reportInline('Fermé\\ud800 le lundi'), { id: placeId }],
      'GRAPHQL_PARSE_FAILED',
    ],
  ])(
    '%s is refused as a client error, and nothing is written',
    async (_case, operation, code = 'BAD_USER_INPUT') => {
      const [query, variables] = operation();
      const before = await Promise.all([
        directory.prisma.place.count(),
        directory.prisma.placeIssueReport.count(),
      ]);
      const response = await directory.query(query, variables, landesManager);
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions?.code).toBe(code);
      expect(
        await Promise.all([directory.prisma.place.count(), directory.prisma.placeIssueReport.count()]),
      ).toEqual(before);
    },
  );
});

describe('duplicates', () => {
  const DUPLICATES = `{ placeDuplicates(territory: { kind: DEPARTMENT, code: "64" }) {
    totalCount edges { node { first { id name } second { id name } reasons nameSimilarity distanceMeters } }
  } }`;
  let basque: Record<string, string>;
  let ids: Record<string, string>;

  beforeAll(async () => {
    basque = await authorizationFor([{ role: 'data-manager', department: '64' }], 'pays-basque@example.org');
    const headers = basque;
    const make = async (name: string, pivot: string, latitude: number, extra: Record<string, unknown> = {}) =>
      (
        await create(
          headers,
          placeInput({
            name,
            pivot,
            address: { street: '1 rue', postalCode: '64100', communeName: 'Bayonne' },
            location: { latitude, longitude: -1.475 },
            ...extra,
          }),
        )
      ).data?.createPlace.id as string;
    ids = {
      library: await make('Médiathèque de Bayonne', '21640102100011', 43.4929),
      libraryAgain: await make('Mediatheque Bayonne', '00000000000000', 43.4931, {
        website: 'https://mediatheque.bayonne.fr',
        summary: 'Le réseau des médiathèques',
      }),
      farLibrary: await make('Médiathèque de Bayonne', '00000000000000', 43.6),
      samePivotA: await make('France Services Bayonne', '21640102100029', 43.45),
      samePivotB: await make('Maison France Services', '21640102100029', 43.4),
    };
  });

  it('lists same pivots and alike names within 100 m, not alike names far apart', async () => {
    const { data, errors } = await directory.query(DUPLICATES, undefined, basque);
    expect(errors).toBeUndefined();
    const pairs = data?.placeDuplicates.edges.map((edge: any) => edge.node);
    expect(pairs).toHaveLength(2);
    expect(pairs[0].reasons).toEqual(['SAME_PIVOT']);
    expect(new Set([pairs[0].first.id, pairs[0].second.id])).toEqual(
      new Set([ids.samePivotA, ids.samePivotB]),
    );
    expect(pairs[1]).toMatchObject({ reasons: ['SIMILAR_NAME_NEARBY'], distanceMeters: expect.any(Number) });
    expect(pairs[1].distanceMeters).toBeLessThan(100);
    expect(new Set([pairs[1].first.id, pairs[1].second.id])).toEqual(
      new Set([ids.library, ids.libraryAgain]),
    );
    expect(
      (await directory.query(DUPLICATES, undefined, landesManager)).data?.placeDuplicates.totalCount,
    ).toBe(0);
  });

  it('forgets a dismissed pair, and merges the other into one place', async () => {
    const headers = basque;
    const dismissed = await directory.query(
      'mutation ($a: ID!, $b: ID!) { dismissDuplicate(firstId: $a, secondId: $b) }',
      { a: ids.samePivotB, b: ids.samePivotA },
      headers,
    );
    expect(dismissed.data?.dismissDuplicate).toBe(true);
    await directory.query(
      'mutation ($id: ID!) { reportPlaceIssue(placeId: $id, kind: DUPLICATE, message: "Deux fois la même médiathèque") { id } }',
      { id: ids.libraryAgain },
    );

    const merged = await directory.query(
      'mutation ($keep: ID!, $merge: [ID!]!) { mergePlaces(keepId: $keep, mergeIds: $merge) { id name website summary } }',
      { keep: ids.library, merge: [ids.libraryAgain] },
      headers,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.mergePlaces).toEqual({
      id: ids.library,
      name: 'Médiathèque de Bayonne',
      website: 'https://mediatheque.bayonne.fr',
      summary: 'Le réseau des médiathèques',
    });
    const gone = await directory.prisma.place.findUniqueOrThrow({ where: { id: ids.libraryAgain } });
    expect(gone).toMatchObject({ mergedIntoId: ids.library, archivedAt: expect.any(Date) });
    expect(await directory.prisma.placeIssueReport.count({ where: { placeId: ids.library } })).toBe(1);
    expect((await directory.query(DUPLICATES, undefined, headers)).data?.placeDuplicates.totalCount).toBe(0);
  });

  it('refuses to merge places the caller does not manage', async () => {
    const { errors } = await directory.query(
      'mutation ($keep: ID!, $merge: [ID!]!) { mergePlaces(keepId: $keep, mergeIds: $merge) { id } }',
      { keep: ids.samePivotA, merge: [ids.samePivotB] },
      landesManager,
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
