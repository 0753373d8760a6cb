import { type SubgraphUnderTest, startSubgraphForTest } from '@passerelle/platform/testing';
import type { PrismaClient } from '../../src/database';
import { subgraph } from '../../src/subgraph';

export type DirectoryUnderTest = SubgraphUnderTest<PrismaClient>;

/** A directory subgraph on its own fresh database, with the demo places unless told otherwise. */
export function startDirectory(label: string, options: { seed?: boolean } = {}): Promise<DirectoryUnderTest> {
  return startSubgraphForTest(subgraph, { label, ...options });
}
