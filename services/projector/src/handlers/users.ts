/** User accounts: created in one company, role changes, deactivation. */
import { fail, ok, type UserCreated } from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Handler } from './handler';
import { rows, setOf } from './rows';

/** E-mails and user ids already taken: a new account must use neither. */
export interface TakenAccounts {
  emails: Set<string>;
  ids: Set<string>;
}

export async function loadTakenAccounts(
  tx: ManagedTransaction,
  accounts: { email: string; userId: string }[],
): Promise<TakenAccounts> {
  const emails = await rows(
    tx,
    'UNWIND $emails AS email MATCH (u:User {email: email}) RETURN u.email AS email',
    { emails: accounts.map((a) => a.email) },
  );
  const ids = await rows(tx, 'UNWIND $ids AS id MATCH (u:User {id: id}) RETURN u.id AS id', {
    ids: accounts.map((a) => a.userId),
  });
  return { emails: setOf(emails, 'email'), ids: setOf(ids, 'id') };
}

export function decideNewAccount(taken: TakenAccounts, account: { email: string; userId: string }) {
  if (taken.emails.has(account.email))
    return fail('CONFLICT', `a user with e-mail ${account.email} already exists`, 'email');
  if (taken.ids.has(account.userId))
    return fail('CONFLICT', `user id ${account.userId} is already in use`, 'userId');
  return ok(account);
}

export function takeAccount(taken: TakenAccounts, account: { email: string; userId: string }) {
  taken.emails.add(account.email);
  taken.ids.add(account.userId);
}

export const userCreated: Handler<UserCreated, TakenAccounts & { companies: Set<string> }> = {
  type: 'UserCreated',
  async load(tx, events) {
    const companies = await rows(
      tx,
      'UNWIND $ids AS id MATCH (c:Company {id: id}) RETURN c.id AS id',
      { ids: events.map((e) => e.payload.companyId) },
    );
    return {
      companies: setOf(companies, 'id'),
      ...(await loadTakenAccounts(
        tx,
        events.map((e) => e.payload),
      )),
    };
  },
  decide(state, { payload }) {
    if (!state.companies.has(payload.companyId))
      return fail('NOT_FOUND', `company ${payload.companyId} does not exist`, 'companyId');
    const account = decideNewAccount(state, payload);
    return account.ok ? ok(payload) : account;
  },
  evolve(state, { payload }) {
    takeAccount(state, payload);
    return state;
  },
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (c:Company {id: r.companyId})
       CREATE (u:User {id: r.userId, email: r.email, name: r.name, role: r.role, passwordHash: r.passwordHash,
                       platformAdmin: r.platformAdmin, active: true, createdAt: datetime(r.at)})-[:WORKS_AT]->(c)`,
      { rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })) },
    );
  },
};

type UserRef = { userId: string; companyId: string };
const loadUsers = async (
  tx: Parameters<Handler<UserRef, unknown>['load']>[0],
  events: { payload: UserRef }[],
) =>
  new Map(
    (
      await rows<{ id: string; companyId: string }>(
        tx,
        'UNWIND $ids AS id MATCH (u:User {id: id})-[:WORKS_AT]->(c:Company) RETURN u.id AS id, c.id AS companyId',
        { ids: events.map((e) => e.payload.userId) },
      )
    ).map((r) => [r.id, r.companyId]),
  );
const decideUser = (users: Map<string, string>, { payload }: { payload: UserRef }) =>
  users.get(payload.userId) === payload.companyId
    ? ok(payload)
    : fail('NOT_FOUND', `no user ${payload.userId} in this company`, 'userId');

/** One UNWIND that applies `change` (a fixed SET clause over row r) to each event's user. */
async function updateUsers(
  tx: ManagedTransaction,
  accepted: { payload: UserRef; occurredAt: string }[],
  change: string,
) {
  await tx.run(
    `UNWIND $rows AS r MATCH (u:User {id: r.userId}) SET ${change}, u.updatedAt = datetime(r.at)`,
    {
      rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })),
    },
  );
}

export const userRoleChanged: Handler<UserRef & { role: string }, Map<string, string>> = {
  type: 'UserRoleChanged',
  load: loadUsers,
  decide: decideUser,
  evolve: (state) => state,
  write: (tx, accepted) => updateUsers(tx, accepted, 'u.role = r.role'),
};

export const userDeactivated: Handler<UserRef, Map<string, string>> = {
  type: 'UserDeactivated',
  load: loadUsers,
  decide: decideUser,
  evolve: (state) => state,
  write: (tx, accepted) => updateUsers(tx, accepted, 'u.active = false'),
};
