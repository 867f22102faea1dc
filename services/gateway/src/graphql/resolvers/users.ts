/** Login and user management. */
import { randomUUID } from 'node:crypto';
import {
  checkInvitationSignUp,
  checkName,
  checkPassword,
  checkProfileClaim,
  invitationLinkStatus,
  DomainFailure,
  orThrow,
  parseEmail,
  parseRole,
  PASSWORD_RESET_TTL_MS,
  type Result,
  type UserCreated,
} from '@chainlift/domain';
import {
  generateResetToken,
  invitationTokenHash,
  resetTokenHash,
} from '../../auth/invitation-tokens';
import { hashPassword } from '../../auth/passwords';
import type { Context } from '../../context';
import type { Resolvers } from '../generated';
import { actorOf } from './shared';

/** A new password's rule, reported on the field the person typed it in. */
const newPassword = (password: string, field: string): Result<string> => {
  const checked = checkPassword(password);
  return checked.ok ? checked : { ok: false, error: { ...checked.error, field } };
};

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
      const row = await ctx.principalUsers.byId(user.userId);
      if (!row)
        throw new DomainFailure({
          code: 'UNAUTHENTICATED',
          message: 'your account no longer exists',
        });
      return row;
    },
    async invitation(_parent, { token }, ctx) {
      await ctx.auth.requirePublic('invitation.preview');
      const tokenHash = invitationTokenHash(token);
      const link = tokenHash ? await ctx.chains.invitationByTokenHash(tokenHash) : undefined;
      if (!link) return null;
      const { chainName, inviterName, companyName, uscc, expiresAt, provisional } = link;
      return {
        status: invitationLinkStatus(link, ctx.calendar.instant()),
        expiresAt,
        chainName,
        inviterName,
        companyName,
        uscc,
        provisional,
      };
    },
    async users(_parent, { companyId }, ctx) {
      await ctx.auth.require('user.list', { companyId });
      return ctx.users.ofCompany(companyId);
    },
  },
  Mutation: {
    async login(_parent, { email, password }, ctx) {
      await ctx.auth.requirePublic('session.login');
      const row = await ctx.logins.logIn(email, password, ctx.clientAddress);
      const { token, expiresAt } = await ctx.tokens.issue(row.id);
      return { token, expiresAt, user: row };
    },
    async changePassword(_parent, { currentPassword, newPassword: typed }, ctx) {
      const me = await ctx.auth.require('user.changeOwnPassword');
      const password = orThrow(newPassword(typed, 'newPassword'));
      const row = await ctx.logins.confirmPassword(me.userId, currentPassword);
      await ctx.events.apply(
        'PasswordChanged',
        { userId: row.id, companyId: row.companyId, passwordHash: await hashPassword(password) },
        actorOf(me),
      );
      return (await ctx.users.byId(row.id))!;
    },
    async issuePasswordReset(_parent, { userId }, ctx) {
      const target = await ctx.users.byId(userId);
      const admin = await ctx.auth.require('user.issuePasswordReset', {
        companyId: target?.companyId ?? '-',
      });
      if (!target)
        throw new DomainFailure({
          code: 'NOT_FOUND',
          message: `no user ${userId}`,
          field: 'userId',
        });
      const { token, tokenHash } = generateResetToken();
      const expiresAt = new Date(Date.now() + PASSWORD_RESET_TTL_MS).toISOString();
      await ctx.events.apply(
        'PasswordResetIssued',
        { userId, companyId: target.companyId, tokenHash, expiresAt },
        actorOf(admin),
      );
      return { token, expiresAt, user: target };
    },
    async resetPassword(_parent, { token, newPassword: typed }, ctx) {
      await ctx.auth.requirePublic('password.reset');
      const tokenHash = resetTokenHash(token);
      const row = tokenHash ? await ctx.users.byResetTokenHash(tokenHash) : undefined;
      if (!row)
        throw new DomainFailure({
          code: 'NOT_FOUND',
          message: 'this reset link is not valid (or was used): ask your admin for a new one',
          field: 'token',
        });
      const password = orThrow(newPassword(typed, 'newPassword'));
      await ctx.events.apply(
        'PasswordReset',
        {
          userId: row.id,
          companyId: row.companyId,
          tokenHash: tokenHash!,
          passwordHash: await hashPassword(password),
        },
        { via: 'graphql', userId: row.id, companyId: row.companyId },
      );
      const session = await ctx.tokens.issue(row.id);
      return { ...session, user: (await ctx.users.byId(row.id))! };
    },
    async acceptInvitationWithSignUp(_parent, { input }, ctx) {
      await ctx.auth.requirePublic('invitation.signUp');
      const tokenHash = invitationTokenHash(input.token);
      const link = tokenHash ? await ctx.chains.invitationByTokenHash(tokenHash) : undefined;
      const claim = orThrow(checkProfileClaim(input));
      // The link first (nothing else matters with a bad link; it is bound to the invited e-mail),
      // then what the person typed.
      const typed = parseEmail(input.email);
      const signingUp = typed.ok ? { ...claim, email: typed.value } : claim;
      orThrow(checkInvitationSignUp(link, ctx.calendar.instant(), signingUp));
      const email = orThrow(typed);
      const name = orThrow(checkName(input.name));
      const password = orThrow(checkPassword(input.password));
      if (await ctx.users.byEmail(email))
        throw new DomainFailure({
          code: 'CONFLICT',
          message: `a user with e-mail ${email} already exists: log in, or sign up with another e-mail`,
          field: 'email',
        });
      const userId = randomUUID();
      const { chainId, companyId } = link!;
      await ctx.events.apply(
        'InvitationAcceptedWithSignUp',
        {
          chainId,
          companyId,
          tokenHash: tokenHash!,
          userId,
          email,
          name,
          passwordHash: await hashPassword(password),
          ...claim,
        },
        { via: 'graphql', userId, companyId },
      );
      const { token, expiresAt } = await ctx.tokens.issue(userId);
      return { token, expiresAt, user: (await ctx.users.byId(userId))! };
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
