import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ConfigurationError } from '../errors';
import { REPOSITORY_ROOT } from './repository';

/**
 * `schema/subgraphs.json`: the subgraphs composed into the supergraph, each with its package and
 * the URL it listens on by default. It is the one place that names them: the composition, the
 * subgraphs' default ports, `npm start` and the tests' platform all read it.
 */
export const COMPOSITION_FILE = path.join(REPOSITORY_ROOT, 'schema', 'subgraphs.json');

const compositionSchema = z.object({
  subgraphs: z
    .array(
      z.object({
        name: z.string().regex(/^[a-z]+$/, 'must be lower-case letters (it names <NAME>_PORT)'),
        package: z.string().min(1),
        url: z.url(),
        after: z.enum(['cms']).optional(),
      }),
    )
    .min(1),
});

export interface ComposedSubgraph {
  name: string;
  /** The workspace package whose `subgraph` export describes it. */
  package: string;
  /** Its default URL, also the supergraph's. */
  url: string;
  /** The port of that URL: the default of `<NAME>_PORT`. */
  port: number;
  /** A service it reads from, which must answer before it starts (the content subgraph reads the CMS). */
  after?: 'cms';
}

let composition: ComposedSubgraph[] | undefined;

export function composedSubgraphs(): ComposedSubgraph[] {
  if (!composition) {
    const parsed = compositionSchema.safeParse(JSON.parse(readFileSync(COMPOSITION_FILE, 'utf8')));
    if (!parsed.success) throw new ConfigurationError(COMPOSITION_FILE, z.prettifyError(parsed.error));
    composition = parsed.data.subgraphs.map((subgraph) => ({
      ...subgraph,
      port: Number(new URL(subgraph.url).port),
    }));
  }
  return composition;
}

export function composedSubgraph(name: string): ComposedSubgraph {
  const subgraph = composedSubgraphs().find((candidate) => candidate.name === name);
  if (!subgraph) throw new ConfigurationError(COMPOSITION_FILE, `names no subgraph "${name}"`);
  return subgraph;
}
