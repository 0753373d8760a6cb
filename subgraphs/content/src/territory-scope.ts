import { departmentCodeOfCommune, regionCodeOfDepartment } from '@passerelle/contracts/territories';
import { type TerritoryReference } from '@passerelle/contracts/territory-types';
import type { ScopeRecord, TerritoryRecord } from './cms/records';

const key = ({ kind, code }: TerritoryReference) => `${kind}:${code}`;
const lineages = new Map<string, string[]>();

/** A territory and the territories that contain it (commune, département, région), as keys. */
function lineage(territory: TerritoryReference): string[] {
  const own = key(territory);
  let keys = lineages.get(own);
  if (!keys) {
    if (territory.kind === 'COMMUNE') {
      keys = [own, ...lineage({ kind: 'DEPARTMENT', code: departmentCodeOfCommune(territory.code) })];
    } else if (territory.kind === 'DEPARTMENT') {
      const region = regionCodeOfDepartment(territory.code);
      keys = region ? [own, `REGION:${region}`] : [own];
    } else {
      keys = [own];
    }
    lineages.set(own, keys);
  }
  return keys;
}

/** Two territories overlap when they are the same or one contains the other. */
export function overlaps(a: TerritoryReference, b: TerritoryReference): boolean {
  return lineage(a).includes(key(b)) || lineage(b).includes(key(a));
}

/**
 * Whether content scoped so concerns any of these territories: national content concerns all of
 * them (unless left out); content of a région concerns its départements and communes, and the
 * other way round, content of a commune shows on the pages of its département and région.
 */
export function concerns(
  scope: ScopeRecord,
  territories: TerritoryReference[],
  includeNational = true,
): boolean {
  if (scope.national) return includeNational;
  return scope.territories.some((territory) => territories.some((wanted) => overlaps(territory, wanted)));
}

/** The scope of content placed in one territory (a practice, an event). */
export function scopeOf(territory: TerritoryRecord | null): ScopeRecord {
  return { national: false, territories: territory ? [territory] : [] };
}
