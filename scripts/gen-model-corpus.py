#!/usr/bin/python3
"""Generates the model-scanner test corpus in __tests__/fixtures/models/.

benign/     real models and data written by torch, numpy, joblib, scikit-learn and pickle
malicious/  payloads in every container, plus the known scanner bypasses (research/security.md B4/B5)
MANIFEST.json  {"<dir>/<file>": {"expect": "pass" | "block", "why": "..."}}

Run with Debian's python3 (it has torch, numpy, joblib, sklearn): /usr/bin/python3 scripts/gen-model-corpus.py
Nothing here is ever loaded: the payload is os.system("echo pwned") and the files only exist to be scanned.
Outputs are deterministic where the libraries allow (fixed seeds, fixed zip timestamps).
"""
import collections
import datetime
import gzip
import io
import json
import lzma
import os
import pickle
import struct
import sys
import tarfile
import zipfile
import zlib

import joblib
import numpy as np
import torch
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, StandardScaler
from sklearn.svm import SVC

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "__tests__", "fixtures", "models")
BEN = os.path.join(ROOT, "benign")
MAL = os.path.join(ROOT, "malicious")
MANIFEST = {}
torch.manual_seed(0)
np.random.seed(0)


def put(kind, name, data, why):
    d = BEN if kind == "pass" else MAL
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)
    MANIFEST[f"{os.path.basename(d)}/{name}"] = {"expect": kind, "why": why}


def via_file(fn):
    p = os.path.join(ROOT, ".tmp")
    fn(p)
    with open(p, "rb") as f:
        data = f.read()
    os.remove(p)
    return data


class Evil:
    """Pickles as os.system('echo pwned'); never unpickled."""

    def __reduce__(self):
        return (os.system, ("echo pwned",))


class EvalEvil:
    def __reduce__(self):
        return (eval, ("__import__('os').system('echo pwned')",))


def zbytes(entries, compression=zipfile.ZIP_STORED):
    """A zip with fixed timestamps: entries = [(name, bytes)]."""
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", compression) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = compression
            z.writestr(zi, data)
    return b.getvalue()


def torch_bytes(obj, **kw):
    b = io.BytesIO()
    torch.save(obj, b, **kw)
    return b.getvalue()


def patch_zip(data, fn):
    """Rewrites a stored zip's headers: fn(kind, offset, bytearray) may edit local ('L') and central ('C') headers."""
    b = bytearray(data)
    i = 0
    while True:
        i = b.find(b"PK\x03\x04", i)
        if i < 0:
            break
        fn("L", i, b)
        i += 4
    i = 0
    while True:
        i = b.find(b"PK\x01\x02", i)
        if i < 0:
            break
        fn("C", i, b)
        i += 4
    return bytes(b)


def name_at(kind, off, b):
    n = struct.unpack_from("<H", b, off + (26 if kind == "L" else 28))[0]
    start = off + (30 if kind == "L" else 46)
    return start, n


def rename_member(data, old, new, where=("L", "C")):
    assert len(old) == len(new)

    def fn(kind, off, b):
        if kind not in where:
            return
        s, n = name_at(kind, off, b)
        if bytes(b[s : s + n]) == old:
            b[s : s + n] = new

    return patch_zip(data, fn)


def h5_bytes(**attrs):
    """A real HDF5 file written by h5py (a weights group and optional root attributes)."""
    import h5py

    def write(p):
        with h5py.File(p, "w") as f:
            f.create_dataset("layers/dense/vars/0", data=np.arange(8, dtype="<f4").reshape(4, 2))
            for k, v in attrs.items():
                f.attrs[k] = v

    return via_file(write)


def uint8_state_dict(first_bytes):
    """A state dict whose storages start with the given bytes (raw tensor data torch never unpickles)."""
    return collections.OrderedDict((f"t{i}", torch.tensor(list(b) + [0] * 7, dtype=torch.uint8)) for i, b in enumerate(first_bytes))


def legacy_tar(obj_pickle, storage_args=None):
    """The legacy tar layout torch.load still reads (torch < 0.4 wrote it): sys_info, pickle, storages, tensors."""
    raw = b"cos\nsystem\n(S'x'"  # 16 raw bytes of a FloatStorage that happen to read as opcodes
    storages = pickle.dumps(1, protocol=2) + (storage_args or pickle.dumps(("0", "cpu", torch.FloatStorage), protocol=2)) + struct.pack("<q", 4) + raw + pickle.dumps([], protocol=2)
    tensors = pickle.dumps(1, protocol=2) + pickle.dumps(("t0", "0", torch.FloatTensor), protocol=2) + struct.pack("<i", 1) + b"\x00" * 4 + struct.pack("<qqq", 4, 1, 0)
    tb = io.BytesIO()
    with tarfile.open(fileobj=tb, mode="w", format=tarfile.PAX_FORMAT) as t:
        for nm, d in (("sys_info", pickle.dumps({"protocol_version": 1001, "little_endian": True}, protocol=2)), ("pickle", obj_pickle), ("storages", storages), ("tensors", tensors)):
            ti = tarfile.TarInfo(nm)
            ti.size = len(d)
            ti.mtime = 0
            t.addfile(ti, io.BytesIO(d))
    return tb.getvalue()


def container_families():
    """Each container read the way its loader reads it: storages, compressions, header lengths."""
    # benign, but outside MANIFEST until torch.FloatTensor (the tensor type legacy tar records name) is on
    # the exact allowlist: formats.test.ts scans it with that one global allowed
    with open(os.path.join(BEN, "legacy_tar.pt"), "wb") as f:
        f.write(legacy_tar(b"\x80\x02}q\x00X\x01\x00\x00\x00wq\x01X\x02\x00\x00\x00t0q\x02Q\x85q\x03s."))
    put("block", "legacy_tar_payload.pt", legacy_tar(pickle.dumps(Evil(), protocol=2)), "legacy tar layout with a payload in its pickle member")
    put("block", "legacy_tar_storage_args.pt", legacy_tar(pickle.dumps({}, protocol=2), storage_args=pickle.dumps(Evil(), protocol=2)), "legacy tar layout with a payload in a storage record's pickle")
    # storages whose bytes look like pickle opcodes (or are a whole pickle): torch maps them, never unpickles them
    opcode_heads = [b"c", b"i", b"\x80", b"\x82", b"\x83", b"\x84", b"\x93", b"R", b"("]
    put("pass", "storage_opcode_bytes.pt", torch_bytes(uint8_state_dict(opcode_heads)), "storages whose first byte is GLOBAL, INST, PROTO, EXT1-4, STACK_GLOBAL, REDUCE, MARK")
    payload = pickle.dumps(Evil(), protocol=0)
    put("pass", "storage_holds_pickle_bytes.pt", torch_bytes({"w": torch.tensor(list(payload), dtype=torch.uint8)}), "a storage whose bytes are a pickle: raw tensor data, never unpickled by torch.load")
    net = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 2))
    opt = torch.optim.Adam(net.parameters())
    sched = torch.optim.lr_scheduler.StepLR(opt, 2)
    net(torch.randn(4, 8)).sum().backward()
    opt.step()
    sched.step()
    put("pass", "checkpoint_adam_steplr.pt", torch_bytes({"model": net.state_dict(), "optimizer": opt.state_dict(), "scheduler": sched.state_dict(), "epoch": 1}), "model + Adam + StepLR checkpoint")
    put("pass", "torch_zip_blob.pt", torch_bytes({"blob": zbytes([("a.txt", b"hello")])}), "torch.save of a dict holding zip bytes (a zip inside data.pkl's data)")
    # a storage larger than data.pkl declares: bytes torch never reads, here a payload
    good = torch_bytes({"w": torch.zeros(4)})
    zin = zipfile.ZipFile(io.BytesIO(good))
    ents = [(n, zin.read(n) + (pickle.dumps(Evil(), protocol=2) if n.endswith("/data/0") else b"")) for n in zin.namelist()]
    put("block", "torch_storage_oversized.pt", zbytes(ents), "storage member larger than numel x element size (hidden bytes)")
    ents = [(n, zin.read(n)) for n in zin.namelist() if not n.endswith("/data/0")]
    put("block", "torch_storage_missing.pt", zbytes(ents), "data.pkl declares a storage the archive does not have")
    put("block", "torch_payload_and_opcode_storages.pt", torch_bytes({"sd": uint8_state_dict(opcode_heads), "x": Evil()}), "payload in data.pkl next to storages that look like opcodes")
    # TorchScript: torch.jit.load reads its pickles with the TorchScript unpickler (__torch__.* from code/)
    traced = torch.jit.trace(torch.nn.Sequential(torch.nn.Linear(4, 2), torch.nn.ReLU()), torch.randn(1, 4))
    tsb = io.BytesIO()
    torch.jit.save(traced, tsb)
    put("pass", "torchscript_traced.pt", tsb.getvalue(), "torch.jit.trace + torch.jit.save (TorchScript archive)")
    zin = zipfile.ZipFile(io.BytesIO(tsb.getvalue()))
    ents = [(n, pickle.dumps(Evil(), protocol=2) if n.endswith("/data.pkl") else zin.read(n)) for n in zin.namelist()]
    put("block", "torchscript_python_payload.pt", zbytes(ents), "TorchScript archive whose data.pkl imports os.system")
    # every joblib compression, and zstd (people wrap pickles in it)
    import zstandard

    for c in ("lz4",):
        put("pass", f"forest_{c}.joblib", via_file(lambda p: joblib.dump({"w": np.arange(1000.0)}, p, compress=(c, 3))), f"joblib compress={c}")
        put("block", f"joblib_{c}.joblib", via_file(lambda p: joblib.dump({"w": np.ones(10), "x": Evil()}, p, compress=(c, 3))), f"joblib compress={c} with a payload")
    put("pass", "arrays.pkl.zst", zstandard.ZstdCompressor().compress(pickle.dumps({"w": np.arange(100.0)}, protocol=4)), "zstd-compressed pickle of an array")
    put("block", "payload.pkl.zst", zstandard.ZstdCompressor().compress(pickle.dumps(Evil(), protocol=4)), "zstd-compressed malicious pickle")
    # header-length abuse
    put("block", "header_2p62.safetensors", struct.pack("<Q", 2**62) + b'{"a":{}}', "safetensors header length 2^62")
    put("block", "header_past_end.safetensors", struct.pack("<Q", 4096) + b'{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', "safetensors header length past the end of the file")
    put("block", "header_2p62_noext", struct.pack("<Q", 2**62) + b'{"__metadata__":{}}', "safetensors-shaped header of length 2^62, no extension")
    gg = b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", 2**62) + b"general.name"
    put("block", "key_length.gguf", gg, "GGUF key length 2^62")
    gg = b"GGUF" + struct.pack("<IQQ", 3, 2**40, 1)
    put("block", "tensor_count.gguf", gg, "GGUF tensor count larger than the file can hold")
    gg = b"GGUF" + struct.pack("<IQQ", 3, 1, 0) + struct.pack("<Q", 1) + b"w" + struct.pack("<I", 1) + struct.pack("<Q", 1 << 20) + struct.pack("<IQ", 0, 0)
    put("block", "tensor_past_end.gguf", gg, "GGUF tensor whose data runs past the end of the file")
    h5 = h5_bytes()
    put("block", "truncated.h5", h5[: len(h5) - 100], "HDF5 superblock end-of-file address past the real end")
    put("pass", "weights.h5", h5, "HDF5 weights written by h5py")
    put("block", "not_gguf.gguf", b"just some text, not a model\n", "named .gguf without the GGUF magic")
    put("block", "npy_header_length.npy", b"\x93NUMPY\x01\x00" + struct.pack("<H", 65535) + b"{'descr': '<f4'", "npy header length past the end of the file")


def main():
    for d in (BEN, MAL):
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))

    # ---------------- benign ----------------
    data = {"name": "run-1", "lr": 0.01, "layers": [64, 32], "ok": True, "none": None, "blob": b"\x00\x01",
            "od": collections.OrderedDict(a=1), "when": datetime.datetime(2024, 1, 1), "s": {1, 2}, "big": 2**80}
    for p in range(0, 6):
        put("pass", f"data_p{p}.pkl", pickle.dumps(data, protocol=p), f"plain data, protocol {p}")
    net = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.ReLU(), torch.nn.Linear(3, 2))
    put("pass", "state_dict.pt", torch_bytes(net.state_dict()), "torch.save(state_dict), zip format")
    put("pass", "full_model.pt", torch_bytes(net), "torch.save(nn.Sequential), whole module")
    put("pass", "legacy_state_dict.pt", torch_bytes(net.state_dict(), _use_new_zipfile_serialization=False), "legacy (non-zip) torch.save")
    opt = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
    net(torch.randn(2, 4)).sum().backward()
    opt.step()
    put("pass", "checkpoint.pth", torch_bytes({"model": net.state_dict(), "optim": opt.state_dict(), "epoch": 3}), "training checkpoint")
    put("pass", "weights.npy", via_file(lambda p: np.save(p + ".npy", np.arange(12, dtype=np.float32).reshape(3, 4)) or os.rename(p + ".npy", p)), "numpy float array")
    rec = np.zeros(3, dtype=[("a", "<i4"), ("b", "<f8"), ("c", "S5")])
    put("pass", "records.npy", via_file(lambda p: np.save(p + ".npy", rec) or os.rename(p + ".npy", p)), "numpy structured array")
    put("pass", "arrays.npz", via_file(lambda p: np.savez(p + ".npz", x=np.ones(5), y=np.arange(3)) or os.rename(p + ".npz", p)), "np.savez")
    put("pass", "arrays_compressed.npz", via_file(lambda p: np.savez_compressed(p + ".npz", x=np.ones(50)) or os.rename(p + ".npz", p)), "np.savez_compressed")
    X = np.random.RandomState(0).randn(40, 3)
    y = (X[:, 0] > 0).astype(int)
    lr = LogisticRegression().fit(X, y)
    rf = RandomForestClassifier(n_estimators=3, max_depth=3, random_state=0).fit(X, y)
    pipe = Pipeline([("scale", StandardScaler()), ("svc", SVC())]).fit(X, y)
    put("pass", "logreg.pkl", pickle.dumps(lr), "sklearn LogisticRegression, pickle")
    put("pass", "pipeline.pkl", pickle.dumps(pipe), "sklearn Pipeline(StandardScaler, SVC), pickle")
    put("pass", "forest.joblib", via_file(lambda p: joblib.dump(rf, p)), "sklearn RandomForest, joblib (tree arrays inline)")
    put("pass", "arrays.joblib", via_file(lambda p: joblib.dump({"w": np.random.RandomState(1).randn(20, 5), "i": np.arange(7), "s": np.array(["ab", "cde"]), "r": rec}, p)), "joblib of numpy arrays (raw data in the stream)")
    for c in ("zlib", "gzip", "bz2", "xz", "lzma"):
        put("pass", f"forest_{c}.joblib", via_file(lambda p: joblib.dump(rf, p, compress=(c, 3))), f"sklearn RandomForest, joblib compress={c}")
    put("pass", "objects.joblib", via_file(lambda p: joblib.dump(np.array([{"a": 1}, "x", 2.5], dtype=object), p)), "joblib object array (nested pickle)")
    # safetensors written by hand (format spec): two F32 tensors
    t1 = np.arange(6, dtype="<f4").tobytes()
    t2 = np.arange(4, dtype="<f4").tobytes()
    hdr = json.dumps({"__metadata__": {"format": "pt"}, "a": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]},
                      "b": {"dtype": "F32", "shape": [4], "data_offsets": [24, 40]}}, separators=(",", ":")).encode()
    hdr += b" " * ((8 - len(hdr) % 8) % 8)
    put("pass", "model.safetensors", struct.pack("<Q", len(hdr)) + hdr + t1 + t2, "valid safetensors")
    keras_cfg = {"module": "keras", "class_name": "Sequential", "config": {"name": "seq", "layers": [
        {"module": "keras.layers", "class_name": "InputLayer", "config": {"batch_shape": [None, 4], "name": "in"}, "registered_name": None},
        {"module": "keras.layers", "class_name": "Dense", "config": {"name": "dense", "units": 2, "activation": "relu",
         "kernel_initializer": {"module": "keras.initializers", "class_name": "GlorotUniform", "config": {"seed": None}, "registered_name": None}}, "registered_name": None}]},
        "registered_name": None}
    put("pass", "model.keras", zbytes([("metadata.json", json.dumps({"keras_version": "3.3.3"}).encode()), ("config.json", json.dumps(keras_cfg).encode()), ("model.weights.h5", h5_bytes())]), "Keras 3 Sequential of Dense layers")
    gg = b"GGUF" + struct.pack("<IQQ", 3, 0, 1)
    k, v = b"general.name", b"tiny"
    gg += struct.pack("<Q", len(k)) + k + struct.pack("<I", 8) + struct.pack("<Q", len(v)) + v
    put("pass", "tiny.gguf", gg, "GGUF v3 header")
    tb = io.BytesIO()
    with tarfile.open(fileobj=tb, mode="w", format=tarfile.USTAR_FORMAT) as t:
        for nm, d in (("model/data.pkl", pickle.dumps(data, protocol=2)), ("model/README", b"weights")):
            ti = tarfile.TarInfo(nm)
            ti.size = len(d)
            ti.mtime = 0
            t.addfile(ti, io.BytesIO(d))
    put("pass", "bundle.tar", tb.getvalue(), "tar of a data pickle")

    # ---------------- malicious ----------------
    for p in range(0, 6):
        put("block", f"os_system_p{p}.pkl", pickle.dumps(Evil(), protocol=p), f"os.system via __reduce__, protocol {p}")
    put("block", "eval.pkl", pickle.dumps(EvalEvil(), protocol=2), "builtins.eval")
    put("block", "py2_builtin_eval.pkl", b"c__builtin__\neval\n(S'1+1'\ntR.", "__builtin__.eval (Python 2 name, mapped by fix_imports)")
    put("block", "py2_commands.pkl", b"ccommands\ngetoutput\n(S'id'\ntR.", "commands.getoutput -> subprocess")
    # STACK_GLOBAL operands through the memo
    sg = b"\x80\x04" + b"\x8c\x02os\x94" + b"\x8c\x06system\x94" + b"00" + b"h\x00h\x01\x93" + b"\x8c\x0aecho pwned\x85R."
    put("block", "stack_global_memo.pkl", sg, "STACK_GLOBAL whose operands come from BINGET")
    put("block", "stack_global_at_start.pkl", b"\x8c\x02os\x8c\x06getcwd\x93)R.", "STACK_GLOBAL at stream start without PROTO (modelscan crash)")
    put("block", "stack_global_binstring.pkl", b"\x80\x02U\x02osU\x06system\x93U\x04echo\x85R.", "STACK_GLOBAL with SHORT_BINSTRING operands")
    put("block", "stack_global_computed.pkl", b"\x80\x04\x8c\x08builtins\x8c\x03str\x93\x8c\x02os\x85R\x8c\x06system\x93)R.", "STACK_GLOBAL operand produced by a call (unknowable)")
    put("block", "inst_p0.pkl", b"(S'echo pwned'\nios\nsystem\n.", "protocol 0 INST")
    put("block", "obj_p1.pkl", b"(cos\nsystem\nS'echo pwned'\no.", "protocol 1 OBJ")
    put("block", "newobj_popen.pkl", b"\x80\x02csubprocess\nPopen\n]U\x02id\x85a\x85\x81.", "NEWOBJ subprocess.Popen")
    put("block", "int_desync.pkl", b"I0x10\n0" + b"cos\nsystem\n(S'echo pwned'\ntR.", "INT 0x10 that pickletools rejects and CPython accepts")
    put("block", "int_octal_desync.pkl", b"I010\n0" + b"cos\nsystem\n(S'echo pwned'\ntR.", "INT 010 (strtol octal)")
    put("block", "payload_then_garbage.pkl", b"cos\nsystem\n(S'echo pwned'\ntR" + b"\xff\xfe garbage", "payload before a parse error")
    put("block", "concatenated.pkl", pickle.dumps({"ok": 1}, protocol=4) + pickle.dumps(Evil(), protocol=4), "benign pickle then a malicious one")
    put("block", "getattr_import.pkl", b"\x80\x02cbuiltins\ngetattr\ncbuiltins\n__import__\nU\x02os\x85RU\x06system\x86R.", "getattr(__import__('os'), 'system')")
    put("block", "pkgutil_resolve.pkl", b"cpkgutil\nresolve_name\n(S'os:system'\ntR.", "pkgutil.resolve_name universal bypass")
    put("block", "asyncio_submodule.pkl", b"casyncio.subprocess\ncreate_subprocess_shell\n(S'id'\ntR.", "submodule of a denied package")
    put("block", "unknown_module.pkl", b"\x80\x02cevilpkg.loader\nrun\n)R.", "unknown global (not on any list)")
    put("block", "ext_code.pkl", b"\x80\x02\x82\x01)R.", "EXT1 extension-registry code")
    put("block", "functools_partial.pkl", b"cfunctools\npartial\n(cos\nsystem\nS'id'\ntR)R.", "functools.partial(os.system)")
    put("block", "renamed.safetensors", pickle.dumps(Evil(), protocol=4), "pickle named .safetensors")
    put("block", "config.json", pickle.dumps(Evil(), protocol=0), "protocol 0 pickle named .json")
    put("block", "weights", pickle.dumps(Evil(), protocol=2), "pickle with no extension")
    put("block", "model.bin.gz", gzip.compress(pickle.dumps(Evil(), protocol=4), mtime=0), "gzip-wrapped pickle")
    put("block", "model.bin", zlib.compress(pickle.dumps(Evil(), protocol=4)), "zlib-wrapped pickle named .bin")
    put("block", "npy_object.npy", via_file(lambda p: np.save(p + ".npy", np.array([Evil()], dtype=object), allow_pickle=True) or os.rename(p + ".npy", p)), "numpy object array with a payload")
    put("block", "npz_object.npz", via_file(lambda p: np.savez(p + ".npz", ok=np.ones(3), evil=np.array([Evil()], dtype=object)) or os.rename(p + ".npz", p)), "npz with an object array")
    evil_pipe = Pipeline([("f", FunctionTransformer(func=os.system)), ("lr", LogisticRegression())])
    put("block", "sklearn_functiontransformer.joblib", via_file(lambda p: joblib.dump(evil_pipe, p)), "sklearn FunctionTransformer(func=os.system), joblib")
    put("block", "joblib_arrays_then_payload.joblib", via_file(lambda p: joblib.dump({"w": np.ones((50, 4)), "x": Evil(), "z": np.arange(9)}, p)), "joblib: arrays' raw data, then the payload")
    for c in ("zlib", "gzip", "bz2", "xz", "lzma"):
        put("block", f"joblib_{c}.joblib", via_file(lambda p: joblib.dump({"w": np.ones(10), "x": Evil()}, p, compress=(c, 3))), f"joblib compress={c} (picklescan misses it)")
    put("block", "joblib_object_array.joblib", via_file(lambda p: joblib.dump(np.array([Evil(), 1], dtype=object), p)), "payload inside a joblib object array (nested pickle)")
    evil_model = {"model": net.state_dict(), "hook": Evil()}
    put("block", "torch_zip.pt", torch_bytes(evil_model), "torch.save with a payload in data.pkl")
    put("block", "torch_legacy.pt", torch_bytes(evil_model, _use_new_zipfile_serialization=False), "legacy torch.save with a payload")
    clean = torch_bytes(net.state_dict())
    p0 = pickle.dumps(Evil(), protocol=0)
    put("block", "torch_upper_DATA_PKL.pt", zbytes([("archive/DATA.PKL", p0), ("archive/version", b"3\n")]), "member DATA.PKL (miniz finds it case-insensitively), protocol 0")
    flag = zbytes([("archive/data.pkl", pickle.dumps(Evil(), protocol=2)), ("archive/version", b"3\n")])

    def set_flag(kind, off, b):
        o = off + (6 if kind == "L" else 8)
        struct.pack_into("<H", b, o, struct.unpack_from("<H", b, o)[0] | 0x1)

    put("block", "torch_flag_bits.pt", patch_zip(flag, set_flag), "encryption flag bit set (CVE-2025-1945)")

    def bad_crc(kind, off, b):
        o = off + (14 if kind == "L" else 16)
        struct.pack_into("<I", b, o, 0xDEADBEEF)

    put("block", "torch_bad_crc.pt", patch_zip(flag, bad_crc), "CRC mismatch (CVE-2025-10156)")
    put("block", "torch_name_mismatch.pt", rename_member(flag, b"archive/data.pkl", b"archive/data.pkX", where=("L",)), "local and central names differ (CVE-2025-1944)")
    put("block", "torch_duplicate.pt", zbytes([("archive/data.pkl", pickle.dumps({"ok": 1}, protocol=2)), ("archive/data.pkl", pickle.dumps(Evil(), protocol=2)), ("archive/version", b"3\n")]), "two data.pkl entries")
    put("block", "torch_deflated.pt", zbytes([("archive/data.pkl", pickle.dumps(Evil(), protocol=2)), ("archive/version", b"3\n")], zipfile.ZIP_DEFLATED), "deflated data.pkl")
    put("block", "torch_extra_member.pt", zbytes([("archive/data.pkl", pickle.dumps({"ok": 1}, protocol=2)), ("archive/extra/blob.weird", pickle.dumps(Evil(), protocol=4))]), "payload in another member, odd extension")
    put("block", "nested.zip", zbytes([("inner.zip", zbytes([("evil.pkl", pickle.dumps(Evil(), protocol=4))]))]), "zip inside a zip")
    tb = io.BytesIO()
    with tarfile.open(fileobj=tb, mode="w:gz", format=tarfile.USTAR_FORMAT) as t:
        d = pickle.dumps(Evil(), protocol=2)
        ti = tarfile.TarInfo("pkg/model.pkl")
        ti.size = len(d)
        ti.mtime = 0
        t.addfile(ti, io.BytesIO(d))
    put("block", "bundle.tar.gz", tb.getvalue(), "tar.gz with a malicious pickle")
    put("block", "lambda.keras", zbytes([("metadata.json", b'{"keras_version": "3.3.3"}'), ("config.json", json.dumps({"module": "keras", "class_name": "Functional", "config": {"layers": [
        {"module": "keras.layers", "class_name": "Lambda", "config": {"name": "lam", "function": {"class_name": "__lambda__", "config": {"code": "4wEAAAAAAAAA"}}}}]}}).encode())]), "Keras Lambda layer")
    put("block", "foreign_module.keras", zbytes([("metadata.json", b'{"keras_version": "3.3.3"}'), ("config.json", json.dumps({"module": "keras", "class_name": "Sequential", "config": {"layers": [
        {"module": "subprocess", "class_name": "Popen", "config": {"args": ["id"]}, "registered_name": None}]}}).encode())]), "Keras config importing subprocess.Popen (CVE-2025-1550)")
    put("block", "unsafe_deser.keras", zbytes([("metadata.json", b'{"keras_version": "3.3.3"}'), ("config.json", json.dumps({"module": "keras.config", "class_name": "function", "config": "enable_unsafe_deserialization", "registered_name": "function"}).encode())]), "config calls enable_unsafe_deserialization (CVE-2025-9906)")
    hdr2 = json.dumps({"a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}).encode()
    put("block", "polyglot.safetensors", struct.pack("<Q", len(hdr2)) + hdr2 + b"\x00" * 8 + pickle.dumps(Evil(), protocol=4), "safetensors with a pickle hidden after the tensors")
    hdr3 = b'{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}'
    put("block", "duplicate_key.safetensors", struct.pack("<Q", len(hdr3)) + hdr3 + b"\x00" * 8, "safetensors header with a duplicate key")
    tmpl = b"{{ ''.__class__.__mro__[1].__subclasses__() }}"
    gg = b"GGUF" + struct.pack("<IQQ", 3, 0, 1)
    k = b"tokenizer.chat_template"
    gg += struct.pack("<Q", len(k)) + k + struct.pack("<I", 8) + struct.pack("<Q", len(tmpl)) + tmpl
    put("block", "template.gguf", gg, "GGUF chat template with a Jinja sandbox escape")
    put("block", "pytorch_model.bin", b"version https://git-lfs.github.com/spec/v1\noid sha256:" + b"4d7a" * 16 + b"\nsize 1048576\n", "Git LFS pointer where the model should be")

    container_families()

    with open(os.path.join(ROOT, "MANIFEST.json"), "w") as f:
        json.dump(MANIFEST, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{sum(1 for v in MANIFEST.values() if v['expect'] == 'pass')} benign, {sum(1 for v in MANIFEST.values() if v['expect'] == 'block')} malicious -> {ROOT}", file=sys.stderr)


def demo():
    """The demo project's models/: a real sklearn model pickled next to a payload, and a benign safetensors."""
    d = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "demo-project", "models")
    os.makedirs(d, exist_ok=True)
    X = np.random.RandomState(0).randn(40, 3)
    clf = LogisticRegression().fit(X, (X[:, 0] > 0).astype(int))
    with open(os.path.join(d, "classifier.pkl"), "wb") as f:
        f.write(pickle.dumps({"model": clf, "hook": Evil()}, protocol=4))
    t = np.arange(8, dtype="<f4").tobytes()
    hdr = json.dumps({"__metadata__": {"format": "pt"}, "embedding": {"dtype": "F32", "shape": [2, 4], "data_offsets": [0, 32]}}, separators=(",", ":")).encode()
    hdr += b" " * ((8 - len(hdr) % 8) % 8)
    with open(os.path.join(d, "encoder.safetensors"), "wb") as f:
        f.write(struct.pack("<Q", len(hdr)) + hdr + t)
    print(f"demo models -> {d}", file=sys.stderr)


if __name__ == "__main__":
    main()
    demo()
