import {
  buildSchema,
  type FragmentDefinitionNode,
  getIntrospectionQuery,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { expandedFieldCount, measureOperation } from './operation-measure';

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
  return measureOperation(schema, operation, fragments, variables, 100).cost;
}

describe('query measure', () => {
  it('multiplies a connection by its page size, from literals or variables', () => {
    // department 1 + places 1 + edges 1 + 10 × (node + name)
    expect(measure('{ department(code: "40") { places(first: 10) { edges { node { name } } } } }')).toBe(23);
    expect(
      measure(
        'query ($n: Int) { department(code: "40") { places(first: $n) { edges { node { name } } } } }',
        { n: 50 },
      ),
    ).toBe(103);
    // No page size: the default of 20.
    expect(measure('{ department(code: "40") { places { edges { node { name } } } } }')).toBe(3 + 20 * 2);
  });

  it('assumes ten items in a plain list and follows fragments', () => {
    const direct = measure('{ regions { departments { name } } }');
    expect(direct).toBe(1 + 10 + 100);
    const viaFragments = measure(
      'query { regions { ...RegionFields } } fragment RegionFields on Region { departments { ... on Department { name } } }',
    );
    expect(viaFragments).toBe(direct);
  });

  it('ignores introspection, which validation bounds, so that explorers can load the schema', () => {
    expect(measure(getIntrospectionQuery())).toBe(0);
    expect(measure('{ __typename department(code: "40") { __typename name } }')).toBe(2);
  });

  it('measures fragments spreading each other in linear time, with exact costs', () => {
    // Fragment n spreads fragment n-1 twice: walking every spread would take 2^40 steps.
    const fragments = Array.from({ length: 40 }, (_, index) =>
      index === 0
        ? 'fragment F0 on Department { name }'
        : `fragment F${index} on Department { ...F${index - 1} ... on Department { ...F${index - 1} } }`,
    );
    // Finishing at all is the point: each fragment is measured once.
    const cost = measure(`{ department(code: "40") { ...F39 } } ${fragments.join(' ')}`);
    // Fields of the same name merge at execution, but the estimate is an upper bound: 2^39 names.
    expect(cost).toBe(1 + 2 ** 39);
  });

  it('finds out-of-range page sizes, from literals or variables, inside fragments too', () => {
    const document = parse(
      'query ($n: Int) { department(code: "2") { ...F } } fragment F on Department { places(first: $n) { totalCount } }',
    );
    const [operation, fragment] = document.definitions as [OperationDefinitionNode, FragmentDefinitionNode];
    expect(measureOperation(schema, operation, [fragment], { n: 500 }, 100).pageSizes).toEqual([
      { argument: 'first', size: 500 },
    ]);
  });
});

describe('expanded field count', () => {
  it('counts the fields fragments expand into, each fragment once, in linear time', () => {
    const fragments = Array.from({ length: 40 }, (_, index) =>
      index === 0
        ? 'fragment F0 on Department { name code }'
        : `fragment F${index} on Department { ...F${index - 1} region { ...F${index - 1} } }`,
    );
    // F0 has 2 fields; Fn = F(n-1) + region + F(n-1): 2^n × 3 − 1 fields.
    const document = parse(`{ department(code: "40") { ...F39 } } ${fragments.join(' ')}`);
    expect(expandedFieldCount(document)).toBe(1 + 2 ** 39 * 3 - 1);
  });
});
