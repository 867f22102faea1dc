/**
 * Errors as values. Every rule returns a `Result`; adapters (GraphQL, projector) turn a failed
 * result into their own shape (a GraphQL error with `extensions.code`, a REJECTED outcome, a
 * dead-letter record) without inspecting message strings.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNAVAILABLE',
  /** Too many attempts: a locked account, a throttled address or API key; try again later. */
  'TOO_MANY_REQUESTS',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface DomainError {
  readonly code: ErrorCode;
  /** A sentence the person who sent the input can act on. */
  readonly message: string;
  /** The input field the error is about, when there is one (e.g. "uscc"). */
  readonly field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string, field?: string): Result<never> => ({
  ok: false,
  error: field === undefined ? { code, message } : { code, message, field },
});

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);

/**
 * A failed result carried through code that throws (resolvers, adapters). Edges turn it back
 * into their own shape: the gateway into a GraphQL error with extensions.code.
 */
export class DomainFailure extends Error {
  constructor(
    readonly error: DomainError,
    readonly details: Record<string, unknown> = {},
  ) {
    super(error.message);
    this.name = 'DomainFailure';
  }
}

/** The value of a successful result; throws the DomainFailure of a failed one. */
export function orThrow<T>(result: Result<T>): T {
  if (!result.ok) throw new DomainFailure(result.error);
  return result.value;
}
