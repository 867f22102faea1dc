/**
 * HTTP errors as JSON, never Express's HTML page with a stack trace: a body that is not JSON is
 * 400, a body over the size limit 413, a query text over the cap 400, an unknown API path 404,
 * anything else 500 with an error id (the log keeps the detail). /graphql answers in GraphQL's
 * shape (`{ errors: [{ message, extensions: { code } }] }`), the other API routes as /ingest does
 * (`{ error: { code, message } }`).
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '@chainlift/platform';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { MAX_QUERY_CHARS, queryTooLong } from '../graphql/limits';

interface BodyParserError extends Error {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

const isGraphql = (req: Request) => req.originalUrl.startsWith('/graphql');

export function sendError(
  req: Request,
  res: Response,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): void {
  if (res.headersSent) return;
  if (isGraphql(req))
    res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
  else res.status(status).json({ error: { code, message, ...extra } });
}

/** What a body-parser failure means to the caller. */
function describe(error: BodyParserError): { status: number; code: string; message: string } {
  switch (error.type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' };
    case 'entity.too.large':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: 'The request body is larger than this endpoint accepts.',
      };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return {
        status: 415,
        code: 'BAD_REQUEST',
        message: 'The request body encoding is not supported.',
      };
    case 'request.aborted':
    case 'request.size.invalid':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body was incomplete.' };
    default: {
      const status = error.status ?? error.statusCode ?? 500;
      return status >= 400 && status < 500 && error.expose
        ? { status, code: 'BAD_REQUEST', message: error.message }
        : { status: 500, code: 'INTERNAL_SERVER_ERROR', message: '' };
    }
  }
}

/** The last middleware: every error any route passes on becomes a JSON answer. */
export function jsonErrors(log: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const described = describe(error as BodyParserError);
    if (described.status < 500) {
      sendError(req, res, described.status, described.code, described.message);
      return;
    }
    const errorId = randomUUID();
    log.error({ err: error, errorId, path: req.path }, 'unexpected error in an HTTP request');
    sendError(req, res, 500, 'INTERNAL_SERVER_ERROR', `Unexpected error (id ${errorId})`, {
      errorId,
    });
  };
}

/** Refuses a GraphQL query text over the cap before it is parsed (POST body or GET parameter). */
export const queryCap: RequestHandler = (req, res, next) => {
  const fromBody = (req.body as { query?: unknown } | undefined)?.query;
  const query = typeof fromBody === 'string' ? fromBody : req.query.query;
  if (typeof query === 'string' && query.length > MAX_QUERY_CHARS) {
    sendError(req, res, 400, 'BAD_REQUEST', queryTooLong(query).message);
    return;
  }
  next();
};

/** Unknown paths under the API prefixes answer 404 in JSON (the web app serves everything else). */
export const apiNotFound: RequestHandler = (req, res) =>
  sendError(req, res, 404, 'NOT_FOUND', `No such endpoint: ${req.method} ${req.path}`);
