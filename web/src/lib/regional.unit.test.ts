import { hiddenCounts, statCell } from './regional';

describe('statCell', () => {
  it('given a figure under the minimum, shows "<5" with its reason', () => {
    expect(statCell({ value: null, hidden: 'FEWER_THAN_MINIMUM' }, 'COMPANIES', 5)).toEqual({
      hidden: true,
      text: '<5',
      reason: 'regional.hidden.FEWER_THAN_MINIMUM',
    });
  });

  it('given a complementary suppression, shows "—" with its reason (not "<5": it may be large)', () => {
    expect(statCell({ value: null, hidden: 'COMPLEMENTARY' }, 'YUAN', 5)).toEqual({
      hidden: true,
      text: '—',
      reason: 'regional.hidden.COMPLEMENTARY',
    });
  });

  it('shows counts with separators and yuan to the fen', () => {
    expect(statCell({ value: '12345', hidden: null }, 'COUNT', 5)).toEqual({
      hidden: false,
      text: '12,345',
    });
    expect(statCell({ value: '1234567.50', hidden: null }, 'YUAN', 5)).toEqual({
      hidden: false,
      text: '¥1,234,567.50',
    });
  });

  it('shows an empty shown cell as a dash, and the minimum the server names', () => {
    expect(statCell({ value: null, hidden: null }, 'COMPANIES', 5).text).toBe('—');
    expect(statCell({ hidden: 'FEWER_THAN_MINIMUM' }, 'COMPANIES', 3).text).toBe('<3');
  });
});

it('hiddenCounts counts hidden cells by reason', () => {
  expect(
    hiddenCounts([
      { cells: [{ value: '7' }, { hidden: 'FEWER_THAN_MINIMUM' }] },
      { cells: [{ hidden: 'COMPLEMENTARY' }, { hidden: 'FEWER_THAN_MINIMUM' }] },
    ]),
  ).toEqual({ fewer: 2, complementary: 1 });
});
