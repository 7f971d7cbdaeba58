"""Find bundled files from a checkout, an installed wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _roots() -> list[Path]:
    roots = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:  # PyInstaller: datas are laid out under the bundle root
        roots.append(Path(meipass))
    roots.append(_PACKAGE.parent)  # a source checkout
    roots.append(_PACKAGE / "_data")  # an installed wheel (see setup.py)
    return roots


def _find(name: str) -> Path:
    for root in _roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"coopnet is incomplete: its “{name}” folder is missing")


def resources_dir() -> Path:
    return _find("resources")


def sample_dir() -> Path:
    return _find("sample_villages")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
