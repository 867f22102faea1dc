import { specFor } from '../../shared/decider-spec';
import {
  BANK,
  entry,
  ledgerOf,
  LEADER,
  OTHER_BANK,
  pledgeEntry,
  TIER1,
  TIER2,
  TODAY,
} from '../receivables/ledger.fixture';
import type { LedgerEntry, PledgeEntry } from '../receivables/ledger';
import {
  financeProductDefinedDecider,
  pledgeActedOnDecider,
  pledgeRequestedDecider,
  type FinanceProductState,
} from './deciders';
import { PRODUCT_DEFAULTS, type FinanceProduct, type PledgeAction } from './pledge';

const product: FinanceProduct = {
  productId: 'product',
  bankId: BANK,
  name: '应收账款质押贷',
  ...PRODUCT_DEFAULTS,
  minAmountFen: 100_00,
  blockedDebtorIds: [],
};

describe('FinanceProductDefined', () => {
  const given = (owners: [string, string][] = []) =>
    specFor(financeProductDefinedDecider).given({
      kinds: new Map([
        [BANK, 'BANK'],
        [OTHER_BANK, 'BANK'],
        [TIER1, 'SME'],
      ]),
      owners: new Map(owners),
    } satisfies FinanceProductState);
  it('a bank defines a product, and redefines its own', () => {
    given().when(product).then(product);
    given([['product', BANK]])
      .when({ ...product, advanceRateBp: 7000 })
      .thenAccepts();
  });
  it('refuses a company that is not a bank (FORBIDDEN)', () =>
    given()
      .when({ ...product, bankId: TIER1 })
      .thenFails('FORBIDDEN', /only a bank/));
  it('refuses another bank’s product id, also one defined earlier in the run (CONFLICT)', () => {
    given([['product', OTHER_BANK]])
      .when(product)
      .thenFails('CONFLICT', /belongs to another bank/);
    given()
      .when(product, { ...product, bankId: OTHER_BANK })
      .thenFails('CONFLICT');
  });
  it('refuses terms out of range (BAD_USER_INPUT)', () =>
    given()
      .when({ ...product, advanceRateBp: 9500 })
      .thenFails('BAD_USER_INPUT', /at most 90%/, 'advanceRate'));
});

describe('PledgeRequested', () => {
  const request = (over: Record<string, string> = {}) => ({
    rootId: 'root',
    pledgeId: 'pledge-1',
    receivableId: 'root',
    bankId: BANK,
    productId: 'product',
    requestedBy: TIER1,
    loanEndDate: '2027-02-28',
    on: TODAY,
    ...over,
  });
  const given = (r: LedgerEntry = entry(), usedIds: string[] = []) =>
    specFor(pledgeRequestedDecider).given({
      ...ledgerOf([r]),
      products: new Map([['product', product]]),
      usedIds: new Set(usedIds),
    });
  it('the holder applies to a bank’s product with an eligible receivable', () =>
    given().when(request()).then(request()));
  it('finding 7: a bank alone cannot create a pledge, consent or not (FORBIDDEN)', () =>
    given()
      .when(request({ requestedBy: BANK }))
      .thenFails('FORBIDDEN', /only on the holder's application/, 'receivableId'));
  it('refuses anyone else but the holder, e.g. the debtor (FORBIDDEN)', () =>
    given()
      .when(request({ requestedBy: LEADER }))
      .thenFails('FORBIDDEN'));
  it('a run sees its own pledge: a second application is a CONFLICT (one active pledge)', () =>
    given()
      .when(request(), request({ pledgeId: 'pledge-2', bankId: BANK }))
      .thenFails('CONFLICT', /already carries an active pledge \(pledge-1\)/, 'receivableId'));
  it('refuses an unknown receivable and an unknown or another bank’s product (NOT_FOUND)', () => {
    given()
      .when(request({ receivableId: 'ghost' }))
      .thenFails('NOT_FOUND', /receivable ghost/);
    given()
      .when(request({ productId: 'ghost' }))
      .thenFails('NOT_FOUND', /no finance product ghost/, 'productId');
    given()
      .when(request({ bankId: OTHER_BANK }))
      .thenFails('NOT_FOUND', /no finance product/, 'productId');
  });
  it('refuses a pledge id in use (CONFLICT)', () =>
    given(entry(), ['pledge-1'])
      .when(request())
      .thenFails('CONFLICT', /pledge id pledge-1/));
  it('refuses a loan end in the past or beyond a year (BAD_USER_INPUT)', () => {
    given()
      .when(request({ loanEndDate: TODAY }))
      .thenFails('BAD_USER_INPUT', /end after today/, 'loanEndDate');
    given()
      .when(request({ loanEndDate: '2028-01-30' }))
      .thenFails('BAD_USER_INPUT', /at most one year/, 'loanEndDate');
  });
  it('refuses an ineligible receivable, naming every unmet rule (BAD_USER_INPUT)', () =>
    given(entry({ status: 'REGISTERED' }))
      .when(request({ loanEndDate: '2027-01-15' }))
      .thenFails('BAD_USER_INPUT', /NOT_CONFIRMED .*MATURES_AFTER_LOAN/, 'receivableId'));
});

describe('PledgeActedOn', () => {
  const act = (action: PledgeAction, actorCompanyId = BANK) => ({
    rootId: 'root',
    pledgeId: 'pledge-1',
    action,
    actorCompanyId,
    on: TODAY,
  });
  const given = (status: PledgeEntry['status'] = 'REQUESTED') =>
    specFor(pledgeActedOnDecider).given(
      ledgerOf([entry({ activePledgeId: 'pledge-1' })], [pledgeEntry({ status })]),
    );
  it('the bank approves, rejects, disburses, marks repaid and releases', () => {
    given().when(act('approve')).then(act('approve'));
    given().when(act('reject')).thenAccepts();
    given('APPROVED').when(act('disburse')).thenAccepts();
    given('DISBURSED').when(act('repay')).thenAccepts();
    given('DISBURSED').when(act('release')).thenAccepts();
  });
  it('the holder withdraws its request before disbursement', () =>
    given('APPROVED').when(act('release', TIER1)).thenAccepts());
  it('a run sees each step: approved, then disbursed, then repaid', () =>
    given().when(act('approve'), act('disburse'), act('repay')).thenAccepts());
  it('a closed pledge frees the receivable for the next one', () => {
    const ledger = ledgerOf([entry({ activePledgeId: 'pledge-1' })], [pledgeEntry()]);
    specFor(pledgeActedOnDecider).given(ledger).when(act('reject')).thenAccepts();
    expect(ledger.receivables.get('root')!.activePledgeId).toBeNull();
  });
  it('refuses an unknown pledge or one of another root (NOT_FOUND)', () => {
    given()
      .when({ ...act('approve'), pledgeId: 'ghost' })
      .thenFails('NOT_FOUND', /pledge ghost/, 'pledgeId');
    given()
      .when({ ...act('approve'), rootId: 'other' })
      .thenFails('NOT_FOUND');
  });
  it('refuses a company that is not a party (FORBIDDEN)', () =>
    given()
      .when(act('approve', TIER2))
      .thenFails('FORBIDDEN', /only the lending bank, or the holder/, 'pledgeId'));
  it('refuses the holder approving, and releasing after disbursement (FORBIDDEN)', () => {
    given()
      .when(act('approve', TIER1))
      .thenFails('FORBIDDEN', /only the lending bank can approve/);
    given('DISBURSED')
      .when(act('release', TIER1))
      .thenFails('FORBIDDEN', /before disbursement/);
  });
  it('refuses a step the status does not allow (CONFLICT)', () => {
    given()
      .when(act('disburse'))
      .thenFails('CONFLICT', /a REQUESTED pledge cannot be disbursed/);
    given()
      .when(act('approve'), act('approve'))
      .thenFails('CONFLICT', /APPROVED/);
  });
});
