import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-node';

/** The instrumentation scope of every span Provenant makes. */
export const TRACER_NAME = 'provenant';
const DEFAULT_SERVICE_NAME = 'provenant';

/**
 * Tracing is off unless the standard OpenTelemetry variables ask for it: an OTLP endpoint
 * (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) or OTEL_TRACES_EXPORTER=otlp.
 * OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none keep it off.
 */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  if (exporters.includes('none')) return false;
  return exporters.includes('otlp') || Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

let installed = 0;

/**
 * Whether a tracer provider is installed (startTracing). Without one every span is a no-op that still
 * costs its allocations and closures on every request, so the request path makes none.
 */
export const tracingActive = (): boolean => installed > 0;

/**
 * Installs the global tracer provider. Without an exporter given (tests give an in-memory one), spans
 * go in batches to the OTLP/HTTP exporter, which reads its endpoint, headers and timeout from the
 * OTEL_EXPORTER_OTLP_* variables; OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES name the service.
 */
export function startTracing(opts: { exporter?: SpanExporter } = {}): { shutdown: () => Promise<void> } {
  const resource = resourceFromAttributes({ 'service.name': DEFAULT_SERVICE_NAME }).merge(detectResources({ detectors: [envDetector] }));
  const processor = opts.exporter ? new SimpleSpanProcessor(opts.exporter) : new BatchSpanProcessor(new OTLPTraceExporter());
  const provider = new NodeTracerProvider({ resource, spanProcessors: [processor] });
  provider.register();
  installed++;
  return {
    shutdown: () => {
      installed--;
      return provider.shutdown();
    },
  };
}
