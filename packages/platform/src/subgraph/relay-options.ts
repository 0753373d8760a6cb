import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../http/pagination';

/** The description of every connection's `totalCount`. */
export const TOTAL_COUNT_DESCRIPTION = 'How many items the whole list has, over all its pages';

/**
 * Relay plugin settings shared by every subgraph. `PageInfo` is defined by each subgraph that has
 * connections, so it is marked shareable for composition; its descriptions, like those of the
 * connections' fields and arguments, are the same everywhere.
 */
export const relayOptions = {
  clientMutationId: 'omit',
  cursorType: 'String',
  nodeQueryOptions: false,
  nodesQueryOptions: false,
  pageInfoTypeOptions: {
    shareable: true,
    description: 'Where a page is in its list, and the cursors to ask for the pages around it.',
  },
  hasNextPageFieldOptions: { description: 'Whether items follow this page' },
  hasPreviousPageFieldOptions: { description: 'Whether items come before this page' },
  startCursorFieldOptions: {
    description: 'Cursor of the first item of the page; null when the page is empty',
  },
  endCursorFieldOptions: { description: 'Cursor of the last item of the page; null when the page is empty' },
  pageInfoFieldOptions: { description: 'Where this page is in the list' },
  edgesFieldOptions: { description: 'The items of the page, in order, each with its cursor' },
  nodeFieldOptions: { description: 'The item' },
  cursorFieldOptions: { description: 'Opaque cursor of the item, for `after` or `before`' },
  firstArgOptions: {
    description: `How many items from the start (after \`after\`), 0 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither \`first\` nor \`last\` is given`,
  },
  lastArgOptions: {
    description: `How many items from the end (before \`before\`), 0 to ${MAX_PAGE_SIZE}`,
  },
  afterArgOptions: { description: 'The items after this cursor (an `endCursor` or an edge `cursor`)' },
  beforeArgOptions: { description: 'The items before this cursor (a `startCursor` or an edge `cursor`)' },
} as const;
