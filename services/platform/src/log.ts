/**
 * Structured JSON logs (pino). One logger per service, children per component. Every line
 * written inside a traced request or event carries its `trace_id` (and `span_id`): one write can
 * be followed across the gateway's and the projector's logs (tracing.ts).
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import { traceFields } from './tracing';

export type { Logger };

export function createLogger(
  service: string,
  level: string = process.env.LOG_LEVEL ?? 'info',
  /** Where the lines go (stdout unless given; tests capture them). */
  destination?: DestinationStream,
): Logger {
  const options = { name: service, level, base: { service }, mixin: () => traceFields() };
  return destination ? pino(options, destination) : pino(options);
}
