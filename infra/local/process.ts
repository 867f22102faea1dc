/** Background server processes: started detached with logs and a pid file, stopped by pid. */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  closeSync,
} from 'node:fs';
import path from 'node:path';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

/**
 * Starts a process in its own session with stdin closed and stdout/stderr appended to logFile,
 * so it outlives the command that started it and holds no terminal or pipe of ours.
 */
export function spawnDetached(
  command: string,
  args: string[],
  options: { cwd: string; logFile: string; pidFile: string; env?: NodeJS.ProcessEnv },
): number {
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const out = openSync(options.logFile, 'a');
  const child = spawn(command, args, {
    cwd: options.cwd,
    detached: true,
    stdio: ['ignore', out, out],
    ...(options.env ? { env: options.env } : {}),
  });
  closeSync(out);
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  child.unref();
  writeFileSync(options.pidFile, `${child.pid}\n`);
  return child.pid;
}

/** SIGTERM, then SIGKILL after the grace period. Resolves once the process is gone. */
export async function stopByPidFile(pidFile: string, graceMs = 30_000): Promise<boolean> {
  const pid = readPid(pidFile);
  if (pid === undefined) {
    rmSync(pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(100);
  rmSync(pidFile, { force: true });
  return true;
}

/**
 * Stops the Neo4j and Kafka of a state folder if this process is interrupted (Ctrl-C, CI's SIGTERM)
 * before its own teardown runs, so no server outlives the test run. Returns the function that removes
 * the handlers once the normal teardown has stopped them.
 */
export function stopOnInterrupt(stateDir: string): () => void {
  const emergencyStop = () => {
    for (const pid of ['neo4j.pid', 'kafka.pid'])
      void stopByPidFile(path.join(stateDir, pid), 0).catch(() => undefined);
  };
  process.once('SIGINT', emergencyStop);
  process.once('SIGTERM', emergencyStop);
  return () => {
    process.off('SIGINT', emergencyStop);
    process.off('SIGTERM', emergencyStop);
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The last lines of a log, to show why a server did not come up. */
export function tail(file: string, lines = 15): string {
  if (!existsSync(file)) return '(no log written)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
