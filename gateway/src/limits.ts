import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { DEFAULT_PAGE_SIZE } from '@passerelle/kit';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface QueryLimits {
  /** Deepest nesting of fields allowed (introspection excluded). */
  maxDepth: number;
  /** Largest estimated cost: every field costs 1 for each time it may be resolved. */
  maxCost: number;
}

/** Without `first`/`last`, a connection serves 20 items; a plain list is assumed to hold 10. */
const DEFAULT_CONNECTION_SIZE = DEFAULT_PAGE_SIZE;
const ASSUMED_LIST_SIZE = 10;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

interface Measure {
  depth: number;
  cost: number;
}

/** Items a connection field serves: its `first` or `last`, else the default page size. */
function pageSizeOf(field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk): number | undefined {
  if (!getNamedType(field.type).name.endsWith('Connection')) return undefined;
  const args = getArgumentValues(field, node, walk.variables);
  const size = args.first ?? args.last;
  return typeof size === 'number' ? Math.max(size, 1) : DEFAULT_CONNECTION_SIZE;
}

function fieldsOf(type: GraphQLNamedType) {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
}

/**
 * Depth and cost of a selection set resolved `times` times, following fragments. Inside a
 * connection, `pageSize` is how many items its lists (edges, nodes) hold.
 */
function measure(
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType,
  times: number,
  walk: Walk,
  seen: Set<string>,
  pageSize?: number,
): Measure {
  let depth = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    let inner: Measure | undefined;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const field = fieldsOf(parentType)[selection.name.value];
      if (!field) continue;
      cost += times;
      const childType = getNamedType(field.type);
      if (selection.selectionSet && isCompositeType(childType)) {
        const items = isListType(getNullableType(field.type)) ? (pageSize ?? ASSUMED_LIST_SIZE) : 1;
        const child = measure(
          selection.selectionSet,
          childType,
          times * items,
          walk,
          seen,
          pageSizeOf(field, selection, walk),
        );
        inner = { depth: child.depth + 1, cost: child.cost };
      } else {
        inner = { depth: 1, cost: 0 };
      }
    } else {
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments.get(selection.name.value);
      if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) continue;
      const typeName = fragment.typeCondition?.name.value;
      const type = (typeName && walk.schema.getType(typeName)) || parentType;
      const nextSeen =
        selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, selection.name.value]) : seen;
      inner = measure(fragment.selectionSet, type, times, walk, nextSeen, pageSize);
    }
    depth = Math.max(depth, inner.depth);
    cost += inner.cost;
  }
  return { depth, cost };
}

export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: FragmentDefinitionNode[],
  variables: Record<string, unknown>,
): Measure {
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return { depth: 0, cost: 0 };
  const walk: Walk = {
    schema,
    fragments: new Map(fragments.map((fragment) => [fragment.name.value, fragment])),
    variables,
  };
  return measure(operation.selectionSet, rootType, 1, walk, new Set());
}

function limitError(code: 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX', message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** Refuses operations deeper or costlier than the limits, before any subgraph is called. */
export function queryLimitsPlugin<Context extends BaseContext>(
  limits: QueryLimits,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments = document.definitions.filter(
            (definition): definition is FragmentDefinitionNode =>
              definition.kind === Kind.FRAGMENT_DEFINITION,
          );
          const { depth, cost } = measureOperation(schema, operation, fragments, request.variables ?? {});
          if (depth > limits.maxDepth) {
            throw limitError(
              'QUERY_TOO_DEEP',
              `Query depth ${depth} exceeds the limit of ${limits.maxDepth}`,
            );
          }
          if (cost > limits.maxCost) {
            throw limitError(
              'QUERY_TOO_COMPLEX',
              `Query cost ${cost} exceeds the limit of ${limits.maxCost}; ask for smaller pages or fewer fields`,
            );
          }
        },
      };
    },
  };
}
