/** Login and user management. */
import { randomUUID } from 'node:crypto';
import {
  checkName,
  checkPassword,
  DomainFailure,
  orThrow,
  parseEmail,
  parseRole,
  type UserCreated,
} from '@chainlift/domain';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import type { Context } from '../../context';
import type { Resolvers } from '../generated';
import { actorOf } from './shared';

const WRONG = 'the e-mail or the password is wrong';

/** A company ADMIN's change to one of its users; an unknown user is FORBIDDEN to all but platform admins. */
async function manageUser(
  ctx: Context,
  userId: string,
  type: 'UserRoleChanged' | 'UserDeactivated',
  change: Record<string, unknown>,
) {
  const target = await ctx.users.byId(userId);
  const admin = await ctx.auth.require('user.manage', { companyId: target?.companyId ?? '-' });
  if (!target)
    throw new DomainFailure({ code: 'NOT_FOUND', message: `no user ${userId}`, field: 'userId' });
  await ctx.events.apply(type, { userId, companyId: target.companyId, ...change }, actorOf(admin));
  return (await ctx.users.byId(userId))!;
}

export const userResolvers: Resolvers = {
  Query: {
    async me(_parent, _args, ctx) {
      const user = await ctx.auth.user();
      const row = await ctx.users.byId(user.userId);
      if (!row)
        throw new DomainFailure({
          code: 'UNAUTHENTICATED',
          message: 'your account no longer exists',
        });
      return row;
    },
    async users(_parent, { companyId }, ctx) {
      await ctx.auth.require('user.list', { companyId });
      return ctx.users.ofCompany(companyId);
    },
  },
  Mutation: {
    async login(_parent, { email, password }, ctx) {
      const row = await ctx.users.byEmail(email.trim().toLowerCase());
      if (!row || !(await verifyPassword(password, row.passwordHash)))
        throw new DomainFailure({ code: 'UNAUTHENTICATED', message: WRONG });
      if (!row.active)
        throw new DomainFailure({
          code: 'UNAUTHENTICATED',
          message: "this account is deactivated: ask your company's admin",
        });
      const { token, expiresAt } = await ctx.tokens.issue(row.id);
      return { token, expiresAt, user: row };
    },
    async createUser(_parent, { input }, ctx) {
      const admin = await ctx.auth.require('user.create', { companyId: input.companyId });
      const email = orThrow(parseEmail(input.email));
      const name = orThrow(checkName(input.name));
      const role = orThrow(parseRole(input.role));
      const password = orThrow(checkPassword(input.password));
      const payload: UserCreated = {
        userId: randomUUID(),
        companyId: input.companyId,
        email,
        name,
        role,
        passwordHash: await hashPassword(password),
        platformAdmin: false,
      };
      await ctx.events.apply('UserCreated', payload, actorOf(admin));
      return (await ctx.users.byId(payload.userId))!;
    },
    changeUserRole: (_parent, { userId, role }, ctx) =>
      manageUser(ctx, userId, 'UserRoleChanged', { role }),
    deactivateUser: (_parent, { userId }, ctx) => manageUser(ctx, userId, 'UserDeactivated', {}),
  },
  User: {
    company: (user, _args, ctx) => ctx.companies.mustGet(user.companyId),
  },
};
