#!/usr/bin/env python3
"""Generate the reference values the statistics core is tested against.

Writes JSON fixtures into exporter/src/stats/__fixtures__/ from seeded numpy data and scipy's own
functions (scipy.stats.ks_2samp, kstwo, scipy.special.smirnov, chi2_contingency, wasserstein_distance,
scipy.spatial.distance.jensenshannon, false_discovery_control, norm). The fixtures are committed, so
the jest tests need no Python; rerun this script to regenerate them deliberately:

    python3 exporter/scripts/gen_stats_fixtures.py

Large samples (above 10 000 values, where ks_2samp switches to its asymptotic branch) are not stored
value by value: they come from a tiny integer generator (xorshift32, three draws summed, exact dyadic
arithmetic) that exporter/src/stats/fixtures.ts reproduces bit for bit. Only its parameters are stored.
"""
import json
import os
import sys

import numpy as np
import scipy
import scipy.special
import scipy.stats as st
from scipy.spatial.distance import jensenshannon

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'stats', '__fixtures__')
MASK = 0xFFFFFFFF


def synthetic(seed, n, bits, scale, shift):
    """xorshift32 draws: value = (u1 + u2 + u3) / 2**bits * scale + shift, u = top `bits` bits."""
    state = seed & MASK
    out = np.empty(n)
    for i in range(n):
        acc = 0
        for _ in range(3):
            state ^= (state << 13) & MASK
            state ^= state >> 17
            state ^= (state << 5) & MASK
            acc += state >> (32 - bits)
        out[i] = acc / 2.0 ** bits * scale + shift
    return out


def gen(spec):
    return synthetic(spec['seed'], spec['n'], spec['bits'], spec['scale'], spec['shift'])


def f(x):
    return float(x)


def write(name, payload):
    payload = {
        'generator': 'exporter/scripts/gen_stats_fixtures.py',
        'numpy': np.__version__,
        'scipy': scipy.__version__,
        **payload,
    }
    # One line per case keeps the files small and their diffs readable.
    lines = []
    for key, value in payload.items():
        if isinstance(value, list):
            items = ',\n'.join('  ' + json.dumps(item, allow_nan=False, separators=(',', ':')) for item in value)
            lines.append(f'"{key}": [\n{items}\n ]')
        else:
            lines.append(f'"{key}": {json.dumps(value, allow_nan=False)}')
    with open(os.path.join(OUT, name), 'w') as fh:
        fh.write('{\n ' + ',\n '.join(lines) + '\n}\n')


def rounded(values, decimals=4):
    return [round(float(v), decimals) for v in values]


# --------------------------------------------------------------------------------------------------
# Kolmogorov-Smirnov

def ks_inline_cases(rng):
    cases = []

    def add(name, ref, cur, method='auto'):
        ref = np.asarray(ref, dtype=float)
        cur = np.asarray(cur, dtype=float)
        r = st.ks_2samp(ref, cur, method=method)
        cases.append({'name': name, 'method': method, 'ref': ref.tolist(), 'cur': cur.tolist(),
                      'statistic': f(r.statistic), 'pValue': f(r.pvalue)})

    add('tiny unequal sizes, exact', rounded(rng.normal(size=5)), rounded(rng.normal(0.5, 1, size=7)))
    add('one value each', [1.0], [2.0])
    add('one against five', [0.3], rounded(rng.normal(size=5)))
    add('equal sizes 20, exact square method', rounded(rng.normal(size=20)), rounded(rng.normal(0.8, 1, size=20)))
    add('equal sizes 50, no shift', rounded(rng.normal(size=50)), rounded(rng.normal(size=50)))
    add('integer ties 30 vs 40', rng.integers(0, 6, size=30), rng.integers(1, 7, size=40))
    add('heavy ties, two values', rng.integers(0, 2, size=60), rng.integers(0, 2, size=45))
    same = rounded(rng.normal(size=37))
    add('identical samples', same, same)
    add('disjoint samples', list(range(1, 11)), list(range(11, 21)))
    add('disjoint, unequal sizes', rounded(rng.normal(size=12)), rounded(rng.normal(100, 1, size=9)))
    add('100 vs 150 shifted', rounded(rng.normal(size=100)), rounded(rng.normal(0.3, 1, size=150)))
    add('1000 vs 800 small shift', rounded(rng.normal(size=1000)), rounded(rng.normal(0.05, 1, size=800)))
    add('600 vs 900 scale change', rounded(rng.normal(size=600)), rounded(rng.normal(0, 1.3, size=900)))
    add('300 vs 200 method exact', rounded(rng.exponential(size=300)), rounded(rng.exponential(1.2, size=200)), 'exact')
    add('50 vs 60 method asymp', rounded(rng.normal(size=50)), rounded(rng.normal(0.4, 1, size=60)), 'asymp')
    add('400 vs 400 method asymp', rounded(rng.normal(size=400)), rounded(rng.normal(0.1, 1, size=400)), 'asymp')
    add('2000 vs 35 method asymp, small n', rounded(rng.normal(size=2000)), rounded(rng.normal(0.6, 1, size=35)), 'asymp')
    add('coprime sizes 97 vs 89', rounded(rng.uniform(size=97)), rounded(rng.uniform(0.1, 1.1, size=89)))
    add('negative zero and zero', [-0.0, 0.0, 1.0], [0.0, 0.0, 2.0])
    return cases


def ks_synthetic_cases():
    specs = [
        ('10000 vs 10000 exact square', dict(seed=11, n=10000, bits=20, scale=1, shift=0), dict(seed=12, n=10000, bits=20, scale=1, shift=0.03125), 'auto'),
        ('10000 vs 9999 exact band', dict(seed=13, n=10000, bits=20, scale=1, shift=0), dict(seed=14, n=9999, bits=20, scale=1, shift=0.015625), 'auto'),
        ('10001 vs 50 asymp, n <= 140 Pomeranz/Durbin', dict(seed=15, n=10001, bits=20, scale=1, shift=0), dict(seed=16, n=50, bits=20, scale=1, shift=0.0625), 'auto'),
        ('10001 vs 50 asymp, large shift smirnov', dict(seed=17, n=10001, bits=20, scale=1, shift=0), dict(seed=18, n=50, bits=20, scale=1, shift=0.5), 'auto'),
        ('10001 vs 8 asymp, tiny n', dict(seed=19, n=10001, bits=20, scale=1, shift=0), dict(seed=20, n=8, bits=20, scale=1, shift=0.125), 'auto'),
        ('12000 vs 12000 no drift', dict(seed=21, n=12000, bits=20, scale=1, shift=0), dict(seed=22, n=12000, bits=20, scale=1, shift=0), 'auto'),
        ('12000 vs 12000 small drift', dict(seed=23, n=12000, bits=20, scale=1, shift=0), dict(seed=24, n=12000, bits=20, scale=1, shift=0.015625), 'auto'),
        ('12000 vs 12000 large drift', dict(seed=25, n=12000, bits=20, scale=1, shift=0), dict(seed=26, n=12000, bits=20, scale=1, shift=0.25), 'auto'),
        ('20001 vs 20001 half-even effective size', dict(seed=27, n=20001, bits=20, scale=1, shift=0), dict(seed=28, n=20001, bits=20, scale=1, shift=0.0078125), 'auto'),
        ('30000 vs 25000 ties (8 bits)', dict(seed=29, n=30000, bits=8, scale=2, shift=0), dict(seed=30, n=25000, bits=8, scale=2, shift=0.0078125), 'auto'),
        ('250000 vs 250000 Pelz-Good', dict(seed=31, n=250000, bits=24, scale=1, shift=0), dict(seed=32, n=250000, bits=24, scale=1, shift=0.0009765625), 'auto'),
        ('250000 vs 240000 smirnov large n', dict(seed=33, n=250000, bits=24, scale=1, shift=0), dict(seed=34, n=240000, bits=24, scale=1, shift=0.00390625), 'auto'),
    ]
    cases = []
    for name, a, b, method in specs:
        r = st.ks_2samp(gen(a), gen(b), method=method)
        cases.append({'name': name, 'method': method, 'refGen': a, 'curGen': b,
                      'statistic': f(r.statistic), 'pValue': f(r.pvalue)})
    return cases


def kstwo_cases():
    ns = [1, 2, 3, 5, 10, 30, 50, 100, 140, 141, 500, 1000, 5000, 10000, 50000, 100000, 100001, 178000, 1000001]
    zs = [0.2, 0.4, 0.6, 0.8, 0.9, 1.0, 1.2, 1.5, 1.8, 2.2, 3.0, 5.0]
    cases = []
    for n in ns:
        xs = set([0.5 / n, 0.75 / n, 1.0 / n, 0.5, 0.7, (n - 1) / n, 0.999])
        for z in zs:
            xs.add(z / np.sqrt(n))
        for x in sorted(xs):
            if 0 < x < 1:
                cases.append({'n': n, 'x': f(x), 'sf': f(st.kstwo.sf(x, n))})
    return cases


def smirnov_cases():
    cases = []
    for n in [1, 2, 5, 10, 50, 140, 1000, 10000, 178000, 1000001]:
        for x in [0.5 / n, 1.0 / n, 1.5 / n, 1.5 / np.sqrt(n), 2.5 / np.sqrt(n), 5 / np.sqrt(n), 0.3, 0.5, 0.8, 1 - 1.0 / n]:
            if 0 < x < 1:
                cases.append({'n': n, 'x': f(x), 'sf': f(scipy.special.smirnov(n, x))})
    return cases


# --------------------------------------------------------------------------------------------------
# Binning, PSI, Jensen-Shannon, Hellinger, Wasserstein

def edges_of(ref, bins):
    return np.unique(np.quantile(ref, np.arange(1, bins) / bins))


def hist_of(values, edges):
    return np.bincount(np.searchsorted(edges, values, side='left'), minlength=len(edges) + 1).astype(float)


def psi_of(ref_counts, cur_counts, eps=1e-4):
    r = np.asarray(ref_counts, float) / np.sum(ref_counts)
    c = np.asarray(cur_counts, float) / np.sum(cur_counts)
    r = np.where(np.asarray(ref_counts) == 0, eps, r)
    c = np.where(np.asarray(cur_counts) == 0, eps, c)
    return float(np.sum((c - r) * np.log(c / r)))


def hellinger_of(p, q):
    p = np.asarray(p, float) / np.sum(p)
    q = np.asarray(q, float) / np.sum(q)
    return float(np.sqrt(np.sum((np.sqrt(p) - np.sqrt(q)) ** 2)) / np.sqrt(2))


def binned_cases(rng):
    cases = []

    def add(name, ref, cur, bins=10):
        ref = np.asarray(ref, float)
        cur = np.asarray(cur, float)
        edges = edges_of(ref, bins)
        rc, cc = hist_of(ref, edges), hist_of(cur, edges)
        cases.append({'name': name, 'bins': bins, 'ref': ref.tolist(), 'cur': cur.tolist(),
                      'edges': edges.tolist(), 'refCounts': rc.tolist(), 'curCounts': cc.tolist(),
                      'psi': psi_of(rc, cc), 'jensenshannon': f(jensenshannon(rc, cc, base=2)),
                      'hellinger': hellinger_of(rc, cc)})

    add('normal vs shifted normal', rounded(rng.normal(size=500)), rounded(rng.normal(0.3, 1, size=400)))
    same = rounded(rng.normal(size=300))
    add('identical samples', same, same)
    add('same distribution', rounded(rng.normal(size=800)), rounded(rng.normal(size=700)))
    add('many zeros in reference', np.where(rng.uniform(size=600) < 0.6, 0, rounded(rng.exponential(size=600))), rounded(rng.exponential(size=500)))
    add('current outside reference range', rounded(rng.uniform(0, 1, size=200)), rounded(rng.uniform(2, 3, size=150)))
    add('5 bins', rounded(rng.normal(size=250)), rounded(rng.normal(0, 2, size=260)), 5)
    add('20 bins', rounded(rng.gamma(2, size=1000)), rounded(rng.gamma(2.2, size=900)), 20)
    add('tiny current sample, empty bins', rounded(rng.normal(size=120)), rounded(rng.normal(size=4)))
    add('integer reference with ties', rng.integers(0, 8, size=300), rng.integers(0, 9, size=310))
    add('one bin', rounded(rng.normal(size=30)), rounded(rng.normal(size=30)), 1)
    add('constant reference', [2.5] * 40, rounded(rng.normal(2.5, 1, size=30)))
    return cases


def quantile_cases(rng):
    cases = []
    for n, bins in [(1, 10), (2, 10), (7, 4), (10, 10), (11, 3), (100, 10), (1001, 7)]:
        ref = np.sort(rounded(rng.normal(size=n), 3))
        raw = np.quantile(ref, np.arange(1, bins) / bins)
        cases.append({'ref': ref.tolist(), 'bins': bins, 'edges': np.unique(raw).tolist()})
    return cases


def distance_vector_cases():
    pairs = [
        ([50, 30, 20], [40, 30, 30]),
        ([1, 0, 0], [0, 1, 0]),
        ([0.2, 0.3, 0.5], [0.2, 0.3, 0.5]),
        ([1, 2, 3, 4, 0], [4, 3, 2, 1, 1]),
        ([1000, 1], [1, 1000]),
        ([3, 0, 7, 0, 9, 1], [0, 4, 6, 2, 9, 0]),
        ([0.001, 0.999], [0.002, 0.998]),
    ]
    return [{'p': p, 'q': q, 'jensenshannon': f(jensenshannon(p, q, base=2)), 'hellinger': hellinger_of(p, q),
             'psi': psi_of(p, q)} for p, q in pairs]


def wasserstein_cases(rng):
    cases = []

    def add(name, ref, cur):
        ref = np.asarray(ref, float)
        cur = np.asarray(cur, float)
        w = st.wasserstein_distance(ref, cur)
        cases.append({'name': name, 'ref': ref.tolist(), 'cur': cur.tolist(), 'distance': f(w),
                      'normed': f(w / max(np.std(ref), 0.001))})

    add('small', [0, 1, 3], [5, 6, 8])
    add('normal vs shifted', rounded(rng.normal(size=300)), rounded(rng.normal(0.5, 1, size=250)))
    same = rounded(rng.normal(size=100))
    add('identical', same, same)
    add('ties', rng.integers(0, 5, size=80), rng.integers(0, 6, size=90))
    add('one value each', [1.5], [4.0])
    add('constant reference, floor on std', [3.0] * 20, [3.0] * 19 + [3.0005])
    add('disjoint wide', rounded(rng.uniform(-100, -50, size=40)), rounded(rng.uniform(50, 100, size=60)))
    synthetic_cases = []
    for a, b in [(dict(seed=41, n=50000, bits=20, scale=4, shift=-6), dict(seed=42, n=40000, bits=20, scale=4, shift=-5.75))]:
        w = st.wasserstein_distance(gen(a), gen(b))
        synthetic_cases.append({'name': 'synthetic 50000 vs 40000', 'refGen': a, 'curGen': b, 'distance': f(w),
                                'normed': f(w / max(np.std(gen(a)), 0.001))})
    return cases, synthetic_cases


# --------------------------------------------------------------------------------------------------
# Categorical, binary, multiple testing

def categorical_cases(rng):
    cases = []

    def add(name, ref, cur):
        cats = sorted(k for k in set(ref) | set(cur) if ref.get(k, 0) + cur.get(k, 0) > 0)
        table = np.array([[ref.get(k, 0) for k in cats], [cur.get(k, 0) for k in cats]], float)
        res = st.chi2_contingency(table)
        unseen = [k for k in cats if ref.get(k, 0) == 0 and cur.get(k, 0) > 0]
        cases.append({'name': name, 'ref': ref, 'cur': cur, 'statistic': f(res.statistic), 'pValue': f(res.pvalue),
                      'dof': int(res.dof), 'unseenCategories': len(unseen),
                      'unseenShare': f(sum(cur[k] for k in unseen) / sum(cur.values())),
                      'jensenshannon': f(jensenshannon(table[0], table[1], base=2)),
                      'hellinger': hellinger_of(table[0], table[1]), 'psi': psi_of(table[0], table[1])})

    add('three categories, one unseen', {'a': 50, 'b': 30, 'c': 20}, {'a': 40, 'b': 30, 'd': 30})
    add('dof 1 large counts (Yates)', {'yes': 480, 'no': 520}, {'yes': 530, 'no': 470})
    add('dof 1 small counts (Yates capped)', {'yes': 3, 'no': 4}, {'yes': 4, 'no': 3})
    add('dof 1 tiny difference (correction below 0.5)', {'x': 10, 'y': 10}, {'x': 10, 'y': 11})
    add('single category (dof 0)', {'only': 12}, {'only': 30})
    add('identical shares', {'a': 10, 'b': 20, 'c': 30}, {'a': 20, 'b': 40, 'c': 60})
    add('zero counts dropped', {'a': 10, 'b': 0, 'c': 5}, {'a': 7, 'b': 0, 'c': 9, 'z': 0})
    letters = [chr(97 + i) for i in range(12)]
    p = rng.dirichlet(np.ones(12))
    q = rng.dirichlet(np.ones(12))
    add('12 categories multinomial', dict(zip(letters, map(int, rng.multinomial(5000, p)))),
        dict(zip(letters, map(int, rng.multinomial(3000, q)))))
    add('12 categories same distribution', dict(zip(letters, map(int, rng.multinomial(5000, p)))),
        dict(zip(letters, map(int, rng.multinomial(4000, p)))))
    add('current only new categories', {'a': 5, 'b': 5}, {'c': 4, 'd': 6})
    return cases


def z_cases():
    cases = []
    for x1, n1, x2, n2 in [(30, 100, 45, 100), (500, 1000, 500, 1000), (0, 50, 3, 60), (12, 12, 30, 31),
                           (10, 10, 20, 20), (0, 10, 0, 30), (4000, 100000, 4300, 100000), (1, 3, 7, 8),
                           (100, 1000, 900, 1000)]:
        p1, p2 = x1 / n1, x2 / n2
        pooled = (x1 + x2) / (n1 + n2)
        se = np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        if se == 0:
            z, pv = 0.0, 1.0
        else:
            z = (p1 - p2) / se
            pv = 2 * st.norm.sf(abs(z))
        cases.append({'refSuccesses': x1, 'refTotal': n1, 'curSuccesses': x2, 'curTotal': n2,
                      'statistic': f(z), 'pValue': f(pv)})
    return cases


def adjust_cases(rng):
    lists = [
        [0.01, 0.04, 0.03, 0.2],
        [0.5],
        [0.0, 1.0, 0.5, 0.5, 0.001],
        [0.04, 0.04, 0.04],
        rng.uniform(size=30).tolist(),
        (rng.uniform(size=25) ** 4).tolist(),
        [1e-12, 0.03, 0.8, 0.049, 0.9999],
    ]
    out = []
    for ps in lists:
        arr = np.asarray(ps, float)
        out.append({'pValues': arr.tolist(), 'bh': st.false_discovery_control(arr, method='bh').tolist(),
                    'bonferroni': np.minimum(1, arr * len(arr)).tolist()})
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(20240611)
    write('ks.json', {'inline': ks_inline_cases(rng), 'synthetic': ks_synthetic_cases()})
    write('kolmogorov.json', {'kstwo': kstwo_cases(), 'smirnov': smirnov_cases()})
    write('binned.json', {'quantiles': quantile_cases(rng), 'samples': binned_cases(rng),
                          'vectors': distance_vector_cases()})
    inline, synth = wasserstein_cases(rng)
    write('wasserstein.json', {'inline': inline, 'synthetic': synth})
    write('categorical.json', {'cases': categorical_cases(rng)})
    write('ztest.json', {'cases': z_cases()})
    write('adjust.json', {'cases': adjust_cases(rng)})
    print(f'wrote fixtures to {os.path.normpath(OUT)}', file=sys.stderr)


if __name__ == '__main__':
    main()
