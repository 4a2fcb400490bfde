import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-test/**',
      '.next-test-*/**',
      '.next-bench/**',
      'data/**',
      'lib/db/generated/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      // Pages and components reach the database only through lib/ modules.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/db/generated*', '@/lib/db/client', '**/lib/db/client'],
              message: 'Import data through a lib/<feature> module, not the Prisma client.',
            },
          ],
        },
      ],
    },
  },
  {
    // next.config.js stays CommonJS (the file name the project layout asks for), and so does the cache
    // handler it names, which `next start` loads outside the app's bundles.
    files: ['next.config.js', 'lib/cache/portal-cache-handler.cjs', 'lib/cache/cache-state.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['lib/**', 'prisma/**', 'scripts/**', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
];

export default config;
