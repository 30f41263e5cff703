"""From process start to the main window shown, on the national demo set, beside the floor.

    python -m tests.benchmarks.bench_startup

The floor is a bare ``QApplication`` with an empty ``QMainWindow`` in a fresh process; the
program is ``python -m desktop`` with ``GHURFA_EXIT_WHEN_SHOWN=1`` and ``GHURFA_USER=admin`` on
the national set (8,000 centres, 60,000 people, ~100,000 assignments), built once into a
temporary ``GHURFA_HOME``. Two moments of the program are read: *shown*, the window on screen
(opening the database behind it), and *ready*, the database open, the user signed in and the
home view showing its counts of the national set. Each is started five times; the median
counts. Goal: shown within 3x of the floor.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5
ADMIN = """
from desktop.services.accounts import create_user, has_users
from desktop.services.actor import SYSTEM
from desktop.storage.database import Database
db = Database.open()
with db.session() as session:
    if not has_users(session):
        create_user(session, SYSTEM, "admin", "admin", "admin")  # no password: GHURFA_USER
"""
SHOWN = re.compile(r"ghurfa: shown at (\d+\.\d+)")
READY = re.compile(r"ghurfa: ready at (\d+\.\d+)")
FLOOR = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
sys.stderr.write(f"ghurfa: shown at {time.time():.6f}\\n")
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, GHURFA_HOME=str(home), GHURFA_USER="admin",
               GHURFA_EXIT_WHEN_SHOWN="1", QT_QPA_PLATFORM=os.environ.get(
                   "QT_QPA_PLATFORM", "offscreen"))
    env.pop("GHURFA_DB_URL", None)
    return env


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds to shown, to ready, to exit) of one fresh process; the floor is ready when
    shown."""
    started = time.time()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    ended = time.time()
    shown, ready = SHOWN.search(done.stderr), READY.search(done.stderr) or SHOWN.search(
        done.stderr)
    if done.returncode != 0 or not shown:
        raise RuntimeError(f"{command} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return float(shown.group(1)) - started, float(ready.group(1)) - started, ended - started


def _median(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    runs = [_timed(command, env) for _ in range(RUNS)]
    return tuple(statistics.median(r[i] for r in runs) for i in range(3))  # type: ignore


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="ghurfa-startup-") as name:
        home = Path(name)
        env = _env(home)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desktop", "demo", "--scale", "national"],
                       cwd=ROOT, env=env, check=True, capture_output=True, timeout=600)
        print(f"national demo set built in {time.perf_counter() - started:.1f} s", flush=True)
        subprocess.run([sys.executable, "-c", ADMIN], cwd=ROOT, env=env, check=True)
        _timed([sys.executable, "-m", "desktop"], env)  # warm the disk cache and the .qm files
        floor, _, floor_exit = _median([sys.executable, "-c", FLOOR], env)
        shown, ready, ours_exit = _median([sys.executable, "-m", "desktop"], env)
    print(f"bare QApplication + empty QMainWindow: shown after {floor:.2f} s "
          f"(exit {floor_exit:.2f} s), median of {RUNS}")
    print(f"ghurfa on the national set: shown after {shown:.2f} s, ready (signed in, home "
          f"counts shown) after {ready:.2f} s (exit {ours_exit:.2f} s), median of {RUNS}")
    print(f"shown {shown / floor:.2f}x the floor (goal <= 3x); ready {ready / floor:.2f}x")


if __name__ == "__main__":
    main()
