import { invocationDir } from './invocationDir';

describe('invocationDir', () => {
  it("is INIT_CWD when the process is the root package's `mlhealth` script", () => {
    expect(invocationDir({ npm_lifecycle_event: 'mlhealth', INIT_CWD: '/home/me/specs' }, '/repo')).toBe(
      '/home/me/specs',
    );
  });

  it('is the working directory otherwise: no npm, another script (INIT_CWD inherited), npx, an empty INIT_CWD', () => {
    expect(invocationDir({}, '/tmp/x')).toBe('/tmp/x');
    expect(invocationDir({ npm_lifecycle_event: 'test', INIT_CWD: '/repo' }, '/tmp/x')).toBe('/tmp/x');
    expect(invocationDir({ npm_lifecycle_event: 'npx', INIT_CWD: '/home/me' }, '/home/me/a')).toBe(
      '/home/me/a',
    );
    expect(invocationDir({ npm_lifecycle_event: 'mlhealth', INIT_CWD: '' }, '/repo')).toBe('/repo');
    expect(invocationDir({ npm_lifecycle_event: 'mlhealth' }, '/repo')).toBe('/repo');
  });
});
