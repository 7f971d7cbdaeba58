"""Helpers shared by the command modules."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import Iterator

from coopnet.errors import CoopnetError
from coopnet.store.project import Project


@contextlib.contextmanager
def open_project(path: str | Path, readonly: bool = False) -> Iterator[Project]:
    project = Project.open(Path(path), readonly=readonly)
    try:
        yield project
    finally:
        project.close()


def existing_file(path: str) -> Path:
    p = Path(path)
    if not p.exists():
        raise CoopnetError(f"{path}: no such file")
    if p.is_dir():
        raise CoopnetError(f"{path}: is a folder, expected a file")
    return p


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
