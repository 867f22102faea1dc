import type { ReadLimit } from '../auth/facts';
import { LiveRows, type RowSource } from './live-rows';

/** A row source that records each read's ids and answers rows named after them. */
function recordingSource() {
  const reads: string[][] = [];
  const answer =
    <V>(make: (id: string) => V) =>
    async (ids: readonly string[]): Promise<ReadonlyMap<string, V>> => {
      reads.push([...ids]);
      return new Map(ids.filter((id) => !id.startsWith('gone')).map((id) => [id, make(id)]));
    };
  const source = {
    ordersByIds: answer((id) => ({ id })),
    positionsOf: answer((id) => [{ companyId: id }]),
    receivablesByIds: answer((id) => ({ id })),
    pledgesByIds: answer((id) => ({ id })),
  } as unknown as RowSource;
  return { source, reads };
}
const unlimited: ReadLimit = (read) => read();

describe('LiveRows', () => {
  it('given loads of one kind in the same turn, when they resolve, then one read of their distinct ids, counted once', async () => {
    const { source, reads } = recordingSource();
    const counted: string[] = [];
    const rows = new LiveRows(source, unlimited, (kind) => counted.push(kind));
    const pledges = await Promise.all([rows.pledge('p1'), rows.pledge('p2'), rows.pledge('p1')]);
    expect(pledges).toEqual([{ id: 'p1' }, { id: 'p2' }, { id: 'p1' }]);
    expect({ reads, counted }).toEqual({ reads: [['p1', 'p2']], counted: ['pledge'] });
  });

  it('given loads of every kind in one turn, when they resolve, then one read per kind; a missing row is undefined, missing stock empty', async () => {
    const { source, reads } = recordingSource();
    const counted: string[] = [];
    const rows = new LiveRows(source, unlimited, (kind) => counted.push(kind));
    const [order, stock, receivable, pledge] = await Promise.all([
      rows.order('o1'),
      rows.stock('gone-c'),
      rows.receivable('r1'),
      rows.pledge('gone-p'),
    ]);
    expect({ order, stock, receivable, pledge }).toEqual({
      order: { id: 'o1' },
      stock: [],
      receivable: { id: 'r1' },
      pledge: undefined,
    });
    expect(reads).toHaveLength(4);
    expect(counted.sort()).toEqual(['order', 'pledge', 'receivable', 'stock']);
  });

  it('given a load after the last batch was read, when it resolves, then it is read again (rows are not cached)', async () => {
    const { source, reads } = recordingSource();
    const rows = new LiveRows(source, unlimited, () => undefined);
    await rows.receivable('r1');
    await rows.receivable('r1');
    expect(reads).toEqual([['r1'], ['r1']]);
  });
});
