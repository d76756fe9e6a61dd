"""Reference values for the evaluation gate's fairness metrics, computed by Fairlearn.

generate: for each case in --cases (a JSON list of {seed, rows, features, missingCombo, degenerate, out}),
          writes a random predictions CSV (seeded) and prints Fairlearn's per-group metrics and summaries
          for each sensitive feature and for their intersection, as one JSON list (one Python start for all).
bench:    reads a predictions CSV with pandas and times Fairlearn's MetricFrame and summaries on it.

Run with the Fairlearn venv that scripts/setup-test-env.sh installs (~/.cache/ai-secure-gates/fairlearn-0.15.0).
Nothing here is part of the action; the tests call it.
"""
import argparse
import json
import math
import sys
import time

import numpy as np
import pandas as pd
from fairlearn.metrics import (
    MetricFrame,
    count,
    demographic_parity_difference,
    demographic_parity_ratio,
    equal_opportunity_difference,
    equalized_odds_difference,
    equalized_odds_ratio,
    false_negative_rate,
    false_positive_rate,
    selection_rate,
    true_positive_rate,
)
from sklearn.metrics import accuracy_score, precision_score


def clean(x):
    x = float(x)
    return None if math.isnan(x) else x


def generate(rng, n, features, missing_combo, degenerate):
    cols = {}
    names = []
    for f in range(features):
        k = int(rng.integers(2, 6))
        p = rng.dirichlet(np.ones(k) * 0.7)
        cols[f"s{f}"] = np.array([f"g{f}{chr(97 + i)}" for i in range(k)])[rng.choice(k, size=n, p=p)]
        names.append(f"s{f}")
    df = pd.DataFrame(cols)
    base = rng.uniform(0.2, 0.7)
    shift = {v: rng.uniform(-0.15, 0.15) for v in np.unique(df[names[0]])}
    prob = np.clip(base + df[names[0]].map(shift).to_numpy(dtype=float), 0.01, 0.99)
    y = (rng.random(n) < prob).astype(int)
    score = np.clip(prob + rng.normal(0, 0.2, n), 0, 1)
    flip = rng.uniform(0.05, 0.3)
    pred = np.where(rng.random(n) < flip, 1 - y, y)
    df["label"] = y
    df["prediction"] = pred
    df["score"] = np.round(score, 6)
    if missing_combo and features >= 2:
        a = df[names[0]].iloc[0]
        b = df[names[1]].iloc[0]
        df = df[~((df[names[0]] == a) & (df[names[1]] == b))].reset_index(drop=True)
    if degenerate:
        # One group with no positive prediction, one with only positive labels: zero-division paths.
        g = df[names[0]].unique()
        df.loc[df[names[0]] == g[0], "prediction"] = 0
        if len(g) > 1:
            df.loc[df[names[0]] == g[1], "label"] = 1
    return df, names


def special(df, kind, rng):
    """Zero-division cases of the ratios: nobody selected (every ratio 0/0), or no false positive
    anywhere (the FPR ratio 0/0 beside a defined TPR ratio)."""
    if kind == "none-selected":
        df["prediction"] = 0
    elif kind == "no-false-positive":
        df["prediction"] = (df["label"].to_numpy() == 1) & (rng.random(len(df)) < 0.7)
        df["prediction"] = df["prediction"].astype(int)
    return df


def reference(df, names, intersections=True):
    y = df["label"].to_numpy()
    p = df["prediction"].to_numpy()
    sets = [[n] for n in names]
    if intersections and len(names) > 1:
        sets.append(list(names))
    out = []
    for s in sets:
        sf = df[s] if len(s) > 1 else df[s[0]]
        mf = MetricFrame(
            metrics={
                "count": count,
                "selectionRate": selection_rate,
                "accuracy": accuracy_score,
                "precision": lambda t, q: precision_score(t, q, zero_division=0),
                "recall": true_positive_rate,
                "fpr": false_positive_rate,
                "fnr": false_negative_rate,
            },
            y_true=y,
            y_pred=p,
            sensitive_features=sf,
        )
        groups = []
        for idx, row in mf.by_group.iterrows():
            if row.isna().all():
                continue  # an intersection with no rows
            vals = idx if isinstance(idx, tuple) else (idx,)
            groups.append({"group": dict(zip(s, [str(v) for v in vals])), **{k: clean(v) for k, v in row.items()}})
        summaries = {
            "demographic-parity-difference": clean(demographic_parity_difference(y, p, sensitive_features=sf)),
            "demographic-parity-ratio": clean(demographic_parity_ratio(y, p, sensitive_features=sf)),
            "equalized-odds-difference": clean(equalized_odds_difference(y, p, sensitive_features=sf)),
            "equalized-odds-ratio": clean(equalized_odds_ratio(y, p, sensitive_features=sf)),
            "equal-opportunity-difference": clean(equal_opportunity_difference(y, p, sensitive_features=sf)),
        }
        out.append({"features": s, "groups": groups, "summaries": summaries})
    return out


def ece(df, bins):
    s = df["score"].to_numpy()
    y = df["label"].to_numpy()
    b = np.minimum(bins - 1, np.floor(s * bins).astype(int))
    total = 0.0
    for i in range(bins):
        m = b == i
        if m.sum():
            total += m.sum() / len(s) * abs(y[m].mean() - s[m].mean())
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["generate", "bench"])
    ap.add_argument("--cases", help="generate: JSON list of cases")
    ap.add_argument("--features", type=int, default=3)
    ap.add_argument("--out", help="bench: the predictions CSV")
    args = ap.parse_args()
    if args.mode == "generate":
        results = []
        for c in json.loads(args.cases):
            rng = np.random.default_rng(c["seed"])
            df, names = generate(rng, c["rows"], c["features"], c.get("missingCombo", False), c.get("degenerate", False))
            if c.get("special"):
                df = special(df, c["special"], rng)
            df.to_csv(c["out"], index=False)
            results.append({"seed": c["seed"], "rows": len(df), "sensitive": names, "sets": reference(df, names), "ece": ece(df, 10)})
        json.dump(results, sys.stdout)
    else:
        names = [f"s{f}" for f in range(args.features)]
        t0 = time.perf_counter()
        df = pd.read_csv(args.out, dtype={n: str for n in names})
        sets = reference(df, names)
        seconds = time.perf_counter() - t0
        json.dump({"seconds": seconds, "rows": len(df), "sets": sets}, sys.stdout)


if __name__ == "__main__":
    main()
