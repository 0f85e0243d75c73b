/**
 * The inner loops of the PCA passes, on groups of 4 rows at once (each sum or basis value is loaded once
 * per group rather than once per row). A group is 4 × d doubles, row-major, a short last group
 * zero-padded (zero rows add nothing to a sum and are not read back).
 */

/** Rows in a group. */
export const ROW_GROUP = 4;

/** Copies rows [r, r + count) of `block` into `group`, minus `mean`, zero-padding to 4 rows. */
export function centreGroup(
  block: Float64Array,
  r: number,
  count: number,
  mean: Float64Array,
  group: Float64Array,
): void {
  const d = mean.length;
  group.fill(0);
  for (let b = 0; b < count; b++) {
    const row = (r + b) * d;
    for (let j = 0; j < d; j++) group[b * d + j] = block[row + j] - mean[j];
  }
}

/** projected[b][v] = basis[v] · group[b] for the 4 rows of a group. */
export function projectGroup(
  basis: Float64Array,
  size: number,
  block: Float64Array,
  d: number,
  projected: Float64Array,
): void {
  const d2 = 2 * d;
  const d3 = 3 * d;
  for (let v = 0; v < size; v++) {
    const at = v * d;
    let p0 = 0;
    let p1 = 0;
    let p2 = 0;
    let p3 = 0;
    for (let j = 0; j < d; j++) {
      const w = basis[at + j];
      p0 += w * block[j];
      p1 += w * block[d + j];
      p2 += w * block[d2 + j];
      p3 += w * block[d3 + j];
    }
    projected[v] = p0;
    projected[size + v] = p1;
    projected[2 * size + v] = p2;
    projected[3 * size + v] = p3;
  }
}

/** ‖c − Σ_b p_b v_b‖, overwriting `centred`. */
export function residualNorm(
  centred: Float64Array,
  basis: Float64Array,
  projected: Float64Array,
  d: number,
): number {
  for (let b = 0; b < projected.length; b++) {
    const p = projected[b];
    const at = b * d;
    for (let j = 0; j < d; j++) centred[j] -= p * basis[at + j];
  }
  return norm(centred);
}

/** The Euclidean norm. */
export function norm(v: Float64Array): number {
  let squares = 0;
  for (let j = 0; j < v.length; j++) squares += v[j] * v[j];
  return Math.sqrt(squares);
}

/** sums[i][j] += Σ_b block[b][i] · block[b][j] for j ≥ i, over a group of 4 rows. */
export function accumulateGroup(sums: Float64Array, block: Float64Array, d: number): void {
  const d2 = 2 * d;
  const d3 = 3 * d;
  for (let i = 0; i < d; i++) {
    const a0 = block[i];
    const a1 = block[d + i];
    const a2 = block[d2 + i];
    const a3 = block[d3 + i];
    const at = i * d;
    for (let j = i; j < d; j++) {
      sums[at + j] += a0 * block[j] + a1 * block[d + j] + a2 * block[d2 + j] + a3 * block[d3 + j];
    }
  }
}
