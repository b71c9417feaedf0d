"""What every benchmark prints about the machine it ran on: the CPU and the load beside it
(two shared cores make every figure depend on what else runs)."""

from __future__ import annotations

import os
from pathlib import Path

from desk.db import Database, sqlite_file


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "?"


def load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "?"
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f} (1 / 5 / 15 min)"


def open_database(url: str, refill: bool) -> Database:
    """The benchmark's database, migrated; with ``refill`` a SQLite file starts empty (its
    ``-wal`` and ``-shm`` files go too). A PostgreSQL database is refilled by the caller."""
    path = sqlite_file(url)
    if path is not None and refill:
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()
    database = Database(url)
    database.open()
    return database
