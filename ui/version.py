"""The program's version, as installed: what the About box and a support call name."""

from __future__ import annotations

from functools import cache
from importlib.metadata import PackageNotFoundError, version


@cache
def program_version() -> str:
    try:
        return version("ghurfa")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+source"
