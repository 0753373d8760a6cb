import { type DefinitionNode, Kind, parse } from 'graphql';
import { readCommittedFile } from '../compose';

/**
 * Every public type of the supergraph, and every field, argument, input field and enum value of
 * them, has a description: portal developers read the schema as its documentation. Federation's own types
 * and fields are left out.
 */

const FEDERATION_TYPES = new Set(['_Any', '_Entity', '_Service', 'FieldSet', 'link__Import']);
const FEDERATION_FIELDS = new Set(['_entities', '_service']);

function isFederationType(name: string): boolean {
  return FEDERATION_TYPES.has(name) || name.startsWith('join__') || name.startsWith('link__');
}

type DescribedDefinition = Extract<
  DefinitionNode,
  {
    kind:
      | Kind.OBJECT_TYPE_DEFINITION
      | Kind.INTERFACE_TYPE_DEFINITION
      | Kind.INPUT_OBJECT_TYPE_DEFINITION
      | Kind.ENUM_TYPE_DEFINITION
      | Kind.UNION_TYPE_DEFINITION
      | Kind.SCALAR_TYPE_DEFINITION;
  }
>;

const DESCRIBED_KINDS: ReadonlySet<Kind> = new Set([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
  Kind.ENUM_TYPE_DEFINITION,
  Kind.UNION_TYPE_DEFINITION,
  Kind.SCALAR_TYPE_DEFINITION,
]);

function isDescribedDefinition(definition: DefinitionNode): definition is DescribedDefinition {
  return DESCRIBED_KINDS.has(definition.kind);
}

/** `Type`, `Type.member` or `Type.field(argument)` for everything public without a description. */
function undescribed(sdl: string): string[] {
  const missing: string[] = [];
  const blank = (description: { value: string } | undefined) => !description?.value.trim();
  for (const definition of parse(sdl).definitions) {
    if (!isDescribedDefinition(definition) || isFederationType(definition.name.value)) continue;
    const type = definition.name.value;
    if (blank(definition.description)) missing.push(type);
    const members =
      definition.kind === Kind.ENUM_TYPE_DEFINITION
        ? (definition.values ?? [])
        : definition.kind === Kind.UNION_TYPE_DEFINITION || definition.kind === Kind.SCALAR_TYPE_DEFINITION
          ? []
          : (definition.fields ?? []);
    for (const member of members) {
      if (FEDERATION_FIELDS.has(member.name.value)) continue;
      if (blank(member.description)) missing.push(`${type}.${member.name.value}`);
      for (const argument of 'arguments' in member ? (member.arguments ?? []) : []) {
        if (blank(argument.description)) missing.push(`${type}.${member.name.value}(${argument.name.value})`);
      }
    }
  }
  return missing;
}

describe('schema descriptions', () => {
  it('describes every public type, field, argument, input field and enum value of the supergraph', () => {
    expect(undescribed(readCommittedFile('supergraph.graphql'))).toEqual([]);
  });

  it('finds what is not described', () => {
    const sdl = `
      """Described."""
      type Query { described: Int """Yes.""" also(first: Int, """Yes.""" after: String): Int _service: Int }
      enum Colour { RED """Green.""" GREEN }
      input Filter { text: String }
      union Result = Query
      scalar Moment
      scalar join__FieldSet
      type _Service { sdl: String }
    `;
    expect(undescribed(sdl)).toEqual([
      'Query.described',
      'Query.also(first)',
      'Colour',
      'Colour.RED',
      'Filter',
      'Filter.text',
      'Result',
      'Moment',
    ]);
  });
});
