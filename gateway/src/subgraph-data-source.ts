import type { CacheHint } from '@apollo/cache-control-types';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '@passerelle/platform/auth';
import { CACHE_TAGS_EXTENSION } from '@passerelle/platform/cache';
import { REQUEST_ID_HEADER, type RequestContext, type StaleContentNotice } from '@passerelle/platform/http';
import { type DocumentNode, Kind, type OperationDefinitionNode, parse, type SelectionSetNode } from 'graphql';
import type { FetchOutcome } from './observability/metrics';
import type { AdmittedPortal } from './portals/admission';
import { type PostedAnswer, SubgraphConnection, SubgraphTimeoutError } from './subgraph-post';

export interface GatewayContext extends RequestContext {
  /** The Authorization header sent on to the subgraphs (verified here; see caller-identity.ts), which they verify again. */
  authorization: string | undefined;
  /** The portal the request was admitted for; none: the national graph. */
  portal: AdmittedPortal | undefined;
  /** Stale-content notices of the subgraph responses, passed on to the client. */
  staleContent: StaleContentNotice[];
  /** What the subgraphs' answers showed (cache tags), for the response cache. */
  cacheTags: Set<string>;
}

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
type SubgraphRequest = ProcessOptions['request'];
type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;
type SubgraphError = NonNullable<GatewayGraphQLResponse['errors']>[number];

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  /** Signs every request, so that the subgraph knows it comes from the gateway. */
  gatewaySecret: string;
  /** How long a subgraph may take to answer before its fields are answered UNAVAILABLE. */
  timeoutMs: number;
  /** Told how each fetch ended and how long it took (metrics). */
  onFetch?: (outcome: FetchOutcome, seconds: number) => void;
}

/** Response names of the fields a selection set asks for, `__typename` aside. */
function responseNames(selectionSet: SelectionSetNode | undefined): string[] {
  return (selectionSet?.selections ?? []).flatMap((selection) =>
    selection.kind === Kind.FIELD && selection.name.value !== '__typename'
      ? [selection.alias?.value ?? selection.name.value]
      : [],
  );
}

/**
 * The answer standing in for a subgraph that failed: no data, and one typed error on each field
 * the fetch asked for, with its path, so that the gateway answers what the other subgraphs gave
 * and nulls only what this one owed. An entity fetch (`_entities`) gets an error on each of its
 * entities' fields; the gateway maps `_entities` paths to the client's own.
 */
function unavailableResponse(
  request: SubgraphRequest,
  document: DocumentNode | undefined,
  message: string,
  extensions: Record<string, unknown>,
): GatewayGraphQLResponse {
  const operation = (document ?? parse(request.query ?? '{ __typename }')).definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const error = (path: (string | number)[]): SubgraphError => ({ message, path, extensions });
  const entities = operation?.selectionSet.selections.find(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === '_entities',
  );
  if (entities?.kind === Kind.FIELD) {
    const representations = (request.variables?.representations ?? []) as { __typename?: string }[];
    const fieldsByType = new Map<string, string[]>();
    for (const selection of entities.selectionSet?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT && selection.typeCondition) {
        fieldsByType.set(selection.typeCondition.name.value, responseNames(selection.selectionSet));
      }
    }
    return {
      data: { _entities: representations.map(() => null) },
      errors: representations.flatMap((representation, index) =>
        (fieldsByType.get(representation.__typename ?? '') ?? []).map((field) =>
          error(['_entities', index, field]),
        ),
      ),
    };
  }
  return { data: null, errors: responseNames(operation?.selectionSet).map((field) => error([field])) };
}

const CACHEABLE = /^max-age=(\d+), (public|private)$/;

/** A subgraph's Cache-Control, as its Apollo Server writes it (anything else: not cacheable). */
function cacheHintOf(header: string | undefined): CacheHint {
  const match = header ? CACHEABLE.exec(header) : null;
  if (!match) return { maxAge: 0 };
  return { maxAge: Number(match[1]), scope: match[2] === 'public' ? 'PUBLIC' : 'PRIVATE' };
}

/** A fetch whose operation is a mutation (the gateway's fetches start with their keyword). */
const MUTATION = /^\s*mutation\b/;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A subgraph's error answer (4xx), when it is a GraphQL response: its errors, nothing about the server. */
function clientErrors(body: unknown): SubgraphError[] | undefined {
  if (!body || typeof body !== 'object' || !Array.isArray((body as { errors?: unknown }).errors)) return;
  return ((body as { errors: unknown[] }).errors as Record<string, unknown>[]).map((error) => ({
    message: typeof error.message === 'string' ? error.message : 'the request was refused',
    ...(Array.isArray(error.path) ? { path: error.path as (string | number)[] } : {}),
    extensions: { code: (error.extensions as { code?: unknown } | undefined)?.code ?? 'BAD_REQUEST' },
  }));
}

/**
 * Sends the gateway's fetches to one subgraph: signed, with the request id (to follow a request
 * through every service's logs) and the caller's Authorization header, within a timeout. A
 * subgraph that is down, stalled or failing never fails the whole request: its fields are answered
 * with `UNAVAILABLE` errors, and its own client errors pass on with their codes, never its URL or
 * response body.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  /** Identical queries in flight (same body, same caller): one fetch, its answer read by each. */
  private readonly inFlight = new Map<string, Promise<PostedAnswer>>();
  private readonly connection: SubgraphConnection;

  constructor(private readonly options: SubgraphDataSourceOptions) {
    this.connection = new SubgraphConnection(options.url);
  }

  /** Closes the connections kept open to the subgraph. */
  close(): void {
    this.connection.close();
  }

  /**
   * Many visitors opening the same page at once send the subgraph the same fetches: it answers
   * one of them for all. Mutations are never shared; each caller parses the text for itself, so
   * no two requests share an object the gateway might change.
   */
  private fetchOnce(
    request: SubgraphRequest,
    body: string,
    headers: Record<string, string>,
    authorization: string | undefined,
  ) {
    const shared = !MUTATION.test(request.query ?? '');
    const key = `${authorization ?? ''}\n${body}`;
    const inFlight = shared ? this.inFlight.get(key) : undefined;
    if (inFlight) return inFlight;
    const answer = this.connection.post(body, headers, this.options.timeoutMs);
    if (!shared) return answer;
    this.inFlight.set(key, answer);
    const forget = () => this.inFlight.delete(key);
    answer.then(forget, forget);
    return answer;
  }

  async process(processOptions: ProcessOptions): Promise<GatewayGraphQLResponse> {
    const { request } = processOptions;
    const context = processOptions.context as GatewayContext;
    const document = 'document' in processOptions ? processOptions.document : undefined;
    const body = JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
    });
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(this.options.gatewaySecret, body, context.authorization),
    };
    if (context.requestId) headers[REQUEST_ID_HEADER] = context.requestId;
    if (context.authorization) headers.authorization = context.authorization;

    const started = process.hrtime.bigint();
    const ended = (outcome: FetchOutcome) =>
      this.options.onFetch?.(outcome, Number(process.hrtime.bigint() - started) / 1e9);
    // The response as a whole may be cached as long as its shortest-lived fetch, and shows what each showed.
    const restrictCachePolicy = (hint: CacheHint) => {
      if ('incomingRequestContext' in processOptions) {
        processOptions.incomingRequestContext.overallCachePolicy.restrict(hint);
      }
    };
    const unavailable = (reason: string, detail: Record<string, unknown> = {}) => {
      restrictCachePolicy({ maxAge: 0 });
      context.logger.warn({ subgraph: this.options.name, reason, ...detail }, 'subgraph unavailable');
      return unavailableResponse(
        request,
        document,
        `the ${this.options.name} service is unavailable: ${reason}`,
        {
          code: 'UNAVAILABLE',
          service: this.options.name,
        },
      );
    };
    let response: PostedAnswer;
    try {
      response = await this.fetchOnce(request, body, headers, context.authorization);
    } catch (error) {
      const timedOut = error instanceof SubgraphTimeoutError;
      ended(timedOut ? 'timeout' : 'unreachable');
      return timedOut
        ? unavailable(`no answer within ${this.options.timeoutMs} ms`)
        : unavailable('it cannot be reached', { err: error });
    }
    const parsed = parseJson(response.text);
    ended(
      response.status === 403
        ? 'refused'
        : response.status >= 500 || !parsed || typeof parsed !== 'object'
          ? 'server_error'
          : response.status >= 400
            ? 'client_error'
            : 'ok',
    );
    if (response.status === 403) {
      // Only the gateway's signature is refused with a 403: both sides must share GATEWAY_SECRET.
      context.logger.error({ subgraph: this.options.name }, 'the subgraph refused the gateway signature');
      return unavailable('it refused the gateway signature');
    }
    if (response.status >= 500 || !parsed || typeof parsed !== 'object') {
      return unavailable(`it answered ${response.status}${parsed ? '' : ' without a GraphQL response'}`);
    }
    if (response.status >= 400) {
      const errors = clientErrors(parsed);
      return errors ? { errors } : unavailable(`it answered ${response.status}`);
    }
    const result = parsed as GatewayGraphQLResponse;
    const notice = result.extensions?.content as StaleContentNotice | undefined;
    if (notice?.stale) context.staleContent.push(notice);
    restrictCachePolicy(cacheHintOf(response.cacheControl));
    for (const tag of (result.extensions?.[CACHE_TAGS_EXTENSION] as string[] | undefined) ?? []) {
      context.cacheTags.add(tag);
    }
    return result;
  }
}
