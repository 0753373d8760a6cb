import type { PortalConfig } from './config';
import type { Operation } from './generated/operations';

interface GraphQLResponse<Result> {
  data?: Result | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** What went wrong, told to the visitor in French; `code` is the gateway's `extensions.code`. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/**
 * Sends the portal's operations to the gateway with its portal header, by hash first (persisted
 * queries: a portal in safelist mode accepts nothing else), and with the document only when the
 * gateway does not know the hash yet.
 */
export class GraphQLClient {
  constructor(
    private readonly config: PortalConfig,
    /** Told when an answer came without some of its parts (a service of the graph did not answer). */
    private readonly onPartialAnswer: () => void = () => {},
  ) {}

  private headers(): Record<string, string> {
    const portal: Record<string, string> = this.config.key
      ? { 'X-Portal-Key': this.config.key }
      : { 'X-Portal': this.config.slug };
    return { 'content-type': 'application/json', ...portal };
  }

  private async send<Result>(body: object): Promise<GraphQLResponse<Result>> {
    let response: Response;
    try {
      response = await fetch(this.config.gatewayUrl, {
        method: 'POST',
        headers: this.headers(),
        body: JSON.stringify(body),
      });
    } catch {
      throw new GraphQLRequestError(
        'Le service ne répond pas. Vérifiez votre connexion et réessayez.',
        undefined,
      );
    }
    const answer = (await response.json().catch(() => ({}))) as GraphQLResponse<Result>;
    if (!response.ok && !answer.errors) {
      throw new GraphQLRequestError(`Le service a répondu par une erreur (${response.status}).`, undefined);
    }
    return answer;
  }

  async request<Result, Variables>(
    operation: Operation<Result, Variables>,
    variables: Variables,
  ): Promise<Result> {
    const persistedQuery = { version: 1, sha256Hash: operation.hash };
    const base = { operationName: operation.name, variables, extensions: { persistedQuery } };
    let answer = await this.send<Result>(base);
    if (answer.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') {
      answer = await this.send<Result>({ ...base, query: operation.document });
    }
    // A partial answer (a subgraph UNAVAILABLE) still shows what came back, and says so.
    if (answer.data) {
      if (answer.errors?.length) this.onPartialAnswer();
      return answer.data;
    }
    const error = answer.errors?.[0];
    throw new GraphQLRequestError(error?.message ?? 'Réponse vide du service.', error?.extensions?.code);
  }
}
