import type { Rule } from '@passerelle/platform/validation';
import { TERRITORY_LABELS, type TerritoryKind } from './codes';
import { loadTerritoryReferential } from './referential';

let codesByKind: Record<TerritoryKind, Set<string>> | undefined;

/** Whether the referential knows this territory (subgraphs that do not own territories ask here). */
export function territoryExists(kind: TerritoryKind, code: string): boolean {
  if (!codesByKind) {
    const referential = loadTerritoryReferential();
    codesByKind = {
      REGION: new Set(referential.regions.map((region) => region.code)),
      DEPARTMENT: new Set(referential.departments.map((department) => department.code)),
      COMMUNE: new Set(referential.communes.map((commune) => commune.code)),
    };
  }
  return codesByKind[kind].has(code);
}

/** The rule a territory's code in an input follows (with InputIssues): the referential knows it. */
export function knownTerritoryCode(kind: TerritoryKind): Rule<string> {
  return { test: (code) => territoryExists(kind, code), reason: `unknown ${TERRITORY_LABELS[kind]}` };
}

let regionOfDepartment: Map<string, string> | undefined;

export function regionCodeOfDepartment(departmentCode: string): string | undefined {
  regionOfDepartment ??= new Map(
    loadTerritoryReferential().departments.map((department) => [department.code, department.regionCode]),
  );
  return regionOfDepartment.get(departmentCode);
}

let departmentsOfRegion: Map<string, string[]> | undefined;

export function departmentCodesOfRegion(regionCode: string): string[] {
  if (!departmentsOfRegion) {
    departmentsOfRegion = new Map();
    for (const department of loadTerritoryReferential().departments) {
      departmentsOfRegion.set(department.regionCode, [
        ...(departmentsOfRegion.get(department.regionCode) ?? []),
        department.code,
      ]);
    }
  }
  return departmentsOfRegion.get(regionCode) ?? [];
}

let centres: Map<string, { latitude: number; longitude: number }> | undefined;

/** A commune's centre (WGS 84), or undefined for an unknown code or a commune the referential gives none. */
export function communeCentre(communeCode: string): { latitude: number; longitude: number } | undefined {
  centres ??= new Map(
    loadTerritoryReferential().communes.flatMap(({ code, latitude, longitude }) =>
      latitude === null || longitude === null ? [] : [[code, { latitude, longitude }] as const],
    ),
  );
  return centres.get(communeCode);
}
