/** API keys for the ingestion endpoint, managed by a company ADMIN. */
import { DomainFailure } from '@chainlift/domain';
import { generateApiKey } from '../../auth/api-keys';
import type { Resolvers } from '../generated';
import { actorOf } from './shared';

export const apiKeyResolvers: Resolvers = {
  Query: {
    async apiKeys(_parent, _args, ctx) {
      const user = await ctx.auth.require('apikey.manage');
      return ctx.apiKeys.ofCompany(user.companyId);
    },
  },
  Mutation: {
    async createApiKey(_parent, { name }, ctx) {
      const user = await ctx.auth.require('apikey.manage');
      const trimmed = name.trim();
      if (!trimmed || trimmed.length > 100)
        throw new DomainFailure({
          code: 'BAD_USER_INPUT',
          message: 'the key name must have 1 to 100 characters',
          field: 'name',
        });
      const key = generateApiKey();
      await ctx.events.apply(
        'ApiKeyCreated',
        { keyId: key.keyId, companyId: user.companyId, name: trimmed, secretHash: key.secretHash },
        actorOf(user),
      );
      return { key: key.token, apiKey: (await ctx.apiKeys.byId(key.keyId))! };
    },
    async revokeApiKey(_parent, { id }, ctx) {
      const user = await ctx.auth.require('apikey.manage');
      await ctx.events.apply(
        'ApiKeyRevoked',
        { keyId: id, companyId: user.companyId },
        actorOf(user),
      );
      return (await ctx.apiKeys.byId(id))!;
    },
  },
};
