import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * A package may import only what sits below it (docs/architecture.md, "which way imports go").
 * Matched as regular expressions on the import path, so relative paths (`../../projector/…`) count too.
 */
const forbid = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const ours = (name, message) => ({
  regex: `^@chainlift/${name}(/|$)|(^|/)services/${name}(/|$)|^(\\.\\./)+${name}(/|$)`,
  message,
});
const ADAPTERS = '^(neo4j-driver|kafkajs|express|ws|pino|graphql|@apollo/.*)$';
const PURE = 'the domain is pure: it imports no adapter and no service';
const boundaries = [
  forbid(
    ['services/domain/src/**/*.ts'],
    [
      ours('platform', PURE),
      ours('gateway', PURE),
      ours('projector', PURE),
      { regex: ADAPTERS, message: PURE },
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
        'the gateway never imports the projector: share through domain or platform',
      ),
    ],
  ),
  forbid(
    ['services/projector/src/**/*.ts'],
    [ours('gateway', 'the projector never imports the gateway: share through domain or platform')],
  ),
  forbid(
    ['tests/**/*.ts', 'scripts/**/*.ts'],
    [
      {
        regex: '(^|/)services/[^/]+/src(/|$)|^@chainlift/[^/]+/',
        message:
          "tests and scripts use the packages' entry points (@chainlift/domain, platform, projector, gateway); export what they need there",
      },
    ],
  ),
  forbid(
    ['web/src/**/*.{ts,tsx}'],
    [
      {
        // One exception: the domain's text decoding (`@chainlift/domain/text`), so that an uploaded
        // file is read by the server's rule itself, not a copy.
        regex: '^@chainlift/(?!domain/text$)|(^|/)services/',
        message:
          'the web app talks to the gateway over GraphQL only (of the domain it imports @chainlift/domain/text alone)',
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
      'services/*/dist/**',
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
  {
    // The rules of hooks (called unconditionally, complete effect dependencies) and the React
    // Compiler's checks the plugin recommends, on the web app only.
    files: ['web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
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
