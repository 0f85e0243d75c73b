/**
 * A synthetic reference for `mlhealth init` tests, seeded and deterministic: numeric, categorical and
 * binary features with known ranges, categories and missing values, an identifier-like column, and the
 * columns of a classifier (`prediction`, `confidence`, `label`) or of a regression model
 * (`predicted_price`, `actual_price`).
 */

/** Region categories, most frequent first: 25 of them, so the top 20 are listed plus "other". */
export const REGIONS = Array.from({ length: 25 }, (_, i) => `r${String(i + 1).padStart(2, '0')}`);

const REGION_POOL = REGIONS.flatMap((r, k) => Array.from({ length: REGIONS.length - k }, () => r));

/** A small linear congruential generator in [0, 1): enough for fixtures. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** One row: features (income missing in every 50th row), then the task's columns. */
export function referenceRow(i: number, rand: () => number, task: 'classification' | 'regression'): Record<string, string | number> {
  // Region r01 is the most frequent and r25 the rarest, with exact counts: region k fills 25 − k slots
  // of a pool of 325, visited with a stride of 7 (coprime with 325) so that every chunk mixes them.
  const region = REGION_POOL[(i * 7) % REGION_POOL.length] as string;
  const row: Record<string, string | number> = {
    id: `e${i}`,
    age: i === 0 ? 18 : i === 1 ? 90 : 18 + Math.floor(rand() * 73),
    income: i % 50 === 7 ? '' : Math.round(20000 + rand() * 80000) / 10,
    region,
    has_card: rand() < 0.3 ? 1 : 0,
    channel: rand() < 0.6 ? 'web' : 'app',
    customer: `c-${i}-${Math.floor(rand() * 1e6)}`,
  };
  if (task === 'classification') {
    row.prediction = rand() < 0.8 ? 'approve' : 'decline';
    row.confidence = Math.round((0.5 + rand() * 0.5) * 1000) / 1000;
    row.label = rand() < 0.85 ? 'good' : 'bad';
  } else {
    const price = Math.round((50 + rand() * 450) * 100) / 100;
    row.predicted_price = price;
    row.actual_price = Math.round(price * (0.9 + rand() * 0.2) * 100) / 100;
  }
  return row;
}

/** The reference as CSV text (header row), `rows` rows. */
export function referenceCsv(rows: number, task: 'classification' | 'regression', seed = 1): string {
  const rand = seeded(seed);
  const records = Array.from({ length: rows }, (_, i) => referenceRow(i, rand, task));
  const header = Object.keys(records[0] as object);
  return [header.join(','), ...records.map((r) => header.map((h) => String(r[h])).join(','))].join('\n') + '\n';
}
