import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed client operations for the web app (client preset): every `graphql(...)` document in
 * src/ is checked against schema/graphql and typed into src/gql/. Run from web/: `npm run codegen -w web`.
 */
const config: CodegenConfig = {
  schema: '../schema/graphql/*.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    // Every enum of the schema as a value (`Object.values(OrderStatus)`), so the web lists
    // statuses, scopes and error codes from the SDL instead of copying them.
    'src/gql/enums.ts': {
      plugins: ['typescript'],
      config: {
        onlyEnums: true,
        enumsAsConst: true,
        namingConvention: { enumValues: 'keep' },
      },
    },
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', ID: 'string', Decimal: 'string', Date: 'string' },
        enumsAsTypes: true,
        // Only the types the operations use: the output does not change with unrelated schema additions.
        onlyOperationTypes: true,
        useTypeImports: true,
        avoidOptionals: false,
      },
    },
  },
};

export default config;
