/** The inbox: list, unread count, read marks and preferences (both published as events). */
import {
  markNotificationsRead,
  orThrow,
  preferencesAfter,
  setNotificationPreferences,
  type InboxOwners,
} from '@chainlift/domain';
import type { UserPrincipal } from '../../auth/principal';
import type { Resolvers } from '../generated';
import { actorOf } from './shared';

/** The signed-in user owns its inbox (its session says so); the projector checks it again. */
const ownerOf = (user: UserPrincipal): InboxOwners => ({
  users: new Map([[user.userId, { companyId: user.companyId, active: true }]]),
});

export const notificationResolvers: Resolvers = {
  Query: {
    async notifications(_parent, { first, unreadOnly }, ctx) {
      const user = await ctx.auth.require('notification.list');
      return ctx.notifications.list(user.userId, user.companyId, first ?? 50, !!unreadOnly);
    },
    async unreadNotificationCount(_parent, _args, ctx) {
      const user = await ctx.auth.require('notification.list');
      return ctx.notifications.unreadCount(user.userId, user.companyId);
    },
    async notificationPreferences(_parent, _args, ctx) {
      const user = await ctx.auth.require('notification.preferences');
      return ctx.notifications.preferences(user.userId);
    },
  },
  Mutation: {
    async markNotificationsRead(_parent, { ids, all }, ctx) {
      const user = await ctx.auth.require('notification.markRead');
      const now = ctx.calendar.instant();
      const command = orThrow(
        markNotificationsRead.decide(ownerOf(user), {
          userId: user.userId,
          companyId: user.companyId,
          ...(ids && ids.length > 0 ? { ids: [...new Set(ids)] } : {}),
          ...(all ? { allBefore: now } : {}),
          on: now,
        }),
      );
      await ctx.events.apply('NotificationsRead', command, actorOf(user));
      return ctx.notifications.unreadCount(user.userId, user.companyId);
    },
    async setNotificationPreferences(_parent, { preferences }, ctx) {
      const user = await ctx.auth.require('notification.preferences');
      const current = await ctx.notifications.preferences(user.userId);
      const { muted } = orThrow(
        preferencesAfter(
          {
            muted: current
              .filter((p) => !p.enabled)
              .map(({ kind, channel }) => ({ kind, channel })),
          },
          preferences,
        ),
      );
      const command = orThrow(
        setNotificationPreferences.decide(ownerOf(user), {
          userId: user.userId,
          companyId: user.companyId,
          muted,
        }),
      );
      await ctx.events.apply('NotificationPreferencesSet', command, actorOf(user));
      return ctx.notifications.preferences(user.userId);
    },
  },
};
