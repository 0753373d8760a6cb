/// <reference lib="dom" />
// The explorer page's script, bundled by bundle.ts with everything it imports: the page loads
// nothing from anywhere but the gateway.
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

/** The page is served at the GraphQL endpoint itself (GET /graphql from a browser). */
const endpoint = window.location.pathname;

const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  // The pre-filled key is empty until a developer pastes theirs: an empty header is not sent.
  for (const [name, value] of Object.entries(options?.headers ?? {})) {
    if (value !== '' && value !== null && value !== undefined) headers[name] = String(value);
  }
  const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify(params) });
  return response.json();
};

const DEFAULT_QUERY = `# Passerelle: one graph for the digital-inclusion portals.
# Paste your portal key into X-Portal-Key under Headers, then run with Ctrl-Enter.
# examples/operations/ in the repository has the operations of a portal's main pages.
{
  regions {
    code
    name
  }
}
`;

const container = document.getElementById('explorer');
if (container) {
  createRoot(container).render(
    createElement(
      GraphiQL,
      {
        fetcher,
        defaultQuery: DEFAULT_QUERY,
        defaultHeaders: JSON.stringify({ 'X-Portal-Key': '' }, null, 2),
        defaultEditorToolsVisibility: 'headers',
      },
      createElement(GraphiQL.Logo, null, 'Passerelle'),
    ),
  );
}
