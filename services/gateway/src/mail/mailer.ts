/**
 * E-mail for inbox items (on when SMTP_URL is set). Sends each Notification once, however many
 * gateways run:
 *   - its own consumer group (MAILER_GROUP, `chainlift-mailer`) follows the outcomes topic, so each
 *     applied event reaches one mailer, which mails the items that event gave;
 *   - before sending, the mailer claims the item in Neo4j (locked, then checked: not SENT and not
 *     claimed by a live mailer); SENT is recorded after the server accepted it;
 *   - a server that is down or refuses: the item becomes RETRYING with the next attempt after a
 *     backoff (doubling up to a ceiling) — a sweep retries due items without holding up the consumer,
 *     and also picks up items made while no mailer ran. The inbox shows emailStatus either way.
 * Recipients: the active users of the item's company with an e-mail who did not mute its kind on
 * EMAIL (domain `wantsNotification`), in their language. Delivery bookkeeping (emailStatus) is the one
 * thing written to Neo4j outside the projector: it is not domain state and no rule reads it.
 * A crash between the server's acceptance and recording SENT sends that item again after its claim
 * expires (at-least-once at that one point).
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import {
  isNotificationKind,
  wantsNotification,
  type NotificationChannel,
  type NotificationKind,
  type Outcome,
} from '@chainlift/domain';
import {
  TOPIC,
  type Driver,
  type EventBus,
  type Logger,
  type Subscription,
} from '@chainlift/platform';
import nodemailer from 'nodemailer';
import { mailLocaleOf, renderMail, type MailLocale } from './templates';

export interface MailerOptions {
  driver: Driver;
  bus: EventBus;
  log: Logger;
  database?: string;
  smtpUrl: string;
  from: string;
  group: string;
  publicUrl: string;
  /** First retry after this long, doubling per attempt up to `retryMaxMs`. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** How often due retries and missed items are looked for. */
  sweepMs?: number;
}

export interface Mailer {
  close(): Promise<void>;
}

/** The wait before attempt `attempts + 1` (after `attempts` failures): base · 2^(attempts-1), at most max. */
export const retryDelay = (attempts: number, baseMs: number, maxMs: number): number =>
  Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)));

const CLAIM_MS = 60_000;

interface Claimed {
  id: string;
  kind: string;
  link: string;
  params: string;
  attempts: number;
  recipients: { email: string; locale: string | null; muted: string[] }[];
}

export async function startMailer(options: MailerOptions): Promise<Mailer> {
  const { driver, log } = options;
  const baseMs = options.retryBaseMs ?? 5_000;
  const maxMs = options.retryMaxMs ?? 15 * 60_000;
  const me = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const transport = nodemailer.createTransport(options.smtpUrl);
  const write = <T>(cypher: string, params: Record<string, unknown>) =>
    driver
      .executeQuery(cypher, params, { database: options.database })
      .then((r) => r.records.map((rec) => rec.toObject() as T));
  let closed = false;
  const inFlight = new Set<Promise<void>>();

  /** Takes the item if nobody sent or holds it; the lock (SET first) makes the check exact. */
  const claim = async (id: string): Promise<Claimed | undefined> => {
    const [row] = await write<Claimed>(
      `MATCH (n:Notification {id: $id})
       SET n.emailLock = $me
       WITH n WHERE n.emailStatus IN ['PENDING', 'RETRYING']
         AND (n.emailClaimedUntil IS NULL OR n.emailClaimedUntil < datetime())
       SET n.emailClaimedUntil = datetime() + duration({milliseconds: $claimMs}), n.emailClaimedBy = $me
       WITH n
       OPTIONAL MATCH (u:User)-[:WORKS_AT]->(:Company {id: n.recipientId})
       WHERE coalesce(u.active, true) AND u.email IS NOT NULL
       RETURN n.id AS id, n.kind AS kind, n.link AS link, n.params AS params,
              coalesce(n.emailAttempts, 0) AS attempts,
              [x IN collect(u) WHERE x IS NOT NULL | {email: x.email, locale: x.locale,
                muted: coalesce(x.notificationsMuted, [])}] AS recipients`,
      { id, me, claimMs: CLAIM_MS },
    );
    return row;
  };

  const record = (id: string, set: string, params: Record<string, unknown> = {}) =>
    write(
      `MATCH (n:Notification {id: $id}) WHERE n.emailClaimedBy = $me
       SET ${set}, n.emailClaimedUntil = null, n.emailClaimedBy = null`,
      { id, me, ...params },
    );

  const deliver = async (id: string): Promise<void> => {
    const item = await claim(id);
    if (!item || !isNotificationKind(item.kind)) return;
    const kind: NotificationKind = item.kind;
    const channel: NotificationChannel = 'EMAIL';
    const byLocale = new Map<MailLocale, string[]>();
    for (const r of item.recipients) {
      const muted = r.muted.map((m) => {
        const [k, c] = m.split('/');
        return { kind: k as NotificationKind, channel: c as NotificationChannel };
      });
      if (!wantsNotification({ muted }, kind, channel)) continue;
      const locale = mailLocaleOf(r.locale);
      byLocale.set(locale, [...(byLocale.get(locale) ?? []), r.email]);
    }
    if (byLocale.size === 0) {
      await record(id, `n.emailStatus = 'SKIPPED'`);
      return;
    }
    const params = JSON.parse(item.params || '{}') as Record<string, string>;
    try {
      for (const [locale, to] of byLocale) {
        const mail = renderMail(locale, { kind, link: item.link, params }, options.publicUrl);
        await transport.sendMail({
          from: options.from,
          to,
          subject: mail.subject,
          text: mail.text,
          headers: { 'X-ChainLift-Notification': id },
        });
      }
      await record(id, `n.emailStatus = 'SENT', n.emailSentAt = datetime()`);
      log.info({ notificationId: id, kind }, 'inbox e-mail sent');
    } catch (error) {
      const attempts = item.attempts + 1;
      const delay = retryDelay(attempts, baseMs, maxMs);
      await record(
        id,
        `n.emailStatus = 'RETRYING', n.emailAttempts = $attempts, n.emailLastError = $reason,
         n.emailNextAt = datetime() + duration({milliseconds: $delay})`,
        { attempts, delay, reason: error instanceof Error ? error.message : String(error) },
      );
      log.warn(
        { err: error, notificationId: id, attempts, retryInMs: delay },
        'inbox e-mail failed; will retry',
      );
    }
  };

  /** Runs a delivery beside the others (never awaited by the consumer: a slow server holds up nothing). */
  const start = (id: string) => {
    if (closed) return;
    const work = deliver(id)
      .catch((err: unknown) =>
        log.error({ err, notificationId: id }, 'inbox e-mail delivery failed'),
      )
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  };

  const subscription: Subscription = await options.bus.consume({
    groupId: options.group,
    topics: [TOPIC.outcomes],
    fromBeginning: false,
    eachBatch: async (batch) => {
      const applied: string[] = [];
      for (const message of batch.messages) {
        if (!message.value) continue;
        try {
          const outcome = JSON.parse(message.value.toString('utf8')) as Outcome;
          if (outcome.status === 'APPLIED') applied.push(outcome.eventId);
        } catch {
          continue;
        }
      }
      if (applied.length === 0) return;
      const items = await write<{ id: string }>(
        `UNWIND $ids AS cause MATCH (n:Notification {causeEventId: cause})
         WHERE n.emailStatus = 'PENDING' RETURN n.id AS id`,
        { ids: applied },
      );
      for (const { id } of items) start(id);
    },
  });

  // Retries that fell due, and items made while no mailer ran (or whose outcome this one missed).
  const sweep = async () => {
    const due = await write<{ id: string }>(
      `MATCH (n:Notification) WHERE n.emailStatus IN ['PENDING', 'RETRYING']
         AND coalesce(n.emailNextAt, n.projectedAt) <= datetime()
         AND (n.emailClaimedUntil IS NULL OR n.emailClaimedUntil < datetime())
       RETURN n.id AS id ORDER BY n.projectedAt LIMIT 100`,
      {},
    );
    for (const { id } of due) start(id);
  };
  const sweepMs = options.sweepMs ?? 10_000;
  let sweeping = false;
  const timer = setInterval(() => {
    if (sweeping || closed) return;
    sweeping = true;
    sweep()
      .catch((err: unknown) => log.error({ err }, 'inbox e-mail sweep failed'))
      .finally(() => (sweeping = false));
  }, sweepMs);
  timer.unref();

  return {
    async close() {
      closed = true;
      clearInterval(timer);
      await subscription.stop();
      await Promise.allSettled([...inFlight]);
      transport.close();
    },
  };
}
