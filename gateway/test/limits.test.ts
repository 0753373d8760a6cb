import { buildSchema, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { measureOperation } from '../src/limits';

const schema = buildSchema(`
  type Query { department(code: String!): Department regions: [Region!]! }
  type Region { name: String! departments: [Department!]! }
  type Department { name: String! region: Region! places(first: Int, last: Int, after: String): PlaceConnection! }
  type PlaceConnection { totalCount: Int! edges: [PlaceEdge!]! }
  type PlaceEdge { node: Place! }
  type Place { name: String! }
`);

function measure(text: string, variables: Record<string, unknown> = {}) {
  const document = parse(text);
  const operation = document.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const fragments = document.definitions.filter(
    (definition) => definition.kind === Kind.FRAGMENT_DEFINITION,
  ) as FragmentDefinitionNode[];
  return measureOperation(schema, operation, fragments, variables);
}

describe('query measure', () => {
  it('counts depth as nested fields', () => {
    expect(measure('{ department(code: "40") { name } }').depth).toBe(2);
    expect(measure('{ department(code: "40") { region { departments { name } } } }').depth).toBe(4);
  });

  it('multiplies a connection by its page size, from literals or variables', () => {
    // department 1 + places 1 + edges 1 + 10 × (node + name)
    expect(measure('{ department(code: "40") { places(first: 10) { edges { node { name } } } } }').cost).toBe(
      23,
    );
    expect(
      measure(
        'query ($n: Int) { department(code: "40") { places(first: $n) { edges { node { name } } } } }',
        { n: 50 },
      ).cost,
    ).toBe(103);
    // No page size: the default of 20.
    expect(measure('{ department(code: "40") { places { edges { node { name } } } } }').cost).toBe(
      3 + 20 * 2,
    );
  });

  it('assumes ten items in a plain list and follows fragments', () => {
    const direct = measure('{ regions { departments { name } } }');
    expect(direct).toEqual({ depth: 3, cost: 1 + 10 + 100 });
    const viaFragments = measure(
      'query { regions { ...RegionFields } } fragment RegionFields on Region { departments { ... on Department { name } } }',
    );
    expect(viaFragments).toEqual(direct);
  });

  it('ignores introspection fields', () => {
    expect(
      measure(
        '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }',
      ),
    ).toEqual({
      depth: 0,
      cost: 0,
    });
  });
});
