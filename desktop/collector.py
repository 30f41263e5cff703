"""Fewer passes of Python's cyclic garbage collector while a big batch of work runs.

A national duty roster builds some millions of objects that live until its last page (the
record's lines, every cell's laid-out lines, the pages' operators), and almost none of them
is in a reference cycle: reference counting frees them. CPython's collector nevertheless
passes over the young objects every 700 allocations and over all of them now and then; on
the national roster those passes took two of its twelve seconds, the same peak memory either
way (measured with the collector off). So while a batch runs the collector waits for many
more allocations before it looks, and still looks: a cycle made meanwhile is freed later.

The thresholds are the process's: two batches at once (two prints in two worker threads)
share one raised setting, and the last to finish puts back what was there before.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# CPython's defaults are (700, 10, 10): the young generation looked at every 700 net
# allocations, the middle one every tenth time, the oldest every tenth time of that.
BATCH_THRESHOLDS = (100_000, 50, 100)

_lock = threading.Lock()
_running = 0
_before: tuple[int, int, int] | None = None


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the collector's thresholds for the duration of the block (never lowers them)."""
    global _running, _before
    with _lock:
        if _running == 0:
            _before = gc.get_threshold()
            gc.set_threshold(*(max(mine, theirs)
                               for mine, theirs in zip(BATCH_THRESHOLDS, _before, strict=True)))
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _before is not None:
                gc.set_threshold(*_before)
                _before = None
