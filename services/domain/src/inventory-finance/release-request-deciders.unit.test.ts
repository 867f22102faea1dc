import { specFor } from '../shared/decider-spec';
import { loanFacts } from './loan-facts.fixture';
import type { InventoryLoanFacts } from './loan-facts';
import {
  actOnReleaseRequest,
  requestRelease,
  type ReleaseRequestActedOn,
  type ReleaseRequestFacts,
  type ReleaseRequested,
} from './release-request-deciders';
import type { ReleaseStatus } from './release-request';

const state = (loan: InventoryLoanFacts, requests: ReleaseRequestFacts[] = []) => ({
  loans: new Map([[loan.id, loan]]),
  requests: new Map(requests.map((r) => [r.id, r])),
});
const ask = (quantity: number, requestId = 'rq-1'): ReleaseRequested => ({
  requestId,
  loanId: 'loan-1',
  borrowerId: 'sme',
  sku: 'CU',
  quantity,
  reason: 'an order to ship',
  on: '2026-01-05',
});
const existing = (status: ReleaseStatus, quantity = 10, id = 'rq-1'): ReleaseRequestFacts => ({
  id,
  loanId: 'loan-1',
  borrowerId: 'sme',
  sku: 'CU',
  quantity,
  status,
});
const act = (
  action: ReleaseRequestActedOn['action'],
  actorCompanyId: string,
  requestId = 'rq-1',
): ReleaseRequestActedOn => ({
  requestId,
  loanId: 'loan-1',
  borrowerId: 'sme',
  action,
  actorCompanyId,
  on: '2026-01-05',
});

describe('ReleaseRequested', () => {
  const given = (loan = loanFacts('ACTIVE'), requests: ReleaseRequestFacts[] = []) =>
    specFor(requestRelease).given(state(loan, requests));
  it('accepts the borrower asking for pledged goods of an ACTIVE loan', () =>
    given().when(ask(10)).then(ask(10)));
  it('refuses a request id in use (CONFLICT)', () =>
    given(loanFacts('ACTIVE'), [existing('REJECTED')])
      .when(ask(10))
      .thenFails('CONFLICT'));
  it('refuses an unknown loan (NOT_FOUND)', () =>
    given()
      .when({ ...ask(10), loanId: 'ghost' })
      .thenFails('NOT_FOUND'));
  it('refuses a loan that is not ACTIVE (CONFLICT)', () =>
    given(loanFacts('GOODS_CONFIRMED'))
      .when(ask(10))
      .thenFails('CONFLICT', /ACTIVE/));
  it('counts the open requests of the run: 60 then 41 of 100 (BAD_USER_INPUT)', () =>
    given()
      .when(ask(60, 'rq-a'), ask(41, 'rq-b'))
      .thenFails('BAD_USER_INPUT', /only 40 of CU can be asked for/, 'quantity'));
});

describe('ReleaseRequestActedOn', () => {
  const given = (requests: ReleaseRequestFacts[], loan = loanFacts('ACTIVE')) =>
    specFor(actOnReleaseRequest).given(state(loan, requests));
  it('the bank approves a safe release, the operator executes it, the borrower cancels, the bank rejects', () => {
    given([existing('REQUESTED')])
      .when(act('approve', 'bank'))
      .then(act('approve', 'bank'));
    given([existing('APPROVED')])
      .when(act('execute', 'wh'))
      .thenAccepts();
    given([existing('APPROVED')])
      .when(act('cancel', 'sme'))
      .thenAccepts();
    given([existing('REQUESTED')])
      .when(act('reject', 'bank'))
      .thenAccepts();
  });
  it('refuses an unknown request (NOT_FOUND)', () =>
    given([])
      .when(act('approve', 'bank'))
      .thenFails('NOT_FOUND', /does not exist/, 'id'));
  it('refuses the wrong party (FORBIDDEN) and the wrong state (CONFLICT)', () => {
    given([existing('REQUESTED')])
      .when(act('approve', 'wh'))
      .thenFails('FORBIDDEN');
    given([existing('RELEASED')])
      .when(act('cancel', 'sme'))
      .thenFails('CONFLICT', /RELEASED/);
  });
  it('refuses approving or executing under a loan that is no longer ACTIVE (CONFLICT)', () =>
    given([existing('REQUESTED')], loanFacts('REPAID'))
      .when(act('approve', 'bank'))
      .thenFails('CONFLICT', /ACTIVE/));
  it('refuses approving more than is left after the approved releases (BAD_USER_INPUT)', () =>
    given([existing('APPROVED', 95, 'rq-0'), existing('REQUESTED', 10)])
      .when(act('approve', 'bank'))
      .thenFails('BAD_USER_INPUT', /only 5 of CU/));
  it('refuses approving a release that would leave the loan unsafe (CONFLICT)', () =>
    given([existing('REQUESTED', 11)])
      .when(act('approve', 'bank'))
      .thenFails('CONFLICT', /MARGIN_CALL/, 'quantity'));
  it('refuses executing once the lender’s price fell since approval (CONFLICT)', () =>
    given([existing('APPROVED')], loanFacts('ACTIVE', { prices: { CU: 69_000_00 } }))
      .when(act('execute', 'wh'))
      .thenFails('CONFLICT', /weakened since approval/));
  it('a run sees its own executions: the goods left, the second execution finds too few', () =>
    given(
      [existing('APPROVED', 10, 'rq-1'), existing('APPROVED', 10, 'rq-2')],
      loanFacts('ACTIVE', {
        items: [{ sku: 'CU', quantity: 15, unitCostFen: 70_000_00 }],
        principalFen: 1_00,
      }),
    )
      .when(act('execute', 'wh', 'rq-1'), act('execute', 'wh', 'rq-2'))
      .thenFails('CONFLICT', /only 5 of CU are still under pledge/));
});
