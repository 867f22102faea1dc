import { checkLoginPassword, DEMO_PASSWORDS, isPublishedPassword } from './published-passwords';

describe('published (demo) passwords', () => {
  it('given production mode, when a verified login uses a demo password, then it is refused with what to do', () => {
    for (const password of Object.values(DEMO_PASSWORDS))
      expect(checkLoginPassword(password, false)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('password reset link') },
      });
  });

  it('given production mode, when the password is the account holder’s own, then the login goes on', () => {
    expect(checkLoginPassword('my own long password', false)).toEqual({ ok: true, value: true });
  });

  it('given demo mode, when a demo password is used, then the login goes on', () => {
    expect(checkLoginPassword(DEMO_PASSWORDS.user, true)).toEqual({ ok: true, value: true });
  });

  it('knows exactly the demo seed’s passwords (case matters: a password is compared as typed)', () => {
    expect(isPublishedPassword('chainlift-demo')).toBe(true);
    expect(isPublishedPassword('chainlift-admin')).toBe(true);
    expect(isPublishedPassword('Chainlift-Demo')).toBe(false);
  });
});
