/**
 * Cache tags name what a cached response contains, so that a change removes exactly the responses
 * that showed it. Subgraphs report them (cache-tags-plugin.ts); mutations, imports and the CMS
 * webhook purge them (purge-bus.ts). Three kinds, for an entity type `Place`:
 * - `Place:<key>`: the response shows this place;
 * - `Place[]`: the response lists places (a search, a territory's places), which a new, removed or
 *   edited place may join or leave;
 * - `Place:*`: the response shows some place (purged when too many changed to name them).
 */

export function entityTag(typeName: string, key: string | number): string {
  return `${typeName}:${key}`;
}

export function listTag(typeName: string): string {
  return `${typeName}[]`;
}

export function anyEntityTag(typeName: string): string {
  return `${typeName}:*`;
}

/** The type an entity tag names (`Place:abc` → `Place`), or undefined for a list or wildcard tag. */
export function typeOfEntityTag(tag: string): string | undefined {
  const colon = tag.indexOf(':');
  if (colon < 0 || tag.endsWith(':*')) return undefined;
  return tag.slice(0, colon);
}

/**
 * What a change to these entities must purge: each of them, and the lists of their types (an edit
 * can make a place join or leave a search). Past `maxTags` entities, every response showing one
 * of these types goes.
 */
export function tagsOfChange(typeName: string, keys: readonly (string | number)[], maxTags = 1000): string[] {
  if (keys.length > maxTags) return [anyEntityTag(typeName), listTag(typeName)];
  return [...keys.map((key) => entityTag(typeName, key)), listTag(typeName)];
}

/** The subgraph response extension carrying the tags (the gateway reads it, clients never see it). */
export const CACHE_TAGS_EXTENSION = 'cacheTags';
