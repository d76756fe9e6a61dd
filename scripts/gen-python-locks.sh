#!/usr/bin/env bash
# Regenerates the real poetry.lock and pdm.lock fixtures (__tests__/fixtures/locks/{poetry,pdm}) with the real tools:
# poetry 2.5.1 and pdm 2.29.4, hash-pinned (scripts/requirements-python-lockers.txt), in a venv under the cache; each
# locks its fixture's pyproject.toml against the package index. Maintainer tool, not run by the tests or CI.
#   bash scripts/gen-python-locks.sh
# poetry reads PyPI through its per-version JSON API by default; where only the simple index answers (as on the
# machine these were made on), the poetry fixture names https://pypi.org/simple/ as its primary source, which is
# also how a private index looks in a poetry.lock ([package.source] type = "legacy").
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${AI_SECURE_GATES_CACHE:-$HOME/.cache/ai-secure-gates}/python-lockers-v1"
if ! "$venv/bin/poetry" --version 2>/dev/null | grep -q '2\.5\.1' || ! "$venv/bin/pdm" --version 2>/dev/null | grep -q '2\.29\.4'; then
  rm -rf "$venv"
  /usr/bin/python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check --require-hashes --only-binary :all: --no-deps -r scripts/requirements-python-lockers.txt
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for tool in poetry pdm; do
  mkdir -p "$work/$tool"
  cp "__tests__/fixtures/locks/$tool/pyproject.toml" "$work/$tool/"
  args=(lock); [ "$tool" = poetry ] && args+=(--no-interaction)
  (cd "$work/$tool" && POETRY_VIRTUALENVS_CREATE=false PDM_CHECK_UPDATE=false "$venv/bin/$tool" "${args[@]}" 2>&1 | tail -2) || true
  [ -s "$work/$tool/$tool.lock" ] || { echo "gen-python-locks: $tool wrote no $tool.lock" >&2; exit 1; }
  cp "$work/$tool/$tool.lock" "__tests__/fixtures/locks/$tool/$tool.lock"
  echo "gen-python-locks: __tests__/fixtures/locks/$tool/$tool.lock" >&2
done
