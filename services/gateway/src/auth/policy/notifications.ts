/**
 * The inbox: every signed-in user has one — its company's items, its own read marks and
 * preferences. No target: a rule cannot name another company's inbox, the reads scope to the
 * principal's own company and user (reads/notifications), and the projector marks only items of the
 * reader's company (@chainlift/domain notifications: markNotificationsRead).
 */
import { type Rule, signedIn } from './rule';

export const NOTIFICATIONS_POLICY = {
  'notification.list': signedIn,
  /** Read marks are the user's own: a VIEWER marks its items read too. */
  'notification.markRead': signedIn,
  'notification.preferences': signedIn,
  'notification.live': signedIn,
} satisfies Record<string, Rule>;
