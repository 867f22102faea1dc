import {
  checkInvitationSignUp,
  checkProfileClaim,
  invitationExpiresAt,
  invitationLinkStatus,
  signUpWithInvitation,
  type InvitationFacts,
  type InvitationSignUp,
} from './invitation';
import { specFor } from '../shared/decider-spec';

const open: InvitationFacts = {
  chainId: 'c',
  companyId: 'x',
  expiresAt: '2026-12-07T10:00:00.000Z',
  usedAt: null,
  memberStatus: 'INVITED',
  companyHasUsers: false,
  provisional: true,
};
const AT = '2026-11-30T10:00:00.000Z';
const codeOf = (r: ReturnType<typeof checkInvitationSignUp>) =>
  r.ok ? 'OK' : `${r.error.code}/${r.error.field}`;

describe('invitation links', () => {
  it('expire 14 days after they are issued', () => {
    expect(invitationExpiresAt('2026-11-23T10:00:00.000Z')).toBe('2026-12-07T10:00:00.000Z');
  });

  it('let the first user of an invited company sign up, and claim a provisional name', () => {
    expect(checkInvitationSignUp(open, AT)).toEqual({ ok: true, value: open });
    expect(codeOf(checkInvitationSignUp(open, AT, { companyName: '宁波甬华电机有限公司' }))).toBe(
      'OK',
    );
  });

  it.each([
    ['unknown link', undefined, AT, 'NOT_FOUND/token'],
    ['used link', { ...open, usedAt: '2026-11-24T00:00:00Z' }, AT, 'CONFLICT/token'],
    ['expired link', open, '2026-12-07T10:00:00.000Z', 'FORBIDDEN/token'],
    ['declined invitation', { ...open, memberStatus: 'DECLINED' as const }, AT, 'CONFLICT/token'],
    ['company left the chain', { ...open, memberStatus: undefined }, AT, 'CONFLICT/token'],
    ['company with users', { ...open, companyHasUsers: true }, AT, 'CONFLICT/token'],
  ])('refuse a %s', (_name, facts, at, code) => {
    expect(codeOf(checkInvitationSignUp(facts, at))).toBe(code);
  });

  it('refuse to rename a company registered with its details', () => {
    expect(
      codeOf(checkInvitationSignUp({ ...open, provisional: false }, AT, { region: '宁波' })),
    ).toBe('BAD_USER_INPUT/region');
    expect(
      codeOf(checkInvitationSignUp({ ...open, provisional: false }, AT, { region: ' ' })),
    ).toBe('OK');
  });

  it('trim the claimed details and refuse overlong ones', () => {
    expect(checkProfileClaim({ companyName: ' 甬华 ', region: '', industry: null })).toEqual({
      ok: true,
      value: { companyName: '甬华' },
    });
    expect(checkProfileClaim({ industry: 'x'.repeat(101) })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'industry' },
    });
  });
});

describe('a link as one word', () => {
  it.each([
    [open, AT, 'OPEN'],
    [{ ...open, usedAt: '2026-11-24T00:00:00Z', memberStatus: 'ACTIVE' as const }, AT, 'USED'],
    [open, '2026-12-08T00:00:00.000Z', 'EXPIRED'],
    [{ ...open, memberStatus: 'REMOVED' as const }, AT, 'CLOSED'],
    [{ ...open, companyHasUsers: true }, AT, 'CLOSED'],
  ])('%o at %s is %s', (facts, at, status) => {
    expect(invitationLinkStatus(facts, at)).toBe(status);
  });
});

describe('InvitationAcceptedWithSignUp', () => {
  const link: InvitationFacts = { ...open, email: 'sales@yonghua.example' };
  const signUp: InvitationSignUp & { at: string } = {
    chainId: 'c',
    companyId: 'x',
    tokenHash: 'h1',
    userId: 'u1',
    email: 'sales@yonghua.example',
    name: '王经理',
    passwordHash: 'scrypt$…',
    at: AT,
  };
  const given = (facts: InvitationFacts = link, emails: string[] = [], ids: string[] = []) =>
    specFor(signUpWithInvitation).given({
      links: new Map([['h1', facts]]),
      emails: new Set(emails),
      ids: new Set(ids),
    });

  it('accepts the invited e-mail signing up with an open link', () =>
    given().when(signUp).then(signUp));
  it('refuses another e-mail than the one invited (finding 1: FORBIDDEN on email)', () =>
    given()
      .when({ ...signUp, email: 'attacker@evil.example' })
      .thenFails('FORBIDDEN', /sent to/, 'email'));
  it('refuses a link without an invited e-mail (issued before links were bound to one)', () =>
    given(open)
      .when(signUp)
      .thenFails('FORBIDDEN', /sent to/, 'email'));
  it('refuses a token that names another company or chain (NOT_FOUND)', () => {
    given()
      .when({ ...signUp, companyId: 'y' })
      .thenFails('NOT_FOUND', /not valid/, 'token');
    given()
      .when({ ...signUp, tokenHash: 'h2' })
      .thenFails('NOT_FOUND', /not valid/, 'token');
  });
  it('refuses a second sign-up with the same link (CONFLICT): the first used it', () =>
    given()
      .when(signUp, { ...signUp, userId: 'u2' })
      .thenFails('CONFLICT', /already been used/, 'token'));
  it('refuses an expired link (FORBIDDEN)', () =>
    given()
      .when({ ...signUp, at: '2026-12-08T00:00:00.000Z' })
      .thenFails('FORBIDDEN', /expired/, 'token'));
  it('refuses an e-mail or user id already taken (CONFLICT)', () => {
    given(link, ['sales@yonghua.example'])
      .when(signUp)
      .thenFails('CONFLICT', /already exists/, 'email');
    given(link, [], ['u1'])
      .when(signUp)
      .thenFails('CONFLICT', /already in use/, 'userId');
  });
});
