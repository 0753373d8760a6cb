export {
  assertTerritoryCode,
  MUNICIPAL_ARRONDISSEMENTS,
  TERRITORY_CODE_PATTERNS,
  TERRITORY_KIND_ENUM,
  TERRITORY_LABELS,
  TERRITORY_TYPE_DESCRIPTIONS,
  type TerritoryKind,
} from './codes';
export {
  communeCentre,
  departmentCodesOfRegion,
  knownTerritoryCode,
  regionCodeOfDepartment,
  territoryExists,
} from './lookup';
export {
  type CommuneRecord,
  type DepartmentRecord,
  departmentCodeOfCommune,
  loadTerritoryReferential,
  type RegionRecord,
  type TerritoryReferential,
} from './referential';
