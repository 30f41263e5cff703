"""A document from its kind to paper: a preview that draws no number, then the official copy.

The Reports area and the meetings' Print both come through here. The preview is built in the
background as ``reports.catalogue.PREVIEW`` into a folder of its own, removed when the preview
closes: a document that still needs its number shows where it will go and says on every page
that it is no official copy; one that has its number (approved minutes reprinted) or never
takes one (a draft) previews as itself. Only Print or Save in the preview builds the official
copy, through ``catalogue.make``, and so draws the number; a print that fails or is cancelled
voids it. Whether the acting role may draw numbers is the core's answer
(``desktop.services.numbering.may_issue``), asked before Print is offered.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.services.numbering import may_issue
from reports import catalogue
from ui.context import AppContext
from ui.operations import Operation, Progress, run_in_background
from ui.preview import Deliver, OfficialCopy, PreviewDialog, open_preview


@dataclass(frozen=True)
class Preview:
    """A preview built: its file, the folder of its own, and whether it awaits its number."""

    path: Path
    folder: Path
    needs_number: bool


def _request(ctx: AppContext, kind: catalogue.DocumentKind, params: dict[str, Any],
             output: Path, progress: Progress, copy: str,
             deliver: Deliver | None = None) -> catalogue.BuildRequest:
    return catalogue.BuildRequest(
        db=ctx.db, params=dict(params), output=output, fmt="pdf", actor=ctx.actor,
        lang=ctx.language, progress=lambda done, total: progress.report(done, total),
        cancelled=progress.is_cancelled, copy=copy, deliver=deliver)


def build_preview(ctx: AppContext, key: str, params: dict[str, Any],
                  progress: Progress) -> Preview:
    """The background work of a preview: the document as it would print, no number drawn."""
    kind = catalogue.get(key)
    folder = Path(tempfile.mkdtemp(prefix="ghurfa-preview-"))
    try:
        request = _request(ctx, kind, params, folder / f"{key}.pdf", progress,
                           catalogue.PREVIEW)
        path = kind.build(request) or request.output
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Preview(Path(path), folder, request.needs_number)


def official_copy(ctx: AppContext, key: str, params: dict[str, Any]) -> OfficialCopy:
    """How the preview of ``key`` makes its official copy, drawing its number then."""

    def make(output: Path, progress: Progress, deliver: Deliver | None) -> Path:
        kind = catalogue.get(key)
        return catalogue.make(kind, _request(ctx, kind, params, output, progress,
                                             catalogue.OFFICIAL, deliver))

    return OfficialCopy(make, may_issue=ctx.actor is not None and may_issue(ctx.actor))


def preview_document(parent: QWidget | None, ctx: AppContext, key: str,
                     params: dict[str, Any], title: str, keep_at: Callable[[], Path],
                     making: str, on_shown: Callable[[PreviewDialog], None] | None = None,
                     on_error: Callable[[BaseException], None] | None = None) -> Operation:
    """Build the preview of ``key`` in the background, then show it; ``keep_at()`` is where a
    print keeps the official copy and where Save as starts."""

    def shown(preview: Preview) -> None:
        official = official_copy(ctx, key, params) if preview.needs_number else None
        dialog = open_preview(parent, preview.path, title, official, preview.folder, keep_at)
        if on_shown is not None:
            on_shown(dialog)

    return run_in_background(parent, making, lambda progress: build_preview(
        ctx, key, params, progress), shown, on_error)
