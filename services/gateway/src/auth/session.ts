/** Turns the Authorization header of a request into a Principal. */
import type { TokenService } from './tokens';
import type { Principal } from './principal';
import type { UserReads } from '../reads/users';

export async function principalFrom(
  header: string | undefined,
  tokens: TokenService,
  users: Pick<UserReads, 'byId' | 'byEmail'>,
): Promise<Principal> {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!match) return { kind: 'anonymous' };
  const subject = await tokens.verify(match[1]!.trim());
  if (!subject) return { kind: 'anonymous', tokenProblem: 'invalid' };
  const user =
    'userId' in subject ? await users.byId(subject.userId) : await users.byEmail(subject.email);
  if (!user) return { kind: 'anonymous', tokenProblem: 'unknown-user' };
  if (!user.active) return { kind: 'anonymous', tokenProblem: 'inactive' };
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    companyId: user.companyId,
    companyKind: user.companyKind,
    role: user.role,
    platformAdmin: user.platformAdmin,
  };
}
