import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers (docs/decisions.md, "Layers"): core/ is pure; db/ knows nothing of HTTP; areas never reach
 * into jobs/; an area (or a job) uses another area only through its face, modules/<area>/index.ts.
 * Each folder's restrictions are one `no-restricted-imports` entry (a later entry for the same file would
 * replace an earlier one, not add to it).
 */
const ioPackages = ['fastify', 'pg', 'ioredis', 'amqplib', '@electric-sql/pglite', 'node:fs', 'node:net', 'node:http', 'node:child_process'].map(
  (name) => ({ name, message: 'core/ is pure: no I/O library (docs/decisions.md, Layers).' }),
);
const throughFace = (pattern) => ({
  regex: pattern,
  message: "Another area is used only through its face, modules/<area>/index.ts: export what you need there (docs/decisions.md, Layers).",
});

export const layerRules = [
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ioPackages,
          patterns: [
            {
              regex: '^\\.\\./(db|http|peers|modules|bus|jobs|kv|health)/',
              message: 'core/ is pure: it imports no I/O folder (db, http, peers, modules, bus, jobs); pass data in (docs/decisions.md, Layers).',
            },
            { regex: '^\\.\\./(app|infrastructure|main)\\.js$', message: 'core/ is pure: it does not know the application.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./(http|modules|jobs)/', message: 'db/ is below http/, the areas and the jobs: it imports none of them (docs/decisions.md, Layers).' }] },
      ],
    },
  },
  {
    files: ['src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+jobs/', message: 'The areas do not import jobs/: a job calls an area, never the other way (docs/decisions.md, Layers).' },
            throughFace('^\\.\\./[^./][^/]*/(?!index\\.js$)'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/jobs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [throughFace('^\\.\\./modules/[^/]+/(?!index\\.js$)')] }] },
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  ...layerRules,
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['test/**', 'bench/**', 'src/main.ts', 'sandbox/main.ts'],
    rules: { 'no-console': 'off' },
  },
);
