/**
 * The portal's typed operations, from its .graphql files and the public schema (schema/api.graphql):
 *
 * - src/generated/operations.ts: each operation's document (printed once, as it is sent), its
 *   SHA-256 hash, and the TypeScript types of its variables and result;
 * - src/generated/persisted-query-manifest.json: Apollo's persisted-query manifest, which the build
 *   copies into dist/ for `npm run portal -- register-operations <slug> <manifest>`.
 *
 * A few dozen lines of graphql-js rather than a code generator: the front end needs plain types
 * and the exact text of each document, and nothing here may download anything.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLOutputType,
  GraphQLScalarType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  type SelectionSetNode,
  typeFromAST,
  validate,
  visit,
} from 'graphql';

const ROOT = path.join(__dirname, '..');
const SCHEMA_FILE = process.env.PORTAL_SCHEMA ?? path.join(ROOT, '..', '..', 'schema', 'api.graphql');
const OPERATIONS_DIR = path.join(ROOT, 'operations');
const OUTPUT_DIR = path.join(ROOT, 'src', 'generated');

const SCALARS: Record<string, string> = {
  ID: 'string',
  String: 'string',
  Date: 'string',
  DateTime: 'string',
  Int: 'number',
  Float: 'number',
  Boolean: 'boolean',
};

/** Enums and input types the operations use, declared once at the top of the module. */
class NamedTypes {
  private readonly declarations = new Map<string, string>();

  reference(type: GraphQLEnumType | GraphQLInputObjectType | GraphQLScalarType): string {
    if (type instanceof GraphQLScalarType) return SCALARS[type.name] ?? 'unknown';
    if (!this.declarations.has(type.name)) {
      this.declarations.set(type.name, '');
      this.declarations.set(type.name, this.declare(type));
    }
    return type.name;
  }

  input(type: GraphQLInputType): string {
    if (type instanceof GraphQLNonNull) return this.nonNullInput(type.ofType);
    return `${this.nonNullInput(type)} | null`;
  }

  private nonNullInput(type: GraphQLInputType): string {
    if (type instanceof GraphQLList) return `Array<${this.input(type.ofType)}>`;
    return this.reference(type as GraphQLEnumType | GraphQLInputObjectType | GraphQLScalarType);
  }

  private declare(type: GraphQLEnumType | GraphQLInputObjectType): string {
    if (type instanceof GraphQLEnumType) {
      return `export type ${type.name} = ${type
        .getValues()
        .map((value) => `'${value.name}'`)
        .join(' | ')};`;
    }
    const fields = Object.values(type.getFields()).map(
      (field) =>
        `  ${field.name}${field.type instanceof GraphQLNonNull ? '' : '?'}: ${this.input(field.type)};`,
    );
    return `export interface ${type.name} {\n${fields.join('\n')}\n}`;
  }

  print(): string {
    return [...this.declarations.values()].join('\n\n');
  }
}

/** The TypeScript type of what a selection set gives, for a value of `parent`. */
function selectionType(
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  fragments: Map<string, FragmentDefinitionNode>,
  named: NamedTypes,
  schema: GraphQLSchema,
  indent: string,
): string {
  const fields = new Map<string, string>();
  const collect = (set: SelectionSetNode, on: GraphQLCompositeType, optional: boolean) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (selection.name.value === '__typename') {
          fields.set(key, `${key}: string;`);
          continue;
        }
        if (!('getFields' in on)) throw new Error(`${on.name} has no fields`);
        const field = on.getFields()[selection.name.value];
        if (!field) throw new Error(`${on.name}.${selection.name.value} is not in the schema`);
        const type = outputType(field.type, selection.selectionSet, fragments, named, schema, `${indent}  `);
        fields.set(key, `${key}${optional ? '?' : ''}: ${type};`);
      } else {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment) throw new Error(`a fragment spread on ${on.name} names no fragment of operations/`);
        const condition = fragment.typeCondition;
        const target = condition ? schema.getType(condition.name.value) : on;
        if (!target || !isCompositeType(target)) throw new Error(`bad type condition on ${on.name}`);
        // Fields of a narrower type are there only when the value is of that type.
        collect(fragment.selectionSet, target, optional || target.name !== on.name);
      }
    }
  };
  collect(selectionSet, parent, false);
  return `{\n${[...fields.values()].map((line) => `${indent}  ${line}`).join('\n')}\n${indent}}`;
}

function outputType(
  type: GraphQLOutputType,
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  named: NamedTypes,
  schema: GraphQLSchema,
  indent: string,
): string {
  const nonNull = (inner: GraphQLOutputType): string => {
    if (inner instanceof GraphQLList) {
      return `Array<${outputType(inner.ofType, selectionSet, fragments, named, schema, indent)}>`;
    }
    const base = getNamedType(inner);
    if (isCompositeType(base)) {
      if (!selectionSet) throw new Error(`${base.name} needs a selection`);
      return selectionType(selectionSet, base, fragments, named, schema, indent);
    }
    return named.reference(base as GraphQLEnumType | GraphQLScalarType);
  };
  return type instanceof GraphQLNonNull ? nonNull(type.ofType) : `${nonNull(type)} | null`;
}

/** The fragments an operation uses, directly or through other fragments, each once. */
function fragmentsUsed(
  node: OperationDefinitionNode | FragmentDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): FragmentDefinitionNode[] {
  const used: FragmentDefinitionNode[] = [];
  visit(node, {
    FragmentSpread(spread) {
      const fragment = fragments.get(spread.name.value);
      if (!fragment || seen.has(spread.name.value)) return;
      seen.add(spread.name.value);
      used.push(fragment, ...fragmentsUsed(fragment, fragments, seen));
    },
  });
  return used;
}

function generate(): void {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const files = readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort();
  const document = parse(
    files.map((file) => readFileSync(path.join(OPERATIONS_DIR, file), 'utf8')).join('\n'),
  );
  const errors = validate(schema, document);
  if (errors.length) {
    throw new Error(
      `operations/ does not validate against ${SCHEMA_FILE}:\n${errors.map(String).join('\n')}`,
    );
  }
  const fragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const named = new NamedTypes();
  const operations: string[] = [];
  const manifest: { id: string; name: string; type: string; body: string }[] = [];

  const fragmentTypes = [...fragments.values()].map((fragment) => {
    const on = schema.getType(fragment.typeCondition.name.value);
    if (!on || !isCompositeType(on))
      throw new Error(`fragment ${fragment.name.value}: no type ${fragment.typeCondition.name.value}`);
    return `export type ${fragment.name.value}Fragment = ${selectionType(fragment.selectionSet, on, fragments, named, schema, '')};`;
  });
  for (const operation of document.definitions) {
    if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
    const name = operation.name?.value;
    if (!name) throw new Error('every operation needs a name: the gateway logs and counts them by name');
    const root = schema.getRootType(operation.operation);
    if (!root) throw new Error(`the schema has no ${operation.operation} type`);
    // Printed as clients send it: the safelist matches the hash of exactly this text.
    const body = print({
      kind: Kind.DOCUMENT,
      definitions: [operation, ...fragmentsUsed(operation, fragments, new Set())],
    });
    const hash = createHash('sha256').update(body).digest('hex');
    manifest.push({ id: hash, name, type: operation.operation, body });

    const variables = (operation.variableDefinitions ?? []).map((definition) => {
      const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
      if (!type) throw new Error(`${name}: unknown type of $${definition.variable.name.value}`);
      const optional = !(type instanceof GraphQLNonNull) || definition.defaultValue !== undefined;
      return `  ${definition.variable.name.value}${optional ? '?' : ''}: ${named.input(type)};`;
    });
    const result = selectionType(operation.selectionSet, root, fragments, named, schema, '');
    operations.push(
      [
        `export interface ${name}Variables {\n${variables.join('\n')}\n}`,
        `export type ${name}Result = ${result};`,
        `export const ${name}: Operation<${name}Result, ${name}Variables> = {\n  name: '${name}',\n  hash: '${hash}',\n  document: ${JSON.stringify(body)},\n};`,
      ].join('\n\n'),
    );
  }

  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(
    path.join(OUTPUT_DIR, 'operations.ts'),
    `// Generated by scripts/generate.ts from operations/*.graphql and schema/api.graphql: do not edit.

/** An operation of the portal: its name, the text it is sent as, and that text's SHA-256. */
export interface Operation<Result, Variables> {
  name: string;
  hash: string;
  document: string;
  /** Never set: carries the result and variables types to the client. */
  readonly types?: { result: Result; variables: Variables };
}

${named.print()}

${fragmentTypes.join('\n\n')}

${operations.join('\n\n')}
`,
  );
  writeFileSync(
    path.join(OUTPUT_DIR, 'persisted-query-manifest.json'),
    `${JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: manifest }, null, 2)}\n`,
  );
  process.stdout.write(
    `${manifest.length} operations from ${files.length} files into ${path.relative(ROOT, OUTPUT_DIR)}/\n`,
  );
}

generate();
