#!/usr/bin/python3
"""Writes real model and data files the way people save them, for the no-false-alarm test.

usage: gen-real-models.py OUTDIR SEED [COUNT_SCALE]
Every file is written by the library itself (torch.save, joblib.dump, pandas.to_pickle, np.save,
h5py), with shapes, dtypes and values drawn from SEED, in one Python process. Prints one line per
family with the number of files written. Nothing here is ever loaded by the project.
"""
import io
import os
import pickle
import random
import sys

import h5py
import joblib
import numpy as np
import pandas as pd
import torch
import torch.nn as nn

OUT, SEED = sys.argv[1], int(sys.argv[2])
SCALE = int(sys.argv[3]) if len(sys.argv) > 3 else 1
rng = random.Random(SEED)
torch.manual_seed(SEED)
np.random.seed(SEED % 2**32)
counts = {}


def path(family, name):
    d = os.path.join(OUT, family)
    os.makedirs(d, exist_ok=True)
    counts[family] = counts.get(family, 0) + 1
    return os.path.join(d, name)


def mlp():
    dims = [rng.randint(2, 64) for _ in range(rng.randint(2, 5))]
    layers = []
    for a, b in zip(dims, dims[1:]):
        layers += [nn.Linear(a, b), rng.choice([nn.ReLU(), nn.Tanh(), nn.GELU(), nn.Dropout(0.1)])]
    if rng.random() < 0.3:
        layers.insert(0, nn.LayerNorm(dims[0]))
    return nn.Sequential(*layers), dims[0]


def rnn():
    return nn.LSTM(rng.randint(2, 16), rng.randint(2, 16), num_layers=rng.randint(1, 2), batch_first=True), None


def train_step(model, first, opt):
    if first is None:
        return
    x = torch.randn(rng.randint(1, 8), first)
    model(x).float().sum().backward()
    opt.step()


OPTS = [
    lambda p: torch.optim.SGD(p, lr=0.1, momentum=rng.choice([0.0, 0.9])),
    lambda p: torch.optim.Adam(p, lr=1e-3),
    lambda p: torch.optim.AdamW(p, lr=1e-3, weight_decay=0.01),
    lambda p: torch.optim.RMSprop(p, lr=1e-3),
    lambda p: torch.optim.Adagrad(p),
]
SCHEDS = [
    lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=rng.randint(1, 5)),
    lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=10),
    lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.9),
    lambda o: torch.optim.lr_scheduler.MultiStepLR(o, milestones=[2, 4]),
    lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(o),
]

# ---- torch: state dicts, optimizers, schedulers, full checkpoints, dtypes, legacy format ----
for i in range(60 * SCALE):
    model, first = mlp()
    dtype = rng.choice([torch.float32, torch.float32, torch.float16, torch.bfloat16, torch.float64])
    sd = {k: v.to(dtype) for k, v in model.state_dict().items()}
    legacy = rng.random() < 0.15
    torch.save(sd, path("torch_state_dict", f"sd{i}.pt"), _use_new_zipfile_serialization=not legacy)
for i in range(40 * SCALE):
    model, first = mlp()
    opt = rng.choice(OPTS)(model.parameters())
    sched = rng.choice(SCHEDS)(opt)
    train_step(model, first, opt)
    if isinstance(sched, torch.optim.lr_scheduler.ReduceLROnPlateau):
        sched.step(0.5)
    else:
        sched.step()
    kind = rng.choice(["ckpt", "opt", "sched"])
    obj = {"ckpt": {"epoch": rng.randint(0, 100), "model_state_dict": model.state_dict(), "optimizer_state_dict": opt.state_dict(),
                    "scheduler_state_dict": sched.state_dict(), "loss": rng.random(), "best_acc": torch.tensor(rng.random())},
           "opt": opt.state_dict(), "sched": sched.state_dict()}[kind]
    torch.save(obj, path(f"torch_{kind}", f"{kind}{i}.pth"))
for i in range(15 * SCALE):
    t = rng.choice([torch.randint(0, 255, (rng.randint(1, 300),), dtype=torch.uint8), torch.randint(-9, 9, (rng.randint(1, 50),)),
                    torch.rand(rng.randint(1, 40)) > 0.5, torch.randn(rng.randint(1, 20), dtype=torch.complex64), torch.randn(3, 4).t()])
    torch.save({"t": t, "view": t[: max(1, t.shape[0] // 2)], "meta": {"seed": SEED, "i": i}}, path("torch_tensors", f"t{i}.pt"))
for i in range(10 * SCALE):
    m, _ = rnn()
    torch.save(m.state_dict(), path("torch_rnn", f"lstm{i}.bin"))

# ---- TorchScript (torch.jit.save): pickles read by the TorchScript unpickler, code/ compiled ----
class Scaled(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.lin = nn.Linear(n, 2)
        self.register_buffer("scale", torch.rand(2))

    def forward(self, x):
        return self.lin(x) * self.scale


for i in range(6 * SCALE):
    n = rng.randint(2, 16)
    if i % 2:
        m = torch.jit.script(Scaled(n))
    else:
        m = torch.jit.trace(nn.Sequential(nn.Linear(n, 3), nn.ReLU()), torch.randn(1, n))
    m.save(path("torchscript", f"ts{i}.pt"))

# ---- joblib: every compression, sklearn models and arrays ----
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.tree import DecisionTreeRegressor

X = np.random.randn(80, 4)
y = (X[:, 0] > 0).astype(int)
for i in range(6 * SCALE):
    for comp in ["zlib", "gzip", "bz2", "lzma", "xz", "lz4", None]:
        est = rng.choice([
            lambda: LogisticRegression().fit(X, y),
            lambda: RandomForestClassifier(n_estimators=rng.randint(1, 4), max_depth=3, random_state=i).fit(X, y),
            lambda: make_pipeline(StandardScaler(), Ridge()).fit(X, y),
            lambda: DecisionTreeRegressor(max_depth=4).fit(X, X[:, 1]),
            lambda: {"w": np.random.randn(rng.randint(1, 200)), "idx": np.arange(rng.randint(1, 50))},
        ])()
        name = f"m{i}_{comp or 'none'}.joblib"
        joblib.dump(est, path("joblib", name), compress=(comp, rng.randint(1, 9)) if comp else 0)

# ---- pandas: numeric, categorical, datetime, string, nullable ----
for i in range(8 * SCALE):
    n = rng.randint(1, 60)
    df = pd.DataFrame({
        "f": np.random.randn(n),
        "i": np.arange(n),
        "cat": pd.Categorical(rng.choices(["a", "b", "c"], k=n)),
        "when": pd.date_range("2024-01-01", periods=n, freq=rng.choice(["h", "D", "min"])),
        "tz": pd.date_range("2024-01-01", periods=n, freq="D", tz="UTC"),
        "s": [f"row{j}" for j in range(n)],
        "nint": pd.array([None if j % 3 == 0 else j for j in range(n)], dtype="Int64"),
        "nbool": pd.array([None if j % 4 == 0 else bool(j % 2) for j in range(n)], dtype="boolean"),
        "nstr": pd.array([None if j % 5 == 0 else f"x{j}" for j in range(n)], dtype="string"),
    })
    cols = rng.sample(list(df.columns), rng.randint(1, len(df.columns)))
    df[cols].to_pickle(path("pandas", f"df{i}.pkl"), protocol=rng.choice([2, 4, 5]))
    s = pd.Series(np.random.randn(n), index=pd.date_range("2024-01-01", periods=n, freq="h"))
    s.to_pickle(path("pandas", f"series{i}.pkl"))

# ---- numpy ----
for i in range(10 * SCALE):
    a = rng.choice([np.random.randn(rng.randint(1, 30), rng.randint(1, 5)), np.arange(rng.randint(1, 100), dtype=np.int16),
                    np.zeros(3, dtype=[("a", "<i4"), ("b", "<f8")]), np.array([b"ab", b"cd"]), np.random.rand(4) > 0.5])
    np.save(path("numpy", f"a{i}.npy"), a)
    np.savez(path("numpy", f"z{i}.npz"), a=a, b=np.ones(rng.randint(1, 9)))
    np.savez_compressed(path("numpy", f"c{i}.npz"), a=a)
    with open(path("numpy", f"p{i}.pkl"), "wb") as f:
        pickle.dump({"a": a, "dtype": a.dtype, "scalar": a.ravel()[0]}, f, protocol=rng.choice([2, 3, 4, 5]))

# ---- HDF5 (h5py; Keras HDF5 layout: weights groups and a model_config attribute) ----
for i in range(6 * SCALE):
    with h5py.File(path("hdf5", f"w{i}.h5"), "w", libver=rng.choice(["earliest", "latest"])) as f:
        g = f.create_group("model_weights/dense")
        g.create_dataset("kernel:0", data=np.random.randn(rng.randint(1, 8), 4).astype("f4"))
        f.attrs["model_config"] = '{"class_name": "Sequential", "config": {"name": "s", "layers": [{"class_name": "Dense", "config": {"units": 4}}]}}'

for k in sorted(counts):
    print(f"{k}: {counts[k]}")
print(f"total: {sum(counts.values())}")
