import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  Kind,
  type ObjectValueNode,
  type OperationDefinitionNode,
  parseValue,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { AdmittedPortal } from './admission';
import type { ScopeTerritory } from './cms-portals';

/**
 * The root queries a portal's territory applies to when they name no territory, and the filter
 * fields that name one. Fields that take a list get the portal's whole scope; the others, which
 * take one territory, get its first (a portal over several territories names one explicitly).
 */
const TERRITORIAL_QUERIES: Record<string, { explicit: string[]; takesList: boolean }> = {
  places: { explicit: ['territory', 'territories', 'near'], takesList: true },
  placeFacets: { explicit: ['territory', 'territories', 'near'], takesList: true },
  guides: { explicit: ['territory', 'territories'], takesList: true },
  practices: { explicit: ['territory', 'territories'], takesList: true },
  events: { explicit: ['territory', 'territories'], takesList: true },
  fundingPrograms: { explicit: ['territory'], takesList: false },
  passNumeriqueCampaigns: { explicit: ['territory'], takesList: false },
};

export interface ScopeContext {
  portal: AdmittedPortal | undefined;
}

/** What `extensions.portal` of a response says: the portal and the fields its territory was given to. */
export interface PortalExtension {
  slug: string;
  name: string;
  territories: ScopeTerritory[];
  /** Response names of the root fields that got the portal's territory by default. */
  defaulted: string[];
}

/** A rewritten operation, kept per validated document and portal scope. */
interface ScopedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  queryHash: string;
  /** Root fields whose filter was written in the document. */
  literal: string[];
  /** Root fields whose filter is a variable: defaulted at run time if the variable names no territory. */
  variables: { responseName: string; variable: string; field: string }[];
}

function scopeFilter(territories: ScopeTerritory[], takesList: boolean): Record<string, unknown> {
  const [first] = territories;
  return takesList && territories.length > 1 ? { territories } : { territory: first };
}

function literalOf(value: Record<string, unknown>): ObjectValueNode {
  const source = JSON.stringify(value)
    .replace(/"(\w+)":/g, '$1:')
    .replace(/kind:"(\w+)"/g, 'kind:$1');
  return parseValue(source) as ObjectValueNode;
}

function namesTerritory(filter: unknown, explicit: string[]): boolean {
  if (!filter || typeof filter !== 'object') return false;
  return explicit.some((name) => (filter as Record<string, unknown>)[name] != null);
}

/**
 * A places filter (the JSON of the exports) with the portal's territory when it names none, as the
 * `places` query gets it; `defaulted` says whether it did.
 */
export function scopedPlacesFilter(
  filter: Record<string, unknown>,
  territories: ScopeTerritory[],
): { filter: Record<string, unknown>; defaulted: boolean } {
  const places = TERRITORIAL_QUERIES.places as (typeof TERRITORIAL_QUERIES)[string];
  if (!territories.length || namesTerritory(filter, places.explicit)) return { filter, defaulted: false };
  return { filter: { ...filter, ...scopeFilter(territories, places.takesList) }, defaulted: true };
}

function literalNamesTerritory(value: ObjectValueNode, explicit: string[]): boolean {
  return value.fields.some((field) => explicit.includes(field.name.value) && field.value.kind !== Kind.NULL);
}

function withFilter(field: FieldNode, filter: ValueNode): FieldNode {
  const argument: ArgumentNode = {
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: 'filter' },
    value: filter,
  };
  const others = (field.arguments ?? []).filter((existing) => existing.name.value !== 'filter');
  return { ...field, arguments: [...others, argument] };
}

/**
 * The operation with the portal's territory written into every territorial root query that names
 * none; filters given as variables are recorded, to be completed at run time.
 */
function scopeOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  queryHash: string,
  territories: ScopeTerritory[],
): ScopedOperation {
  const literal: string[] = [];
  const variables: ScopedOperation['variables'] = [];
  const scopeSelections = (selectionSet: SelectionSetNode): SelectionSetNode => ({
    ...selectionSet,
    selections: selectionSet.selections.map((selection) => {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        return { ...selection, selectionSet: scopeSelections(selection.selectionSet) };
      }
      const query = selection.kind === Kind.FIELD ? TERRITORIAL_QUERIES[selection.name.value] : undefined;
      if (selection.kind !== Kind.FIELD || !query) return selection;
      const responseName = selection.alias?.value ?? selection.name.value;
      const filter = selection.arguments?.find((argument) => argument.name.value === 'filter')?.value;
      const defaults = scopeFilter(territories, query.takesList);
      if (filter?.kind === Kind.VARIABLE) {
        variables.push({ responseName, variable: filter.name.value, field: selection.name.value });
        return selection;
      }
      if (filter?.kind === Kind.OBJECT) {
        if (literalNamesTerritory(filter, query.explicit)) return selection;
        literal.push(responseName);
        return withFilter(selection, {
          ...filter,
          fields: [...filter.fields, ...literalOf(defaults).fields],
        });
      }
      literal.push(responseName);
      return withFilter(selection, literalOf(defaults));
    }),
  });
  const scoped: OperationDefinitionNode = {
    ...operation,
    selectionSet: scopeSelections(operation.selectionSet),
  };
  return {
    document: {
      ...document,
      definitions: document.definitions.map((definition) => (definition === operation ? scoped : definition)),
    },
    operation: scoped,
    // The gateway caches query plans by this hash: each scope's document needs its own.
    queryHash: createHash('sha256').update(queryHash).update(JSON.stringify(territories)).digest('hex'),
    literal,
    variables,
  };
}

type MutableRequestContext = {
  -readonly [K in keyof GraphQLRequestContextDidResolveOperation<ScopeContext>]: GraphQLRequestContextDidResolveOperation<ScopeContext>[K];
};

/**
 * A portal's territory as the default of its territorial queries: a Landes portal asking `places`
 * gets Landes places. An explicit territory (or `near`) replaces the default, so that a portal may
 * show its neighbours. The response's `extensions.portal` says which fields got the default.
 */
export function portalScopePlugin<Context extends ScopeContext>(): ApolloServerPlugin<Context> {
  const scopedOperations = new WeakMap<OperationDefinitionNode, Map<string, ScopedOperation>>();
  return {
    async requestDidStart() {
      let extension: PortalExtension | undefined;
      return {
        async didResolveOperation(requestContext) {
          const portal = requestContext.contextValue.portal?.portal;
          if (!portal) return;
          extension = {
            slug: portal.slug,
            name: portal.name,
            territories: portal.territories,
            defaulted: [],
          };
          const { operation, document, queryHash } = requestContext;
          if (operation?.operation !== 'query' || !portal.territories.length) return;
          const scopeKey = JSON.stringify(portal.territories);
          const byScope = scopedOperations.get(operation) ?? new Map<string, ScopedOperation>();
          scopedOperations.set(operation, byScope);
          let scoped = byScope.get(scopeKey);
          if (!scoped) {
            scoped = scopeOperation(document, operation, queryHash, portal.territories);
            byScope.set(scopeKey, scoped);
          }
          const defaulted = [...scoped.literal];
          const variableValues = { ...requestContext.request.variables };
          for (const { responseName, variable, field } of scoped.variables) {
            const query = TERRITORIAL_QUERIES[field] as (typeof TERRITORIAL_QUERIES)[string];
            const given = variableValues[variable];
            if (namesTerritory(given, query.explicit)) continue;
            variableValues[variable] = {
              ...(given as Record<string, unknown> | null | undefined),
              ...scopeFilter(portal.territories, query.takesList),
            };
            defaulted.push(responseName);
          }
          extension.defaulted = defaulted;
          if (!defaulted.length) return;
          const mutable = requestContext as MutableRequestContext;
          mutable.document = scoped.document;
          mutable.operation = scoped.operation;
          mutable.queryHash = scoped.queryHash;
          requestContext.request.variables = variableValues;
        },
        async willSendResponse({ response }) {
          if (!extension || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, portal: extension };
        },
      };
    },
  };
}
