"""``ghurfa watch``: the room's change notices, one line each, as they arrive.

What the other workstations save, as the program's own views hear it: for an administrator
checking that the workstations of a room see one another, and for scripts (``--json``: one
JSON object a line). It runs until interrupted (Ctrl+C ends it quietly, with success), or
after ``--count`` notices or ``--seconds`` seconds. The notices go to standard output; what
the command itself has to say (that it listens, that the connection was lost) goes to
standard error, so a pipe reads notices only.
"""

from __future__ import annotations

import argparse
import json
import queue
import time
from typing import TYPE_CHECKING, Any

from desktop.cli.context import CliContext, t

if TYPE_CHECKING:  # the parser is built without the storage layer
    from desktop.storage.changes import ChangeNotice, RecordId

SHOWN_IDS = 50  # ids written out per kind on a human line; the rest are counted
_STATE = object()  # marks a listener state put in the queue beside the notices


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("watch", parents=[common],
                            help=t("print the room's change notices as they arrive"))
    parser.add_argument("--json", action="store_true",
                        help=t("one JSON object a line, for programs"))
    parser.add_argument("--count", type=_positive_whole, metavar="N",
                        help=t("stop after N notices"))
    parser.add_argument("--seconds", type=_positive_seconds, metavar="S",
                        help=t("stop after S seconds"))
    parser.set_defaults(handler=run)


def _positive_whole(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(t("{value} is not a whole number above zero",
                                           value=value))
    return number


def _positive_seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds < float("inf"):
        raise argparse.ArgumentTypeError(t("{value} is not a number of seconds above zero",
                                           value=value))
    return seconds


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.storage.listen import LISTENING, LOST, ChangeListener

    db = ctx.lasting_db()  # nothing else can change a database in memory
    arrived: queue.Queue[Any] = queue.Queue()
    db.changes.subscribe(arrived.put)
    listener = ChangeListener(db, on_state=lambda state: arrived.put((_STATE, state)))
    deadline = time.monotonic() + args.seconds if args.seconds else None
    shown, lost = 0, False
    try:
        listener.start()
        while args.count is None or shown < args.count:
            wait = 0.25 if deadline is None else min(0.25, deadline - time.monotonic())
            if wait <= 0:
                break
            try:
                item = arrived.get(timeout=wait)
            except queue.Empty:
                continue
            if isinstance(item, tuple) and item[0] is _STATE:
                if item[1] == LISTENING:
                    ctx.error(t("Listening again to {name}.", name=db.describe()) if lost else
                              t("Watching the changes to {name}; Ctrl+C stops.",
                                name=db.describe()))
                    lost = False
                elif item[1] == LOST:
                    lost = True
                    ctx.error(t("The connection to {name} was lost; trying again.",
                                name=db.describe()))
                continue
            print(as_json(item) if args.json else in_words(item), flush=True)
            shown += 1
    except KeyboardInterrupt:  # the way a watch is meant to end
        return 0
    finally:
        listener.stop()
    return 0


def as_json(change: ChangeNotice) -> str:
    """One line for programs: ids as numbers (a pair as a list), null for "all of this
    kind", versions by id."""
    def plain(record_id: RecordId) -> int | list[int]:
        return list(record_id) if isinstance(record_id, tuple) else record_id

    def key(record_id: RecordId) -> str:
        return ",".join(map(str, record_id)) if isinstance(record_id, tuple) else str(record_id)

    return json.dumps({
        "at": change.at.isoformat(),
        "workstation": change.workstation,
        "user": change.user,
        "everything": change.everything,
        "reason": change.reason or None,
        "kinds": {kind: None if ids is None else [plain(i) for i in _ordered(ids)]
                  for kind, ids in sorted(change.kinds.items())},
        "deleted": {kind: [plain(i) for i in _ordered(ids)]
                    for kind, ids in sorted(change.deleted.items())},
        "versions": {kind: {key(i): v for i, v in sorted(by_id.items(),
                                                           key=lambda item: _id_key(item[0]))}
                     for kind, by_id in sorted(change.versions.items())},
    }, ensure_ascii=False)


def in_words(change: ChangeNotice) -> str:
    """One line for people: when, where, who, and what changed, in the chosen language."""
    when = change.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    user = change.user or t("(user unknown)")
    workstation = change.workstation or t("(workstation unknown)")
    if change.everything:
        what = _everything(change.reason)
    else:
        from desktop.labels import table_label

        labels = {kind: table_label(kind) or kind for kind in change.kinds}
        parts: list[str] = []
        for kind in sorted(change.kinds, key=labels.__getitem__):
            label, ids = labels[kind], change.kinds[kind]
            gone = change.deleted.get(kind, frozenset())
            if ids is None:
                parts.append(t("{kind}: all", kind=label))
                continue
            if ids - gone:
                parts.append(t("{kind}: {ids}", kind=label, ids=_ids_text(ids - gone)))
            if gone:
                parts.append(t("{kind} deleted: {ids}", kind=label, ids=_ids_text(gone)))
        what = _joined(parts, t("{first}; {second}"))
    return t("{time}  {workstation}  {user}  {changes}", time=when, workstation=workstation,
             user=user, changes=what)


def _everything(reason: str) -> str:
    from desktop.storage import changes

    if reason == changes.RECONNECTED:
        return t("the connection came back: anything may have changed meanwhile")
    if reason == changes.MISSED:
        return t("some notices were missed: anything may have changed")
    return t("anything may have changed")


def _id_key(record_id: RecordId) -> tuple[int, ...]:
    return record_id if isinstance(record_id, tuple) else (record_id,)


def _ordered(ids: frozenset[RecordId]) -> list[RecordId]:
    return sorted(ids, key=_id_key)


def _ids_text(ids: frozenset[RecordId]) -> str:
    shown = _ordered(ids)
    words = ["-".join(map(str, i)) if isinstance(i, tuple) else str(i)
             for i in shown[:SHOWN_IDS]]
    text = _joined(words, t("{first}, {second}"))
    if len(shown) > SHOWN_IDS:
        return t("{ids} and {count} more", ids=text, count=len(shown) - SHOWN_IDS)
    return text


def _joined(parts: list[str], pattern: str) -> str:
    """Parts joined by the separator the language writes between two of them."""
    separator = pattern.format(first="", second="")
    return separator.join(parts)
