import { specFor } from '../shared/decider-spec';
import {
  changePassword,
  checkNotLocked,
  issuePasswordReset,
  lockedUntil,
  LOCKOUT,
  recordLoginFailure,
  recordLoginSuccess,
  resetPassword,
  type CredentialState,
  type Credentials,
} from './credentials';

const user = (over: Partial<CredentialState> = {}): CredentialState => ({
  companyId: 'c1',
  active: true,
  failedLogins: 0,
  ...over,
});
const given = (over: Partial<CredentialState> = {}): Credentials => new Map([['u1', user(over)]]);
const me = { userId: 'u1', companyId: 'c1' };

describe('lockout with backoff', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const failedAt = (msAgo: number) => new Date(now.getTime() - msAgo).toISOString();
  it('is open below the threshold', () =>
    expect(
      lockedUntil({ failedLogins: LOCKOUT.threshold - 1, lastFailedAt: failedAt(0) }, now),
    ).toBeUndefined());
  it('locks at the threshold for the base time after the last failure', () =>
    expect(
      lockedUntil({ failedLogins: LOCKOUT.threshold, lastFailedAt: failedAt(1000) }, now),
    ).toEqual(new Date(now.getTime() - 1000 + LOCKOUT.baseMs)));
  it('doubles the wait with each further failure, up to the maximum', () => {
    expect(
      lockedUntil({ failedLogins: LOCKOUT.threshold + 2, lastFailedAt: failedAt(0) }, now),
    ).toEqual(new Date(now.getTime() + 4 * LOCKOUT.baseMs));
    expect(lockedUntil({ failedLogins: 60, lastFailedAt: failedAt(0) }, now)).toEqual(
      new Date(now.getTime() + LOCKOUT.maxMs),
    );
  });
  it('opens again once the wait is over', () =>
    expect(
      lockedUntil(
        { failedLogins: LOCKOUT.threshold, lastFailedAt: failedAt(LOCKOUT.baseMs + 1) },
        now,
      ),
    ).toBeUndefined());
});

describe('checkNotLocked', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  it('lets a login through below the threshold', () =>
    expect(checkNotLocked({ failedLogins: 1, lastFailedAt: now.toISOString() }, now)).toEqual({
      ok: true,
      value: true,
    }));
  it('refuses while locked with TOO_MANY_REQUESTS and when to try again', () =>
    expect(
      checkNotLocked({ failedLogins: LOCKOUT.threshold, lastFailedAt: now.toISOString() }, now),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'TOO_MANY_REQUESTS',
        message: expect.stringContaining(new Date(now.getTime() + LOCKOUT.baseMs).toISOString()),
      },
    }));
});

describe('LoginFailed and LoginSucceeded', () => {
  const failure = { ...me, email: 'a@b.cn' };
  it('counts failures of a known user, each seeing the last', () => {
    const state = given();
    specFor(recordLoginFailure).given(state).when(failure, failure).then(failure);
    expect(state.get('u1')!.failedLogins).toBe(2);
  });
  it('refuses a failure for a user it does not know (NOT_FOUND)', () =>
    specFor(recordLoginFailure)
      .given(given())
      .when({ userId: 'u1', companyId: 'c2', email: 'a@b.cn' })
      .thenFails('NOT_FOUND'));
  it('records a failure for an e-mail no account has, counting nothing (NOT_FOUND)', () => {
    const state = given();
    specFor(recordLoginFailure)
      .given(state)
      .when({ email: 'nobody@b.cn' })
      .thenFails('NOT_FOUND', /no account/, 'email');
    expect(state.get('u1')!.failedLogins).toBe(0);
  });
  it('a success resets the count', () => {
    const state = given({ failedLogins: 3 });
    specFor(recordLoginSuccess).given(state).when(me).then(me);
    expect(state.get('u1')!.failedLogins).toBe(0);
  });
  it('refuses a success for a deactivated or unknown user', () => {
    specFor(recordLoginSuccess)
      .given(given({ active: false }))
      .when(me)
      .thenFails('FORBIDDEN', /deactivated/);
    specFor(recordLoginSuccess).given(new Map()).when(me).thenFails('NOT_FOUND');
  });
});

describe('PasswordChanged', () => {
  const change = { ...me, passwordHash: 'new' };
  it('changes an active user’s password, clearing failures and an open reset', () => {
    const state = given({
      failedLogins: 2,
      resetTokenHash: 'h',
      resetExpiresAt: '2099-01-01T00:00:00Z',
    });
    specFor(changePassword).given(state).when(change).then(change);
    expect(state.get('u1')).toMatchObject({ failedLogins: 0, resetTokenHash: null });
  });
  it('refuses a deactivated user (FORBIDDEN) and an unknown one (NOT_FOUND)', () => {
    specFor(changePassword)
      .given(given({ active: false }))
      .when(change)
      .thenFails('FORBIDDEN');
    specFor(changePassword)
      .given(new Map())
      .when(change)
      .thenFails('NOT_FOUND', undefined, 'userId');
  });
});

describe('PasswordResetIssued and PasswordReset', () => {
  const issue = { ...me, tokenHash: 'h1', expiresAt: '2026-12-01T11:00:00Z' };
  const use = (tokenHash: string, at = '2026-12-01T10:30:00Z') => ({
    ...me,
    tokenHash,
    passwordHash: 'new',
    at,
  });
  it('issues a reset for an active user', () =>
    specFor(issuePasswordReset).given(given()).when(issue).then(issue));
  it('refuses to issue one for a deactivated or unknown user', () => {
    specFor(issuePasswordReset)
      .given(given({ active: false }))
      .when(issue)
      .thenFails('FORBIDDEN');
    specFor(issuePasswordReset).given(new Map()).when(issue).thenFails('NOT_FOUND');
  });
  it('resets with the open link before it expires', () =>
    specFor(resetPassword)
      .given(given({ resetTokenHash: 'h1', resetExpiresAt: issue.expiresAt }))
      .when(use('h1'))
      .then(use('h1')));
  it('a link works once (CONFLICT the second time)', () =>
    specFor(resetPassword)
      .given(given({ resetTokenHash: 'h1', resetExpiresAt: issue.expiresAt }))
      .when(use('h1'), use('h1'))
      .thenFails('CONFLICT', /already used/, 'token'));
  it('a newer link replaces the older one', () => {
    const state = given({ resetTokenHash: 'h1', resetExpiresAt: issue.expiresAt });
    specFor(issuePasswordReset)
      .given(state)
      .when({ ...issue, tokenHash: 'h2' })
      .thenAccepts();
    specFor(resetPassword).given(state).when(use('h1')).thenFails('CONFLICT');
  });
  it('refuses an expired link (FORBIDDEN)', () =>
    specFor(resetPassword)
      .given(given({ resetTokenHash: 'h1', resetExpiresAt: issue.expiresAt }))
      .when(use('h1', '2026-12-01T11:00:01Z'))
      .thenFails('FORBIDDEN', /expired/, 'token'));
  it('refuses a deactivated user’s reset', () =>
    specFor(resetPassword)
      .given(given({ active: false, resetTokenHash: 'h1', resetExpiresAt: issue.expiresAt }))
      .when(use('h1'))
      .thenFails('FORBIDDEN', /deactivated/));
});
