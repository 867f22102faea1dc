/**
 * One-time link tokens: "<prefix>_<secret>", the secret 32 random bytes — invitation links ("cli_")
 * and password reset links ("clr_"). Only the SHA-256 of the whole token is stored (in the event and
 * on the node): a high-entropy secret needs no slow hash, and a lookup by hash is an index seek.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface NewInvitationToken {
  token: string;
  tokenHash: string;
}

type Prefix = 'cli' | 'clr';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

function generate(prefix: Prefix): NewInvitationToken {
  const token = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hash(token) };
}

/** The stored hash of a token as typed or pasted (surrounding blanks ignored); undefined when it cannot be one. */
function hashOf(prefix: Prefix, token: string): string | undefined {
  const trimmed = token.trim();
  return new RegExp(`^${prefix}_[A-Za-z0-9_-]{43}$`).test(trimmed) ? hash(trimmed) : undefined;
}

export const generateInvitationToken = () => generate('cli');
export const invitationTokenHash = (token: string) => hashOf('cli', token);
export const generateResetToken = () => generate('clr');
export const resetTokenHash = (token: string) => hashOf('clr', token);
