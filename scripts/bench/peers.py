"""Runs one peer model scanner over a list of files, in one process, through its Python API.

usage: peers.py PEER LISTFILE  (PEER: picklescan | modelscan | fickling | modelaudit)
Prints one JSON line per file: {"path", "blocked", "error", "ms"}. "blocked" means what the tool's
CLI would turn into a non-zero exit: it flagged the file, or it could not scan it (an error).
Run by scripts/bench/model-peers.ts with the venv of scripts/setup-peer-scanners.sh.
"""
import io
import json
import os
import sys
import time
import contextlib

peer, listfile = sys.argv[1], sys.argv[2]
paths = [p for p in open(listfile).read().split("\n") if p]


def picklescan_scan(p):
    from picklescan.scanner import scan_file_path
    r = scan_file_path(p)
    return r.infected_files > 0 or r.issues_count > 0, bool(r.scan_err)


def modelscan_scan(p):
    from modelscan.modelscan import ModelScan
    r = ModelScan().scan(p)
    return len(r.get("issues", [])) > 0, len(r.get("errors", [])) > 0


def fickling_scan(p):
    import fickling
    return not fickling.is_likely_safe(p), False


def modelaudit_scan(p):
    from modelaudit.core import scan_model_directory_or_file
    r = scan_model_directory_or_file(p)
    d = r if isinstance(r, dict) else (r.model_dump() if hasattr(r, "model_dump") else r.__dict__)
    issues = d.get("issues", [])
    sev = lambda i: str((i.get("severity") if isinstance(i, dict) else getattr(i, "severity", ""))).lower()
    flagged = any(s in ("critical", "warning", "high", "error") or s.endswith(".critical") or s.endswith(".warning") for s in map(sev, issues))
    return flagged, bool(d.get("has_errors")) or bool(d.get("success") is False)


scan = {"picklescan": picklescan_scan, "modelscan": modelscan_scan, "fickling": fickling_scan, "modelaudit": modelaudit_scan}[peer]
for p in paths:
    t = time.perf_counter()
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            blocked, error = scan(p)
    except Exception as e:  # a crash on a file is that file's error, as for us
        blocked, error = True, True
    ms = (time.perf_counter() - t) * 1000
    print(json.dumps({"path": p, "blocked": bool(blocked or error), "error": bool(error), "ms": ms}), flush=True)
