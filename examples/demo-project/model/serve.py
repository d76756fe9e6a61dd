"""A deliberately fragile stand-in for the team's loan-approval model server, so the demo's robustness gate has an
endpoint to attack and fuzz. Python standard library only; the model is a fixed logistic score, no file is loaded.

POST /predict {"income": 52000, "debt": 18000, "age": 41, "years_employed": 6, "region": "north"}
  -> {"label": "approve" | "decline", "proba": p}

Like many first versions of a model server, it trusts its input: a missing field or a NaN gives a 500, and
malformed JSON gets a plain-text 400. The score leans hard on income and debt, so small changes flip it.
Start it with: python3 model/serve.py --port 8765
"""
import argparse
import json
import math
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def score(x):
    z = 3.0 * (float(x["income"]) - 60000) / 60000 - 2.5 * (float(x["debt"]) - 20000) / 20000 + 0.8 * (float(x["years_employed"]) - 5) / 10
    if math.isnan(z):
        raise ValueError("NaN in the input")
    return 1 / (1 + math.exp(-z))


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status, body, ctype="application/json"):
        data = body.encode()
        self.send_response(status)
        self.send_header("content-type", ctype)
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("content-length") or 0))
        try:
            x = json.loads(raw)
        except ValueError:
            return self.send(400, "bad request", "text/plain")
        try:
            p = score(x)
        except Exception:  # noqa: BLE001 - the sloppy part: every input problem becomes a server error
            return self.send(500, json.dumps({"error": "internal server error"}))
        self.send(200, json.dumps({"label": "approve" if p >= 0.5 else "decline", "proba": max(p, 1 - p)}))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=8765)
    a = ap.parse_args()
    srv = ThreadingHTTPServer(("127.0.0.1", a.port), Handler)
    print(f"PORT {srv.server_address[1]}", flush=True)
    srv.serve_forever()
