import { createHash } from 'node:crypto';

/**
 * A UUID derived from names (version 5 layout, SHA-1): the same names always give the same id,
 * in any subgraph and any database. A place imported again into an empty database keeps its id;
 * one subgraph's demo data can refer to another's.
 */
export function stableId(...names: string[]): string {
  const bytes = createHash('sha1').update(names.join('\u0000')).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
