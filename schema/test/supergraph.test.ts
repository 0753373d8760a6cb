import { composeSupergraph, readCommittedFile } from '../compose';

describe('committed schema', () => {
  it('matches what the subgraphs produce (run `npm run compose` after changing a schema)', () => {
    for (const [file, content] of Object.entries(composeSupergraph())) {
      expect({ file, upToDate: readCommittedFile(file) === content }).toEqual({ file, upToDate: true });
    }
  });

  it('keeps the federation directives in the subgraph SDL', () => {
    const directory = readCommittedFile('directory.graphql');
    expect(directory).toContain('@key(fields: "id")');
    expect(directory).toContain('type Department');
  });

  it('gives clients the API schema, without federation internals', () => {
    const api = readCommittedFile('api.graphql');
    expect(api).toContain('type Query {');
    expect(api).not.toMatch(/join__|link__|@link|federation__|_entities|_service|_Any|_Entity/);
  });
});
