/**
 * The Kafka ACLs of the platform's services (KRaft's StandardAuthorizer, or any authorizer):
 * each service has its own principal and only what it needs. Only the gateway produces to the
 * core topics (the system of record); the projector reads them and produces outcomes and dead
 * letters. Every other principal is refused (allow.everyone.if.no.acl.found=false).
 */
import { CORE_TOPICS, TOPIC } from './topics';

export type AclOperation = 'READ' | 'WRITE' | 'DESCRIBE';

export interface ServiceAcl {
  /** "User:<name>", the SASL user name (or the certificate's subject with mTLS). */
  principal: string;
  resourceType: 'TOPIC' | 'GROUP';
  resourceName: string;
  /** PREFIXED: every resource whose name starts with resourceName. */
  patternType: 'LITERAL' | 'PREFIXED';
  operation: AclOperation;
}

export interface ServicePrincipals {
  /** The gateway's Kafka user (its KAFKA_SASL_USERNAME). */
  gateway: string;
  /** The projector's Kafka user. */
  projector: string;
  /** The projector's consumer group (PROJECTOR_GROUP), chainlift-projector by default. */
  projectorGroup?: string;
}

/** The gateway's outcome consumers join groups named chainlift-gateway-…. */
export const GATEWAY_GROUP_PREFIX = 'chainlift-gateway';

export function serviceAcls(p: ServicePrincipals): ServiceAcl[] {
  const gateway = `User:${p.gateway}`;
  const projector = `User:${p.projector}`;
  const acl = (
    principal: string,
    resourceType: ServiceAcl['resourceType'],
    resourceName: string,
    operation: AclOperation,
    patternType: ServiceAcl['patternType'] = 'LITERAL',
  ): ServiceAcl => ({ principal, resourceType, resourceName, patternType, operation });
  return [
    // The gateway writes events (GraphQL mutations, POST /ingest, audit) and awaits their outcomes.
    ...CORE_TOPICS.map((topic) => acl(gateway, 'TOPIC', topic, 'WRITE')),
    acl(gateway, 'TOPIC', TOPIC.outcomes, 'READ'),
    acl(gateway, 'GROUP', GATEWAY_GROUP_PREFIX, 'READ', 'PREFIXED'),
    // The projector applies the core topics and answers with outcomes, or dead-letters.
    ...CORE_TOPICS.map((topic) => acl(projector, 'TOPIC', topic, 'READ')),
    acl(projector, 'TOPIC', TOPIC.outcomes, 'WRITE'),
    acl(projector, 'TOPIC', TOPIC.deadLetter, 'WRITE'),
    acl(projector, 'GROUP', p.projectorGroup ?? 'chainlift-projector', 'READ'),
  ];
}
