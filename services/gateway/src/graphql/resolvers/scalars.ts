/** Decimal and Date travel as strings; the domain rules check them with messages that name the field. */
import { isIsoDate } from '@chainlift/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { Resolvers } from '../generated';

const stringScalar = (
  name: string,
  description: string,
  check: (value: string) => boolean,
  hint: string,
) =>
  new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => String(value),
    parseValue: (value) => {
      if (typeof value !== 'string' || !check(value))
        throw new GraphQLError(`${name} must be ${hint}; got ${JSON.stringify(value)}`);
      return value;
    },
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING || !check(ast.value))
        throw new GraphQLError(`${name} must be ${hint}`);
      return ast.value;
    },
  });

export const scalarResolvers: Resolvers = {
  Decimal: stringScalar(
    'Decimal',
    'A decimal amount as a string',
    (v) => v.trim().length > 0,
    'a decimal string such as "1234.50"',
  ),
  Date: stringScalar('Date', 'A calendar date, yyyy-MM-dd', isIsoDate, 'a date like "2026-12-31"'),
};
