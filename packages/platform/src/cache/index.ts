export * from './cache-hints';
export * from './cache-purge';
export * from './cache-tags';
export * from './cache-tags-plugin';
export * from './message-bus';
