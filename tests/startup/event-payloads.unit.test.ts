/** The event catalogue's payload types are generated from schema/events; this fails when someone forgot `npm run codegen`. */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '@chainlift/platform';
import { HANDLERS } from '@chainlift/projector';

it('services/domain/src/events/payloads.generated.ts matches schema/events', () => {
  // In a process of its own: json-schema-to-typescript loads prettier with a dynamic import jest's VM refuses.
  const fresh = execFileSync(
    process.execPath,
    [
      path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      'scripts/codegen/event-payloads.ts',
      '--stdout',
    ],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  const committed = readFileSync(
    path.join(REPO_ROOT, 'services/domain/src/events/payloads.generated.ts'),
    'utf8',
  );
  expect(committed).toBe(fresh);
}, 60_000);

it('registers each projector handler under its own event type', () => {
  for (const [type, handler] of HANDLERS) expect(handler.type).toBe(type);
});
