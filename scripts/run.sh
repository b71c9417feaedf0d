#!/usr/bin/env bash
# Run the service desk: bash scripts/run.sh [desk args...]   e.g. --demo, --db URL, demo --db URL
#
# Installs what is missing first (scripts/bootstrap.sh run: Qt runtime, X11/xcb libs, xvfb;
# .venv with pip install -e .), then runs .venv/bin/desk with your arguments. The current
# directory is kept, so relative paths in the arguments mean what you typed.
#
# No screen (neither DISPLAY nor WAYLAND_DISPLAY: ssh, a server, a container): the window
# opens on a virtual X screen (xvfb-run) and run.sh says so on one line first. Commands that
# open no window (demo, export, print, --help, --version) run as they are, and
# QT_QPA_PLATFORM=offscreen runs the window without any screen.
#
# Environment:
#   DESK_XVFB_SCREEN=WxHxD   size of that virtual screen (default 1366x768x24, a counter PC)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DESK=$ROOT/.venv/bin/desk

# The desk's command line (desk/cli.py): [--db URL] [--lang L] [--demo] [COMMAND ...]. Only a
# command that is known to need no window counts; anything else is treated as the window, so
# a new command at worst runs on a virtual screen it does not need.
opens_window() {
    local arg skip_value=0
    for arg in "$@"; do
        if ((skip_value)); then
            skip_value=0
            continue
        fi
        case $arg in
            -h | --help | --version) return 1 ;;
            --db | --lang) skip_value=1 ;;
            -*) ;;
            demo | export | print | backup | restore) return 1 ;;
            *) return 0 ;;
        esac
    done
    return 0
}

bash "$ROOT/scripts/bootstrap.sh" run

[[ -x $DESK ]] || {
    echo "run.sh: $DESK is missing: bootstrap did not install the desk (see above)" >&2
    exit 1
}

if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} || -n ${QT_QPA_PLATFORM:-} ]] ||
    ! opens_window "$@"; then
    exec "$DESK" "$@"
fi

SCREEN=${DESK_XVFB_SCREEN:-1366x768x24}
if ! command -v xvfb-run >/dev/null 2>&1 || ! command -v xauth >/dev/null 2>&1; then
    cat >&2 <<HINT
run.sh: there is no screen here (DISPLAY and WAYLAND_DISPLAY are not set), and no virtual
one either: xvfb-run and xauth are missing and could not be installed (see above). Either
  - install them:           sudo apt-get install -y xvfb xauth     then run this again, or
  - run it without a screen: QT_QPA_PLATFORM=offscreen bash scripts/run.sh $*
  - or start it on a machine with a desktop (or over ssh -X, which sets DISPLAY).
HINT
    exit 1
fi
echo "run.sh: no screen here (DISPLAY and WAYLAND_DISPLAY are not set): the window opens on a" \
    "virtual ${SCREEN%x*} screen (xvfb-run) that nobody sees; Ctrl+C stops it." >&2
exec xvfb-run -a -s "-screen 0 $SCREEN" "$DESK" "$@"
