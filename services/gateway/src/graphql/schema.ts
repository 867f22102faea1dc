import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@chainlift/platform';
import type { Resolvers } from './generated';
import { apiKeyResolvers } from './resolvers/api-keys';
import { assessmentResolvers } from './resolvers/assessment';
import { liveResolvers } from './resolvers/live';
import { chainResolvers } from './resolvers/chains';
import { companyResolvers } from './resolvers/companies';
import { consentResolvers } from './resolvers/consents';
import { inventoryLoanResolvers } from './resolvers/inventory-loans';
import { inventoryResolvers } from './resolvers/inventory';
import { networkResolvers } from './resolvers/network';
import { notificationResolvers } from './resolvers/notifications';
import { orderResolvers } from './resolvers/orders';
import { pledgeResolvers } from './resolvers/pledges';
import { providerResolvers } from './resolvers/providers';
import { receivableResolvers } from './resolvers/receivables';
import { releaseRequestResolvers } from './resolvers/release-requests';
import { regionalResolvers } from './resolvers/regional';
import { riskResolvers } from './resolvers/risk';
import { scalarResolvers } from './resolvers/scalars';
import { userResolvers } from './resolvers/users';

export const SCHEMA_DIR = path.join(REPO_ROOT, 'schema', 'graphql');

/** The SDL in schema/graphql is the API contract; codegen types the resolvers from it. */
export const typeDefs = readdirSync(SCHEMA_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort((a, b) => (a === 'schema.graphql' ? -1 : b === 'schema.graphql' ? 1 : a.localeCompare(b)))
  .map((f) => readFileSync(path.join(SCHEMA_DIR, f), 'utf8'))
  .join('\n');

export const resolvers: Resolvers[] = [
  scalarResolvers,
  companyResolvers,
  userResolvers,
  chainResolvers,
  networkResolvers,
  orderResolvers,
  inventoryResolvers,
  consentResolvers,
  apiKeyResolvers,
  receivableResolvers,
  pledgeResolvers,
  inventoryLoanResolvers,
  releaseRequestResolvers,
  riskResolvers,
  assessmentResolvers,
  providerResolvers,
  notificationResolvers,
  liveResolvers,
  regionalResolvers,
];
