/**
 * The shell every benchmark script runs in: it runs the bench, stops what the bench started once
 * (also on Ctrl-C or SIGTERM, without waiting for clients of servers that are already gone) and
 * ends the process: 0, 130 after a signal, 1 with the list of problems when the platform's answers
 * were wrong. A bench itself only measures, checks and prints.
 */
import { say } from '../lib/say';

export interface BenchShell {
  /** Measures, prints the report, and returns what was wrong (empty: all answers checked). */
  run(): Promise<string[]>;
  /** Stops what was started; called once. `graceful` is false after a signal. */
  cleanup(graceful?: boolean): Promise<void>;
  /** Whether the bench's platform is up (before that, its own signal handler stops its servers). */
  platformUp(): boolean;
  /** What a non-empty list of problems means, e.g. "the platform misbehaved". */
  problemsTitle: string;
  /** Printed when there were no problems. */
  success?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchMain(shell: BenchShell): Promise<never> {
  let cleaning: Promise<void> | undefined;
  const cleanup = (graceful = true) => (cleaning ??= shell.cleanup(graceful));
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    say(`${signal}: stopping…`);
    const stop = shell.platformUp() ? cleanup(false) : sleep(2000);
    void stop.finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // Once interrupted, the signal handler ends the process after the cleanup it started.
  const unlessInterrupted = () => (interrupted ? new Promise<never>(() => undefined) : undefined);
  let problems: string[];
  try {
    problems = await shell.run();
  } catch (error) {
    if (!interrupted) say(`✖ ${error instanceof Error ? error.message : String(error)}`);
    await cleanup();
    await unlessInterrupted();
    throw error;
  }
  await cleanup();
  await unlessInterrupted();
  if (problems.length > 0) {
    console.error(`\n✖ ${shell.problemsTitle}:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  if (shell.success) console.log(shell.success);
  process.exit(0);
}
