import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getOperationAST,
  getVariableValues,
  NoDeprecatedCustomRule,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { readCommittedFile } from '../compose';

/**
 * examples/operations/: what a portal's main pages ask, checked against the API schema front ends
 * generate their clients from, so that they never drift from it. Each file holds one operation and
 * a `# Variables:` line with example values, checked too.
 */

const EXAMPLES = path.join(__dirname, '..', '..', 'examples', 'operations');
const schema = buildSchema(readCommittedFile('api.graphql'));
const files = readdirSync(EXAMPLES)
  .filter((file) => file.endsWith('.graphql'))
  .sort();

describe('example operations', () => {
  it("cover a portal's main pages", () => {
    expect(files).toEqual([
      'department-governance.graphql',
      'funding-programmes.graphql',
      'place.graphql',
      'places-near.graphql',
      'portal-home.graphql',
    ]);
  });

  it.each(files)(
    '%s is valid against api.graphql, asks no deprecated field and its variables fit',
    (file) => {
      const source = readFileSync(path.join(EXAMPLES, file), 'utf8');
      const document = parse(source);
      const errors = validate(schema, document, [...specifiedRules, NoDeprecatedCustomRule]);
      expect(errors.map((error) => error.message)).toEqual([]);
      const operation = getOperationAST(document);
      if (!operation) throw new Error(`${file} must hold exactly one operation`);
      const variables = /^# Variables: (.+)$/m.exec(source)?.[1];
      if (!variables) throw new Error(`${file} has no "# Variables:" line`);
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], JSON.parse(variables));
      expect(coerced.errors?.map((error) => error.message) ?? []).toEqual([]);
    },
  );
});
