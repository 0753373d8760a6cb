import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { NodeSDK } from '@opentelemetry/sdk-node';

/**
 * OpenTelemetry traces of the gateway's incoming HTTP requests, its express middleware and its
 * fetches from the subgraphs (over `node:http`, with the trace context sent on) and its other
 * fetches (`fetch`, undici's: the CMS's portals, health checks), exported over OTLP/HTTP to
 * `OTEL_EXPORTER_OTLP_ENDPOINT` (`/v1/traces`). The SDK reads the other `OTEL_*` variables
 * (sampler, batch delay, headers). Only traces: Prometheus has the metrics, the logs stay on
 * stdout. Must start before express is loaded, which it patches as it loads.
 * Resolves, once stopped, when the last spans are sent.
 */
export function startTracing(serviceName: string): () => Promise<void> {
  const sdk = new NodeSDK({
    // OTEL_SERVICE_NAME, when set, names it instead (replicas, deployments).
    serviceName: process.env.OTEL_SERVICE_NAME || serviceName,
    traceExporter: new OTLPTraceExporter(),
    instrumentations: [
      // Probes and scrapes would be most of the spans otherwise.
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|health|metrics)\b/.test(req.url ?? ''),
      }),
      new ExpressInstrumentation(),
      new UndiciInstrumentation(),
    ],
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  return () => sdk.shutdown();
}
