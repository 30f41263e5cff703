"""Change notices: what a unit of work changed, told to everyone who shows that data.

A room is several workstations on one database. When one of them saves, the others' lists and
open records go stale; rather than each view polling, every committed unit of work produces
one ``ChangeNotice`` (which kinds of record, which ids, the new versions, who and where), and
a ``ChangeHub`` hands it to every subscriber of this process. ``desktop.storage.recorder``
makes the notices of this process's own units of work; ``desktop.storage.listen`` brings in
those of the other workstations. Nothing here knows Qt: the interface subscribes a callback
that forwards the notice to its own thread.

The notice travels between workstations as a small JSON text (``to_payload`` /
``from_payload``). PostgreSQL carries it in a NOTIFY, whose payload must stay under 8,000
bytes, so a large change is told in a shorter form: versions dropped first, then the ids of
the largest kinds ("this kind changed: refresh all of it"), and at worst "everything changed".
A shorter notice makes a view refresh more than it needed to, never less.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import socket
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from desktop import settings

log = logging.getLogger("ghurfa.changes")

CHANNEL = "ghurfa_changes"  # the PostgreSQL NOTIFY channel every workstation listens on
NOTIFY_LIMIT = 7_900  # bytes: PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more
LOG_LIMIT = 64_000  # bytes: a change_log row may tell more than a NOTIFY, but not unbounded
NAME_LIMIT = 80  # characters of a workstation or user name carried in a notice
FORMAT = 1  # the payload's form; a listener reads a newer form as "everything changed"

# A record's id: its primary key, one number, or a tuple for the two association tables
# (detachment_members, sector_areas) whose key is a pair.
RecordId = int | tuple[int, ...]

_EMPTY: Mapping[Any, Any] = MappingProxyType({})

# Why a notice says "everything": the listener could not know what changed.
RECONNECTED = "reconnected"  # the connection was lost: notices sent meanwhile are gone
UNREADABLE = "unreadable"  # a notice that this version cannot read (another program, a newer form)
MISSED = "missed"  # log rows pruned before this listener read them
TOO_LARGE = "too_large"  # a unit of work too large to name even its kinds in a notice


@dataclass(frozen=True, slots=True)
class ChangeNotice:
    """One committed unit of work, as seen by a view that may need to refresh.

    ``kinds`` maps a kind of record (its table name: ``people``, ``centres``, ``meetings``…)
    to the ids changed, created or deleted; ``None`` instead of ids means the ids were not
    told (a bulk statement, or a notice shortened to fit): refresh every record of that kind.
    ``versions`` gives the new version of records that carry one, so an open editor can tell
    whether what it shows is still current; ``deleted`` the ids that no longer exist.
    ``everything`` means nothing can be said about what changed (``reason`` says why): refresh
    all. ``local`` is true for a unit of work of this very database object, whose own view has
    usually refreshed already. ``origin`` tells apart two programs on one workstation."""

    kinds: Mapping[str, frozenset[RecordId] | None]
    workstation: str
    user: str | None
    at: datetime
    versions: Mapping[str, Mapping[RecordId, int]] = field(default_factory=lambda: _EMPTY)
    deleted: Mapping[str, frozenset[RecordId]] = field(default_factory=lambda: _EMPTY)
    everything: bool = False
    reason: str = ""
    local: bool = False
    origin: str = ""
    log_id: int | None = None

    def ids(self, kind: str) -> frozenset[RecordId] | None:
        """The ids of ``kind`` this notice names: empty if it names none, None if all may
        have changed."""
        if self.everything:
            return None
        if kind not in self.kinds:
            return frozenset()
        return self.kinds[kind]

    def touches(self, kind: str, record_id: RecordId | None = None) -> bool:
        """Whether a view of ``kind`` (or of that one record) must refresh."""
        ids = self.ids(kind)
        if ids is None:
            return True
        if record_id is None:
            return kind in self.kinds
        return record_id in ids

    def was_deleted(self, kind: str, record_id: RecordId) -> bool:
        return record_id in self.deleted.get(kind, frozenset())


def notice(kinds: Mapping[str, Iterable[RecordId] | None], *, workstation: str,
           user: str | None, at: datetime | None = None,
           versions: Mapping[str, Mapping[RecordId, int]] | None = None,
           deleted: Mapping[str, Iterable[RecordId]] | None = None, local: bool = False,
           origin: str = "", log_id: int | None = None) -> ChangeNotice:
    """A notice from plain collections, frozen so no subscriber can change what the next one
    reads."""
    return ChangeNotice(
        kinds=MappingProxyType({k: None if ids is None else frozenset(ids)
                                for k, ids in kinds.items()}),
        workstation=_name(workstation) or "", user=_name(user), at=at or datetime.now(UTC),
        versions=MappingProxyType({k: MappingProxyType(dict(v))
                                   for k, v in (versions or {}).items() if v}),
        deleted=MappingProxyType({k: frozenset(ids) for k, ids in (deleted or {}).items()
                                  if ids}),
        local=local, origin=origin, log_id=log_id)


def refresh_everything(reason: str, *, workstation: str = "",
                       origin: str = "") -> ChangeNotice:
    """The notice a listener sends when it cannot know what changed."""
    return ChangeNotice(kinds=_EMPTY, workstation=workstation, user=None, at=datetime.now(UTC),
                        everything=True, reason=reason, origin=origin)


def _name(value: str | None) -> str | None:
    if value is None:
        return None
    return str(value)[:NAME_LIMIT]


class ChangeHub:
    """Publish and subscribe, for one database in one process, safe from any thread.

    A subscriber is called in the thread that publishes: the thread that committed for a
    notice of this process, the listener's thread for another workstation's. It must be quick
    and must not touch widgets (the interface forwards the notice to its own thread through a
    queued signal). A subscriber that raises is logged and passed over: the change is already
    committed, and the next subscriber must still hear of it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[Callable[[ChangeNotice], None]] = []

    def subscribe(self, callback: Callable[[ChangeNotice], None]) -> Callable[[], None]:
        """Hear every notice from now on; returns the call that stops it."""
        with self._lock:
            self._subscribers.append(callback)
        return lambda: self.unsubscribe(callback)

    def unsubscribe(self, callback: Callable[[ChangeNotice], None]) -> None:
        with self._lock:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

    def publish(self, change: ChangeNotice) -> None:
        with self._lock:
            subscribers = list(self._subscribers)  # one may unsubscribe while being called
        for callback in subscribers:
            try:
                callback(change)
            except Exception:  # a view's fault must not undo the notice for the others
                log.exception("a change subscriber failed")


def workstation_name() -> str:
    """What other workstations read as "changed at": the ``workstation_name`` setting if the
    room has named its machines, else the computer's name."""
    value = settings.load().get("workstation_name")
    if isinstance(value, str) and value.strip():
        return value.strip()[:NAME_LIMIT]
    return (socket.gethostname() or "?")[:NAME_LIMIT]


def new_origin() -> str:
    """A mark unique to one database object of one process: a listener passes over its own
    units of work (already published where they were committed) and no one else's, even two
    programs on one computer."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


# The payload: the notice as JSON text, shortened to fit.

def _id_out(value: RecordId) -> int | list[int]:
    return list(value) if isinstance(value, tuple) else value


def _id_in(value: Any) -> RecordId:
    if isinstance(value, bool):
        raise ValueError("an id is a number")
    if isinstance(value, int):
        return value
    if isinstance(value, list) and value and all(
            isinstance(v, int) and not isinstance(v, bool) for v in value):
        return tuple(value)
    raise ValueError("an id is a number or a list of numbers")


def _sorted(ids: Iterable[RecordId]) -> list[RecordId]:
    return sorted(ids, key=lambda i: i if isinstance(i, tuple) else (i,))


def _dump(body: dict[str, Any]) -> str:
    # ASCII only: a server whose encoding is not UTF-8 still takes the NOTIFY, and the byte
    # count is the character count.
    return json.dumps(body, ensure_ascii=True, separators=(",", ":"))


def to_payload(change: ChangeNotice, limit: int = NOTIFY_LIMIT) -> str:
    """The notice as text of at most ``limit`` bytes, shortened as the module says."""
    head: dict[str, Any] = {"v": FORMAT, "origin": change.origin, "ws": change.workstation,
                            "user": change.user, "at": change.at.isoformat()}
    if change.log_id is not None:
        head["log"] = change.log_id
    if change.everything:
        return _dump({**head, "all": True, "reason": change.reason})
    kinds: dict[str, list | None] = {
        kind: None if ids is None else [_id_out(i) for i in _sorted(ids)]
        for kind, ids in sorted(change.kinds.items())}
    deleted = {kind: [_id_out(i) for i in _sorted(ids)]
               for kind, ids in sorted(change.deleted.items())}
    versions = {kind: [[_id_out(i), v] for i, v in sorted(
        by_id.items(), key=lambda item: item[0] if isinstance(item[0], tuple) else (item[0],))]
        for kind, by_id in sorted(change.versions.items())}
    text = _dump({**head, "kinds": kinds, "deleted": deleted, "versions": versions})
    if len(text) <= limit:
        return text
    # Versions go first: without them a view reloads a record it may already show.
    text = _dump({**head, "kinds": kinds, "deleted": deleted})
    for kind in sorted(kinds, key=lambda k: len(kinds[k] or ()), reverse=True):
        if len(text) <= limit:
            return text
        if kinds[kind] is None:
            continue
        kinds[kind] = None  # "refresh all of this kind" covers its deleted ids too
        deleted.pop(kind, None)
        text = _dump({**head, "kinds": kinds, "deleted": deleted})
    if len(text) <= limit:
        return text
    # Too many kinds even without ids: the head alone is small (names are capped).
    return _dump({**head, "all": True, "reason": TOO_LARGE})


def from_payload(text: str, *, origin_here: str = "") -> ChangeNotice:
    """The notice a payload tells; ValueError for one this version cannot read."""
    try:
        body = json.loads(text)
    except (TypeError, ValueError) as error:
        raise ValueError("not JSON") from error
    if not isinstance(body, dict) or body.get("v") != FORMAT:
        raise ValueError("not a notice of this form")
    try:
        at = datetime.fromisoformat(body["at"])
        at = at.replace(tzinfo=UTC) if at.tzinfo is None else at
        origin = str(body.get("origin") or "")
        workstation = str(body.get("ws") or "")
        user = body.get("user")
        log_id = body.get("log")
        if body.get("all"):
            return ChangeNotice(kinds=_EMPTY, workstation=workstation[:NAME_LIMIT],
                                user=_name(user), at=at, everything=True,
                                reason=str(body.get("reason") or ""), origin=origin,
                                local=bool(origin_here) and origin == origin_here,
                                log_id=log_id if isinstance(log_id, int) else None)
        kinds = {str(k): None if ids is None else [_id_in(i) for i in ids]
                 for k, ids in dict(body["kinds"]).items()}
        deleted = {str(k): [_id_in(i) for i in ids]
                   for k, ids in dict(body.get("deleted") or {}).items()}
        versions = {str(k): {_id_in(i): int(v) for i, v in pairs}
                    for k, pairs in dict(body.get("versions") or {}).items()}
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError("a notice with a field this version cannot read") from error
    return notice(kinds, workstation=workstation, user=None if user is None else str(user),
                  at=at, versions=versions, deleted=deleted, origin=origin,
                  local=bool(origin_here) and origin == origin_here,
                  log_id=log_id if isinstance(log_id, int) else None)
