import type { FundingTheme } from '@passerelle/contracts/funding-themes';
import { type DemoProgramSlug, demoProgramId, stableId } from '@passerelle/contracts/ids';
import { loadTerritoryReferential } from '@passerelle/contracts/territories';
import { SeededRandom } from '@passerelle/platform/seeded-random';
import type { Prisma, PrismaClient } from '../generated/prisma/client';

/**
 * A plausible governance for every département: the State and the département co-lead it, the
 * Caf and the Banque des Territoires co-fund it, the chef-lieu, an association and France Travail
 * take part; a steering and a technical committee; a France Numérique Ensemble road map whose
 * actions ask the funding seed's programmes for money, at every step of a request's life.
 * Deterministic, and added only when absent.
 */

interface DemoAction {
  title: string;
  description: string;
  needs: FundingTheme[];
  budget: [min: number, max: number];
  startsInDays: number;
  lastsDays: number;
  status: 'PLANNED' | 'IN_PROGRESS' | 'DONE';
  owners: number[];
  lines: {
    program: DemoProgramSlug;
    share: number;
    status: 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' | 'REFUSED';
    granted?: number;
  }[];
}

const ACTIONS: DemoAction[] = [
  {
    title: 'Recruter et former des conseillers numériques',
    description:
      'Déployer des conseillers numériques dans les communes et les France Services les moins couvertes, et former les équipes en place.',
    needs: ['MEDIATOR_JOBS', 'TRAINING'],
    budget: [150_000, 400_000],
    startsInDays: -200,
    lastsDays: 730,
    status: 'IN_PROGRESS',
    owners: [1, 2],
    lines: [
      { program: 'conseillers-numeriques', share: 0.4, status: 'ACCEPTED', granted: 0.85 },
      { program: 'fse-plus-inclusion', share: 0.2, status: 'SUBMITTED' },
    ],
  },
  {
    title: 'Équiper les lieux de médiation numérique',
    description:
      'Ordinateurs, tablettes et connexion pour les lieux qui accueillent du public, en priorité en zone rurale.',
    needs: ['EQUIPMENT', 'INTERNET_AND_EQUIPMENT_ACCESS'],
    budget: [80_000, 200_000],
    startsInDays: 30,
    lastsDays: 365,
    status: 'PLANNED',
    owners: [1],
    lines: [
      { program: 'france-numerique-ensemble', share: 0.3, status: 'DRAFT' },
      { program: 'banque-des-territoires-ingenierie', share: 0.15, status: 'REFUSED' },
    ],
  },
  {
    title: 'Animer le réseau des aidants numériques',
    description:
      'Coordonner les aidants (France Services, Aidants Connect, CCAS), organiser des rencontres et un annuaire partagé.',
    needs: ['COORDINATION', 'TRAINING', 'ADMINISTRATIVE_PROCEDURES'],
    budget: [40_000, 90_000],
    startsInDays: -120,
    lastsDays: 540,
    status: 'IN_PROGRESS',
    owners: [0, 1],
    lines: [
      { program: 'france-numerique-ensemble', share: 0.5, status: 'ACCEPTED', granted: 0.9 },
      { program: 'caf-fonds-publics-et-territoires', share: 0.2, status: 'SUBMITTED' },
    ],
  },
  {
    title: 'Ateliers numériques pour les familles',
    description:
      'Ateliers parents-enfants sur les usages du numérique, avec les centres sociaux et les médiathèques.',
    needs: ['PARENTING_AND_EDUCATION', 'SAFE_DIGITAL_USE'],
    budget: [20_000, 45_000],
    startsInDays: -300,
    lastsDays: 250,
    status: 'DONE',
    owners: [2, 4],
    lines: [
      { program: 'caf-fonds-publics-et-territoires', share: 0.5, status: 'ACCEPTED', granted: 1 },
      { program: 'fondation-orange-solidarite', share: 0.3, status: 'ACCEPTED', granted: 0.8 },
    ],
  },
];

interface DemoMember {
  name: string;
  role: 'CO_LEADER' | 'CO_FUNDER' | 'OBSERVER' | 'MEMBER';
  status: 'CANDIDATE' | 'CONFIRMED';
  siret?: string;
  territory?: readonly ['DEPARTMENT' | 'COMMUNE', string];
}

function digits(random: SeededRandom, count: number): string {
  return Array.from({ length: count }, () => random.integer(0, 9)).join('');
}

const round = (amount: number, step: number) => Math.round(amount / step) * step;

/** Adds the governances that are not there yet; returns how many were added. */
export async function seedDemoGovernances(prisma: PrismaClient, now = new Date()): Promise<number> {
  const { departments, regions, communes } = loadTerritoryReferential();
  const regionName = new Map(regions.map((region) => [region.code, region.name]));
  const communeName = new Map(communes.map((commune) => [commune.code, commune.name]));
  const existing = new Set(
    (await prisma.governance.findMany({ select: { departmentCode: true } })).map((row) => row.departmentCode),
  );
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const on = (days: number) => new Date(day + days * 86_400_000);
  const decided = new Date(Math.max(Date.UTC(now.getUTCFullYear(), 0, 2), day - 20 * 86_400_000));

  const missing = departments.filter((department) => !existing.has(department.code));
  for (const department of missing) {
    const governances: Prisma.GovernanceCreateManyInput[] = [];
    const members: Prisma.GovernanceMemberCreateManyInput[] = [];
    const committees: Prisma.CommitteeCreateManyInput[] = [];
    const roadmaps: Prisma.RoadmapCreateManyInput[] = [];
    const actions: Prisma.ActionCreateManyInput[] = [];
    const owners: Prisma.ActionOwnerCreateManyInput[] = [];
    const lines: Prisma.FundingLineCreateManyInput[] = [];
    const envelopes: Prisma.FinancialEnvelopeCreateManyInput[] = [];
    const random = new SeededRandom(`governance:${department.code}`);
    const id = (...names: string[]) => stableId('governance', department.code, ...names);
    const governanceId = id();
    governances.push({ id: governanceId, departmentCode: department.code });

    const capital = department.capitalCode;
    const memberRows: DemoMember[] = [
      {
        name: `Préfecture — ${department.name}`,
        role: 'CO_LEADER',
        status: 'CONFIRMED',
        siret: `1${digits(random, 13)}`,
      },
      {
        name: `Conseil départemental — ${department.name}`,
        role: 'CO_LEADER',
        status: 'CONFIRMED',
        territory: ['DEPARTMENT', department.code] as const,
      },
      {
        name: `Caisse d'allocations familiales — ${department.name}`,
        role: 'CO_FUNDER',
        status: 'CONFIRMED',
        siret: `5${digits(random, 13)}`,
      },
      ...(capital
        ? [
            {
              name: `Ville de ${communeName.get(capital) ?? capital}`,
              role: 'MEMBER',
              status: 'CONFIRMED',
              territory: ['COMMUNE', capital],
            } satisfies DemoMember,
          ]
        : []),

      {
        name: `Emmaüs Connect — ${department.name}`,
        role: 'MEMBER',
        status: 'CANDIDATE',
        siret: `7${digits(random, 13)}`,
      },
      {
        name: `France Travail — ${department.name}`,
        role: 'OBSERVER',
        status: 'CONFIRMED',
        siret: `1${digits(random, 13)}`,
      },
      {
        name: `Banque des Territoires — direction régionale ${regionName.get(department.regionCode) ?? ''}`.trim(),
        role: 'CO_FUNDER',
        status: random.chance(0.5) ? 'CONFIRMED' : 'CANDIDATE',
        siret: `1${digits(random, 13)}`,
      },
    ];
    const memberIds = memberRows.map((member) => id('member', member.name));
    memberRows.forEach((member, index) => {
      members.push({
        id: memberIds[index] as string,
        governanceId,
        organizationName: member.name,
        siret: member.siret ?? null,
        territoryKind: member.territory?.[0] ?? null,
        territoryCode: member.territory?.[1] ?? null,
        role: member.role,
        status: member.status,
        contactEmail: index < 2 ? `inclusion-numerique-${department.slug}@example.gouv.fr` : null,
      });
    });

    committees.push(
      {
        id: id('committee', 'pilotage'),
        governanceId,
        name: 'Comité de pilotage',
        kind: 'STRATEGIC',
        frequency: 'QUARTERLY',
        nextMeetingOn: on(random.integer(10, 80)),
      },
      {
        id: id('committee', 'technique'),
        governanceId,
        name: 'Comité technique',
        kind: 'TECHNICAL',
        frequency: 'MONTHLY',
        nextMeetingOn: on(random.integer(3, 25)),
      },
    );

    const roadmapId = id('roadmap');
    roadmaps.push({
      id: roadmapId,
      governanceId,
      title: `Feuille de route France Numérique Ensemble — ${department.name}`,
      contractType: 'FRANCE_NUMERIQUE_ENSEMBLE_ROADMAP',
      regionCodes: [],
      departmentCodes: [department.code],
      epciSirens: [],
      documentLinks: [
        `https://inclusion-numerique.anct.gouv.fr/gouvernances/departements/${department.code}`,
      ],
    });

    for (const action of ACTIONS) {
      const actionId = id('action', action.title);
      const budget = round(random.integer(...action.budget), 1000);
      const startsOn = on(action.startsInDays + random.integer(-20, 20));
      actions.push({
        id: actionId,
        roadmapId,
        title: action.title,
        description: action.description,
        needs: action.needs,
        totalBudget: budget,
        startsOn,
        endsOn: new Date(startsOn.getTime() + action.lastsDays * 86_400_000),
        status: action.status,
      });
      for (const owner of action.owners) {
        const memberId = memberIds[Math.min(owner, memberIds.length - 1)] as string;
        if (!owners.some((row) => row.actionId === actionId && row.memberId === memberId))
          owners.push({ actionId, memberId });
      }
      for (const line of action.lines) {
        const requested = round(budget * line.share, 500);
        const submitted = line.status !== 'DRAFT';
        const isDecided = line.status === 'ACCEPTED' || line.status === 'REFUSED';
        lines.push({
          id: id('funding-line', action.title, line.program),
          actionId,
          fundingProgramId: demoProgramId(line.program),
          amountRequested: requested,
          amountGranted: line.status === 'ACCEPTED' ? round(requested * (line.granted ?? 1), 500) : null,
          status: line.status,
          submittedAt: submitted ? on(-60) : null,
          decidedAt: isDecided ? decided : null,
        });
      }
    }

    envelopes.push({
      id: id('envelope', String(now.getUTCFullYear())),
      governanceId,
      year: now.getUTCFullYear(),
      ceiling: round(random.integer(200_000, 600_000), 10_000),
      label: `Dotation France Numérique Ensemble ${now.getUTCFullYear()}`,
    });

    // One short transaction per département, never near Prisma's 5 s limit however busy the
    // machine (one for them all outlived it): a département is there whole or not at all, and the
    // next start completes an interrupted seed. Duplicates are skipped for replicas seeding together.
    await prisma.$transaction([
      prisma.governance.createMany({ data: governances, skipDuplicates: true }),
      prisma.governanceMember.createMany({ data: members, skipDuplicates: true }),
      prisma.committee.createMany({ data: committees, skipDuplicates: true }),
      prisma.roadmap.createMany({ data: roadmaps, skipDuplicates: true }),
      prisma.action.createMany({ data: actions, skipDuplicates: true }),
      prisma.actionOwner.createMany({ data: owners, skipDuplicates: true }),
      prisma.fundingLine.createMany({ data: lines, skipDuplicates: true }),
      prisma.financialEnvelope.createMany({ data: envelopes, skipDuplicates: true }),
    ]);
  }
  return missing.length;
}
