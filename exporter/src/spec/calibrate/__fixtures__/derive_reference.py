#!/usr/bin/env python3
"""Reference numbers for derive.test.ts: NannyML's mean ± k·std (population std, ddof=0) over chunk
values, and numpy's default (type 7, 'linear') quantiles over a history.

    python3 exporter/src/spec/calibrate/__fixtures__/derive_reference.py
"""
import numpy as np

chunks = np.array([0.021, 0.034, 0.018, 0.027, 0.041, 0.025, 0.019, 0.030, 0.022, 0.028])
m, s = chunks.mean(), chunks.std(ddof=0)
print("chunks mean", repr(m), "std", repr(s))
print("higher k=3 ->", repr(m + 3 * s), " critical_k=5 ->", repr(m + 5 * s))
conf = np.array([0.88, 0.87, 0.885, 0.876, 0.879, 0.881, 0.874, 0.883])
m2, s2 = conf.mean(), conf.std(ddof=0)
print("confidence mean", repr(m2), "std", repr(s2))
print("lower k=3 ->", repr(m2 - 3 * s2), " critical_k=5 ->", repr(m2 - 5 * s2))
history = np.array([12.0, 15.5, 9.25, 20.0, 18.0, 11.0, 14.0, 16.5, 13.0, 17.25, 19.0, 10.5])
print("history q99", repr(np.quantile(history, 0.99)), "q999", repr(np.quantile(history, 0.999)))
print("history q01", repr(np.quantile(history, 0.01)), "q001", repr(np.quantile(history, 0.001)))
