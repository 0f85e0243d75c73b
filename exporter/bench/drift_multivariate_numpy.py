"""The numpy side of exporter/bench/driftMultivariate.ts: PCA data-reconstruction drift, timed.

Usage: python3 drift_multivariate_numpy.py OUT_DIR ROWS COLUMNS REPEATS
Reads OUT_DIR/reference.f64 and OUT_DIR/current.f64 (column-major float64, NaN missing), then per pass:
mean imputation, standardisation (ddof 0; a constant column has scale 1), eigh of the covariance of the
centred standardised reference, the smallest k with cumulative explained variance ratio >= 0.65, the
mean row reconstruction error of both tables and the 10-chunk mean -/+ 3 sigma band (numpy.array_split),
the definition of exporter/src/stats/multivariate (whose known values come from
__fixtures__/gen_multivariate.py). Prints one JSON object: the best wall-clock and CPU seconds of
REPEATS passes and the numbers, for the agreement check.
"""
import json
import os
import sys
import time

import numpy as np

out_dir, rows, cols, repeats = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])


def load(name):
    return np.fromfile(os.path.join(out_dir, name), dtype=np.float64).reshape(cols, rows).T


def pca_drift(reference, current):
    fill = np.nanmean(reference, axis=0)
    xr = np.where(np.isnan(reference), fill, reference)
    xc = np.where(np.isnan(current), fill, current)
    mean = xr.mean(axis=0)
    std = xr.std(axis=0)
    constant = xr.min(axis=0) == xr.max(axis=0)
    mean[constant] = xr[0, constant]
    std[constant | (std == 0)] = 1.0
    zr = (xr - mean) / std
    zc = (xc - mean) / std
    mu = zr.mean(axis=0)
    centred = zr - mu
    values, vectors = np.linalg.eigh(centred.T @ centred / rows)
    order = np.argsort(values)[::-1]
    values = np.clip(values[order], 0, None)
    ratio = values / values.sum()
    k = int(np.argmax(np.cumsum(ratio) >= 0.65)) + 1
    v = vectors[:, order][:, :k]

    def errors(z):
        c = z - mu
        return np.linalg.norm(c - (c @ v) @ v.T, axis=1)

    er = errors(zr)
    chunks = np.array([part.mean() for part in np.array_split(er, 10)])
    return {
        "components": k,
        "reference_error": float(er.mean()),
        "statistic": float(errors(zc).mean()),
        "lower": float(chunks.mean() - 3 * chunks.std()),
        "upper": float(chunks.mean() + 3 * chunks.std()),
    }


reference, current = load("reference.f64"), load("current.f64")
best_wall, best_cpu, result = float("inf"), float("inf"), None
for _ in range(repeats):
    wall0, cpu0 = time.perf_counter(), time.process_time()
    result = pca_drift(reference, current)
    best_wall = min(best_wall, time.perf_counter() - wall0)
    best_cpu = min(best_cpu, time.process_time() - cpu0)
print(json.dumps({"wall": best_wall, "cpu": best_cpu, **result}))
