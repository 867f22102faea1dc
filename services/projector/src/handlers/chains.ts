/**
 * Chains, invitations and membership moves (rules: `@chainlift/domain` chain/); supply links are in
 * supply-links.ts. Load and write only.
 */
import {
  answerInvitation,
  changeMemberStatus,
  companyRegionCode,
  createChain,
  inviteSuppliers,
  onboardingConfirmsLink,
  regionCodeOfRegionText,
  signUpWithInvitation,
  statusAfterMove,
  type ChainCreated,
  type CreateChainState,
  type InvitationFacts,
  type InvitationSignUp,
  type InviteeFacts,
  type InviteSuppliersState,
  type LeaderMove,
  type MemberChange,
  type Memberships,
  type MemberStatus,
  type SignUpState,
  type SuppliersInvited,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Handler } from './handler';
import { rows, setOf } from './rows';
import { loadTakenAccounts } from './users';
import { bumpChains } from './chain-versions';

export const chainCreated: Handler<ChainCreated, CreateChainState> = {
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
  decide: (state, { payload }) => createChain.decide(state, payload),
  evolve: (state, { payload }) => createChain.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (l:Company {id: r.leaderId})
       CREATE (l)-[:LEADS]->(ch:Chain {id: r.chainId, name: r.name, leaderId: r.leaderId, createdAt: datetime(r.at), version: 0})
       CREATE (l)-[:MEMBER_OF {status: 'ACTIVE', since: datetime(r.at), activeSince: datetime(r.at), updatedAt: datetime(r.at)}]->(ch)`,
      { rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })) },
    );
  },
};

export const suppliersInvited: Handler<SuppliersInvited, InviteSuppliersState> = {
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
    const invitees = await rows<{
      chainId: string;
      uscc: string;
      facts: InviteeFacts & { status: MemberStatus | null };
    }>(
      tx,
      `UNWIND $pairs AS p MATCH (c:Company {uscc: p.uscc})
       OPTIONAL MATCH (c)-[m:MEMBER_OF]->(:Chain {id: p.chainId})
       RETURN p.chainId AS chainId, p.uscc AS uscc,
              { companyId: c.id, kind: c.kind, status: m.status, hasUsers: EXISTS { (:User)-[:WORKS_AT]->(c) },
                provisional: c.region IS NULL,
                linkedInChain: EXISTS { (:Invitation {chainId: p.chainId, companyId: c.id}) } } AS facts`,
      {
        pairs: events.flatMap((e) =>
          e.payload.suppliers.map((s) => ({ chainId: e.payload.chainId, uscc: s.uscc })),
        ),
      },
    );
    return {
      leaders: new Map(chains.map((c) => [c.id, c.leaderId])),
      inviters: new Map(inviters.map((i) => [`${i.chainId}/${i.companyId}`, i.status])),
      invitees: new Map(
        invitees.map((i) => [
          `${i.chainId}/${i.uscc}`,
          { ...i.facts, status: i.facts.status ?? undefined },
        ]),
      ),
    };
  },
  decide: (state, { payload }) => inviteSuppliers.decide(state, payload),
  evolve: (state, { payload }) => inviteSuppliers.evolve(state, payload),
  async write(tx, accepted, state) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (ch:Chain {id: r.chainId})
       MATCH (inviter:Company {id: r.inviterId})
       MERGE (c:Company {uscc: r.uscc})
         ON CREATE SET c.id = r.companyId, c.name = r.name, c.kind = 'SME', c.contactEmail = r.email,
                       c.regionCode = r.regionCode,
                       c.registeredAt = datetime(r.at), c.registeredBy = r.eventId
       MERGE (c)-[m:MEMBER_OF]->(ch)
         ON CREATE SET m.status = 'INVITED', m.since = datetime(r.at), m.updatedAt = datetime(r.at), m.invitedBy = r.inviterId
         ON MATCH SET m.status = CASE WHEN m.status IN ['DECLINED', 'REMOVED'] THEN 'INVITED' ELSE m.status END,
                      m.updatedAt = datetime(r.at)
       MERGE (c)-[s:SUPPLIES]->(inviter)
         ON CREATE SET s.since = datetime(r.at), s.confirmed = false
       // The leader's onboarding confirms the link; a member's invitation leaves it to the supplier.
       SET s.confirmed = coalesce(s.confirmed, false) OR r.confirmed,
       // What a link carries is a set: kept sorted, so the result is the same in any order of events.
           s.products = COLLECT { UNWIND coalesce(s.products, []) + r.supplies AS p RETURN DISTINCT p ORDER BY p }`,
      {
        rows: accepted.flatMap((e) =>
          e.payload.suppliers.map(({ invitation: _link, ...s }) => ({
            ...s,
            chainId: e.payload.chainId,
            inviterId: e.payload.inviterId,
            regionCode: companyRegionCode({ kind: 'SME', uscc: s.uscc }),
            confirmed: onboardingConfirmsLink(
              e.payload.inviterId,
              state.leaders.get(e.payload.chainId),
            ),
            at: e.occurredAt,
            eventId: e.id,
          })),
        ),
      },
    );
    // One link per company and chain: a new invitation replaces the earlier link (and reopens it).
    // The link is bound to the company's contact e-mail (the one the creating invitation gave).
    await tx.run(
      `UNWIND $rows AS r
       MATCH (c:Company {uscc: r.uscc})
       MERGE (i:Invitation {chainId: r.chainId, companyId: c.id})
       SET i.tokenHash = r.tokenHash, i.expiresAt = datetime(r.expiresAt), i.issuedAt = datetime(r.at),
           i.invitedBy = r.inviterId, i.email = c.contactEmail, i.usedAt = null, i.usedBy = null`,
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

const loadMemberships = async (
  tx: ManagedTransaction,
  events: { payload: MemberChange }[],
): Promise<Memberships> => {
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
    statuses: new Map(found.map((f) => [`${f.chainId}/${f.companyId}`, f.status])),
    leaders: new Map(found.map((f) => [f.chainId, f.leaderId])),
  };
};

/**
 * Accepting an invitation is the supplier's confirmation of the link the invitation made to its
 * inviter (`SupplyLinkConfirmed` by another name).
 */
const confirmInvitersLinks = async (
  tx: ManagedTransaction,
  accepted: { chainId: string; companyId: string; at: string }[],
) => {
  await tx.run(
    `UNWIND $rows AS r
     MATCH (c:Company {id: r.companyId})-[m:MEMBER_OF]->(:Chain {id: r.chainId})
     MATCH (c)-[l:SUPPLIES]->(:Company {id: m.invitedBy})
     SET l.confirmedAt = coalesce(l.confirmedAt, datetime(r.at)), l.confirmed = true`,
    { rows: accepted },
  );
};

const writeStatuses = async (
  tx: ManagedTransaction,
  changes: { chainId: string; companyId: string; status: string; at: string }[],
) => {
  await tx.run(
    `UNWIND $rows AS r MATCH (:Company {id: r.companyId})-[m:MEMBER_OF]->(:Chain {id: r.chainId})
     // activeSince: when it last became ACTIVE (evidence as of a past date reads it).
     SET m.activeSince = CASE WHEN r.status = 'ACTIVE' AND m.status <> 'ACTIVE' THEN datetime(r.at) ELSE m.activeSince END,
         m.status = r.status, m.updatedAt = datetime(r.at)`,
    { rows: changes },
  );
  await bumpChains(
    tx,
    changes.map((c) => c.chainId),
  );
};

export const invitationAnswered: Handler<MemberChange & { accept: boolean }, Memberships> = {
  type: 'InvitationAnswered',
  load: loadMemberships,
  decide: (state, { payload }) => answerInvitation.decide(state, payload),
  evolve: (state, { payload }) => answerInvitation.evolve(state, payload),
  async write(tx, accepted) {
    await writeStatuses(
      tx,
      accepted.map((e) => ({
        ...e.payload,
        status: e.payload.accept ? 'ACTIVE' : 'DECLINED',
        at: e.occurredAt,
      })),
    );
    await confirmInvitersLinks(
      tx,
      accepted.filter((e) => e.payload.accept).map((e) => ({ ...e.payload, at: e.occurredAt })),
    );
  },
};

/** An invitation link (i) of company c, with its membership m: what the sign-up rule needs. */
const INVITATION_FACTS = `i { .chainId, .companyId, .email, expiresAt: toString(i.expiresAt), usedAt: toString(i.usedAt),
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
  decide: (state, { payload, occurredAt }) =>
    signUpWithInvitation.decide(state, { ...payload, at: occurredAt }),
  evolve: (state, { payload, occurredAt }) =>
    signUpWithInvitation.evolve(state, { ...payload, at: occurredAt }),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (c:Company {id: r.companyId})
       MATCH (i:Invitation {tokenHash: r.tokenHash})
       MATCH (c)-[m:MEMBER_OF]->(:Chain {id: r.chainId})
       CREATE (:User {id: r.userId, email: r.email, name: r.name, role: 'ADMIN', passwordHash: r.passwordHash,
                      platformAdmin: false, active: true, createdAt: datetime(r.at)})-[:WORKS_AT]->(c)
       SET i.usedAt = datetime(r.at), i.usedBy = r.userId,
           m.activeSince = CASE WHEN m.status <> 'ACTIVE' THEN datetime(r.at) ELSE m.activeSince END,
           m.status = 'ACTIVE', m.updatedAt = datetime(r.at),
           c.name = coalesce(r.companyName, c.name), c.region = coalesce(r.region, c.region),
           // Its USCC's division stays first; the region it gives names one only when the USCC did not.
           c.regionCode = coalesce(c.regionCode, r.regionCode),
           c.industry = coalesce(r.industry, c.industry)`,
      {
        rows: accepted.map((e) => ({
          companyName: null,
          region: null,
          industry: null,
          ...e.payload,
          regionCode: regionCodeOfRegionText(e.payload.region),
          at: e.occurredAt,
        })),
      },
    );
    await confirmInvitersLinks(
      tx,
      accepted.map((e) => ({ ...e.payload, at: e.occurredAt })),
    );
    await bumpChains(
      tx,
      accepted.map((e) => e.payload.chainId),
    );
  },
};

export const memberStatusChanged: Handler<MemberChange & { move: LeaderMove }, Memberships> = {
  type: 'MemberStatusChanged',
  load: loadMemberships,
  decide: (state, { payload }) => changeMemberStatus.decide(state, payload),
  evolve: (state, { payload }) => changeMemberStatus.evolve(state, payload),
  async write(tx, accepted) {
    await writeStatuses(
      tx,
      accepted.map((e) => ({
        chainId: e.payload.chainId,
        companyId: e.payload.companyId,
        status: statusAfterMove(e.payload.move),
        at: e.occurredAt,
      })),
    );
  },
};
