import { readFileSync } from 'node:fs';
import { DEFAULT_SUPERGRAPH_PATH } from '@passerelle/gateway';
import fc from 'fast-check';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
  Kind,
  parse,
} from 'graphql';

/**
 * Requests an attacker or a careless client would send, generated with fast-check: operations
 * built from the real schema with hostile arguments, deep nesting, alias, fragment and directive
 * floods, batches, broken and oversized bodies, and `_entities` calls with hostile representations.
 */

export interface HostileRequest {
  kind: string;
  /** Raw body bytes, sent as given (JSON or not). */
  body: string;
  contentType: string;
  /** Send it to a subgraph signed as the gateway signs (else unsigned: it must be refused). */
  signed: boolean;
}

/** Texts that break naive code: injections, NUL, lone surrogates, direction marks, huge and odd ones. */
const HOSTILE_TEXTS = [
  "'; DROP TABLE place; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff tail',
  '\u202eevil\u202c',
  '\ufeff',
  // A log4j-style lookup, written so that no linter takes it for a template.
  ['$', '{jndi:ldap://x/a}'].join(''),
  '../../../../etc/passwd',
  '%00%0d%0a',
  '=HYPERLINK("http://x")',
  '💩'.repeat(200),
  'é'.repeat(5000),
  ' ',
  '',
  '\\',
  '"',
  '{}',
  'null',
];

export const hostileText = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXTS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 20 }),
);

const hostileInt = fc.oneof(
  fc.constantFrom(0, -1, 1, 100, 101, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER),
  fc.integer({ min: -1000, max: 1000 }),
);

/** The supergraph's API: the types a client sees (federation's own directives are declared in it). */
export function supergraphSchema(): GraphQLSchema {
  return buildSchema(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'), { assumeValidSDL: true });
}

/** The root query fields each subgraph resolves, from the supergraph's join directives. */
export function rootFieldsBySubgraph(): Record<string, string[]> {
  const document = parse(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'));
  const fields: Record<string, string[]> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.name.value !== 'Query') continue;
    for (const field of definition.fields ?? []) {
      const join = field.directives?.find((directive) => directive.name.value === 'join__field');
      const graph = join?.arguments?.find((argument) => argument.name.value === 'graph')?.value;
      if (graph?.kind !== Kind.ENUM) continue;
      const subgraph = graph.value.toLowerCase();
      fields[subgraph] = [...(fields[subgraph] ?? []), field.name.value];
    }
  }
  return fields;
}

/** One of some schema objects: by index, as fast-check compares the arguments it is given deeply. */
function pick<Item>(g: fc.GeneratorValue, items: readonly Item[]): Item {
  return items[g(fc.integer, { min: 0, max: items.length - 1 })] as Item;
}

/** A GraphQL literal for an input type: sometimes right, often wrong, sometimes hostile. */
function literalFor(type: GraphQLInputType, g: fc.GeneratorValue, depth: number): string {
  if (g(fc.integer, { min: 0, max: 9 }) === 0) {
    return g(
      fc.constantFrom,
      'null',
      '123',
      '"text"',
      '[1, 2]',
      '{ a: 1 }',
      'WRONG_ENUM',
      '$undefinedVariable',
    );
  }
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    const size = g(fc.constantFrom, 0, 1, 3, 200);
    return `[${Array.from({ length: size }, () => literalFor(nullable.ofType as GraphQLInputType, g, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(nullable)) {
    const values = nullable.getValues().map((value) => value.name);
    return values.length ? g(fc.constantFrom, ...values) : 'NONE';
  }
  if (isInputObjectType(nullable)) {
    if (depth > 3) return '{}';
    const fields = Object.values(nullable.getFields());
    const chosen = fields.filter(() => g(fc.boolean));
    return `{ ${chosen.map((field) => `${field.name}: ${literalFor(field.type, g, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(nullable)) {
    if (nullable.name === 'Int') return String(g(() => hostileInt));
    if (nullable.name === 'Float') return String(g(fc.double, { noNaN: true, noDefaultInfinity: true }));
    if (nullable.name === 'Boolean') return String(g(fc.boolean));
  }
  return JSON.stringify(g(() => hostileText));
}

function argumentsFor(field: GraphQLField<unknown, unknown>, g: fc.GeneratorValue): string {
  const args = field.args.filter(
    (argument: GraphQLArgument) => g(fc.boolean) || argument.type.toString().endsWith('!'),
  );
  if (!args.length) return '';
  return `(${args.map((argument) => `${argument.name}: ${literalFor(argument.type, g, 0)}`).join(', ')})`;
}

/** A selection set on a type, with random fields, arguments and aliases, down to `depth`. */
function selectionFor(
  type: GraphQLNamedType,
  schema: GraphQLSchema,
  g: fc.GeneratorValue,
  depth: number,
): string {
  if (isAbstractType(type)) {
    const possible = schema.getPossibleTypes(type);
    const chosen = possible.filter(() => g(fc.integer, { min: 0, max: 3 }) === 0).slice(0, 3);
    return `{ __typename ${chosen.map((member) => `... on ${member.name} ${selectionFor(member, schema, g, depth)}`).join(' ')} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const fields = Object.values(type.getFields());
  const count = g(fc.integer, { min: 1, max: 4 });
  const selections: string[] = [];
  for (let index = 0; index < count; index++) {
    const field = pick(g, fields);
    const named = getNamedType(field.type);
    const alias = g(fc.integer, { min: 0, max: 4 }) === 0 ? `a${index}: ` : '';
    const composite = isObjectType(named) || isInterfaceType(named) || isAbstractType(named);
    if (composite && depth <= 0) continue;
    const inner = composite ? selectionFor(named, schema, g, depth - 1) : '';
    selections.push(`${alias}${field.name}${argumentsFor(field, g)} ${inner}`);
  }
  return `{ __typename ${selections.join(' ')} }`;
}

/**
 * A query of `count` fragments, each spreading the one before twice: 2^(count-1) copies of one field
 * once expanded, in a few hundred bytes.
 */
export function doublingFragments(count: number): string {
  const definitions = Array.from({ length: count }, (_, index) =>
    index === 0
      ? 'fragment F0 on Department { name }'
      : `fragment F${index} on Department { ...F${index - 1} ... on Department { ...F${index - 1} } }`,
  );
  return `{ department(code: "40") { ...F${count - 1} } } ${definitions.join(' ')}`;
}

const json = (value: unknown) => JSON.stringify(value);
const graphqlBody = (query: string, variables?: unknown, operationName?: string) =>
  json({ query, variables, operationName });

/** Every kind of hostile request, for the gateway (`rootFields` undefined) or one subgraph. */
export function hostileRequests(schema: GraphQLSchema, rootFields?: string[]): fc.Arbitrary<HostileRequest> {
  const queryType = schema.getQueryType();
  if (!queryType) throw new Error('no Query type');
  const roots = Object.values(queryType.getFields()).filter(
    (field) => !rootFields || rootFields.includes(field.name),
  );
  const request = (kind: string, body: string, contentType = 'application/json') => ({
    kind,
    body,
    contentType,
  });

  const fromSchema = fc.gen().map((g) => {
    const field = pick(g, roots);
    const named = getNamedType(field.type);
    const depth = g(fc.integer, { min: 0, max: 6 });
    const inner = isScalarType(named) || isEnumType(named) ? '' : selectionFor(named, schema, g, depth);
    return request('schema', graphqlBody(`{ ${field.name}${argumentsFor(field, g)} ${inner} }`));
  });

  const withVariables = fc
    .record({ value: fc.jsonValue({ maxDepth: 3 }), text: hostileText })
    .map(({ value, text }) =>
      request(
        'variables',
        graphqlBody(
          'query ($filter: PlaceFilter, $first: Int, $code: String!) { places(filter: $filter, first: $first) { totalCount } department(code: $code) { name } }',
          { filter: { text, datasets: [text], openAt: text, territory: value }, first: value, code: text },
        ),
      ),
    );

  const deep = fc.integer({ min: 5, max: 60 }).map((levels) => {
    let selection = 'name';
    for (let level = 0; level < levels; level++) selection = `region { departments { ${selection} } }`;
    return request('deep', graphqlBody(`{ department(code: "40") { ${selection} } }`));
  });

  const aliases = fc
    .tuple(fc.integer({ min: 10, max: 3000 }), fc.constantFrom(...roots))
    .map(([count, field]) => {
      const selection = field.args.some((argument) => argument.type.toString().endsWith('!'))
        ? `${field.name}(code: "40") { __typename }`
        : `${field.name} { __typename }`;
      return request(
        'aliases',
        graphqlBody(
          `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${selection}`).join(' ')} }`,
        ),
      );
    });

  const fragments = fc
    .integer({ min: 2, max: 60 })
    .map((count) => request('fragments', graphqlBody(doublingFragments(count))));

  const directives = fc
    .tuple(fc.integer({ min: 1, max: 3000 }), fc.boolean())
    .map(([count, known]) =>
      request(
        'directives',
        graphqlBody(`{ __typename ${(known ? '@include(if: true) ' : '@unknown ').repeat(count)}}`),
      ),
    );

  const batch = fc
    .array(fc.constantFrom('{ __typename }', '{ regions { code } }'), { minLength: 2, maxLength: 50 })
    .map((queries) => request('batch', json(queries.map((query) => ({ query })))));

  const brokenBodies = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }).map((text) => request('garbage', text)),
    fc
      .constantFrom(
        '',
        '{',
        'null',
        '[]',
        '"query"',
        '{"query": 123}',
        '{"query": null}',
        '{"query": "{ __typename }", "variables": "x"}',
        '{"query": "{ __typename }", "operationName": 7}',
        '{"query": "query A { __typename } query B { __typename }"}',
        '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}',
        '{"query": "subscription { __typename }"}',
        '{"query": "mutation { __typename }"}',
        '{"query": "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }"}',
      )
      .map((text) => request('malformed', text)),
    fc
      .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x')
      .map((type) => request('content-type', graphqlBody('{ __typename }'), type)),
    fc
      .integer({ min: 101, max: 400 })
      .map((kilobytes) =>
        request('oversized', graphqlBody(`{ __typename }`, { padding: 'x'.repeat(kilobytes * 1024) })),
      ),
    fc
      .integer({ min: 100, max: 20_000 })
      .map((levels) =>
        request(
          'nested-json',
          `{"query": "{ __typename }", "variables": {"a": ${'['.repeat(levels)}${']'.repeat(levels)}}}`,
        ),
      ),
    fc
      .integer({ min: 1, max: 100 })
      .map((kilobytes) => request('long-token', graphqlBody(`{ ${'a'.repeat(kilobytes * 900)} }`))),
  );

  const entities = fc
    .oneof(
      fc.array(
        fc.record({
          __typename: fc.constantFrom('Department', 'Place', 'FundingProgram', 'Nope'),
          code: hostileText,
          id: hostileText,
        }),
        {
          maxLength: 3000,
        },
      ),
      fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 20 }),
    )
    .map((representations) =>
      request(
        'entities',
        graphqlBody(
          'query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Department { name } ... on Place { name } ... on FundingProgram { name } } }',
          { r: representations },
        ),
      ),
    );

  const shapes = [
    fromSchema,
    fromSchema,
    fromSchema,
    withVariables,
    deep,
    aliases,
    fragments,
    directives,
    batch,
    brokenBodies,
  ];
  if (rootFields) shapes.push(entities);
  return fc.tuple(fc.oneof(...shapes), fc.integer({ min: 0, max: 9 })).map(([built, dice]) => ({
    ...built,
    // Straight at a subgraph, most requests come signed (to reach its own limits); some do not.
    signed: rootFields ? dice > 0 : false,
  }));
}
