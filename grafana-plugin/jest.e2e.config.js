// Tests of the built artefacts: build check, package layout, and the browser harness in headless
// Chromium (both React runtimes, dark and light). Run after `npm run build`; see package.json "test".
process.env.TZ = 'UTC';

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2020' } }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  transformIgnorePatterns: ['node_modules/(?!(@grafana/schema|d3|d3-.*|rxjs|uuid|marked)/)'],
  testTimeout: 120000,
};
