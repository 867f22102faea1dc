/**
 * The gateway's operator endpoints and request metrics: GET /health/live, /health/ready (/health
 * is its alias) and /metrics (services/platform/src/observability), plus the Apollo plugin that
 * times each GraphQL request by operation and outcome.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  kafkaAnswers,
  metrics,
  neo4jAnswers,
  opsAnswer,
  projectionLagCheck,
  type Driver,
  type EventBus,
  type Logger,
  type ReadinessLimits,
} from '@chainlift/platform';
import type { OperationDefinitionNode } from 'graphql';
import type { Request, RequestHandler } from 'express';
import type { LiveSessions } from '../live/sessions';
import type { OutcomeWaiter } from '../writes/outcomes';

/** The live sessions of every gateway in this process (tests run several), for the subscriptions gauge. */
const liveSessions = new Set<LiveSessions>();

export function opsRouter(options: {
  driver: Driver;
  database?: string;
  bus: EventBus;
  outcomes: OutcomeWaiter;
  sessions: LiveSessions;
  readiness: ReadinessLimits;
  metricsToken: string | undefined;
  log: Logger;
}): { handler: RequestHandler; close(): void } {
  const { outcomes, sessions } = options;
  liveSessions.add(sessions);
  const checks = {
    neo4j: neo4jAnswers(options.driver, options.database),
    kafka: kafkaAnswers(options.bus),
    outcomeConsumer: async () => {
      const health = outcomes.health();
      return health.ok ? { ok: true } : { ok: false, detail: health.reason };
    },
    projection: projectionLagCheck(options.bus, options.readiness),
  };
  const beforeScrape = async () => {
    let open = 0;
    for (const s of liveSessions) open += s.subscriptionsOpen();
    metrics.subscriptionsOpen.set(open);
    // The lag gauges are measured by the same check readiness probes run.
    await checks.projection().catch(() => undefined);
  };
  const handler: RequestHandler = (req: Request, res, next) => {
    opsAnswer(req.path, req.headers.authorization, {
      checks,
      metricsToken: options.metricsToken,
      beforeScrape,
    })
      .then((answer) => {
        if (!answer) return next();
        res.status(answer.status).type(answer.contentType).set('cache-control', 'no-store');
        res.send(answer.body);
      })
      .catch(next);
  };
  return { handler, close: () => void liveSessions.delete(sessions) };
}

/** The first root field of the operation: bounded by the schema (an operation's name is the client's). */
const rootFieldOf = (operation: OperationDefinitionNode | undefined): string => {
  const field = operation?.selectionSet.selections.find((s) => s.kind === 'Field');
  return field && field.kind === 'Field' ? field.name.value : 'invalid';
};

/** chainlift_graphql_request_duration_seconds{operation, type, outcome}. */
export const requestMetrics: ApolloServerPlugin = {
  requestDidStart() {
    const end = metrics.graphqlRequestDuration.startTimer();
    let operation = 'invalid';
    let type = 'unknown';
    return Promise.resolve({
      didResolveOperation(rc) {
        operation = rootFieldOf(rc.operation);
        type = rc.operation?.operation ?? 'unknown';
        return Promise.resolve();
      },
      willSendResponse(rc) {
        const body = rc.response.body;
        const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
        const code = errors?.[0]?.extensions?.code;
        end({
          operation,
          type,
          outcome: errors?.length ? (typeof code === 'string' ? code : 'ERROR') : 'ok',
        });
        return Promise.resolve();
      },
    });
  },
};
