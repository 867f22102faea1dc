/**
 * API keys for company systems (ERP, WMS): "clk_<keyId>_<secret>". The secret is 32 random bytes;
 * only its SHA-256 is stored (a high-entropy secret needs no slow hash).
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export interface NewApiKey {
  keyId: string;
  token: string;
  secretHash: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function generateApiKey(): NewApiKey {
  const keyId = randomUUID();
  const secret = randomBytes(32).toString('base64url');
  return { keyId, token: `clk_${keyId}_${secret}`, secretHash: sha256(secret) };
}

export function parseApiKey(token: string): { keyId: string; secret: string } | undefined {
  const match = /^clk_([0-9a-f-]{36})_([A-Za-z0-9_-]{20,})$/.exec(token.trim());
  return match ? { keyId: match[1]!, secret: match[2]! } : undefined;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(sha256(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
