"""Runs one peer model scanner over a list of files, in one process, through its Python API.

usage: peers.py PEER LISTFILE  (PEER: picklescan | modelscan | fickling | modelaudit)
Prints one JSON line per file: {"path", "blocked", "error", "ms"}; PEER_FILE_TIMEOUT seconds per
file (default 300), past which the file is an error. "blocked" means what the tool's
CLI would turn into a non-zero exit: it flagged the file, or it could not scan it (an error).
Run by scripts/bench/model-peers.ts with the venv of scripts/setup-peer-scanners.sh.
"""
import io
import json
import os
import sys
import time
import contextlib
import signal

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
    import zipfile

    import fickling
    from fickling.analysis import Severity, check_safety

    if zipfile.is_zipfile(p):
        # torch.save zip: data.pkl, as fickling.pytorch does (that module needs torch installed)
        from fickling.fickle import Pickled

        with zipfile.ZipFile(p) as z:
            names = [n for n in z.namelist() if n.endswith("data.pkl")]
            if not names:
                return True, True
            pickled = Pickled.load(z.read(names[0]), fail_on_decode_error=False)
        return pickled.has_invalid_opcode or check_safety(pickled).severity != Severity.LIKELY_SAFE, False
    return not fickling.is_likely_safe(p), False


def modelaudit_scan(p):
    from modelaudit.core import scan_model_directory_or_file
    from modelaudit.core_results import determine_exit_code

    code = determine_exit_code(scan_model_directory_or_file(p))  # what `modelaudit scan` exits with
    return code != 0, code == 2


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


signal.signal(signal.SIGALRM, on_alarm)
PER_FILE_S = int(os.environ.get("PEER_FILE_TIMEOUT", "300"))
scan = {"picklescan": picklescan_scan, "modelscan": modelscan_scan, "fickling": fickling_scan, "modelaudit": modelaudit_scan}[peer]
for p in paths:
    t = time.perf_counter()
    signal.alarm(PER_FILE_S)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            blocked, error = scan(p)
    except (Exception, Timeout):  # a crash or a time-out on a file is that file's error, as for us
        blocked, error = True, True
    signal.alarm(0)
    ms = (time.perf_counter() - t) * 1000
    print(json.dumps({"path": p, "blocked": bool(blocked or error), "error": bool(error), "ms": ms}), flush=True)
