/**
 * The platform admins. Every other account is created by an admin through the API; the first
 * one cannot be, so `npm run admin -- create`, the gateway's first start (CHAINLIFT_ADMIN_EMAIL /
 * CHAINLIFT_ADMIN_PASSWORD), the demo and the test platform publish its two events to Kafka
 * (through the same contracts and projector as every write) and wait until they are applied.
 */
import { randomUUID } from 'node:crypto';
import { checkPassword, parseEmail, withUsccCheckChar } from '@chainlift/domain';
import { routeOf, validateEvent, type Driver, type EventBus } from '@chainlift/platform';
import { hashPassword } from '../auth/passwords';

export const PLATFORM_COMPANY_USCC = withUsccCheckChar('91330200MA2PLAT0X');

export interface AdminCredentials {
  email: string;
  password: string;
}

const envelope = (type: string, payload: Record<string, unknown>) => {
  const event = {
    id: randomUUID(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    actor: { via: 'system' as const },
    payload,
  };
  const valid = validateEvent(event);
  if (!valid.ok) throw new Error(valid.error.message);
  return event;
};

/** Publishes an event where its route says. */
const publish = (bus: EventBus, event: { type: string; payload: Record<string, unknown> }) => {
  const route = routeOf(event.type);
  return bus.publish(route.topic, [
    { key: route.key(event.payload), value: JSON.stringify(event) },
  ]);
};

/** Waits for the projector's record of the event: undefined once applied, else why it was rejected. */
async function outcomeOf(
  driver: Driver,
  eventId: string,
  timeoutMs = 60_000,
): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { records } = await driver.executeQuery(
      'MATCH (e:Event {id: $eventId}) RETURN e.status AS status, e.message AS message',
      { eventId },
    );
    const row = records[0];
    if (row?.get('status') === 'APPLIED') return undefined;
    if (row) return String(row.get('message'));
    if (Date.now() > deadline)
      throw new Error('the projector did not apply the admin events in time: is it running?');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const userExists = async (driver: Driver, email: string) =>
  (await driver.executeQuery('MATCH (u:User {email: $email}) RETURN u.id', { email })).records
    .length > 0;

const platformCompany = async (driver: Driver) =>
  (
    await driver.executeQuery('MATCH (c:Company {uscc: $uscc}) RETURN c.id AS id', {
      uscc: PLATFORM_COMPANY_USCC,
    })
  ).records[0]?.get('id') as string | undefined;

/** Whether any platform admin exists (active or not). */
export const platformAdminExists = async (driver: Driver): Promise<boolean> =>
  (await driver.executeQuery('MATCH (u:User {platformAdmin: true}) RETURN u.id LIMIT 1')).records
    .length > 0;

/**
 * Creates the platform operator company (once) and a platform admin with this e-mail, unless a
 * user with the e-mail exists (false then). Input is checked by the same domain rules as
 * `createUser`. Two callers at once (two gateways starting) create one company and one user: the
 * second's events are refused as conflicts and the first's result counts.
 */
export async function ensurePlatformAdmin(
  driver: Driver,
  bus: EventBus,
  admin: AdminCredentials,
): Promise<boolean> {
  const email = parseEmail(admin.email);
  if (!email.ok) throw new Error(`e-mail: ${email.error.message}`);
  const password = checkPassword(admin.password);
  if (!password.ok) throw new Error(password.error.message);
  if (await userExists(driver, email.value)) return false;
  let companyId = await platformCompany(driver);
  if (!companyId) {
    const company = envelope('CompanyRegistered', {
      companyId: randomUUID(),
      name: '链动平台运营',
      uscc: PLATFORM_COMPANY_USCC,
      kind: 'PLATFORM_OPERATOR',
      region: '浙江省宁波市',
      industry: '信息服务',
    });
    await publish(bus, company);
    const refused = await outcomeOf(driver, company.id);
    companyId = await platformCompany(driver);
    if (!companyId) throw new Error(`the platform company was not registered: ${refused}`);
  }
  const user = envelope('UserCreated', {
    userId: randomUUID(),
    companyId,
    email: email.value,
    name: 'Platform admin',
    role: 'ADMIN',
    passwordHash: await hashPassword(admin.password),
    platformAdmin: true,
  });
  await publish(bus, user);
  const refused = await outcomeOf(driver, user.id);
  if (refused === undefined) return true;
  if (await userExists(driver, email.value)) return false;
  throw new Error(`the admin was not created: ${refused}`);
}

/**
 * CHAINLIFT_ADMIN_EMAIL / CHAINLIFT_ADMIN_PASSWORD at start: the first platform admin, only when
 * no platform admin exists yet (so changing the variables later creates nobody). Idempotent.
 */
export async function ensureFirstPlatformAdmin(
  driver: Driver,
  bus: EventBus,
  admin: AdminCredentials,
): Promise<'created' | 'present'> {
  if (await platformAdminExists(driver)) return 'present';
  return (await ensurePlatformAdmin(driver, bus, admin)) ? 'created' : 'present';
}
