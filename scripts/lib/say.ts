/** Progress lines for people running the scripts. */
export const say = (line: string) => console.log(`• ${line}`);

/** Prints a one-line reason (no stack trace) and exits. */
export function fatal(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}
