import path from 'node:path';

/** infra/ — the poms, the Neo4j launcher, topic definitions and migrations. */
export const INFRA_DIR = path.resolve(__dirname, '..');
