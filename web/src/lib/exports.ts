/**
 * Excel exports (GET /export/<table>.xlsx, built on the server with every row the filters select):
 * the URL for a table and its filters, the file name the server gives, and its JSON refusal as a
 * problem the catalogue can word.
 */
import type { Problem } from './errors';

export const EXPORT_PATH = '/export';

/** The export tables the server offers (services/gateway/src/http/exports/tables.ts). */
export type ExportTable =
  | 'regional-statistics'
  | 'receivable-pool'
  | 'exposure'
  | 'pledges'
  | 'inventory-loans'
  | 'loan-book'
  | 'receivables'
  | 'orders'
  | 'supplier-kpis'
  | 'stock'
  | 'supplier-network'
  | 'release-requests'
  | 'consents'
  | 'access-log'
  | 'single-source-risks'
  | 'finance-products'
  | 'undelivered-backing'
  | 'my-suppliers'
  | 'assessed-suppliers'
  | 'help-first'
  | 'assessment-history'
  | 'assessment-result'
  | 'improvement-plans'
  | 'circular-trades'
  | 'alerts'
  | 'my-chains'
  | 'due-by-month'
  | 'registration-risks'
  | 'low-stock'
  | 'assessment-evidence'
  | 'service-products'
  | 'engagements'
  | 'provider-outcomes'
  | 'recommended-products'
  | 'my-sponsorships'
  | 'chain-sponsorships';

export type ExportFilters = Record<string, string | null | undefined>;

/** `/export/<table>.xlsx?<filters>`; empty filters are left out. */
export function exportUrl(table: ExportTable, filters: ExportFilters = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters))
    if (value !== null && value !== undefined && value !== '') params.set(name, value);
  const query = params.toString();
  return `${EXPORT_PATH}/${table}.xlsx${query ? `?${query}` : ''}`;
}

/** The file name of a content-disposition header, or `<table>.xlsx`. */
export function exportFileName(disposition: string | null, table: ExportTable): string {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
  return match ? decodeURIComponent(match[1]!) : `${table}.xlsx`;
}

/** A refusal's JSON body (`{ error: { code, message, field } }`) as a problem. */
export function exportProblem(status: number, body: unknown): Problem {
  const error = (body as { error?: { code?: unknown; message?: unknown; field?: unknown } } | null)
    ?.error;
  if (error && typeof error.code === 'string')
    return {
      code: error.code,
      message: typeof error.message === 'string' ? error.message : '',
      ...(typeof error.field === 'string' ? { field: error.field } : {}),
    };
  return { code: status >= 500 ? 'UNAVAILABLE' : 'UNKNOWN', message: `HTTP ${status}` };
}

/** An antd filter's chosen values as one server filter: exactly one value, or none. */
export const oneFilter = (values: readonly unknown[] | null | undefined): string | undefined =>
  values && values.length === 1 ? String(values[0]) : undefined;
