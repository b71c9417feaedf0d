#!/usr/bin/env bash
# The test command: bash scripts/test.sh [pytest args...]
#
# Stages (all run, even after a failure; the exit status is non-zero if any failed):
#   bootstrap       scripts/bootstrap.sh test (Debian packages + .venv); abort if it fails
#   ruff            ruff check .
#   mypy            mypy (config and files in pyproject.toml: desk/)
#   lint-imports    import-linter contracts from pyproject.toml
#   pytest sqlite   QT_QPA_PLATFORM=offscreen pytest, DESK_TEST_DATABASE_URL unset (SQLite)
#   pytest postgres the same against a throwaway cluster (scripts/pg_cluster.sh),
#                   DESK_TEST_DATABASE_URL set; the cluster is stopped on exit, failure or ^C
# Extra arguments go to both pytest runs. pytest's "no tests collected" (exit 5) is a failure.
#
# Environment: SKIP_PG=1 skips the PostgreSQL run (quick local runs; CI never sets it).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1

SUMMARY=()
FAILED=0
TOTAL_PASSED=0
TOTAL_FAILED=0
TOTAL_SKIPPED=0
PG_STARTED=0
LOGDIR=$(mktemp -d -t desk-test.XXXXXX)

stop_pg() {
    if ((PG_STARTED)); then
        PG_STARTED=0
        bash scripts/pg_cluster.sh stop "${DESK_PG_CLUSTER_DIR:-}" || true
    fi
}
# shellcheck disable=SC2317  # called from the EXIT trap
cleanup() {
    stop_pg
    rm -rf "$LOGDIR"
}
trap cleanup EXIT
trap 'echo "test.sh: interrupted" >&2; exit 130' INT TERM HUP

banner() { printf '\n===== %s =====\n' "$*"; }

record() { # record NAME RC [detail]
    local name=$1 rc=$2 detail=${3:-}
    if ((rc == 0)); then
        SUMMARY+=("$name: ok${detail:+ ($detail)}")
    else
        SUMMARY+=("$name: FAILED${detail:+ ($detail)}")
        FAILED=1
    fi
}

run_stage() { # run_stage NAME CMD...
    local name=$1 start=$SECONDS rc
    shift
    banner "$name"
    "$@"
    rc=$?
    record "$name" "$rc" "$([[ $rc -ne 0 ]] && printf 'exit %s, ' "$rc")$((SECONDS - start))s"
}

# pytest's closing line ("== 3 passed, 1 skipped in 2.1s ==") -> "passed failed skipped"
pytest_counts() {
    python3 - "$1" <<'EOF'
import re, sys
text = re.sub(r"\x1b\[[0-9;]*m", "", open(sys.argv[1], encoding="utf-8", errors="replace").read())
line = ""
for cand in text.splitlines():
    if re.search(r"\d+ (passed|failed|error|errors|skipped|deselected|xfailed|xpassed)\b", cand) \
            and re.search(r" in [0-9.]+s", cand):
        line = cand
counts = {k: 0 for k in ("passed", "failed", "errors", "skipped", "xfailed", "xpassed")}
for n, k in re.findall(r"(\d+) (passed|failed|errors?|skipped|xfailed|xpassed)\b", line):
    counts["errors" if k.startswith("error") else k] += int(n)
# (with xfail_strict an unexpected pass is reported as "failed" already)
print(counts["passed"] + counts["xpassed"], counts["failed"] + counts["errors"],
      counts["skipped"] + counts["xfailed"], "found" if line else "none")
EOF
}

run_pytest() { # run_pytest NAME [pytest args...]; env already set by the caller
    local name=$1 start=$SECONDS rc log
    shift
    banner "$name"
    log=$LOGDIR/${name// /-}.log
    # tee keeps the output live; keep colours when the terminal would have had them
    if [[ -t 1 && -z ${NO_COLOR:-} ]]; then export PY_COLORS=1; fi
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@" 2>&1 | tee -i "$log"
    rc=${PIPESTATUS[0]}
    local p f s found
    read -r p f s found < <(pytest_counts "$log")
    TOTAL_PASSED=$((TOTAL_PASSED + p))
    TOTAL_FAILED=$((TOTAL_FAILED + f))
    TOTAL_SKIPPED=$((TOTAL_SKIPPED + s))
    local detail="$p passed, $f failed, $s skipped, $((SECONDS - start))s"
    [[ $found == found ]] || detail="no pytest summary line, $((SECONDS - start))s"
    case $rc in
        0) ;;
        5)
            echo "test.sh: $name collected NO tests (pytest exit 5): that is a failure" >&2
            detail="no tests collected (pytest exit 5)"
            ;;
        *) detail="pytest exit $rc: $detail" ;;
    esac
    record "$name" "$rc" "$detail"
}

# ----------------------------------------------------------------------------------------
banner "bootstrap"
if ! bash scripts/bootstrap.sh test; then
    echo "bootstrap: FAILED (see above); nothing was tested" >&2
    exit 1
fi
export PATH="$ROOT/.venv/bin:$PATH"
SUMMARY+=("bootstrap: ok")

run_stage "ruff" .venv/bin/ruff check .
run_stage "mypy" .venv/bin/mypy
run_stage "lint-imports" .venv/bin/lint-imports

# SQLite: the tests fall back to it when DESK_TEST_DATABASE_URL is not set.
unset DESK_TEST_DATABASE_URL
run_pytest "pytest sqlite" "$@"

if [[ ${SKIP_PG:-} == 1 ]]; then
    SUMMARY+=("pytest postgres: SKIPPED (SKIP_PG=1)")
else
    banner "postgres cluster"
    if pg_env=$(bash scripts/pg_cluster.sh start); then
        PG_STARTED=1
        eval "$pg_env"
        echo "DESK_TEST_DATABASE_URL=$DESK_TEST_DATABASE_URL"
        run_pytest "pytest postgres" "$@"
        stop_pg
    else
        echo "test.sh: could not start the PostgreSQL cluster" >&2
        record "pytest postgres" 1 "cluster did not start"
    fi
fi

banner "summary"
printf '%s\n' "${SUMMARY[@]}"
((FAILED)) && echo "test.sh: FAILED"
# One plain closing line over both pytest runs, last.
echo "tests: $TOTAL_PASSED passed, $TOTAL_FAILED failed, $TOTAL_SKIPPED skipped"
((FAILED)) && exit 1
exit 0
