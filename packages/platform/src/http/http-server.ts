import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ApolloServer,
  type ApolloServerOptions,
  type ApolloServerPlugin,
  type BaseContext,
} from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import { ConfigurationError } from '../errors';
import type { Logger } from '../service/logger';
import { formatError, isClientError } from './format-error';
import { mountHealthRoutes } from './health-routes';
import { type OperationLimits, operationGuard } from './operation-guard-plugin';
import { bindContext, markExecuted, type Refusal, watchRefusal } from './refusals';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What every request's context carries, whatever the service. */
export interface RequestContext extends BaseContext {
  requestId: string;
  logger: Logger;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  [detail: string]: unknown;
}

export interface GraphQLHttpServerOptions<Context extends RequestContext> {
  /** Service name, for logs and the health report. */
  name: string;
  port: number;
  host?: string;
  /** The environment variable the port came from, named when the port is busy. */
  portSetting: string;
  logger: Logger;
  /** Either a schema or a gateway, plus any service-specific Apollo options. */
  apollo: Omit<ApolloServerOptions<Context>, 'formatError' | 'plugins'> & {
    plugins?: ApolloServerPlugin<Context>[];
  };
  context: (base: RequestContext, req: Request, res: Response) => Promise<Context> | Context;
  health?: () => Promise<HealthReport>;
  /** Largest accepted request body (express size string). */
  bodyLimit?: string;
  /** Depth, cost, alias, token and directive limits of every operation; introspection and suggestions. */
  limits: OperationLimits;
  /**
   * Why a GraphQL request is refused before it is read (it is not signed by the gateway, say), or
   * undefined to serve it; it sees the raw body as received.
   */
  refuseRequest?: (req: Request, rawBody: Buffer) => string | undefined;
  /**
   * Steps of every /graphql request (OPTIONS included) after its request id is set: `beforeBody`
   * ones run before the body is read (admission, CORS, rate limits: cheap refusals), `afterBody`
   * ones see the parsed JSON body (a safelist) before the document's shape is checked.
   */
  admission?: { beforeBody?: RequestHandler[]; afterBody?: RequestHandler[] };
  /** Which proxies' X-Forwarded-For to believe for the client's IP (express `trust proxy`). */
  trustProxy?: string;
  /** Service-specific HTTP routes mounted beside /graphql (exports, webhooks...). */
  routes?: (app: Express) => void;
  /** Log every request at info (the gateway) or at debug (subgraphs, to keep logs readable). */
  requestLogLevel?: 'info' | 'debug';
  /**
   * Sees each /graphql request answered before GraphQL ran (to count it); what it returns is added
   * to that request's log line.
   */
  onRefusal?: (refusal: Refusal, req: Request, res: Response) => Record<string, unknown>;
  /**
   * Compress /graphql answers over 1 KB for clients that accept it (the gateway, whose clients are
   * far; subgraphs answer it on a local network, where compressing costs more than it saves).
   */
  compress?: boolean;
}

/** Headers of every response: no content sniffing, and HTML pages (the explorer) may not be framed. */
const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // The gateway's explorer is bundled and served by the gateway itself: no other host, no inline
  // script. GraphiQL's dialogs add a <style> element at run time; its fonts are data URLs.
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
};

interface RawBodyRequest extends Request {
  rawBody?: Buffer;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** One log line per operation, and the full detail of every internal error. */
function requestLogPlugin<Context extends RequestContext>(
  level: 'info' | 'debug',
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      markExecuted(contextValue);
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const formatted = { message: error.message, extensions: error.extensions };
            if (!isClientError(formatted, error)) {
              contextValue.logger.error(
                { err: error.originalError ?? error, path: error.path },
                'internal error',
              );
            }
          }
        },
        async willSendResponse({ operationName, response }) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          // The server's own time, for clients and benchmarks (browsers show it in their tools).
          response.http.headers.set('server-timing', `graphql;dur=${durationMs.toFixed(1)}`);
          const errors =
            response.body.kind === 'single' ? (response.body.singleResult.errors?.length ?? 0) : 0;
          contextValue.logger[level](
            {
              operationName: operationName ?? null,
              status: response.http.status ?? 200,
              durationMs: Math.round(durationMs * 10) / 10,
              errors,
            },
            'graphql request',
          );
        },
      };
    },
  };
}

/** A request refused by `refuseRequest`: logged, and answered 403 FORBIDDEN by the error handler. */
function requestRefused(logger: Logger, res: express.Response, problem: string): Error {
  logger.warn({ requestId: res.locals.requestId, problem }, 'request refused');
  return Object.assign(new Error(problem), { status: 403 });
}

/** The document of a GraphQL request over HTTP (POST body or GET parameter), if it has one. */
function querySource(req: Request): string | undefined {
  const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' ? query : undefined;
}

function listen(
  server: http.Server,
  port: number,
  host: string | undefined,
  setting: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigurationError(setting, `port ${port} is already in use; free it or choose another port`)
          : error,
      );
    });
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * Starts a GraphQL service over HTTP: POST/GET /graphql, GET /healthz and /readyz, request ids and logs,
 * errors masked unless meant for the client, graceful stop. Used by every subgraph and the gateway.
 */
export async function startGraphQLHttpServer<Context extends RequestContext>(
  options: GraphQLHttpServerOptions<Context>,
): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', options.trustProxy);
  const httpServer = http.createServer(app);
  // Keep connections from the gateway alive longer than its agent does, so no request hits a closing socket.
  httpServer.keepAliveTimeout = 65_000;

  const guard = operationGuard<Context>(options.limits);
  const apollo = new ApolloServer<Context>({
    ...options.apollo,
    formatError,
    introspection: options.limits.introspection,
    // A POST a browser would send without a preflight (text/plain, a form) or a GET without
    // `apollo-require-preflight` is refused: another site's page cannot run operations as its visitor.
    csrfPrevention: true,
    // Counted while parsing: an oversized document is refused before it costs validation time.
    parseOptions: { maxTokens: options.limits.maxTokens },
    // Stack traces name the servers' files: they stay in the logs, whatever NODE_ENV says.
    includeStacktraceInErrorResponses: false,
    // Signals are handled by runService, which stops the server and then the rest of the service.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's landing pages load from its CDN: subgraphs have none, the gateway serves its own explorer.
      ApolloServerPluginLandingPageDisabled(),
      requestLogPlugin<Context>(options.requestLogLevel ?? 'debug'),
      ...guard.plugins,
      ...(options.apollo.plugins ?? []),
    ],
  } as ApolloServerOptions<Context>);
  await apollo.start();
  const shapeRefusal = (source: string | undefined) =>
    source === undefined ? null : guard.checkDocument(source);

  app.use((_req, res, next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    next();
  });
  let stopping = false;
  mountHealthRoutes(app, { name: options.name, ready: options.health, stopping: () => stopping });
  options.routes?.(app);
  app.use(
    '/graphql',
    (req, res, next) => {
      const requestId = req.get(REQUEST_ID_HEADER) || randomUUID();
      res.locals.requestId = requestId;
      res.setHeader(REQUEST_ID_HEADER, requestId);
      // Answered before GraphQL ran (admission, safelist, shape): logged once here instead.
      watchRefusal(req, res, (refusal) => {
        const fields = options.onRefusal?.(refusal, req, res);
        options.logger[options.requestLogLevel ?? 'debug'](
          { requestId, ...refusal, ...fields },
          refusal.status >= 400 ? 'graphql request refused' : 'graphql request answered before execution',
        );
      });
      next();
    },
    ...(options.compress ? [compression({ threshold: 1024 })] : []),
    ...(options.admission?.beforeBody ?? []),
    express.json({
      limit: options.bodyLimit ?? '100kb',
      // Refused before the body is parsed: what the gateway did not sign is never read as JSON.
      verify: (req, res, body) => {
        (req as RawBodyRequest).rawBody = body;
        const problem = options.refuseRequest?.(req as Request, body);
        if (problem) throw requestRefused(options.logger, res as express.Response, problem);
      },
    }),
    // Requests without a JSON body (GET, other content types) are checked here; one with a body
    // was checked, once, while it was read.
    (req, res, next) => {
      if ((req as RawBodyRequest).rawBody) return next();
      const problem = options.refuseRequest?.(req, Buffer.alloc(0));
      next(problem ? requestRefused(options.logger, res, problem) : undefined);
    },
    ...(options.admission?.afterBody ?? []),
    (req, res, next) => {
      const refusal = shapeRefusal(querySource(req));
      if (!refusal) return next();
      res
        .status(400)
        .json({ errors: [{ message: refusal.message, extensions: { code: refusal.extensions.code } }] });
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String(res.locals.requestId);
        const context = await options.context(
          { requestId, logger: options.logger.child({ requestId }) },
          req,
          res,
        );
        bindContext(context, res);
        return context;
      },
    }),
  );
  // Body too large or not JSON: a clear client error instead of an HTML page.
  app.use(
    (
      error: { status?: number; type?: string; message: string },
      _req: Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (!error.status || error.status >= 500) return next(error);
      const code =
        error.status === 403
          ? 'FORBIDDEN'
          : error.type === 'entity.too.large'
            ? 'PAYLOAD_TOO_LARGE'
            : 'BAD_REQUEST';
      res.status(error.status).json({ errors: [{ message: error.message, extensions: { code } }] });
    },
  );

  let port: number;
  try {
    port = await listen(httpServer, options.port, options.host, options.portSetting);
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const url = `http://${options.host && options.host !== '0.0.0.0' ? options.host : 'localhost'}:${port}/graphql`;
  options.logger.info({ url }, `${options.name} ready`);
  return {
    url,
    port,
    stop: () => {
      stopping = true;
      return apollo.stop();
    },
  };
}
