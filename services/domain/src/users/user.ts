/** Users: one company each, a role there; e-mail is the login name. */
import { ROLES, type Role } from '../access/access';
import { fail, ok, type Result } from '../shared/errors';

export interface UserCreated {
  userId: string;
  companyId: string;
  email: string;
  name: string;
  role: Role;
  /** scrypt hash, "scrypt$N$r$p$salt$hash" (base64). The password itself never leaves the gateway. */
  passwordHash: string;
  platformAdmin: boolean;
}

export function parseEmail(text: string, field = 'email'): Result<string> {
  const email = text.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
    return fail('BAD_USER_INPUT', `"${text}" is not an e-mail address`, field);
  }
  return ok(email);
}

export function parseRole(text: string): Result<Role> {
  return (ROLES as readonly string[]).includes(text)
    ? ok(text as Role)
    : fail('BAD_USER_INPUT', `role must be one of ${ROLES.join(', ')}`, 'role');
}

export const MIN_PASSWORD_LENGTH = 10;

export function checkPassword(password: string): Result<string> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return fail(
      'BAD_USER_INPUT',
      `the password must have at least ${MIN_PASSWORD_LENGTH} characters`,
      'password',
    );
  }
  return ok(password);
}

export function checkName(text: string): Result<string> {
  const name = text.trim();
  if (!name || name.length > 100)
    return fail('BAD_USER_INPUT', 'name must have 1 to 100 characters', 'name');
  return ok(name);
}
