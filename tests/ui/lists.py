"""Waiting for a list whose rows come by operations (``ui.itemmodels.ids``)."""

from __future__ import annotations

from typing import Any

TIMEOUT_MS = 15_000


def settle(qtbot: Any, model: Any, timeout: int = TIMEOUT_MS) -> Any:
    """Wait until the list has read its ids and the rows of every id; returns the model."""
    qtbot.waitUntil(lambda: not model.loading, timeout=timeout)

    def every_row_here() -> bool:
        # row() asks for the pages it lacks: the first call starts them, later ones find them
        return all(model.row(n) is not None for n in range(model.rowCount()))

    qtbot.waitUntil(every_row_here, timeout=timeout)
    return model


def rows(qtbot: Any, model: Any) -> list[Any]:
    settle(qtbot, model)
    return [model.row(n) for n in range(model.rowCount())]
