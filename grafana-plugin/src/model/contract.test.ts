/**
 * The panel mirrors two facts of the exporter (it is a separate npm project): the metric names it reads
 * and the status codes. This test reads the exporter's sources and fails if they drift apart.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { CONTRACT_METRICS } from './metrics';
import { statusFromCode } from './status';

const exporterSrc = join(__dirname, '..', '..', '..', 'exporter', 'src');

describe('the panel agrees with the exporter', () => {
  it('reads only metric names that exporter/src/metrics/names.ts defines', () => {
    const names = readFileSync(join(exporterSrc, 'metrics', 'names.ts'), 'utf8');
    const defined = new Set([...names.matchAll(/'(mlhealth_[a-z_]+)'/g)].map((m) => m[1]));
    for (const name of Object.values(CONTRACT_METRICS)) {
      expect(defined).toContain(name);
    }
  });

  it('decodes status codes as exporter/src/spec/status.ts encodes them', () => {
    const status = readFileSync(join(exporterSrc, 'spec', 'status.ts'), 'utf8');
    const severities = status.match(/SEVERITY: Record<Status, number> = \{([^}]+)\}/)![1];
    for (const [, name, code] of severities.matchAll(/(\w+): (\d)/g)) {
      expect(statusFromCode(Number(code))).toBe(name);
    }
    expect(statusFromCode(4)).toBe('unknown');
  });
});
