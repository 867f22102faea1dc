/**
 * Runs a platform service (gateway, projector) as a child process: its JSON log goes to a file,
 * and the parent learns when the service says it is ready or when it dies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** Resolves when a log line matches the ready pattern; rejects if the process exits first. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export function startService(options: {
  name: string;
  /** A TypeScript entry point, run from source with tsx … */
  entry?: string;
  /** … or the whole command line, e.g. the image's `node services/gateway/dist/main.js` (the Node that runs this one runs it). */
  command?: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  logDir: string;
  readyWhen: RegExp;
}): ServiceProcess {
  mkdirSync(options.logDir, { recursive: true });
  const logFile = path.join(options.logDir, `${options.name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const [program, ...args] = options.command ?? ['node', '--import', 'tsx', options.entry!];
  const child = spawn(program === 'node' ? process.execPath : program!, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lastLines: string[] = [];
  let exited = false;
  let isReady = false;
  let stopping = false;
  const ready = new Promise<void>((resolve, reject) => {
    const onLine = (line: string) => {
      log.write(`${line}\n`);
      lastLines.push(line);
      if (lastLines.length > 8) lastLines.shift();
      if (!isReady && options.readyWhen.test(line)) {
        isReady = true;
        resolve();
      }
    };
    readline.createInterface({ input: child.stdout! }).on('line', onLine);
    readline.createInterface({ input: child.stderr! }).on('line', onLine);
    child.once('exit', (code, signal) => {
      exited = true;
      // Dying while in use (not stopped): say so, with its last lines, where the person running it looks.
      if (isReady && !stopping)
        process.stderr.write(
          `✖ ${options.name} exited unexpectedly (${signal ?? `code ${code}`}); its last lines (all in ${logFile}):\n${lastLines.join('\n')}\n`,
        );
      reject(
        new Error(
          `${options.name} exited (code ${code}) before it was ready:\n${lastLines.join('\n')}`,
        ),
      );
    });
  });
  ready.catch(() => undefined);
  return {
    name: options.name,
    child,
    logFile,
    ready,
    async stop() {
      stopping = true;
      if (exited || child.exitCode !== null) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await gone;
      clearTimeout(timer);
      log.end();
    },
  };
}
