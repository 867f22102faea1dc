/**
 * Every HTTP request runs in a span: the child of the caller's `traceparent` when it sends one,
 * else the root of a new trace. The trace id is answered in `traceresponse` (W3C Trace Context
 * Level 2), so a client can quote it; events the request publishes carry it to the projector.
 */
import {
  SpanKind,
  SpanStatusCode,
  headersOf,
  tracer,
  withSpan,
  contextFrom,
  type Span,
} from '@chainlift/platform';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

const SPAN = Symbol('chainlift.span');
type Traced = Request & { [SPAN]?: Span };

export const traceRequests: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
  const span = tracer().startSpan(
    `${req.method} ${req.baseUrl}${req.path}`,
    {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': req.method, 'url.path': req.originalUrl.split('?')[0]! },
    },
    contextFrom(req.headers),
  );
  (req as Traced)[SPAN] = span;
  const { traceparent } = withSpan(span, () => headersOf());
  if (traceparent) res.setHeader('traceresponse', traceparent);
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    span.setAttribute('http.response.status_code', res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  res.once('finish', end);
  res.once('close', end);
  withSpan(span, next);
};

/**
 * Back in the request's span after a middleware that waited on the request stream (a body
 * parser): its callbacks run in the socket's async context, not the request's.
 */
export const resumeTrace: RequestHandler = (req: Request, _res: Response, next: NextFunction) => {
  const span = (req as Traced)[SPAN];
  const operation = (req.body as { operationName?: unknown } | undefined)?.operationName;
  if (span && typeof operation === 'string') span.setAttribute('graphql.operation.name', operation);
  if (span) withSpan(span, next);
  else next();
};
