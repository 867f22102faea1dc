import { tabHash, tabOf } from './home-tabs';

const SME = [
  'invitations',
  'orders',
  'stock',
  'consents',
  'receivables',
  'suppliers',
  'assessment',
  'services',
];
const PROVIDER = ['products', 'engagements', 'outcomes'];
const BANK = ['pool', 'pledges', 'loans', 'exposure', 'risk', 'products'];
const LEADER = ['network', 'onboarding', 'orders', 'risks', 'receivables', 'stock', 'assessment'];

describe('the home tab an address opens', () => {
  it("given a notification's link to an order, when an SME opens it, then its orders tab shows", () => {
    expect(tabOf('#/orders/7f3c', SME)).toBe('orders');
  });

  it('given a link to a pledge, then the bank opens its pledges and the SME its receivables', () => {
    expect(tabOf('#/pledges/p1', BANK)).toBe('pledges');
    expect(tabOf('#/pledges/p1', SME)).toBe('receivables');
  });

  it('given links to an assessment, a plan, a consent or a loan, then each home opens where it acts', () => {
    expect(tabOf('#/assessments/c9', LEADER)).toBe('assessment');
    expect(tabOf('#/improvement/plan-1', SME)).toBe('assessment');
    expect(tabOf('#/consents', LEADER)).toBe('stock');
    expect(tabOf('#/loans/l1', BANK)).toBe('loans');
  });

  it('given a link to an engagement or a sponsorship, then the provider opens its engagements and the SME its services', () => {
    expect(tabOf('#/engagements/e1', PROVIDER)).toBe('engagements');
    expect(tabOf('#/engagements/e1', SME)).toBe('services');
    expect(tabOf('#/sponsorships/s1', SME)).toBe('services');
    expect(tabOf('#/sponsorships/s1', [...LEADER, 'sponsorships'])).toBe('sponsorships');
  });

  it('given no hash or an unknown one, then no tab is asked for', () => {
    expect(tabOf('', SME)).toBeUndefined();
    expect(tabOf('#/nowhere', BANK)).toBeUndefined();
    expect(tabOf('#/signup?token=x', SME)).toBeUndefined();
  });

  it('given a tab clicked, then its address opens it again', () => {
    expect(tabOf(tabHash('exposure'), BANK)).toBe('exposure');
  });
});
