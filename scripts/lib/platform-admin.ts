/**
 * The first platform admin. Every other account is created by an admin through the API; this
 * one cannot be, so `npm start` and the test platform publish its two events directly (through
 * the same contracts and projector as everything else) and wait until they are applied.
 */
import { randomUUID } from 'node:crypto';
import { withUsccCheckChar } from '@chainlift/domain';
import { hashPassword } from '@chainlift/gateway';
import {
  openRuntime,
  routeOf,
  validateEvent,
  type Config,
  type Driver,
  type Endpoints,
  type EventBus,
} from '@chainlift/platform';

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

async function waitApplied(driver: Driver, eventId: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { records } = await driver.executeQuery(
      'MATCH (e:Event {id: $eventId}) RETURN e.status AS status, e.message AS message',
      { eventId },
    );
    const row = records[0];
    if (row?.get('status') === 'APPLIED') return;
    if (row) throw new Error(`bootstrap event rejected: ${row.get('message')}`);
    if (Date.now() > deadline)
      throw new Error('the projector did not apply the bootstrap events in time: is it running?');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Creates the platform operator company and its admin user unless the e-mail already exists. */
export async function ensurePlatformAdmin(
  driver: Driver,
  bus: EventBus,
  admin: AdminCredentials,
): Promise<boolean> {
  const { records } = await driver.executeQuery('MATCH (u:User {email: $email}) RETURN u.id', {
    email: admin.email,
  });
  if (records.length > 0) return false;
  const existing = await driver.executeQuery('MATCH (c:Company {uscc: $uscc}) RETURN c.id AS id', {
    uscc: PLATFORM_COMPANY_USCC,
  });
  let companyId = existing.records[0]?.get('id') as string | undefined;
  if (!companyId) {
    companyId = randomUUID();
    const company = envelope('CompanyRegistered', {
      companyId,
      name: '链动平台运营',
      uscc: PLATFORM_COMPANY_USCC,
      kind: 'PLATFORM_OPERATOR',
      region: '浙江省宁波市',
      industry: '信息服务',
    });
    await publish(bus, company);
    await waitApplied(driver, company.id);
  }
  const user = envelope('UserCreated', {
    userId: randomUUID(),
    companyId,
    email: admin.email,
    name: 'Platform admin',
    role: 'ADMIN',
    passwordHash: await hashPassword(admin.password),
    platformAdmin: true,
  });
  await publish(bus, user);
  await waitApplied(driver, user.id);
  return true;
}

/** The same, opening (and closing) its own connections to the platform at `endpoints`. */
export async function bootstrapPlatformAdmin(
  config: Config,
  endpoints: Endpoints,
  admin: AdminCredentials,
): Promise<boolean> {
  const runtime = await openRuntime('bootstrap', { config, endpoints, logLevel: 'warn' });
  try {
    return await ensurePlatformAdmin(runtime.driver, runtime.bus, admin);
  } finally {
    await runtime.close();
  }
}
