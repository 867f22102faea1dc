/** Seeds the demo chain through the public GraphQL API, the same write path a user takes. */
import { graphql } from '../lib/graphql-client';
import { DEMO_COMPANIES } from './demo-chain';

const REGISTER = `mutation Register($input: RegisterCompanyInput!) {
  registerCompany(input: $input) { status company { id } }
}`;

export async function seedDemo(
  url: string,
  say: (line: string) => void,
): Promise<{ created: number; existing: number }> {
  let created = 0;
  let existing = 0;
  for (const company of DEMO_COMPANIES) {
    const { key: _key, tier: _tier, ...input } = company;
    const body = await graphql(url, REGISTER, { input });
    const error = body.errors?.[0];
    if (error?.extensions?.code === 'CONFLICT') existing += 1;
    else if (error)
      throw new Error(
        `seeding ${company.name} failed: ${error.extensions?.code}: ${error.message}`,
      );
    else created += 1;
  }
  say(
    `demo chain: ${created} companies registered${existing ? `, ${existing} already there` : ''}`,
  );
  return { created, existing };
}
