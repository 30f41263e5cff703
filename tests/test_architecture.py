"""The layers point one way, the core stays free of Qt, and the code is lint-clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str | None:
    """A tool of the test extra: beside the running Python first (a virtual environment's
    scripts, used without activating it), then on PATH."""
    beside = Path(sys.executable).parent
    for candidate in (beside / name, beside / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which(name)


def test_import_contracts_hold():
    lint_imports = _tool("lint-imports")
    if lint_imports is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    done = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_core_imports_without_qt():
    """Importing every core and documents module must not pull PySide6 in."""
    code = (
        "import pkgutil, importlib, sys\n"
        "import desktop, reports\n"
        "for pkg in (desktop, reports):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' in m.name or m.name.endswith('__main__'): continue\n"
        "        importlib.import_module(m.name)\n"
        "assert not any(n.startswith('PySide6') for n in sys.modules), 'PySide6 imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr


def test_the_tools_are_found_beside_the_python_that_runs_the_tests(tmp_path, monkeypatch):
    fake_python = tmp_path / "venv" / "bin" / "python3"
    fake_python.parent.mkdir(parents=True)
    (fake_python.parent / "ruff").write_text("")
    monkeypatch.setattr(sys, "executable", str(fake_python))
    monkeypatch.setenv("PATH", "")
    assert _tool("ruff") == str(fake_python.parent / "ruff")
    assert _tool("lint-imports") is None


def test_ruff_is_clean():
    ruff = _tool("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    done = subprocess.run([ruff, "check", "."], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout
