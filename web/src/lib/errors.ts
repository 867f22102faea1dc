/**
 * What went wrong, in words a person understands: a GraphQL error's extensions.code picks the
 * catalogue message (the server's own message fills it in), extensions.field says which form
 * field to mark. Works on Apollo Client 4 errors (CombinedGraphQLErrors, ServerError, …) and on
 * plain { errors: [...] } bodies.
 */
import { ErrorCode } from '../gql/enums';
import type { MessageKey, Vars } from '../i18n/translate';

export interface Problem {
  code: string;
  /** The server's message (English, precise), shown inside the catalogue message. */
  message: string;
  field?: string;
  errorId?: string;
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

/** The codes the schema declares (enum ErrorCode); each has its catalogue message error.<CODE>. */
const KNOWN = new Set<string>(Object.values(ErrorCode));

export function problemOf(error: unknown): Problem {
  if (error && typeof error === 'object') {
    const errors = (error as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0) {
      const first = errors[0] as GraphQLErrorLike;
      const ext = first.extensions ?? {};
      const code = typeof ext.code === 'string' ? ext.code : 'UNKNOWN';
      return {
        code,
        message: typeof first.message === 'string' ? first.message : '',
        ...(typeof ext.field === 'string' ? { field: ext.field } : {}),
        ...(typeof ext.errorId === 'string' ? { errorId: ext.errorId } : {}),
      };
    }
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 500) return { code: 'UNAVAILABLE', message: '' };
    const message = (error as { message?: unknown }).message;
    if (error instanceof TypeError || /fetch|network|socket/i.test(String(message)))
      return { code: 'NETWORK', message: String(message ?? '') };
    return { code: 'UNKNOWN', message: String(message ?? error) };
  }
  return { code: 'UNKNOWN', message: String(error) };
}

/** The catalogue key and values for a problem. */
export function describeProblem(problem: Problem): { key: MessageKey; vars: Vars } {
  const vars: Vars = { message: problem.message, errorId: problem.errorId ?? '—' };
  if (problem.code === 'FORBIDDEN' && /inventory/i.test(problem.message))
    return { key: 'error.FORBIDDEN.inventory', vars };
  if (problem.code === 'NETWORK') return { key: 'error.NETWORK', vars };
  if (KNOWN.has(problem.code)) return { key: `error.${problem.code}` as MessageKey, vars };
  return { key: 'error.UNKNOWN', vars };
}

export type FieldPath = (string | number)[];

/** "input.lines[0].sku" → ['input', 'lines', 0, 'sku']. */
export function fieldPath(field: string): FieldPath {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const isPlain = (value: unknown) =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
/** An object of fields, or a list of them (Form.List), rather than one field's value. */
const isGroup = (value: unknown) => isPlain(value) || (Array.isArray(value) && value.some(isPlain));

/** The form has a field (not a group of fields, such as one order line) at this path. */
function hasField(values: unknown, path: FieldPath): boolean {
  let at: unknown = values;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !(key in at)) return false;
    at = (at as Record<string | number, unknown>)[key];
  }
  return !isGroup(at);
}

/**
 * The form field a server error names, found in the form's values: the longest part of the
 * server's path that is a field of the form ("input.lines[0].sku" → lines[0].sku in a form with
 * order lines; "items.network.percent" → items.network; "supplier.uscc" → uscc). A group of
 * fields (one order line) is not a field: the message then goes elsewhere.
 */
export function formPathOf(problem: Problem, values: unknown): FieldPath | undefined {
  if (!problem.field) return undefined;
  const path = fieldPath(problem.field);
  for (let start = 0; start < path.length; start++)
    for (let end = path.length; end > start; end--) {
      const candidate = path.slice(start, end);
      if (hasField(values, candidate)) return candidate;
    }
  return undefined;
}
