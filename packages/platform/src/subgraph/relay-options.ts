/**
 * Relay plugin settings shared by every subgraph. `PageInfo` is defined by each subgraph that has
 * connections, so it is marked shareable for composition.
 */
export const relayOptions = {
  clientMutationId: 'omit',
  cursorType: 'String',
  nodeQueryOptions: false,
  nodesQueryOptions: false,
  pageInfoTypeOptions: { shareable: true },
} as const;
