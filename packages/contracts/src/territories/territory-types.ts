import { notFound } from '@passerelle/platform/errors';
import type { SchemaTypes } from '@pothos/core';
// The federation plugin's builder methods (selection, externalRef) are declared by its import.
import type {} from '@pothos/plugin-federation';
import {
  assertTerritoryCode,
  TERRITORY_KIND_ENUM,
  TERRITORY_TYPE_DESCRIPTIONS,
  type TerritoryKind,
} from './codes';
import { territoryExists } from './lookup';

export interface TerritoryReference {
  kind: TerritoryKind;
  code: string;
}

const TYPENAMES: Record<TerritoryKind, string> = {
  REGION: 'Region',
  DEPARTMENT: 'Department',
  COMMUNE: 'Commune',
};

/** BAD_USER_INPUT for a malformed code, NOT_FOUND for a code the referential does not know. */
export function assertKnownTerritory(territory: TerritoryReference, field: string): void {
  assertTerritoryCode(territory.kind, territory.code, field);
  if (!territoryExists(territory.kind, territory.code))
    throw notFound(TYPENAMES[territory.kind], territory.code);
}

/** The TerritoryKind enum and TerritoryInput, for any subgraph that takes territories as arguments. */
export function territoryInputTypes<Types extends SchemaTypes>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
) {
  const TerritoryKindEnum = builder.enumType('TerritoryKind', TERRITORY_KIND_ENUM);
  const TerritoryInput = builder.inputRef<TerritoryReference>('TerritoryInput').implement({
    description: 'A territory by kind and INSEE code, e.g. { kind: DEPARTMENT, code: "40" }.',
    // Generic builders cannot prove `String` is a string: the declared shape above says it.
    fields: (t) =>
      ({
        kind: t.field({
          type: TerritoryKindEnum,
          required: true,
          description: 'Région, département or commune',
        }),
        code: t.string({ required: true, description: TERRITORY_TYPE_DESCRIPTIONS.code }),
      }) as never,
  });
  return { TerritoryKind: TerritoryKindEnum, TerritoryInput };
}

/**
 * The territory types a subgraph that does not own territories needs: the input types, and
 * references to the governance subgraph's Region, Department and Commune.
 */
export function territoryTypes<Types extends SchemaTypes>(builder: PothosSchemaTypes.SchemaBuilder<Types>) {
  const byCode = builder.selection<{ code: string }>('code');
  const reference = (name: 'Region' | 'Department' | 'Commune') => {
    const ref = builder.externalRef(name, byCode, ({ code }) => ({ code }));
    // The key field must be a field of the extension; subgraphs add theirs with objectFields.
    ref.implement({
      description: TERRITORY_TYPE_DESCRIPTIONS[name],
      fields: (t) =>
        ({
          code: t.exposeString('code' as never, { description: TERRITORY_TYPE_DESCRIPTIONS.code } as never),
        }) as never,
    });
    return ref;
  };
  return {
    ...territoryInputTypes(builder),
    RegionRef: reference('Region'),
    DepartmentRef: reference('Department'),
    CommuneRef: reference('Commune'),
  };
}
