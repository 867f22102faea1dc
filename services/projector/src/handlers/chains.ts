/** Chains, invitations, membership moves and supply links. Tiers are derived from the links when read. */
import {
  checkInvitationSignUp,
  fail,
  inviteMember,
  moveMember,
  ok,
  type MemberMove,
  type InvitationFacts,
  type MemberStatus,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Handler } from './handler';
import { rows, setOf } from './rows';
import { decideNewAccount, loadTakenAccounts, takeAccount, type TakenAccounts } from './users';

/**
 * Every change to who is in a chain or who supplies whom bumps the chain's version, in the same
 * transaction, so readers can cache what they derive from the network (tiers) until it changes.
 */
async function bumpChains(tx: ManagedTransaction, chainIds: string[]) {
  await tx.run(
    'UNWIND $ids AS id MATCH (ch:Chain {id: id}) SET ch.version = coalesce(ch.version, 0) + 1',
    { ids: chainIds },
  );
}

async function bumpChainsOf(tx: ManagedTransaction, events: { companyIds: string[] }[]) {
  // Once per event and chain (not per batch), so the versions come out the same however events are batched.
  await tx.run(
    `UNWIND $events AS e
     CALL (e) {
       MATCH (c:Company)-[:MEMBER_OF]->(ch:Chain) WHERE c.id IN e.companyIds
       WITH DISTINCT ch SET ch.version = coalesce(ch.version, 0) + 1
     }`,
    { events },
  );
}

interface ChainCreated {
  chainId: string;
  leaderId: string;
  name: string;
}

export const chainCreated: Handler<
  ChainCreated,
  { kinds: Map<string, string>; leading: Set<string>; chains: Set<string> }
> = {
  type: 'ChainCreated',
  async load(tx, events) {
    const leaders = await rows<{ id: string; kind: string; leads: boolean }>(
      tx,
      'UNWIND $ids AS id MATCH (c:Company {id: id}) RETURN c.id AS id, c.kind AS kind, EXISTS { (c)-[:LEADS]->(:Chain) } AS leads',
      { ids: events.map((e) => e.payload.leaderId) },
    );
    const chains = await rows(
      tx,
      'UNWIND $ids AS id MATCH (ch:Chain {id: id}) RETURN ch.id AS id',
      { ids: events.map((e) => e.payload.chainId) },
    );
    return {
      kinds: new Map(leaders.map((l) => [l.id, l.kind])),
      leading: new Set(leaders.filter((l) => l.leads).map((l) => l.id)),
      chains: setOf(chains, 'id'),
    };
  },
  decide(state, { payload }) {
    const kind = state.kinds.get(payload.leaderId);
    if (!kind) return fail('NOT_FOUND', `company ${payload.leaderId} does not exist`);
    if (kind !== 'CHAIN_LEADER')
      return fail('FORBIDDEN', 'only a chain leader (CHAIN_LEADER) can create a chain');
    if (state.leading.has(payload.leaderId))
      return fail('CONFLICT', 'this company already leads a chain');
    if (state.chains.has(payload.chainId))
      return fail('CONFLICT', `chain id ${payload.chainId} is already in use`);
    return ok(payload);
  },
  evolve(state, { payload }) {
    state.leading.add(payload.leaderId);
    state.chains.add(payload.chainId);
    return state;
  },
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (l:Company {id: r.leaderId})
       CREATE (l)-[:LEADS]->(ch:Chain {id: r.chainId, name: r.name, leaderId: r.leaderId, createdAt: datetime(r.at), version: 0})
       CREATE (l)-[:MEMBER_OF {status: 'ACTIVE', since: datetime(r.at), updatedAt: datetime(r.at)}]->(ch)`,
      { rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })) },
    );
  },
};

interface SuppliersInvited {
  chainId: string;
  inviterId: string;
  suppliers: {
    companyId: string;
    name: string;
    uscc: string;
    email: string;
    supplies: string[];
    /** The invitation link (its token's hash) for a company with no user yet. */
    invitation?: { tokenHash: string; expiresAt: string };
  }[];
}

interface ChainState {
  leaders: Map<string, string>;
  /** `${chainId}/${companyId or uscc:USCC}` → status */
  statuses: Map<string, MemberStatus>;
}

export const suppliersInvited: Handler<
  SuppliersInvited,
  ChainState & { usccToId: Map<string, string> }
> = {
  type: 'SuppliersInvited',
  async load(tx, events) {
    const chains = await rows<{ id: string; leaderId: string }>(
      tx,
      'UNWIND $ids AS id MATCH (ch:Chain {id: id}) RETURN ch.id AS id, ch.leaderId AS leaderId',
      { ids: [...new Set(events.map((e) => e.payload.chainId))] },
    );
    const inviters = await rows<{ chainId: string; companyId: string; status: MemberStatus }>(
      tx,
      `UNWIND $pairs AS p MATCH (:Company {id: p.companyId})-[m:MEMBER_OF]->(:Chain {id: p.chainId})
       RETURN p.chainId AS chainId, p.companyId AS companyId, m.status AS status`,
      {
        pairs: events.map((e) => ({ chainId: e.payload.chainId, companyId: e.payload.inviterId })),
      },
    );
    const suppliers = await rows<{
      chainId: string;
      uscc: string;
      id: string;
      status: MemberStatus | null;
    }>(
      tx,
      `UNWIND $pairs AS p MATCH (c:Company {uscc: p.uscc})
       OPTIONAL MATCH (c)-[m:MEMBER_OF]->(:Chain {id: p.chainId})
       RETURN p.chainId AS chainId, p.uscc AS uscc, c.id AS id, m.status AS status`,
      {
        pairs: events.flatMap((e) =>
          e.payload.suppliers.map((s) => ({ chainId: e.payload.chainId, uscc: s.uscc })),
        ),
      },
    );
    const statuses = new Map<string, MemberStatus>();
    for (const i of inviters) statuses.set(`${i.chainId}/${i.companyId}`, i.status);
    for (const s of suppliers) if (s.status) statuses.set(`${s.chainId}/uscc:${s.uscc}`, s.status);
    return {
      leaders: new Map(chains.map((c) => [c.id, c.leaderId])),
      statuses,
      usccToId: new Map(suppliers.map((s) => [s.uscc, s.id])),
    };
  },
  decide(state, { payload }) {
    const leaderId = state.leaders.get(payload.chainId);
    if (!leaderId) return fail('NOT_FOUND', `chain ${payload.chainId} does not exist`, 'chainId');
    if (
      payload.inviterId !== leaderId &&
      state.statuses.get(`${payload.chainId}/${payload.inviterId}`) !== 'ACTIVE'
    ) {
      return fail(
        'FORBIDDEN',
        'only the leader or an active member can invite suppliers into the chain',
      );
    }
    for (const s of payload.suppliers) {
      const existingId = state.usccToId.get(s.uscc);
      if (existingId === payload.inviterId)
        return fail(
          'BAD_USER_INPUT',
          `${s.name} (${s.uscc}) is the inviting company itself`,
          'uscc',
        );
      const result = inviteMember(
        state.statuses.get(`${payload.chainId}/uscc:${s.uscc}`),
        existingId === leaderId,
      );
      if (!result.ok) return result;
    }
    return ok(payload);
  },
  evolve(state, { payload }) {
    for (const s of payload.suppliers) {
      const key = `${payload.chainId}/uscc:${s.uscc}`;
      const current = state.statuses.get(key);
      if (current === undefined || current === 'DECLINED' || current === 'REMOVED')
        state.statuses.set(key, 'INVITED');
      if (!state.usccToId.has(s.uscc)) state.usccToId.set(s.uscc, s.companyId);
    }
    return state;
  },
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (ch:Chain {id: r.chainId})
       MATCH (inviter:Company {id: r.inviterId})
       MERGE (c:Company {uscc: r.uscc})
         ON CREATE SET c.id = r.companyId, c.name = r.name, c.kind = 'SME', c.contactEmail = r.email,
                       c.registeredAt = datetime(r.at), c.registeredBy = r.eventId
       MERGE (c)-[m:MEMBER_OF]->(ch)
         ON CREATE SET m.status = 'INVITED', m.since = datetime(r.at), m.updatedAt = datetime(r.at), m.invitedBy = r.inviterId
         ON MATCH SET m.status = CASE WHEN m.status IN ['DECLINED', 'REMOVED'] THEN 'INVITED' ELSE m.status END,
                      m.updatedAt = datetime(r.at)
       MERGE (c)-[s:SUPPLIES]->(inviter)
         ON CREATE SET s.since = datetime(r.at)
       // What a link carries is a set: kept sorted, so the result is the same in any order of events.
       SET s.products = COLLECT { UNWIND coalesce(s.products, []) + r.supplies AS p RETURN DISTINCT p ORDER BY p }`,
      {
        rows: accepted.flatMap((e) =>
          e.payload.suppliers.map(({ invitation: _link, ...s }) => ({
            ...s,
            chainId: e.payload.chainId,
            inviterId: e.payload.inviterId,
            at: e.occurredAt,
            eventId: e.id,
          })),
        ),
      },
    );
    // One link per company and chain: a new invitation replaces the earlier link (and reopens it).
    await tx.run(
      `UNWIND $rows AS r
       MATCH (c:Company {uscc: r.uscc})
       MERGE (i:Invitation {chainId: r.chainId, companyId: c.id})
       SET i.tokenHash = r.tokenHash, i.expiresAt = datetime(r.expiresAt), i.issuedAt = datetime(r.at),
           i.invitedBy = r.inviterId, i.usedAt = null, i.usedBy = null`,
      {
        rows: accepted.flatMap((e) =>
          e.payload.suppliers
            .filter((s) => s.invitation)
            .map((s) => ({
              uscc: s.uscc,
              chainId: e.payload.chainId,
              inviterId: e.payload.inviterId,
              at: e.occurredAt,
              ...s.invitation!,
            })),
        ),
      },
    );
    await bumpChains(
      tx,
      accepted.map((e) => e.payload.chainId),
    );
  },
};

interface MemberChange {
  chainId: string;
  companyId: string;
}

const loadMemberships = async (
  tx: Parameters<Handler<MemberChange, unknown>['load']>[0],
  events: { payload: MemberChange }[],
) => {
  const found = await rows<{
    chainId: string;
    companyId: string;
    status: MemberStatus;
    leaderId: string;
  }>(
    tx,
    `UNWIND $pairs AS p MATCH (:Company {id: p.companyId})-[m:MEMBER_OF]->(ch:Chain {id: p.chainId})
     RETURN p.chainId AS chainId, p.companyId AS companyId, m.status AS status, ch.leaderId AS leaderId`,
    { pairs: events.map((e) => ({ chainId: e.payload.chainId, companyId: e.payload.companyId })) },
  );
  return {
    statuses: new Map<string, MemberStatus>(
      found.map((f) => [`${f.chainId}/${f.companyId}`, f.status]),
    ),
    leaders: new Map(found.map((f) => [f.chainId, f.leaderId])),
  };
};

const writeStatuses = async (
  tx: Parameters<Handler<MemberChange, unknown>['write']>[0],
  changes: { chainId: string; companyId: string; status: string; at: string }[],
) => {
  await tx.run(
    `UNWIND $rows AS r MATCH (:Company {id: r.companyId})-[m:MEMBER_OF]->(:Chain {id: r.chainId})
     SET m.status = r.status, m.updatedAt = datetime(r.at)`,
    { rows: changes },
  );
  await bumpChains(
    tx,
    changes.map((c) => c.chainId),
  );
};

type Memberships = Awaited<ReturnType<typeof loadMemberships>>;

export const invitationAnswered: Handler<MemberChange & { accept: boolean }, Memberships> = {
  type: 'InvitationAnswered',
  load: loadMemberships,
  decide(state, { payload }) {
    return moveMember(
      state.statuses.get(`${payload.chainId}/${payload.companyId}`),
      payload.accept ? 'accept' : 'decline',
    );
  },
  evolve(state, { payload }) {
    state.statuses.set(
      `${payload.chainId}/${payload.companyId}`,
      payload.accept ? 'ACTIVE' : 'DECLINED',
    );
    return state;
  },
  async write(tx, accepted) {
    await writeStatuses(
      tx,
      accepted.map((e) => ({
        ...e.payload,
        status: e.payload.accept ? 'ACTIVE' : 'DECLINED',
        at: e.occurredAt,
      })),
    );
  },
};

interface InvitationSignUp {
  chainId: string;
  companyId: string;
  tokenHash: string;
  userId: string;
  email: string;
  name: string;
  passwordHash: string;
  companyName?: string;
  region?: string;
  industry?: string;
}

/** The facts of each link (by token hash), the e-mails and user ids already taken. */
interface SignUpState extends TakenAccounts {
  links: Map<string, InvitationFacts>;
}

/** An invitation link (i) of company c, with its membership m: what the sign-up rule needs. */
const INVITATION_FACTS = `i { .chainId, .companyId, expiresAt: toString(i.expiresAt), usedAt: toString(i.usedAt),
  memberStatus: m.status, companyHasUsers: EXISTS { (:User)-[:WORKS_AT]->(c) }, provisional: c.region IS NULL }`;

export const invitationAcceptedWithSignUp: Handler<InvitationSignUp, SignUpState> = {
  type: 'InvitationAcceptedWithSignUp',
  async load(tx, events) {
    const links = await rows<{ tokenHash: string; facts: InvitationFacts }>(
      tx,
      `UNWIND $hashes AS h MATCH (i:Invitation {tokenHash: h}) MATCH (c:Company {id: i.companyId})
       OPTIONAL MATCH (c)-[m:MEMBER_OF]->(:Chain {id: i.chainId})
       RETURN h AS tokenHash, ${INVITATION_FACTS} AS facts`,
      { hashes: events.map((e) => e.payload.tokenHash) },
    );
    return {
      links: new Map(
        links.map((l) => [
          l.tokenHash,
          { ...l.facts, memberStatus: l.facts.memberStatus ?? undefined },
        ]),
      ),
      ...(await loadTakenAccounts(
        tx,
        events.map((e) => e.payload),
      )),
    };
  },
  decide(state, { payload, occurredAt }) {
    const link = state.links.get(payload.tokenHash);
    // A link names its company and chain: an event that names others is not this link's.
    const facts =
      link && link.chainId === payload.chainId && link.companyId === payload.companyId
        ? link
        : undefined;
    const checked = checkInvitationSignUp(facts, occurredAt, payload);
    if (!checked.ok) return checked;
    const account = decideNewAccount(state, payload);
    return account.ok ? ok(payload) : account;
  },
  evolve(state, { payload, occurredAt }) {
    const link = state.links.get(payload.tokenHash)!;
    state.links.set(payload.tokenHash, {
      ...link,
      usedAt: occurredAt,
      memberStatus: 'ACTIVE',
      companyHasUsers: true,
    });
    // Other links of the same company now meet a company with users.
    for (const [hash, other] of state.links)
      if (other.companyId === payload.companyId)
        state.links.set(hash, { ...other, companyHasUsers: true });
    takeAccount(state, payload);
    return state;
  },
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (c:Company {id: r.companyId})
       MATCH (i:Invitation {tokenHash: r.tokenHash})
       MATCH (c)-[m:MEMBER_OF]->(:Chain {id: r.chainId})
       CREATE (:User {id: r.userId, email: r.email, name: r.name, role: 'ADMIN', passwordHash: r.passwordHash,
                      platformAdmin: false, active: true, createdAt: datetime(r.at)})-[:WORKS_AT]->(c)
       SET i.usedAt = datetime(r.at), i.usedBy = r.userId,
           m.status = 'ACTIVE', m.updatedAt = datetime(r.at),
           c.name = coalesce(r.companyName, c.name), c.region = coalesce(r.region, c.region),
           c.industry = coalesce(r.industry, c.industry)`,
      {
        rows: accepted.map((e) => ({
          companyName: null,
          region: null,
          industry: null,
          ...e.payload,
          at: e.occurredAt,
        })),
      },
    );
    await bumpChains(
      tx,
      accepted.map((e) => e.payload.chainId),
    );
  },
};

export const memberStatusChanged: Handler<
  MemberChange & { move: Exclude<MemberMove, 'accept' | 'decline'> },
  Memberships
> = {
  type: 'MemberStatusChanged',
  load: loadMemberships,
  decide(state, { payload }) {
    if (state.leaders.get(payload.chainId) === payload.companyId)
      return fail('BAD_USER_INPUT', 'the leader cannot be suspended or removed from its own chain');
    return moveMember(state.statuses.get(`${payload.chainId}/${payload.companyId}`), payload.move);
  },
  evolve(state, { payload }) {
    const key = `${payload.chainId}/${payload.companyId}`;
    const next = moveMember(state.statuses.get(key), payload.move);
    if (next.ok) state.statuses.set(key, next.value);
    return state;
  },
  async write(tx, accepted) {
    const changes = accepted.map((e) => {
      const status = { suspend: 'SUSPENDED', reinstate: 'ACTIVE', remove: 'REMOVED' }[
        e.payload.move
      ];
      return {
        chainId: e.payload.chainId,
        companyId: e.payload.companyId,
        status,
        at: e.occurredAt,
      };
    });
    await writeStatuses(tx, changes);
  },
};

interface SupplyLink {
  buyerId: string;
  supplierId: string;
  products?: string[];
}

export const supplyLinkDeclared: Handler<SupplyLink, Set<string>> = {
  type: 'SupplyLinkDeclared',
  async load(tx, events) {
    return setOf(
      await rows(tx, 'UNWIND $ids AS id MATCH (c:Company {id: id}) RETURN c.id AS id', {
        ids: [...new Set(events.flatMap((e) => [e.payload.buyerId, e.payload.supplierId]))],
      }),
      'id',
    );
  },
  decide(companies, { payload }) {
    if (payload.buyerId === payload.supplierId)
      return fail('BAD_USER_INPUT', 'a company cannot supply itself', 'supplierId');
    if (!companies.has(payload.supplierId))
      return fail('NOT_FOUND', `company ${payload.supplierId} does not exist`, 'supplierId');
    if (!companies.has(payload.buyerId))
      return fail('NOT_FOUND', `company ${payload.buyerId} does not exist`, 'buyerId');
    return ok(payload);
  },
  evolve: (state) => state,
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (b:Company {id: r.buyerId}) MATCH (s:Company {id: r.supplierId})
       MERGE (s)-[l:SUPPLIES]->(b)
         ON CREATE SET l.since = datetime(r.at)
       SET l.products = COLLECT { UNWIND coalesce(l.products, []) + r.products AS p RETURN DISTINCT p ORDER BY p }`,
      {
        rows: accepted.map((e) => ({
          ...e.payload,
          products: e.payload.products ?? [],
          at: e.occurredAt,
        })),
      },
    );
    await bumpChainsOf(
      tx,
      accepted.map((e) => ({ companyIds: [e.payload.buyerId, e.payload.supplierId] })),
    );
  },
};

export const supplyLinkRemoved: Handler<SupplyLink, Set<string>> = {
  type: 'SupplyLinkRemoved',
  async load(tx, events) {
    const found = await rows<{ key: string }>(
      tx,
      `UNWIND $pairs AS p MATCH (:Company {id: p.supplierId})-[:SUPPLIES]->(:Company {id: p.buyerId})
       RETURN p.supplierId + '>' + p.buyerId AS key`,
      { pairs: events.map((e) => e.payload) },
    );
    return setOf(found, 'key');
  },
  decide(links, { payload }) {
    return links.has(`${payload.supplierId}>${payload.buyerId}`)
      ? ok(payload)
      : fail('NOT_FOUND', 'there is no such supply link', 'supplierId');
  },
  evolve(links, { payload }) {
    links.delete(`${payload.supplierId}>${payload.buyerId}`);
    return links;
  },
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r MATCH (:Company {id: r.supplierId})-[l:SUPPLIES]->(:Company {id: r.buyerId}) DELETE l`,
      { rows: accepted.map((e) => e.payload) },
    );
    await bumpChainsOf(
      tx,
      accepted.map((e) => ({ companyIds: [e.payload.buyerId, e.payload.supplierId] })),
    );
  },
};
