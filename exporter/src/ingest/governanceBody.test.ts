import { HttpError, httpErrorOf } from '../server/errors';
import { parseGovernance } from './governanceBody';

function refusal(body: unknown): HttpError {
  try {
    parseGovernance(body);
  } catch (err) {
    const http = httpErrorOf(err);
    if (http !== null) return http;
    throw err;
  }
  throw new Error('expected the governance body to be refused');
}

describe('parseGovernance', () => {
  it('takes a version and an ISO trained_at', () => {
    expect(parseGovernance({ version: '2.4.0', trained_at: '2026-11-01T00:00:00Z' })).toEqual({
      version: '2.4.0',
      trainedAt: 1_793_491_200,
    });
  });

  it('refuses a version that would not survive as the version label of mlhealth_model_info', () => {
    const err = refusal({ version: '2.4.0\n# TYPE injected gauge' });
    expect(err.status).toBe(422);
    expect(err.details).toEqual([
      { path: 'version', message: 'version contains the control character U+000A at index 5' },
    ]);
  });
});
