#!/usr/bin/env node
// Entry point of every npm script that must work on a fresh clone. Plain Node with no
// dependencies, because it runs before `npm install`: it checks Node, installs the dependencies
// when they are missing or stale, then hands over to the TypeScript script (run with tsx) or jest.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [command, ...rest] = process.argv.slice(2);

const COMMANDS = {
  start: ['scripts/start.ts'],
  build: ['scripts/build.ts'],
  'infra:start': ['scripts/infra.ts', 'start'],
  'infra:stop': ['scripts/infra.ts', 'stop'],
  'infra:status': ['scripts/infra.ts', 'status'],
  seed: ['scripts/seed.ts'],
  admin: ['scripts/admin.ts'],
  rebuild: ['scripts/rebuild.ts'],
  ingest: ['scripts/ingest.ts'],
  asyncapi: ['scripts/asyncapi.ts'],
  'bench:network': ['scripts/bench/network-scale.ts'],
  'bench:ingest': ['scripts/bench/ingest.ts'],
  'bench:api': ['scripts/bench/api.ts'],
  'bench:fanout': ['scripts/bench/fanout.ts'],
  'bench:peers': ['scripts/bench/peers.ts'],
  'bench:send': ['scripts/bench/kafka-send.ts'],
};

function die(message) {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  die(
    `Node ${process.versions.node} is too old: ChainLift needs Node 20.19 or newer (https://nodejs.org).`,
  );
}

// Dependencies: installed when node_modules is missing or package files changed since the last install.
const manifests = [
  'package.json',
  'package-lock.json',
  ...['domain', 'platform', 'projector', 'gateway'].map((s) => `services/${s}/package.json`),
  'web/package.json',
];
const hash = createHash('sha256');
for (const file of manifests)
  if (existsSync(path.join(root, file))) hash.update(readFileSync(path.join(root, file)));
const want = hash.digest('hex');
const stamp = path.join(root, 'node_modules', '.chainlift-install-stamp');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
  // A fresh clone installs exactly the committed package-lock.json (`npm ci`: it never rewrites
  // the lock; the lock lists every platform's optional binaries). Later, when package files
  // changed (a dependency added), `npm install` brings node_modules and the lock in step.
  const fresh = !existsSync(path.join(root, 'node_modules'));
  console.log(
    fresh
      ? '• installing dependencies (first run: npm ci from package-lock.json)…'
      : '• installing dependencies (package files changed since the last install)…',
  );
  const npm = spawnSync(
    'npm',
    [fresh ? 'ci' : 'install', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: root, stdio: 'inherit' },
  );
  if (npm.error || npm.status !== 0)
    die('npm could not install the dependencies (see above). Is the npm registry reachable?');
  writeFileSync(stamp, want);
}

// `deps`: only the step above (the Dockerfile installs before it copies the sources).
if (command === 'deps') process.exit(0);

// The static checks come first in `npm test`, so CI fails on a type error or a wrong-way import
// (docs/architecture.md) before the servers start. CHAINLIFT_SKIP_CHECKS=1 skips them for a quick local rerun.
if (command === 'test' && process.env.CHAINLIFT_SKIP_CHECKS !== '1') {
  for (const check of ['typecheck', 'lint']) {
    console.log(`• npm run ${check} (CHAINLIFT_SKIP_CHECKS=1 skips it)…`);
    const run = spawnSync('npm', ['run', '--silent', check], { cwd: root, stdio: 'inherit' });
    if (run.error || run.status !== 0)
      die(`npm run ${check} failed (see above): fix it before the tests run.`);
  }
}

let argv;
if (command === 'test') {
  argv = [path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), ...rest];
} else if (COMMANDS[command]) {
  argv = ['--import', 'tsx', ...COMMANDS[command], ...rest];
} else {
  die(`unknown command "${command}"; one of: test, ${Object.keys(COMMANDS).join(', ')}`);
}

const child = spawn(process.execPath, argv, { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
