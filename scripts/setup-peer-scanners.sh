#!/usr/bin/env bash
# Installs the peer model scanners `npm run bench` compares against, pinned, into a venv under the
# cache folder (never the system Python): picklescan, modelscan, fickling and modelaudit from PyPI.
# Prints the venv's bin folder on stdout. A peer that fails to install is reported on stderr and left
# out (the bench says so in its table); the others still install.
set -uo pipefail
VENV="${AI_SECURE_GATES_CACHE:-$HOME/.cache/ai-secure-gates}/peer-scanners-v1"
PEERS=(picklescan==1.0.5 modelscan==0.8.8 fickling==0.1.12 modelaudit==0.2.54)
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" >&2 || { echo "setup-peer-scanners: python3 -m venv failed (apt-get install python3-venv)" >&2; exit 1; }
fi
for p in "${PEERS[@]}"; do
  name=${p%%==*}
  want=${p##*==}
  have=$("$VENV/bin/python" -m pip show "$name" 2>/dev/null | sed -n 's/^Version: //p')
  [ "$have" = "$want" ] && continue
  echo "setup-peer-scanners: installing $p" >&2
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check "$p" >&2 || echo "setup-peer-scanners: $p did not install; it is left out of the bench" >&2
done
echo "$VENV/bin"
