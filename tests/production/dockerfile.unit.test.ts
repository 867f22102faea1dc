/**
 * No Docker engine runs here, so this reads the Dockerfile (issue 15): a multi-stage build on the
 * Node 22 LTS image, production dependencies only in the image that runs, the non-root user
 * `node`, and commands that name the entry points `npm run build` really produces (scripts/build.ts
 * checks that it made them; tests/production/compiled-services.int.test.ts runs them).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_DIR } from '@chainlift/gateway';
import { EVENT_SCHEMA_DIR, MIGRATIONS_DIR, REPO_ROOT } from '@chainlift/platform';
import { parse } from 'yaml';
import { ENTRY_POINTS, IMAGE_COMMANDS, RUNTIME_FILES } from '../../scripts/build';

interface Instruction {
  op: string;
  args: string;
}
interface Stage {
  from: string;
  name: string | undefined;
  instructions: Instruction[];
}

/** Dockerfile → instructions (comments dropped, `\` continuations joined) grouped by stage. */
function parseDockerfile(text: string): { args: Record<string, string>; stages: Stage[] } {
  const lines = text
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const args: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, op, rest] = /^(\w+)\s+(.*)$/.exec(line)!;
    const instruction = { op: op!.toUpperCase(), args: rest!.replace(/\s+/g, ' ') };
    if (instruction.op === 'FROM') {
      const [, image, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args)!;
      stages.push({
        from: image!.replace(/^\$\{(\w+)\}$/, (_m, v: string) => args[v] ?? _m),
        name,
        instructions: [],
      });
    } else if (stages.length === 0 && instruction.op === 'ARG') {
      const [key, value] = instruction.args.split('=');
      args[key!] = value ?? '';
    } else stages.at(-1)!.instructions.push(instruction);
  }
  return { args, stages };
}

const dockerfile = parseDockerfile(readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8'));
const runtime = dockerfile.stages.at(-1)!;
const all = (stage: Stage, op: string) =>
  stage.instructions.filter((i) => i.op === op).map((i) => i.args);
const execForm = (args: string) => JSON.parse(args) as string[];
const packageJson = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  workspaces: string[];
};

describe('Dockerfile', () => {
  it('builds in stages from the official Node 22 LTS image', () => {
    expect(dockerfile.stages.map((s) => s.name)).toEqual(['deps', 'build', 'runtime']);
    expect(dockerfile.stages[0]!.from).toMatch(/^node:22-bookworm-slim$/);
    expect(runtime.from).toBe(dockerfile.stages[0]!.from);
    expect(dockerfile.stages[1]!.from).toBe('deps');
  });

  it('installs from the lockfile (npm ci), builds with `npm run build`, and runs production dependencies only', () => {
    expect(all(dockerfile.stages[0]!, 'RUN').join(' ')).toMatch(/bootstrap\.mjs deps/);
    expect(all(dockerfile.stages[1]!, 'RUN')).toContain('npm run build');
    expect(packageJson.scripts.build).toBe('node scripts/bootstrap.mjs build');
    expect(all(runtime, 'RUN').join(' ')).toMatch(/npm ci --omit=dev/);
    expect(all(runtime, 'RUN').join(' ')).not.toMatch(/npm (i|install)\b/);
    // Each workspace's manifest is in place before `npm ci`, which checks them against the lock.
    const copied = all(runtime, 'COPY').map((c) => c.split(' ')[0]);
    for (const workspace of packageJson.workspaces)
      expect(copied).toContain(`${workspace}/package.json`);
  });

  it('runs as the unprivileged user `node`, in production mode', () => {
    expect(all(runtime, 'USER')).toEqual(['node']);
    const userAt = runtime.instructions.findIndex((i) => i.op === 'USER');
    expect(runtime.instructions.slice(userAt).some((i) => i.op === 'RUN')).toBe(false);
    const env = all(runtime, 'ENV').join(' ');
    expect(env).toMatch(/NODE_ENV=production/);
    expect(env).toMatch(/CHAINLIFT_MODE=production/);
  });

  it("runs the gateway with plain node from the build's output; the projector's command is the compose file's", () => {
    const [cmd] = all(runtime, 'CMD');
    expect(execForm(cmd!)).toEqual(IMAGE_COMMANDS.gateway);
    expect(IMAGE_COMMANDS.gateway).not.toContain('tsx');
    expect(IMAGE_COMMANDS.projector).not.toContain('tsx');
    const compose = parse(readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8')) as {
      services: Record<string, { command?: string[] }>;
    };
    expect(compose.services.projector!.command).toEqual(IMAGE_COMMANDS.projector);
    expect(compose.services.gateway!.command ?? IMAGE_COMMANDS.gateway).toEqual(
      IMAGE_COMMANDS.gateway,
    );
    // dist/main.js is compiled from src/main.ts, the process the dev launcher runs from source.
    for (const entry of Object.values(ENTRY_POINTS))
      expect(
        existsSync(path.join(REPO_ROOT, entry.replace('/dist/', '/src/').replace(/\.js$/, '.ts'))),
      ).toBe(true);
  });

  it('copies the compiled services, the web build and every file they read at run time', () => {
    const copied = all(runtime, 'COPY').map((c) => c.split(' ').at(-1)!);
    const fromBuild = all(runtime, 'COPY')
      .filter((c) => c.startsWith('--from=build '))
      .map((c) => c.split(' ')[1]);
    for (const pkg of ['domain', 'platform', 'projector', 'gateway'])
      expect(fromBuild).toContain(`/app/services/${pkg}/dist`);
    expect(fromBuild).toContain('/app/web/dist');
    for (const file of RUNTIME_FILES) expect(copied).toContain(file);
    for (const dir of [SCHEMA_DIR, EVENT_SCHEMA_DIR, MIGRATIONS_DIR])
      expect(RUNTIME_FILES).toContain(path.relative(REPO_ROOT, dir));
  });

  it('keeps local installs, builds and state out of the build context (.dockerignore)', () => {
    const ignored = readFileSync(path.join(REPO_ROOT, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['.git', '**/node_modules', '**/dist', '.chainlift'])
      expect(ignored).toContain(entry);
  });
});
