"""Writes the demo project's evaluation inputs (examples/demo-project/eval/): a predictions file with a
deliberate disparity (the model selects men far more often than women at the same true rate), and
per-slice metrics computed from it. Deterministic (fixed seed); needs only numpy.

    /usr/bin/python3 scripts/gen-eval-demo.py
"""
import csv
import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "examples", "demo-project", "eval")
rng = np.random.default_rng(20261130)
n = 2400
sex = rng.choice(["F", "M"], size=n, p=[0.45, 0.55])
age = rng.choice(["<30", "30-50", "50+"], size=n, p=[0.3, 0.45, 0.25])
label = (rng.random(n) < 0.4).astype(int)
# Planted disparity: true positives are found less often for women, and women are rarely selected otherwise.
tpr = np.where(sex == "M", 0.9, 0.6)
fpr = np.where(sex == "M", 0.15, 0.05)
pred = np.where(label == 1, rng.random(n) < tpr, rng.random(n) < fpr).astype(int)
score = np.clip(np.where(pred == 1, 0.7, 0.25) + rng.normal(0, 0.12, n), 0, 1).round(4)

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "predictions.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "sex", "age_band", "label", "prediction", "score"])
    for i in range(n):
        w.writerow([i + 1, sex[i], age[i], label[i], pred[i], score[i]])

acc = lambda m: round(float((label[m] == pred[m]).mean()), 4)
metrics = {
    "overall": {"accuracy": 0.87, "f1": 0.81, "loss": 0.34},
    "slices": {f"sex={s}": {"accuracy": acc(sex == s)} for s in ["F", "M"]},
}
with open(os.path.join(OUT, "metrics.json"), "w") as f:
    json.dump(metrics, f, indent=2)
    f.write("\n")
print(json.dumps(metrics))
