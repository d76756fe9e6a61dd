#!/usr/bin/env bash
# What the tests need beyond npm, installed on a fresh machine by `npm test` (its pretest step) and by .ci/run.
# Debian packages: the system Python with the libraries that write real model and data files for the tests
# (torch, scikit-learn, joblib with each compressor, pandas, numpy, scipy, h5py). Never unpickled by the project:
# these only *produce* files the scanners read.
# Idempotent: it installs only what is missing, and says exactly what to run when it cannot install.
set -euo pipefail

DEB_PACKAGES=(bandit python3-numpy python3-scipy python3-pandas python3-torch python3-sklearn python3-joblib
  python3-h5py python3-lz4 python3-zstandard python3-venv
  prometheus apache2-utils)  # deploy-check tests: a real Prometheus on 127.0.0.1 backfilled with promtool; htpasswd hashes its basic-auth password

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
# cosign (signature round trips) is built only with AI_SECURE_GATES_BUILD_COSIGN=1, or reused when built before.
# Started in the background: building trivy from source is the longest step (minutes on 2 cores, cold),
# so it overlaps the downloads below; waited for at the end of this script.
node --import tsx scripts/install-tools.ts &
TOOLS_PID=$!

# A hash-pinned PyPI venv under the cache: (re)made from scripts/<requirements> when CHECK (Python code that
# exits 0 when the venv holds the pinned versions) fails. Wheels only, no resolver: the file is the closure.
pinned_venv() {
  local name=$1 check=$2 requirements=$3 label=$4
  local venv="${AI_SECURE_GATES_CACHE:-$HOME/.cache/ai-secure-gates}/$name"
  if ! "$venv/bin/python" -c "$check" 2>/dev/null; then
    echo "setup-test-env: installing $label into $venv" >&2
    rm -rf "$venv"
    /usr/bin/python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check --require-hashes --only-binary :all: --no-deps \
      -r "$(dirname "${BASH_SOURCE[0]}")/$requirements"
  fi
}

# The downloads below wait on the network more than the CPU: each runs in the background next to the
# tool builds, and every one must succeed (waited for at the end).
STEP_PIDS=()
STEP_NAMES=()
bg() {
  local name=$1; shift
  "$@" &
  STEP_PIDS+=($!)
  STEP_NAMES+=("$name")
}

# Fairlearn: the evaluation gate's tests and bench compare our fairness metrics with Fairlearn's MetricFrame.
bg fairlearn-0.15.0 pinned_venv fairlearn-0.15.0 'import fairlearn, sys; sys.exit(fairlearn.__version__ != "0.15.0")' requirements-fairlearn.txt 'Fairlearn 0.15.0'

# mlflow-skinny: the evaluation gate's tests log runs with MLflow's file store and read them back.
bg mlflow-skinny-3.17.2 pinned_venv mlflow-skinny-3.17.2 'import mlflow, sys; sys.exit(mlflow.__version__ != "3.17.2")' requirements-mlflow.txt 'mlflow-skinny 3.17.2'

# model_signing (OpenSSF Model Signing): the signature tests sign model folders with it and verify our bundles with it.
bg model-signing-1.1.1 pinned_venv model-signing-1.1.1 'import importlib.metadata as m, sys; sys.exit(m.version("model_signing") != "1.1.1")' requirements-model-signing.txt 'model_signing 1.1.1'

# The small real language model (and its CPU runtime) for the redteam tests, in a cache folder.
bg test-model bash "$(dirname "${BASH_SOURCE[0]}")/setup-test-model.sh"

# Current numpy, pandas, scikit-learn and joblib: the pickle corpus test writes real files with them as well as
# with Debian's older releases, so the exact pickle allowlist is checked against both.
bg ml-current-v1 pinned_venv ml-current-v1 'import numpy, pandas, sklearn, joblib, sys; sys.exit(numpy.__version__ != "2.4.6")' requirements-ml-current.txt 'current numpy, pandas, scikit-learn, joblib'

# The Adversarial Robustness Toolbox: the robustness gate's bench compares our decision-based attack with ART's
# HopSkipJump on the same scikit-learn models (scripts/bench/robustness-art.ts).
bg art-1.20.1 pinned_venv art-1.20.1 'import art, sys; sys.exit(art.__version__ != "1.20.1")' requirements-art.txt 'ART 1.20.1'

# Keras 3 (JAX CPU backend) and onnx: the model scanner's tests write real .keras, legacy .h5 and .onnx files with them
# (scripts/gen-keras-onnx-models.py); the scanner itself never loads them.
bg keras-onnx-v1 pinned_venv keras-onnx-v1 'import os, sys; os.environ["KERAS_BACKEND"] = "jax"; import keras, onnx; sys.exit(keras.__version__ != "3.15.1" or onnx.__version__ != "1.23.2")' requirements-keras.txt 'Keras 3.15.1 (JAX CPU) and onnx 1.23.2'

# The peer model scanners (picklescan, modelscan, fickling, modelaudit, pinned): the bench's peer table and
# __tests__/scanners/model/peers-real.test.ts run them for real.
bg peer-scanners bash -c 'bash "$0" >/dev/null' "$(dirname "${BASH_SOURCE[0]}")/setup-peer-scanners.sh"

STEP_FAILED=0
for i in "${!STEP_PIDS[@]}"; do
  if ! wait "${STEP_PIDS[$i]}"; then
    echo "setup-test-env: ${STEP_NAMES[$i]} failed (see its lines above)" >&2
    STEP_FAILED=1
  fi
done
[ "$STEP_FAILED" = 0 ] || exit 1

# The tool builds (started above) must have succeeded.
if ! wait "$TOOLS_PID"; then
  echo "setup-test-env: installing the pinned tools failed (see the install-tools lines above)" >&2
  exit 1
fi
