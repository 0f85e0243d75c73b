"""Writes the `mlhealth drift` end-to-end fixtures and the scipy values the tests compare with.

Run from anywhere: python3 exporter/src/cli/__fixtures__/drift/make_fixtures.py
Needs numpy and scipy (only to regenerate; the tests read the committed files).
Outputs beside this script: reference.csv, current.csv, current.jsonl, expected.json.
"""
import json
import math
import os

import numpy as np
import scipy
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20240611)

N_REF, N_CUR = 240, 180
MISSING_SPELLINGS = ["", "NaN", "inf", "-Inf", "nan"]


def numeric_columns(n, shift):
    age = np.round(rng.normal(40 + 6 * shift, 9, n), 1)  # ties after rounding
    income = np.round(rng.lognormal(10 + 0.02 * shift, 0.5, n), 2)
    score = rng.uniform(0, 1, n)
    return {"age": age, "income": income, "score": score}


def categorical_columns(n, shifted):
    p = [0.4, 0.3, 0.2, 0.1] if not shifted else [0.25, 0.25, 0.3, 0.2]
    city = rng.choice(["Paris", "Lyon", "Nice, FR", 'Le "Havre"'], size=n, p=p)
    flag = rng.choice(["0", "1"], size=n, p=[0.7, 0.3] if not shifted else [0.6, 0.4])
    return {"city": city, "flag": flag}


def build(n, shifted, missing_every):
    cols = {**numeric_columns(n, 1 if shifted else 0), **categorical_columns(n, shifted)}
    cells = {name: [repr(float(v)) if name in ("age", "income", "score") else str(v) for v in values] for name, values in cols.items()}
    missing = {name: [] for name in cols}
    # A few missing cells per column, in every spelling the reader must accept.
    for k, name in enumerate(cols):
        for j, i in enumerate(range(k + 3, n, missing_every)):
            cells[name][i] = MISSING_SPELLINGS[j % len(MISSING_SPELLINGS)] if name in ("age", "income", "score") else ""
            missing[name].append(i)
    return cols, cells, missing


def csv_quote(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\r\n') else v


def write_csv(path, cells, n, eol):
    names = list(cells)
    with open(path, "w", newline="") as f:
        f.write(",".join(names) + eol)
        for i in range(n):
            f.write(",".join(csv_quote(cells[name][i]) for name in names) + eol)


def write_jsonl(path, cols, cells, missing, n):
    with open(path, "w") as f:
        for i in range(n):
            row = {}
            for name in cols:
                if i in missing[name]:
                    if i % 2 == 0:
                        row[name] = None  # null and absent keys are both missing
                elif name in ("age", "income", "score"):
                    row[name] = float(cols[name][i])
                else:
                    row[name] = str(cols[name][i])
            f.write(json.dumps(row) + "\n")


def present(cols, missing, name):
    keep = np.ones(len(cols[name]), dtype=bool)
    keep[missing[name]] = False
    return cols[name][keep]


ref_cols, ref_cells, ref_missing = build(N_REF, False, 37)
cur_cols, cur_cells, cur_missing = build(N_CUR, True, 23)
write_csv(os.path.join(HERE, "reference.csv"), ref_cells, N_REF, "\n")
write_csv(os.path.join(HERE, "current.csv"), cur_cells, N_CUR, "\r\n")
write_jsonl(os.path.join(HERE, "current.jsonl"), cur_cols, cur_cells, cur_missing, N_CUR)

expected = {"generator": f"numpy {np.__version__}, scipy {scipy.__version__}", "ks": {}, "chi2": {}, "missing": {}}
for name in ("age", "income", "score"):
    r = stats.ks_2samp(present(ref_cols, ref_missing, name), present(cur_cols, cur_missing, name))
    expected["ks"][name] = {"statistic": float(r.statistic), "p_value": float(r.pvalue)}
for name in ("city", "flag"):
    ref_v, cur_v = present(ref_cols, ref_missing, name), present(cur_cols, cur_missing, name)
    cats = sorted(set(ref_v) | set(cur_v))
    table = np.array([[np.sum(ref_v == c) for c in cats], [np.sum(cur_v == c) for c in cats]])
    res = stats.chi2_contingency(table)
    expected["chi2"][name] = {"statistic": float(res.statistic), "p_value": float(res.pvalue), "categories": cats}
names = list(ref_cols)
for name in names:
    expected["missing"][name] = {"reference": len(ref_missing[name]) / N_REF, "current": len(cur_missing[name]) / N_CUR}
ks_p = [expected["ks"][n]["p_value"] for n in ("age", "income", "score")]
expected["ks_bh"] = [float(p) for p in stats.false_discovery_control(ks_p, method="bh")]
expected["ks_bonferroni"] = [min(1.0, p * 3) for p in ks_p]
with open(os.path.join(HERE, "expected.json"), "w") as f:
    json.dump(expected, f, indent=2)
    f.write("\n")
print(json.dumps(expected, indent=2))
