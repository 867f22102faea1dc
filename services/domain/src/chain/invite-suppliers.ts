/**
 * SuppliersInvited: the leader or an active member invites suppliers into a chain (one, or a CSV
 * import: all or none). Who may invite, who may be invited, and who gets a sign-up link:
 *
 * - the inviter is the chain's leader or one of its ACTIVE members (`mayInvite`);
 * - an invitee is a company that can supply (not a bank, a warehouse operator or the platform
 *   operator: `maySupply`), not the inviter itself and not the chain's leader;
 * - a sign-up link (a one-time token, bound to the company's contact e-mail) only for a company the
 *   invitation itself created and nobody can log in for yet (`maySignUpByLink`). An existing
 *   company's first user comes from the platform admin (finding 1: otherwise any member could
 *   invite a registered bank and take over its account with the link).
 */
import { maySupply } from '../company/company';
import type { Decider } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';
import { inviteMember, type InvitationResult, type MemberStatus } from './membership';

export interface InviterFacts {
  /** The chain's leader (undefined: no such chain). */
  leaderId: string | undefined;
  inviterId: string;
  /** The inviter's status in the chain (undefined: not a member). */
  inviterStatus: MemberStatus | undefined;
}

/** The leader, or an ACTIVE member, invites suppliers into a chain. */
export function mayInvite(facts: InviterFacts, chainId: string): Result<true> {
  if (facts.leaderId === undefined)
    return fail('NOT_FOUND', `chain ${chainId} does not exist`, 'chainId');
  if (facts.inviterId === facts.leaderId || facts.inviterStatus === 'ACTIVE') return ok(true);
  return fail(
    'FORBIDDEN',
    'only the leader or an active member can invite suppliers into this chain',
  );
}

/** What the platform knows of an invited company that exists already (by USCC). */
export interface InviteeFacts {
  companyId: string;
  kind: string;
  /** Its status in the chain it is invited into (undefined: not a member). */
  status: MemberStatus | undefined;
  hasUsers: boolean;
  /** Created by an invitation and never given a profile. */
  provisional: boolean;
  /** It already has a sign-up link of this chain (an invitation of this chain created it). */
  linkedInChain: boolean;
}

/**
 * May this invitation carry a sign-up link for the company? A new company (created by this
 * invitation) yes; an existing one only if an earlier invitation of the same chain created it and
 * nobody can log in for it yet (a fresh link replaces the old one). Never a registered company.
 */
export const maySignUpByLink = (invitee: InviteeFacts | undefined): boolean =>
  invitee === undefined || (invitee.provisional && !invitee.hasUsers && invitee.linkedInChain);

/**
 * Whether a company (new: undefined) may be invited into the chain by this inviter, and with what
 * result: INVITED, or ALREADY_MEMBER (nothing changes). Refusals name the row's USCC.
 */
export function mayBeInvited(
  invitee: InviteeFacts | undefined,
  inviterId: string,
  leaderId: string,
): Result<InvitationResult> {
  if (invitee?.companyId === inviterId)
    return fail('BAD_USER_INPUT', 'this is the inviting company itself', 'uscc');
  const supplies = maySupply(invitee?.kind, 'uscc');
  if (!supplies.ok) return supplies;
  return inviteMember(invitee?.status, invitee?.companyId === leaderId);
}

export interface InvitedSupplier {
  companyId: string;
  name: string;
  uscc: string;
  email: string;
  supplies: string[];
  /** The invitation link (its token's hash) for a company created by the invitation. */
  invitation?: { tokenHash: string; expiresAt: string };
}

export interface SuppliersInvited {
  chainId: string;
  inviterId: string;
  suppliers: InvitedSupplier[];
}

export interface InviteSuppliersState {
  /** chainId → leaderId of the chains the events name. */
  leaders: Map<string, string>;
  /** `${chainId}/${companyId}` → the inviter's status in the chain. */
  inviters: Map<string, MemberStatus>;
  /** `${chainId}/${uscc}` → what is known of an invited company that exists. */
  invitees: Map<string, InviteeFacts>;
}

const inviteeKey = (chainId: string, uscc: string) => `${chainId}/${uscc}`;

export const inviteSuppliers: Decider<InviteSuppliersState, SuppliersInvited> = {
  decide(state, command) {
    const leaderId = state.leaders.get(command.chainId);
    const may = mayInvite(
      {
        leaderId,
        inviterId: command.inviterId,
        inviterStatus: state.inviters.get(`${command.chainId}/${command.inviterId}`),
      },
      command.chainId,
    );
    if (!may.ok) return may;
    for (const s of command.suppliers) {
      const invitee = state.invitees.get(inviteeKey(command.chainId, s.uscc));
      const result = mayBeInvited(invitee, command.inviterId, leaderId!);
      if (!result.ok)
        return fail(result.error.code, `${s.name} (${s.uscc}): ${result.error.message}`, 'uscc');
      if (s.invitation && !maySignUpByLink(invitee))
        return fail(
          'FORBIDDEN',
          `${s.name} (${s.uscc}) is already registered on the platform: it gets no sign-up link (its first user comes from the platform admin)`,
          'uscc',
        );
    }
    return ok(command);
  },
  evolve(state, command) {
    for (const s of command.suppliers) {
      const key = inviteeKey(command.chainId, s.uscc);
      // The same company (by USCC) as another chain's invitee: the company's facts are shared.
      const known = [...state.invitees].find(([k]) => k.endsWith(`/${s.uscc}`))?.[1];
      const current = state.invitees.get(key);
      state.invitees.set(key, {
        companyId: current?.companyId ?? known?.companyId ?? s.companyId,
        kind: current?.kind ?? known?.kind ?? 'SME',
        hasUsers: current?.hasUsers ?? known?.hasUsers ?? false,
        provisional: current?.provisional ?? known?.provisional ?? true,
        status:
          current?.status === undefined ||
          current.status === 'DECLINED' ||
          current.status === 'REMOVED'
            ? 'INVITED'
            : current.status,
        linkedInChain: (current?.linkedInChain ?? false) || s.invitation !== undefined,
      });
    }
    return state;
  },
};
