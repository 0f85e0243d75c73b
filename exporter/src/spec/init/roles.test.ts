import { UsageError } from '../usageError';
import { isFeatureColumn, resolveRoles } from './roles';

describe('resolveRoles', () => {
  const columns = ['age', 'score', 'prediction', 'confidence', 'target', 'id'];

  it('takes each flag, else the column named like the role', () => {
    expect(resolveRoles(columns, {})).toEqual({
      prediction: 'prediction',
      confidence: 'confidence',
      id: 'id',
    });
    expect(resolveRoles(columns, { prediction: 'score', label: 'target' })).toEqual({
      prediction: 'score',
      confidence: 'confidence',
      id: 'id',
      label: 'target',
    });
  });

  it('refuses a flag naming a column the reference lacks, naming the flag and listing the columns', () => {
    expect(() => resolveRoles(columns, { label: 'outcome' })).toThrow(UsageError);
    expect(() => resolveRoles(columns, { label: 'outcome' })).toThrow(
      "--label 'outcome': the reference has no such column (columns: age, score, prediction, confidence, target, id)",
    );
    expect(() => resolveRoles(columns, { prediction: 'nope' })).toThrow(/^--prediction 'nope'/);
  });

  it('refuses two flags naming one column', () => {
    expect(() => resolveRoles(columns, { prediction: 'score', label: 'score' })).toThrow(
      "--label 'score': the column is --prediction already",
    );
  });
});

describe('isFeatureColumn', () => {
  it('leaves out role columns, the names of event fields and attributions', () => {
    const roles = { prediction: 'score', label: 'target' };
    expect(
      [
        'age',
        'score',
        'target',
        'prediction',
        'timestamp',
        'latency_seconds',
        'error',
        'attribution.age',
      ].filter((c) => isFeatureColumn(c, roles)),
    ).toEqual(['age']);
  });
});
