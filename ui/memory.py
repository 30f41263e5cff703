"""What the program does with its memory once it is up: the collector leaves it alone.

Python's full garbage collection walks every object the program holds; by the time the window
is ready that is every module of SQLAlchemy, Qt's wrappers and the mapped classes, and a full
pass over them held the interface thread for 50 to 150 ms while a worker read a long list (the
room benchmark). Objects made at start live as long as the program: ``gc.freeze`` moves them
where the collector no longer looks, so a later full pass walks only what came after.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Collect what start-up left behind, then freeze the rest (once the window is ready)."""
    gc.collect()
    gc.freeze()
