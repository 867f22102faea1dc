/**
 * Credentials: failed and successful logins (the lockout count every gateway reads), password
 * changes, one-time reset links. Rules: @chainlift/domain users/credentials.
 */
import {
  changePassword,
  issuePasswordReset,
  recordLoginFailure,
  recordLoginSuccess,
  resetPassword,
  type Credentials,
  type Decider,
  type EventEnvelope,
  type LoginAttempt,
  type LoginFailure,
  type PasswordChange,
  type PasswordResetIssue,
  type PayloadOf,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Handler } from './handler';
import { rows } from './rows';

/** The credential facts of each event's user (events without a user load nothing). */
async function loadCredentials(
  tx: ManagedTransaction,
  events: { payload: { userId?: string } }[],
): Promise<Credentials> {
  const found = await rows<{
    id: string;
    companyId: string;
    active: boolean;
    failedLogins: number | null;
    resetTokenHash: string | null;
    resetExpiresAt: string | null;
  }>(
    tx,
    `UNWIND $ids AS id MATCH (u:User {id: id})-[:WORKS_AT]->(c:Company)
     RETURN u.id AS id, c.id AS companyId, u.active AS active, u.failedLogins AS failedLogins,
            u.resetTokenHash AS resetTokenHash, u.resetExpiresAt AS resetExpiresAt`,
    { ids: events.flatMap((e) => (e.payload.userId ? [e.payload.userId] : [])) },
  );
  return new Map(
    found.map((r) => [
      r.id,
      {
        companyId: r.companyId,
        active: r.active !== false,
        failedLogins: r.failedLogins ?? 0,
        resetTokenHash: r.resetTokenHash,
        resetExpiresAt: r.resetExpiresAt,
      },
    ]),
  );
}

/** A credential handler: load the users, decide with the domain's decider, write `change` per accepted event. */
function credentialHandler<P extends { userId?: string }, C>(
  type: string,
  decider: Decider<Credentials, C>,
  command: (event: EventEnvelope<string, P>) => C,
  change: string,
): Handler<P, Credentials> {
  return {
    type,
    load: loadCredentials,
    decide: (state, event) => decider.decide(state, command(event)),
    evolve: (state, event) => decider.evolve(state, command(event)),
    async write(tx, accepted, state) {
      await tx.run(
        `UNWIND $rows AS r MATCH (u:User {id: r.userId}) SET ${change}, u.updatedAt = datetime(r.at)`,
        {
          rows: accepted.map((e) => ({
            ...e.payload,
            at: e.occurredAt,
            failedLogins: state.get(e.payload.userId ?? '')?.failedLogins ?? 0,
          })),
        },
      );
    },
  };
}

const payloadOf = <P>(event: { payload: P }): P => event.payload;

export const loginFailed = credentialHandler<PayloadOf<'LoginFailed'>, LoginFailure>(
  'LoginFailed',
  recordLoginFailure,
  payloadOf,
  'u.failedLogins = r.failedLogins, u.lastFailedAt = r.at',
);

export const loginSucceeded = credentialHandler<PayloadOf<'LoginSucceeded'>, LoginAttempt>(
  'LoginSucceeded',
  recordLoginSuccess,
  payloadOf,
  'u.failedLogins = 0, u.lastFailedAt = null',
);

const NEW_PASSWORD =
  'u.passwordHash = r.passwordHash, u.failedLogins = 0, u.lastFailedAt = null, u.resetTokenHash = null, u.resetExpiresAt = null';

export const passwordChanged = credentialHandler<PayloadOf<'PasswordChanged'>, PasswordChange>(
  'PasswordChanged',
  changePassword,
  payloadOf,
  NEW_PASSWORD,
);

export const passwordResetIssued = credentialHandler<
  PayloadOf<'PasswordResetIssued'>,
  PasswordResetIssue
>(
  'PasswordResetIssued',
  issuePasswordReset,
  payloadOf,
  'u.resetTokenHash = r.tokenHash, u.resetExpiresAt = r.expiresAt',
);

export const passwordReset = credentialHandler(
  'PasswordReset',
  resetPassword,
  (e: EventEnvelope<string, PayloadOf<'PasswordReset'>>) => ({ ...e.payload, at: e.occurredAt }),
  NEW_PASSWORD,
);
