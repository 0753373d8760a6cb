import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  parse,
  print,
  visit,
} from 'graphql';

export interface RegisteredOperation {
  name: string | null;
  /** The exact text the front end sends: its hash is what the safelist matches. */
  document: string;
}

function fragmentsUsed(
  definition: DefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FragmentDefinitionNode[] {
  const used: FragmentDefinitionNode[] = [];
  visit(definition, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) return;
      seen.add(name);
      used.push(fragment, ...fragmentsUsed(fragment, fragments, seen));
    },
  });
  return used;
}

/**
 * Each operation of a .graphql file, with the fragments it uses, printed as GraphQL clients such as
 * Apollo Client print a document before sending it, so that the hashes match.
 */
function operationsOfDocument(document: DocumentNode): RegisteredOperation[] {
  const fragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? [
          {
            name: definition.name?.value ?? null,
            document: print({
              kind: Kind.DOCUMENT,
              definitions: [definition, ...fragmentsUsed(definition, fragments)],
            }),
          },
        ]
      : [],
  );
}

/** An entry of a manifest: Apollo's persisted-query manifest, or a `{ hash: document }` map. */
function operationsOfManifest(file: string, manifest: unknown): RegisteredOperation[] {
  if (
    manifest &&
    typeof manifest === 'object' &&
    Array.isArray((manifest as { operations?: unknown }).operations)
  ) {
    return ((manifest as { operations: unknown[] }).operations as Record<string, unknown>[]).map(
      (entry, index) => {
        if (typeof entry.body !== 'string') throw new Error(`${file}: operation ${index + 1} has no body`);
        return { name: typeof entry.name === 'string' ? entry.name : null, document: entry.body };
      },
    );
  }
  if (manifest && typeof manifest === 'object') {
    return Object.entries(manifest as Record<string, unknown>).map(([hash, document]) => {
      if (typeof document !== 'string') throw new Error(`${file}: the entry ${hash} is not a document`);
      return { name: null, document };
    });
  }
  throw new Error(
    `${file}: not a manifest (an Apollo persisted-query manifest or a { hash: document } object)`,
  );
}

/** The operations a file registers: a .json manifest a front end's build emits, or a .graphql file. */
export function readOperationManifest(file: string, text: string): RegisteredOperation[] {
  if (file.endsWith('.json')) {
    let manifest: unknown;
    try {
      manifest = JSON.parse(text);
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
    }
    return operationsOfManifest(file, manifest);
  }
  try {
    return operationsOfDocument(parse(text));
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const location = error.locations?.[0];
    throw new Error(`${file}${location ? `:${location.line}:${location.column}` : ''}: ${error.message}`);
  }
}
