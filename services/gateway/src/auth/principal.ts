/** Who is calling: nobody (no or a bad token), or a user acting for its company. */
import type { CompanyKind, Role } from '@chainlift/domain';

export type Principal =
  | { kind: 'anonymous'; tokenProblem?: 'invalid' | 'unknown-user' | 'inactive' }
  | {
      kind: 'user';
      userId: string;
      email: string;
      companyId: string;
      companyKind: CompanyKind;
      role: Role;
      platformAdmin: boolean;
    };

export type UserPrincipal = Extract<Principal, { kind: 'user' }>;

export const ANONYMOUS: Principal = { kind: 'anonymous' };
