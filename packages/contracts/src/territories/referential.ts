import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * The French territorial referential: régions, départements and communes from the INSEE files in
 * `reference/territories/`, with each commune's postal codes and population joined from
 * Etalab's découpage administratif (same INSEE codes).
 */

export interface RegionRecord {
  code: string;
  name: string;
  slug: string;
  latitude: number;
  longitude: number;
}

export interface DepartmentRecord {
  code: string;
  name: string;
  slug: string;
  regionCode: string;
  /** INSEE code of its chef-lieu (the commune of the préfecture), from Etalab. */
  capitalCode: string | null;
  latitude: number;
  longitude: number;
}

export interface CommuneRecord {
  code: string;
  name: string;
  /** Former or delegated communes that share the code (the INSEE file lists them after the current name). */
  formerNames: string[];
  departmentCode: string;
  postalCodes: string[];
  population: number | null;
  /** Its centre (WGS 84), from `communes-centres.csv`; null for the few communes it lacks. */
  latitude: number | null;
  longitude: number | null;
}

export interface TerritoryReferential {
  regions: RegionRecord[];
  departments: DepartmentRecord[];
  communes: CommuneRecord[];
  /** Changes whenever any source file changes, so loaders know when to reload. */
  checksum: string;
}

const referenceDir = path.join(__dirname, '..', '..', 'reference', 'territories');

/** Overseas départements have three-digit codes (971...978); Corsica's are 2A and 2B. */
export function departmentCodeOfCommune(communeCode: string): string {
  return communeCode.startsWith('97') ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
}

function readCsv(file: string): { rows: Record<string, string>[]; text: string } {
  const text = readFileSync(path.join(referenceDir, file), 'utf8');
  return { rows: parse(text, { columns: true, skip_empty_lines: true, trim: true }), text };
}

interface EtalabCommune {
  code: string;
  nom: string;
  departement?: string;
  type: string;
  codesPostaux?: string[];
  population?: number;
}

function loadEtalabCommunes(): Map<string, EtalabCommune> {
  const communes: EtalabCommune[] = require('@etalab/decoupage-administratif/data/communes.json');
  return new Map(
    communes
      .filter((commune) => commune.type === 'commune-actuelle' || commune.type === 'arrondissement-municipal')
      .map((commune) => [commune.code, commune]),
  );
}

let cached: TerritoryReferential | undefined;

export function loadTerritoryReferential(): TerritoryReferential {
  if (cached) return cached;
  const regionsCsv = readCsv('regions.csv');
  const departmentsCsv = readCsv('departements.csv');
  const communesCsv = readCsv('communes.csv');
  const centresCsv = readCsv('communes-centres.csv');
  const centres = new Map(
    centresCsv.rows.map((row) => [
      String(row.code),
      { latitude: Number(row.latitude), longitude: Number(row.longitude) },
    ]),
  );
  const centreOf = (code: string) => centres.get(code) ?? { latitude: null, longitude: null };
  const etalab = loadEtalabCommunes();
  const etalabVersion: string = require('@etalab/decoupage-administratif/package.json').version;

  const regions = regionsCsv.rows.map((row) => ({
    code: String(row.code),
    name: String(row.nom),
    slug: String(row.slug),
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
  }));
  const capitals: Map<string, string> = new Map(
    (
      require('@etalab/decoupage-administratif/data/departements.json') as {
        code: string;
        chefLieu?: string;
      }[]
    ).flatMap((department) => (department.chefLieu ? [[department.code, department.chefLieu] as const] : [])),
  );
  const departments = departmentsCsv.rows.map((row) => ({
    code: String(row.code),
    name: String(row.nom),
    slug: String(row.slug),
    regionCode: String(row.region_code),
    capitalCode: capitals.get(String(row.code)) ?? null,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
  }));

  const communesByCode = new Map<string, CommuneRecord>();
  for (const row of communesCsv.rows) {
    const code = String(row.code);
    const name = String(row.nom);
    const existing = communesByCode.get(code);
    if (existing) {
      existing.formerNames.push(name);
      continue;
    }
    const extra = etalab.get(code);
    communesByCode.set(code, {
      code,
      name,
      formerNames: [],
      departmentCode: departmentCodeOfCommune(code),
      postalCodes: extra?.codesPostaux ?? [],
      population: extra?.population ?? null,
      ...centreOf(code),
    });
  }

  // The INSEE file lists Saint-Martin (978) as a département but none of its communes: take a
  // département's communes from Etalab when the INSEE file has none.
  const departmentsWithCommunes = new Set(
    [...communesByCode.values()].map((commune) => commune.departmentCode),
  );
  for (const department of departments) {
    if (departmentsWithCommunes.has(department.code)) continue;
    for (const commune of etalab.values()) {
      if (commune.departement !== department.code || commune.type !== 'commune-actuelle') continue;
      communesByCode.set(commune.code, {
        code: commune.code,
        name: commune.nom,
        formerNames: [],
        departmentCode: department.code,
        postalCodes: commune.codesPostaux ?? [],
        population: commune.population ?? null,
        ...centreOf(commune.code),
      });
    }
  }

  const checksum = createHash('sha256')
    .update(regionsCsv.text)
    .update(departmentsCsv.text)
    .update(communesCsv.text)
    .update(centresCsv.text)
    .update(etalabVersion)
    .digest('hex');
  cached = { regions, departments, communes: [...communesByCode.values()], checksum };
  return cached;
}
