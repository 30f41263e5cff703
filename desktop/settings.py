"""Where Ghurfa keeps its data, and the one setting that chooses the database.

The database is chosen, strongest first, by ``--db URL``, the ``GHURFA_DB_URL`` variable, or
``database_url`` in the settings file; otherwise an SQLite file in the user's data folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_config_path, user_data_path

if TYPE_CHECKING:
    from desktop.services.errors import DatabaseUnavailable

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


class SettingsUnreadable(ValueError):
    """The settings file is there but does not read as settings (a JSON object). ``line`` and
    ``column`` place a syntax error; ``not_object`` marks valid JSON of another shape."""

    def __init__(self, file: Path, *, line: int | None = None, column: int | None = None,
                 not_object: bool = False) -> None:
        self.file, self.line, self.column, self.not_object = file, line, column, not_object
        super().__init__(f"{file}: line {line}, column {column}" if line else str(file))


def load(*, strict: bool = False) -> dict[str, Any]:
    """The settings; none where the file is absent. A file that is there but unreadable reads
    as none too, so a window preference never stops a start, unless ``strict`` asks to know
    (SettingsUnreadable): the choice of database must not silently fall back."""
    file = config_file()
    try:
        values = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except json.JSONDecodeError as error:
        problem = SettingsUnreadable(file, line=error.lineno, column=error.colno)
    except (OSError, ValueError, RecursionError):  # RecursionError: arrays nested too deep
        problem = SettingsUnreadable(file)
    else:
        if isinstance(values, dict):
            return values
        problem = SettingsUnreadable(file, not_object=True)
    if strict:
        raise problem
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
    """The address to open, strongest choice first. A settings file that cannot be read is
    refused rather than passed over: the default would be an empty local file, not the room's
    server."""
    if explicit:
        return explicit
    if os.environ.get(DB_ENV):
        return os.environ[DB_ENV]
    from desktop.services.errors import DatabaseUnavailable

    try:
        value = load(strict=True).get("database_url")
    except SettingsUnreadable as problem:
        raise _unreadable(problem) from problem
    if value is not None and not isinstance(value, str):
        raise DatabaseUnavailable(
            "The setting database_url in {file} is not a database address; correct the file "
            "or remove the setting.", misuse=True, file=str(config_file()))
    return value or default_sqlite_url()


def database_source(explicit: str | None = None) -> str:
    """Where the address ``database_url`` gives comes from: ``option`` (``--db``),
    ``environment``, ``settings`` (the file, also when it cannot be read) or ``default``.

    A start that fails on the address offers to correct it only where the program can: an
    address in the settings file can be edited from the window; one given on the command line
    or in the environment is the caller's to change."""
    if explicit:
        return "option"
    if os.environ.get(DB_ENV):
        return "environment"
    try:
        value = load(strict=True).get("database_url")
    except SettingsUnreadable:
        return "settings"
    return "settings" if value else "default"


def _unreadable(problem: SettingsUnreadable) -> DatabaseUnavailable:
    from desktop.services.errors import DatabaseUnavailable

    if problem.line is not None:
        return DatabaseUnavailable(
            "The settings file {file} cannot be read: its text is broken at line {line}, "
            "column {column}. Ghurfa will not guess which database to open; correct the file "
            "or remove it.", misuse=True, file=str(problem.file), line=problem.line,
            column=problem.column)
    if problem.not_object:
        return DatabaseUnavailable(
            "The settings file {file} does not hold settings (a JSON object). Ghurfa will not "
            "guess which database to open; correct the file or remove it.", misuse=True,
            file=str(problem.file))
    return DatabaseUnavailable(
        "The settings file {file} cannot be read. Ghurfa will not guess which database to "
        "open; check that the file may be read, or remove it.", misuse=True,
        file=str(problem.file))
