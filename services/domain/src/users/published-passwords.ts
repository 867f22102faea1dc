/**
 * The demo's passwords are printed in the README and by `npm start`: anyone knows them. A database
 * the demo seeded keeps its accounts when a deployment switches to production mode, so there a
 * published password never logs in (the account's holder gets a reset link from an admin), and no
 * production secret may be one of them (platform/config.ts).
 */
import { fail, ok, type Result } from '../shared/errors';

/** The demo seed's passwords: every demo company user's, and the demo platform admin's. */
export const DEMO_PASSWORDS = { user: 'chainlift-demo', admin: 'chainlift-admin' } as const;

export const PUBLISHED_PASSWORDS: readonly string[] = Object.values(DEMO_PASSWORDS);

export const isPublishedPassword = (password: string): boolean =>
  PUBLISHED_PASSWORDS.includes(password);

/**
 * May a login with this (already verified) password go on? In demo mode yes; otherwise a published
 * password is refused with what to do about it.
 */
export function checkLoginPassword(password: string, demoLogins: boolean): Result<true> {
  if (demoLogins || !isPublishedPassword(password)) return ok(true);
  return fail(
    'UNAUTHENTICATED',
    "this account's password is one the ChainLift demo publishes, so it cannot log in here: ask your company's admin (or the platform admin) for a password reset link",
  );
}
