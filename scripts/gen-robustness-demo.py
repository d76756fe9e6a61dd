"""Writes examples/demo-project/eval/holdout.csv: 80 labelled loan applications for the robustness gate's demo.

Labels follow the demo server's own rule (model/serve.py) with 5 % of them flipped, so clean accuracy is about
95 %; many applicants sit near the decision boundary, so small changes of income or debt flip the answer.
Deterministic (seeded). Run: python3 scripts/gen-robustness-demo.py
"""
import csv
import math
import os
import random

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "demo-project")
rng = random.Random(16)
rows = []
for _ in range(80):
    income = rng.randrange(20000, 120000, 500)
    # Debt near what the income can carry: the boundary is where most applications are decided.
    debt = max(0, min(60000, int(20000 + (income - 60000) * 1.2 * 20000 / 60000 / 1.0 + rng.gauss(0, 6000)) // 100 * 100))
    years = rng.randint(0, 30)
    z = 3.0 * (income - 60000) / 60000 - 2.5 * (debt - 20000) / 20000 + 0.8 * (years - 5) / 10
    label = "approve" if 1 / (1 + math.exp(-z)) >= 0.5 else "decline"
    if rng.random() < 0.05:
        label = "decline" if label == "approve" else "approve"
    rows.append([income, debt, rng.randint(21, 70), years, rng.choice(["north", "south", "east", "west"]), label])
with open(os.path.join(root, "eval", "holdout.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["income", "debt", "age", "years_employed", "region", "label"])
    w.writerows(rows)
