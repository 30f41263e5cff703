"""A journal of unsaved edits that survives a crash or a power cut.

An editor writes its whole state here a moment after each change (and removes it once the
change is saved to the database). On the next start, whatever is still in the journal is
work that never reached the database, and the program offers it back. Files are written
atomically (write, fsync, rename), so a cut mid-write leaves the previous copy intact.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop import settings

SUFFIX = ".draft.json"


@dataclass(frozen=True)
class Draft:
    key: str  # e.g. "meeting-42" or "meeting-new-<uuid>"
    kind: str  # what editor it belongs to, e.g. "meeting"
    title: str  # shown when the draft is offered back
    saved_at: datetime
    database: str  # the database it belongs to: a draft is never offered against another
    state: dict[str, Any]


def folder() -> Path:
    path = settings.data_dir() / "drafts"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _file(key: str) -> Path:
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in key)
    return folder() / f"{safe}{SUFFIX}"


def save(key: str, kind: str, title: str, database: str, state: dict[str, Any]) -> Path:
    target = _file(key)
    payload = {
        "key": key,
        "kind": kind,
        "title": title,
        "saved_at": datetime.now().isoformat(timespec="seconds"),
        "database": database,
        "state": state,
    }
    tmp = target.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as out:
        json.dump(payload, out, ensure_ascii=False, default=str)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, target)
    return target


def discard(key: str) -> None:
    _file(key).unlink(missing_ok=True)


def pending(database: str | None = None) -> list[Draft]:
    """Drafts left behind, newest first; unreadable files are skipped, never deleted."""
    found: list[Draft] = []
    for file in folder().glob(f"*{SUFFIX}"):
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            draft = Draft(
                key=data["key"],
                kind=data["kind"],
                title=data.get("title", ""),
                saved_at=datetime.fromisoformat(data["saved_at"]),
                database=data.get("database", ""),
                state=data["state"],
            )
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            continue
        if database is None or draft.database == database:
            found.append(draft)
    return sorted(found, key=lambda d: d.saved_at, reverse=True)
