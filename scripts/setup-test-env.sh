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
node --import tsx scripts/install-tools.ts
