"""The catalogue of printable documents: the one contract of the Reports area and the gallery.

A document kind is a module under ``reports.documents`` that calls ``register`` with a
``DocumentKind``: its parameters, its formats and a ``build`` function. The interface lists
``kinds()`` and builds through ``BuildRequest``; nothing else of this package is its business.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

from desktop.collector import fewer_collections
from desktop.services.actor import SYSTEM, Actor
from reports.errors import Cancelled

if TYPE_CHECKING:
    from desktop.storage.database import Database

__all__ = ["COPIES", "OFFICIAL", "PREVIEW", "SPECIMEN", "SYSTEM", "BuildRequest", "Cancelled",
           "DocumentKind", "Param", "get", "kinds", "make", "register"]

PARAM_KINDS = ("election", "shift", "meeting", "organisation", "office", "date", "text", "choice")
# The copy a build makes. Only the official copy (printed, saved, written by the command line)
# draws a document number; a preview shows where the number will go and a specimen (the
# gallery) marks its number as a specimen, and both say on every page that they are no
# official copy. A document that already has its number shows it in a preview too.
OFFICIAL, PREVIEW, SPECIMEN = "official", "preview", "specimen"
COPIES = (OFFICIAL, PREVIEW, SPECIMEN)


@dataclass(frozen=True)
class Param:
    name: str  # key in BuildRequest.params
    label: str  # English source text; shown via desktop.i18n.translate("ReportParam", label)
    kind: str  # one of PARAM_KINDS
    required: bool = True
    choices: tuple[tuple[str, str], ...] = ()  # for "choice": (value, English label)

    def __post_init__(self) -> None:
        if self.kind not in PARAM_KINDS:
            raise ValueError(f"unknown parameter kind {self.kind!r}")


@dataclass
class BuildRequest:
    db: Database
    params: dict[str, Any]
    output: Path
    fmt: str = "pdf"  # "pdf" or "xlsx"
    actor: Actor = SYSTEM
    lang: str = "ar"
    progress: Callable[[int, int], None] = lambda done, total: None
    cancelled: Callable[[], bool] = lambda: False
    copy: str = OFFICIAL  # one of COPIES
    # What the caller does with the finished official copy (the print to paper) while the
    # number it drew can still be voided: a failure or a cancel there voids it. ``make``
    # calls it for documents that drew none.
    deliver: Callable[[Path], None] | None = None
    # Set by the build: what it wrote is a preview whose official copy will draw a number.
    needs_number: bool = field(default=False, init=False)
    delivered: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        if self.copy not in COPIES:
            raise ValueError(f"unknown copy {self.copy!r}; choose one of {', '.join(COPIES)}")

    def check(self) -> None:
        """Raise ``Cancelled`` if the user asked to stop; builders call it between steps."""
        if self.cancelled():
            raise Cancelled()


@dataclass(frozen=True)
class DocumentKind:
    key: str  # "sample_letter", "sample_table", later "minutes", "assignment_order", ...
    title: str  # English source; translate("DocumentKind", title)
    formats: tuple[str, ...]  # ("pdf",), ("xlsx",) or ("pdf", "xlsx")
    params: tuple[Param, ...]
    build: Callable[[BuildRequest], Path]
    sample_params: Callable[[Session], dict[str, Any]] | None = None  # for the gallery
    numbered: bool = False  # whether a PDF of this kind draws a document number
    tags: tuple[str, ...] = field(default_factory=tuple)


_KINDS: dict[str, DocumentKind] = {}
_ORIGINALS: dict[str, DocumentKind] = {}  # as registered, before ``_audited``
_loaded = False
_loading = threading.Lock()


def register(kind: DocumentKind) -> DocumentKind:
    """Add a kind; registering the same key twice is a mistake, not an update. The kind
    kept (and returned) builds through ``_audited``: every official copy is in the trail."""
    if kind.key in _KINDS and _ORIGINALS[kind.key] is not kind:
        raise ValueError(f"document kind {kind.key!r} is already registered")
    if not kind.formats or any(f not in ("pdf", "xlsx") for f in kind.formats):
        raise ValueError(f"document kind {kind.key!r} has unknown formats {kind.formats!r}")
    if kind.key not in _KINDS:
        _ORIGINALS[kind.key] = kind
        _KINDS[kind.key] = replace(kind, build=_audited(kind, kind.build))
    return _KINDS[kind.key]


# The record a document is about, for the trail's "who printed this": its first parameter of
# these kinds that was given (a meeting's minutes, a shift's roster, an election's list).
_Built = TypeVar("_Built", Path, list[Path])

_SUBJECTS = (("meeting", "meetings"), ("shift", "shifts"), ("election", "elections"),
             ("organisation", "organisations"))


def _audited(kind: DocumentKind, build: Callable[[BuildRequest], Path]
             ) -> Callable[[BuildRequest], Path]:
    """``build`` that records an official copy in the audit trail once it is written (print
    for a PDF, export for a workbook), or failed; a preview, a specimen or a cancel is no
    print. Whatever builds the kind (the Reports area, a list's print, the command line)
    goes through it."""

    def run(request: BuildRequest) -> Path:
        return recorded(kind, request, lambda: build(request))

    run.__wrapped__ = build  # type: ignore[attr-defined]
    return run


def recorded(kind: DocumentKind, request: BuildRequest, build: Callable[[], _Built]) -> _Built:
    """Run ``build`` as a build of ``kind``: with the collector waiting (a roster's millions
    of objects looked over less often), and, for an official copy, each file it wrote (one,
    or a list: the assignment orders one file per unit) recorded in the trail, or the
    failure."""
    with fewer_collections():
        if request.copy != OFFICIAL:
            return build()
        from desktop.services import audit

        entity, entity_id = "documents", None
        for param in kind.params:
            subject = dict(_SUBJECTS).get(param.kind)
            value = request.params.get(param.name)
            if subject and isinstance(value, int) and not isinstance(value, bool):
                entity, entity_id = subject, value
                break
        said = {"db": request.db, "actor": request.actor, "kind": kind.key,
                "fmt": request.fmt, "params": request.params, "entity": entity,
                "entity_id": entity_id}
        try:
            built = build()
        except Cancelled:
            raise
        except Exception as error:
            audit.record_document(output=request.output, outcome=audit.FAILED,
                                  reason=type(error).__name__, quiet=True, **said)
            raise
        for path in built if isinstance(built, list) else [built or request.output]:
            audit.record_document(output=path, **said)
        return built


def _load_documents() -> None:
    """Import every module of ``reports.documents`` once; each registers its kinds. Two
    prints started together run this in two worker threads: the second waits for the first
    to finish registering rather than finding the catalogue half full."""
    global _loaded
    if _loaded:
        return
    with _loading:
        if _loaded:
            return
        import reports.documents as package

        for module in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)
        _loaded = True


def kinds() -> list[DocumentKind]:
    _load_documents()
    return sorted(_KINDS.values(), key=lambda k: k.key)


def make(kind: DocumentKind, request: BuildRequest) -> Path:
    """Build ``request`` and hand the finished file to its ``deliver``: inside the life of the
    number the build drew, if it drew one, else once it is written."""
    path = kind.build(request) or request.output
    if request.deliver is not None and not request.delivered:
        request.deliver(Path(path))
        request.delivered = True
    return Path(path)


def get(key: str) -> DocumentKind:
    _load_documents()
    try:
        return _KINDS[key]
    except KeyError:
        raise KeyError(f"no document kind is registered as {key!r}") from None
