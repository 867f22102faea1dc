/**
 * Invitation links' tokens: "cli_<secret>", the secret 32 random bytes. Only the SHA-256 of the
 * whole token is stored (in the SuppliersInvited event and on the Invitation node): a high-entropy
 * secret needs no slow hash, and a lookup by hash is a constant-time index seek.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface NewInvitationToken {
  token: string;
  tokenHash: string;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export function generateInvitationToken(): NewInvitationToken {
  const token = `cli_${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hash(token) };
}

/** The stored hash of a token as typed or pasted (surrounding blanks ignored); undefined when it cannot be one. */
export function invitationTokenHash(token: string): string | undefined {
  const trimmed = token.trim();
  return /^cli_[A-Za-z0-9_-]{43}$/.test(trimmed) ? hash(trimmed) : undefined;
}
