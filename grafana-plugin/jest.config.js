// force timezone to UTC to allow tests to work regardless of local timezone
// generally used by snapshots, but can affect specific tests
process.env.TZ = 'UTC';

const base = require('./.config/jest.config');

module.exports = {
  // Jest configuration provided by Grafana scaffolding
  ...base,
  // @grafana/data 13 pulls ESM-only d3-* modules shipped as .mjs, which the scaffold's transform skips.
  transform: {
    ...base.transform,
    '^.+\\.mjs$': ['@swc/jest', { jsc: { target: 'es2020' } }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/harness/'],
};
