#!/usr/bin/env python3
"""Real Keras and ONNX files for the model scanner's tests, written by the libraries themselves.

    ~/.cache/ai-secure-gates/keras-onnx-v1/bin/python scripts/gen-keras-onnx-models.py OUT SEED [keras|onnx|all]

Keras 3 (JAX CPU backend) saves models in both of its formats, the `.keras` zip (config.json) and the
legacy HDF5 `.h5` (a model_config attribute, and training_config once compiled): random architectures
(dense, convolutional, recurrent, attention, multi-input, nested, compiled and fitted with an optimizer)
without Lambda layers (keras_benign/) and the same with Lambda layers holding Python bytecode
(keras_lambda/). For each Lambda file the generator asks Keras's own loader what it does: safe_mode=True
(the default) must refuse it, and safe_mode=False must run the layer's code (it appends to a marker file),
which makes the file's danger a measured fact rather than an assumption. Benign files must load with
safe_mode=True. The scanner under test never loads anything.

ONNX files are built with the onnx package (onnx.helper, onnx.save_model): small graphs with
initializers, control flow subgraphs, model-local functions, ai.onnx.ml and com.microsoft ops, tensors
saved as external data next to the model (onnx_benign/); and hostile ones (onnx_hostile/): external data
locations that leave the model's folder (`..`, absolute, a symlink out), a custom-op domain, raw data
that does not match its shape, external data ranges past the end of their file, a truncated protobuf.
onnx.checker's verdict on each is recorded as well.

OUT/MANIFEST.json maps each file to what is expected of it.
"""
import json
import os
import random
import sys
import tempfile

os.environ.setdefault("KERAS_BACKEND", "jax")
os.environ.setdefault("JAX_PLATFORMS", "cpu")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import warnings  # noqa: E402

warnings.filterwarnings("ignore")

import numpy as np  # noqa: E402

OUT = sys.argv[1]
SEED = int(sys.argv[2])
WHAT = sys.argv[3] if len(sys.argv) > 3 else "all"
rng = random.Random(SEED)
np.random.seed(SEED % (2**32))
MANIFEST = {}


def put(rel, **entry):
    MANIFEST[rel] = entry


# ------------------------------------------------------------------------------------------------ Keras
def keras_files():
    import absl.logging

    absl.logging.set_verbosity(absl.logging.ERROR)
    import keras
    from keras import layers

    keras.utils.set_random_seed(SEED % (2**31))
    marker = os.path.join(tempfile.mkdtemp(prefix="keras-marker-"), "ran")

    def evil_lambda(name):
        # a real Python lambda whose bytecode appends to the marker file when the layer runs
        fn = eval(f"lambda t: (open({marker!r}, 'a').write({name!r} + '\\n'), t)[1]")  # noqa: S307 (our own literal)
        return layers.Lambda(fn, name=name, output_shape=lambda s: s)

    def scale_by_two(t):
        return t * 2.0

    def dims():
        return rng.choice([4, 6, 8, 12])

    # Each builder returns (model, input shape, names of its Lambda layers)
    def mlp(lam):
        n = dims()
        names = []
        inp = keras.Input((n,), name="features")
        x = layers.Dense(rng.choice([8, 16, 32]), activation=rng.choice(["relu", "tanh", "gelu"]), kernel_regularizer=keras.regularizers.L2(1e-4))(inp)
        x = layers.Dropout(0.1)(x)
        if lam:
            x = evil_lambda("lambda_scale")(x)
            names.append("lambda_scale")
        x = layers.BatchNormalization()(x)
        out = layers.Dense(rng.choice([1, 3]), activation="sigmoid", kernel_constraint=keras.constraints.MaxNorm(3))(x)
        return keras.Model(inp, out, name="mlp"), (n,), names

    def cnn(lam):
        names = []
        layer_list = [keras.Input((16, 16, 3)), layers.Conv2D(rng.choice([4, 8]), 3, padding="same", activation="relu"), layers.MaxPooling2D(), layers.Conv2D(8, 3, activation="relu")]
        if lam:
            layer_list.append(evil_lambda("lambda_norm"))
            names.append("lambda_norm")
        layer_list += [layers.GlobalAveragePooling2D(), layers.Dense(rng.choice([2, 5]), activation="softmax")]
        return keras.Sequential(layer_list, name="cnn"), (16, 16, 3), names

    def rnn(lam):
        names = []
        inp = keras.Input((10,), dtype="int32")
        x = layers.Embedding(50, 8)(inp)
        x = rng.choice([layers.LSTM, layers.GRU])(rng.choice([4, 8]), return_sequences=True)(x)
        if lam:
            x = layers.TimeDistributed(evil_lambda("lambda_step"))(x)
            names.append("lambda_step")
        x = layers.Conv1D(4, 3)(x)
        x = layers.GlobalMaxPooling1D()(x)
        return keras.Model(inp, layers.Dense(1)(x), name="rnn"), (10,), names

    def attention(lam):
        names = []
        inp = keras.Input((6, 8))
        att = layers.MultiHeadAttention(num_heads=2, key_dim=4)(inp, inp)
        x = layers.LayerNormalization()(layers.Add()([inp, att]))
        if lam:
            x = layers.Lambda(scale_by_two, name="lambda_named_fn", output_shape=(6, 8))(x)
            names.append("lambda_named_fn")
        x = layers.GlobalAveragePooling1D()(x)
        return keras.Model(inp, layers.Dense(2)(x), name="attention"), (6, 8), names

    def two_inputs(lam):
        names = []
        a = keras.Input((4,), name="a")
        b = keras.Input((3,), name="b")
        x = layers.Concatenate()([layers.Dense(4)(a), layers.Dense(4)(b)])
        if lam:
            x = evil_lambda("lambda_mix")(x)
            names.append("lambda_mix")
        return keras.Model([a, b], layers.Dense(1)(x), name="two_inputs"), [(4,), (3,)], names

    def nested(lam):
        names = []
        inner_layers = [keras.Input((5,)), layers.Dense(6, activation="relu")]
        if lam:
            inner_layers.append(evil_lambda("lambda_inner"))
            names.append("lambda_inner")
        inner = keras.Sequential(inner_layers, name="inner")
        inp = keras.Input((5,))
        out = layers.Dense(1)(inner(inp))
        return keras.Model(inp, out, name="outer"), (5,), names

    builders = [mlp, cnn, rnn, attention, two_inputs, nested]

    def sample(shape):
        if isinstance(shape, list):
            return [np.random.rand(2, *s).astype("float32") for s in shape]
        if shape == (10,):
            return np.random.randint(0, 50, size=(2, 10)).astype("int32")
        return np.random.rand(2, *shape).astype("float32")

    def load_check(path, shape, lam):
        """What Keras's own loader does with the file (the generator's process, never the scanner's)."""
        res = {}
        try:
            keras.models.load_model(path, safe_mode=True)
            res["safeModeRefused"] = False
        except Exception as e:  # noqa: BLE001 (recorded, the test shows it)
            res["safeModeRefused"] = f"{type(e).__name__}: {str(e)[:200]}"
        if lam:
            if os.path.exists(marker):
                os.remove(marker)
            try:
                m = keras.models.load_model(path, safe_mode=False)
                m(sample(shape))  # eager call: the Lambda's bytecode runs
            except Exception as e:  # noqa: BLE001 (recorded, the test shows it)
                res["unsafeLoadError"] = f"{type(e).__name__}: {str(e)[:200]}"
            res["ranWithSafeModeOff"] = os.path.exists(marker)
        return res

    os.makedirs(os.path.join(OUT, "keras_benign"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "keras_lambda"), exist_ok=True)
    count = 0
    for rep in range(1 if os.environ.get("KERAS_QUICK") else 2):
        for build in builders:
            for lam in (False, True):
                model, shape, names = build(lam)
                compiled = rng.random() < 0.5
                if compiled:
                    # an optimizer with its variables built (saved with the model), as after training
                    model.compile(optimizer=rng.choice(["adam", "sgd", "rmsprop"]), loss="mse", metrics=["mae"])
                    model.optimizer.build(model.trainable_variables)
                family = "keras_lambda" if lam else "keras_benign"
                for ext in ("keras", "h5"):
                    rel = f"{family}/{build.__name__}_{rep}{'_compiled' if compiled else ''}.{ext}"
                    path = os.path.join(OUT, rel)
                    model.save(path)
                    entry = {"expect": "lambda" if lam else "pass", "lambdas": names, "format": ext, "compiled": compiled}
                    # Keras's loader on every Lambda file, and on the benign ones of the first round
                    if lam or rep == 0:
                        entry.update(load_check(path, shape, lam))
                    put(rel, **entry)
                    count += 1
    # Legacy .h5 files rewritten with h5py the way an attacker would: the same model_config with its keys
    # in another order (no longer starting with {"class_name"), as a fixed-length string attribute, and a
    # training_config whose loss names os.system. Keras's loader reads each (recorded as for the others).
    import h5py

    os.makedirs(os.path.join(OUT, "keras_crafted"), exist_ok=True)
    lam_model, shape, names = mlp(True)
    plain_model, _, _ = mlp(False)
    plain_model.compile(optimizer="adam", loss="mse")
    src = os.path.join(OUT, "keras_crafted", "source.h5")
    lam_model.save(src)
    with h5py.File(src, "r") as f:
        cfg = json.loads(f.attrs["model_config"])
    plain_model.save(src)
    with h5py.File(src, "r") as f:
        training = json.loads(f.attrs["training_config"])
    os.remove(src)
    reordered = json.dumps({"config": cfg["config"], "class_name": cfg["class_name"]})

    def crafted(rel, expect, why, **attrs):
        nonlocal count
        path = os.path.join(OUT, rel)
        (lam_model if expect == "lambda" else plain_model).save(path)
        with h5py.File(path, "a") as f:
            for k, v in attrs.items():
                del f.attrs[k]
                f.attrs[k] = v
        entry = {"expect": expect, "lambdas": names if expect == "lambda" else [], "format": "h5", "why": why}
        entry.update(load_check(path, shape, expect == "lambda"))
        put(rel, **entry)
        count += 1

    crafted("keras_crafted/reordered_keys.h5", "lambda", "model_config JSON with 'config' before 'class_name'", model_config=reordered)
    crafted("keras_crafted/fixed_length.h5", "lambda", "model_config as a fixed-length string attribute", model_config=np.bytes_(reordered.encode()))
    bad_training = dict(training, loss={"module": "os", "class_name": "function", "config": "system", "registered_name": None})
    crafted("keras_crafted/training_config_os_system.h5", "foreign-module", "training_config loss naming os.system", training_config=json.dumps(bad_training))
    return count


# ------------------------------------------------------------------------------------------------ ONNX
def onnx_files():
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    def checker(model_or_path):
        try:
            onnx.checker.check_model(model_or_path)
            return "ok"
        except Exception as e:  # noqa: BLE001
            return f"{type(e).__name__}: {str(e).splitlines()[0][:160]}"

    opset = [helper.make_opsetid("", 18)]

    def mlp_graph(n_in, n_hidden, name="mlp"):
        w1 = numpy_helper.from_array(np.random.rand(n_in, n_hidden).astype("float32"), "w1")
        b1 = numpy_helper.from_array(np.random.rand(n_hidden).astype("float32"), "b1")
        w2 = numpy_helper.from_array(np.random.rand(n_hidden, 1).astype("float32"), "w2")
        nodes = [
            helper.make_node("MatMul", ["x", "w1"], ["h0"]),
            helper.make_node("Add", ["h0", "b1"], ["h1"]),
            helper.make_node(rng.choice(["Relu", "Tanh", "Sigmoid"]), ["h1"], ["h2"]),
            helper.make_node("MatMul", ["h2", "w2"], ["y"]),
        ]
        return helper.make_graph(nodes, name, [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, n_in])], [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, 1])], [w1, b1, w2])

    def model(graph, opsets=None, **kw):
        return helper.make_model(graph, opset_imports=opsets or opset, producer_name="gen-keras-onnx-models", **kw)

    for d in ("onnx_benign", "onnx_hostile"):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    count = 0

    def save(rel, m, expect, why, **kw):
        nonlocal count
        path = os.path.join(OUT, rel)
        onnx.save_model(m, path, **kw)
        put(rel, expect=expect, why=why, checker=checker(path))
        count += 1

    for i in range(4):
        n_in, n_hid = rng.choice([3, 8, 16]), rng.choice([4, 32, 64])
        save(f"onnx_benign/mlp_{i}.onnx", model(mlp_graph(n_in, n_hid)), "pass", "MatMul/Add MLP with initializers")
    # external data next to the model (what onnx.save_model writes for large models), in the same folder and a subfolder
    for i, loc in enumerate(["weights.bin", None]):
        m = model(mlp_graph(16, 256, "ext"))
        kw = {"save_as_external_data": True, "all_tensors_to_one_file": loc is not None, "size_threshold": 0}
        if loc:
            kw["location"] = loc
        save(f"onnx_benign/external_{i}.onnx", m, "pass", "tensors stored as external data beside the model", **kw)
    # control flow: If with two subgraphs, Loop with a body
    then_g = helper.make_graph([helper.make_node("Identity", ["a"], ["out"])], "then", [], [helper.make_tensor_value_info("out", TensorProto.FLOAT, [2])], [numpy_helper.from_array(np.ones(2, "float32"), "a")])
    else_g = helper.make_graph([helper.make_node("Identity", ["b"], ["out"])], "else", [], [helper.make_tensor_value_info("out", TensorProto.FLOAT, [2])], [numpy_helper.from_array(np.zeros(2, "float32"), "b")])
    g = helper.make_graph([helper.make_node("If", ["c"], ["y"], then_branch=then_g, else_branch=else_g)], "if", [helper.make_tensor_value_info("c", TensorProto.BOOL, [])], [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2])])
    save("onnx_benign/if_subgraphs.onnx", model(g), "pass", "If node with then/else subgraphs holding initializers")
    # a model-local function (its domain is defined inside the model, not a custom-op library)
    fn = helper.make_function("local.fns", "Double", ["x"], ["y"], [helper.make_node("Add", ["x", "x"], ["y"])], [helper.make_opsetid("", 18)])
    g = helper.make_graph([helper.make_node("Double", ["x"], ["y"], domain="local.fns")], "fn", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [3])], [helper.make_tensor_value_info("y", TensorProto.FLOAT, [3])])
    save("onnx_benign/local_function.onnx", model(g, opsets=opset + [helper.make_opsetid("local.fns", 1)], functions=[fn]), "pass", "a node calling a function defined in the model")
    # standard extra domains: ai.onnx.ml (scikit-learn converters) and com.microsoft (onnxruntime's own contrib ops)
    g = helper.make_graph([helper.make_node("Normalizer", ["x"], ["y"], domain="ai.onnx.ml", norm="L2")], "ml", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, 3])], [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, 3])])
    save("onnx_benign/ai_onnx_ml.onnx", model(g, opsets=opset + [helper.make_opsetid("ai.onnx.ml", 3)]), "pass", "ai.onnx.ml Normalizer")
    g = helper.make_graph([helper.make_node("FastGelu", ["x"], ["y"], domain="com.microsoft")], "ms", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [4])], [helper.make_tensor_value_info("y", TensorProto.FLOAT, [4])])
    save("onnx_benign/com_microsoft.onnx", model(g, opsets=opset + [helper.make_opsetid("com.microsoft", 1)]), "pass", "onnxruntime contrib op FastGelu")
    # sparse initializer, string tensor, metadata
    sp = helper.make_sparse_tensor(numpy_helper.from_array(np.array([1.5, 2.5], "float32"), "sv"), numpy_helper.from_array(np.array([1, 5], "int64"), "si"), [8])
    g = helper.make_graph([helper.make_node("Identity", ["sv"], ["y"])], "sparse", [], [helper.make_tensor_value_info("y", TensorProto.FLOAT, [8])], sparse_initializer=[sp])
    m = model(g)
    helper.set_model_props(m, {"author": "gen", "labels": "a,b"})
    save("onnx_benign/sparse_metadata.onnx", m, "pass", "sparse initializer and metadata props")

    # ---- hostile
    def ext_model(location, offset=None, length=None, dims=(4,), name="ext"):
        t = TensorProto()
        t.name = "w"
        t.data_type = TensorProto.FLOAT
        t.dims.extend(dims)
        t.data_location = TensorProto.EXTERNAL
        for k, v in [("location", location), ("offset", offset), ("length", length)]:
            if v is not None:
                e = t.external_data.add()
                e.key = k
                e.value = str(v)
        g = helper.make_graph([helper.make_node("Identity", ["w"], ["y"])], name, [], [helper.make_tensor_value_info("y", TensorProto.FLOAT, list(dims))], [t])
        return model(g)

    open(os.path.join(OUT, "onnx_hostile", "data.bin"), "wb").write(np.arange(4, dtype="float32").tobytes())
    save("onnx_hostile/traversal.onnx", ext_model("../../../../etc/passwd"), "external-path", "external data location climbing out with ..")
    save("onnx_hostile/absolute.onnx", ext_model("/etc/passwd"), "external-path", "absolute external data location")
    os.symlink("/etc", os.path.join(OUT, "onnx_hostile", "etc_link"))
    save("onnx_hostile/symlink.onnx", ext_model("etc_link/passwd"), "external-path", "external data location through a symlink leading out of the folder")
    save("onnx_hostile/past_end.onnx", ext_model("data.bin", offset=8, length=16), "invalid", "external data range past the end of its file")
    save("onnx_hostile/length_mismatch.onnx", ext_model("data.bin", dims=(100,)), "invalid", "external data file shorter than the tensor's shape")
    # raw data that does not match the shape
    t = numpy_helper.from_array(np.ones(4, "float32"), "w")
    t.dims[:] = [1000]
    g = helper.make_graph([helper.make_node("Identity", ["w"], ["y"])], "bad", [], [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1000])], [t])
    save("onnx_hostile/raw_size.onnx", model(g), "invalid", "raw_data of 16 bytes for a tensor of 1000 floats")
    # an operator from a domain no runtime ships: loading needs a custom-op library (native code)
    g = helper.make_graph([helper.make_node("RunShell", ["x"], ["y"], domain="com.evil.ops")], "custom", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1])], [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])])
    save("onnx_hostile/custom_op.onnx", model(g, opsets=opset + [helper.make_opsetid("com.evil.ops", 1)]), "custom-op", "operator from a custom domain")
    # the same hidden in a Loop body
    body = helper.make_graph([helper.make_node("Identity", ["cond_in"], ["cond_out"]), helper.make_node("Steal", ["v_in"], ["v_out"], domain="com.evil.ops")], "body",
                             [helper.make_tensor_value_info("i", TensorProto.INT64, []), helper.make_tensor_value_info("cond_in", TensorProto.BOOL, []), helper.make_tensor_value_info("v_in", TensorProto.FLOAT, [1])],
                             [helper.make_tensor_value_info("cond_out", TensorProto.BOOL, []), helper.make_tensor_value_info("v_out", TensorProto.FLOAT, [1])])
    g = helper.make_graph([helper.make_node("Loop", ["n", "c", "v"], ["vf"], body=body)], "loop", [helper.make_tensor_value_info(k, t, s) for k, t, s in [("n", TensorProto.INT64, []), ("c", TensorProto.BOOL, []), ("v", TensorProto.FLOAT, [1])]], [helper.make_tensor_value_info("vf", TensorProto.FLOAT, [1])])
    save("onnx_hostile/custom_op_in_loop.onnx", model(g, opsets=opset + [helper.make_opsetid("com.evil.ops", 1)]), "custom-op", "custom-domain operator inside a Loop body")
    # external data traversal hidden in an If branch's initializer
    bad_t = ext_model("../secret.bin").graph.initializer[0]
    then_g = helper.make_graph([helper.make_node("Identity", ["w"], ["out"])], "then", [], [helper.make_tensor_value_info("out", TensorProto.FLOAT, [4])], [bad_t])
    g = helper.make_graph([helper.make_node("If", ["c"], ["y"], then_branch=then_g, else_branch=then_g)], "if", [helper.make_tensor_value_info("c", TensorProto.BOOL, [])], [helper.make_tensor_value_info("y", TensorProto.FLOAT, [4])])
    save("onnx_hostile/traversal_in_subgraph.onnx", model(g), "external-path", "external data traversal inside an If branch")
    # a model cut short
    good = model(mlp_graph(8, 32)).SerializeToString()
    open(os.path.join(OUT, "onnx_hostile", "truncated.onnx"), "wb").write(good[: len(good) // 2])
    put("onnx_hostile/truncated.onnx", expect="invalid", why="protobuf cut in the middle", checker=checker(os.path.join(OUT, "onnx_hostile", "truncated.onnx")))
    count += 1
    return count


total = 0
if WHAT in ("keras", "all"):
    total += keras_files()
if WHAT in ("onnx", "all"):
    total += onnx_files()
json.dump({"seed": SEED, "files": MANIFEST}, open(os.path.join(OUT, "MANIFEST.json"), "w"), indent=1, sort_keys=True)
print(f"total: {total}")
