import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { NodeSDK } from '@opentelemetry/sdk-node';

/**
 * OpenTelemetry traces of the gateway's HTTP requests (incoming, and its calls to the subgraphs
 * over `http`) and of its express routes, exported over OTLP/HTTP to
 * `OTEL_EXPORTER_OTLP_ENDPOINT` (`/v1/traces`). The SDK reads the other `OTEL_*` variables
 * (service name, sampler, batch delay). Only traces: Prometheus has the metrics, the logs stay on
 * stdout. Must start before express is loaded, which it patches as it loads.
 * Resolves, once stopped, when the last spans are sent.
 */
export function startTracing(serviceName: string): () => Promise<void> {
  const sdk = new NodeSDK({
    serviceName,
    traceExporter: new OTLPTraceExporter(),
    instrumentations: [
      // Probes and scrapes would be most of the spans otherwise.
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|health|metrics)\b/.test(req.url ?? ''),
      }),
      new ExpressInstrumentation(),
    ],
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  return () => sdk.shutdown();
}
