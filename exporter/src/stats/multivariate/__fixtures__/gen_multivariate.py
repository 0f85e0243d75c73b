#!/usr/bin/env python3
"""Reference values for exporter/src/stats/multivariate (PCA data-reconstruction drift, ROC AUC).

Writes multivariate.json beside this file: each case holds its data (reference and current columns,
null for a missing cell) and the numbers numpy computes under the definition of issue 14 / docs/drift.md:

1. numeric: missing -> reference mean; categorical: missing -> most frequent reference category (ties:
   the smallest string), then category -> its share of the reference's non-missing values (unseen: 0);
2. standardise with the reference mean and population std (ddof 0; 0 -> 1; a column whose encoded
   reference values are all equal has std 0 exactly);
3. PCA on the standardised reference centred on its mean (eigh of the covariance): smallest k with
   cumulative explained variance ratio >= 0.65;
4. error = mean over rows of ||(z - mu) - V V^T (z - mu)||;
5. band: 10 consecutive chunks (numpy.array_split), mean -/+ 3 * std (ddof 0) of the chunk errors.

Logistic cases: the unique minimiser of sum log(1 + exp(-s_i w.x_i)) + (lambda/2)|w|^2 (intercept not
penalised), by Newton's method to machine precision.

AUC cases: scores and 0/1 labels, AUC = U / (n1 * n0) with U from scipy.stats.mannwhitneyu (midranks
for ties). Run: python3 exporter/src/stats/multivariate/__fixtures__/gen_multivariate.py
"""
import json
import os

import numpy as np
from scipy.stats import mannwhitneyu

HERE = os.path.dirname(os.path.abspath(__file__))


def encode_fit(columns):
    fits = []
    for col in columns:
        values = col["values"]
        if col["kind"] == "numeric":
            present = np.array([v for v in values if v is not None], dtype=float)
            fits.append({"kind": "numeric", "fill": float(np.mean(present))})
        else:
            present = [v for v in values if v is not None]
            cats, counts = np.unique(np.array(present, dtype=object), return_counts=True)
            best = counts.max()
            fill = min(c for c, n in zip(cats, counts) if n == best)
            freqs = {c: n / len(present) for c, n in zip(cats, counts)}
            fits.append({"kind": "categorical", "fill": fill, "freqs": freqs})
    return fits


def encode(fits, columns):
    out = []
    for fit, col in zip(fits, columns):
        if fit["kind"] == "numeric":
            out.append([fit["fill"] if v is None else v for v in col["values"]])
        else:
            filled = [fit["fill"] if v is None else v for v in col["values"]]
            out.append([fit["freqs"].get(v, 0.0) for v in filled])
    return np.array(out, dtype=float).T


def standardiser(x):
    mean = x.mean(axis=0)
    std = x.std(axis=0, ddof=0)
    constant = x.min(axis=0) == x.max(axis=0)
    mean[constant] = x[0, constant]
    std[constant | (std == 0)] = 1.0
    return mean, std


def pca_drift(case):
    fits = encode_fit(case["reference"])
    xr = encode(fits, case["reference"])
    xc = encode(fits, case["current"])
    mean, std = standardiser(xr)
    zr = (xr - mean) / std
    zc = (xc - mean) / std
    mu = zr.mean(axis=0)
    centred = zr - mu
    cov = centred.T @ centred / zr.shape[0]
    values, vectors = np.linalg.eigh(cov)
    order = np.argsort(values)[::-1]
    values = np.clip(values[order], 0, None)
    vectors = vectors[:, order]
    ratio = values / values.sum()
    k = int(np.argmax(np.cumsum(ratio) >= 0.65)) + 1
    v = vectors[:, :k]

    def errors(z):
        c = z - mu
        return np.linalg.norm(c - (c @ v) @ v.T, axis=1)

    er = errors(zr)
    chunk = np.array([part.mean() for part in np.array_split(er, 10)])
    lower = chunk.mean() - 3 * chunk.std(ddof=0)
    upper = chunk.mean() + 3 * chunk.std(ddof=0)
    stat = errors(zc).mean()
    return {
        "components": k,
        "reference_error": float(er.mean()),
        "statistic": float(stat),
        "lower": float(lower),
        "upper": float(upper),
        "drifted": bool(stat < lower or stat > upper),
        "explained_ratio": [float(r) for r in ratio[:k]],
        "chunk_errors": [float(c) for c in chunk],
    }


def numeric(name, values):
    return {"name": name, "kind": "numeric", "values": [None if np.isnan(v) else float(v) for v in values]}


def categorical(name, values):
    return {"name": name, "kind": "categorical", "values": [None if v is None else str(v) for v in values]}


def correlated(rng, n, rho):
    x = rng.normal(0, 1, n)
    y = rho * x + np.sqrt(1 - rho * rho) * rng.normal(0, 1, n)
    w = rng.normal(5, 2, n)
    return [numeric("x", x), numeric("y", y), numeric("w", w)]


def decoupled(rng, n):
    cols = correlated(rng, n, 0.95)
    shuffled = list(rng.permutation(np.array(cols[1]["values"])))
    return [cols[0], numeric("y", shuffled), cols[2]]


def segments(rng, n, share_b):
    # Segment a dominates the reference and its four columns vary independently; segment b sits apart.
    is_b = rng.random(n) < share_b
    a = np.where(is_b, rng.normal(2, 0.3, n), rng.normal(0, 1, n))
    b = np.where(is_b, rng.normal(-2, 0.3, n), rng.normal(0, 1, n))
    c = np.where(is_b, rng.normal(2, 0.3, n), rng.normal(0, 1, n))
    seg = np.where(is_b, "b", "a")
    return [numeric("amount", a), numeric("score", b), numeric("tenure", c), categorical("segment", list(seg))]


def with_missing(rng, n, unseen):
    x = rng.normal(10, 3, n)
    x[rng.random(n) < 0.1] = np.nan
    y = 0.7 * np.nan_to_num(x, nan=10) + rng.normal(0, 1, n)
    pool = ["red", "green", "blue", "violet"] if unseen else ["red", "green", "blue"]
    c = [pool[i] for i in rng.integers(0, len(pool), n)]
    c = [None if r < 0.15 else v for v, r in zip(c, rng.random(n))]
    return [numeric("x", x), numeric("y", y), categorical("colour", c)]


def constant(rng, n, varies):
    base = correlated(rng, n, 0.6)
    k = rng.normal(0, 1, n) if varies else np.full(n, 0.1)
    return base + [numeric("k", 0.1 + (1.5 * k if varies else 0 * k))]


def ties(rng, n):
    # 'zeta' and 'alpha' tie for the most frequent reference category: missing cells become 'alpha'.
    top = (n * 2) // 5
    rest = n - 2 * top - n // 20
    cats = ["zeta"] * top + ["alpha"] * top + ["mid"] * rest + [None] * (n // 20)
    cats = list(rng.permutation(np.array(cats, dtype=object)))
    x = rng.normal(0, 1, n)
    y = x + rng.normal(0, 0.5, n)
    return [categorical("kind", cats), numeric("x", x), numeric("y", y)]


def cases():
    rng = np.random.default_rng(20261207)
    out = [
        ("correlated_decoupled", correlated(rng, 203, 0.95), decoupled(rng, 150)),
        ("same_distribution", correlated(rng, 240, 0.9), correlated(rng, 97, 0.9)),
        ("segment_mix", segments(rng, 300, 0.04), segments(rng, 120, 0.4)),
        ("categorical_missing_unseen", with_missing(rng, 250, False), with_missing(rng, 80, True)),
        ("constant_column", constant(rng, 200, False), constant(rng, 60, True)),
        ("ties_most_frequent", ties(rng, 211), ties(rng, 70)),
    ]
    for name, ref, cur in out:
        case = {"name": name, "reference": ref, "current": cur}
        case["expected"] = pca_drift(case)
        yield case


def auc_cases():
    rng = np.random.default_rng(7)
    specs = [
        ("separated", rng.normal(0, 1, 40), rng.normal(1, 1, 35)),
        ("ties", rng.integers(0, 4, 50).astype(float), rng.integers(1, 5, 45).astype(float)),
        ("all_equal", np.full(10, 0.5), np.full(12, 0.5)),
        ("reversed", rng.normal(2, 1, 30), rng.normal(-2, 1, 25)),
    ]
    for name, neg, pos in specs:
        u = mannwhitneyu(pos, neg, alternative="two-sided").statistic
        yield {
            "name": name,
            "scores": [float(s) for s in np.concatenate([neg, pos])],
            "labels": [0] * len(neg) + [1] * len(pos),
            "auc": float(u / (len(pos) * len(neg))),
        }


def fit_logistic(x, y, lam):
    a = np.hstack([x, np.ones((x.shape[0], 1))])
    w = np.zeros(a.shape[1])
    penalty = np.full(a.shape[1], lam)
    penalty[-1] = 0.0
    for _ in range(100):
        p = 1 / (1 + np.exp(-(a @ w)))
        g = a.T @ (p - y) + penalty * w
        h = (a * (p * (1 - p))[:, None]).T @ a + np.diag(penalty)
        step = np.linalg.solve(h, g)
        w -= step
        if np.max(np.abs(step)) < 1e-14:
            break
    return w


def logistic_cases():
    rng = np.random.default_rng(11)
    for name, n, d, lam, sep in [("overlapping", 120, 3, 1.0, 0.8), ("separable", 60, 2, 1.0, 10.0),
                                 ("strong_penalty", 90, 4, 25.0, 1.5)]:
        x = rng.normal(0, 1, (n, d))
        y = (x @ rng.normal(0, 1, d) * sep + rng.normal(0, 1, n) > 0).astype(float)
        if name == "separable":
            y = (x[:, 0] > 0).astype(float)
        w = fit_logistic(x, y, lam)
        yield {"name": name, "x": x.tolist(), "y": y.astype(int).tolist(), "lambda": lam,
               "weights": [float(v) for v in w[:-1]], "intercept": float(w[-1])}


def main():
    fixture = {"pca": list(cases()), "auc": list(auc_cases()), "logistic": list(logistic_cases())}
    with open(os.path.join(HERE, "multivariate.json"), "w") as f:
        json.dump(fixture, f, indent=1)
        f.write("\n")
    for case in fixture["pca"]:
        e = case["expected"]
        print(f"{case['name']:28} k={e['components']} stat={e['statistic']:.6f} "
              f"band=[{e['lower']:.6f}, {e['upper']:.6f}] drifted={e['drifted']}")


if __name__ == "__main__":
    main()
