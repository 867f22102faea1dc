/** The typed resolvers are generated from schema/graphql; this fails when someone forgot `npm run codegen`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../../codegen';
import { REPO_ROOT } from '@chainlift/platform';

it('services/gateway/src/graphql/generated.ts matches schema/graphql', async () => {
  const outputs = (await generate({ ...config, cwd: REPO_ROOT, silent: true }, false)) as {
    filename: string;
    content: string;
  }[];
  expect(outputs).toHaveLength(1);
  const committed = readFileSync(path.join(REPO_ROOT, outputs[0]!.filename), 'utf8');
  expect(committed).toBe(outputs[0]!.content);
}, 60_000);
