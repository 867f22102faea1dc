/**
 * The projector process (services/projector/src/main.ts) under the V8 CPU profiler, for
 * `npm run bench:ingest -- --profile DIR` (node refuses --cpu-prof in NODE_OPTIONS). On SIGUSR2 the
 * profile so far is written to $CHAINLIFT_CPU_PROFILE (open it in Chrome DevTools or speedscope).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

const target = process.env.CHAINLIFT_CPU_PROFILE;
if (!target) throw new Error('CHAINLIFT_CPU_PROFILE must name the file to write the profile to');

async function main(file: string) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 1000 });
  await session.post('Profiler.start');
  process.on('SIGUSR2', () => {
    void session.post('Profiler.stop').then(({ profile }) => {
      writeFileSync(file, JSON.stringify(profile));
    });
  });
  await import('../../services/projector/src/main.js');
}

void main(target);
