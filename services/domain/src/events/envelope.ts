/** The shape of every event on a core topic (contract: schema/events/envelope.v1.json). */
export interface Actor {
  via: 'graphql' | 'ingest' | 'seed' | 'system';
  userId?: string;
  companyId?: string;
}

export interface EventEnvelope<Type extends string = string, Payload = unknown> {
  id: string;
  type: Type;
  version: number;
  occurredAt: string;
  actor: Actor;
  payload: Payload;
}

/** What the projector reports for each event it consumed. */
export type Outcome =
  | { eventId: string; status: 'APPLIED' }
  | { eventId: string; status: 'REJECTED'; code: string; message: string; field?: string };
