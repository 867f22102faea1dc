/**
 * GET /export/<table>.xlsx?<filters>: a table of the web app as an Excel file, built on the server
 * with every row the filters select. Authenticated by the same Bearer token as /graphql; the
 * export runs the table's own GraphQL query (tables.ts) through the schema with the request's
 * context, so the resolver's authorization (auth/authorize.ts), filters and rows are exactly the
 * GraphQL read's. Errors are JSON `{ error: { code, message } }` with the HTTP status of the code.
 */
import { DomainFailure, type BusinessCalendar } from '@chainlift/domain';
import type { Logger } from '@chainlift/platform';
import express, { type Request, type Response } from 'express';
import {
  execute,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { Principal } from '../../auth/principal';
import type { Context } from '../../context';
import { maskErrors } from '../../graphql/errors';
import { sendError } from '../json-errors';
import { EXPORT_TABLES, PAGE_SIZE, type ExportTable } from './tables';
import { writeWorkbook } from './workbook';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** More rows than this in one file is refused (a spreadsheet holds 1,048,576). */
export const MAX_EXPORT_ROWS = 200_000;

const STATUS_OF: Record<string, number> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503,
};

class ExportFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface ExportRouterOptions {
  schema: GraphQLSchema;
  principalOf(authorization: string | undefined): Promise<Principal>;
  contextOf(principal: Principal, clientAddress: string): Context;
  calendar: BusinessCalendar;
  log: Logger;
}

/** Each table's query, parsed and checked against the schema once, at start. */
function compile(
  schema: GraphQLSchema,
): Map<string, { table: ExportTable; document: DocumentNode }> {
  const compiled = new Map<string, { table: ExportTable; document: DocumentNode }>();
  for (const table of EXPORT_TABLES) {
    const document = parse(table.query);
    const errors = validate(schema, document);
    if (errors.length > 0)
      throw new Error(`export ${table.name}: ${errors.map((e) => e.message).join('; ')}`);
    compiled.set(table.name, { table, document });
  }
  return compiled;
}

interface Filters {
  /** The query's variables. */
  variables: Record<string, string>;
  /** Row filters (tables.ts `rowFilters`) and their values. */
  rows: [string, string][];
}

/** The URL's filters as the query's variables and row filters: unknown, repeated or missing ones are refused. */
function filtersOf(table: ExportTable, query: Request['query']): Filters {
  const variables: Record<string, string> = {};
  const rows: [string, string][] = [];
  const rowFilters = table.rowFilters?.filters ?? {};
  const known = [...Object.keys(table.params), ...Object.keys(rowFilters)];
  for (const [name, value] of Object.entries(query)) {
    if (!known.includes(name))
      throw new ExportFailure(
        'BAD_USER_INPUT',
        `${table.name} takes no filter "${name}" (it takes: ${known.join(', ') || 'none'})`,
        { field: name },
      );
    if (typeof value !== 'string')
      throw new ExportFailure('BAD_USER_INPUT', `give the filter "${name}" once`, { field: name });
    if (value === '') continue;
    const rowFilter = rowFilters[name];
    if (!rowFilter) variables[name] = value;
    else if (rowFilter.values.includes(value)) rows.push([name, value]);
    else
      throw new ExportFailure(
        'BAD_USER_INPUT',
        `the filter "${name}" is one of ${rowFilter.values.join(', ')}`,
        { field: name },
      );
  }
  for (const [name, { required }] of Object.entries(table.params))
    if (required && variables[name] === undefined)
      throw new ExportFailure('BAD_USER_INPUT', `${table.name} needs the filter "${name}"`, {
        field: name,
      });
  return { variables, rows };
}

/** The rows the row filters keep (every filter must keep a row). */
function applyRowFilters(
  table: ExportTable,
  data: Record<string, unknown>,
  rows: Filters['rows'],
): Record<string, unknown> {
  const spec = table.rowFilters;
  if (!spec || rows.length === 0) return data;
  const kept = ((data[spec.field] ?? []) as never[]).filter((row) =>
    rows.every(([name, value]) => spec.filters[name]!.keep(row, value)),
  );
  return { ...data, [spec.field]: kept };
}

export function exportRouter(options: ExportRouterOptions): express.Router {
  const { schema, log } = options;
  const tables = compile(schema);
  const formatError = maskErrors(log);

  /** A GraphQL error as the export's failure: the code the GraphQL API would have answered. */
  const failureOf = (error: GraphQLError): ExportFailure => {
    // Variable coercion (a wrong enum value, a malformed date) fails before any resolver runs,
    // with no path: the filters are at fault (the documents themselves are checked at start).
    if (error.path === undefined && !(error.originalError instanceof DomainFailure))
      return new ExportFailure('BAD_USER_INPUT', error.message);
    const formatted = formatError(error.toJSON(), error);
    const { code, ...extra } = formatted.extensions ?? {};
    return new ExportFailure(String(code ?? 'INTERNAL_SERVER_ERROR'), formatted.message, extra);
  };

  async function run(
    document: DocumentNode,
    variables: Record<string, unknown>,
    context: Context,
  ): Promise<Record<string, unknown>> {
    const result = (await execute({
      schema,
      document,
      variableValues: variables,
      contextValue: context,
    })) as ExecutionResult;
    if (result.errors?.length) throw failureOf(result.errors[0]!);
    return (result.data ?? {}) as Record<string, unknown>;
  }

  /** Every row the filters select: a paged query page after page until a short page. */
  async function rowsOf(
    table: ExportTable,
    document: DocumentNode,
    variables: Record<string, unknown>,
    context: Context,
  ): Promise<Record<string, unknown>> {
    if (!table.paged) return run(document, variables, context);
    const field = table.paged;
    let data: Record<string, unknown> | undefined;
    const rows: unknown[] = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page = await run(document, { ...variables, first: PAGE_SIZE, offset }, context);
      data ??= page;
      const pageRows = (page[field] ?? []) as unknown[];
      rows.push(...pageRows);
      if (rows.length > MAX_EXPORT_ROWS)
        throw new ExportFailure(
          'BAD_USER_INPUT',
          `more than ${MAX_EXPORT_ROWS} rows: narrow the filters`,
        );
      if (pageRows.length < PAGE_SIZE) break;
    }
    return { ...data, [field]: rows };
  }

  const router = express.Router();
  router.get('/:file', async (req: Request, res: Response) => {
    const file = String(req.params.file ?? '');
    const name = /^([a-z-]+)\.xlsx$/.exec(file)?.[1];
    const compiled = name ? tables.get(name) : undefined;
    if (!compiled) {
      sendError(
        req,
        res,
        404,
        'NOT_FOUND',
        `No such export: ${file} (exports: ${[...tables.keys()].map((n) => `${n}.xlsx`).join(', ')})`,
      );
      return;
    }
    try {
      const principal = await options.principalOf(req.headers.authorization);
      const context = options.contextOf(principal, req.ip ?? 'unknown');
      // Signed in (the authorization module's check); the query's resolver then decides the table.
      await context.auth.user().catch((error: unknown) => {
        if (error instanceof DomainFailure)
          throw new ExportFailure(error.error.code, error.error.message);
        throw error;
      });
      const filters = filtersOf(compiled.table, req.query);
      const variables = compiled.table.variables?.(filters.variables) ?? filters.variables;
      const data = applyRowFilters(
        compiled.table,
        await rowsOf(compiled.table, compiled.document, variables, context),
        filters.rows,
      );
      const body = await writeWorkbook(compiled.table.sheets(data));
      res
        .status(200)
        .type(XLSX_TYPE)
        .set('cache-control', 'no-store')
        .attachment(`${compiled.table.name}-${options.calendar.today()}.xlsx`)
        .send(body);
    } catch (error) {
      const failure =
        error instanceof DomainFailure
          ? new ExportFailure(error.error.code, error.error.message)
          : error;
      if (!(failure instanceof ExportFailure)) throw error;
      sendError(
        req,
        res,
        STATUS_OF[failure.code] ?? 500,
        failure.code,
        failure.message,
        failure.extra,
      );
    }
  });
  return router;
}
