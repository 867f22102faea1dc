import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** A package may import only what sits below it (docs/architecture.md, "which way imports go"). */
const forbid = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const ADAPTERS = ['neo4j-driver', 'kafkajs', 'express', 'ws', '@apollo/*', 'graphql', 'pino'];
const ours = (name, message) => ({
  group: [
    `@chainlift/${name}`,
    `@chainlift/${name}/*`,
    `**/services/${name}/**`,
    `**/${name}/src/**`,
  ],
  message,
});
const boundaries = [
  forbid(
    ['services/domain/src/**/*.ts'],
    [
      ours(
        'platform',
        'the domain is pure: no adapters (move the I/O to platform, gateway or projector)',
      ),
      ours('gateway', 'the domain is pure: it never imports a service'),
      ours('projector', 'the domain is pure: it never imports a service'),
      { group: ADAPTERS, message: 'the domain is pure: no driver, broker or server library' },
    ],
  ),
  forbid(
    ['services/platform/src/**/*.ts'],
    [
      ours('gateway', 'platform holds adapters shared by the services; it imports no service'),
      ours('projector', 'platform holds adapters shared by the services; it imports no service'),
    ],
  ),
  forbid(
    ['services/gateway/src/**/*.ts'],
    [
      ours(
        'projector',
        'the gateway writes events, never Neo4j through the projector: share through domain or platform',
      ),
    ],
  ),
  forbid(
    ['services/projector/src/**/*.ts'],
    [ours('gateway', 'the projector never imports the gateway: share through domain or platform')],
  ),
  forbid(
    ['web/src/**/*.{ts,tsx}'],
    [
      {
        group: ['@chainlift/*', '**/services/**'],
        message: 'the web app talks to the gateway over GraphQL only',
      },
    ],
  ),
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.chainlift/**',
      'services/gateway/src/graphql/generated.ts',
      'web/dist/**',
      'web/src/gql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits, or one handed to something that expects a plain
    // function (an Express handler, a setTimeout), loses its errors.
    files: ['services/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts', 'web/src/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
    },
  },
  ...boundaries,
  {
    files: ['jest.config.js', 'tests/setup/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', console: 'readonly' },
    },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
