"""Where Ghurfa keeps its data, and the one setting that chooses the database.

The database is chosen, strongest first, by ``--db URL``, the ``GHURFA_DB_URL`` variable, or
``database_url`` in the settings file; otherwise an SQLite file in the user's data folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from platformdirs import user_config_path, user_data_path

APP = "Ghurfa"
DB_ENV = "GHURFA_DB_URL"
HOME_ENV = "GHURFA_HOME"  # one folder for data and settings: portable installs and tests


def data_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    folder = Path(home) / "data" if home else user_data_path(APP, appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def config_file() -> Path:
    home = os.environ.get(HOME_ENV)
    folder = Path(home) if home else user_config_path(APP, appauthor=False)
    return folder / "settings.json"


def load() -> dict[str, Any]:
    file = config_file()
    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}


def save(values: dict[str, Any]) -> None:
    """Write the settings atomically, so a crash never leaves half a file."""
    file = config_file()
    file.parent.mkdir(parents=True, exist_ok=True)
    tmp = file.with_suffix(".tmp")
    tmp.write_text(json.dumps(values, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, file)


def default_sqlite_url() -> str:
    return f"sqlite:///{data_dir() / 'ghurfa.sqlite3'}"


def database_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get(DB_ENV) or load().get("database_url") or default_sqlite_url()
