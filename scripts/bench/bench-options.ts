/**
 * The flags every chain bench takes: `--quick` picks the quick profile's defaults (a developer's
 * run, minutes) instead of the full one's (the README's figures); `--name N` or `--name=N` sets a
 * whole number; the names in `text` take a string (e.g. --out FILE, --scales …). Pure.
 */
export interface BenchFlags<N extends string, T extends string> {
  profile: 'quick' | 'full';
  numbers: Record<N, number>;
  text: Partial<Record<T, string>>;
  /** The number flags given on the command line (not defaults). */
  given: Set<N>;
}

export function parseBenchFlags<N extends string, T extends string = never>(
  argv: readonly string[],
  defaults: { quick: Record<N, number>; full: Record<N, number> },
  text: readonly T[] = [],
): BenchFlags<N, T> {
  const profile = argv.includes('--quick') ? 'quick' : 'full';
  const numbers = { ...defaults[profile] };
  const given = new Set<N>();
  const strings: Partial<Record<T, string>> = {};
  const usage = [
    '--quick',
    ...Object.keys(numbers).map((n) => `--${n} N`),
    ...text.map((t) => `--${t} …`),
  ].join(' ');
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i]!.split('=', 2);
    if (flag === '--quick') continue;
    const name = flag!.replace(/^--/, '');
    const raw = inline ?? argv[++i];
    if (flag!.startsWith('--') && (text as readonly string[]).includes(name)) {
      if (raw === undefined) throw new Error(`${flag} needs a value`);
      strings[name as T] = raw;
    } else if (flag!.startsWith('--') && name in numbers) {
      const value = Number(raw);
      if (!Number.isSafeInteger(value) || value < 0)
        throw new Error(`${flag} needs a whole number ≥ 0, not "${raw ?? ''}"`);
      numbers[name as N] = value;
      given.add(name as N);
    } else throw new Error(`unknown option ${argv[i]}; use ${usage}`);
  }
  return { profile, numbers, text: strings, given };
}
