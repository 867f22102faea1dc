/**
 * The relationship facts authorization decisions depend on, read from Neo4j once per request
 * (each answer memoised), behind an interface so the policy itself stays pure and testable.
 *
 * Every fact is keyed by the ids it is about (a chain, an order, a grantor and grantee), never by
 * who asks: the same instance may serve the decisions of many principals. Live updates do that —
 * one instance per applied event, shared by every subscriber's decision (live/ws-server.ts).
 */
import {
  IN_NETWORK,
  type ConsentScope,
  type EngagementParties,
  type InventoryLoanParties,
  type MemberStatus,
  type SupplyLinkState,
  type TradeFacts,
  type PledgeParties,
  type ReceivableAudience,
} from '@chainlift/domain';
import { READ_TIMEOUT_MS } from '../reads/graph';
import type { Driver } from 'neo4j-driver';

export interface AccessFacts {
  chainLeader(chainId: string): Promise<string | undefined>;
  memberStatus(chainId: string, companyId: string): Promise<MemberStatus | undefined>;
  /** An active, unexpired consent from grantor to grantee for the scope. */
  consent(grantorId: string, granteeId: string, scope: ConsentScope): Promise<boolean>;
  orderParties(orderId: string): Promise<{ buyerId: string; supplierId: string } | undefined>;
  /** What the trade rule (`mayTrade`) between a buyer and a supplier is decided on. */
  tradeFacts(buyerId: string, supplierId: string): Promise<TradeFacts>;
  receivableParties(receivableId: string): Promise<ReceivableParties | undefined>;
  pledgeParties(pledgeId: string): Promise<PledgeParties | undefined>;
  /** The companies a bank deals with: holders and debtors of its pledges (not refused ones), borrowers of its loans. */
  bankCounterparties(bankId: string): Promise<ReadonlySet<string>>;
  loanParties(loanId: string): Promise<LoanParties | undefined>;
  /** Every company with an active, unexpired consent of this scope to the grantee (one read for many checks). */
  consentGrantors(granteeId: string, scope: ConsentScope): Promise<ReadonlySet<string>>;
  /** The leaders of the chains a company belongs to (invited, active or suspended). */
  leadersOf(companyId: string): Promise<string[]>;
  taskParties(taskId: string): Promise<TaskParties | undefined>;
  /** A company's GB/T 2260 division (Company.regionCode), null when it has none. */
  regionCodeOf(companyId: string): Promise<string | null>;
  /** The provider of a service product. */
  productProvider(productId: string): Promise<string | undefined>;
  engagementParties(engagementId: string): Promise<EngagementParties | undefined>;
  /** The chain and the sponsoring leader of a sponsorship. */
  sponsorshipParties(
    sponsorshipId: string,
  ): Promise<{ chainId: string; leaderId: string } | undefined>;
}

export interface TaskParties {
  /** The company whose improvement plan it is. */
  companyId: string;
  plannedBy: string;
  ownerCompanyId: string;
}

export type LoanParties = InventoryLoanParties;

export type { PledgeParties };

/** Who may read a receivable (`mayReadReceivable`): its debtor, holder, chain of title and pledges. */
export type ReceivableParties = ReceivableAudience;

export interface FactsOptions {
  database?: string;
  /** Called once per Neo4j read, with the fact's name (`order`, `consent`, …): metrics and tests count them. */
  onRead?: (fact: string) => void;
  /**
   * Answer `consent(grantor, grantee, scope)` from one read of every grantee of the grantor's active
   * consents of that scope (fact `grantees`): for an instance shared by many viewers, whose
   * decisions about one grantor's data then cost one read however many companies look.
   */
  consentsByGrantor?: boolean;
  /** Runs each read (e.g. a concurrency limit shared by every event's facts on the live path). */
  limit?: ReadLimit;
  /**
   * Orders whose parties are already known (an applied order event names them: `orderPartiesIn`):
   * `orderParties` answers them without a read. An order's parties never change.
   */
  knownOrders?: ReadonlyArray<{ orderId: string; buyerId: string; supplierId: string }>;
}

const ORDER_KEY = (orderId: string) => `order/${orderId}`;

/** Runs one Neo4j read, e.g. within a concurrency limit. */
export type ReadLimit = <T>(read: () => Promise<T>) => Promise<T>;

export function neo4jFacts(driver: Driver, options: FactsOptions = {}): AccessFacts {
  const { database, onRead, limit } = options;
  const memo = new Map<string, Promise<unknown>>();
  for (const { orderId, buyerId, supplierId } of options.knownOrders ?? [])
    memo.set(ORDER_KEY(orderId), Promise.resolve({ buyerId, supplierId }));
  const READ = {
    database,
    routing: 'READ' as const,
    transactionConfig: { timeout: READ_TIMEOUT_MS },
  };
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) {
      onRead?.(key.slice(0, key.indexOf('/')));
      memo.set(key, limit ? limit(load) : load());
    }
    return memo.get(key) as Promise<T>;
  };
  const first = async <T>(
    query: string,
    params: Record<string, unknown>,
  ): Promise<T | undefined> => {
    const { records } = await driver.executeQuery(query, params, READ);
    return records[0]?.get(0) as T | undefined;
  };
  const idsOf = async (query: string, params: Record<string, unknown>) => {
    const { records } = await driver.executeQuery(query, params, READ);
    return new Set(records.map((r) => r.get('id') as string));
  };
  /** The active, unexpired consents of a scope, by one side: the other side's ids. */
  const ACTIVE_CONSENTS = (by: 'grantorId' | 'granteeId', other: 'grantorId' | 'granteeId') =>
    `MATCH (c:Consent {${by}: $id, scope: $scope})
     WHERE c.status = 'ACTIVE' AND (c.expiresAt IS NULL OR c.expiresAt > datetime())
     RETURN DISTINCT c.${other} AS id`;
  const grantees = (grantorId: string, scope: ConsentScope) =>
    once(`grantees/${grantorId}/${scope}`, () =>
      idsOf(ACTIVE_CONSENTS('grantorId', 'granteeId'), { id: grantorId, scope }),
    );
  return {
    chainLeader: (chainId) =>
      once(`leader/${chainId}`, () =>
        first<string>('MATCH (ch:Chain {id: $chainId}) RETURN ch.leaderId', { chainId }),
      ),
    memberStatus: (chainId, companyId) =>
      once(`member/${chainId}/${companyId}`, () =>
        first<MemberStatus>(
          'MATCH (:Company {id: $companyId})-[m:MEMBER_OF]->(:Chain {id: $chainId}) RETURN m.status',
          { chainId, companyId },
        ),
      ),
    consent: (grantorId, granteeId, scope) =>
      options.consentsByGrantor
        ? grantees(grantorId, scope).then((ids) => ids.has(granteeId))
        : once(`consent/${grantorId}/${granteeId}/${scope}`, async () =>
            Boolean(
              await first<boolean>(
                `RETURN EXISTS {
               MATCH (c:Consent {granteeId: $granteeId, scope: $scope})
               WHERE c.grantorId = $grantorId AND c.status = 'ACTIVE' AND (c.expiresAt IS NULL OR c.expiresAt > datetime())
             }`,
                { grantorId, granteeId, scope },
              ),
            ),
          ),
    orderParties: (orderId) =>
      once(ORDER_KEY(orderId), () =>
        first<{ buyerId: string; supplierId: string }>(
          'MATCH (o:PurchaseOrder {id: $orderId}) RETURN o {.buyerId, .supplierId}',
          { orderId },
        ),
      ),
    tradeFacts: (buyerId, supplierId) =>
      once(`trade/${buyerId}/${supplierId}`, async () => {
        const facts = await first<TradeFacts & { link: SupplyLinkState | null }>(
          `MATCH (s:Company {id: $supplierId}) OPTIONAL MATCH (b:Company {id: $buyerId})
           OPTIONAL MATCH (s)-[l:SUPPLIES]->(b)
           RETURN { supplierKind: s.kind,
                    link: CASE WHEN l IS NULL THEN null WHEN l.confirmed THEN 'CONFIRMED' ELSE 'PENDING' END,
                    sameChain: EXISTS { (b)-[mb:MEMBER_OF]->(:Chain)<-[ms:MEMBER_OF]-(s) WHERE mb.status IN $statuses AND ms.status IN $statuses } }`,
          { buyerId, supplierId, statuses: IN_NETWORK },
        );
        return facts
          ? { ...facts, link: facts.link ?? undefined }
          : { supplierKind: undefined, link: undefined, sameChain: false };
      }),
    receivableParties: (receivableId) =>
      once(`receivable/${receivableId}`, () =>
        first<ReceivableParties>(
          `MATCH (r:Receivable {id: $receivableId})
           CALL (r) {
             MATCH (x:Receivable)-[:SPLIT_FROM*0..]->(r)
             OPTIONAL MATCH (x)-[t:TRANSFERRED]->()
             RETURN collect(DISTINCT x.holderId) + collect(DISTINCT t.fromId) + collect(DISTINCT x.creditorId) AS titleHolders
           }
           CALL (r) {
             OPTIONAL MATCH (p:Pledge {receivableId: r.id})
             RETURN collect(p { .bankId, .status }) AS pledges
           }
           RETURN { debtorId: r.debtorId, holderId: r.holderId, titleHolders: titleHolders, pledges: pledges }`,
          { receivableId },
        ),
      ),
    pledgeParties: (pledgeId) =>
      once(`pledge/${pledgeId}`, () =>
        first<PledgeParties>(
          `MATCH (p:Pledge {id: $pledgeId}) MATCH (r:Receivable {id: p.receivableId})
           RETURN { bankId: p.bankId, holderId: r.holderId, debtorId: p.debtorId, requestedBy: p.requestedBy }`,
          { pledgeId },
        ),
      ),
    bankCounterparties: (bankId) =>
      once(`counterparties/${bankId}`, () =>
        idsOf(
          `CALL () {
             MATCH (p:Pledge {bankId: $bankId}) WHERE p.status <> 'REJECTED'
             MATCH (r:Receivable {id: p.receivableId}) UNWIND [p.holderId, r.holderId, r.debtorId] AS id RETURN id
             UNION
             MATCH (l:InventoryLoan {bankId: $bankId}) RETURN l.borrowerId AS id
           }
           RETURN DISTINCT id`,
          { bankId },
        ),
      ),
    consentGrantors: (granteeId, scope) =>
      once(`grantors/${granteeId}/${scope}`, () =>
        idsOf(ACTIVE_CONSENTS('granteeId', 'grantorId'), { id: granteeId, scope }),
      ),
    leadersOf: (companyId) =>
      once(
        `leaders/${companyId}`,
        async () =>
          (await first<string[]>(
            `MATCH (:Company {id: $companyId})-[m:MEMBER_OF]->(ch:Chain) WHERE m.status IN $statuses
             RETURN collect(DISTINCT ch.leaderId)`,
            { companyId, statuses: IN_NETWORK },
          )) ?? [],
      ),
    taskParties: (taskId) =>
      once(`task/${taskId}`, () =>
        first<TaskParties>(
          'MATCH (t:ImprovementTask {id: $taskId}) RETURN t { .companyId, .plannedBy, .ownerCompanyId }',
          { taskId },
        ),
      ),
    productProvider: (productId) =>
      once(`product/${productId}`, () =>
        first<string>('MATCH (p:ServiceProduct {id: $productId}) RETURN p.providerId', {
          productId,
        }),
      ),
    engagementParties: (engagementId) =>
      once(`engagement/${engagementId}`, () =>
        first<EngagementParties>(
          'MATCH (e:Engagement {id: $engagementId}) RETURN e { .companyId, .providerId }',
          { engagementId },
        ),
      ),
    sponsorshipParties: (sponsorshipId) =>
      once(`sponsorship/${sponsorshipId}`, () =>
        first<{ chainId: string; leaderId: string }>(
          'MATCH (s:Sponsorship {id: $sponsorshipId}) RETURN s { .chainId, .leaderId }',
          { sponsorshipId },
        ),
      ),
    loanParties: (loanId) =>
      once(`loan/${loanId}`, () =>
        first<LoanParties>(
          'MATCH (l:InventoryLoan {id: $loanId}) RETURN l { .borrowerId, .bankId, .operatorId }',
          { loanId },
        ),
      ),
    regionCodeOf: (companyId) =>
      once(
        `region/${companyId}`,
        async () =>
          (await first<string | null>('MATCH (c:Company {id: $companyId}) RETURN c.regionCode', {
            companyId,
          })) ?? null,
      ),
  };
}
