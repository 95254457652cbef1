// Lint: typescript-eslint's type-aware rules over every TypeScript file the build compiles (src, test, bench,
// scripts). `npm test` runs it first; an error fails the suite (and CI), a warning does not. README: "Lint".
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeTest = {
  from: 'package',
  package: 'node:test',
  name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'],
};
const unsafeAny = ['no-unsafe-argument', 'no-unsafe-assignment', 'no-unsafe-call', 'no-unsafe-member-access', 'no-unsafe-return'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'eslint.config.js'] },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // What matters most in a promise-heavy server: a promise nobody awaits or catches loses its error.
      // node:test's describe/it/before... return promises the runner itself tracks.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [nodeTest] }],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Read-before-assign (a signal handler declared before the app it stops exists) must stay `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Off: the Store interface is async for PostgreSQL; SQLite and test doubles implement it without awaiting.
      '@typescript-eslint/require-await': 'off',
      // Off: String(x) and `${x}` on unknown values narrowed at runtime are deliberate; the wire formats stringify as JS does.
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/restrict-plus-operands': 'off',
      // Warnings: most that remain are the VTL engine's use of velocityjs's untyped internals (src/pipeline/mapping/vtl.ts); warnings do not fail.
      '@typescript-eslint/no-explicit-any': 'warn',
      ...Object.fromEntries(unsafeAny.map((r) => [`@typescript-eslint/${r}`, 'warn'])),
    },
  },
  {
    // A function reads on one screen (issue 17): at most 80 lines of code in src/, blank lines and comments aside.
    // Tests, benches and scripts are exempt: a table of cases or a scripted scenario reads top to bottom.
    files: ['src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Off in tests: they read parsed JSON bodies (any) and the assertions are the check.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', ...Object.fromEntries(unsafeAny.map((r) => [`@typescript-eslint/${r}`, 'off'])) },
  },
  {
    // The Node.js handler loader throws Lambda runtime-API error records ({errorType, errorMessage, trace}), not Error objects.
    files: ['src/runtime/node/handler.ts'],
    rules: { '@typescript-eslint/only-throw-error': 'off' },
  },
);
