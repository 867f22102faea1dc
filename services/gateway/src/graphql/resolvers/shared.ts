import { formatFen, type Actor } from '@chainlift/domain';
import type { UserPrincipal } from '../../auth/principal';

export const actorOf = (user: UserPrincipal): Actor => ({
  via: 'graphql',
  userId: user.userId,
  companyId: user.companyId,
});

export const money = (fen: number, currency: string) => ({ amount: formatFen(fen), currency });
