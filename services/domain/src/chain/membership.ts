/**
 * Chain membership: a company's standing in a leader's chain, and the legal moves between them.
 *
 *   INVITED ──accept──► ACTIVE ◄──reinstate── SUSPENDED
 *      │                  │ └────suspend────────►┘
 *      └─decline─► DECLINED   any of INVITED/ACTIVE/SUSPENDED ──remove──► REMOVED
 *   DECLINED or REMOVED ──invite──► INVITED (a fresh invitation); history stays in the events.
 */
import type { Decider } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';

export const MEMBER_STATUSES = ['INVITED', 'ACTIVE', 'SUSPENDED', 'DECLINED', 'REMOVED'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Statuses in which a company counts as part of the chain's network. */
export const IN_NETWORK: readonly MemberStatus[] = ['INVITED', 'ACTIVE', 'SUSPENDED'];

export type MemberMove = 'accept' | 'decline' | 'suspend' | 'reinstate' | 'remove';

const MOVES: Record<
  MemberMove,
  { from: readonly MemberStatus[]; to: MemberStatus; by: 'member' | 'leader' }
> = {
  accept: { from: ['INVITED'], to: 'ACTIVE', by: 'member' },
  decline: { from: ['INVITED'], to: 'DECLINED', by: 'member' },
  suspend: { from: ['ACTIVE'], to: 'SUSPENDED', by: 'leader' },
  reinstate: { from: ['SUSPENDED'], to: 'ACTIVE', by: 'leader' },
  remove: { from: ['INVITED', 'ACTIVE', 'SUSPENDED'], to: 'REMOVED', by: 'leader' },
};

export const whoMayMove = (move: MemberMove): 'member' | 'leader' => MOVES[move].by;

/** The status after a move, or why the move is not allowed from the current status. */
export function moveMember(
  current: MemberStatus | undefined,
  move: MemberMove,
): Result<MemberStatus> {
  if (current === undefined) return fail('NOT_FOUND', 'this company is not a member of the chain');
  const rule = MOVES[move];
  if (!rule.from.includes(current)) {
    return fail(
      'CONFLICT',
      `cannot ${move} a member whose status is ${current} (allowed from ${rule.from.join(', ')})`,
    );
  }
  return ok(rule.to);
}

export type InvitationResult = 'INVITED' | 'ALREADY_MEMBER';

/** Inviting a company: new or returning companies become INVITED; current members stay as they are. */
export function inviteMember(
  current: MemberStatus | undefined,
  isLeader: boolean,
): Result<InvitationResult> {
  if (isLeader)
    return fail('BAD_USER_INPUT', 'the chain leader cannot be invited into its own chain', 'uscc');
  if (current !== undefined && IN_NETWORK.includes(current)) return ok('ALREADY_MEMBER');
  return ok('INVITED');
}

/** What a membership move is decided on: each member's status and each chain's leader. */
export interface Memberships {
  /** `${chainId}/${companyId}` → status */
  statuses: Map<string, MemberStatus>;
  /** chainId → leaderId */
  leaders: Map<string, string>;
}

export interface MemberChange {
  chainId: string;
  companyId: string;
}

const memberKey = (m: MemberChange) => `${m.chainId}/${m.companyId}`;

/** InvitationAnswered: the invited company accepts (→ ACTIVE) or declines (→ DECLINED). */
export const answerInvitation: Decider<Memberships, MemberChange & { accept: boolean }> = {
  decide(state, command) {
    const moved = moveMember(
      state.statuses.get(memberKey(command)),
      command.accept ? 'accept' : 'decline',
    );
    return moved.ok ? ok(command) : moved;
  },
  evolve(state, answer) {
    state.statuses.set(memberKey(answer), answer.accept ? 'ACTIVE' : 'DECLINED');
    return state;
  },
};

export type LeaderMove = Exclude<MemberMove, 'accept' | 'decline'>;

/** The status a leader's move leads to. */
export const statusAfterMove = (move: LeaderMove): MemberStatus => MOVES[move].to;

/** MemberStatusChanged: the leader suspends, reinstates or removes a member (never itself). */
export const changeMemberStatus: Decider<Memberships, MemberChange & { move: LeaderMove }> = {
  decide(state, command) {
    if (state.leaders.get(command.chainId) === command.companyId)
      return fail('BAD_USER_INPUT', 'the leader cannot be suspended or removed from its own chain');
    const moved = moveMember(state.statuses.get(memberKey(command)), command.move);
    return moved.ok ? ok(command) : moved;
  },
  evolve(state, change) {
    state.statuses.set(memberKey(change), statusAfterMove(change.move));
    return state;
  },
};
