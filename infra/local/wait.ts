import net from 'node:net';
import { isAlive, sleep, tail } from './process';

/** True when something accepts a TCP connection on 127.0.0.1:port. */
export function answersTcp(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Polls `ready` until it resolves true. Fails early, with the end of the server's log, if the
 * server process dies; fails after `timeoutMs` otherwise.
 */
export async function waitUntilReady(options: {
  name: string;
  pid: number;
  logFile: string;
  timeoutMs: number;
  ready: () => Promise<boolean>;
}): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (!isAlive(options.pid)) {
      throw new Error(
        `${options.name} stopped while starting. End of ${options.logFile}:\n${tail(options.logFile)}`,
      );
    }
    if (await options.ready().catch(() => false)) return;
    if (Date.now() > deadline) {
      throw new Error(
        `${options.name} did not answer within ${Math.round(options.timeoutMs / 1000)} s. End of ${options.logFile}:\n${tail(options.logFile)}`,
      );
    }
    await sleep(500);
  }
}
