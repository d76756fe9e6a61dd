#!/usr/bin/env bash
# Records bandit's JSON and SARIF reports of ONE run over the same small sample (written here), for
# the parser tests (__tests__/parsers/bandit.test.ts) on machines whose bandit lacks the `sarif` extra.
# Usage: scripts/gen-bandit-fixtures.sh /path/to/bandit   (a bandit 1.9.x installed as bandit[sarif]);
# BANDIT_FIXTURES_OUT=dir writes elsewhere (the live test does).
set -euo pipefail
bandit="${1:?usage: $0 /path/to/bandit (installed with the sarif extra)}"
out="${BANDIT_FIXTURES_OUT:-$(cd "$(dirname "$0")/.." && pwd)/__tests__/fixtures/bandit}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/sample/pkg" "$out"
cat > "$work/sample/pkg/a.py" <<'PY'
import pickle
import subprocess
HOST = "0.0.0.0"
password = "changeme"
SCRATCH = "/tmp/scratch"


def f(d, c):
    subprocess.call(
        c,
        shell=True,
    )
    return pickle.loads(d)
PY
printf 'def (:\n' > "$work/sample/pkg/bad.py"
version="$("$bandit" --version | awk '/^bandit/ {print $2}')"
cd "$work/sample"
# bandit exits 1 when it finds something
"$bandit" -r . -f json -o "$out/bandit-$version-same-run.json" -q || [ $? -eq 1 ]
"$bandit" -r . -f sarif -o "$out/bandit-$version-same-run.sarif" -q || [ $? -eq 1 ]
echo "wrote $out/bandit-$version-same-run.{json,sarif}"
