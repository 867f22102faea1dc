/** The typed operations in src/gql are generated from schema/graphql and src/; this fails when `npm run codegen -w web` was forgotten. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen';

const WEB = path.resolve(__dirname, '..');

it('web/src/gql matches schema/graphql and the operations in web/src', async () => {
  const outputs = (await generate({ ...config, cwd: WEB, silent: true }, false)) as {
    filename: string;
    content: string;
  }[];
  expect(outputs.length).toBeGreaterThan(0);
  for (const output of outputs) {
    const committed = readFileSync(path.resolve(WEB, output.filename), 'utf8');
    expect([output.filename, committed]).toEqual([output.filename, output.content]);
  }
}, 120_000);
