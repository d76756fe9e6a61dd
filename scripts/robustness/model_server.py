"""Real scikit-learn classifiers served on 127.0.0.1, for the robustness gate's tests, bench and demo.

Each model is trained at start-up from a dataset that ships inside scikit-learn (no download), with
fixed seeds, so the same Python and scikit-learn always give the same model: a test can train it
again offline (--predict) and check the gate's numbers against it. Nothing is ever unpickled.

  model_server.py --model logreg-cancer --port 0 [--write-eval eval.csv] [--mode strict|fragile|fragile-method]
      serves POST /predict {"column": value, ...} -> {"label": ..., "proba": p}; prints "PORT <n>"
  model_server.py --model logreg-cancer --predict inputs.json
      prints the model's labels for a JSON list of input objects (offline, no server)

--mode strict (default) refuses bad input with a JSON 400 and other methods than POST with a JSON 405;
--mode fragile is deliberately broken for the fuzzing tests: a missing field kills the process, NaN
gets a 500; --mode fragile-method handles bad input as strict does, but answers GET with a 500 and
every other method than POST with the standard library's 501.
"""
import argparse
import json
import math
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def text_corpus():
    """A small labelled review corpus generated from word lists (seeded): positive and negative."""
    rng = np.random.RandomState(7)
    good = ["great", "excellent", "wonderful", "lovely", "superb", "pleasant", "fantastic", "good", "reliable", "comfortable"]
    bad = ["terrible", "awful", "horrible", "poor", "disappointing", "broken", "bad", "useless", "unreliable", "dreadful"]
    things = ["battery", "screen", "service", "delivery", "sound", "camera", "keyboard", "price", "design", "support"]
    frames = ["the {t} is {a}", "really {a} {t}", "{a} {t} overall", "i found the {t} {a}", "what a {a} {t}", "the {t} was {a} and the {u} was {b}"]
    texts, labels = [], []
    for _ in range(1200):
        y = rng.randint(2)
        words = good if y else bad
        same = words
        f = frames[rng.randint(len(frames))]
        t = things[rng.randint(len(things))]
        u = things[rng.randint(len(things))]
        texts.append(f.format(t=t, u=u, a=same[rng.randint(len(same))], b=same[rng.randint(len(same))]))
        labels.append("positive" if y else "negative")
    return texts, labels


def build(name):
    """(model, feature names, X_eval rows as dicts, y_eval) for a named model; deterministic."""
    from sklearn import datasets
    from sklearn.model_selection import train_test_split
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    if name == "text-sentiment":
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        texts, labels = text_corpus()
        xtr, xte, ytr, yte = train_test_split(texts, labels, test_size=0.25, random_state=0)
        model = make_pipeline(TfidfVectorizer(ngram_range=(1, 1)), LogisticRegression(max_iter=1000))
        model.fit(xtr, ytr)
        return model, ["text"], [{"text": t} for t in xte], list(yte)

    if name == "logreg-digits":
        # 8x8 images of handwritten digits, pixels 0..16 (integers), sent as {"image": [[...] x 8]}.
        from sklearn.linear_model import LogisticRegression

        d = datasets.load_digits()
        xtr, xte, ytr, yte = train_test_split(d.data, d.target, test_size=0.3, random_state=0, stratify=d.target)
        model = LogisticRegression(max_iter=5000)
        model.fit(xtr / 16.0, ytr)
        rows = [{"image": [[int(v) for v in r[i * 8:(i + 1) * 8]] for i in range(8)]} for r in xte]
        return ImageModel(model), ["image"], rows, [int(v) for v in yte]

    if name == "logreg-cancer":
        from sklearn.linear_model import LogisticRegression

        d = datasets.load_breast_cancer()
        model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))
    elif name == "mlp-wine":
        from sklearn.neural_network import MLPClassifier

        d = datasets.load_wine()
        model = make_pipeline(StandardScaler(), MLPClassifier(hidden_layer_sizes=(32,), max_iter=2000, random_state=0))
    elif name == "forest-iris":
        from sklearn.ensemble import RandomForestClassifier

        d = datasets.load_iris()
        model = RandomForestClassifier(n_estimators=50, random_state=0)
    else:
        raise SystemExit(f"unknown model {name}")
    names = [n.replace(" (cm)", "").replace(" ", "_").replace("/", "_") for n in d.feature_names]
    xtr, xte, ytr, yte = train_test_split(d.data, d.target, test_size=0.3, random_state=0, stratify=d.target)
    model.fit(xtr, ytr)
    rows = [dict(zip(names, map(float, r))) for r in xte]
    return model, names, rows, [int(v) for v in yte]


class ImageModel:
    """The digits classifier on pixels 0..16 (it was trained on pixels / 16)."""

    def __init__(self, model):
        self.model = model

    def predict(self, x):
        return self.model.predict(np.asarray(x, dtype=float) / 16.0)

    def predict_proba(self, x):
        return self.model.predict_proba(np.asarray(x, dtype=float) / 16.0)


def pixels(v, depth=0):
    """The numbers of a (nested) list of pixels, flat; None when it is not one."""
    if depth > 3 or not isinstance(v, list):
        return None
    out = []
    for x in v:
        if isinstance(x, list):
            inner = pixels(x, depth + 1)
            if inner is None:
                return None
            out.extend(inner)
        elif isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x):
            out.append(float(x))
        else:
            return None
    return out


def to_matrix(names, rows):
    if names == ["image"]:
        return np.array([pixels(r["image"]) for r in rows], dtype=float)
    if names == ["text"]:
        return [str(r["text"]) for r in rows]
    return np.array([[float(r[n]) for n in names] for r in rows], dtype=float)


def label_of(v):
    return v.item() if hasattr(v, "item") else v


class Handler(BaseHTTPRequestHandler):
    model = None
    names = []
    mode = "strict"

    def log_message(self, *args):
        pass

    def reply(self, status, obj):
        body = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def wrong_method(self):
        # Read and drop any body, so the connection stays in step for the next request.
        n = int(self.headers.get("content-length") or 0)
        if 0 < n <= 16 * 1024 * 1024:
            self.rfile.read(n)
        elif n:
            self.close_connection = True
        if self.mode == "fragile-method" and self.command == "GET":
            # As a framework whose predict route also takes GET and crashes on the missing body.
            return self.reply(500, {"error": "internal error"})
        if self.mode == "fragile-method":
            return self.send_error(501, f"Unsupported method ({self.command!r})")
        if self.command == "OPTIONS":
            self.send_response(204)
            self.send_header("allow", "POST, OPTIONS")
            self.send_header("content-length", "0")
            self.end_headers()
            return
        body = json.dumps({"error": f"method {self.command} not allowed: send POST"}).encode()
        self.send_response(405)
        self.send_header("allow", "POST, OPTIONS")
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        if self.mode == "fragile":
            return self.send_error(501, f"Unsupported method ({self.command!r})")
        self.wrong_method()

    do_HEAD = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_GET

    def do_POST(self):
        n = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(n)
        if self.mode == "fragile":
            data = json.loads(raw)  # malformed JSON: an uncaught exception, the connection drops
            missing = [k for k in self.names if k not in data]
            if missing:
                os._exit(3)  # the process dies on a missing field
            vals = [data[k] for k in self.names]
            if any(isinstance(v, float) and math.isnan(v) for v in vals):
                self.reply(500, {"error": "internal error"})
                return
            x = to_matrix(self.names, [data])
            self.reply(200, {"label": label_of(self.model.predict(x)[0])})
            return
        if "json" not in (self.headers.get("content-type") or ""):
            return self.reply(415, {"error": "send application/json"})
        try:
            data = json.loads(raw.decode("utf-8"), parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
        except (ValueError, RecursionError) as e:
            return self.reply(400, {"error": f"invalid JSON: {str(e)[:80]}"})
        if not isinstance(data, dict):
            return self.reply(400, {"error": "send a JSON object"})
        missing = [k for k in self.names if k not in data]
        if missing:
            return self.reply(400, {"error": f"missing fields: {missing[:5]}"})
        vals = [data[k] for k in self.names]
        if self.names == ["image"]:
            px = pixels(vals[0])
            if px is None or len(px) != 64:
                return self.reply(400, {"error": "image must be 64 finite numbers (8 x 8), nested or flat"})
        elif self.names == ["text"]:
            if not isinstance(vals[0], str) or len(vals[0]) > 10000:
                return self.reply(400, {"error": "text must be a string of at most 10000 characters"})
        elif not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in vals):
            return self.reply(400, {"error": "every feature must be a finite number"})
        try:
            x = to_matrix(self.names, [data])
            with np.errstate(all="ignore"):
                label = self.model.predict(x)[0]
                proba = float(np.max(self.model.predict_proba(x)[0])) if hasattr(self.model, "predict_proba") else None
        except (ValueError, OverflowError) as e:
            return self.reply(400, {"error": f"cannot classify this input: {str(e)[:80]}"})
        self.reply(200, {"label": label_of(label), "proba": proba})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--mode", choices=["strict", "fragile", "fragile-method"], default="strict")
    ap.add_argument("--write-eval")
    ap.add_argument("--predict")
    a = ap.parse_args()
    model, names, rows, ys = build(a.model)
    if a.write_eval and a.write_eval.endswith(".jsonl"):
        with open(a.write_eval, "w") as f:
            for r, y in zip(rows, ys):
                f.write(json.dumps({**r, "label": y}) + "\n")
    elif a.write_eval:
        import csv

        with open(a.write_eval, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(names + ["label"])
            for r, y in zip(rows, ys):
                w.writerow([repr(r[n]) if isinstance(r[n], float) else r[n] for n in names] + [y])
    if a.predict:
        with open(a.predict) as f:
            inputs = json.load(f)
        out = [label_of(v) for v in model.predict(to_matrix(names, inputs))] if inputs else []
        json.dump(out, sys.stdout)
        return
    Handler.model, Handler.names, Handler.mode = model, names, a.mode
    srv = ThreadingHTTPServer(("127.0.0.1", a.port), Handler)
    print(f"PORT {srv.server_address[1]}", flush=True)
    srv.serve_forever()


if __name__ == "__main__":
    main()
