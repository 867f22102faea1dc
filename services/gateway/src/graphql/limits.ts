/**
 * The limits every GraphQL document meets before it runs, over HTTP and over the WebSocket alike:
 * a size cap on the query text, a token cap while parsing (graphql-js `maxTokens`, so an overlong
 * document is a parse failure, 400), and graphql-armor's validation rules (depth, aliases,
 * directives, cost). One list, used by Apollo Server and by graphql-ws.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';

/** The longest query text accepted, in characters (the web app's largest document is under 4 KB). */
export const MAX_QUERY_CHARS = 32 * 1024;
/** Tokens per document, as graphql-armor's default. */
export const MAX_TOKENS = 1000;

// Depth, aliases, directives and cost are bounded here; list sizes are bounded by each resolver's
// `first` cap (the cost rule only multiplies literal arguments, so it is set for the largest page).
// Tokens are bounded by the parser itself (armor's own token plugin answers HTTP 500 when it refuses).
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  costLimit: { maxCost: 1_000_000 },
  maxTokens: { enabled: false },
});
const protection = armor.protect();

/** Apollo Server's share: the armor plugins (field-suggestion masking) and the same rules. */
export const apolloLimits = {
  plugins: protection.plugins,
  validationRules: protection.validationRules as ValidationRule[],
  parseOptions: { maxTokens: MAX_TOKENS } satisfies ParseOptions,
};

export const queryTooLong = (query: string) =>
  new GraphQLError(
    `The query is ${query.length} characters long; at most ${MAX_QUERY_CHARS} are accepted.`,
    { extensions: { code: 'BAD_REQUEST' } },
  );

/**
 * A document as graphql-ws receives it, checked exactly as HTTP checks it, and only subscriptions:
 * queries and mutations go over HTTP (its limits, its per-request context), never the socket.
 */
export function checkSubscriptionDocument(
  schema: GraphQLSchema,
  query: unknown,
  operationName: string | null | undefined,
): { document: DocumentNode } | { errors: GraphQLError[] } {
  if (typeof query !== 'string')
    return { errors: [new GraphQLError('The query must be a string.', bad('BAD_REQUEST'))] };
  if (query.length > MAX_QUERY_CHARS) return { errors: [queryTooLong(query)] };
  let document: DocumentNode;
  try {
    document = parse(query, apolloLimits.parseOptions);
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'The query cannot be parsed.';
    return { errors: [new GraphQLError(message, bad('GRAPHQL_PARSE_FAILED'))] };
  }
  const invalid = validate(schema, document, [...specifiedRules, ...apolloLimits.validationRules]);
  if (invalid.length > 0)
    return {
      errors: invalid.map((e) => new GraphQLError(e.message, bad('GRAPHQL_VALIDATION_FAILED'))),
    };
  const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
  const chosen =
    operations.length === 1 && !operationName
      ? operations[0]
      : operations.find((o) => o.name?.value === operationName);
  if (!chosen)
    return { errors: [new GraphQLError('Unable to identify the operation.', bad('BAD_REQUEST'))] };
  if (chosen.operation !== 'subscription')
    return {
      errors: [
        new GraphQLError(
          `Only subscriptions are served over the WebSocket; send ${chosen.operation === 'mutation' ? 'mutations' : 'queries'} over HTTP.`,
          bad('BAD_REQUEST'),
        ),
      ],
    };
  return { document };
}

const bad = (code: string) => ({ extensions: { code } });
