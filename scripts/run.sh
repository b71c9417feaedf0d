#!/usr/bin/env bash
# Run the service desk: bash scripts/run.sh [app args...]   e.g. --db URL
#
# Installs what is missing first (scripts/bootstrap.sh run: Qt runtime + X11/xcb libs,
# .venv with pip install -e .), then runs main.py with the venv's python. The current
# directory is kept, so relative paths in the arguments mean what you typed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

bash "$ROOT/scripts/bootstrap.sh" run

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    cat >&2 <<'HINT'
run.sh: no DISPLAY or WAYLAND_DISPLAY here, so Qt has no screen to open a window on.
  - a virtual X screen:  xvfb-run -a -s '-screen 0 1600x1000x24' bash scripts/run.sh ...
  - no window at all:    QT_QPA_PLATFORM=offscreen bash scripts/run.sh ...
Trying anyway.
HINT
fi

if [[ ! -f $ROOT/main.py ]]; then
    echo "run.sh: $ROOT/main.py not found" >&2
    exit 1
fi
exec "$ROOT/.venv/bin/python" "$ROOT/main.py" "$@"
