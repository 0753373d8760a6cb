import { execFileSync } from 'node:child_process';
import { getIntrospectionQuery } from 'graphql';
import {
  DEFAULT_OPERATION_LIMITS,
  type OperationLimits,
  operationGuard,
  subgraphOperationLimits,
} from './operation-guard-plugin';

/** The code and message a document's text is refused with, or null when it may go on to validation. */
function refusal(source: string, limits: Partial<OperationLimits> = {}) {
  const error = operationGuard({ ...DEFAULT_OPERATION_LIMITS, ...limits }).checkDocument(source);
  return error && { code: error.extensions.code, message: error.message, status: error.extensions.http };
}

/** `count` fields of one type, each spread through a fragment that carries `directive`. */
const spreads = (count: number, directive = '') =>
  `{ department(code: "40") { ${'...F '.repeat(count)}} } fragment F on Department { name ${directive} }`;

/** Fragments each spreading the one before twice: 2^(count-1) fields once expanded. */
const doubling = (count: number, name = (index: number) => `F${index}`) =>
  `{ department(code: "40") { ...${name(count - 1)} } } ${Array.from({ length: count }, (_, index) =>
    index === 0
      ? `fragment ${name(0)} on Department { name }`
      : `fragment ${name(index)} on Department { ...${name(index - 1)} ... on Department { ...${name(index - 1)} } }`,
  ).join(' ')}`;

describe('the document check (graphql-armor, before validation)', () => {
  it('refuses nesting deeper than the limit, fragments adding no level, introspection not counted', () => {
    const limits = { maxDepth: 3 };
    expect(refusal('{ department(code: "40") { region { name } } }', limits)).toBeNull();
    expect(refusal('{ department(code: "40") { region { departments { name } } } }', limits)).toEqual({
      code: 'QUERY_TOO_DEEP',
      message: 'Query depth limit of 3 exceeded, found 4.',
      status: { status: 400 },
    });
    expect(
      refusal(
        '{ department(code: "40") { ...R } } fragment R on Department { ... on Department { region { name } } }',
        limits,
      ),
    ).toBeNull();
    expect(refusal(getIntrospectionQuery(), limits)).toBeNull();
  });

  it('refuses too many aliases in an operation, counting a fragment each time it is spread', () => {
    const limits = { maxAliases: 3 };
    expect(refusal('{ a: department(code: "1") { b: name } c: regions { d: name } }', limits)?.code).toBe(
      'QUERY_TOO_COMPLEX',
    );
    const fragment = 'fragment F on Department { c: name }';
    expect(
      refusal(`{ a: department(code: "1") { ...F } b: department(code: "2") { name } } ${fragment}`, limits),
    ).toBeNull();
    expect(
      refusal(`{ a: department(code: "1") { ...F } b: department(code: "2") { ...F } } ${fragment}`, limits),
    ).toMatchObject({ code: 'QUERY_TOO_COMPLEX', message: 'Aliases limit of 3 exceeded, found 4.' });
    // Aliases of __typename cost nothing to resolve, but each is still a field to validate and plan.
    expect(refusal(`{ ${'t: __typename '.repeat(4)}}`, limits)?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses too many directives with TOO_MANY_DIRECTIVES, at the default limit of 50', () => {
    expect(refusal(spreads(50, '@include(if: true)'))).toBeNull();
    expect(refusal(spreads(51, '@include(if: true)'))).toEqual({
      code: 'TOO_MANY_DIRECTIVES',
      message: 'Directives limit of 50 exceeded, found 51.',
      status: { status: 400 },
    });
    expect(refusal(`{ __typename ${'@skip(if: false) '.repeat(51)}}`)?.code).toBe('TOO_MANY_DIRECTIVES');
    // A subgraph allows twice as many: the gateway's plans stay within its limits.
    expect(
      refusal(spreads(51, '@include(if: true)'), subgraphOperationLimits(DEFAULT_OPERATION_LIMITS)),
    ).toBeNull();
  });

  it('refuses fragments that expand into too many fields', () => {
    expect(refusal(doubling(11))).toBeNull();
    expect(refusal(doubling(12))).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      message: 'The query asks for 2049 fields once its fragments are expanded, more than the limit of 2000',
      status: { status: 400 },
    });
  });

  it('leaves a document it cannot parse, or one of too many tokens, to Apollo Server (GRAPHQL_PARSE_FAILED)', () => {
    expect(refusal('{ department(')).toBeNull();
    expect(refusal(`{ ${'__typename '.repeat(6000)}}`)).toBeNull();
  });

  it('refuses as too deep a nesting deeper than the parser can follow, in a plain Node process', () => {
    // Jest's own process follows deeper than Node's default stack: check in a service's conditions.
    const script = `
      const { operationGuard, DEFAULT_OPERATION_LIMITS } = require(${JSON.stringify(require.resolve('./operation-guard-plugin'))});
      const deep = '{ department(code: "40") { ' + 'region { departments { '.repeat(2400) + 'name' + ' } }'.repeat(2400) + ' } }';
      const error = operationGuard({ ...DEFAULT_OPERATION_LIMITS, maxTokens: 100000 }).checkDocument(deep);
      process.stdout.write(String(error && error.extensions.code));`;
    const output = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
      encoding: 'utf8',
    });
    expect(output).toBe('QUERY_TOO_DEEP');
  });

  it('refuses 100 kB hostile documents in time linear in their size', () => {
    const limits = subgraphOperationLimits(DEFAULT_OPERATION_LIMITS);
    // Long names make 70 to 100 kB within the subgraphs' 10,000 tokens.
    const long = (prefix: string, length: number) => (index: number) =>
      `${prefix}${index}${'x'.repeat(length)}`;
    const spreadingAll = long('F', 12);
    const hostile = {
      aliases: `{ ${Array.from({ length: 850 }, (_, index) => `${long('a', 60)(index)}: places(first: 1) { totalCount }`).join(' ')} }`,
      // 2^599 fields once expanded: walking each spread would never end.
      doubling: doubling(600, long('F', 25)),
      // Each fragment spreads every one before it.
      spreadingAll: `{ department(code: "40") { ...${spreadingAll(94)} } } ${Array.from(
        { length: 95 },
        (_, index) =>
          `fragment ${spreadingAll(index)} on Department { name ${Array.from({ length: index }, (_, before) => `...${spreadingAll(before)}`).join(' ')} }`,
      ).join(' ')}`,
      // Each spread of another fragment (armor counts a spread's directives once per fragment).
      directives: `{ department(code: "40") { ${Array.from({ length: 550 }, (_, index) => `...${long('F', 60)(index)} @skip(if: false)`).join(' ')} } } ${Array.from({ length: 550 }, (_, index) => `fragment ${long('F', 60)(index)} on Department { name }`).join(' ')}`,
      nesting: `{ department(code: "40") { ${'region { departments { '.repeat(1200)}name${' } }'.repeat(1200)} } }`,
    };
    for (const [kind, source] of Object.entries(hostile)) {
      const started = performance.now();
      const refused = refusal(source, limits);
      const ms = performance.now() - started;
      expect([kind, source.length > 30_000, refused?.code]).toEqual([kind, true, expect.any(String)]);
      // Measured at 2 to 45 ms on 2 busy cores; walking every spread would never end.
      expect([kind, ms < 500]).toEqual([kind, true]);
    }
  });
});
