import { createReadOnlySubgraphBuilder, type SubgraphRequestContext } from '@passerelle/platform/subgraph';
import type { RequestContent } from './store/request-content';

export interface ContentContext extends SubgraphRequestContext {
  /** The CMS content this request reads: at most one read per type. */
  content: RequestContent;
}

export const builder = createReadOnlySubgraphBuilder<ContentContext>();

/** The builder's schema types, for helpers that take its refs. */
export type ContentSchemaTypes =
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;
