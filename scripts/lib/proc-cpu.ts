/** CPU time of a process from /proc/<pid>/stat (Linux): what a benchmark charges to each server. */
import { readFileSync } from 'node:fs';

/** Seconds of CPU (user + system) the process has used so far; NaN when it cannot be read. */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in 1/100 s
  } catch {
    return NaN;
  }
}
