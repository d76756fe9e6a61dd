#!/usr/bin/env bash
# What the tests need beyond npm, installed on a fresh machine by `npm test` (its pretest step) and by .ci/run.
# Debian packages: the system Python with the libraries that write real model and data files for the tests
# (torch, scikit-learn, joblib with each compressor, pandas, numpy, scipy, h5py). Never unpickled by the project:
# these only *produce* files the scanners read.
# Idempotent: it installs only what is missing, and says exactly what to run when it cannot install.
set -euo pipefail

DEB_PACKAGES=(bandit python3-numpy python3-scipy python3-pandas python3-torch python3-sklearn python3-joblib
  python3-h5py python3-lz4 python3-zstandard python3-venv)

missing=()
for p in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=(); elif sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
    echo "setup-test-env: missing Debian packages: ${missing[*]}" >&2
    echo "setup-test-env: install them with: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "setup-test-env: installing Debian packages: ${missing[*]}" >&2
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The real tools the tests run (bandit, pip-audit, trivy, gitleaks), pinned, installed with the action's own
# installer code (scripts/install-tools.ts): bandit and pip-audit from their hash locks into their own
# virtualenvs, trivy and gitleaks built from source through the Go module proxy. Everything lands under
# ~/.cache/ai-secure-gates (kept between runs and between CI steps; a second run takes seconds), and the
# tests find the tools through ~/.cache/ai-secure-gates/test-tools.json (docs/CONTRIBUTING.md).
if ! command -v go >/dev/null 2>&1; then
  echo "setup-test-env: the Go toolchain (go) is missing: trivy and gitleaks are built with it. Install Go 1.26+ (https://go.dev/dl/)." >&2
  exit 1
fi
if [ ! -e node_modules/tsx ]; then
  echo "setup-test-env: node_modules is missing: run npm ci first (scripts/install-tools.ts runs with tsx)" >&2
  exit 1
fi
# Started in the background: building trivy from source is the longest step (minutes on 2 cores, cold),
# so it overlaps the downloads below; waited for at the end of this script.
node --import tsx scripts/install-tools.ts &
TOOLS_PID=$!

# Fairlearn (PyPI, hash-pinned in scripts/requirements-fairlearn.txt) in its own venv: the evaluation gate's
# tests and bench compare our fairness metrics with Fairlearn's MetricFrame on generated data.
FAIRLEARN_VENV="${AI_SECURE_GATES_CACHE:-$HOME/.cache/ai-secure-gates}/fairlearn-0.15.0"
if ! "$FAIRLEARN_VENV/bin/python" -c 'import fairlearn, sys; sys.exit(fairlearn.__version__ != "0.15.0")' 2>/dev/null; then
  echo "setup-test-env: installing Fairlearn 0.15.0 into $FAIRLEARN_VENV" >&2
  rm -rf "$FAIRLEARN_VENV"
  /usr/bin/python3 -m venv "$FAIRLEARN_VENV"
  "$FAIRLEARN_VENV/bin/pip" install -q --disable-pip-version-check --require-hashes --only-binary :all: --no-deps \
    -r "$(dirname "$0")/requirements-fairlearn.txt"
fi

# mlflow-skinny (PyPI, hash-pinned in scripts/requirements-mlflow.txt) in its own venv: the evaluation gate's
# tests log runs with MLflow's file store and read them back.
MLFLOW_VENV="${AI_SECURE_GATES_CACHE:-$HOME/.cache/ai-secure-gates}/mlflow-skinny-3.17.2"
if ! "$MLFLOW_VENV/bin/python" -c 'import mlflow, sys; sys.exit(mlflow.__version__ != "3.17.2")' 2>/dev/null; then
  echo "setup-test-env: installing mlflow-skinny 3.17.2 into $MLFLOW_VENV" >&2
  rm -rf "$MLFLOW_VENV"
  /usr/bin/python3 -m venv "$MLFLOW_VENV"
  "$MLFLOW_VENV/bin/pip" install -q --disable-pip-version-check --require-hashes --only-binary :all: --no-deps \
    -r "$(dirname "$0")/requirements-mlflow.txt"
fi

# The small real language model (and its CPU runtime) for the redteam tests, in a cache folder.
bash "$(dirname "${BASH_SOURCE[0]}")/setup-test-model.sh"

# Current numpy, pandas, scikit-learn and joblib (PyPI, hash-pinned in scripts/requirements-ml-current.txt) in their own
# venv: the pickle corpus test writes real files with them as well as with Debian's older releases, so the exact
# pickle allowlist is checked against both.
ML_VENV="${AI_SECURE_GATES_CACHE:-$HOME/.cache/ai-secure-gates}/ml-current-v1"
if ! "$ML_VENV/bin/python" -c 'import numpy, pandas, sklearn, joblib, sys; sys.exit(numpy.__version__ != "2.4.6")' 2>/dev/null; then
  echo "setup-test-env: installing current numpy, pandas, scikit-learn, joblib into $ML_VENV" >&2
  rm -rf "$ML_VENV"
  /usr/bin/python3 -m venv "$ML_VENV"
  "$ML_VENV/bin/pip" install -q --disable-pip-version-check --require-hashes --only-binary :all: --no-deps \
    -r "$(dirname "$0")/requirements-ml-current.txt"
fi

# The tool builds (started above) must have succeeded.
if ! wait "$TOOLS_PID"; then
  echo "setup-test-env: installing the pinned tools failed (see the install-tools lines above)" >&2
  exit 1
fi
