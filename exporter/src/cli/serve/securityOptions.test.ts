/** The security flags, taken out of the command line before the server parses the rest. */
import { UsageError } from '../io';
import { DEFAULT_RESOURCE_LIMITS } from '../../ingest/limits';
import { parseSecurityOptions } from './securityOptions';

test('defaults: nothing configured, no rate limit, default resource limits, all arguments left', () => {
  expect(parseSecurityOptions(['--spec', 's.yaml'])).toEqual({
    options: { insecure: false, rateLimit: null, limits: DEFAULT_RESOURCE_LIMITS },
    rest: ['--spec', 's.yaml'],
  });
});

test('every flag, in both --flag value and --flag=value forms, the rest in order', () => {
  const { options, rest } = parseSecurityOptions([
    '--listen',
    '0.0.0.0:9853',
    '--token-file',
    't.yaml',
    '--web.config.file=web.yml',
    '--insecure',
    '--rate-limit',
    '50',
    '--rate-burst=80',
    '--max-models',
    '3',
    '--max-features-per-model=40',
    '--max-categories-per-feature',
    '500',
    '--spec',
    's.yaml',
  ]);
  expect(options).toEqual({
    tokenFile: 't.yaml',
    webConfigFile: 'web.yml',
    insecure: true,
    rateLimit: { ratePerSecond: 50, burst: 80 },
    limits: { maxModels: 3, maxFeaturesPerModel: 40, maxCategoriesPerFeature: 500 },
  });
  expect(rest).toEqual(['--listen', '0.0.0.0:9853', '--spec', 's.yaml']);
});

test('the burst defaults to twice the rate', () => {
  expect(parseSecurityOptions(['--rate-limit', '0.5']).options.rateLimit).toEqual({
    ratePerSecond: 0.5,
    burst: 1,
  });
});

test.each([
  [['--rate-limit', '0'], "--rate-limit '0' is not a number > 0"],
  [['--rate-burst', '3'], '--rate-burst needs --rate-limit'],
  [['--max-models', '1.5'], "--max-models '1.5' is not an integer ≥ 1"],
  [['--token-file'], "option '--token-file <value>' argument missing"],
  [['--token-file', 'a', '--token-file', 'b'], '--token-file is given twice'],
])('%j: %s', (argv, message) => {
  expect(() => parseSecurityOptions(argv)).toThrow(UsageError);
  expect(() => parseSecurityOptions(argv)).toThrow(message);
});
