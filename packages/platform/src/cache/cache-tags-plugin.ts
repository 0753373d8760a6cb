import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
} from 'graphql';
import { anyEntityTag, CACHE_TAGS_EXTENSION, entityTag, listTag } from './cache-tags';

/**
 * The field naming an object for the cache: its entity `@key` (Pothos keeps directives in the
 * type's extensions), else its `id`: a governance member is no entity, yet editing one must purge
 * the département page showing it.
 */
function keyFieldOf(type: GraphQLObjectType): string | undefined {
  const directives = (type.extensions as { directives?: unknown }).directives;
  const list = Array.isArray(directives)
    ? (directives as { name: string; args?: { fields?: unknown } }[])
    : Object.entries((directives ?? {}) as Record<string, unknown>).flatMap(([name, args]) =>
        (Array.isArray(args) ? args : [args]).map((each) => ({ name, args: each as { fields?: unknown } })),
      );
  const key = list.find(
    (directive) => directive.name === 'key' && typeof directive.args?.fields === 'string',
  );
  const fields = (key?.args?.fields as string | undefined)?.trim();
  if (fields && !fields.includes(' ')) return fields;
  return 'id' in type.getFields() ? 'id' : undefined;
}

const TAGS = Symbol('cache tags');

/**
 * What a resolver changed, when its answer does not show it (a mutation answering a Boolean): the
 * gateway purges these tags as well.
 */
export function addCacheTags(context: object, tags: readonly string[]): void {
  const set = (context as { [TAGS]?: Set<string> })[TAGS];
  for (const tag of tags) set?.add(tag);
}

/** The entity type a field lists: a list of entities, or a Relay connection of them. */
function listedEntity(type: GraphQLOutputType, isEntity: (type: GraphQLNamedType) => boolean) {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = getNamedType(nullable);
    return isEntity(item) ? item.name : undefined;
  }
  if (!isObjectType(nullable) || !nullable.name.endsWith('Connection')) return;
  const edges = nullable.getFields().edges;
  const edge = edges && getNamedType(edges.type);
  const node = isObjectType(edge) ? edge.getFields().node : undefined;
  const item = node && getNamedType(node.type);
  return item && isEntity(item) ? item.name : undefined;
}

/**
 * Reports, in `extensions.cacheTags`, the entities each response shows (by their `@key`) and the
 * entity lists it holds, so that the gateway's response cache can purge exactly what a change
 * touches. Read off every resolved field: its parent object (an entity shows its key on its own
 * row, even when the gateway did not select it) and its type (a list or connection of entities).
 */
export function cacheTagsPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  const keyFields = new Map<GraphQLObjectType, string | undefined>();
  const keyFieldOfType = (type: GraphQLObjectType) => {
    if (!keyFields.has(type)) keyFields.set(type, keyFieldOf(type));
    return keyFields.get(type);
  };
  const isEntity = (type: GraphQLNamedType) => isObjectType(type) && keyFieldOfType(type) !== undefined;
  const listedByField = new Map<string, string | undefined>();
  const listedEntityOf = (parent: GraphQLObjectType, fieldName: string, type: GraphQLOutputType) => {
    const field = `${parent.name}.${fieldName}`;
    if (!listedByField.has(field)) listedByField.set(field, listedEntity(type, isEntity));
    return listedByField.get(field);
  };
  return {
    async requestDidStart({ contextValue }) {
      const tags = new Set<string>();
      (contextValue as { [TAGS]?: Set<string> })[TAGS] = tags;
      return {
        async executionDidStart() {
          return {
            willResolveField({ source, info }) {
              const keyField = keyFieldOfType(info.parentType);
              const key = keyField && (source as Record<string, unknown> | null)?.[keyField];
              if (typeof key === 'string' || typeof key === 'number') {
                tags.add(entityTag(info.parentType.name, key));
                tags.add(anyEntityTag(info.parentType.name));
              }
              const listed = listedEntityOf(info.parentType, info.fieldName, info.returnType);
              if (listed) tags.add(listTag(listed));
            },
          };
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || tags.size === 0) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [CACHE_TAGS_EXTENSION]: [...tags] };
        },
      };
    },
  };
}
