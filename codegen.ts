import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed resolvers for the gateway from schema/graphql (npm run codegen). */
const config: CodegenConfig = {
  schema: 'schema/graphql/*.graphql',
  generates: {
    'services/gateway/src/graphql/generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context#Context',
        mappers: { Company: '../reads/companies#CompanyRow' },
        scalars: { DateTime: 'string', ID: 'string' },
        enumsAsTypes: true,
        avoidOptionals: false,
      },
    },
  },
};

export default config;
