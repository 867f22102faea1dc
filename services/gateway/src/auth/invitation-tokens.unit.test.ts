import {
  generateInvitationToken,
  generateResetToken,
  invitationTokenHash,
  resetTokenHash,
} from './invitation-tokens';

describe('invitation tokens', () => {
  it('are found again by the hash of the token as pasted, and differ each time', () => {
    const a = generateInvitationToken();
    expect(invitationTokenHash(` ${a.token}\n`)).toBe(a.tokenHash);
    expect(a.token).not.toContain(a.tokenHash);
    expect(generateInvitationToken().token).not.toBe(a.token);
  });

  it('refuse text of another shape', () => {
    const { token } = generateInvitationToken();
    expect(invitationTokenHash(token.slice(0, -1))).toBeUndefined();
    expect(invitationTokenHash(`clk_${token.slice(4)}`)).toBeUndefined();
    expect(invitationTokenHash('')).toBeUndefined();
  });
});

describe('password reset tokens', () => {
  it('have their own prefix: an invitation token is no reset token', () => {
    const reset = generateResetToken();
    expect(resetTokenHash(reset.token)).toBe(reset.tokenHash);
    expect(reset.token).toMatch(/^clr_/);
    expect(resetTokenHash(generateInvitationToken().token)).toBeUndefined();
  });
});
