/**
 * npm run asyncapi — writes schema/asyncapi.yaml, the event contract for integrators, from the
 * sources the platform itself runs on: infra/kafka/topics.json (topics, partitions, retention,
 * key rule), the route table (which event goes to which topic under which key) and the JSON
 * Schemas in schema/events. A unit test fails when the committed document is out of date.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { REPO_ROOT, ROUTES, TOPICS } from '@chainlift/platform';

export const ASYNCAPI_FILE = path.join(REPO_ROOT, 'schema', 'asyncapi.yaml');

const channelName = (topic: string) => topic.replace(/^chainlift\./, '');

const OUTCOME_SCHEMA = {
  type: 'object',
  required: ['eventId', 'status'],
  properties: {
    eventId: { type: 'string', format: 'uuid' },
    status: { enum: ['APPLIED', 'REJECTED'] },
    code: {
      type: 'string',
      description: 'For REJECTED: BAD_USER_INPUT, FORBIDDEN, NOT_FOUND or CONFLICT',
    },
    message: { type: 'string' },
    field: { type: 'string' },
    type: { type: 'string', description: 'For APPLIED: the event type' },
    refs: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'For APPLIED: the ids the event touched',
    },
    bookmarks: {
      type: 'array',
      items: { type: 'string' },
      description:
        'For APPLIED: the Neo4j bookmarks of the commit; a read session given them sees the event (on any cluster member)',
    },
  },
};

/** The W3C trace context every event and outcome may carry (the trace of the write that caused it). */
const TRACE_HEADERS = {
  type: 'object',
  properties: {
    traceparent: {
      type: 'string',
      description: 'W3C Trace Context: the trace of the request that wrote the event (optional)',
    },
  },
};

export function asyncApiDocument(): Record<string, unknown> {
  const files = readdirSync(path.join(REPO_ROOT, 'schema', 'events'));
  const versions = (type: string) =>
    files
      .map((f) => new RegExp(`^${type}\\.v(\\d+)\\.json$`).exec(f)?.[1])
      .filter((v): v is string => v !== undefined)
      .map(Number);
  const messages: Record<string, unknown> = {};
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};

  for (const topic of TOPICS) {
    const name = channelName(topic.name);
    const types = Object.entries(ROUTES).filter(([, r]) => r.topic === topic.name);
    const channelMessages: Record<string, unknown> = {};
    for (const [type, route] of types) {
      for (const version of versions(type)) {
        const id = `${type}.v${version}`;
        messages[id] = {
          name: type,
          title: `${type} v${version}`,
          contentType: 'application/json',
          headers: TRACE_HEADERS,
          summary: route.ingestible
            ? 'Accepted from company systems through POST /ingest.'
            : 'Written by the platform.',
          bindings: { kafka: { key: { type: 'string', description: topic.key } } },
          payload: {
            allOf: [
              { $ref: './events/envelope.v1.json' },
              {
                type: 'object',
                properties: {
                  type: { const: type },
                  version: { const: version },
                  payload: { $ref: `./events/${id}.json` },
                },
              },
            ],
          },
        };
        channelMessages[id] = { $ref: `#/components/messages/${id}` };
      }
    }
    if (name === 'outcomes') {
      messages.Outcome = {
        name: 'Outcome',
        contentType: 'application/json',
        bindings: { kafka: { key: { type: 'string', description: 'the event id' } } },
        headers: TRACE_HEADERS,
        payload: OUTCOME_SCHEMA,
      };
      channelMessages.Outcome = { $ref: '#/components/messages/Outcome' };
    }
    if (name === 'deadletter') {
      messages.DeadLetter = {
        name: 'DeadLetter',
        summary:
          'A message the projector could not apply: the original bytes, with the reason in headers.',
        headers: {
          type: 'object',
          properties: {
            'x-reason': { type: 'string' },
            'x-original-topic': { type: 'string' },
            'x-original-partition': { type: 'string' },
            'x-original-offset': { type: 'string' },
          },
        },
        payload: { description: 'The original message value, unchanged.' },
      };
      channelMessages.DeadLetter = { $ref: '#/components/messages/DeadLetter' };
    }
    channels[name] = {
      address: topic.name,
      title: topic.name,
      description: [
        topic.core
          ? 'Core topic: part of the system of record, kept forever; the graph is rebuilt by replaying it.'
          : 'Operational topic.',
        `Key: ${topic.key}. Events with the same key land on the same partition and are applied in order; there is no order across keys.`,
        `Partitions: ${topic.partitions}. Retention: ${topic.config['retention.ms'] === '-1' ? 'forever' : `${Number(topic.config['retention.ms']) / 86_400_000} days`}.`,
      ].join(' '),
      messages: channelMessages,
      bindings: { kafka: { topic: topic.name, partitions: topic.partitions } },
    };
    if (Object.keys(channelMessages).length > 0) {
      operations[`receive-${name}`] = {
        action: 'receive',
        channel: { $ref: `#/channels/${name}` },
        summary: topic.core ? 'The projector applies these events to the graph.' : `Read ${name}.`,
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'ChainLift events',
      version: '1.0.0',
      description: [
        'Every state change of ChainLift is an event on Kafka. Each message value is one UTF-8 JSON object: the envelope',
        '(schema/events/envelope.v1.json) with a payload chosen by type and version (schema/events/<Type>.v<version>.json).',
        'Money is integer fen. Event ids are UUIDs; sending the same id twice changes nothing.',
        'Company systems do not write to Kafka directly: they POST these events (without "actor") to /ingest with an API key;',
        'the events they may send are marked as accepted through POST /ingest. The projector reports each outcome on the outcomes topic.',
      ].join(' '),
    },
    defaultContentType: 'application/json',
    servers: {
      local: {
        host: '127.0.0.1:9092',
        protocol: 'kafka',
        description: 'The broker `npm start` runs (KAFKA_BROKERS elsewhere).',
      },
    },
    channels,
    operations,
    components: { messages },
  };
}

export const asyncApiYaml = () =>
  `# Generated by \`npm run asyncapi\` from infra/kafka/topics.json, the route table and schema/events. Do not edit.\n${stringify(asyncApiDocument(), { lineWidth: 0 })}`;

if (require.main === module) {
  writeFileSync(ASYNCAPI_FILE, asyncApiYaml());
  console.log(`• wrote ${path.relative(REPO_ROOT, ASYNCAPI_FILE)}`);
}
