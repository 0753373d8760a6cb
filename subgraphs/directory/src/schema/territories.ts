import {
  assertTerritoryCode,
  type TerritoryKind as Kind,
  notFound,
  TERRITORY_KIND_ENUM,
  territoryExists,
} from '@passerelle/kit';
import { builder } from '../builder';

/** Territories are owned by the governance subgraph; the directory refers to them by code. */

export const TerritoryKind = builder.enumType('TerritoryKind', TERRITORY_KIND_ENUM);

export const TerritoryInput = builder.inputType('TerritoryInput', {
  description: 'A territory by kind and INSEE code, e.g. { kind: DEPARTMENT, code: "40" }.',
  fields: (t) => ({
    kind: t.field({ type: TerritoryKind }),
    code: t.string(),
  }),
});

export interface TerritoryReference {
  kind: Kind;
  code: string;
}

/** BAD_USER_INPUT for a malformed code, NOT_FOUND for a code the referential does not know. */
export function assertKnownTerritory(territory: TerritoryReference, field: string): void {
  assertTerritoryCode(territory.kind, territory.code, field);
  if (!territoryExists(territory.kind, territory.code)) {
    throw notFound(
      territory.kind === 'REGION' ? 'Region' : territory.kind === 'DEPARTMENT' ? 'Department' : 'Commune',
      territory.code,
    );
  }
}

const byCode = builder.selection<{ code: string }>('code');

export const RegionRef = builder.externalRef('Region', byCode, ({ code }) => ({ code }));
export const DepartmentRef = builder.externalRef('Department', byCode, ({ code }) => ({ code }));
export const CommuneRef = builder.externalRef('Commune', byCode, ({ code }) => ({ code }));
