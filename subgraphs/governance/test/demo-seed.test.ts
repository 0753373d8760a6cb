import { loadTerritoryReferential } from '@passerelle/contracts/territories';
import { createTestDatabase, type TestDatabase } from '@passerelle/platform/testing';
import { type PrismaClient, prepareGovernanceDatabase } from '../src/database';
import { seedDemoGovernances } from '../src/seed/demo-governances';

const departmentCount = loadTerritoryReferential().departments.length;
const opened: { database: TestDatabase; prisma: PrismaClient }[] = [];

async function freshDatabase(label: string): Promise<PrismaClient> {
  const database = await createTestDatabase(label);
  const prisma = await prepareGovernanceDatabase(database.url, 'test database');
  opened.push({ database, prisma });
  return prisma;
}

afterAll(async () => {
  for (const { database, prisma } of opened) {
    await prisma.$disconnect();
    await database.drop();
  }
});

/** Each seeded département's rows, table by table: what a whole département looks like. */
async function rowsByDepartment(prisma: PrismaClient): Promise<Map<string, string>> {
  const rows = await prisma.$queryRaw<{ department_code: string; rows: string }[]>`
    SELECT g.department_code, concat_ws(' ',
      (SELECT count(*) FROM governance_member m WHERE m.governance_id = g.id),
      (SELECT count(*) FROM committee c WHERE c.governance_id = g.id),
      (SELECT count(*) FROM roadmap r WHERE r.governance_id = g.id),
      (SELECT count(*) FROM action a JOIN roadmap r ON r.id = a.roadmap_id WHERE r.governance_id = g.id),
      (SELECT count(*) FROM action_owner o JOIN action a ON a.id = o.action_id
        JOIN roadmap r ON r.id = a.roadmap_id WHERE r.governance_id = g.id),
      (SELECT count(*) FROM funding_line l JOIN action a ON a.id = l.action_id
        JOIN roadmap r ON r.id = a.roadmap_id WHERE r.governance_id = g.id),
      (SELECT count(*) FROM financial_envelope e WHERE e.governance_id = g.id)) AS rows
    FROM governance g`;
  return new Map(rows.map((row) => [row.department_code, row.rows]));
}

/** The rows of a seed that ran through, for comparison. */
let complete: Map<string, string>;

beforeAll(async () => {
  const prisma = await freshDatabase('governance_seed_reference');
  await seedDemoGovernances(prisma);
  complete = await rowsByDepartment(prisma);
});

describe('the demo governances seed', () => {
  it('succeeds on a slow database: no transaction lasts long, whatever the number of départements', async () => {
    const prisma = await freshDatabase('governance_seed_slow');
    // Every governance takes 60 ms to write: 6 s for all of them, more than a transaction may last.
    await prisma.$executeRawUnsafe(`CREATE FUNCTION slow_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(0.06); RETURN NEW; END $$`);
    await prisma.$executeRawUnsafe(
      'CREATE TRIGGER slow_governance BEFORE INSERT ON governance FOR EACH ROW EXECUTE FUNCTION slow_write()',
    );
    expect(await seedDemoGovernances(prisma)).toBe(departmentCount);
    expect(complete.size).toBe(departmentCount);
    expect(await rowsByDepartment(prisma)).toEqual(complete);
    expect(await seedDemoGovernances(prisma)).toBe(0);
    expect(await rowsByDepartment(prisma)).toEqual(complete);
  });

  it('leaves whole départements when interrupted, and the next start completes the rest', async () => {
    const prisma = await freshDatabase('governance_seed_interrupted');
    // Writing the Landes fails half-way, after its governance and members: the seed stops there.
    await prisma.$executeRawUnsafe(`CREATE FUNCTION interrupt() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF '40' = ANY(NEW.department_codes) THEN RAISE EXCEPTION 'interrupted'; END IF; RETURN NEW; END $$`);
    await prisma.$executeRawUnsafe(
      'CREATE TRIGGER interrupt BEFORE INSERT ON roadmap FOR EACH ROW EXECUTE FUNCTION interrupt()',
    );
    await expect(seedDemoGovernances(prisma)).rejects.toThrow(/interrupted/);
    const interrupted = await rowsByDepartment(prisma);
    expect(interrupted.has('40')).toBe(false);
    for (const [department, rows] of interrupted)
      expect([department, rows]).toEqual([department, complete.get(department)]);

    await prisma.$executeRawUnsafe('DROP TRIGGER interrupt ON roadmap');
    expect(await seedDemoGovernances(prisma)).toBe(departmentCount - interrupted.size);
    expect(await rowsByDepartment(prisma)).toEqual(complete);
    expect(await seedDemoGovernances(prisma)).toBe(0);
  });
});
