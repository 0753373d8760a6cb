import {
  DirectiveLocation,
  GraphQLBoolean,
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLInt,
  type GraphQLResolveInfo,
} from 'graphql';

/**
 * How long the responses of a subgraph may be cached, in seconds, when its types say nothing
 * else: the max-age the gateway's response cache and CDNs honour. Shorter-lived types carry their
 * own `@cacheControl`; personal data is never cached (the gateway caches anonymous reads only).
 */
export const CACHE_MAX_AGE = {
  /** The territorial referential changes once a year. */
  referential: 3600,
  /** Places, programmes, governance, content: purged on every change, so kept a while. */
  published: 300,
  /** What depends on the clock ("open now", the next change of opening hours). */
  clock: 60,
} as const;

const CacheControlScope = new GraphQLEnumType({
  name: 'CacheControlScope',
  description: 'Who may share a cached response: everyone (PUBLIC) or only the caller (PRIVATE).',
  values: {
    PUBLIC: { description: 'Any cache may keep it and answer anyone with it' },
    PRIVATE: { description: "Only the caller's own cache (a browser) may keep it" },
  },
});

/**
 * Apollo's `@cacheControl`, declared in each subgraph's schema (composition leaves it out of the
 * supergraph): the subgraph's server reads it to compute each response's `Cache-Control`, which
 * the gateway combines over the fetches of a request.
 */
export const cacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  description: 'How long a field or type may be cached, and by whom.',
  locations: [
    DirectiveLocation.FIELD_DEFINITION,
    DirectiveLocation.OBJECT,
    DirectiveLocation.INTERFACE,
    DirectiveLocation.UNION,
  ],
  args: {
    maxAge: { type: GraphQLInt },
    scope: { type: CacheControlScope },
    inheritMaxAge: { type: GraphQLBoolean },
  },
});

/** The `directives` of a Pothos type or field cached at most `maxAge` seconds. */
export function cachedFor(maxAge: number) {
  return { cacheControl: { maxAge } } as const;
}

type HintedInfo = GraphQLResolveInfo & { cacheControl?: { cacheHint: { restrict(hint: object): void } } };

/** This field's answer, hence the response, may be kept `maxAge` seconds at most. */
export function cacheAtMostFor(info: GraphQLResolveInfo, maxAge: number): void {
  (info as HintedInfo).cacheControl?.cacheHint.restrict({ maxAge });
}

/** A response that must not be shared or kept (an editor's preview), whatever the schema says. */
export function neverCache(info: GraphQLResolveInfo): void {
  (info as HintedInfo).cacheControl?.cacheHint.restrict({ maxAge: 0, scope: 'PRIVATE' });
}
