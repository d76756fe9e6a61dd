#!/usr/bin/env bash
# What the tests need beyond npm, installed on a fresh machine by `npm test` (its pretest step) and by .ci/run.
# Debian packages: the system Python with the libraries that write real model and data files for the tests
# (torch, scikit-learn, joblib with each compressor, pandas, numpy, scipy, h5py). Never unpickled by the project:
# these only *produce* files the scanners read.
# Idempotent: it installs only what is missing, and says exactly what to run when it cannot install.
set -euo pipefail

DEB_PACKAGES=(bandit python3-numpy python3-scipy python3-pandas python3-torch python3-sklearn python3-joblib
  python3-h5py python3-lz4 python3-zstandard)

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

# Current releases of the ML libraries (the pickle corpus test writes real files with them as well as with
# Debian's older ones, so the exact allowlist covers both). Pinned, binary wheels only, into a venv in the cache.
ML_VENV="${XDG_CACHE_HOME:-$HOME/.cache}/ai-secure-gates/pyvenv-ml-current-v1"
ML_PINS=(numpy==2.4.6 pandas==3.1.1 scikit-learn==1.9.1 joblib==1.6.0 scipy==1.17.1 threadpoolctl==3.8.0
  python-dateutil==4.0.0 tzdata==2026.6 narwhals==2.29.0)
if [ ! -x "$ML_VENV/bin/python" ] || ! "$ML_VENV/bin/python" -c 'import numpy, pandas, sklearn, joblib, scipy' 2>/dev/null; then
  echo "setup-test-env: installing ${ML_PINS[*]} into $ML_VENV" >&2
  rm -rf "$ML_VENV"
  /usr/bin/python3 -m venv "$ML_VENV"
  "$ML_VENV/bin/pip" install -q --disable-pip-version-check --only-binary=:all: "${ML_PINS[@]}" || {
    echo "setup-test-env: could not install ${ML_PINS[*]} from PyPI into $ML_VENV (the pickle corpus test needs them)" >&2
    exit 1
  }
fi
