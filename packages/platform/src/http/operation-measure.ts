import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from './pagination';

/** A plain list (not a connection) is assumed to hold ten items. */
const ASSUMED_LIST_SIZE = 10;

export interface OperationMeasure {
  /** Estimated cost: every field costs 1 for each time it may be resolved. */
  cost: number;
  /** `first` / `last` values outside the allowed page sizes, with the argument's name. */
  pageSizes: { argument: string; size: number }[];
}

/** An integer argument's value, from a literal or a variable; undefined otherwise. */
function intArgument(node: FieldNode, name: string, variables: Record<string, unknown>): number | undefined {
  const value: ValueNode | undefined = node.arguments?.find(
    (argument) => argument.name.value === name,
  )?.value;
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === 'number' && Number.isInteger(given) ? given : undefined;
  }
  return undefined;
}

function fieldOf(type: GraphQLNamedType, name: string) {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/**
 * Measures an operation in time linear in the document's size: each fragment is measured once per
 * type and page size it is spread in (memoised), however many times it is spread, so fragments
 * spreading each other cannot make the walk exponential. Costs stay exact: a fragment resolved n
 * times costs n times its cost of one resolution.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: readonly FragmentDefinitionNode[],
  variables: Record<string, unknown>,
  maxPageSize: number,
): OperationMeasure {
  const fragmentsByName = new Map(fragments.map((fragment) => [fragment.name.value, fragment]));
  // Cost of resolving a fragment once; resolving it n times costs n times as much.
  const memo = new Map<string, number>();
  const pageSizes: OperationMeasure['pageSizes'] = [];

  /** Items a connection field serves: its `first` or `last`, else the default page size. */
  function pageSizeOf(field: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined {
    if (!getNamedType(field.type).name.endsWith('Connection')) return undefined;
    let size: number | undefined;
    for (const argument of ['first', 'last']) {
      const value = intArgument(node, argument, variables);
      if (value === undefined) continue;
      if (value < 0 || value > maxPageSize) pageSizes.push({ argument, size: value });
      size ??= value;
    }
    return Math.max(size ?? DEFAULT_PAGE_SIZE, 1);
  }

  function measureSelections(
    selectionSet: SelectionSetNode,
    parentType: GraphQLNamedType,
    pageSize: number | undefined,
  ): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        // Introspection counts nothing: validation bounds its nesting (graphql-js's
        // MaxIntrospectionDepthRule), and explorers send the standard introspection query.
        if (selection.name.value.startsWith('__')) continue;
        const field = fieldOf(parentType, selection.name.value);
        if (!field) continue;
        const childType = getNamedType(field.type);
        let child = 0;
        if (selection.selectionSet && isCompositeType(childType)) {
          child = measureSelections(selection.selectionSet, childType, pageSizeOf(field, selection));
        }
        // `_entities` counts like any plain list, as the gateway counted the list its representations
        // come from: a planned fetch costs the subgraph about what its part cost at the gateway.
        const items = isListType(getNullableType(field.type)) ? (pageSize ?? ASSUMED_LIST_SIZE) : 1;
        cost += 1 + items * child;
        continue;
      }
      let inner: number | undefined;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = (typeName && schema.getType(typeName)) || parentType;
        inner = measureSelections(selection.selectionSet, type, pageSize);
      } else {
        const fragment = fragmentsByName.get(selection.name.value);
        if (!fragment) continue;
        const type = schema.getType(fragment.typeCondition.name.value) ?? parentType;
        const key = `${fragment.name.value}\u0000${type.name}\u0000${pageSize ?? ''}`;
        inner = memo.get(key);
        if (inner === undefined) {
          // Validation refuses fragment cycles; this placeholder ends one anyway.
          memo.set(key, 0);
          inner = measureSelections(fragment.selectionSet, type, pageSize);
          memo.set(key, inner);
        }
      }
      cost += inner;
    }
    return cost;
  }

  const rootType = schema.getRootType(operation.operation);
  const cost = rootType ? measureSelections(operation.selectionSet, rootType, undefined) : 0;
  return { cost, pageSizes };
}

/**
 * Field selections once every fragment spread is replaced by its fragment (what validation and
 * planning handle), in time linear in the document (each fragment expanded once, memoised): known
 * from the text, before either starts.
 */
export function expandedFieldCount(document: DocumentNode): number {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition.selectionSet);
  }
  const expanded = new Map<string, number>();
  const fieldsOf = (selectionSet: SelectionSetNode): number => {
    let count = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        count += 1 + (selection.selectionSet ? fieldsOf(selection.selectionSet) : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        count += fieldsOf(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment) continue;
        let fields = expanded.get(name);
        if (fields === undefined) {
          // A cycle (refused by validation later) counts nothing here.
          expanded.set(name, 0);
          fields = fieldsOf(fragment);
          expanded.set(name, fields);
        }
        count += fields;
      }
    }
    return count;
  };
  let count = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) count += fieldsOf(definition.selectionSet);
  }
  return count;
}
