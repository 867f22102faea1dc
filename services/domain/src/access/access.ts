/** Roles a user holds in its company, and the scopes of data a company can share. */
export const ROLES = ['ADMIN', 'OPERATOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { VIEWER: 0, OPERATOR: 1, ADMIN: 2 };

/** ADMIN ⊇ OPERATOR ⊇ VIEWER. */
export const roleAtLeast = (role: Role, minimum: Role): boolean => RANK[role] >= RANK[minimum];

export const CONSENT_SCOPES = ['ORDERS', 'INVENTORY', 'RECEIVABLES', 'ASSESSMENT'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
