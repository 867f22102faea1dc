/**
 * Event contracts: the JSON Schemas in schema/events/ are the single source; the projector and
 * every producer validate against them here. A payload schema is named <Type>.v<version>.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { fail, ok, type EventEnvelope, type Result } from '@chainlift/domain';
import { REPO_ROOT } from '../config';

export const EVENT_SCHEMA_DIR = path.join(REPO_ROOT, 'schema', 'events');

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);

const envelopeValidator = ajv.compile(
  JSON.parse(readFileSync(path.join(EVENT_SCHEMA_DIR, 'envelope.v1.json'), 'utf8')),
);

const payloadValidators = new Map<string, ValidateFunction>();
for (const file of readdirSync(EVENT_SCHEMA_DIR)) {
  const match = /^([A-Z][A-Za-z]+)\.v(\d+)\.json$/.exec(file);
  if (!match) continue;
  payloadValidators.set(
    `${match[1]}.v${match[2]}`,
    ajv.compile(JSON.parse(readFileSync(path.join(EVENT_SCHEMA_DIR, file), 'utf8'))),
  );
}

export const knownEventTypes = (): string[] => [...payloadValidators.keys()].sort();

const describe = (errors: ErrorObject[] | null | undefined, where: string) =>
  (errors ?? [])
    .map((e) => `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}`.trim())
    .join('; ');

/** Checks an already-parsed event against the envelope and its payload schema. */
export function validateEvent(candidate: unknown): Result<EventEnvelope> {
  if (!envelopeValidator(candidate)) {
    return fail(
      'BAD_USER_INPUT',
      `event does not match the envelope contract: ${describe(envelopeValidator.errors, '')}`,
    );
  }
  const event = candidate as EventEnvelope;
  const validator = payloadValidators.get(`${event.type}.v${event.version}`);
  if (!validator) {
    return fail(
      'BAD_USER_INPUT',
      `unknown event type ${event.type} version ${event.version}; known: ${knownEventTypes().join(', ')}`,
    );
  }
  if (!validator(event.payload)) {
    return fail(
      'BAD_USER_INPUT',
      `${event.type} v${event.version} payload does not match its contract: ${describe(validator.errors, 'payload')}`,
    );
  }
  return ok(event);
}

/** Parses the bytes of a Kafka message and validates them. */
export function decodeEvent(bytes: Buffer | null): Result<EventEnvelope> {
  if (bytes === null || bytes.length === 0) return fail('BAD_USER_INPUT', 'message has no value');
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    return fail('BAD_USER_INPUT', `message is not JSON: ${(error as Error).message}`);
  }
  return validateEvent(parsed);
}

/** The id of a message that failed validation, when one can be read, so its sender still gets an answer. */
export function salvageEventId(bytes: Buffer | null): string | undefined {
  try {
    const id = (JSON.parse(bytes?.toString('utf8') ?? '') as { id?: unknown }).id;
    return typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}
