"""ART's HopSkipJump on the same model, inputs and feature scaling as the robustness gate's decision attack.

Run with the Python of the pinned ART venv (scripts/requirements-art.txt):
  art_hsj.py --model logreg-cancer --eval eval.csv --max-iter 5 --init-eval 10 --max-eval 100 --max-distance 0.2
The model is trained by model_server.build() (the same code and seeds as the served model); features are
scaled to [0, 1] by the evaluation set's min and max, as the gate does; each correctly classified example is
attacked alone and the model's predictions are counted, so each example's queries are known exactly.
Prints JSON: per example found, distance (L2 in the scaled space) and queries.
"""
import argparse
import csv
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model_server import build  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--eval", required=True)
    ap.add_argument("--max-iter", type=int, default=5)
    ap.add_argument("--init-eval", type=int, default=10)
    ap.add_argument("--max-eval", type=int, default=100)
    ap.add_argument("--init-size", type=int, default=100)
    ap.add_argument("--max-distance", type=float, default=0.2)
    a = ap.parse_args()

    import logging

    logging.disable(logging.WARNING)
    from art.attacks.evasion import HopSkipJump
    from art.estimators.classification import BlackBoxClassifier

    model, names, _, _ = build(a.model)
    with open(a.eval) as f:
        rows = list(csv.DictReader(f))
    x = np.array([[float(r[n]) for n in names] for r in rows])
    y = np.array([int(r["label"]) for r in rows])
    lo, hi = x.min(axis=0), x.max(axis=0)
    span = np.where(hi > lo, hi - lo, 1.0)
    classes = list(model.classes_)
    counter = {"n": 0}

    def predict(xs):
        counter["n"] += len(xs)
        labels = model.predict(lo + np.clip(xs, 0, 1) * span)
        out = np.zeros((len(xs), len(classes)))
        for i, v in enumerate(labels):
            out[i, classes.index(v)] = 1.0
        return out

    clf = BlackBoxClassifier(predict, input_shape=(len(names),), nb_classes=len(classes), clip_values=(0.0, 1.0))
    xs = (x - lo) / span
    clean = model.predict(x)
    results = []
    np.random.seed(0)
    for i in range(len(xs)):
        if clean[i] != y[i]:
            results.append({"row": i + 1, "correct": False})
            continue
        attack = HopSkipJump(clf, targeted=False, norm=2, max_iter=a.max_iter, max_eval=a.max_eval, init_eval=a.init_eval, init_size=a.init_size, verbose=False)
        onehot = np.zeros((1, len(classes)))
        onehot[0, classes.index(y[i])] = 1
        counter["n"] = 0
        adv = attack.generate(xs[i : i + 1], y=onehot)
        q = counter["n"]
        found = model.predict(lo + np.clip(adv, 0, 1) * span)[0] != y[i]
        d = float(np.linalg.norm(adv[0] - xs[i]))
        results.append({"row": i + 1, "correct": True, "found": bool(found), "distance": d if found else None, "queries": q})
    json.dump({"examples": results}, sys.stdout)


if __name__ == "__main__":
    main()
