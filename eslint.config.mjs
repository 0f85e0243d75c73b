// ESLint flat config for the whole repository. The Grafana plugin keeps the scaffold's own config.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layerConfigs, unlistedRooms } from './exporter/layers.mjs';

const unlisted = unlistedRooms();
if (unlisted.length > 0) {
  throw new Error(
    `exporter/src/${unlisted.join(', exporter/src/')}: not a room of exporter/layers.mjs; add it at its layer (docs/architecture.md)`,
  );
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      'exporter/bench/out/**',
      'exporter/.store-bench-out/**',
      'grafana-plugin/**',
      '**/__fixtures__/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Product code: small files and functions (lines counted as `wc -l` counts them), imports downwards only.
  {
    files: ['exporter/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/__fixtures__/**', '**/bench/**'],
    rules: {
      'max-lines': ['error', { max: 250, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': [
        'error',
        { max: 60, skipBlankLines: false, skipComments: false, IIFEs: true },
      ],
    },
  },
  ...layerConfigs(),
);
