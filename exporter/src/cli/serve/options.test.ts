import { UsageError } from '../io';
import { DEFAULT_CHECKPOINT_POLICY } from '../../store/checkpointer';
import { DEFAULT_MAX_BODY_BYTES, parseListen, parseServeOptions } from './options';

describe('parseServeOptions', () => {
  it('defaults to the demo on 127.0.0.1:9853', () => {
    expect(parseServeOptions([])).toEqual({
      host: '127.0.0.1',
      port: 9853,
      demoTimeScale: 1,
      demoSeed: 1,
      maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
      maxBatchEvents: 10000,
    });
  });

  it('reads every flag', () => {
    const o = parseServeOptions([
      '--spec',
      's.yaml',
      '--listen',
      '0.0.0.0:0',
      '--max-body-bytes',
      '1000',
      '--max-batch-events',
      '5',
      '--data-dir',
      '/var/lib/mlhealth',
    ]);
    expect(o).toMatchObject({
      specPath: 's.yaml',
      host: '0.0.0.0',
      port: 0,
      maxBodyBytes: 1000,
      maxBatchEvents: 5,
      dataDir: '/var/lib/mlhealth',
    });
    expect(parseServeOptions(['--demo-time-scale', '12.5'])?.demoTimeScale).toBe(12.5);
  });

  it('reads the checkpoint limits, the defaults filling the ones not given', () => {
    expect(parseServeOptions(['--checkpoint-max-bytes', '1048576'])?.checkpointPolicy).toEqual({
      ...DEFAULT_CHECKPOINT_POLICY,
      maxBytes: 1048576,
    });
    expect(
      parseServeOptions(['--checkpoint-max-entries', '50', '--checkpoint-max-age', '2.5'])?.checkpointPolicy,
    ).toEqual({ ...DEFAULT_CHECKPOINT_POLICY, maxEntries: 50, maxAgeSeconds: 2.5 });
    expect(parseServeOptions([])).not.toHaveProperty('checkpointPolicy');
  });

  it('refuses a checkpoint limit that is not a positive number, naming the flag and the value', () => {
    expect(() => parseServeOptions(['--checkpoint-max-bytes', '0'])).toThrow(
      new UsageError("--checkpoint-max-bytes '0' is not an integer ≥ 1"),
    );
    expect(() => parseServeOptions(['--checkpoint-max-entries', '1.5'])).toThrow(
      "--checkpoint-max-entries '1.5'",
    );
    expect(() => parseServeOptions(['--checkpoint-max-age', '0'])).toThrow("--checkpoint-max-age '0'");
    expect(() => parseServeOptions(['--checkpoint-max-age', 'soon'])).toThrow("--checkpoint-max-age 'soon'");
  });

  it('returns null for --help', () => {
    expect(parseServeOptions(['--help'])).toBeNull();
  });

  it('names the bad flag', () => {
    expect(() => parseServeOptions(['--listen', 'localhost'])).toThrow(
      new UsageError("--listen 'localhost' is not HOST:PORT (e.g. 127.0.0.1:9853)"),
    );
    expect(() => parseServeOptions(['--demo-time-scale', '0'])).toThrow(UsageError);
    expect(() => parseServeOptions(['--spec', 'a.yaml', '--demo-time-scale', '3'])).toThrow(
      '--demo-time-scale only applies to the built-in demo',
    );
    expect(() => parseServeOptions(['--bogus'])).toThrow("unknown option '--bogus'");
  });
});

describe('parseListen', () => {
  it('reads IPv6 hosts in brackets', () => {
    expect(parseListen('[::1]:9000')).toEqual({ host: '::1', port: 9000 });
  });

  it('refuses a port out of range', () => {
    expect(() => parseListen('127.0.0.1:70000')).toThrow(UsageError);
  });
});
