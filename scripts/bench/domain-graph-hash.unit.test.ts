import neo4j from 'neo4j-driver';
import {
  canonicalNode,
  canonicalRelationship,
  domainGraphHasher,
  hashDifferences,
  isBookkeeping,
  MultisetHash,
  digestOf,
} from './domain-graph-hash';

type Graph = {
  nodes: [string, string[], Record<string, unknown>][];
  rels: [string, string, Record<string, unknown>, string][];
};

const hashOf = (g: Graph) => {
  const h = domainGraphHasher();
  for (const n of g.nodes) h.node(...n);
  for (const r of g.rels) h.relationship(...r);
  return h.result();
};

const order = (id: string, status = 'PLACED') => ({
  id,
  status,
  totalFen: neo4j.int(1200),
  placedOn: new neo4j.types.Date(2026, 12, 6),
});

const graph = (): Graph => ({
  nodes: [
    ['1', ['Company'], { id: 'c1', kind: 'SME' }],
    ['2', ['PurchaseOrder'], order('o1')],
    ['3', ['Event'], { id: 'e1', status: 'APPLIED' }],
    ['4', ['ProjectionOffset'], { topic: 't', partition: neo4j.int(0), offset: '7' }],
  ],
  rels: [
    ['1', 'PLACED', {}, '2'],
    ['3', 'ABOUT', {}, '2'],
  ],
});

describe('the canonical form of a node and a relationship', () => {
  it('given the same labels and properties in another order, then the same line', () => {
    expect(canonicalNode(['B', 'A'], { y: 1, x: 'a' })).toBe(
      canonicalNode(['A', 'B'], { x: 'a', y: 1 }),
    );
  });

  it('given dates and integers, then they are written as values, so equal values give equal lines', () => {
    expect(canonicalNode(['PurchaseOrder'], order('o1'))).toBe(
      canonicalNode(['PurchaseOrder'], {
        ...order('o1'),
        placedOn: new neo4j.types.Date(2026, 12, 6),
      }),
    );
    expect(canonicalNode(['PurchaseOrder'], order('o1'))).toContain('2026-12-06');
  });

  it('given a number stored as a float instead of an integer, then the lines differ', () => {
    expect(canonicalNode(['P'], { q: neo4j.int(5) })).not.toBe(canonicalNode(['P'], { q: 5 }));
  });

  it('given a projection-time stamp of a notification, then it is left out', () => {
    const at = (h: number) => new neo4j.types.DateTime(2026, 12, 6, h, 0, 0, 0, 0);
    expect(
      canonicalNode(['Notification'], { id: 'n', projectedAt: at(1), emailStatus: 'PENDING' }),
    ).toBe(
      canonicalNode(['Notification'], { id: 'n', projectedAt: at(2), emailStatus: 'SKIPPED' }),
    );
  });

  it('given a relationship, then its ends are named by content and its properties are sorted', () => {
    expect(canonicalRelationship('a', 'T', { b: 2, a: 1 }, 'z')).toBe('a-[T[["a",1],["b",2]]]->z');
  });
});

describe('the domain graph hash', () => {
  it('given the bookkeeping labels, then they are recognised', () => {
    expect(isBookkeeping(['Event'])).toBe(true);
    expect(isBookkeeping(['ProjectionOffset'])).toBe(true);
    expect(isBookkeeping(['PurchaseOrder'])).toBe(false);
  });

  it('given the same graph written in another order with other ids, then the same hash', () => {
    const g = graph();
    const other: Graph = {
      nodes: g.nodes.map(([id, l, p]) => [`x${id}`, l, p] as Graph['nodes'][number]).reverse(),
      rels: g.rels
        .map(([a, t, p, b]) => [`x${a}`, t, p, `x${b}`] as Graph['rels'][number])
        .reverse(),
    };
    expect(hashOf(other)).toEqual(hashOf(g));
  });

  it('given other Event records and offsets only, then the same hash (bookkeeping left out)', () => {
    const g = graph();
    const other = graph();
    other.nodes[2] = ['3', ['Event'], { id: 'e2', status: 'REJECTED' }];
    other.nodes[3] = [
      '4',
      ['ProjectionOffset'],
      { topic: 't', partition: neo4j.int(0), offset: '9' },
    ];
    other.nodes.push(['5', ['Event'], { id: 'e3' }]);
    const a = hashOf(g);
    expect(a.nodes).toBe(2);
    expect(a.relationships).toBe(1);
    expect(hashOf(other)).toEqual(a);
  });

  it('given one property changed, then the hash differs and the part names the label', () => {
    const other = graph();
    other.nodes[1] = ['2', ['PurchaseOrder'], order('o1', 'CONFIRMED')];
    const a = hashOf(graph());
    const b = hashOf(other);
    expect(b.hash).not.toBe(a.hash);
    expect(hashDifferences(a, b)).toEqual([
      // The PLACED relationship's end changed with the order.
      '-[PLACED]->: 1 in both, contents differ',
      ':PurchaseOrder: 1 in both, contents differ',
    ]);
  });

  it('given a relationship missing, then the hash differs and the part says how many', () => {
    const other = graph();
    other.rels = [];
    expect(hashDifferences(hashOf(graph()), hashOf(other))).toEqual(['-[PLACED]->: 1 vs 0']);
  });

  it('given a line twice, then the multiset hash counts it twice', () => {
    const d = digestOf('x');
    expect(new MultisetHash().add(d).add(d).hex()).not.toBe(new MultisetHash().add(d).hex());
    expect(new MultisetHash().add(d).add(digestOf('y')).hex()).toBe(
      new MultisetHash().add(digestOf('y')).add(d).hex(),
    );
  });
});
