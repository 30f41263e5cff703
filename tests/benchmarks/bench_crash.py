"""Crash safety under 1,000 kills: the crash test's writer (``tests/crash_run.py``) killed with
SIGKILL at random moments, the SQLite file checked after each kill.

    python -m tests.benchmarks bench_crash        (KILLS=200 in the environment for fewer)

Prints the kills, the commits the writers acknowledged, how many of those the database lost
(must be 0), the kills that fell after at least one commit, the time, and the seed that
replays the same kill moments.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

KILLS = 1_000


def main() -> None:
    from tests import crash_run

    kills = int(os.environ.get("KILLS", KILLS))
    with tempfile.TemporaryDirectory() as folder:
        figures = crash_run.run(kills, Path(folder), stop_at_first=False)
    print(f"   kills: {figures.kills}")
    print(f"   commits acknowledged: {figures.acknowledged}")
    print(f"   lost (must be 0): {figures.lost}")
    print(f"   kills after at least one commit: {figures.cycles_with_commits} "
          f"({figures.after_a_commit} waited for the writer's first)")
    print(f"   time: {figures.seconds:.1f} s ({figures.seconds / max(figures.kills, 1) * 1000:.0f}"
          f" ms a kill, the check included)")
    print(f"   seed: {figures.seed}")
    for problem in figures.problems[:10]:
        print(f"   PROBLEM {problem}")


if __name__ == "__main__":
    main()
