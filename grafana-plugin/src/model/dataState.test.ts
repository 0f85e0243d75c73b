import { dataProblem, NO_SERIES_MESSAGE, queryErrors, queryNotices } from './dataState';

describe('dataProblem', () => {
  it('waits for the first answer with a loading placeholder, not an empty panel', () => {
    expect(dataProblem({ state: 'Loading' }, 0)).toEqual({ kind: 'loading', message: 'Loading mlhealth series…' });
    expect(dataProblem({ state: 'NotStarted' }, 0)?.kind).toBe('loading');
  });

  it('keeps drawing the last cascade while a refresh loads', () => {
    expect(dataProblem({ state: 'Loading' }, 12)).toBeNull();
  });

  it('shows query errors when nothing arrived, naming each query', () => {
    expect(
      dataProblem(
        {
          state: 'Error',
          errors: [
            { refId: 'A', message: 'bad_data: parse error' },
            { refId: 'B', message: 'timeout' },
          ],
        },
        0
      )
    ).toEqual({ kind: 'error', message: 'Query failed: A: bad_data: parse error; B: timeout' });
    expect(dataProblem({ state: 'Error' }, 0)).toEqual({ kind: 'error', message: 'Query failed: the query failed' });
    expect(dataProblem({ state: 'Done', error: { message: 'x' } }, 0)?.message).toBe('Query failed: x');
  });

  it('says what to query when the answers hold no mlhealth series', () => {
    expect(dataProblem({ state: 'Done' }, 0)).toEqual({ kind: 'empty', message: NO_SERIES_MESSAGE });
  });
});

describe('queryNotices', () => {
  it('warns over a cascade drawn from partial results, once per distinct error', () => {
    const notices = queryNotices({
      state: 'Done',
      errors: [{ refId: 'K', message: 'timeout' }],
      error: { refId: 'K', message: 'timeout' },
    });
    expect(notices).toEqual([
      {
        severity: 'warning',
        text: 'Some queries failed (K: timeout): the cascade shows the series that arrived; nodes without theirs are unknown.',
      },
    ]);
    expect(queryNotices({ state: 'Done' })).toEqual([]);
    expect(queryErrors({ state: 'Done', errors: [{}] })).toEqual(['query failed']);
  });
});
