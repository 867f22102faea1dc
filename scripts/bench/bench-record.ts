/**
 * What every bench prints first and keeps: the command as typed and the machine it ran on, and a
 * results file (artifacts/bench/<bench>-<time>.json, or --out) rewritten whenever a figure is
 * measured, so a long full run that stops half-way still leaves what it measured.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@chainlift/platform';
import { say } from '../lib/say';

export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  platform: string;
}

export function machine(): Machine {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

export interface BenchRecord<T> {
  file: string;
  /** Rewrites the file with the results so far. */
  save(results: T): void;
}

/**
 * Prints the command and the machine, and returns where the results go. `out` (from --out) wins
 * over the default artifacts/bench/<bench>-<time>.json.
 */
export function startRecord<T>(
  bench: string,
  profile: string,
  argv: readonly string[],
  out?: string,
): BenchRecord<T> {
  const command = `npm run bench:${bench}${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
  const m = machine();
  const at = new Date().toISOString();
  const file = path.resolve(
    out ?? path.join(REPO_ROOT, 'artifacts', 'bench', `${bench}-${at.replace(/[:.]/g, '-')}.json`),
  );
  say(`command: ${command} (${profile} profile)`);
  say(
    `machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  say(`results: ${path.relative(process.cwd(), file)} (written as they come)`);
  return {
    file,
    save(results) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(
        file,
        JSON.stringify(
          {
            bench,
            command,
            profile,
            at,
            savedAt: new Date().toISOString(),
            machine: m,
            results,
          },
          null,
          2,
        ),
      );
    },
  };
}
