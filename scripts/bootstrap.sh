#!/usr/bin/env bash
# Prepare this machine for the service desk: Debian system packages + the .venv.
#
#   scripts/bootstrap.sh run    Qt runtime + X11/xcb libs (real window), pip install -e .
#   scripts/bootstrap.sh test   Qt runtime + postgresql + poppler-utils + xvfb, pip install -e '.[dev]'
#   scripts/bootstrap.sh all    both of the above
#
# Idempotent and quick when everything is already there: apt is only touched when a
# package is missing, pip only when pyproject.toml changed since the last install.
#
# Environment:
#   DESK_SKIP_APT=1   do not check/install Debian packages (non-Debian machine, or you manage them)
#   SKIP_PG=1         (test mode) postgresql becomes optional
#   PYTHON=/path      the interpreter used to create .venv (default: first of python3,
#                     python3.13, python3.12, python3.11 that is >= 3.11 and < 3.14)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

MODE=${1:-test}
case $MODE in
    run | test | all) ;;
    -h | --help)
        awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "${BASH_SOURCE[0]}"
        exit 0
        ;;
    *)
        echo "usage: $0 [run|test|all]" >&2
        exit 2
        ;;
esac

log() { printf 'bootstrap: %s\n' "$*" >&2; }
die() {
    printf 'bootstrap: ERROR: %s\n' "$*" >&2
    exit 1
}

# --------------------------------------------------------------------------- apt --
QT_RUNTIME=(libgl1 libegl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libglib2.0-0)
QT_X11=(xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
    libxcb-xfixes0)
TEST_TOOLS=(poppler-utils xvfb xauth)
TEST_PG=(postgresql)

ESSENTIAL=() # missing => bootstrap fails if they cannot be installed
OPTIONAL=()  # missing => warning only
case $MODE in
    run)
        ESSENTIAL=("${QT_RUNTIME[@]}")
        OPTIONAL=("${QT_X11[@]}") # offscreen still works without them
        ;;
    test | all)
        ESSENTIAL=("${QT_RUNTIME[@]}" "${TEST_TOOLS[@]}")
        if [[ ${SKIP_PG:-} == 1 ]]; then OPTIONAL=("${TEST_PG[@]}"); else ESSENTIAL+=("${TEST_PG[@]}"); fi
        if [[ $MODE == all ]]; then OPTIONAL+=("${QT_X11[@]}"); fi
        ;;
esac

is_installed() {
    # (one line per architecture on multiarch systems: any installed one will do)
    local status
    status=$(dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null) || return 1
    [[ $'\n'$status$'\n' == *" ok installed"$'\n'* ]]
}

missing_of() { # prints the missing packages among "$@", deduplicated
    local p seen=" "
    for p in "$@"; do
        [[ $seen == *" $p "* ]] && continue
        seen+="$p "
        is_installed "$p" || printf '%s\n' "$p"
    done
}

apt_install() { # apt_install pkg... ; returns non-zero if it could not install
    local -a runner=()
    if [[ $(id -u) -eq 0 ]]; then
        runner=()
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        runner=(sudo -n)
    else
        log "missing Debian packages: $*"
        log "install them with:"
        printf '    sudo apt-get install -y %s\n' "$*" >&2
        return 1
    fi
    local aptlog
    aptlog=$(mktemp -t desk-apt.XXXXXX)
    log "installing Debian packages: $*"
    export DEBIAN_FRONTEND=noninteractive
    if ! "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >"$aptlog" 2>&1; then
        cat "$aptlog" >&2
        rm -f "$aptlog"
        log "apt-get update failed"
        return 1
    fi
    if ! "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
        -o DPkg::Lock::Timeout=300 --no-install-recommends "$@" >"$aptlog" 2>&1; then
        tail -n 40 "$aptlog" >&2
        rm -f "$aptlog"
        log "apt-get install failed"
        return 1
    fi
    rm -f "$aptlog"
    return 0
}

can_apt() { # Debian-like and allowed to install packages (DESK_SKIP_APT not set)
    [[ ${DESK_SKIP_APT:-} != 1 ]] && command -v dpkg-query >/dev/null 2>&1
}

system_packages() {
    if [[ ${DESK_SKIP_APT:-} == 1 ]]; then
        log "DESK_SKIP_APT=1: not checking Debian packages"
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1; then
        log "not a Debian-like system (no dpkg-query): install the equivalents of these yourself:"
        log "  ${ESSENTIAL[*]} ${OPTIONAL[*]}"
        return 0
    fi
    local -a miss_ess miss_opt
    mapfile -t miss_ess < <(missing_of "${ESSENTIAL[@]}")
    mapfile -t miss_opt < <(missing_of "${OPTIONAL[@]}")
    # An optional package that is also essential is already listed once.
    local -a todo=("${miss_ess[@]}")
    local p
    for p in "${miss_opt[@]}"; do
        [[ " ${todo[*]} " == *" $p "* ]] || todo+=("$p")
    done
    ((${#todo[@]} == 0)) && return 0
    if apt_install "${todo[@]}"; then
        return 0
    fi
    if ((${#miss_ess[@]} > 0)); then
        die "required Debian packages are missing: ${miss_ess[*]}"
    fi
    log "WARNING: continuing without optional packages: ${miss_opt[*]}"
}

# --------------------------------------------------------------------------- venv --
py_ok() { # usable interpreter for this project? (>= 3.11, < 3.14)
    "$1" -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] < (3, 14) else 1)' \
        >/dev/null 2>&1
}

find_python() {
    local c
    if [[ -n ${PYTHON:-} ]]; then
        py_ok "$PYTHON" || die "PYTHON=$PYTHON is not a Python 3.11-3.13"
        printf '%s\n' "$PYTHON"
        return
    fi
    for c in python3 python3.13 python3.12 python3.11; do
        if command -v "$c" >/dev/null 2>&1 && py_ok "$c"; then
            command -v "$c"
            return
        fi
    done
    # A fresh Debian may have no python3 at all: Debian 12's own (3.11) will do.
    if [[ -z ${DEBIAN_PYTHON_TRIED:-} ]] && can_apt && apt_install python3 python3-venv; then
        DEBIAN_PYTHON_TRIED=1 find_python
        return
    fi
    local have
    have=$(python3 --version 2>&1 || echo "no python3")
    die "need Python >= 3.11 (< 3.14) to create .venv, found: $have.
  On Debian 12: sudo apt-get install -y python3 python3-venv   (3.11)
  Elsewhere: install python3.11 or python3.12 (+ its venv module), or set PYTHON=/path/to/python3.x"
}

VENV=$ROOT/.venv
STAMP=$VENV/.desk-install-stamp

ensure_venv() {
    local recreate=0
    if [[ -x $VENV/bin/python ]] && py_ok "$VENV/bin/python"; then
        # A venv is tied to its path (script shebangs): if the checkout moved, rebuild it.
        if [[ -f $STAMP ]] && [[ $(sed -n 3p "$STAMP") != "$VENV" ]]; then
            log ".venv was created at another path: recreating it"
            recreate=1
        fi
    elif [[ -e $VENV ]]; then
        # Not ours to wipe if we cannot write it (another user's venv, say).
        [[ -w $VENV && -w $VENV/bin ]] ||
            die "$VENV exists but its python does not run for $(id -un), and it is not writable:
  run as the user who created it, or remove it"
        log ".venv exists but its python is unusable (base interpreter gone?): recreating it"
        recreate=1
    else
        recreate=1
    fi
    ((recreate)) || return 0

    local py
    py=$(find_python)
    log "creating .venv with $py ($("$py" --version 2>&1))"
    if ! "$py" -m venv --clear "$VENV" 2>/dev/null; then
        # Debian's python3 comes without ensurepip: its venv module is a package of its own.
        local venv_pkg
        venv_pkg=python$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')-venv
        if [[ $(readlink -f "$py") == /usr/bin/* ]] && can_apt && apt_install "$venv_pkg"; then
            "$py" -m venv --clear "$VENV" || die "'$py -m venv' failed (see above)"
        else
            "$py" -m venv --clear "$VENV" ||
                die "'$py -m venv' failed (see above). If it is about ensurepip, install the venv module:
    sudo apt-get install -y $venv_pkg"
        fi
    fi
    rm -f "$STAMP"
}

ensure_install() {
    local want_extra=base spec=.
    if [[ $MODE == test || $MODE == all ]]; then
        want_extra=dev
        spec='.[dev]'
    fi
    local sha
    sha=$(sha256sum pyproject.toml | cut -d' ' -f1)
    if [[ -f $STAMP ]]; then
        local old_sha old_extra
        old_sha=$(sed -n 1p "$STAMP")
        old_extra=$(sed -n 2p "$STAMP")
        if [[ $old_sha == "$sha" ]] && { [[ $old_extra == dev ]] || [[ $want_extra == base ]]; }; then
            return 0
        fi
    fi
    log "pip install -e '$spec' (pyproject.toml changed or first install)"
    # -qq: errors only. ignore::UserWarning: no setuptools "editable installation" banner.
    PYTHONWARNINGS=ignore::UserWarning "$VENV/bin/python" -m pip install -qq \
        --disable-pip-version-check --no-input -e "$spec" ||
        die "pip install -e '$spec' failed (see the errors above)"
    printf '%s\n%s\n%s\n' "$sha" "$want_extra" "$VENV" >"$STAMP"
}

system_packages
ensure_venv
ensure_install
