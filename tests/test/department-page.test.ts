import { postGraphQL } from '@passerelle/platform/testing';
import { startTestPlatform, type TestPlatform } from '../src/platform';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform('department_page');
});

afterAll(async () => {
  await platform?.stop();
});

/** What a département's page of a portal asks, in one query: three subgraphs answer it. */
const DEPARTMENT_PAGE = `query DepartmentPage($code: String!) {
  department(code: $code) {
    name
    region { name }
    governance {
      coLeaders { organizationName }
      roadmaps {
        title
        actions {
          title status totalBudget fundingRequested fundingGranted
          fundingLines { status amountRequested amountGranted program { name status funder { name kind } } }
        }
      }
      statistics { members actions budgetPlanned fundingRequested fundingGranted }
    }
    fundingPrograms(filter: { status: [OPEN, CLOSING_SOON, PERMANENT] }, first: 50) {
      totalCount edges { node { name status closesOn funder { name } fundedActions { roadmap { title } } } }
    }
    places(first: 3) { totalCount edges { node { name passNumeriqueCampaigns { issuer } } } }
  }
}`;

describe('a département page through the gateway', () => {
  it('gathers the governance and its funded actions, the programmes open to it and its places', async () => {
    const { data, errors } = await postGraphQL(platform.gatewayUrl, DEPARTMENT_PAGE, { code: '40' });
    expect(errors).toBeUndefined();
    const department = data?.department;
    expect(department).toMatchObject({ name: 'Landes', region: { name: 'Nouvelle-Aquitaine' } });

    const actions = department.governance.roadmaps[0].actions;
    expect(actions.length).toBeGreaterThan(0);
    const lines = actions.flatMap((action: any) => action.fundingLines);
    // Programme names and funders come from the funding subgraph.
    expect(lines.map((line: any) => line.program.name)).toContain('Conseillers numériques');
    expect(lines.find((line: any) => line.program.name === 'Conseillers numériques').program.funder).toEqual({
      name: 'Agence nationale de la cohésion des territoires (ANCT)',
      kind: 'STATE',
    });
    expect(department.governance.statistics.fundingGranted).toBe(
      lines
        .filter((line: any) => line.status === 'ACCEPTED')
        .reduce((sum: number, line: any) => sum + line.amountGranted, 0),
    );

    const programs = department.fundingPrograms.edges.map((edge: any) => edge.node);
    expect(programs.map((program: any) => program.name)).toContain(
      "Département des Landes — Fonds départemental d'inclusion numérique",
    );
    expect(
      programs.every((program: any) => ['OPEN', 'CLOSING_SOON', 'PERMANENT'].includes(program.status)),
    ).toBe(true);
    // And back from funding to governance: the actions a programme funds.
    const fne = programs.find((program: any) => program.name.startsWith('Fonds France Numérique Ensemble'));
    expect(fne.fundedActions.length).toBeGreaterThan(0);

    expect(department.places.totalCount).toBe(
      await platform.prisma.directory.place.count({ where: { departmentCode: '40' } }),
    );
  });

  it('shows, on a place, the Pass numérique campaigns that accept it', async () => {
    const place = await platform.prisma.directory.place.findFirstOrThrow({
      where: { externalId: 'demo-40-0002' },
    });
    const { data } = await postGraphQL(
      platform.gatewayUrl,
      'query ($id: ID!) { place(id: $id) { name passNumeriqueCampaigns { issuer department { name } } } }',
      {
        id: place.id,
      },
    );
    expect(data?.place.passNumeriqueCampaigns).toEqual([
      { issuer: 'Département des Landes', department: { name: 'Landes' } },
    ]);
  });
});
