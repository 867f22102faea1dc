/**
 * The typed event catalogue. The JSON Schemas in schema/events/ are the published contract; their
 * TypeScript payload types are generated from them (payloads.generated.ts, `npm run codegen`, kept
 * equal by a unit test). Everything that names an event type is typed from this map:
 *
 *   - the route table (services/platform/src/contracts/routes.ts): one route per EventType, or it fails to compile
 *   - the projector's handler registry (services/projector/src/handlers/index.ts): one handler per EventType
 *   - the gateway's `events.apply(type, payload)`: the payload must be that type's
 *
 * Adding an event type: write its schema, run `npm run codegen`, and the compiler lists the route and the
 * handler still missing; its rule goes in the domain feature folder as a decider (shared/decider.ts).
 */
import type { EventEnvelope } from './envelope';
import type { EventPayloads } from './payloads.generated';

export type * from './payloads.generated';

export type EventType = keyof EventPayloads;
export type PayloadOf<T extends EventType> = EventPayloads[T];
export type EventOf<T extends EventType> = EventEnvelope<T, EventPayloads[T]>;
