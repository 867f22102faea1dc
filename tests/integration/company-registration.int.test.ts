/**
 * The write path end to end on the real servers: GraphQL mutation → Kafka → projector → Neo4j →
 * outcome → mutation result; and the read path back.
 */
import { randomUUID } from 'node:crypto';
import { TOPIC } from '@chainlift/platform';
import { startTestApi, uniqueUscc, waitFor, type TestApi } from '../support/platform';

const REGISTER = `mutation ($input: RegisterCompanyInput!) {
  registerCompany(input: $input) { eventId status company { id name uscc kind region industry registeredAt } }
}`;

const input = (uscc: string, name = '宁波甬华电机有限公司') => ({
  name,
  uscc,
  kind: 'SME',
  region: '浙江省宁波市',
  industry: '微特电机',
});

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('registerCompany', () => {
  it('publishes an event, waits for the projector and returns the company, which reads back', async () => {
    const uscc = uniqueUscc();
    const { registerCompany } = await api.data<{
      registerCompany: { eventId: string; status: string; company: { id: string } };
    }>(REGISTER, {
      input: input(uscc),
    });
    expect(registerCompany.status).toBe('APPLIED');
    expect(registerCompany.company).toMatchObject({
      name: '宁波甬华电机有限公司',
      uscc,
      kind: 'SME',
      region: '浙江省宁波市',
      industry: '微特电机',
    });

    const { company } = await api.data<{ company: { uscc: string } }>(
      'query ($id: ID!) { company(id: $id) { uscc name } }',
      {
        id: registerCompany.company.id,
      },
    );
    expect(company.uscc).toBe(uscc);
    const { companies } = await api.data<{ companies: { uscc: string }[] }>(
      '{ companies(kind: SME, first: 200) { uscc } }',
    );
    expect(companies.map((c) => c.uscc)).toContain(uscc);

    const events = await api.cypher(
      'MATCH (e:Event {id: $id}) RETURN e.status AS status, e.type AS type',
      { id: registerCompany.eventId },
    );
    expect(events).toEqual([{ status: 'APPLIED', type: 'CompanyRegistered' }]);
  });

  it('answers CONFLICT for a USCC already registered, and the graph keeps one company', async () => {
    const uscc = uniqueUscc();
    await api.data(REGISTER, { input: input(uscc) });
    const second = await api.gql(REGISTER, { input: input(uscc, '另一家公司') });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'uscc' });
    expect(second.errors?.[0]?.message).toContain(uscc);
    const rows = await api.cypher('MATCH (c:Company {uscc: $uscc}) RETURN c.name AS name', {
      uscc,
    });
    expect(rows).toEqual([{ name: '宁波甬华电机有限公司' }]);
  });

  it('answers BAD_USER_INPUT for a wrong check digit and publishes nothing', async () => {
    const before = await api.bus.endOffset(TOPIC.masterdata);
    const good = uniqueUscc();
    const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const result = await api.gql(REGISTER, { input: input(bad) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uscc' });
    expect(result.errors?.[0]?.message).toMatch(/check digit/);
    expect(await api.bus.endOffset(TOPIC.masterdata)).toBe(before);
    expect(await api.cypher('MATCH (c:Company {uscc: $bad}) RETURN c', { bad })).toEqual([]);
  });

  it('rejects an unknown company kind before it reaches the resolver', async () => {
    const result = await api.gql(REGISTER, { input: { ...input(uniqueUscc()), kind: 'FACTORY' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers null for an unknown company and PENDING for an unknown event', async () => {
    const { company } = await api.data<{ company: null }>(
      'query ($id: ID!) { company(id: $id) { id } }',
      { id: randomUUID() },
    );
    expect(company).toBeNull();
    const { eventOutcome } = await api.data<{ eventOutcome: { status: string } }>(
      'query ($id: ID!) { eventOutcome(eventId: $id) { status } }',
      {
        id: randomUUID(),
      },
    );
    expect(eventOutcome.status).toBe('PENDING');
  });

  it('refuses a page larger than 200 with BAD_USER_INPUT', async () => {
    const result = await api.gql('{ companies(first: 500) { id } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });
});

describe('the projector', () => {
  const eventFor = (uscc: string) => ({
    id: randomUUID(),
    type: 'CompanyRegistered',
    version: 1,
    occurredAt: new Date().toISOString(),
    actor: { via: 'system' },
    payload: { companyId: randomUUID(), ...input(uscc, '重投测试公司') },
  });

  const outcomeOf = (eventId: string) =>
    waitFor(async () => {
      const rows = await api.cypher('MATCH (e:Event {id: $eventId}) RETURN e.status AS status', {
        eventId,
      });
      return rows[0]?.status as string | undefined;
    });

  it('applies a redelivered event once: same id twice changes nothing the second time', async () => {
    const event = eventFor(uniqueUscc());
    const message = { key: event.payload.uscc, value: JSON.stringify(event) };
    await api.bus.publish(TOPIC.masterdata, [message]);
    expect(await outcomeOf(event.id)).toBe('APPLIED');
    await api.bus.publish(TOPIC.masterdata, [message]);
    // A later event on the same key (same partition) proves the redelivery was consumed first.
    const marker = eventFor(event.payload.uscc);
    await api.bus.publish(TOPIC.masterdata, [
      { key: event.payload.uscc, value: JSON.stringify(marker) },
    ]);
    expect(await outcomeOf(marker.id)).toBe('REJECTED');

    const companies = await api.cypher('MATCH (c:Company {uscc: $uscc}) RETURN c.id AS id', {
      uscc: event.payload.uscc,
    });
    expect(companies).toEqual([{ id: event.payload.companyId }]);
    const records = await api.cypher('MATCH (e:Event {id: $id}) RETURN count(e) AS n', {
      id: event.id,
    });
    expect(Number(records[0]!.n)).toBe(1);
  });

  it('sends a malformed event to the dead-letter topic with the reason and keeps going', async () => {
    const dlqBefore = await api.bus.endOffset(TOPIC.deadLetter);
    const uscc = uniqueUscc();
    const broken = { ...eventFor(uscc), payload: { name: 'no uscc here' } };
    await api.bus.publish(TOPIC.masterdata, [
      { key: uscc, value: '{"this is": not json' },
      { key: uscc, value: JSON.stringify(broken) },
    ]);
    const next = eventFor(uscc);
    await api.bus.publish(TOPIC.masterdata, [{ key: uscc, value: JSON.stringify(next) }]);
    expect(await outcomeOf(next.id)).toBe('APPLIED');
    // The broken event's sender can still learn why.
    const rejected = await api.cypher(
      'MATCH (e:Event {id: $id}) RETURN e.status AS status, e.message AS message',
      { id: broken.id },
    );
    expect(rejected[0]).toMatchObject({ status: 'REJECTED' });
    expect(String(rejected[0]!.message)).toContain('payload');

    const dlqAfter = await api.bus.endOffset(TOPIC.deadLetter);
    expect(dlqAfter - dlqBefore).toBe(2n);
    const reasons = await readDeadLetters(Number(dlqAfter - dlqBefore));
    expect(reasons.some((r) => r.includes('not JSON'))).toBe(true);
    expect(reasons.some((r) => r.includes('payload'))).toBe(true);
  });
});

/** Reads the newest n dead letters' reasons from the real topic. */
async function readDeadLetters(n: number): Promise<string[]> {
  const reasons: string[] = [];
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    resolveDone = resolve;
  });
  const subscription = await api.bus.consume({
    groupId: `test-dlq-${randomUUID()}`,
    topics: [TOPIC.deadLetter],
    fromBeginning: true,
    eachBatch: async (batch) => {
      for (const m of batch.messages) reasons.push(m.headers['x-reason'] ?? '');
      if (reasons.length >= n) resolveDone();
    },
  });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([done, new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
  clearTimeout(timer);
  await subscription.stop();
  return reasons.slice(-n);
}
