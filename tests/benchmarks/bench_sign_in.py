"""How long a sign-in takes: the right password, a wrong one, a name nobody has.

    python -m tests.benchmarks.bench_sign_in

Each try is a whole sign-in (``signin.sign_in``: its unit of work, the check, the count and
the audit) on a fresh SQLite database. A name nobody has must cost what a wrong password
costs (the dummy check), so the time does not tell which names exist; the right password
costs a little more (the count cleared, the audit of the sign-in). Tries alternate between
the three so the machine's load falls on all alike; the wait after wrong passwords is cleared
between tries. Prints the median and the 90th percentile of each, in milliseconds.
"""

from __future__ import annotations

import contextlib
import statistics
import tempfile
import time
from pathlib import Path

TRIES = 40


def main() -> None:
    from desktop.services import accounts, signin
    from desktop.services.actor import SYSTEM
    from desktop.services.errors import Forbidden
    from desktop.storage.database import Database

    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        with db.session() as session:
            accounts.create_user(session, SYSTEM, "clerk", "ك", "clerk", "a long and quiet one")
        cases = {"right password": ("clerk", "a long and quiet one"),
                 "wrong password": ("clerk", "not the one at all"),
                 "unknown name": ("nobody", "not the one at all")}
        times: dict[str, list[float]] = {case: [] for case in cases}
        signin.sign_in(db, "clerk", "a long and quiet one")  # warm: imports, the dummy hash
        for _ in range(TRIES):
            for case, (name, password) in cases.items():
                start = time.perf_counter()
                with contextlib.suppress(Forbidden):
                    signin.sign_in(db, name, password)
                times[case].append((time.perf_counter() - start) * 1000)
                with db.session() as session:
                    signin.forget_failures(session, name)
        db.dispose()
    for case, measured in times.items():
        measured.sort()
        p90 = measured[int(len(measured) * 0.9) - 1]
        print(f"{case:15} median {statistics.median(measured):6.1f} ms   p90 {p90:6.1f} ms")


if __name__ == "__main__":
    main()
