import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@chainlift/platform';
import { companyResolvers } from './company-resolvers';
import type { Resolvers } from './generated';

export const SCHEMA_DIR = path.join(REPO_ROOT, 'schema', 'graphql');

/** The SDL in schema/graphql is the API contract; codegen types the resolvers from it. */
export const typeDefs = readdirSync(SCHEMA_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => readFileSync(path.join(SCHEMA_DIR, f), 'utf8'))
  .join('\n');

export const resolvers: Resolvers[] = [companyResolvers];
