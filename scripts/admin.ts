/**
 * npm run admin -- create --email admin@example.com
 *
 * Creates a platform admin on the running platform (NEO4J_URI / KAFKA_BROKERS, or the local
 * servers of `npm start`), through Kafka like every write: the projector must be running. The
 * password is asked without echo on a terminal, or read from stdin's first line otherwise
 * (`printf '%s\n' "$PASSWORD" | npm run admin -- create --email …`); never from the command line,
 * where `ps` and the shell history would keep it.
 */
import { ensurePlatformAdmin } from '@chainlift/gateway';
import { loadConfig, openRuntime } from '@chainlift/platform';
import { fatal, say } from './lib/say';

const USAGE =
  'usage: npm run admin -- create --email <e-mail>   (the password is asked, or read from stdin)';

function parseArgs(argv: string[]): { email: string } {
  const [command, ...rest] = argv;
  if (command !== 'create') throw new Error(USAGE);
  let email: string | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i]!;
    if (arg === '--email') email = rest[++i];
    else if (arg.startsWith('--email=')) email = arg.slice('--email='.length);
    else if (arg === '--password' || arg.startsWith('--password='))
      throw new Error(
        'the password is never given on the command line: it is asked, or read from stdin',
      );
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  if (!email) throw new Error(USAGE);
  return { email };
}

/** One line typed without echo (raw mode: the terminal shows nothing). */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let typed = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new Error('cancelled'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** stdin's first line (a pipe or a file). */
async function firstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const password = await askHidden('Password for the new platform admin: ');
  const again = await askHidden('The same password again: ');
  if (password !== again) throw new Error('the two passwords differ: nothing was created');
  return password;
}

async function main() {
  const { email } = parseArgs(process.argv.slice(2));
  const password = await readPassword();
  if (!password) throw new Error('no password given (type it, or pipe it on stdin)');
  const runtime = await openRuntime('admin', { config: loadConfig(), logLevel: 'warn' });
  try {
    const created = await ensurePlatformAdmin(runtime.driver, runtime.bus, { email, password });
    if (!created)
      throw new Error(`a user with the e-mail ${email} exists already: nothing was created`);
    say(`platform admin ${email} created: log in with it (and keep the password safe)`);
  } finally {
    await runtime.close();
  }
}

main().catch(fatal);
