/** The SDL's enum ErrorCode (which the web reads through codegen) lists exactly the codes the server sends. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ERROR_CODES } from '@chainlift/domain';

it("schema/graphql's ErrorCode is the domain's error codes plus the gateway's INTERNAL_SERVER_ERROR", () => {
  const sdl = readFileSync(path.resolve(__dirname, '../../schema/graphql/schema.graphql'), 'utf8');
  const body = /enum ErrorCode \{([^}]*)\}/.exec(sdl)?.[1] ?? '';
  const values = body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Z_]+$/.test(line));
  expect(values.sort()).toEqual([...ERROR_CODES, 'INTERNAL_SERVER_ERROR'].sort());
});
