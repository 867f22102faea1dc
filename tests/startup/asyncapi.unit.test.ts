/** schema/asyncapi.yaml is generated from what the platform runs on; this keeps it current and complete. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ASYNCAPI_FILE, asyncApiYaml } from '../../scripts/asyncapi';
import { REPO_ROOT, ROUTES, TOPICS } from '@chainlift/platform';

const doc = parse(readFileSync(ASYNCAPI_FILE, 'utf8')) as {
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
  components: {
    messages: Record<
      string,
      { payload: { allOf?: { properties?: { payload?: { $ref: string } } }[] } }
    >;
  };
};

describe('schema/asyncapi.yaml', () => {
  it('is what `npm run asyncapi` writes now', () => {
    expect(readFileSync(ASYNCAPI_FILE, 'utf8')).toBe(asyncApiYaml());
  });

  it('has a channel per topic and a message per event type, each pointing at an existing schema', () => {
    expect(
      Object.values(doc.channels)
        .map((c) => c.address)
        .sort(),
    ).toEqual(TOPICS.map((t) => t.name).sort());
    const schemas = new Set(readdirSync(path.join(REPO_ROOT, 'schema', 'events')));
    for (const type of Object.keys(ROUTES)) {
      const message = doc.components.messages[`${type}.v1`];
      expect(message).toBeDefined();
      const ref = message!.payload.allOf![1]!.properties!.payload!.$ref;
      expect(schemas.has(path.basename(ref))).toBe(true);
    }
    for (const channel of Object.values(doc.channels)) {
      for (const { $ref } of Object.values(channel.messages))
        expect(doc.components.messages[$ref.split('/').pop()!]).toBeDefined();
    }
  });

  it('every event schema belongs to a routed type', () => {
    const files = readdirSync(path.join(REPO_ROOT, 'schema', 'events')).filter(
      (f) => f !== 'envelope.v1.json',
    );
    expect(files.map((f) => f.replace(/\.v\d+\.json$/, '')).filter((t) => !ROUTES[t])).toEqual([]);
  });
});
