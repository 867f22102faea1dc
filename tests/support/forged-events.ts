/**
 * An attacker who can write to Kafka but not through the gateway: publishes an event as `companyId`
 * straight to its topic and waits for the projector's verdict, as recorded on its (:Event).
 */
import { randomUUID } from 'node:crypto';
import { routeOf } from '@chainlift/platform';
import { waitFor, type TestApi } from './platform';

export interface Verdict {
  status: 'APPLIED' | 'REJECTED';
  code: string | null;
  message: string | null;
}

export async function publishStraightToKafka(
  api: TestApi,
  type: Parameters<typeof routeOf>[0],
  payload: Record<string, unknown>,
  companyId: string,
): Promise<Verdict> {
  const event = {
    id: randomUUID(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    actor: { via: 'graphql', companyId },
    payload,
  };
  const route = routeOf(type);
  await api.bus.publish(route.topic, [
    { key: route.key(payload as never), value: JSON.stringify(event) },
  ]);
  return waitFor(async () => {
    const [row] = await api.cypher(
      'MATCH (e:Event {id: $id}) RETURN e.status AS status, e.code AS code, e.message AS message',
      { id: event.id },
    );
    return row as Verdict | undefined;
  }, 30_000);
}
