"""One way to do each thing (issue 13), checked on the source itself (an AST scan, no import):

- only ``coopnet/store/`` speaks SQL to the project file: no ``.execute(``, ``.executemany(``,
  ``.executescript(`` or ``.backup(`` call anywhere else in ``coopnet/``;
- no module imported by a name held in a string (``importlib.import_module``, ``__import__``,
  ``importlib.util.find_spec``): plain imports, so the layer contracts (``lint-imports``) see them.

The federation server's PostgreSQL database is spoken to in ``coopnet/store/server/`` (under
``store/`` like the project file: no exemption).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "coopnet"
SQL_CALLS = {"execute", "executemany", "executescript", "backup"}
SQL_OWNERS = ("store",)
STRING_IMPORTS = {"import_module", "__import__", "find_spec"}


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _calls(path: Path) -> list[tuple[int, str]]:
    """(line, called name) of every call of an attribute or a plain name in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else func.id
                if isinstance(func, ast.Name)
                else None
            )
            if name:
                out.append((node.lineno, name))
    return out


def sql_outside_store(paths, root: Path = PACKAGE) -> list[str]:
    found = []
    for path in paths:
        rel = path.relative_to(root)
        if rel.parts[0] in SQL_OWNERS:
            continue
        found += [f"coopnet/{rel}:{line}: .{name}(" for line, name in _calls(path) if name in SQL_CALLS]
    return found


def imports_by_string(paths, root: Path = PACKAGE) -> list[str]:
    found = []
    for path in paths:
        rel = path.relative_to(root)
        found += [f"coopnet/{rel}:{line}: {name}(" for line, name in _calls(path) if name in STRING_IMPORTS]
    return found


def test_only_store_speaks_sql():
    found = sql_outside_store(_sources())
    assert not found, (
        "SQL outside coopnet/store/ — add a function to a store module and call it "
        "(docs/dev/architecture.md):\n" + "\n".join(found)
    )


def test_no_import_by_string():
    found = imports_by_string(_sources())
    assert not found, (
        "module imported by a name in a string — use a plain import or an explicit "
        "table of modules (docs/dev/architecture.md):\n" + "\n".join(found)
    )


@pytest.mark.parametrize(
    "code, check",
    [
        ("def f(project):\n    project.conn.execute('DELETE FROM meta')\n", sql_outside_store),
        ("def f(conn, dest):\n    conn.backup(dest)\n", sql_outside_store),
        ("import importlib\nm = importlib.import_module('coopnet.cli.' + 'map_cmds')\n", imports_by_string),
    ],
)
def test_the_scan_catches_a_breach(tmp_path, code, check):
    # The checks above must be able to fail: a module of coopnet/ui with the breach is reported,
    # the same code in coopnet/store is not SQL out of place.
    for folder in ("ui", "store"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "breach.py").write_text(code, encoding="utf-8")
    found = check([tmp_path / "ui" / "breach.py"], root=tmp_path)
    assert len(found) == 1 and found[0].startswith("coopnet/ui/breach.py:2: ")
    if check is sql_outside_store:
        assert check([tmp_path / "store" / "breach.py"], root=tmp_path) == []
