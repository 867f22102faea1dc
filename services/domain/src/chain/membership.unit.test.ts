import { inviteMember, moveMember } from './membership';

describe('membership moves', () => {
  it.each([
    ['INVITED', 'accept', 'ACTIVE'],
    ['INVITED', 'decline', 'DECLINED'],
    ['ACTIVE', 'suspend', 'SUSPENDED'],
    ['SUSPENDED', 'reinstate', 'ACTIVE'],
    ['SUSPENDED', 'remove', 'REMOVED'],
    ['INVITED', 'remove', 'REMOVED'],
  ] as const)('from %s, %s gives %s', (from, move, to) => {
    expect(moveMember(from, move)).toEqual({ ok: true, value: to });
  });

  it.each([
    ['ACTIVE', 'accept'],
    ['DECLINED', 'accept'],
    ['REMOVED', 'reinstate'],
    ['INVITED', 'suspend'],
  ] as const)('refuses %s → %s with CONFLICT', (from, move) => {
    expect(moveMember(from, move)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('answers NOT_FOUND for a company that is not a member', () => {
    expect(moveMember(undefined, 'accept')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('invites newcomers and returning companies, leaves current members as they are', () => {
    expect(inviteMember(undefined, false)).toEqual({ ok: true, value: 'INVITED' });
    expect(inviteMember('DECLINED', false)).toEqual({ ok: true, value: 'INVITED' });
    expect(inviteMember('SUSPENDED', false)).toEqual({ ok: true, value: 'ALREADY_MEMBER' });
    expect(inviteMember(undefined, true)).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT' },
    });
  });
});
