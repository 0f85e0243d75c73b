"""The scipy/numpy side of `npm run bench:drift`: the same statistics on the same columns, timed.

Usage: python3 drift_scipy.py OUT_DIR REPEATS
Reads OUT_DIR/manifest.json and the raw binaries the benchmark wrote (no CSV parsing), then times, per
pass, scipy.stats.ks_2samp on every numeric column, PSI in numpy on every numeric column (reference
'linear' quantile edges, deduplicated, right-closed bins, empty share -> 1e-4; the convention of
mlhealth's psiSamples) and scipy.stats.chi2_contingency on every categorical column (the 2 x k table is
counted before the clock starts, as mlhealth receives counts from its reader). Prints one JSON object:
the best wall-clock and CPU time of REPEATS passes per statistic, in seconds, and the values for the agreement check.
"""
import json
import os
import sys
import time

import numpy as np
import scipy
from scipy import stats

out_dir, repeats = sys.argv[1], int(sys.argv[2])
with open(os.path.join(out_dir, "manifest.json")) as f:
    manifest = json.load(f)
rows = manifest["rows"]
PSI_EPSILON, BINS = 1e-4, 10


def numeric_columns(prefix, sizes):
    flat = np.fromfile(os.path.join(out_dir, f"{prefix}_numeric.f64"), dtype=np.float64)
    cuts = np.cumsum([0] + sizes)
    return [flat[cuts[i] : cuts[i + 1]] for i in range(len(sizes))]


def contingency_tables():
    ref = np.fromfile(os.path.join(out_dir, "reference_categorical.i32"), dtype=np.int32).reshape(-1, rows)
    cur = np.fromfile(os.path.join(out_dir, "current_categorical.i32"), dtype=np.int32).reshape(-1, rows)
    tables = []
    for c, k in enumerate(manifest["categoryCounts"]):
        table = np.vstack([np.bincount(ref[c][ref[c] >= 0], minlength=k), np.bincount(cur[c][cur[c] >= 0], minlength=k)])
        tables.append(table[:, table.sum(axis=0) > 0])
    return tables


def psi_numpy(ref, cur):
    edges = np.unique(np.quantile(ref, np.arange(1, BINS) / BINS))
    r = np.bincount(np.searchsorted(edges, ref, side="left"), minlength=len(edges) + 1) / len(ref)
    c = np.bincount(np.searchsorted(edges, cur, side="left"), minlength=len(edges) + 1) / len(cur)
    r = np.where(r == 0, PSI_EPSILON, r)
    c = np.where(c == 0, PSI_EPSILON, c)
    return float(np.sum((c - r) * np.log(c / r)))


def best_of(fn):
    """Best wall-clock and best CPU (user + system) seconds over the passes, and the last values."""
    best, values = {"wall": float("inf"), "cpu": float("inf")}, None
    for _ in range(repeats):
        start, cpu_start = time.perf_counter(), time.process_time()
        values = fn()
        best["cpu"] = min(best["cpu"], time.process_time() - cpu_start)
        best["wall"] = min(best["wall"], time.perf_counter() - start)
    return best, values


ref_num = numeric_columns("reference", manifest["numericSizes"]["reference"])
cur_num = numeric_columns("current", manifest["numericSizes"]["current"])
tables = contingency_tables()

ks_time, ks = best_of(lambda: [stats.ks_2samp(r, c) for r, c in zip(ref_num, cur_num)])
psi_time, psi = best_of(lambda: [psi_numpy(r, c) for r, c in zip(ref_num, cur_num)])
chi2_time, chi2 = best_of(lambda: [stats.chi2_contingency(t) for t in tables])

print(
    json.dumps(
        {
            "versions": f"python {sys.version.split()[0]}, numpy {np.__version__}, scipy {scipy.__version__}",
            "seconds": {"ks": ks_time, "psi": psi_time, "chi2": chi2_time},
            "ks": [[float(r.statistic), float(r.pvalue)] for r in ks],
            "psi": psi,
            "chi2": [[float(r.statistic), float(r.pvalue)] for r in chi2],
        }
    )
)
