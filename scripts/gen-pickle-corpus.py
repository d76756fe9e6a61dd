#!/usr/bin/env python3
"""Writes a pickle corpus for the pickle VM's tests and allowlist, from a seed.

    python3 scripts/gen-pickle-corpus.py OUT_DIR [--seed N] [--families real,chains,bombs,text] [--count K]

Families (each file is listed in OUT_DIR/MANIFEST.json with what the scanner must say about it):
  real    files saved the way people save them with the libraries this Python has (numpy, pandas,
          scikit-learn, joblib with each compression, torch when installed, the standard library):
          expect "pass". torch zips are also written as their data.pkl alone.
  chains  dotted names that walk attribute chains from allowed modules and classes (protocol 4
          STACK_GLOBAL, and GLOBAL after PROTO 4) to eval, exec, types.FunctionType, os.system...:
          expect "block" (a dangerous global).
  bombs   DUP, MARK, nesting and memo bombs: expect "error" (a limit), never a crash.
  text    Python source, YAML, Markdown, CSV, JSON and random bytes: expect "not-pickle".

The seed is printed on stderr and stored in the manifest; the same seed and library versions give
the same files. Nothing here is ever unpickled: the malicious files only exist to be scanned.
Run it with Debian's /usr/bin/python3 (torch 1.13, numpy, pandas, scikit-learn, joblib) or any
venv with current releases (torch optional).
"""
import argparse
import collections
import datetime
import decimal
import fractions
import io
import json
import os
import pickle
import random
import struct
import sys
import zipfile

MANIFEST = {}
OUT = "."
SKIP_COMPRESS = set()


def put(name, data, expect, why):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    MANIFEST[name] = {"expect": expect, "why": why}


def via_file(fn):
    p = os.path.join(OUT, "tmp.bin")
    fn(p)
    with open(p, "rb") as f:
        data = f.read()
    os.remove(p)
    return data


# ---------------------------------------------------------------- real files


def real_objects(rng):
    """(name, object) pairs built with the installed libraries: what people pickle."""
    import numpy as np

    nr = np.random.RandomState(rng.randrange(1 << 30))
    n = rng.randrange(5, 60)
    out = []
    # numpy: every dtype family, scalars, masked, structured, records, random states
    arrays = {
        "f8": nr.randn(n), "f4": nr.randn(n).astype("f4"), "f2": nr.randn(n).astype("f2"),
        "i8": nr.randint(0, 9, n), "u1": nr.randint(0, 9, n).astype("u1"), "b": nr.rand(n) > 0.5,
        "c16": nr.randn(n) + 1j, "U": np.array(["a%d" % i for i in range(n)]), "S": np.array([b"x"] * n),
        "O": np.array([{"k": i} for i in range(3)] + ["s", None], dtype=object),
        "M8": np.arange("2024-01-01", "2024-01-%02d" % (2 + n % 20), dtype="datetime64[D]"),
        "m8": np.array([1, 2], dtype="timedelta64[s]"),
        "struct": np.zeros(3, dtype=[("a", "<i4"), ("s", "S3"), ("f", "<f8", (2,))]),
        "2d": nr.randn(n % 7 + 1, 3), "fortran": np.asfortranarray(nr.randn(3, 4)),
    }
    out.append(("numpy-arrays", arrays))
    out.append(("numpy-scalars", [np.float64(1.5), np.int32(3), np.bool_(True), np.str_("x"), np.datetime64("2024-01-01"), np.complex64(1j), np.float16(2)]))
    out.append(("numpy-masked", np.ma.masked_array(nr.randn(n), mask=nr.rand(n) > 0.5)))
    out.append(("numpy-matrix", np.matrix([[1, 2], [3, 4]])))
    out.append(("numpy-recarray", np.rec.fromrecords([(1, "a"), (2, "b")], names="x,y")))
    out.append(("numpy-dtypes", [np.dtype("f8"), np.dtype([("a", "i4")]), np.dtype("M8[ns]")]))
    out.append(("numpy-random", [np.random.RandomState(1), np.random.default_rng(2)] + [np.random.Generator(c(3)) for c in (np.random.PCG64, np.random.MT19937, np.random.Philox, np.random.SFC64)]))
    if hasattr(np.random, "PCG64DXSM"):
        out.append(("numpy-pcg64dxsm", np.random.Generator(np.random.PCG64DXSM(4))))
    out.append(("numpy-seedseq", np.random.SeedSequence(5)))
    # pandas: numeric, categorical, datetime (naive, tz), timedelta, period, interval, strings, nullable, sparse, indexes
    try:
        import pandas as pd
    except ImportError:
        pd = None
    if pd is not None:
        idx = pd.date_range("2024-01-01", periods=n, freq=rng.choice(["H", "D", "T", "S", "W", "M", "B", "Q", "A", "15min"]) if pd.__version__ < "2.2" else rng.choice(["h", "D", "min", "s", "W", "ME", "B", "QE", "YE", "15min"]))
        df = pd.DataFrame({
            "x": nr.randn(n), "i": nr.randint(0, 5, n), "cat": pd.Categorical(nr.choice(["a", "b", "c"], n)),
            "when": idx, "tz": idx.tz_localize("UTC").tz_convert("Europe/Paris"), "td": pd.to_timedelta(nr.randint(0, 100, n), unit="s"),
            "s": ["t%d" % i for i in range(n)], "obj": [None] * n, "b": nr.rand(n) > 0.5,
            "I64": pd.array(list(range(n - 1)) + [None], dtype="Int64"), "bool": pd.array([True, None] + [False] * (n - 2), dtype="boolean"),
            "F64": pd.array([0.5] * (n - 1) + [None], dtype="Float64"), "str": pd.array(["u"] * (n - 1) + [None], dtype="string"),
            "per": pd.period_range("2024-01", periods=n, freq="M"), "iv": pd.IntervalIndex.from_breaks(range(n + 1)),
            "sparse": pd.arrays.SparseArray([0.0] * (n - 1) + [1.0]),
        })
        out.append(("pandas-frame", df))
        out.append(("pandas-series-dtindex", pd.Series(nr.randn(n), index=idx)))
        out.append(("pandas-multiindex", df.set_index(["i", "s"])[["x"]]))
        out.append(("pandas-indexes", [pd.RangeIndex(n), pd.CategoricalIndex(["a", "b"]), pd.Index([1.5, 2.5]), pd.Index(["a"], dtype=object), idx, pd.TimedeltaIndex(["1s"]), pd.PeriodIndex(["2024-01"], freq="M")]))
        out.append(("pandas-scalars", [pd.Timestamp("2024-01-01 10:00", tz="UTC"), pd.Timedelta("1h"), pd.Period("2024-01", "M"), pd.Interval(0, 1), pd.NaT, pd.NA, pd.offsets.Hour(2), pd.offsets.MonthEnd(), pd.offsets.BDay(), pd.offsets.Week(weekday=1), pd.offsets.DateOffset(days=2), pd.offsets.QuarterEnd(startingMonth=3)]))
        out.append(("pandas-dtypes", [pd.CategoricalDtype(["a"]), pd.DatetimeTZDtype(tz="UTC"), pd.Int64Dtype(), pd.StringDtype(), pd.PeriodDtype("D"), pd.IntervalDtype("int64"), pd.SparseDtype("float64", 0.0), pd.BooleanDtype(), pd.Float32Dtype()]))
    # scikit-learn: estimators people ship, fitted
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sklearn = None
    if sklearn is not None:
        out.extend(sklearn_objects(rng, nr, n))
    # the standard library
    out.append(("stdlib", {
        "od": collections.OrderedDict(a=1), "dd": collections.defaultdict(list, {"k": [1]}), "ddi": collections.defaultdict(int),
        "counter": collections.Counter("abca"), "deque": collections.deque([1, 2], maxlen=5), "date": datetime.date(2024, 1, 2),
        "dt": datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc), "delta": datetime.timedelta(days=1), "time": datetime.time(1, 2),
        "dec": decimal.Decimal("1.25"), "frac": fractions.Fraction(1, 3), "set": {1, 2}, "fs": frozenset([3]), "ba": bytearray(b"z"),
        "complex": 1 + 2j, "range": range(3), "slice": slice(1, 5, 2), "big": 2 ** 100, "ell": Ellipsis, "tz": datetime.timezone(datetime.timedelta(hours=2)),
    }))
    return out


def sklearn_objects(rng, nr, n):
    import numpy as np
    from sklearn import (calibration, cluster, compose, decomposition, discriminant_analysis, dummy, ensemble, feature_extraction,
                         feature_selection, gaussian_process, impute, isotonic, kernel_ridge, linear_model, manifold, mixture,
                         model_selection, multiclass, multioutput, naive_bayes, neighbors, neural_network, pipeline, preprocessing, svm, tree)
    from sklearn.feature_extraction.text import CountVectorizer, HashingVectorizer, TfidfTransformer, TfidfVectorizer

    m = max(n, 30)
    X = nr.randn(m, 4)
    y = (X[:, 0] > 0).astype(int)
    yr = X[:, 1] * 2.0
    docs = [" ".join(rng.choice(["cat", "dog", "fish", "bird", "tree", "red", "blue"]) for _ in range(6)) for _ in range(m)]
    est = [
        linear_model.LogisticRegression(max_iter=200).fit(X, y), linear_model.LinearRegression().fit(X, yr), linear_model.Ridge().fit(X, yr),
        linear_model.Lasso().fit(X, yr), linear_model.ElasticNet().fit(X, yr), linear_model.SGDClassifier(max_iter=20, tol=None).fit(X, y),
        linear_model.SGDRegressor(max_iter=20, tol=None).fit(X, yr), linear_model.Perceptron().fit(X, y), linear_model.BayesianRidge().fit(X, yr),
        linear_model.HuberRegressor().fit(X, yr), linear_model.LogisticRegressionCV(cv=3, max_iter=200).fit(X, y), linear_model.RidgeClassifier().fit(X, y),
        svm.SVC(probability=True).fit(X, y), svm.SVR().fit(X, yr), svm.LinearSVC().fit(X, y), svm.OneClassSVM().fit(X),
        neighbors.KNeighborsClassifier(algorithm=rng.choice(["ball_tree", "kd_tree", "brute"])).fit(X, y), neighbors.KNeighborsRegressor().fit(X, yr),
        neighbors.NearestNeighbors().fit(X), neighbors.LocalOutlierFactor(novelty=True).fit(X), neighbors.KernelDensity().fit(X),
        tree.DecisionTreeClassifier(max_depth=4).fit(X, y), tree.DecisionTreeRegressor(max_depth=4).fit(X, yr), tree.ExtraTreeClassifier().fit(X, y),
        ensemble.RandomForestClassifier(n_estimators=3).fit(X, y), ensemble.RandomForestRegressor(n_estimators=3).fit(X, yr),
        ensemble.ExtraTreesClassifier(n_estimators=3).fit(X, y), ensemble.GradientBoostingClassifier(n_estimators=3).fit(X, y),
        ensemble.GradientBoostingRegressor(n_estimators=3).fit(X, yr), ensemble.HistGradientBoostingClassifier(max_iter=3).fit(X, y),
        ensemble.HistGradientBoostingRegressor(max_iter=3).fit(X, yr), ensemble.AdaBoostClassifier(n_estimators=3).fit(X, y),
        ensemble.BaggingClassifier(n_estimators=2).fit(X, y), ensemble.IsolationForest(n_estimators=3).fit(X),
        ensemble.VotingClassifier([("a", linear_model.LogisticRegression()), ("b", naive_bayes.GaussianNB())]).fit(X, y),
        ensemble.StackingClassifier([("a", linear_model.LogisticRegression())], cv=3).fit(X, y),
        naive_bayes.GaussianNB().fit(X, y), naive_bayes.MultinomialNB().fit(np.abs(X), y), naive_bayes.BernoulliNB().fit(X, y),
        cluster.KMeans(n_clusters=2, n_init=2).fit(X), cluster.MiniBatchKMeans(n_clusters=2, n_init=2).fit(X), cluster.DBSCAN().fit(X),
        cluster.AgglomerativeClustering().fit(X), cluster.Birch().fit(X),
        decomposition.PCA(2).fit(X), decomposition.TruncatedSVD(2).fit(X), decomposition.NMF(2, max_iter=20).fit(np.abs(X)),
        decomposition.FastICA(2, max_iter=20).fit(X), decomposition.LatentDirichletAllocation(2, max_iter=2).fit(np.abs(X)),
        preprocessing.StandardScaler().fit(X), preprocessing.MinMaxScaler().fit(X), preprocessing.RobustScaler().fit(X), preprocessing.MaxAbsScaler().fit(X),
        preprocessing.Normalizer().fit(X), preprocessing.OneHotEncoder(handle_unknown="ignore").fit([["a"], ["b"]]), preprocessing.OrdinalEncoder().fit([["a"], ["b"]]),
        preprocessing.LabelEncoder().fit(["a", "b"]), preprocessing.LabelBinarizer().fit([0, 1, 2]), preprocessing.MultiLabelBinarizer().fit([["a"], ["b", "c"]]),
        preprocessing.PolynomialFeatures(2).fit(X), preprocessing.KBinsDiscretizer(3, encode="ordinal").fit(X), preprocessing.QuantileTransformer(n_quantiles=10).fit(X),
        preprocessing.PowerTransformer().fit(X), preprocessing.FunctionTransformer(np.log1p), preprocessing.SplineTransformer().fit(X),
        impute.SimpleImputer().fit(X), impute.KNNImputer().fit(X), feature_selection.SelectKBest(k=2).fit(X, y),
        feature_selection.SelectKBest(feature_selection.mutual_info_classif, k=2).fit(X, y), feature_selection.VarianceThreshold().fit(X),
        feature_selection.RFE(linear_model.LogisticRegression(), n_features_to_select=2).fit(X, y), feature_selection.SelectFromModel(linear_model.Lasso()).fit(X, yr),
        feature_extraction.DictVectorizer().fit([{"w%d" % i: 1} for i in range(rng.randrange(10, 400))]),
        CountVectorizer().fit(docs), TfidfVectorizer(ngram_range=(1, 2)).fit(docs), HashingVectorizer(n_features=64), TfidfTransformer().fit(CountVectorizer().fit_transform(docs)),
        pipeline.make_pipeline(preprocessing.StandardScaler(), linear_model.LogisticRegression()).fit(X, y),
        pipeline.Pipeline([("v", TfidfVectorizer()), ("c", naive_bayes.MultinomialNB())]).fit(docs, y),
        pipeline.FeatureUnion([("p", decomposition.PCA(1)), ("s", preprocessing.StandardScaler())]).fit(X),
        compose.ColumnTransformer([("n", preprocessing.StandardScaler(), [0, 1]), ("o", "passthrough", [2])], remainder="drop").fit(X),
        compose.TransformedTargetRegressor(regressor=linear_model.LinearRegression(), func=np.log1p, inverse_func=np.expm1).fit(X, np.abs(yr)),
        model_selection.GridSearchCV(linear_model.LogisticRegression(), {"C": [0.1, 1]}, cv=3).fit(X, y),
        model_selection.RandomizedSearchCV(tree.DecisionTreeClassifier(), {"max_depth": [2, 3]}, n_iter=2, cv=3).fit(X, y),
        neural_network.MLPClassifier(hidden_layer_sizes=(4,), max_iter=20).fit(X, y), neural_network.MLPRegressor(hidden_layer_sizes=(4,), max_iter=20).fit(X, yr),
        discriminant_analysis.LinearDiscriminantAnalysis().fit(X, y), discriminant_analysis.QuadraticDiscriminantAnalysis().fit(X, y),
        gaussian_process.GaussianProcessRegressor().fit(X[:10], yr[:10]), gaussian_process.GaussianProcessClassifier().fit(X[:20], y[:20]),
        calibration.CalibratedClassifierCV(cv=3).fit(X, y), multiclass.OneVsRestClassifier(linear_model.LogisticRegression()).fit(X, y),
        multioutput.MultiOutputRegressor(linear_model.Ridge()).fit(X, np.c_[yr, yr]), mixture.GaussianMixture(2).fit(X),
        kernel_ridge.KernelRidge().fit(X, yr), isotonic.IsotonicRegression().fit(X[:, 0], yr), dummy.DummyClassifier().fit(X, y),
        manifold.Isomap(n_components=2).fit(X), model_selection.KFold(3), model_selection.StratifiedKFold(3),
    ]
    return [("sklearn-" + type(e).__name__, e) for e in est]


def torch_files(rng, put_real):
    try:
        import torch
    except ImportError:
        return
    torch.manual_seed(rng.randrange(1 << 30))
    h = rng.randrange(2, 16)
    net = torch.nn.Sequential(torch.nn.Linear(4, h), torch.nn.ReLU(), torch.nn.BatchNorm1d(h), torch.nn.Dropout(0.1), torch.nn.Linear(h, 2))
    conv = torch.nn.Sequential(torch.nn.Conv2d(3, 4, 3), torch.nn.MaxPool2d(2), torch.nn.Flatten(), torch.nn.LayerNorm(4), torch.nn.GELU())
    lstm = torch.nn.LSTM(4, h, batch_first=True)
    emb = torch.nn.Embedding(10, 4)
    enc = torch.nn.TransformerEncoderLayer(8, 2, 16)
    opt = rng.choice([torch.optim.Adam, torch.optim.SGD, torch.optim.AdamW, torch.optim.RMSprop])(net.parameters(), lr=0.01)
    net(torch.randn(5, 4)).sum().backward()
    opt.step()
    sched = rng.choice([lambda o: torch.optim.lr_scheduler.StepLR(o, 3), lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, 10), lambda o: torch.optim.lr_scheduler.ExponentialLR(o, 0.9), lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(o)])(opt)
    objs = {
        "state_dict": net.state_dict(), "conv": conv.state_dict(), "lstm": lstm.state_dict(), "emb": emb.state_dict(), "enc": enc.state_dict(),
        "checkpoint": {"model": net.state_dict(), "optimizer": opt.state_dict(), "scheduler": sched.state_dict(), "epoch": rng.randrange(100), "loss": 0.5, "rng": torch.get_rng_state()},
        "tensors": {"f16": torch.randn(3).half(), "bf16": torch.randn(3).bfloat16(), "i64": torch.arange(4), "bool": torch.ones(2, dtype=torch.bool), "view": torch.randn(4, 4)[1:, :2], "size": torch.Size([2, 3]), "dtype": torch.float32, "device": torch.device("cpu")},
        "sparse": {"coo": torch.randn(3, 3).to_sparse()},
        "quantized": {"q": torch.quantize_per_tensor(torch.randn(4), 0.1, 0, torch.quint8)},
        "full_module": net, "full_conv": conv, "full_lstm": lstm, "full_optimizer": opt,
        "blob": {"blob": bytes(rng.randrange(256) for _ in range(64)), "int_list": list(range(rng.randrange(300)))},
    }
    for name, obj in objs.items():
        legacy = rng.random() < 0.25
        pt = via_file(lambda p: torch.save(obj, p, _use_new_zipfile_serialization=not legacy))
        put_real("torch-%s%s.pt" % (name, "-legacy" if legacy else ""), pt, "torch.save(%s)%s, torch %s" % (name, " legacy format" if legacy else "", torch.__version__))
        if not legacy:
            with zipfile.ZipFile(io.BytesIO(pt)) as z:
                pkl = [i for i in z.namelist() if i.endswith("/data.pkl")][0]
                put_real("torch-%s.data.pkl" % name, z.read(pkl), "data.pkl of torch.save(%s)" % name)


def gen_real(rng, count):
    import joblib

    def put_real(name, data, why):
        put("real-" + name, data, "pass", why)

    objs = real_objects(rng)
    rng.shuffle(objs)
    from joblib.compressor import _COMPRESSORS

    comps = [None] + [c for c in ("zlib", "gzip", "bz2", "xz", "lzma", "lz4", "zstd") if c in _COMPRESSORS and c not in SKIP_COMPRESS]
    if "lz4" in comps:
        try:
            import lz4  # noqa: F401
        except ImportError:
            comps.remove("lz4")
    for i, (name, obj) in enumerate(objs[: count or None]):
        proto = rng.choice([2, 3, 4, 5, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL])
        put_real("%s-p%d.pkl" % (name, proto), pickle.dumps(obj, protocol=proto), "pickle.dumps(%s, protocol=%d)" % (name, proto))
        comp = comps[i % len(comps)]
        data = via_file(lambda p: joblib.dump(obj, p, compress=(comp, 3) if comp else 0))
        put_real("%s-%s.joblib" % (name, comp or "raw"), data, "joblib.dump(%s, compress=%s)" % (name, comp))
    for name, obj in objs[:6]:
        proto = rng.choice([0, 1])
        try:
            data = pickle.dumps(obj, protocol=proto)
        except Exception:  # some pandas objects cannot be written below protocol 2
            continue
        put_real("%s-p%d.pkl" % (name, proto), data, "pickle.dumps(%s, protocol=%d)" % (name, proto))
    torch_files(rng, put_real)


# ---------------------------------------------------------------- attribute chains


def sbu(s):
    b = s.encode()
    return (b"\x8c" + bytes([len(b)]) + b) if len(b) < 256 else (b"X" + struct.pack("<I", len(b)) + b)


def stack_global(module, name, rng):
    """STACK_GLOBAL, GLOBAL after PROTO 4, or STACK_GLOBAL through the memo."""
    how = rng.choice(["sg", "global", "memo"])
    if how == "global":
        return b"c" + module.encode() + b"\n" + name.encode() + b"\n"
    if how == "memo":
        return sbu(module) + b"\x94" + sbu(name) + b"\x94" + b"00" + b"h\x00h\x01\x93"
    return sbu(module) + sbu(name) + b"\x93"


def call(callable_ops, *args):
    """callable(*args) with REDUCE; args are opcode snippets."""
    return callable_ops + b"(" + b"".join(args) + b"tR"


# (module, dotted name, what it reaches): every base module or class here is on the allowlist
CHAINS = [
    ("torch.optim.lr_scheduler", "wraps.__globals__", "functools globals (eval through __builtins__)"),
    ("torch.optim.lr_scheduler", "wraps.__builtins__.get", "dict.get on builtins: eval"),
    ("torch.optim.lr_scheduler", "types.FunctionType", "types.FunctionType(code, globals)()"),
    ("torch.optim.lr_scheduler", "types.CodeType", "literal bytecode"),
    ("torch.optim.lr_scheduler", "math.__loader__.load_module", "a module loader"),
    ("torch.optim.lr_scheduler", "warnings.sys.modules.get", "sys.modules"),
    ("torch._utils", "_rebuild_tensor.__globals__", "torch._utils globals"),
    ("torch._utils", "_rebuild_tensor_v2.__code__.replace", "code object"),
    ("torch", "Tensor.__reduce_ex__.__self__", "a method's owner"),
    ("torch", "serialization.pickle.loads", "pickle.loads through a module"),
    ("torch", "_utils.sys.modules.get", "sys.modules"),
    ("numpy", "os.system", "numpy re-exports os"),
    ("numpy", "core.multiarray._reconstruct.__globals__", "numpy globals"),
    ("numpy", "lib.npyio.pickle.loads", "pickle.loads through numpy.lib.npyio"),
    ("numpy.core.multiarray", "_reconstruct.__class__.__subclasses__", "subclass walk"),
    ("numpy.core.multiarray", "scalar.__self__.__dict__", "a module dict"),
    ("numpy.random._pickle", "__randomstate_ctor.__globals__", "numpy.random globals"),
    ("numpy", "ctypeslib.ctypes.CDLL", "ctypes through numpy"),
    ("numpy", "testing.os.system", "os through numpy.testing"),
    ("collections", "OrderedDict.__init__.__globals__", "collections globals"),
    ("collections", "_sys.modules.get", "sys through collections"),
    ("builtins", "set.__subclasses__", "subclass walk"),
    ("builtins", "object.__subclasses__", "every class"),
    ("builtins", "str.__dict__.get", "a type dict"),
    ("copyreg", "_reconstructor.__globals__", "copyreg globals"),
    ("datetime", "datetime.__init_subclass__.__self__", "a class method"),
    ("_codecs", "encode.__self__.lookup", "codec registry"),
    ("pandas.core.frame", "DataFrame.eval", "DataFrame.eval runs expressions"),
    ("pandas.core.frame", "DataFrame.query", "DataFrame.query runs expressions"),
    ("pandas.core.indexes.base", "_new_Index.__globals__", "pandas globals"),
    ("sklearn.pipeline", "Pipeline.__init__.__globals__", "sklearn globals"),
    ("sklearn.utils", "_joblib.joblib.load", "joblib.load through sklearn"),
    ("torch.nn.modules.linear", "Linear.__init__.__globals__", "torch.nn globals"),
    ("torch.nn.modules.linear", "F.torch.load", "torch.load through a module alias"),
    ("scipy.sparse._csr", "csr_matrix.__init__.__globals__", "scipy globals"),
    ("joblib.numpy_pickle", "NumpyArrayWrapper.__init__.__globals__", "joblib globals"),
    ("joblib.numpy_pickle", "pickle.loads", "pickle.loads through joblib"),
    ("numpy", "dtype.__class__.__subclasses__", "subclass walk"),
    ("torch", "Size.__class__.__base__", "class walk"),
    ("builtins", "getattr", "getattr"),
    ("operator", "attrgetter", "attrgetter"),
    ("functools", "partial", "partial"),
    ("importlib", "import_module", "import_module"),
    ("types", "FunctionType", "FunctionType"),
    ("sys", "modules", "sys.modules"),
]


def gen_chains(rng, count):
    picks = CHAINS if count == 0 else rng.sample(CHAINS, min(count, len(CHAINS)))
    for i, (module, name, why) in enumerate(picks):
        proto = rng.choice([4, 5])
        g = stack_global(module, name, rng)
        body = call(g, sbu(rng.choice(["eval", "__import__('os').system('echo pwned')", "os"])))
        if rng.random() < 0.5:
            body = call(body, sbu("__import__('os').system('echo pwned')"))
        data = bytes([0x80, proto]) + body + b"."
        put("chain-%02d-%s.pkl" % (i, (module + "." + name).replace("/", "_")[:60]), data, "block", "%s.%s reaches %s" % (module, name, why))
    # the full types.FunctionType(types.CodeType(...), {})() gadget through an allowed module
    code = call(stack_global("torch.optim.lr_scheduler", "types.CodeType", rng), b"K\x00" * 5 + sbu("t\x00d\x01\x83\x01S\x00"))
    fn = call(stack_global("torch.optim.lr_scheduler", "types.FunctionType", rng), code, b"}")
    put("chain-functiontype-gadget.pkl", b"\x80\x04" + fn + b")R.", "block", "types.FunctionType(types.CodeType(...), {})() through torch.optim.lr_scheduler")


# ---------------------------------------------------------------- bombs


def gen_bombs(rng, big):
    """Each stops at a bound of the VM (expect "error"), or, for long operands, is read in bounded time ("bounded")."""
    mib = 1 << 20
    n = (rng.randrange(60, 110) if big else rng.randrange(9, 12)) * mib
    put("bomb-dup.pkl", b"\x80\x02N" + b"2" * n + b".", "error", "None then %d DUP (more than the stack bound)" % n)
    put("bomb-binget.pkl", b"\x80\x02Nq\x00" + b"h\x00" * n + b".", "error", "%d BINGET (more than the stack bound)" % n)
    zb = io.BytesIO()
    with zipfile.ZipFile(zb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("archive/data.pkl", b"\x80\x02N" + b"2" * n + b".")
        z.writestr("archive/version", b"3\n")
    put("bomb-dup.pt", zb.getvalue(), "error", "a torch zip whose data.pkl is None then %d DUP" % n)
    put("bomb-mark.pkl", b"\x80\x02" + b"(" * n + b"N.", "error", "%d MARK (more than the MARK bound)" % n)
    k = (rng.randrange(15, 25) if big else rng.randrange(3, 5)) * 1000 * 1000
    put("bomb-nested-lists.pkl", b"\x80\x02" + b"]" * k + b"a" * (k - 1) + b".", "error", "%d nested lists (more than the object bound)" % k)
    import zlib
    put("bomb-nested-lists.joblib", zlib.compress(b"\x80\x02" + b"]" * k + b"a" * (k - 1) + b".", 9), "error", "%d nested lists, zlib-compressed as joblib writes" % k)
    put("bomb-dicts.pkl", b"\x80\x02" + b"}" * k + b".", "error", "%d dicts (more than the object bound)" % k)
    t = (rng.randrange(9, 12)) * 1000 * 1000
    put("bomb-empty-tuples.pkl", b"\x80\x02" + b")" * t + b".", "error", "%d empty tuples on the stack (more than the stack bound)" % t)
    put("bomb-memo.pkl", b"\x80\x04N" + b"\x94" * n + b".", "error", "%d MEMOIZE (more than the memo bound)" % n)
    put("bomb-sparse-memo.pkl", b"\x80\x02N" + b"".join(b"r" + struct.pack("<I", rng.randrange(1 << 32)) for _ in range(1200000)) + b".", "error", "LONG_BINPUT at 1.2M scattered indices")
    put("bomb-long-int.pkl", b"I" + b"1" * n + b"\n.", "bounded", "INT with %d digits" % n)
    put("bomb-long-hex.pkl", b"L0x" + b"f" * n + b"L\n.", "bounded", "LONG of %d hex digits" % n)
    put("bomb-long-string.pkl", b"S'" + b"a" * n + b"'\n.", "bounded", "a STRING line of %d bytes" % n)
    put("bomb-long-global.pkl", b"c" + b"a" * n + b"\nb\n.", "bounded", "a GLOBAL line of %d bytes" % n)
    put("bomb-padded-payload.pkl", b"I" + b"1" * (200 * 1024) + b"\n0cos\nsystem\n(S'echo pwned'\ntR.", "block", "a 200 KiB INT operand first, then os.system")


# ---------------------------------------------------------------- text files


TEXTS = {
    "py": "import os\nimport sys\n\nclass Model:\n    def forward(self, x):\n        return x\n\nif __name__ == '__main__':\n    print(Model())\n",
    "py2": "class Foo(Base):\n    pass\n",
    "py3": "cimport numpy as np\n",
    "yml": "config:\n  lr: 0.01\n  epochs: 10\n",
    "yml2": "category\nfood\nfood\n",
    "md": "# Model card\n\nThis model was trained on ...\n",
    "md2": "changelog\nversion\n1.0\n",
    "csv": "id,value\n1,2\n3,4\n",
    "csv2": "col1\nabc\ndef\n",
    "json": '{"a": [1, 2, 3]}\n',
    "ini": "[section]\nkey = value\n",
    "txt": "Introduction\nThis file documents the model.\n",
    "sh": "cd /tmp\nls\n",
    "dockerfile": "FROM python:3.11\nRUN pip install torch\n",
    "persid": "Project notes\n)R\n",
}


def gen_text(rng, count):
    for k, v in TEXTS.items():
        put("text-%s.txt" % k, v.encode(), "not-pickle", "a %s text file" % k)
    for i in range(count or 8):
        n = rng.randrange(1, 200000)
        put("random-%02d.bin" % i, bytes(rng.getrandbits(8) for _ in range(n)), "not-pickle", "%d random bytes" % n)
    alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFG_0123456789()[]{}.,:;'\"\n\t=-+#"
    for i in range(count or 8):
        put("random-text-%02d.txt" % i, "".join(rng.choice(alphabet) for _ in range(rng.randrange(10, 5000))).encode(), "not-pickle", "random text")


def main():
    global OUT
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--families", default="real,chains,bombs,text")
    ap.add_argument("--count", type=int, default=0, help="files per family (0: all the family has)")
    ap.add_argument("--big-bombs", action="store_true", help="the sizes of the issue (100 MiB DUP, 20M nested lists)")
    ap.add_argument("--skip-compress", default="", help="joblib compressions not to write (comma-separated)")
    a = ap.parse_args()
    SKIP_COMPRESS.update(x for x in a.skip_compress.split(",") if x)
    seed = a.seed if a.seed is not None else random.SystemRandom().randrange(1 << 31)
    print("gen-pickle-corpus: seed %d (python %s)" % (seed, sys.version.split()[0]), file=sys.stderr)
    OUT = a.out
    os.makedirs(OUT, exist_ok=True)
    fams = a.families.split(",")
    import warnings
    warnings.filterwarnings("ignore")
    if "real" in fams:
        gen_real(random.Random(seed), a.count)
    if "chains" in fams:
        gen_chains(random.Random(seed + 1), a.count)
    if "bombs" in fams:
        gen_bombs(random.Random(seed + 2), a.big_bombs)
    if "text" in fams:
        gen_text(random.Random(seed + 3), a.count)
    with open(os.path.join(OUT, "MANIFEST.json"), "w") as f:
        json.dump({"seed": seed, "python": sys.version.split()[0], "files": MANIFEST}, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
