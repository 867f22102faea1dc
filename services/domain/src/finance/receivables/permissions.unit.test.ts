import { mayReadReceivable, type ReceivableAudience } from './permissions';

const audience: ReceivableAudience = {
  debtorId: 'leader',
  holderId: 'tier2',
  titleHolders: ['tier1', 'tier2'],
  pledges: [
    { bankId: 'refused-bank', status: 'REJECTED' },
    { bankId: 'lender', status: 'DISBURSED' },
  ],
};
const as = (companyId: string, companyKind = 'BANK', consent = false) =>
  mayReadReceivable(audience, { companyId, companyKind }, consent);

describe('who reads a receivable', () => {
  it('the debtor, the chain of title and the bank financing it, as parties', () => {
    for (const id of ['leader', 'tier1', 'tier2'])
      expect(as(id, 'SME')).toEqual({ ok: true, value: 'PARTY' });
    expect(as('lender')).toEqual({ ok: true, value: 'PARTY' });
  });
  it('finding 5: a bank whose application was rejected is no party', () =>
    expect(as('refused-bank')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } }));
  it('a bank the holder consented to, on that ground (audited by the caller)', () => {
    expect(as('refused-bank', 'BANK', true)).toEqual({ ok: true, value: 'CONSENT' });
    expect(as('stranger', 'SME', true)).toMatchObject({ ok: false });
  });
});
