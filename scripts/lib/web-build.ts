/**
 * Builds the web app (web/ → web/dist, Vite) when it is missing or out of date. "Out of date"
 * means the sources changed since the last build: a hash of web/src, index.html, the Vite
 * config and web/package.json is kept in web/dist/.build-hash. Used by `npm start` and the e2e tests.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@chainlift/platform';
import { filesUnder } from './files-under';

export const WEB_DIR = path.join(REPO_ROOT, 'web');
export const WEB_DIST = path.join(WEB_DIR, 'dist');
const HASH_FILE = path.join(WEB_DIST, '.build-hash');

/** A hash of everything the build reads from web/. */
export function webSourceHash(): string {
  const hash = createHash('sha256');
  const inputs = [
    ...filesUnder(path.join(WEB_DIR, 'src')).filter((f) => !/\.test\.tsx?$/.test(f)),
    ...['index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'].map((f) =>
      path.join(WEB_DIR, f),
    ),
  ];
  for (const file of inputs) {
    if (!existsSync(file)) continue;
    hash.update(path.relative(WEB_DIR, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** Why the build is needed, or undefined when web/dist is current. */
export function webBuildNeeded(): string | undefined {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) return 'web/dist is missing';
  const built = existsSync(HASH_FILE) ? readFileSync(HASH_FILE, 'utf8').trim() : '';
  return built === webSourceHash() ? undefined : 'web/src changed since the last build';
}

/** Runs `vite build` when needed; resolves when web/dist is current. Rejects with the build's output. */
export async function ensureWebBuilt(say: (line: string) => void): Promise<void> {
  const reason = webBuildNeeded();
  if (!reason) {
    say('web app up to date (web/dist)');
    return;
  }
  say(`building the web app (${reason}): vite build → web/dist…`);
  const started = Date.now();
  const hash = webSourceHash();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--logLevel',
        'warn',
      ],
      { cwd: WEB_DIR, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0)
    throw new Error(
      `the web app build failed (vite build in web/):\n${output.join('').slice(-4000)}`,
    );
  writeFileSync(HASH_FILE, hash);
  say(`web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
