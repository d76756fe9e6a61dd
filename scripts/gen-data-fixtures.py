#!/usr/bin/python3
"""Generate the statistics fixtures of the data gate: random samples with scipy's answers.

Usage:
  /usr/bin/python3 scripts/gen-data-fixtures.py                 # rewrite __tests__/fixtures/data/*.json (seed 20261122)
  /usr/bin/python3 scripts/gen-data-fixtures.py --seed N --out DIR [--quick]
      fresh samples nobody has seen (the live test in __tests__/scanners/stats uses a random seed)

Writes:
  ks2samp.json  two-sample KS cases: x, y, scipy.stats.ks_2samp(x, y) (method="auto") statistic and pvalue,
                and the method scipy's auto rule picks; sizes from 1 to 15000, ties, equal and unequal sizes,
                exact (max(n1, n2) <= 10000) and asymptotic regimes
  kstwo.json    scipy.stats.kstwo.sf(x, n) over a grid that reaches every branch of scipy's kolmogn
  chi2.json     scipy.stats.chi2_contingency on 2 x K tables and scipy.stats.chi2.sf
  robust.json   numpy quantiles (linear), median and MAD of random samples

  /usr/bin/python3 scripts/gen-data-fixtures.py --demo
      writes the demo project's reference (examples/demo-project/data/reference.jsonl): 200 records
      {"user": ..., "val": N(10, 2) rounded to 0.1}, the "normal val values" of the design example
"""
import argparse
import json
import os
import sys

import numpy as np
import scipy
from scipy import stats


def r(v):
    return float(v)


def sample(rng, kind, n):
    if kind == 'normal':
        return np.round(rng.normal(rng.uniform(-5, 5), rng.uniform(0.1, 10), n), 6)
    if kind == 'shifted':
        return np.round(rng.normal(rng.uniform(-1, 1), 1, n), 6)
    if kind == 'ties':
        return rng.integers(0, rng.integers(2, 12), n).astype(float)
    if kind == 'lognormal':
        return np.round(rng.lognormal(0, 1, n), 6)
    if kind == 'uniform':
        return np.round(rng.uniform(0, 1, n), 6)
    raise ValueError(kind)


def auto_method(n1, n2):
    return 'exact' if max(n1, n2) <= 10000 else 'asymp'


def ks_cases(rng, quick):
    sizes = []
    # small and medium, unequal and equal
    for _ in range(40 if not quick else 15):
        sizes.append((int(rng.integers(1, 30)), int(rng.integers(1, 30))))
    for _ in range(25 if not quick else 8):
        n = int(rng.integers(2, 400))
        sizes.append((n, n))
    for _ in range(25 if not quick else 8):
        sizes.append((int(rng.integers(30, 1500)), int(rng.integers(30, 1500))))
    # around the auto switch
    sizes += [(10000, 37), (10000, 2500), (10001, 40), (10001, 3)]
    # asymptotic regime: effective n small (<= 140) and large
    sizes += [(12000, 60), (10500, 130), (11000, 500), (10200, 3000)]
    if quick:
        sizes += [(10002, 25), (10003, 1000)]
    cases = []
    kinds = ['normal', 'shifted', 'ties', 'lognormal', 'uniform']
    for (n1, n2) in sizes:
        kind = kinds[int(rng.integers(0, len(kinds)))]
        x = sample(rng, kind, n1)
        # y: same distribution, or shifted/scaled so that p-values span the range
        mode = int(rng.integers(0, 3))
        y = sample(rng, kind, n2)
        if mode == 1 and kind != 'ties':
            y = np.round(y + rng.uniform(0, 0.5) * (np.std(x) if n1 > 1 else 1), 6)
        elif mode == 2:
            y = np.round(y * rng.uniform(0.5, 1.5), 6)
        if max(n1, n2) > 200:
            # keep the fixture small: 3 decimals for the big samples
            x, y = np.round(x, 3), np.round(y, 3)  # (and more ties)
        res = stats.ks_2samp(x, y, method='auto')
        cases.append({
            'x': [r(v) for v in x], 'y': [r(v) for v in y], 'kind': kind,
            'statistic': r(res.statistic), 'pvalue': r(res.pvalue), 'method': auto_method(n1, n2),
        })
    return cases


def kstwo_cases(rng):
    out = []
    ns = [1, 2, 3, 5, 10, 30, 80, 140, 141, 200, 1000, 5000, 20000, 100000, 100001, 400000]
    for n in ns:
        xs = set([0.5 / n, 0.75 / n, 1.0 / n, 1.5 / n, 0.49, 0.5, 0.7, 1 - 1.0 / n if n > 1 else 0.3])
        for _ in range(12):
            # spread over n*x^2 from ~0.05 to ~40 to hit DMTW, Pomeranz, Pelz-Good and smirnov
            t = rng.uniform(0.05, 40)
            xs.add(min(0.999, np.sqrt(t / n)))
        for x in sorted(xs):
            if 0 < x < 1:
                out.append({'n': n, 'x': r(x), 'sf': r(stats.kstwo.sf(x, n))})
    return out


def chi2_cases(rng):
    out = []
    for _ in range(30):
        k = int(rng.integers(2, 8))
        ref = rng.integers(0, 200, k)
        cur = rng.integers(0, 60, k)
        if int(rng.integers(0, 3)) == 0:
            cur = rng.multinomial(int(rng.integers(5, 80)), ref / ref.sum() if ref.sum() else np.ones(k) / k)
        keep = (ref + cur) > 0
        ref, cur = ref[keep], cur[keep]
        if len(ref) < 1 or ref.sum() == 0 or cur.sum() == 0:
            continue
        st, p, dof, _ = stats.chi2_contingency(np.array([ref, cur]))
        out.append({'table': [[int(v) for v in ref], [int(v) for v in cur]], 'statistic': r(st), 'pvalue': r(p), 'dof': int(dof)})
    sf = []
    for dof in [1, 2, 3, 5, 10, 30, 100]:
        for x in [0.001, 0.1, 0.5, 1, 2, 5, 10, 20, 50, 100, 200]:
            sf.append({'x': x, 'dof': dof, 'sf': r(stats.chi2.sf(x, dof))})
    return {'contingency': out, 'sf': sf}


def robust_cases(rng):
    out = []
    for _ in range(20):
        n = int(rng.integers(1, 300))
        x = np.round(rng.standard_t(3, n) * 10, 4)
        if int(rng.integers(0, 4)) == 0:
            x[: n // 2 + 1] = 7.0
        med = np.median(x)
        out.append({
            'x': [r(v) for v in x],
            'q1': r(np.quantile(x, 0.25)), 'q3': r(np.quantile(x, 0.75)), 'median': r(med),
            'mad': r(np.median(np.abs(x - med))), 'mean': r(np.mean(x)), 'std': r(np.std(x, ddof=1)) if n > 1 else None,
        })
    return out


def demo():
    rng = np.random.default_rng(7)
    out = os.path.join(os.path.dirname(__file__), '..', 'examples', 'demo-project', 'data', 'reference.jsonl')
    os.makedirs(os.path.dirname(out), exist_ok=True)
    letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    with open(out, 'w') as f:
        for i, v in enumerate(np.round(rng.normal(10, 2, 200), 1)):
            f.write(json.dumps({'user': letters[i % 26], 'val': float(v)}) + '\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261122)
    ap.add_argument('--out', default=os.path.join(os.path.dirname(__file__), '..', '__tests__', 'fixtures', 'data'))
    ap.add_argument('--quick', action='store_true', help='KS cases only, fewer of them (for the live test)')
    ap.add_argument('--demo', action='store_true', help='write the demo project reference dataset and exit')
    a = ap.parse_args()
    if a.demo:
        demo()
        return
    rng = np.random.default_rng(a.seed)
    os.makedirs(a.out, exist_ok=True)
    meta = {'seed': a.seed, 'scipy': scipy.__version__, 'numpy': np.__version__, 'python': sys.version.split()[0]}

    def dump(name, payload):
        with open(os.path.join(a.out, name), 'w') as f:
            json.dump({'meta': meta, **payload}, f, separators=(',', ':'))

    dump('ks2samp.json', {'cases': ks_cases(rng, a.quick)})
    if a.quick:
        return
    dump('kstwo.json', {'cases': kstwo_cases(rng)})
    dump('chi2.json', chi2_cases(rng))
    dump('robust.json', {'cases': robust_cases(rng)})


if __name__ == '__main__':
    main()
