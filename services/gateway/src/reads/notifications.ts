/**
 * The caller's inbox: its company's Notification nodes, with the user's own read marks
 * (READ relationships, or everything up to `notificationsReadBefore`) and in-app preferences.
 */
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
} from '@chainlift/domain';
import type { Read } from './graph';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  recipientId: string;
  causeEventId: string;
  subjectId: string;
  link: string;
  params: string;
  occurredAt: string;
  read: boolean;
  emailStatus: 'PENDING' | 'RETRYING' | 'SENT' | 'SKIPPED';
}

/** An item of an event with the users who see it in the app (`byCauseForAll`). */
export type EventItem = Omit<NotificationRow, 'read'> & {
  readers: { userId: string; read: boolean }[];
};

export interface PreferenceRow {
  kind: NotificationKind;
  channel: NotificationChannel;
  enabled: boolean;
}

/** Matches the user `u` and its company's items `n` it wants in the app; `read` says whether u read n. */
const INBOX = `MATCH (u:User {id: $userId})
  MATCH (n:Notification {recipientId: $companyId})
  WHERE NOT (n.kind + '/IN_APP') IN coalesce(u.notificationsMuted, [])
  WITH u, n, (EXISTS { (u)-[:READ]->(n) } OR n.occurredAt <= u.notificationsReadBefore) AS read`;

const FIELDS = `.id, .kind, .recipientId, .causeEventId, .subjectId, .link, .params, .emailStatus,
  occurredAt: toString(n.occurredAt)`;
const ROW = `n { ${FIELDS}, read: coalesce(read, false) }`;

export function notificationReads(read: Read) {
  return {
    list(userId: string, companyId: string, first: number, unreadOnly: boolean) {
      return read<NotificationRow>(
        `${INBOX} WHERE NOT $unreadOnly OR NOT coalesce(read, false)
         RETURN ${ROW} ORDER BY n.occurredAt DESC, n.id LIMIT toInteger($first)`,
        { userId, companyId, first: Math.max(0, Math.min(first, 200)), unreadOnly },
      );
    },
    async unreadCount(userId: string, companyId: string): Promise<number> {
      const [count] = await read<number>(
        `${INBOX} WHERE NOT coalesce(read, false) RETURN count(n) AS unread`,
        { userId, companyId },
      );
      return Number(count ?? 0);
    },
    /**
     * The items an event gave every company, each with the users of its recipient company who did
     * not mute its kind in the app and whether each read it: one read for all the live feeds of
     * the event, each taking its own items with `asSeenBy`.
     */
    byCauseForAll(causeEventId: string) {
      return read<EventItem>(
        `MATCH (n:Notification {causeEventId: $causeEventId})
         CALL (n) {
           MATCH (u:User)-[:WORKS_AT]->(:Company {id: n.recipientId})
           WHERE NOT (n.kind + '/IN_APP') IN coalesce(u.notificationsMuted, [])
           WITH u, (EXISTS { (u)-[:READ]->(n) } OR n.occurredAt <= u.notificationsReadBefore) AS read
           RETURN collect({ userId: u.id, read: coalesce(read, false) }) AS readers
         }
         RETURN n { ${FIELDS}, readers } ORDER BY n.id`,
        { causeEventId },
      );
    },
    async preferences(userId: string): Promise<PreferenceRow[]> {
      const [muted] = await read<string[]>(
        'MATCH (u:User {id: $userId}) RETURN coalesce(u.notificationsMuted, []) AS muted',
        { userId },
      );
      const off = new Set(muted ?? []);
      return NOTIFICATION_KINDS.flatMap((kind) =>
        NOTIFICATION_CHANNELS.map((channel) => ({
          kind,
          channel,
          enabled: !off.has(`${kind}/${channel}`),
        })),
      );
    },
  };
}

/** A user's share of `byCauseForAll`: its company's items it did not mute, with its own read mark (as `byCause`). */
export const asSeenBy = (
  items: readonly EventItem[],
  userId: string,
  companyId: string,
): NotificationRow[] =>
  items.flatMap(({ readers, ...item }) => {
    const reader = readers.find((r) => r.userId === userId);
    return item.recipientId === companyId && reader ? [{ ...item, read: reader.read }] : [];
  });

export type NotificationReads = ReturnType<typeof notificationReads>;
