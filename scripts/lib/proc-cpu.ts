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

/** Busy seconds of the whole machine so far (all cores), from the first line of /proc/stat; NaN when it cannot be read. */
export function machineBusySeconds(): number {
  try {
    const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .split(/\s+/)
      .map(Number);
    return (user! + nice! + system! + irq! + softirq! + steal!) / 100;
  } catch {
    return NaN;
  }
}
