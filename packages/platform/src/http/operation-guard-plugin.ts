import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  buildSchema,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  parse,
  type ValidationContext,
  type ValidationRule,
  validate,
  visit,
} from 'graphql';
import { unsafeTextReason } from '../validation/text';
import { expandedFieldCount, measureOperation } from './operation-measure';
import { MAX_PAGE_SIZE } from './pagination';

/** What one operation may ask for, and what the server tells about its schema. */
export interface OperationLimits {
  /** Deepest nesting of fields (`__schema` excluded; fragments add no level). */
  maxDepth: number;
  /** Largest estimated cost: every field costs 1 for each time it may be resolved. */
  maxCost: number;
  /** Most aliases in one operation (a fragment's counted each time it is spread). */
  maxAliases: number;
  /** Most field selections once fragments are expanded (planning takes time in proportion). */
  maxFields: number;
  /** Most lexical tokens in one document (checked while parsing, so an oversized one costs nothing more). */
  maxTokens: number;
  /** Most directives in one operation (a fragment's counted each time it is spread). */
  maxDirectives: number;
  /** Whether introspection (`__schema`, `__type`) is answered. */
  introspection: boolean;
  /** Whether validation errors suggest names ("Did you mean"), which tells the schema to anyone. */
  fieldSuggestions: boolean;
}

/**
 * The gateway's limits unless configured otherwise (MAX_QUERY_DEPTH, MAX_QUERY_COST, …), with
 * introspection and suggestions as outside production (readOperationLimits turns both off there).
 */
export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 30,
  maxFields: 2_000,
  maxTokens: 5_000,
  maxDirectives: 50,
  introspection: true,
  fieldSuggestions: true,
};

/** The `extensions.code` of a request refused for its size or shape (tokens: GRAPHQL_PARSE_FAILED). */
export type OperationLimitCode = 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX' | 'TOO_MANY_DIRECTIVES';

/**
 * A subgraph's limits, its second line of defence behind the gateway's: the operations the gateway
 * plans from an accepted request stay within them (an `_entities` fetch adds a level), while a
 * hostile request sent straight to a subgraph's port is refused.
 */
export function subgraphOperationLimits(gateway: OperationLimits): OperationLimits {
  return {
    maxDepth: gateway.maxDepth + 2,
    maxCost: gateway.maxCost * 2,
    maxAliases: gateway.maxAliases * 2,
    maxFields: gateway.maxFields * 2,
    maxTokens: gateway.maxTokens * 2,
    maxDirectives: gateway.maxDirectives * 2,
    introspection: gateway.introspection,
    fieldSuggestions: gateway.fieldSuggestions,
  };
}

/** A request refused before it runs: a client error answered with HTTP 400. */
function refused(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code, http: { status: 400 } } });
}

/**
 * The first text of a request's variables that cannot be stored, with its path (`$filter.datasets.0`).
 * Iterative: variables nested thousands deep must not overflow the stack.
 */
function unsafeVariable(variables: Record<string, unknown>): { path: string; reason: string } | undefined {
  const pending: [unknown, string][] = [[variables, '$']];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, path] = next;
    if (typeof value === 'string') {
      const reason = unsafeTextReason(value);
      if (reason) return { path, reason };
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const itemPath = path === '$' ? `$${key}` : `${path}.${key}`;
        const keyReason = unsafeTextReason(key);
        if (keyReason) return { path: itemPath, reason: keyReason };
        pending.push([item, itemPath]);
      }
    }
  }
  return undefined;
}

function checkDocumentText(document: DocumentNode): void {
  visit(document, {
    StringValue(node) {
      const reason = unsafeTextReason(node.value);
      if (reason) throw refused('BAD_USER_INPUT', `a string of the query ${reason}`);
    },
  });
}

/** What the measure depends on besides the document: page sizes given as variables. */
function variablesSignature(variables: Record<string, unknown>): string {
  let signature = '';
  for (const [name, value] of Object.entries(variables)) {
    if (typeof value === 'number') signature += `${name}=${value};`;
  }
  return signature;
}

/** Variables as the operation sees them: the values given, else the defaults it declares. */
function effectiveVariables(
  operation: OperationDefinitionNode,
  given: Record<string, unknown>,
): Record<string, unknown> {
  const variables = { ...given };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined && definition.defaultValue?.kind === Kind.INT) {
      variables[name] = Number(definition.defaultValue.value);
    }
  }
  return variables;
}

/** The refusal for an operation over the limits, or null; the same for every request of the same shape. */
function limitsVerdict(
  limits: OperationLimits,
  measure: ReturnType<typeof measureOperation>,
): GraphQLError | null {
  const [pageSize] = measure.pageSizes;
  if (pageSize) {
    return refused(
      'BAD_USER_INPUT',
      `"${pageSize.argument}" must be between 0 and ${MAX_PAGE_SIZE}, got ${pageSize.size}`,
      { field: pageSize.argument },
    );
  }
  if (measure.cost > limits.maxCost) {
    return refused(
      'QUERY_TOO_COMPLEX',
      `Query cost ${measure.cost} exceeds the limit of ${limits.maxCost}; ask for smaller pages or fewer fields`,
    );
  }
  return null;
}

/** A verdict cache of bounded size (the oldest entry goes first). */
function verdictCache() {
  const verdicts = new Map<string, GraphQLError | null>();
  return (key: string, compute: () => GraphQLError | null): GraphQLError | null => {
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = compute();
      if (verdicts.size >= VERDICT_CACHE_SIZE) verdicts.delete(verdicts.keys().next().value as string);
      verdicts.set(key, verdict);
    }
    return verdict;
  };
}

/** Verdicts kept per shape of request, so a repeated operation is measured once. */
const VERDICT_CACHE_SIZE = 2_000;

/**
 * graphql-armor's depth, alias and directive limits, each refusal with its code and HTTP 400 (armor
 * would answer BAD_USER_INPUT, and Apollo Server's validation GRAPHQL_VALIDATION_FAILED), and its
 * masking of suggestions. Cost stays ours: armor's counts a page size only when it is a literal,
 * and neither default page sizes nor lists. Tokens stay graphql-js's parse limit: armor's Apollo
 * plugin refuses from `parsingDidStart`, which Apollo Server answers with a 500.
 */
function armorProtection(limits: OperationLimits) {
  const rejection = (code: OperationLimitCode) => ({
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(refused(code, error.message.replace(/^Syntax Error: /, ''))),
    ],
  });
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...rejection('QUERY_TOO_DEEP') },
    maxAliases: { n: limits.maxAliases, allowList: [], ...rejection('QUERY_TOO_COMPLEX') },
    maxDirectives: { n: limits.maxDirectives, ...rejection('TOO_MANY_DIRECTIVES') },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !limits.fieldSuggestions },
  }).protect();
}

/** Every suggestion graphql-js writes: fields, arguments, types, and enum values ("the enum value"). */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * Suggestions armor's masking misses (it knows "Did you mean "x"?" only, not enum values):
 * removed from every validation error, so that a misspelling tells nothing of the schema.
 */
function suggestionsHidden<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          return async (errors?: readonly Error[]) => {
            for (const error of errors ?? []) error.message = error.message.replace(SUGGESTION, '');
          };
        },
      };
    },
  };
}

/** validate() needs a schema; armor's rules read only the document (and its fragments by name). */
const DOCUMENT_ONLY_SCHEMA = buildSchema('type Query { _: Boolean }');

/**
 * The refusal for a document too deep or too wide to validate and plan in reasonable time, or
 * null: armor's limits, then fields once fragments are expanded. Only the text is needed, so it
 * is known before validation, which takes time in proportion to what it refuses.
 */
function documentVerdict(
  limits: OperationLimits,
  rules: readonly ValidationRule[],
  source: string,
): GraphQLError | null {
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: limits.maxTokens, noLocation: true });
  } catch (error) {
    // graphql-js parses recursively: nesting thousands deep can exhaust the stack, and is too deep.
    if ((error as Error).name === 'RangeError')
      return refused('QUERY_TOO_DEEP', 'The query nests too deeply to be read');
    // Apollo Server parses it next and answers its syntax error (GRAPHQL_PARSE_FAILED).
    return null;
  }
  const [refusal] = validate(DOCUMENT_ONLY_SCHEMA, document, rules, { maxErrors: 1 });
  if (refusal) return refusal;
  const fields = expandedFieldCount(document);
  if (fields > limits.maxFields) {
    return refused(
      'QUERY_TOO_COMPLEX',
      `The query asks for ${fields} fields once its fragments are expanded, more than the limit of ${limits.maxFields}`,
    );
  }
  return null;
}

export interface OperationGuard<Context extends BaseContext> {
  /**
   * The refusal of a document's text (too deep, too many aliases or directives, too many fields
   * once fragments are expanded), or null. Apollo's plugin hooks cannot refuse a request before
   * validation (an error thrown there is a 500), so the HTTP server calls it first.
   */
  checkDocument: (source: string) => GraphQLError | null;
  /** The checks after validation, and armor's masking of suggestions where they are hidden. */
  plugins: ApolloServerPlugin<Context>[];
}

/**
 * Checks every operation before anything runs, with a stable code for each refusal: its text
 * first (checkDocument), then, after validation, one operation to run (named when the document
 * has several), no subscription, no text that cannot be stored (NUL, lone surrogates) anywhere in
 * the query or its variables, page sizes within 0..100, and cost. Each measure takes time linear
 * in the document and is cached (per document, and per operation and page-size variables).
 */
export function operationGuard<Context extends BaseContext>(
  limits: OperationLimits,
): OperationGuard<Context> {
  const armor = armorProtection(limits);
  const documentVerdicts = verdictCache();
  const limitsVerdicts = verdictCache();
  const checkDocument = (source: string) =>
    documentVerdicts(createHash('sha256').update(source).digest('hex'), () =>
      documentVerdict(limits, armor.validationRules, source),
    );
  const afterValidation: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema, queryHash }) {
          if (!operation) {
            const operations = document.definitions.filter(
              (definition) => definition.kind === Kind.OPERATION_DEFINITION,
            );
            throw refused(
              'OPERATION_RESOLUTION_FAILURE',
              request.operationName
                ? `the document has no operation named "${request.operationName}"`
                : `the document has ${operations.length} operations: name the one to run with operationName`,
            );
          }
          if (operation.operation === 'subscription') {
            throw refused('BAD_REQUEST', 'subscriptions are not supported: use a query');
          }
          const variables = effectiveVariables(operation, request.variables ?? {});
          const unsafe = unsafeVariable(variables);
          if (unsafe) {
            throw refused('BAD_USER_INPUT', `variable ${unsafe.path} ${unsafe.reason}`, {
              field: unsafe.path,
            });
          }

          checkDocumentText(document);
          const key = `${queryHash}\u0000${operation.name?.value ?? ''}\u0000${variablesSignature(variables)}`;
          const verdict = limitsVerdicts(key, () => {
            const fragments = document.definitions.filter(
              (definition): definition is FragmentDefinitionNode =>
                definition.kind === Kind.FRAGMENT_DEFINITION,
            );
            return limitsVerdict(
              limits,
              measureOperation(schema, operation, fragments, variables, MAX_PAGE_SIZE),
            );
          });
          if (verdict) throw verdict;
        },
      };
    },
  };
  const plugins = [afterValidation, ...(armor.plugins as ApolloServerPlugin<Context>[])];
  if (!limits.fieldSuggestions) plugins.push(suggestionsHidden<Context>());
  return { checkDocument, plugins };
}
