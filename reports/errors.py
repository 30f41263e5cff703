"""The one exception of the documents engine; ``reports.catalogue`` re-exports it."""

from __future__ import annotations


class Cancelled(Exception):
    """The user cancelled; builders raise it when request.cancelled() is true."""
