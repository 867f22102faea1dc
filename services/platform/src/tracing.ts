/**
 * Traces: the W3C trace context of a write (`traceparent`) from the HTTP request, through the
 * Kafka message headers, to the projector's apply and back in the outcome. Every process keeps a
 * trace id in its async context (OpenTelemetry's API and SDK), the logger stamps it on each line
 * (log.ts), and with OTEL_EXPORTER_OTLP_ENDPOINT set the spans are exported over OTLP/HTTP (the
 * exporter reads the standard OTEL_* variables itself: endpoint, headers, timeout, batch delay).
 */
import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  context,
  propagation,
  trace,
  type Context,
  type Link,
  type Span,
  type SpanOptions,
  type Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export {
  SpanKind,
  SpanStatusCode,
  type Context as TraceContext,
  type Span,
} from '@opentelemetry/api';

/** Kafka header / HTTP header that carries the trace context (W3C Trace Context). */
export const TRACEPARENT = 'traceparent';

interface Tracing {
  provider: NodeTracerProvider;
  exporting: boolean;
}

let installed: Tracing | undefined;

/**
 * Registers the process's tracer provider once (later calls return the first): trace ids are
 * always made and propagated; spans are exported only when OTEL_EXPORTER_OTLP_ENDPOINT (or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set. OTEL_SERVICE_NAME overrides `service`.
 */
export function startTracing(
  service: string,
  env: NodeJS.ProcessEnv = process.env,
): { exporting: boolean; shutdown(): Promise<void> } {
  if (!installed) {
    const exporting = Boolean(
      env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim(),
    );
    const provider = new NodeTracerProvider({
      resource: resourceFromAttributes({
        'service.name': env.OTEL_SERVICE_NAME?.trim() || `chainlift-${service}`,
        'service.namespace': 'chainlift',
      }),
      spanProcessors: exporting ? [new BatchSpanProcessor(new OTLPTraceExporter())] : [],
    });
    provider.register({ propagator: new W3CTraceContextPropagator() });
    installed = { provider, exporting };
  }
  const { provider, exporting } = installed;
  return {
    exporting,
    // Flushes the spans still queued (on SIGTERM, before the process exits).
    shutdown: () => provider.forceFlush().catch(() => undefined),
  };
}

/** The platform's tracer (a no-op until startTracing registered a provider). */
export const tracer = (): Tracer => trace.getTracer('chainlift');

/** The trace context carried by `headers` (HTTP request headers or a Kafka message's headers). */
export function contextFrom(
  headers: Record<string, string | string[] | undefined>,
  base: Context = context.active(),
): Context {
  return propagation.extract(base, headers, {
    get: (carrier, key) => {
      const value = carrier[key];
      return Array.isArray(value) ? value[0] : value;
    },
    keys: (carrier) => Object.keys(carrier),
  });
}

/** `traceparent` (and `tracestate`) of a context, as headers to send on. */
export function headersOf(ctx: Context = context.active()): Record<string, string> {
  const headers: Record<string, string> = {};
  propagation.inject(ctx, headers);
  return headers;
}

/** The trace and span id of the active span, for log lines; empty when there is none. */
export function traceFields(ctx: Context = context.active()): {
  trace_id?: string;
  span_id?: string;
} {
  const span = trace.getSpanContext(ctx);
  if (!span || !trace.isSpanContextValid(span)) return {};
  return { trace_id: span.traceId, span_id: span.spanId };
}

/** The trace id a `traceparent` header names, if it is well-formed. */
export function traceIdOf(traceparent: string | undefined): string | undefined {
  return /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/.exec(traceparent ?? '')?.[1];
}

/** Runs `work` in a new active span (ended when it settles; an error marks it failed). */
export async function inSpan<T>(
  name: string,
  options: SpanOptions & { parent?: Context; links?: Link[] },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = options.parent ?? context.active();
  return tracer().startActiveSpan(name, options, parent, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({
        code: SpanStatusCode.ERROR,
        message: (error as Error).message?.split('\n')[0],
      });
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * A span for one consumed message (an event the projector applies): the child of the trace its
 * headers carry (the writing request's), or the root of a new trace when they carry none.
 */
export function consumerSpan(
  name: string,
  headers: Record<string, string>,
  attributes: Record<string, string | number | boolean> = {},
): Span {
  return tracer().startSpan(
    name,
    { kind: SpanKind.CONSUMER, attributes },
    contextFrom(headers, ROOT_CONTEXT),
  );
}

/** A span that stands for work on behalf of several traces (a transaction of many writes), linked to each. */
export function linkedSpan(
  name: string,
  spans: Span[],
  attributes: Record<string, string | number | boolean> = {},
): Span {
  return tracer().startSpan(
    name,
    { attributes, links: spans.map((s) => ({ context: s.spanContext() })), root: true },
    ROOT_CONTEXT,
  );
}

/** The headers that make a message sent on continue `span`'s trace. */
export const headersOfSpan = (span: Span): Record<string, string> =>
  headersOf(trace.setSpan(ROOT_CONTEXT, span));

/** Runs `work` with `span` active: log lines and messages sent inside carry its trace. */
export const withSpan = <T>(span: Span, work: () => T): T =>
  context.with(trace.setSpan(context.active(), span), work);
