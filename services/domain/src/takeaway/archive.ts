/**
 * "Your data to take away": the archive a company ADMIN downloads with everything about its company,
 * and the checks an import makes before it believes one. Pure: the gateway reads the rows, zips the
 * files and hashes bytes (the hash function is given), this module decides what the files are.
 *
 *   entities/<entity>.json   the rows as JSON (nested lists kept)
 *   tables/<entity>.csv      the same rows as a table (RFC 4180; a nested value as JSON in its cell)
 *   manifest.json            { format, version, exportedAt, company, counts, files: [{path, sha256, bytes}] }
 *
 * No secret ever leaves: fields named like a password, token, secret or hash are dropped at any depth
 * (`withoutSecrets`), whatever the reader returned. Counterparties are references (name, USCC, kind,
 * region, industry), never their own data.
 */
import { fail, ok, type Result } from '../shared/errors';

export const ARCHIVE_FORMAT = 'chainlift-takeaway';
export const ARCHIVE_VERSION = 1;

export type Row = Record<string, unknown>;

/** The entity lists of an archive, in the order an import replays them. */
export const ENTITIES = [
  'users',
  'counterparties',
  'chains',
  'supplyLinks',
  'orders',
  'stock',
  'receivables',
  'pledges',
  /** The finance products the pledges were applied under (the banks' published terms). */
  'financeProducts',
  'consents',
  'accessLog',
  'assessments',
  'improvementPlans',
] as const;
export type Entity = (typeof ENTITIES)[number];

export interface CompanyRef {
  id: string;
  name: string;
  uscc: string;
  kind: string;
  region: string;
  industry: string;
}

export type TakeawayData = { company: CompanyRef } & Record<Entity, Row[]>;

export interface ManifestFile {
  path: string;
  sha256: string;
  bytes: number;
}

export interface Manifest {
  format: typeof ARCHIVE_FORMAT;
  version: typeof ARCHIVE_VERSION;
  exportedAt: string;
  company: CompanyRef;
  counts: Record<Entity, number>;
  files: ManifestFile[];
}

export type Sha256 = (bytes: Uint8Array) => string;

/** Field names that are never exported. */
const SECRET = /password|token|secret|hash/i;

/** The value with every secret-looking field removed, at any depth. */
export function withoutSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => withoutSecrets(v) as unknown) as T;
  if (value !== null && typeof value === 'object') {
    const out: Row = {};
    for (const [k, v] of Object.entries(value as Row))
      if (!SECRET.test(k)) out[k] = withoutSecrets(v);
    return out as T;
  }
  return value;
}

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Rows as CSV: the header is every key in first-seen order; one line per row, CRLF as RFC 4180 says. */
export function toCsv(rows: readonly Row[]): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows)
    for (const key of Object.keys(row))
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
  const lines = [
    columns.map(cell).join(','),
    ...rows.map((r) => columns.map((c) => cell(r[c])).join(',')),
  ];
  return lines.join('\r\n') + '\r\n';
}

const fileName = (entity: string) => entity.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
export const entityPath = (entity: Entity) => `entities/${fileName(entity)}.json`;
export const tablePath = (entity: Entity) => `tables/${fileName(entity)}.csv`;
const COMPANY_PATH = 'entities/company.json';
export const MANIFEST_PATH = 'manifest.json';

const encode = (text: string) => new TextEncoder().encode(text);

/** The archive's files (path → bytes), the manifest last, listing every other file with its hash. */
export function buildArchive(
  data: TakeawayData,
  options: { exportedAt: string; sha256: Sha256 },
): { files: Record<string, Uint8Array>; manifest: Manifest } {
  const clean = withoutSecrets(data);
  const files: Record<string, Uint8Array> = {
    [COMPANY_PATH]: encode(JSON.stringify(clean.company, null, 2)),
  };
  const counts = {} as Record<Entity, number>;
  for (const entity of ENTITIES) {
    const rows = clean[entity];
    counts[entity] = rows.length;
    files[entityPath(entity)] = encode(JSON.stringify(rows, null, 2));
    files[tablePath(entity)] = encode(toCsv(rows));
  }
  const manifest: Manifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: options.exportedAt,
    company: clean.company,
    counts,
    files: Object.entries(files).map(([path, bytes]) => ({
      path,
      sha256: options.sha256(bytes),
      bytes: bytes.byteLength,
    })),
  };
  files[MANIFEST_PATH] = encode(JSON.stringify(manifest, null, 2));
  return { files, manifest };
}

const bad = (message: string) => fail('BAD_USER_INPUT', message, 'archive');

const parseJson = (bytes: Uint8Array | undefined, path: string): Result<unknown> => {
  if (!bytes) return bad(`the archive has no ${path}`);
  try {
    return ok(JSON.parse(new TextDecoder().decode(bytes)) as unknown);
  } catch {
    return bad(`${path} is not JSON`);
  }
};

/**
 * The archive's data, once its manifest vouches for every file: format and version known, every listed
 * file present with its size and SHA-256, no file the manifest does not list, counts as listed.
 * Anything else is BAD_USER_INPUT naming the file, and nothing may be imported.
 */
export function readArchive(
  files: Record<string, Uint8Array>,
  sha256: Sha256,
): Result<{ manifest: Manifest; data: TakeawayData }> {
  const parsed = parseJson(files[MANIFEST_PATH], MANIFEST_PATH);
  if (!parsed.ok) return parsed;
  const manifest = parsed.value as Partial<Manifest>;
  if (manifest.format !== ARCHIVE_FORMAT || manifest.version !== ARCHIVE_VERSION)
    return bad(`not a ${ARCHIVE_FORMAT} archive of version ${ARCHIVE_VERSION}`);
  if (!Array.isArray(manifest.files)) return bad('the manifest lists no files');
  const listed = new Set<string>();
  for (const f of manifest.files) {
    const bytes = files[f.path];
    if (!bytes) return bad(`${f.path} is listed in the manifest but missing`);
    if (bytes.byteLength !== f.bytes || sha256(bytes) !== f.sha256)
      return bad(`${f.path} does not match its SHA-256 in the manifest: the archive was changed`);
    listed.add(f.path);
  }
  for (const path of Object.keys(files))
    if (path !== MANIFEST_PATH && !listed.has(path) && !path.endsWith('/'))
      return bad(`${path} is not listed in the manifest`);
  const company = parseJson(files[COMPANY_PATH], COMPANY_PATH);
  if (!company.ok) return company;
  const data = { company: company.value as CompanyRef } as TakeawayData;
  for (const entity of ENTITIES) {
    const rows = parseJson(files[entityPath(entity)], entityPath(entity));
    if (!rows.ok) return rows;
    if (!Array.isArray(rows.value)) return bad(`${entityPath(entity)} is not a list`);
    if (manifest.counts?.[entity] !== rows.value.length)
      return bad(
        `${entityPath(entity)} has ${rows.value.length} rows, the manifest says ${manifest.counts?.[entity]}`,
      );
    data[entity] = rows.value as Row[];
  }
  return ok({ manifest: manifest as Manifest, data });
}
