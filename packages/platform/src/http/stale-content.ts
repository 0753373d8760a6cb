import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * Said in a response's `extensions.content` when some editorial content was served from memory
 * because the CMS could not be read: the content subgraph adds it, the gateway passes it on.
 */
export interface StaleContentNotice {
  stale: true;
  /** The content types served from memory. */
  types: string[];
  /** When the oldest of them was read from the CMS (ISO 8601). */
  readAt: string;
}

/** One notice for several stale reads: every type once, and the oldest read time. */
export function combineStaleContent(
  reads: { types: string[]; readAt: string }[],
): StaleContentNotice | undefined {
  if (!reads.length) return undefined;
  return {
    stale: true,
    types: [...new Set(reads.flatMap((read) => read.types))].sort(),
    // ISO 8601 times in UTC sort as they happened.
    readAt: reads.map((read) => read.readAt).sort()[0] as string,
  };
}

/** Adds the request's stale-content notice, when there is one, to the response's extensions. */
export function staleContentPlugin<Context extends BaseContext>(
  noticeOf: (context: Context) => StaleContentNotice | undefined,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const content = noticeOf(contextValue);
          if (!content || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, content };
        },
      };
    },
  };
}
