export { startGateway, type Gateway, type GatewayOptions } from './server';
/** Where the GraphQL SDL is read from at run time (the image copies it: tests/production). */
export { SCHEMA_DIR } from './graphql/schema';
export { createTokenService, jwtSecret, type TokenService } from './auth/tokens';
export { DEFAULT_PRINCIPAL_CACHE } from './auth/principal-cache';
export { hashPassword } from './auth/passwords';
export { generateInvitationToken } from './auth/invitation-tokens';
/** The read builders, for benches that time the gateway's queries without HTTP (scripts/bench/network-scale.ts). */
export { reader } from './reads/graph';
export { NetworkCache, networkReads } from './reads/network';
export { orderReads } from './reads/orders';
/** The evidence reads, for the test that reads evidence as of past dates (tests/integration/evidence-as-of). */
export { assessmentReads } from './reads/assessment';
export {
  ensureFirstPlatformAdmin,
  ensurePlatformAdmin,
  platformAdminExists,
  PLATFORM_COMPANY_USCC,
  type AdminCredentials,
} from './admin/platform-admin';
/** Inbox e-mail (SMTP_URL): main.ts starts it; tests start it against their own SMTP server. */
export { startMailer, type Mailer, type MailerOptions } from './mail/mailer';
/** The live path's per-stream queue, for the test of security finding 18 (tests/security/live-burst). */
export { appliedEvents } from './live/applied-events';
export type { OutcomeWaiter } from './writes/outcomes';
export { OutcomeListeners } from './writes/outcome-listeners';
