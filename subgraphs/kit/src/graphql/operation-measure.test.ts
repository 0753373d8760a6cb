import { buildSchema, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { measureOperation } from './operation-measure';

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
  const { depth, cost } = measureOperation(schema, operation, fragments, variables, 100);
  return { depth, cost };
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

  it('counts introspection in the cost but not in the depth', () => {
    expect(
      measure(
        '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }',
      ),
      // __schema + types + 10 × (name + fields + 10 × (name + type (6 with its ofType chain)))
    ).toEqual({ depth: 0, cost: 1 + 1 + 10 * (1 + 1 + 10 * (1 + 6)) });
  });

  it('measures fragments spreading each other in linear time, with exact costs', () => {
    // Fragment n spreads fragment n-1 twice: walking every spread would take 2^40 steps.
    const fragments = Array.from({ length: 40 }, (_, index) =>
      index === 0
        ? 'fragment F0 on Department { name }'
        : `fragment F${index} on Department { ...F${index - 1} ... on Department { ...F${index - 1} } }`,
    );
    // Finishing at all is the point: each fragment is measured once.
    const { cost } = measure(`{ department(code: "40") { ...F39 } } ${fragments.join(' ')}`);
    // Fields of the same name merge at execution, but the estimate is an upper bound: 2^39 names.
    expect(cost).toBe(1 + 2 ** 39);
  });

  it('counts aliases and out-of-range page sizes over the whole document', () => {
    const document = parse(
      'query ($n: Int) { a: department(code: "1") { ...F } b: department(code: "2") { places(first: $n) { totalCount } } } fragment F on Department { c: name }',
    );
    const [operation, fragment] = document.definitions as [OperationDefinitionNode, FragmentDefinitionNode];
    const measured = measureOperation(schema, operation, [fragment], { n: 500 }, 100);
    expect(measured.aliases).toBe(3);
    expect(measured.pageSizes).toEqual([{ argument: 'first', size: 500 }]);
  });
});
