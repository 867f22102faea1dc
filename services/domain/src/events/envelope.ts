/** The shape of every event on a core topic (contract: schema/events/envelope.v1.json). */
export interface Actor {
  via: 'graphql' | 'ingest' | 'seed' | 'system';
  userId?: string;
  companyId?: string;
}

/** A business date of an ingested event that lies before the day it arrived. */
export interface Backdated {
  field: string;
  date: string;
  days: number;
}

/** What a company system declared through POST /ingest, kept beside the server's own id and time. */
export interface Declared {
  id?: string;
  occurredAt?: string;
  backdated?: Backdated;
}

export interface EventEnvelope<Type extends string = string, Payload = unknown> {
  id: string;
  type: Type;
  version: number;
  /** When the platform received the event (stamped by the server, never the client). */
  occurredAt: string;
  actor: Actor;
  payload: Payload;
  declared?: Declared;
}

/**
 * What the projector reports for each event it consumed. An applied outcome names the event's
 * type and the ids it touched (`refs`), so live views know what changed without the payload.
 */
export type Outcome =
  | {
      eventId: string;
      status: 'APPLIED';
      type?: string;
      refs?: Record<string, string>;
      /** Neo4j bookmarks of the commit: a read that carries them sees this event (cluster followers included). */
      bookmarks?: string[];
    }
  | { eventId: string; status: 'REJECTED'; code: string; message: string; field?: string };

/** Payload fields that identify what an event touched. */
const REF_FIELDS = [
  'orderId',
  'companyId',
  'buyerId',
  'supplierId',
  'chainId',
  'grantorId',
  'granteeId',
  'actorCompanyId',
  'ownerId',
  'rootId',
  'receivableId',
  'pledgeId',
  'debtorId',
  'creditorId',
  'holderId',
  'bankId',
  'fromId',
  'toId',
  'loanId',
  'borrowerId',
  'sku',
  'assessmentId',
  'planId',
  'taskId',
];

export function refsOf(payload: unknown): Record<string, string> {
  const refs: Record<string, string> = {};
  if (typeof payload !== 'object' || payload === null) return refs;
  for (const field of REF_FIELDS) {
    const value = (payload as Record<string, unknown>)[field];
    if (typeof value === 'string') refs[field] = value;
  }
  return refs;
}
