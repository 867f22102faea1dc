import { specFor } from '../shared/decider-spec';
import {
  inviteSuppliers,
  maySignUpByLink,
  type InviteeFacts,
  type InvitedSupplier,
  type SuppliersInvited,
} from './invite-suppliers';
import type { MemberStatus } from './membership';

const LINK = { tokenHash: 'h'.repeat(64), expiresAt: '2026-02-01T00:00:00Z' };
const invitee = (over: Partial<InviteeFacts> = {}): InviteeFacts => ({
  companyId: 'existing',
  kind: 'SME',
  status: undefined,
  hasUsers: true,
  provisional: false,
  linkedInChain: false,
  ...over,
});
const given = (invitees: Record<string, InviteeFacts> = {}, inviterStatus?: MemberStatus) =>
  specFor(inviteSuppliers).given({
    leaders: new Map([['ch', 'leader']]),
    inviters: new Map(inviterStatus ? [['ch/member', inviterStatus]] : []),
    invitees: new Map(Object.entries(invitees).map(([uscc, f]) => [`ch/${uscc}`, f])),
  });
const supplier = (over: Partial<InvitedSupplier> = {}): InvitedSupplier => ({
  companyId: 'new-co',
  name: '甬华电机',
  uscc: 'U1',
  email: 'sales@yonghua.example',
  supplies: ['电机'],
  ...over,
});
const invite = (...suppliers: InvitedSupplier[]): SuppliersInvited => ({
  chainId: 'ch',
  inviterId: 'leader',
  suppliers,
});

describe('SuppliersInvited', () => {
  it('accepts the leader inviting a new company with a sign-up link', () =>
    given()
      .when(invite(supplier({ invitation: LINK })))
      .then(invite(supplier({ invitation: LINK }))));
  it('accepts an active member inviting an existing SME, without a link', () => {
    const cmd = { ...invite(supplier({ uscc: 'U2' })), inviterId: 'member' };
    given({ U2: invitee() }, 'ACTIVE').when(cmd).then(cmd);
  });
  it('accepts a fresh link for a company an earlier invitation of this chain created, nobody logged in yet', () =>
    given({
      U1: invitee({ hasUsers: false, provisional: true, linkedInChain: true, status: 'INVITED' }),
    })
      .when(invite(supplier({ invitation: LINK })))
      .thenAccepts());
  it('accepts re-inviting a current member (nothing changes for it)', () =>
    given({ U1: invitee({ status: 'ACTIVE' }) })
      .when(invite(supplier()))
      .thenAccepts());
  it('refuses a chain that does not exist (NOT_FOUND)', () =>
    given()
      .when({ ...invite(supplier()), chainId: 'nope' })
      .thenFails('NOT_FOUND', /does not exist/, 'chainId'));
  it('refuses an inviter that is neither the leader nor an active member (FORBIDDEN)', () => {
    const cmd = { ...invite(supplier()), inviterId: 'member' };
    given({}, 'SUSPENDED')
      .when(cmd)
      .thenFails('FORBIDDEN', /leader or an active member/);
    given()
      .when(cmd)
      .thenFails('FORBIDDEN', /leader or an active member/);
  });
  it('refuses inviting the inviting company itself (BAD_USER_INPUT)', () =>
    given({ U1: invitee({ companyId: 'leader', kind: 'CHAIN_LEADER' }) })
      .when(invite(supplier()))
      .thenFails('BAD_USER_INPUT', /inviting company itself/, 'uscc'));
  it("refuses inviting the chain's leader into its own chain (BAD_USER_INPUT)", () => {
    const cmd = { ...invite(supplier()), inviterId: 'member' };
    given({ U1: invitee({ companyId: 'leader', kind: 'CHAIN_LEADER' }) }, 'ACTIVE')
      .when(cmd)
      .thenFails('BAD_USER_INPUT', /leader cannot be invited/, 'uscc');
  });
  it.each(['BANK', 'WAREHOUSE_OPERATOR'])(
    'refuses a %s: it cannot supply (finding 1, BAD_USER_INPUT naming the row)',
    (kind) =>
      given({ U1: invitee({ kind }) })
        .when(invite(supplier()))
        .thenFails('BAD_USER_INPUT', /甬华电机 \(U1\).*only chain leaders and SMEs/, 'uscc'),
  );
  it('refuses a sign-up link for a registered company with no user (finding 1, FORBIDDEN)', () =>
    given({ U1: invitee({ hasUsers: false }) })
      .when(invite(supplier({ invitation: LINK })))
      .thenFails('FORBIDDEN', /gets no sign-up link/, 'uscc'));
  it("refuses a link for a company another chain's invitation created (finding 1)", () =>
    given({ U1: invitee({ hasUsers: false, provisional: true, linkedInChain: false }) })
      .when(invite(supplier({ invitation: LINK })))
      .thenFails('FORBIDDEN', /gets no sign-up link/));
  it('sees earlier invitations of the run: a second link for the same new company is a fresh one', () =>
    given()
      .when(invite(supplier({ invitation: LINK })), invite(supplier({ invitation: LINK })))
      .thenAccepts());
});

describe('maySignUpByLink', () => {
  it('a new company yes, a registered one never', () => {
    expect(maySignUpByLink(undefined)).toBe(true);
    expect(maySignUpByLink(invitee({ hasUsers: false }))).toBe(false);
    expect(
      maySignUpByLink(invitee({ hasUsers: true, provisional: true, linkedInChain: true })),
    ).toBe(false);
  });
});
