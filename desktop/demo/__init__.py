"""The demo data: the seed texts' Maysan and Dhi Qar, or a synthetic national set.

``load_demo`` is what ``ghurfa demo`` and the program's first start call. Both sets are built
in one transaction from one seeded generator, so a seed always gives the same rows and a
cancelled load leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.demo.loader import Builder, Cancelled, run
from desktop.demo.seedset import SeedSet
from desktop.services.errors import Invalid
from desktop.storage.database import Database

__all__ = ["Cancelled", "load_demo"]


def load_demo(db: Database, *, scale: str = "seed", seed: int = 2010, force: bool = False,
              progress: Callable[[int, int, str], None] = lambda done, total, what: None,
              cancelled: Callable[[], bool] = lambda: False) -> dict[str, int]:
    """Load one demo set; returns how many rows of each kind were added."""
    builder: Builder
    if scale == "seed":
        builder = SeedSet()
    elif scale == "national":
        from desktop.demo.national import NationalSet

        builder = NationalSet()
    else:
        raise Invalid("Unknown demo scale {scale}; choose seed or national.", scale=scale)
    return run(db, builder, seed=seed, force=force, progress=progress, cancelled=cancelled)
