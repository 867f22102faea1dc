/** User accounts: created in one company, role changes, deactivation. Rules: @chainlift/domain users/accounts. */
import {
  changeUserRole,
  createUser,
  deactivateUser,
  decideNewAccount,
  takeAccount,
  type CreateUserState,
  type Role,
  type TakenAccounts,
  type UserCompanies,
  type UserCreated,
  type UserRef,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Handler } from './handler';
import { rows, setOf } from './rows';

// The account rule shared with the invitation sign-up (handlers/chains.ts) lives in the domain.
export { decideNewAccount, takeAccount, type TakenAccounts };

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

export const userCreated: Handler<UserCreated, CreateUserState> = {
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
  decide: (state, { payload }) => createUser.decide(state, payload),
  evolve: (state, { payload }) => createUser.evolve(state, payload),
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

/** Each event's user and the company it works at. */
export const loadUserCompanies = async (
  tx: ManagedTransaction,
  events: { payload: { userId: string } }[],
): Promise<UserCompanies> =>
  new Map(
    (
      await rows<{ id: string; companyId: string }>(
        tx,
        'UNWIND $ids AS id MATCH (u:User {id: id})-[:WORKS_AT]->(c:Company) RETURN u.id AS id, c.id AS companyId',
        { ids: events.map((e) => e.payload.userId) },
      )
    ).map((r) => [r.id, r.companyId]),
  );

/** One UNWIND that applies `change` (a fixed SET clause over row r) to each event's user. */
export async function updateUsers(
  tx: ManagedTransaction,
  accepted: { payload: { userId: string }; occurredAt: string }[],
  change: string,
) {
  await tx.run(
    `UNWIND $rows AS r MATCH (u:User {id: r.userId}) SET ${change}, u.updatedAt = datetime(r.at)`,
    { rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })) },
  );
}

export const userRoleChanged: Handler<UserRef & { role: Role }, UserCompanies> = {
  type: 'UserRoleChanged',
  load: loadUserCompanies,
  decide: (state, { payload }) => changeUserRole.decide(state, payload),
  evolve: (state, { payload }) => changeUserRole.evolve(state, payload),
  write: (tx, accepted) => updateUsers(tx, accepted, 'u.role = r.role'),
};

export const userDeactivated: Handler<UserRef, UserCompanies> = {
  type: 'UserDeactivated',
  load: loadUserCompanies,
  decide: (state, { payload }) => deactivateUser.decide(state, payload),
  evolve: (state, { payload }) => deactivateUser.evolve(state, payload),
  write: (tx, accepted) => updateUsers(tx, accepted, 'u.active = false'),
};
