import SchemaBuilder, { type SchemaTypes } from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin, { type AuthFailure, AuthScopeFailureType } from '@pothos/plugin-scope-auth';
import { type GraphQLSchema, specifiedDirectives } from 'graphql';
import { type AuthScopes, authScopesOf, scopeRefusal } from '../auth/scopes';
import { cacheControlDirective } from '../cache/cache-hints';
import { DateScalar, DateTimeScalar } from '../http/scalars';
import { relayOptions, TOTAL_COUNT_DESCRIPTION } from './relay-options';
import type { SubgraphRequestContext } from './subgraph-server';

/** Schema types every subgraph's builder shares; each adds its Context (and PrismaTypes). */
export interface SubgraphSchemaTypes {
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Connection: { totalCount: number };
  AuthScopes: AuthScopes;
  Scalars: {
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
  };
}

/** The scopes that failed, however nested (`$any`, `$all`). */
function failedScopes(failure: AuthFailure): string[] {
  if (failure.kind === AuthScopeFailureType.AuthScope) return [failure.scope];
  if (
    failure.kind === AuthScopeFailureType.AnyAuthScopes ||
    failure.kind === AuthScopeFailureType.AllAuthScopes
  )
    return failure.failures.flatMap(failedScopes);
  return [];
}

/**
 * Who may call a field, declared on it with `authScopes` (see AuthScopes): the scopes come from the
 * request's identity; a caller lacking them is refused before the resolver runs, UNAUTHENTICATED
 * without a token and FORBIDDEN with one. Rules that depend on the row acted on stay in each
 * subgraph's access.ts (`assertMay`).
 */
const scopeAuth = {
  authScopes: (context: SubgraphRequestContext) => authScopesOf(context.identity),
  unauthorizedError: (
    _parent: unknown,
    context: SubgraphRequestContext,
    _info: unknown,
    result: { failure: AuthFailure },
  ) => scopeRefusal(context.identity, failedScopes(result.failure)),
};

const sharedOptions = {
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  relay: relayOptions,
  scopeAuth,
} as const;

/** Query, the Date and DateTime scalars and `totalCount` on every connection. */
function addSharedTypes<Types extends SchemaTypes & SubgraphSchemaTypes>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
): void {
  builder.queryType({ description: 'What can be read.' });
  builder.addScalarType('Date' as never, DateScalar as never);
  builder.addScalarType('DateTime' as never, DateTimeScalar as never);
  builder.globalConnectionField('totalCount', (t) =>
    t.int({
      description: TOTAL_COUNT_DESCRIPTION,
      resolve: (connection: { totalCount: number }) => connection.totalCount,
    } as never),
  );
}

const MUTATION_DESCRIPTION =
  'What can be changed, by signed-in callers with the right roles unless said otherwise.';

/**
 * The Pothos builder of a subgraph with its own database: fields non-null and arguments required
 * unless said otherwise, scope-auth (listed first: it checks a field's `authScopes` before any other
 * plugin's resolver runs), Relay connections with `totalCount`, Prisma with the request's client,
 * Query, the Date and DateTime scalars, and federation (listed last: it wraps what the other
 * plugins build). Mutation only `withMutations`: federation refuses a Mutation type without
 * fields, which a read-only subgraph would have.
 */
export function createSubgraphBuilder<
  Context extends SubgraphRequestContext & { prisma: object },
  PrismaTypes extends object,
>(dmmf: { datamodel: unknown }, { withMutations }: { withMutations: boolean }) {
  const builder = new SchemaBuilder<SubgraphSchemaTypes & { Context: Context; PrismaTypes: PrismaTypes }>({
    ...sharedOptions,
    plugins: [ScopeAuthPlugin, RelayPlugin, PrismaPlugin, DirectivesPlugin, FederationPlugin],
    prisma: {
      client: (context: Context) => context.prisma,
      dmmf,
      exposeDescriptions: true,
      filterConnectionTotalCount: true,
    },
    // The options' type depends on the concrete schema types, which only the subgraph knows.
  } as never);
  addSharedTypes(builder);
  if (withMutations) builder.mutationType({ description: MUTATION_DESCRIPTION });
  return builder;
}

/** The same builder for a subgraph that only reads another system (no database, no mutations). */
export function createReadOnlySubgraphBuilder<Context extends SubgraphRequestContext>() {
  const builder = new SchemaBuilder<SubgraphSchemaTypes & { Context: Context }>({
    ...sharedOptions,
    plugins: [ScopeAuthPlugin, RelayPlugin, DirectivesPlugin, FederationPlugin],
  } as never);
  addSharedTypes(builder);
  return builder;
}

/** The federation version every subgraph links. */
const FEDERATION_LINK = 'https://specs.apollo.dev/federation/v2.6';

/** A subgraph's executable schema, with `@cacheControl` declared for its types' cache hints. */
export function toSubgraphSchema(builder: {
  toSubGraphSchema(options: object): GraphQLSchema;
}): GraphQLSchema {
  return builder.toSubGraphSchema({
    linkUrl: FEDERATION_LINK,
    // Pothos passes `directives` to GraphQLSchema, which then drops the built-in ones (@include,
    // @skip…) unless they are listed too.
    directives: [...specifiedDirectives, cacheControlDirective],
  });
}
