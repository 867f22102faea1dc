/** Users and sessions. */
import type { CompanyKind, Role } from '@chainlift/domain';
import type { Read } from './graph';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  platformAdmin: boolean;
  active: boolean;
  companyId: string;
}

export interface SessionRow {
  token: string;
  expiresAt: string;
  user: UserRow;
}

export interface LoginRow extends UserRow {
  passwordHash: string;
  companyKind: CompanyKind;
  /** The lockout count every gateway reads (LoginFailed events, projected). */
  failedLogins: number;
  lastFailedAt: string | null;
}

const LOGIN_FIELDS =
  ', passwordHash: u.passwordHash, companyKind: c.kind, failedLogins: coalesce(u.failedLogins, 0), lastFailedAt: u.lastFailedAt';

const user = (extra = '') =>
  `u { .id, .email, .name, .role, .platformAdmin, .active, companyId: c.id${extra} }`;

export function userReads(read: Read) {
  return {
    async byId(id: string): Promise<(UserRow & { companyKind: CompanyKind }) | undefined> {
      return (
        await read<UserRow & { companyKind: CompanyKind }>(
          `MATCH (u:User {id: $id})-[:WORKS_AT]->(c:Company) RETURN ${user(', companyKind: c.kind')}`,
          { id },
        )
      )[0];
    },
    async byEmail(email: string): Promise<LoginRow | undefined> {
      return (
        await read<LoginRow>(
          `MATCH (u:User {email: $email})-[:WORKS_AT]->(c:Company) RETURN ${user(LOGIN_FIELDS)}`,
          { email },
        )
      )[0];
    },
    /** The user with an open password reset link of this token hash (expired or not). */
    async byResetTokenHash(tokenHash: string): Promise<LoginRow | undefined> {
      return (
        await read<LoginRow>(
          `MATCH (u:User {resetTokenHash: $tokenHash})-[:WORKS_AT]->(c:Company) RETURN ${user(LOGIN_FIELDS)}`,
          { tokenHash },
        )
      )[0];
    },
    /** A user's login facts by id (changing one's own password checks the current one). */
    async loginById(id: string): Promise<LoginRow | undefined> {
      return (
        await read<LoginRow>(
          `MATCH (u:User {id: $id})-[:WORKS_AT]->(c:Company) RETURN ${user(LOGIN_FIELDS)}`,
          { id },
        )
      )[0];
    },
    ofCompany(companyId: string) {
      return read<UserRow>(
        `MATCH (u:User)-[:WORKS_AT]->(c:Company {id: $companyId}) RETURN ${user()} ORDER BY u.email`,
        { companyId },
      );
    },
  };
}

export type UserReads = ReturnType<typeof userReads>;
