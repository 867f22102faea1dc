import { fail, formatFen, orThrow, type Actor } from '@chainlift/domain';
import type { UserPrincipal } from '../../auth/principal';

export const actorOf = (user: UserPrincipal): Actor => ({
  via: 'graphql',
  userId: user.userId,
  companyId: user.companyId,
});

export const money = (fen: number, currency: string) => ({ amount: formatFen(fen), currency });

/** A page size (`first`) between 0 and 1000, 100 by default. */
export const page = (first: number | null | undefined) => {
  const limit = first ?? 100;
  if (limit < 0 || limit > 1000)
    orThrow(fail('BAD_USER_INPUT', 'first must be between 0 and 1000', 'first'));
  return limit;
};
