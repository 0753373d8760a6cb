import {
  type CommuneRecord,
  loadTerritoryReferential,
  MUNICIPAL_ARRONDISSEMENTS,
  regionCodeOfDepartment,
} from '@passerelle/contracts/territories';
import { normalizeForSearch } from '@passerelle/platform/validation';

/**
 * Finds a place's commune and département from what producers write: the INSEE code when given
 * and known, else the postal code and the commune's name (case- and accent-insensitive, `St` for
 * `Saint`, hyphens or not, `Cedex` ignored, and when nothing else matches, the article left out or
 * added: "Ile-Rousse" for L'Île-Rousse). Without a match the département still comes from the
 * postal code (Corsica's 20xxx are 2A or 2B, overseas 97xxx have three-digit départements).
 */

export interface Location {
  communeCode: string | null;
  departmentCode: string;
  regionCode: string;
  /** How the commune was found, or why not. */
  match: 'insee-code' | 'postal-code-and-name' | 'name-in-department' | 'unmatched';
}

/** "St-Paul-lès-Dax Cedex 2" → "saint paul les dax". */
export function communeNameKey(name: string): string {
  return normalizeForSearch(name)
    .replace(/\bcedex( \d+)?$/, '')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint')
    .trim();
}

/** "L'Île-Rousse" → "ile rousse": producers often leave out (or add) a commune's article. */
function nameKeyWithoutArticle(name: string): string {
  return communeNameKey(name).replace(/^(?:l|le|la|les) /, '');
}

type NameKey = (name: string) => string;

/**
 * The name as written first: without its article, a name may meet another commune's ("Vergne"
 * is Vergné, not La Vergne), so that only counts when the name as written matched nothing.
 */
const NAME_KEYS: NameKey[] = [communeNameKey, nameKeyWithoutArticle];

interface Index {
  byCode: Map<string, CommuneRecord>;
  byPostalCode: Map<string, CommuneRecord[]>;
}

let index: Index | undefined;
/**
 * département → name key without article → communes; built on first need (normalising 37,000
 * names takes a while).
 */
let byDepartmentAndName: Map<string, Map<string, CommuneRecord[]>> | undefined;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function communeIndex(): Index {
  if (index) return index;
  const built: Index = { byCode: new Map(), byPostalCode: new Map() };
  for (const commune of loadTerritoryReferential().communes) {
    built.byCode.set(commune.code, commune);
    for (const postalCode of commune.postalCodes) push(built.byPostalCode, postalCode, commune);
  }
  index = built;
  return built;
}

/** The communes of the département whose name is `name`, article or not. */
function communesNamedLike(departmentCode: string, name: string): CommuneRecord[] {
  if (!byDepartmentAndName) {
    byDepartmentAndName = new Map();
    for (const commune of loadTerritoryReferential().communes) {
      const names = byDepartmentAndName.get(commune.departmentCode) ?? new Map<string, CommuneRecord[]>();
      byDepartmentAndName.set(commune.departmentCode, names);
      for (const communeName of [commune.name, ...commune.formerNames])
        push(names, nameKeyWithoutArticle(communeName), commune);
    }
  }
  return byDepartmentAndName.get(departmentCode)?.get(nameKeyWithoutArticle(name)) ?? [];
}

/** The département of a postal code: from the communes that use it, else from its first digits. */
export function departmentOfPostalCode(postalCode: string): string | null {
  const communes = communeIndex().byPostalCode.get(postalCode);
  const departments = new Set(communes?.map((commune) => commune.departmentCode));
  if (departments.size === 1) return [...departments][0] as string;
  let code: string;
  if (postalCode.startsWith('20')) code = Number(postalCode) < 20200 ? '2A' : '2B';
  else if (postalCode.startsWith('97')) code = postalCode.slice(0, 3);
  else code = postalCode.slice(0, 2);
  return regionCodeOfDepartment(code) ? code : null;
}

function located(commune: CommuneRecord, match: Location['match']): Location {
  return {
    communeCode: commune.code,
    departmentCode: commune.departmentCode,
    regionCode: regionCodeOfDepartment(commune.departmentCode) as string,
    match,
  };
}

/**
 * The one commune of `candidates` whose name has the key of `name`. Paris, Lyon and Marseille also
 * match the one arrondissement their postal code designates ("Paris", 75015 → Paris 15e
 * Arrondissement).
 */
function byName(candidates: CommuneRecord[], name: string, keyOf: NameKey): CommuneRecord | undefined {
  const key = keyOf(name);
  const exact = candidates.filter((commune) =>
    [commune.name, ...commune.formerNames].some((communeName) => keyOf(communeName) === key),
  );
  const arrondissements = candidates.filter(
    (commune) => keyOf(commune.name).startsWith(`${key} `) && isArrondissement(commune.code),
  );
  if (arrondissements.length === 1) return arrondissements[0];
  return exact.length === 1 ? exact[0] : undefined;
}

const arrondissementCodes = new Set(Object.values(MUNICIPAL_ARRONDISSEMENTS).flat());

function isArrondissement(code: string): boolean {
  return arrondissementCodes.has(code);
}

/** Null when the postal code belongs to no département of the referential. */
export function locateCommune(input: {
  inseeCode?: string;
  postalCode: string;
  communeName: string;
}): Location | null {
  const { byCode, byPostalCode } = communeIndex();
  const known = input.inseeCode ? byCode.get(input.inseeCode) : undefined;
  if (known) return located(known, 'insee-code');

  const departmentCode = departmentOfPostalCode(input.postalCode);
  for (const keyOf of NAME_KEYS) {
    const withPostalCode = byName(byPostalCode.get(input.postalCode) ?? [], input.communeName, keyOf);
    if (withPostalCode) return located(withPostalCode, 'postal-code-and-name');
    const inDepartment =
      departmentCode &&
      byName(communesNamedLike(departmentCode, input.communeName), input.communeName, keyOf);
    if (inDepartment) return located(inDepartment, 'name-in-department');
  }
  if (!departmentCode) return null;
  return {
    communeCode: null,
    departmentCode,
    regionCode: regionCodeOfDepartment(departmentCode) as string,
    match: 'unmatched',
  };
}
