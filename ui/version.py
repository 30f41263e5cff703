"""The program's version, as installed: what the About box and a support call name."""

from __future__ import annotations

from functools import cache


@cache
def program_version() -> str:
    # importlib.metadata costs some 20 ms to import: asked for when the About box opens, not
    # while the window is being shown.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ghurfa")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+source"
