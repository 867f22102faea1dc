/**
 * Jest's global setup and teardown run in jest's own Node process, outside the test sandbox, so
 * jest.config.js's moduleNameMapper does not reach them. The workspace packages' `exports` name
 * their compiled dist/ (what plain `node` and the image run), which a fresh clone does not have.
 * Resolve the package names to their TypeScript sources here, as tsconfig.json's `paths` do for
 * tsx and the mapper does inside the tests; jest's transform compiles them on require.
 */
import Module from 'node:module';
import path from 'node:path';

const PACKAGES = /^@chainlift\/(domain|platform|projector|gateway)$/;
const root = path.resolve(__dirname, '../..');

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleInternals = Module as unknown as { _resolveFilename: Resolve };
const resolveFilename = moduleInternals._resolveFilename;

moduleInternals._resolveFilename = function resolveSourcePackage(request, ...rest) {
  const match = PACKAGES.exec(request);
  if (match) return path.join(root, 'services', match[1]!, 'src', 'index.ts');
  return resolveFilename.call(this, request, ...rest);
};
