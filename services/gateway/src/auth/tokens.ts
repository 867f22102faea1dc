/**
 * Login tokens. Locally the platform signs its own JWTs (HS256, jose); a deployment can instead
 * trust its OIDC provider: tokens are then verified against the provider's JWKS, its issuer and the
 * platform's audience, and matched to a platform user by e-mail (only a verified one: email_verified).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { Config } from '@chainlift/platform';

const ISSUER = 'chainlift';

export type TokenSubject = { userId: string } | { email: string };

export interface TokenService {
  issue(userId: string): Promise<{ token: string; expiresAt: string }>;
  /** The user a token stands for, or undefined when it is invalid or expired. */
  verify(token: string): Promise<TokenSubject | undefined>;
}

/** The secret from JWT_SECRET, or one kept in the state folder so logins survive restarts. */
export function jwtSecret(config: Config): string {
  if (config.auth.jwtSecret) return config.auth.jwtSecret;
  const file = path.join(config.local.stateDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

export function createTokenService(options: {
  secret: string;
  ttl: string;
  oidc?: Config['auth']['oidc'];
}): TokenService {
  const key = new TextEncoder().encode(options.secret);
  const jwks = options.oidc ? createRemoteJWKSet(new URL(options.oidc.jwksUrl)) : undefined;
  return {
    async issue(userId) {
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(userId)
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime(options.ttl)
        .sign(key);
      const { exp } = JSON.parse(
        Buffer.from(token.split('.')[1]!, 'base64url').toString(),
      ) as JWTPayload;
      return { token, expiresAt: new Date((exp ?? 0) * 1000).toISOString() };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
        if (payload.sub) return { userId: payload.sub };
      } catch {
        // not one of ours: maybe the OIDC provider's
      }
      if (!jwks || !options.oidc) return undefined;
      try {
        const { payload } = await jwtVerify(token, jwks, {
          issuer: options.oidc.issuer,
          audience: options.oidc.audience,
        });
        // Matched by e-mail, so the provider must vouch for the address, not just relay it.
        const email = payload[options.oidc.emailClaim];
        return typeof email === 'string' && payload.email_verified === true
          ? { email: email.toLowerCase() }
          : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
