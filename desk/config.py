"""Where the desk keeps its files, and which database it opens.

The database URL is the one setting that cannot live in the database. It comes from, in order:
the ``--db`` option, the ``DESK_DATABASE_URL`` environment variable, the ``database_url`` key of
``config.json`` in the user's config directory, and finally an SQLite file in the user's data
directory. Only that last, default location is created on first use; the folder of an
explicitly named SQLite file must exist already (see :func:`desk.db.prepare_folder`). The
interface language lives in the same small file because it is needed before the
database is open (the sign-in dialog is translated too).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "service-desk"
APP_AUTHOR = "service-desk"
ENV_DATABASE_URL = "DESK_DATABASE_URL"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def config_file() -> Path:
    return config_dir() / "config.json"


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'desk.sqlite3'}"


def load_config() -> dict[str, Any]:
    try:
        loaded = json.loads(config_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def save_config_value(key: str, value: Any) -> None:
    values = load_config()
    values[key] = value
    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(values, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)


@dataclass(frozen=True)
class Settings:
    database_url: str
    language: str  # "auto", "zh_CN" or "en"


def load_settings(database_url: str | None = None) -> Settings:
    stored = load_config()
    url = (
        database_url
        or os.environ.get(ENV_DATABASE_URL)
        or stored.get("database_url")
        or default_database_url()
    )
    language = stored.get("language", "auto")
    if language not in ("auto", "zh_CN", "en"):
        language = "auto"
    return Settings(database_url=str(url), language=language)
