"""Fonts, icons, translations, letterhead images and offline map assets, shipped as package data."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """Absolute path of a resource file, wherever the program is installed."""
    return ROOT.joinpath(*parts)
