import { fail, formatFen, orThrow, type Actor } from '@chainlift/domain';
import type { UserPrincipal } from '../../auth/principal';

export const actorOf = (user: UserPrincipal): Actor => ({
  via: 'graphql',
  userId: user.userId,
  companyId: user.companyId,
});

export const money = (fen: number, currency: string) => ({ amount: formatFen(fen), currency });

/** How long a page may be (`max`) and how long it is when `first` is not given (`fallback`; Infinity: the whole list). */
export interface PageBounds {
  fallback: number;
  max: number;
}

/** A list answered whole unless `first` asks for a page (of at most 10,000). */
export const WHOLE_LIST: PageBounds = { fallback: Infinity, max: 10_000 };

/** A page of a list: `first` between 0 and `bounds.max`, `offset` not negative; BAD_USER_INPUT otherwise. */
export function pageArgs(
  args: { first?: number | null; offset?: number | null },
  bounds: PageBounds = { fallback: 100, max: 1000 },
): { first: number; offset: number } {
  if (args.first != null && (args.first < 0 || args.first > bounds.max))
    orThrow(fail('BAD_USER_INPUT', `first must be between 0 and ${bounds.max}`, 'first'));
  if (args.offset != null && args.offset < 0)
    orThrow(fail('BAD_USER_INPUT', 'offset must not be negative', 'offset'));
  return { first: args.first ?? bounds.fallback, offset: args.offset ?? 0 };
}

/** A page size (`first`) between 0 and 1000, 100 by default. */
export const page = (first: number | null | undefined) => pageArgs({ first }).first;

/** `items` cut to a page (pageArgs). */
export const pageOf = <T>(
  items: readonly T[],
  { first, offset }: { first: number; offset: number },
) => items.slice(offset, offset + first);
