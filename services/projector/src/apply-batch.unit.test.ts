import type { EventEnvelope } from '@chainlift/domain';
import { TOPIC } from '@chainlift/platform';
import { runsToApply, type SourcedEvent } from './apply-batch';

/** "Type:key" items of one topic, numbered in the order they came. */
const batch = (topic: string, spec: string): SourcedEvent[] =>
  spec.split(' ').map((s, n) => {
    const [type, key] = s.split(':') as [string, string];
    return {
      event: { id: `${type}${n}`, type } as EventEnvelope,
      source: { topic, partition: 0 },
      key,
    };
  });
const ids = (runs: EventEnvelope[][]) => runs.map((run) => run.map((e) => e.id));

describe('runsToApply', () => {
  it('regroups a topic keyed by one thing (orders): one run per type, each key in order', () => {
    const runs = runsToApply(batch(TOPIC.orders, 'P:a A:a P:b A:b'));
    expect(ids(runs)).toEqual([
      ['P0', 'P2'],
      ['A1', 'A3'],
    ]);
  });

  it('keeps master data in its exact order: a company (keyed by USCC) before its user (keyed by id)', () => {
    // Regrouped by key, the second UserCreated would join the first one's run, ahead of the
    // CompanyRegistered it needs.
    const items = batch(
      TOPIC.masterdata,
      'UserCreated:c1 CompanyRegistered:uscc2 UserCreated:c2 UserCreated:c2',
    );
    expect(ids(runsToApply(items))).toEqual([
      ['UserCreated0'],
      ['CompanyRegistered1'],
      ['UserCreated2', 'UserCreated3'],
    ]);
  });

  it('keeps chain events in their exact order too, and never mixes topics in a run', () => {
    const items = [
      ...batch(TOPIC.chains, 'SupplyLinkDeclared:b1 ChainCreated:ch1 SupplyLinkDeclared:b2'),
      ...batch(TOPIC.orders, 'P:a'),
    ];
    expect(ids(runsToApply(items))).toEqual([
      ['SupplyLinkDeclared0'],
      ['ChainCreated1'],
      ['SupplyLinkDeclared2'],
      ['P0'],
    ]);
  });
});
