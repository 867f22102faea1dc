/**
 * Your data to take away (issue 17):
 *
 *   GET  /takeaway/archive  (Bearer token of a company ADMIN) → the company's archive, a .zip of
 *        entities/*.json, tables/*.csv and manifest.json; the export is audited first
 *        (CompanyDataExported on the audit topic, applied before a byte of the archive is sent).
 *   POST /takeaway/import   (Bearer token of a platform admin, the .zip as the body) → the manifest's
 *        hashes are checked before anything is published; then the archive's events (domain
 *        takeaway/to-events.ts) go through the same contracts, topics and projector as every write,
 *        phase by phase, each phase's outcomes awaited; the answer reports counts, what was left out,
 *        any refused event, and a one-time password-reset token per user (only its SHA-256 is kept).
 *
 * Both ask the one authorization module (actions `takeaway.export`, `takeaway.import`). Errors are
 * JSON `{ error: { code, message, field? } }` like /ingest's.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  DomainFailure,
  PASSWORD_RESET_TTL_MS,
  archiveToEvents,
  buildArchive,
  importPhases,
  orThrow,
  readArchive,
  type Actor,
  type BusinessCalendar,
  type ImportEvent,
} from '@chainlift/domain';
import type { EventBus, Logger } from '@chainlift/platform';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { generateResetToken } from '../auth/invitation-tokens';
import { hashPassword } from '../auth/passwords';
import type { Principal, UserPrincipal } from '../auth/principal';
import type { RequestAuthorizer } from '../auth/request-authorizer';
import type { Read } from '../reads/graph';
import { buildEvent, type BuiltEvent } from '../writes/envelope';
import type { OutcomeWaiter } from '../writes/outcomes';
import type { EventSubmitter } from '../writes/submit';
import { companyData } from './company-data';

/** The largest archive POST /takeaway/import takes, zipped and unzipped. */
export const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;
const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** How long the import waits for one phase's outcomes. */
const PHASE_WAIT_MS = 120_000;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503,
};

export interface TakeawayOptions {
  bus: EventBus;
  outcomes: OutcomeWaiter;
  read: Read;
  log: Logger;
  calendar: BusinessCalendar;
  principalOf: (authorization: string | undefined) => Promise<Principal>;
  authorizerFor: (principal: Principal) => RequestAuthorizer;
  events: EventSubmitter;
}

export interface ImportReport {
  company: { id: string; name: string; uscc: string };
  /** Events applied per type. */
  applied: Record<string, number>;
  /** Events the projector refused, with why (the rest stands: events are the record). */
  rejected: { type: string; code: string; message: string }[];
  /** Rows of the archive the platform's events cannot carry, per entity (see README). */
  skipped: Record<string, number>;
  /** Counterparties the platform already had: archive id → its id here. */
  mapped: Record<string, string>;
  /** One-time reset token per user (valid 24 h): the user sets a password with resetPassword. */
  users: { id: string; email: string; resetToken: string; expiresAt: string }[];
}

const actor = (user: UserPrincipal): Actor => ({
  via: 'system',
  userId: user.userId,
  companyId: user.companyId,
});

export function takeawayRouter(options: TakeawayOptions): Router {
  const router = express.Router();

  const fail = (res: Response, error: unknown): boolean => {
    if (!(error instanceof DomainFailure)) return false;
    const { code, message, field } = error.error;
    res.status(STATUS[code] ?? 400).json({ error: { code, message, ...(field ? { field } : {}) } });
    return true;
  };

  router.get('/archive', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const principal = await options.principalOf(req.headers.authorization);
      const companyId = principal.kind === 'user' ? principal.companyId : '-';
      const user = await options
        .authorizerFor(principal)
        .require('takeaway.export', { companyId }, 'takeaway archive');
      const data = await companyData(options.read, companyId);
      if (!data)
        throw new DomainFailure({
          code: 'NOT_FOUND',
          message: `company ${companyId} does not exist`,
        });
      const exportedAt = options.calendar.instant();
      const { files, manifest } = buildArchive(data, { exportedAt, sha256 });
      const zip = zipSync(files, { level: 6, mtime: new Date(exportedAt) });
      // The audit record is applied before the data leaves: no export goes unrecorded.
      await options.events.apply(
        'CompanyDataExported',
        {
          exportId: randomUUID(),
          companyId,
          userId: user.userId,
          userEmail: user.email,
          at: exportedAt,
          sha256: sha256(zip),
          counts: manifest.counts,
        },
        { via: 'graphql', userId: user.userId, companyId },
      );
      const name = `chainlift-${data.company.uscc}-${exportedAt.slice(0, 10)}.zip`;
      res
        .status(200)
        .setHeader('content-type', 'application/zip')
        .setHeader('content-disposition', `attachment; filename="${name}"`)
        .setHeader('cache-control', 'no-store')
        .send(Buffer.from(zip));
    } catch (error) {
      if (!fail(res, error)) next(error);
    }
  });

  router.post(
    '/import',
    async (req: Request, res: Response, next: NextFunction) => {
      // Who first: nobody's body is read before the authorization module said yes.
      try {
        const principal = await options.principalOf(req.headers.authorization);
        res.locals.user = await options
          .authorizerFor(principal)
          .require('takeaway.import', {}, 'takeaway import');
        next();
      } catch (error) {
        if (!fail(res, error)) next(error);
      }
    },
    express.raw({ type: () => true, limit: MAX_ARCHIVE_BYTES }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const report = await importArchive(options, res.locals.user as UserPrincipal, req.body);
        res.status(report.rejected.length ? 207 : 201).json(report);
      } catch (error) {
        if (!fail(res, error)) next(error);
      }
    },
  );
  return router;
}

const badArchive = (message: string) =>
  new DomainFailure({ code: 'BAD_USER_INPUT', message, field: 'archive' });

function unzip(body: unknown): Unzipped {
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw badArchive('send the archive (.zip) as the request body');
  let total = 0;
  try {
    return unzipSync(new Uint8Array(body), {
      filter: (file) => {
        total += file.originalSize;
        if (total > MAX_UNZIPPED_BYTES) throw badArchive('the archive unpacks to more than 200 MB');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof DomainFailure) throw error;
    throw badArchive('the body is not a zip archive');
  }
}

async function importArchive(
  options: TakeawayOptions,
  admin: UserPrincipal,
  body: unknown,
): Promise<ImportReport> {
  const { data } = orThrow(readArchive(unzip(body), sha256));
  const usccs = [data.company.uscc, ...data.counterparties.map((c) => String(c.uscc))];
  const known = new Map(
    (
      await options.read<{ uscc: string; id: string }>(
        'UNWIND $usccs AS uscc MATCH (c:Company {uscc: uscc}) RETURN c.uscc AS uscc, c.id AS id',
        { usccs },
      )
    ).map((r) => [r.uscc, r.id]),
  );
  // Nobody knows this password: the users set theirs through the reset links below.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  const plan = orThrow(
    archiveToEvents(data, {
      known,
      passwordHash,
      importedBy: admin.userId,
      now: options.calendar.instant(),
    }),
  );
  // Every event is checked against its contract before the first one is published.
  const built = new Map<ImportEvent, BuiltEvent>();
  for (const e of plan.events)
    built.set(
      e,
      orThrow(
        buildEvent(e.type, e.payload, actor(admin), {
          occurredAt: e.at ?? options.calendar.instant(),
        }),
      ),
    );
  const applied: Record<string, number> = {};
  const rejected: ImportReport['rejected'] = [];
  for (const phase of importPhases(plan.events)) {
    const outcomes = await publishAndWait(
      options,
      phase.map((e) => built.get(e)!),
    );
    for (const o of outcomes) {
      if (o.status === 'APPLIED') applied[o.type] = (applied[o.type] ?? 0) + 1;
      else rejected.push(o);
    }
  }
  const users: ImportReport['users'] = [];
  const resets = plan.users.map((u) => ({ user: u, ...generateResetToken() }));
  const expiresAt = new Date(
    options.calendar.now().getTime() + PASSWORD_RESET_TTL_MS,
  ).toISOString();
  const issued = await publishAndWait(
    options,
    resets.map((r) =>
      orThrow(
        buildEvent(
          'PasswordResetIssued',
          { userId: r.user.id, companyId: r.user.companyId, tokenHash: r.tokenHash, expiresAt },
          actor(admin),
        ),
      ),
    ),
  );
  issued.forEach((o, i) => {
    const r = resets[i]!;
    if (o.status === 'APPLIED')
      users.push({ id: r.user.id, email: r.user.email, resetToken: r.token, expiresAt });
    else rejected.push(o);
  });
  options.log.info(
    { companyId: data.company.id, applied, rejected: rejected.length, by: admin.userId },
    'takeaway archive imported',
  );
  return {
    company: { id: data.company.id, name: data.company.name, uscc: data.company.uscc },
    applied,
    rejected,
    skipped: plan.skipped,
    mapped: plan.mapped,
    users,
  };
}

type PhaseOutcome =
  | { status: 'APPLIED'; type: string }
  | { status: 'REJECTED'; type: string; code: string; message: string };

/** Publishes the events (per topic, in order) and waits for each one's outcome. */
async function publishAndWait(
  options: TakeawayOptions,
  events: BuiltEvent[],
): Promise<PhaseOutcome[]> {
  const pending = events.map((b) => options.outcomes.expect(b.event.id));
  const byTopic = new Map<string, BuiltEvent['message'][]>();
  for (const b of events) byTopic.set(b.topic, [...(byTopic.get(b.topic) ?? []), b.message]);
  try {
    for (const [topic, messages] of byTopic)
      for (let i = 0; i < messages.length; i += 500)
        await options.bus.publish(topic, messages.slice(i, i + 500));
  } catch (error) {
    pending.forEach((p) => p.cancel());
    options.log.error({ err: error }, 'takeaway import: publishing failed');
    throw new DomainFailure({
      code: 'UNAVAILABLE',
      message:
        'The event log (Kafka) cannot be reached; the import stopped (what was applied stays, the same archive cannot be imported again here).',
    });
  }
  const deadline = Date.now() + PHASE_WAIT_MS;
  const results: PhaseOutcome[] = [];
  for (const [i, p] of pending.entries()) {
    const type = events[i]!.event.type;
    const outcome = await p.outcome(Math.max(1, deadline - Date.now()));
    if (!outcome)
      results.push({
        status: 'REJECTED',
        type,
        code: 'UNAVAILABLE',
        message: `the projector did not answer in time (event ${events[i]!.event.id})`,
      });
    else if (outcome.status === 'APPLIED') results.push({ status: 'APPLIED', type });
    else results.push({ status: 'REJECTED', type, code: outcome.code, message: outcome.message });
  }
  return results;
}
