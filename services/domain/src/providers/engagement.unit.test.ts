import { specFor } from '../shared/decider-spec';
import {
  actOnEngagement,
  ENGAGEMENT_ACTIONS,
  mayProposeEngagement,
  mayUseEngagement,
  proposeEngagement,
  transitionEngagement,
  type EngagementActedOn,
  type EngagementProposed,
  type EngagementState,
  type EngagementStatus,
  type ProposeEngagementState,
} from './engagement';

const proposed: EngagementProposed = {
  engagementId: 'e-1',
  companyId: 'sme',
  providerId: 'prov',
  productId: 'p-1',
  productVersion: 2,
  planId: 'plan-1',
  taskId: 't-1',
  monthlyPriceFen: 128050,
  on: '2026-12-01',
};

const proposeState = (over: Partial<ProposeEngagementState> = {}): ProposeEngagementState => ({
  tasks: new Map([['t-1', { planId: 'plan-1', companyId: 'sme', status: 'OPEN' }]]),
  products: new Map([
    ['p-1', { providerId: 'prov', status: 'ACTIVE', version: 2, monthlyPriceFen: 128050 }],
  ]),
  engagements: new Set(),
  ...over,
});

describe('who may use and propose', () => {
  it('lets the two parties see an engagement, nobody else', () => {
    const parties = { companyId: 'sme', providerId: 'prov' };
    expect(mayUseEngagement(parties, 'sme', 'see').ok).toBe(true);
    expect(mayUseEngagement(parties, 'prov', 'see').ok).toBe(true);
    expect(mayUseEngagement(parties, 'leader', 'see')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
  it("lets only the plan's own company propose for its task", () => {
    expect(mayProposeEngagement({ companyId: 'sme' }, 'sme').ok).toBe(true);
    expect(mayProposeEngagement({ companyId: 'sme' }, 'leader')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('transitionEngagement (the state machine)', () => {
  const at = (status: EngagementStatus) => ({ companyId: 'sme', providerId: 'prov', status });
  it.each([
    ['PROPOSED', 'accept', 'prov', 'ACTIVE'],
    ['ACTIVE', 'deliver', 'prov', 'DELIVERED'],
    ['PROPOSED', 'cancel', 'sme', 'CANCELLED'],
    ['PROPOSED', 'cancel', 'prov', 'CANCELLED'],
    ['ACTIVE', 'cancel', 'sme', 'CANCELLED'],
  ] as const)('given %s, when %s by %s, then %s', (from, action, actor, to) => {
    expect(transitionEngagement(at(from), action, actor)).toEqual({ ok: true, value: to });
  });
  it('tells the wrong party (FORBIDDEN) from the wrong state (CONFLICT)', () => {
    expect(transitionEngagement(at('PROPOSED'), 'accept', 'sme')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/provider/) },
    });
    expect(transitionEngagement(at('PROPOSED'), 'accept', 'stranger')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(transitionEngagement(at('PROPOSED'), 'deliver', 'prov')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(transitionEngagement(at('DELIVERED'), 'cancel', 'sme')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
  it('nothing moves a cancelled engagement', () => {
    for (const action of ENGAGEMENT_ACTIONS)
      expect(transitionEngagement(at('CANCELLED'), action, 'prov').ok).toBe(false);
  });
});

describe('EngagementProposed', () => {
  const given = (over?: Partial<ProposeEngagementState>) =>
    specFor(proposeEngagement).given(proposeState(over));
  it('given an open task and an active product, when the company proposes, then accepted', () =>
    given().when(proposed).then(proposed));
  it('refuses a second engagement for the task, also in the same run (CONFLICT)', () => {
    given()
      .when(proposed, { ...proposed, engagementId: 'e-2' })
      .thenFails('CONFLICT', /already has engagement e-1/);
    given({
      tasks: new Map([
        ['t-1', { planId: 'plan-1', companyId: 'sme', status: 'OPEN', holdingEngagementId: 'e-0' }],
      ]),
    })
      .when(proposed)
      .thenFails('CONFLICT', /e-0/);
  });
  it("refuses another company engaging for the SME's task (FORBIDDEN)", () =>
    given()
      .when({ ...proposed, companyId: 'leader' })
      .thenFails('FORBIDDEN'));
  it('refuses an unknown task or product (NOT_FOUND)', () => {
    given()
      .when({ ...proposed, taskId: 'ghost' })
      .thenFails('NOT_FOUND', undefined, 'taskId');
    given()
      .when({ ...proposed, productId: 'ghost' })
      .thenFails('NOT_FOUND', undefined, 'productId');
  });
  it('refuses a withdrawn product, a stale version and a closed task (CONFLICT)', () => {
    given({
      products: new Map([
        ['p-1', { providerId: 'prov', status: 'WITHDRAWN', version: 2, monthlyPriceFen: 128050 }],
      ]),
    })
      .when(proposed)
      .thenFails('CONFLICT', /withdrawn/);
    given()
      .when({ ...proposed, productVersion: 1 })
      .thenFails('CONFLICT', /version 2/);
    given({ tasks: new Map([['t-1', { planId: 'plan-1', companyId: 'sme', status: 'DONE' }]]) })
      .when(proposed)
      .thenFails('CONFLICT', /DONE/);
  });
  it("refuses a provider that is not the product's", () =>
    given()
      .when({ ...proposed, providerId: 'other' })
      .thenFails('BAD_USER_INPUT', undefined, 'providerId'));
});

describe('EngagementActedOn', () => {
  const engagements = (status: EngagementStatus) =>
    new Map<string, EngagementState>([['e-1', { companyId: 'sme', providerId: 'prov', status }]]);
  const act = (action: EngagementActedOn['action'], actorCompanyId: string): EngagementActedOn => ({
    engagementId: 'e-1',
    companyId: 'sme',
    providerId: 'prov',
    actorCompanyId,
    action,
    on: '2026-12-02',
  });
  const spec = specFor(actOnEngagement);
  it('given a proposal, when the provider accepts then delivers, then both are accepted', () =>
    spec
      .given(engagements('PROPOSED'))
      .when(act('accept', 'prov'), act('deliver', 'prov'))
      .then(act('deliver', 'prov')));
  it('refuses the company delivering (FORBIDDEN) and cancelling after delivery (CONFLICT)', () => {
    spec.given(engagements('ACTIVE')).when(act('deliver', 'sme')).thenFails('FORBIDDEN');
    spec
      .given(engagements('ACTIVE'))
      .when(act('deliver', 'prov'), act('cancel', 'sme'))
      .thenFails('CONFLICT');
  });
  it('refuses an event naming other parties than the engagement has (NOT_FOUND)', () =>
    spec
      .given(engagements('PROPOSED'))
      .when({ ...act('accept', 'prov'), providerId: 'other', actorCompanyId: 'other' })
      .thenFails('NOT_FOUND'));
});
