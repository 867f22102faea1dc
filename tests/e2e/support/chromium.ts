/**
 * The browser of the e2e tests: Debian's `chromium`, driven by playwright-core (which downloads
 * no browser of its own). When it is missing, it is installed with apt-get (as root), or the
 * run stops with the exact command to type. CJK fonts are installed the same way, so the
 * screenshots show Chinese text rather than boxes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
export const INSTALL_HINT =
  'the e2e tests need Chromium and CJK fonts: run `sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk` (or set CHROMIUM_PATH to a Chromium binary)';

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

function hasCjkFont(): boolean {
  const fc = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return fc.status === 0 && fc.stdout.trim().length > 0;
}

function aptInstall(packages: string[], say: (line: string) => void): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  say(`installing ${packages.join(' ')} for the e2e tests (apt-get, first run only)…`);
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'ignore', env });
    return true;
  } catch {
    return false;
  }
}

/** The Chromium binary to drive; installs it when missing, or throws saying what to install. */
export function ensureChromium(say: (line: string) => void): string {
  let binary = findChromium();
  if (!binary && !process.env.CHROMIUM_PATH) {
    aptInstall(['chromium', 'fonts-noto-cjk'], say);
    binary = findChromium();
  }
  if (!binary) throw new Error(INSTALL_HINT);
  if (!hasCjkFont() && !aptInstall(['fonts-noto-cjk'], say))
    say(
      'no CJK font found (apt-get install fonts-noto-cjk): screenshots will show boxes for Chinese text',
    );
  return binary;
}
