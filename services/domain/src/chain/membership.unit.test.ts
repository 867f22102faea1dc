import { specFor } from '../shared/decider-spec';
import {
  answerInvitation,
  changeMemberStatus,
  inviteMember,
  moveMember,
  type MemberStatus,
} from './membership';

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

const memberships = (statuses: Record<string, MemberStatus>) => ({
  statuses: new Map(Object.entries(statuses).map(([c, s]) => [`ch/${c}`, s])),
  leaders: new Map([['ch', 'leader']]),
});

describe('InvitationAnswered', () => {
  const answer = (accept: boolean) => ({ chainId: 'ch', companyId: 'sme', accept });
  it('accepts an invited company accepting, or declining', () => {
    specFor(answerInvitation)
      .given(memberships({ sme: 'INVITED' }))
      .when(answer(true))
      .then(answer(true));
    specFor(answerInvitation)
      .given(memberships({ sme: 'INVITED' }))
      .when(answer(false))
      .then(answer(false));
  });
  it('refuses a company not in the chain (NOT_FOUND)', () =>
    specFor(answerInvitation).given(memberships({})).when(answer(true)).thenFails('NOT_FOUND'));
  it('refuses answering twice (CONFLICT): the first answer moved it on', () =>
    specFor(answerInvitation)
      .given(memberships({ sme: 'INVITED' }))
      .when(answer(true), answer(false))
      .thenFails('CONFLICT', /status is ACTIVE/));
});

describe('MemberStatusChanged', () => {
  const change = (move: 'suspend' | 'reinstate' | 'remove', companyId = 'sme') => ({
    chainId: 'ch',
    companyId,
    move,
  });
  it('accepts the leader suspending, reinstating and removing a member in turn', () =>
    specFor(changeMemberStatus)
      .given(memberships({ sme: 'ACTIVE' }))
      .when(change('suspend'), change('reinstate'), change('remove'))
      .then(change('remove')));
  it('refuses moving the leader itself (BAD_USER_INPUT)', () =>
    specFor(changeMemberStatus)
      .given(memberships({ leader: 'ACTIVE' }))
      .when(change('suspend', 'leader'))
      .thenFails('BAD_USER_INPUT', /leader cannot be suspended/));
  it('refuses a company not in the chain (NOT_FOUND)', () =>
    specFor(changeMemberStatus)
      .given(memberships({}))
      .when(change('remove'))
      .thenFails('NOT_FOUND'));
  it('refuses a move its status does not allow (CONFLICT)', () =>
    specFor(changeMemberStatus)
      .given(memberships({ sme: 'ACTIVE' }))
      .when(change('reinstate'))
      .thenFails('CONFLICT', /cannot reinstate/));
});
