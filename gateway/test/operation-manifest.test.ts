import { parse, print } from 'graphql';
import { type RegisteredOperation, readOperationManifest } from '../src/portals/operation-manifest';

describe('registered operations', () => {
  it('are each operation of a .graphql file with the fragments it uses, printed as clients send them', () => {
    const source = `
      fragment Name on Place { name }
      fragment Where on Place { commune { name } ...Name }
      query Places { places { edges { node { ...Where } } } }
      query Count { places { totalCount } }`;
    const operations = readOperationManifest('operations.graphql', source);
    expect(operations.map((operation) => operation.name)).toEqual(['Places', 'Count']);
    const [places, count] = operations as [RegisteredOperation, RegisteredOperation];
    expect(places.document).toContain('fragment Where');
    expect(places.document).toContain('fragment Name');
    expect(count.document).toBe(print(parse('query Count { places { totalCount } }')));
  });

  it('are the bodies of an Apollo persisted-query manifest, or of a { hash: document } map', () => {
    const apollo = JSON.stringify({
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [
        { id: 'abc', name: 'Count', type: 'query', body: 'query Count { places { totalCount } }' },
      ],
    });
    expect(readOperationManifest('manifest.json', apollo)).toEqual([
      { name: 'Count', document: 'query Count { places { totalCount } }' },
    ]);
    expect(readOperationManifest('map.json', JSON.stringify({ abc: '{ __typename }' }))).toEqual([
      { name: null, document: '{ __typename }' },
    ]);
  });

  it('name the file and the place of a mistake', () => {
    expect(() => readOperationManifest('broken.graphql', 'query {\n  places {')).toThrow(
      /^broken\.graphql:2:\d+: Syntax Error/,
    );
    expect(() => readOperationManifest('broken.json', '{')).toThrow(/^broken\.json: not valid JSON/);
    expect(() => readOperationManifest('list.json', JSON.stringify({ operations: [{ name: 'x' }] }))).toThrow(
      'list.json: operation 1 has no body',
    );
  });
});
