/** Receivables (应收账款), finance products, pledges and the risk views over them. */
import {
  fail,
  mayActOnPledge,
  mayApplyForFinancing,
  mayDefineFinanceProducts,
  mayDisposeOfReceivable,
  mayReadReceivable,
  mayRecordPledgeRegistration,
  mayRegisterReceivable,
  mayWatchForRisk,
} from '@chainlift/domain';
import {
  type Rule,
  ALLOW,
  all,
  bankOnly,
  debtorOnly,
  decided,
  hasRole,
  need,
  pledgeParty,
  receivable,
  signedIn,
  tradingCompany,
} from './rule';

export const RECEIVABLES_AND_PLEDGES_POLICY = {
  'receivable.register': async (p, t, facts) => {
    const basic = all(
      tradingCompany(p, 'registering receivables'),
      hasRole(p, 'OPERATOR', 'registering receivables'),
    );
    if (!basic.ok) return basic;
    const parties = await facts.orderParties(need(t, 'orderId'));
    if (!parties) return fail('NOT_FOUND', `order ${t.orderId} does not exist`);
    return decided(mayRegisterReceivable(parties, p.companyId));
  },
  'receivable.list': signedIn,
  /**
   * The debtor, its chain of title, a bank applied to or financing it (not one that refused it); a bank
   * the holder opened its receivables to with an unexpired consent, audited (finding 5: per receivable).
   */
  'receivable.read': async (p, t, facts) => {
    const found = await receivable(t, facts);
    if (!found.ok) return found.error;
    const { parties } = found;
    if (mayReadReceivable(parties, p, false).ok) return ALLOW;
    const consent =
      p.companyKind === 'BANK' &&
      (await facts.consent(parties.holderId, p.companyId, 'RECEIVABLES'));
    const ground = mayReadReceivable(parties, p, consent);
    return ground.ok
      ? { ok: true, audit: { ownerId: parties.holderId, scope: 'RECEIVABLES' } }
      : ground;
  },
  'receivable.confirm': debtorOnly('confirm a receivable (确权)'),
  'receivable.settle': debtorOnly('settle a receivable'),
  /** Split, transfer, apply for financing: the current holder. */
  'receivable.dispose': async (p, t, facts) => {
    const found = await receivable(t, facts);
    if (!found.ok) return found.error;
    return all(
      decided(mayDisposeOfReceivable(found.parties, p.companyId)),
      hasRole(p, 'OPERATOR', 'disposing of receivables'),
    );
  },
  'product.define': (p) =>
    all(
      decided(mayDefineFinanceProducts(p.companyKind)),
      hasRole(p, 'ADMIN', 'defining finance products'),
    ),
  'product.list': signedIn,
  'pledge.pool': (p) => bankOnly(p, 'VIEWER', 'the receivable pool'),
  /** Finding 7: a pledge exists only on the holder's application; a bank's consent lets it see, never take. */
  'pledge.register': async (p, t, facts) => {
    const found = await receivable(t, facts);
    if (!found.ok) return found.error;
    return all(
      decided(mayApplyForFinancing(found.parties, p.companyId)),
      hasRole(p, 'OPERATOR', 'applying for financing'),
    );
  },
  'pledge.list': signedIn,
  /** The pledgeChanged stream: anyone signed in; each update passes 'pledge.read' (its parties only). */
  'pledge.live': signedIn,
  'risk.bank': (p) => bankOnly(p, 'VIEWER', 'risk views of financing'),
  /**
   * A company a bank's risk views (circular trades) look at: its counterparties, or a holder that opened
   * its receivables to it with an unexpired consent, audited (finding 13).
   */
  'risk.subject': async (p, t, facts) => {
    const bank = bankOnly(p, 'VIEWER', 'risk views of financing');
    if (!bank.ok) return bank;
    const companyId = need(t, 'companyId');
    const counterparty = (await facts.bankCounterparties(p.companyId)).has(companyId);
    const consent =
      !counterparty && (await facts.consentGrantors(p.companyId, 'RECEIVABLES')).has(companyId);
    const ground = mayWatchForRisk(counterparty, consent);
    if (!ground.ok) return ground;
    return ground.value === 'CONSENT'
      ? { ok: true, audit: { ownerId: companyId, scope: 'RECEIVABLES' } }
      : ALLOW;
  },
  'risk.leader': (p) => tradingCompany(p, 'payables and what was financed against them'),
  'pledge.read': async (p, t, facts) => (await pledgeParty(p, t, facts)).decision,
  'pledge.act': async (p, t, facts) => {
    const { decision, parties } = await pledgeParty(p, t, facts);
    if (!decision.ok || !parties) return decision;
    return all(
      decided(mayActOnPledge(parties, p.companyId)),
      hasRole(p, 'OPERATOR', 'acting on pledges'),
    );
  },
  /** The lending bank records where its pledge is registered (中登网); the holder and the debtor only see it. */
  'pledge.registration.record': async (p, t, facts) => {
    const { decision, parties } = await pledgeParty(p, t, facts);
    if (!decision.ok || !parties) return decision;
    return all(
      decided(mayRecordPledgeRegistration(parties, p.companyId)),
      hasRole(p, 'OPERATOR', "recording a pledge's registration"),
    );
  },
  /** The registry form's fields of the bank's own pledges (the query reads only pledges it lends on). */
  'pledge.registration.forms': (p) => bankOnly(p, 'VIEWER', 'pledge registration forms'),
} satisfies Record<string, Rule>;
