/**
 * Invitation links: how nobody-yet-on-the-platform at an invited supplier gets a login.
 *
 * Each invitation of a company that has no user yet carries a one-time token (random; only its
 * hash is kept) that the inviter sends by e-mail or WeChat. Whoever holds it may sign up as the
 * company's first ADMIN — which accepts the invitation — and, for a company the invitation itself
 * created (no profile yet), claim the company's real name, region and industry. A new invitation
 * of the same company into the same chain replaces the link.
 *
 *   open ──sign up──► used          open ──(14 days)──► expired
 */
import type { Decider } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';
import { decideNewAccount, takeAccount, type TakenAccounts } from '../users/accounts';
import type { MemberStatus } from './membership';

export const INVITATION_TTL_DAYS = 14;

const DAY_MS = 86_400_000;

/** When a link issued at `issuedAt` stops working (ISO-8601). */
export const invitationExpiresAt = (issuedAt: Date | string): string =>
  new Date(new Date(issuedAt).getTime() + INVITATION_TTL_DAYS * DAY_MS).toISOString();

/** What the platform knows about an invitation link when someone signs up with it. */
export interface InvitationFacts {
  chainId: string;
  companyId: string;
  expiresAt: string;
  usedAt: string | null;
  /** The company's standing in the chain now (undefined: no longer a member at all). */
  memberStatus: MemberStatus | undefined;
  companyHasUsers: boolean;
  /** Created by an invitation and never given a profile (no region): its name may be claimed. */
  provisional: boolean;
  /** The e-mail the invitation was sent to (the company's contact e-mail): only it may sign up. */
  email?: string | null;
}

/** Company details the first user may give for a provisional company (and the e-mail signing up). */
export interface ProfileClaim {
  email?: string;
  companyName?: string | null;
  region?: string | null;
  industry?: string | null;
}

const LIMITS = { companyName: 200, region: 100, industry: 100 } as const;

/** A claim after checking: trimmed, empty details left out (never null). */
export type CheckedProfileClaim = { [K in keyof ProfileClaim]?: string };

/** Trims the claimed company details; empty ones are left out. */
export function checkProfileClaim(claim: ProfileClaim): Result<CheckedProfileClaim> {
  const out: CheckedProfileClaim = {};
  for (const field of ['companyName', 'region', 'industry'] as const) {
    const value = claim[field]?.trim();
    if (!value) continue;
    if (value.length > LIMITS[field])
      return fail('BAD_USER_INPUT', `${field} must be at most ${LIMITS[field]} characters`, field);
    out[field] = value;
  }
  return ok(out);
}

/**
 * May the holder of this link sign up now (`at`, ISO-8601)? Each refusal has its own code so the
 * web can say what to do: NOT_FOUND (no such link), CONFLICT (used, or no longer open, or the
 * company already has users), FORBIDDEN (expired), BAD_USER_INPUT (profile of a registered company).
 */
export function checkInvitationSignUp(
  facts: InvitationFacts | undefined,
  at: string,
  claim: ProfileClaim = {},
): Result<InvitationFacts> {
  if (!facts)
    return fail(
      'NOT_FOUND',
      'this invitation link is not valid: check that it was copied whole, or ask the inviting company for a new one',
      'token',
    );
  if (facts.usedAt)
    return fail(
      'CONFLICT',
      'this invitation link has already been used: log in with the account created with it',
      'token',
    );
  if (new Date(at).getTime() >= new Date(facts.expiresAt).getTime())
    return fail(
      'FORBIDDEN',
      `this invitation link expired at ${facts.expiresAt}: ask the inviting company to invite you again for a new link`,
      'token',
    );
  if (facts.memberStatus !== 'INVITED')
    return fail(
      'CONFLICT',
      facts.memberStatus
        ? `this invitation is no longer open (your company's status in the chain is ${facts.memberStatus})`
        : 'this invitation is no longer open: your company is not in the chain',
      'token',
    );
  if (facts.companyHasUsers)
    return fail(
      'CONFLICT',
      'your company already has an account on the platform: log in and accept the invitation there',
      'token',
    );
  if (claim.email !== undefined && claim.email !== facts.email)
    return fail(
      'FORBIDDEN',
      'this invitation link is for the e-mail address it was sent to: sign up with that address',
      'email',
    );
  const given = (['companyName', 'region', 'industry'] as const).find((f) => claim[f]?.trim());
  if (given && !facts.provisional)
    return fail(
      'BAD_USER_INPUT',
      'your company is already registered with its details: leave company name, region and industry empty',
      given,
    );
  return ok(facts);
}

export type InvitationLinkStatus = 'OPEN' | 'USED' | 'EXPIRED' | 'CLOSED';

/** Where a link stands at `at`, for the sign-up page: the same rule as signing up, as one word. */
export function invitationLinkStatus(facts: InvitationFacts, at: string): InvitationLinkStatus {
  const checked = checkInvitationSignUp(facts, at);
  if (checked.ok) return 'OPEN';
  if (facts.usedAt) return 'USED';
  return checked.error.code === 'FORBIDDEN' ? 'EXPIRED' : 'CLOSED';
}

/** InvitationAcceptedWithSignUp: the holder of a link becomes its company's first ADMIN. */
export interface InvitationSignUp {
  chainId: string;
  companyId: string;
  tokenHash: string;
  userId: string;
  email: string;
  name: string;
  passwordHash: string;
  companyName?: string;
  region?: string;
  industry?: string;
}

/** The facts of each link (by token hash), the e-mails and user ids already taken. */
export interface SignUpState extends TakenAccounts {
  links: Map<string, InvitationFacts>;
}

export const signUpWithInvitation: Decider<SignUpState, InvitationSignUp & { at: string }> = {
  decide(state, command) {
    const link = state.links.get(command.tokenHash);
    // A link names its company and chain: an event that names others is not this link's.
    const facts =
      link && link.chainId === command.chainId && link.companyId === command.companyId
        ? link
        : undefined;
    const checked = checkInvitationSignUp(facts, command.at, command);
    if (!checked.ok) return checked;
    return decideNewAccount(state, command);
  },
  evolve(state, signUp) {
    const link = state.links.get(signUp.tokenHash)!;
    state.links.set(signUp.tokenHash, {
      ...link,
      usedAt: signUp.at,
      memberStatus: 'ACTIVE',
      companyHasUsers: true,
    });
    // Other links of the same company now meet a company with users.
    for (const [hash, other] of state.links)
      if (other.companyId === signUp.companyId)
        state.links.set(hash, { ...other, companyHasUsers: true });
    takeAccount(state, signUp);
    return state;
  },
};
