import { specFor } from '../shared/decider-spec';
import {
  confirmSupplyLink,
  declareSupplyLink,
  mayTrade,
  removeSupplyLink,
  type SupplyLinkState,
} from './supply-links';

const kinds = new Map([
  ['buyer', 'SME'],
  ['sup', 'SME'],
  ['leader', 'CHAIN_LEADER'],
  ['bank', 'BANK'],
  ['wh', 'WAREHOUSE_OPERATOR'],
]);
const state = (links: Record<string, SupplyLinkState> = {}) => ({
  kinds: new Map(kinds),
  links: new Map(Object.entries(links)),
});
const link = { buyerId: 'buyer', supplierId: 'sup' };

describe('SupplyLinkDeclared', () => {
  const declared = { ...link, products: ['线束'] };
  it('accepts a trading company declaring a supplier (the link is then PENDING)', () => {
    specFor(declareSupplyLink).given(state()).when(declared).then(declared);
    const s = state();
    declareSupplyLink.evolve(s, declared);
    expect(s.links.get('sup>buyer')).toBe('PENDING');
  });
  it('keeps a confirmed link confirmed when it is declared again', () => {
    const s = state({ 'sup>buyer': 'CONFIRMED' });
    declareSupplyLink.evolve(s, declared);
    expect(s.links.get('sup>buyer')).toBe('CONFIRMED');
  });
  it('refuses a company supplying itself (BAD_USER_INPUT)', () =>
    specFor(declareSupplyLink)
      .given(state())
      .when({ buyerId: 'sup', supplierId: 'sup' })
      .thenFails('BAD_USER_INPUT', /cannot supply itself/, 'supplierId'));
  it('refuses a supplier or a buyer that does not exist (NOT_FOUND)', () => {
    specFor(declareSupplyLink)
      .given(state())
      .when({ ...link, supplierId: 'ghost' })
      .thenFails('NOT_FOUND', /does not exist/, 'supplierId');
    specFor(declareSupplyLink)
      .given(state())
      .when({ ...link, buyerId: 'ghost' })
      .thenFails('NOT_FOUND', /does not exist/, 'buyerId');
  });
  it.each(['bank', 'wh'])('refuses %s as a supplier (finding 1/6, BAD_USER_INPUT)', (supplierId) =>
    specFor(declareSupplyLink)
      .given(state())
      .when({ ...link, supplierId })
      .thenFails('BAD_USER_INPUT', /only chain leaders and SMEs can be suppliers/, 'supplierId'),
  );
  it('refuses a buyer that does not trade (FORBIDDEN)', () =>
    specFor(declareSupplyLink)
      .given(state())
      .when({ buyerId: 'bank', supplierId: 'sup' })
      .thenFails('FORBIDDEN', /not BANK/));
});

describe('SupplyLinkConfirmed', () => {
  it('accepts the supplier confirming a pending link (then CONFIRMED), and confirming again', () => {
    specFor(confirmSupplyLink)
      .given(state({ 'sup>buyer': 'PENDING' }))
      .when(link, link)
      .then(link);
    const s = state({ 'sup>buyer': 'PENDING' });
    confirmSupplyLink.evolve(s, link);
    expect(s.links.get('sup>buyer')).toBe('CONFIRMED');
  });
  it('refuses a link nobody declared (NOT_FOUND)', () =>
    specFor(confirmSupplyLink)
      .given(state())
      .when(link)
      .thenFails('NOT_FOUND', /not declared you/, 'buyerId'));
  it('refuses a supplier that cannot supply, even on an old link (BAD_USER_INPUT)', () =>
    specFor(confirmSupplyLink)
      .given(state({ 'bank>buyer': 'PENDING' }))
      .when({ buyerId: 'buyer', supplierId: 'bank' })
      .thenFails('BAD_USER_INPUT', /can be suppliers/));
});

describe('SupplyLinkRemoved', () => {
  it('accepts removing a link, and then finds none', () =>
    specFor(removeSupplyLink)
      .given(state({ 'sup>buyer': 'PENDING' }))
      .when(link, link)
      .thenFails('NOT_FOUND', /no such supply link/, 'supplierId'));
  it('accepts removing an existing link', () =>
    specFor(removeSupplyLink)
      .given(state({ 'sup>buyer': 'CONFIRMED' }))
      .when(link)
      .then(link));
});

describe('mayTrade (finding 6)', () => {
  const facts = { supplierKind: 'SME', link: undefined, sameChain: false };
  it('a confirmed link, or one chain, authorizes trade', () => {
    expect(mayTrade({ ...facts, link: 'CONFIRMED' })).toEqual({ ok: true, value: true });
    expect(mayTrade({ ...facts, sameChain: true }).ok).toBe(true);
  });
  it('a link the buyer declared alone does not', () =>
    expect(mayTrade({ ...facts, link: 'PENDING' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/not confirmed/) },
    }));
  it('no link and no chain does not', () =>
    expect(mayTrade(facts)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } }));
  it('never to a company that cannot supply, whatever links it has', () =>
    expect(mayTrade({ supplierKind: 'BANK', link: 'CONFIRMED', sameChain: true })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'supplierId' },
    }));
  it('a supplier that does not exist is NOT_FOUND', () =>
    expect(mayTrade({ ...facts, supplierKind: undefined })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    }));
});
