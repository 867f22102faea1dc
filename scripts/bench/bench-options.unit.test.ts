import { parseBenchFlags } from './bench-options';

const defaults = { quick: { runs: 20, seed: 1 }, full: { runs: 100, seed: 1 } };

describe('bench flags', () => {
  it('without --quick the full profile; with it the quick defaults', () => {
    expect(parseBenchFlags([], defaults)).toMatchObject({
      profile: 'full',
      numbers: { runs: 100 },
    });
    expect(parseBenchFlags(['--quick'], defaults)).toMatchObject({
      profile: 'quick',
      numbers: { runs: 20, seed: 1 },
    });
  });

  it('a number given either way wins over the profile, and is told apart from a default', () => {
    const flags = parseBenchFlags(['--quick', '--runs', '5', '--seed=9'], defaults);
    expect(flags.numbers).toEqual({ runs: 5, seed: 9 });
    expect([...flags.given].sort()).toEqual(['runs', 'seed']);
  });

  it('text flags keep their string', () => {
    const flags = parseBenchFlags(['--out', 'x.json', '--scales=1:2,3:4'], defaults, [
      'out',
      'scales',
    ]);
    expect(flags.text).toEqual({ out: 'x.json', scales: '1:2,3:4' });
  });

  it('refuses an unknown flag, naming the ones it takes, and a number that is not whole', () => {
    expect(() => parseBenchFlags(['--rnus', '5'], defaults)).toThrow(/--quick --runs N --seed N/);
    expect(() => parseBenchFlags(['--runs', '2.5'], defaults)).toThrow(/whole number/);
    expect(() => parseBenchFlags(['--runs'], defaults)).toThrow(/whole number/);
  });
});
