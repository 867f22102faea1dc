import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, recursively, in a stable (sorted) order: what a build reads or hashes. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}
