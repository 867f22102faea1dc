/**
 * `npm run build`: the production build. Each service package's TypeScript (services/<pkg>/src) is
 * compiled file by file to CommonJS in services/<pkg>/dist (esbuild: no bundling, the same folder
 * layout, so REPO_ROOT and the relative paths to schema/ and infra/ hold), its JSON files copied
 * beside, and the web app is built into web/dist. The packages' `exports` name dist/index.js, so
 * plain `node services/gateway/dist/main.js` runs with no tsx (the Dockerfile's commands).
 * Type errors are `npm run typecheck`'s job; this only transpiles (a few seconds).
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '@chainlift/platform';
import { filesUnder } from './lib/files-under';
import { ensureWebBuilt } from './lib/web-build';

/** The workspace packages the services are made of, in dependency order. */
export const SERVICE_PACKAGES = ['domain', 'platform', 'projector', 'gateway'] as const;

/** The compiled processes the image runs (paths from the repository root, as in the Dockerfile). */
export const ENTRY_POINTS = {
  gateway: 'services/gateway/dist/main.js',
  projector: 'services/projector/dist/main.js',
} as const;

/**
 * How the image runs them (the Dockerfile's CMD is the gateway's; docker-compose.yml gives the
 * projector's); tests/production/compiled-services.int.test.ts runs exactly these.
 */
export const IMAGE_COMMANDS = {
  gateway: ['node', '--enable-source-maps', ENTRY_POINTS.gateway],
  projector: ['node', '--enable-source-maps', ENTRY_POINTS.projector],
} as const;

/**
 * What the compiled services read from the repository at run time besides node_modules and their
 * dist/ (REPO_ROOT-relative: the GraphQL SDL, the event schemas, the Neo4j migrations, the topics,
 * the web build): the image's runtime stage copies each.
 */
export const RUNTIME_FILES = [
  'schema/graphql',
  'schema/events',
  'infra/neo4j/migrations',
  'infra/kafka/topics.json',
  'web/dist',
] as const;

/** The Node versions the compiled code targets: the oldest one package.json's `engines` allows. */
const TARGET = 'node20.19';

const isSource = (file: string) =>
  file.endsWith('.ts') && !file.endsWith('.d.ts') && !/\.test\.ts$/.test(file);

export async function buildServices(say: (line: string) => void): Promise<void> {
  const started = Date.now();
  for (const pkg of SERVICE_PACKAGES) {
    const src = path.join(REPO_ROOT, 'services', pkg, 'src');
    const dist = path.join(REPO_ROOT, 'services', pkg, 'dist');
    rmSync(dist, { recursive: true, force: true });
    const all = filesUnder(src);
    await build({
      entryPoints: all.filter(isSource),
      outdir: dist,
      outbase: src,
      bundle: false,
      platform: 'node',
      format: 'cjs',
      target: TARGET,
      sourcemap: true,
      logLevel: 'warning',
    });
    // JSON the code imports (e.g. the assessment questionnaire) stays a require() of a file beside it.
    for (const file of all.filter((f) => f.endsWith('.json')))
      cpSync(file, path.join(dist, path.relative(src, file)));
  }
  for (const [name, entry] of Object.entries(ENTRY_POINTS))
    if (!existsSync(path.join(REPO_ROOT, entry)))
      throw new Error(`the build made no ${entry} (the ${name}'s entry point)`);
  say(
    `services compiled to services/{${SERVICE_PACKAGES.join(',')}}/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (require.main === module) {
  const say = (line: string) => process.stdout.write(`• ${line}\n`);
  Promise.all([buildServices(say), ensureWebBuilt(say)])
    .then(() =>
      say(
        `built: node ${ENTRY_POINTS.gateway} (gateway, serves web/dist) · node ${ENTRY_POINTS.projector}`,
      ),
    )
    .catch((error: unknown) => {
      console.error(
        `\n✖ build failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    });
}
