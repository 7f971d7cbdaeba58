"""Tests are laid out like the package, so a module's tests are found without grep (issue 13 §5).

`tests/<package>/test_*.py` tests `coopnet/<package>/`, `tests/test_<module>.py` a top-level
`coopnet/<module>.py`, and `tests/project/` holds the checks of the whole repository.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS, PACKAGE = ROOT / "tests", ROOT / "coopnet"
WHOLE_REPOSITORY = {"project"}


def test_every_test_sits_beside_what_it_tests():
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    misplaced = []
    for test in sorted(TESTS.rglob("test_*.py")):
        parts = test.relative_to(TESTS).parts
        if len(parts) == 1:
            ok = test.stem.removeprefix("test_") in modules
        else:
            ok = parts[0] in packages | WHOLE_REPOSITORY
        if not ok:
            misplaced.append(str(test.relative_to(ROOT)))
    assert not misplaced, (
        "tests/<package>/ for coopnet/<package>/, tests/test_<module>.py for coopnet/<module>.py, "
        "tests/project/ for whole-repository checks; misplaced: " + ", ".join(misplaced)
    )


def test_every_test_folder_is_a_package_folder():
    """So two `test_merge.py` in different folders never collide, and `tests.io…` imports work."""
    folders = {t.parent for t in TESTS.rglob("test_*.py")} - {TESTS}
    assert all((f / "__init__.py").exists() for f in folders), sorted(
        str(f.relative_to(ROOT)) for f in folders if not (f / "__init__.py").exists()
    )


def test_the_layout_rule_can_fail(tmp_path, monkeypatch):
    """A test left in the old `tests/integration/` is reported."""
    fake = tmp_path / "tests"
    (fake / "integration").mkdir(parents=True)
    (fake / "integration" / "test_old.py").write_text("")
    monkeypatch.setattr(__import__(__name__, fromlist=["x"]), "TESTS", fake)
    monkeypatch.setattr(__import__(__name__, fromlist=["x"]), "ROOT", tmp_path)
    try:
        test_every_test_sits_beside_what_it_tests()
    except AssertionError as e:
        assert "tests/integration/test_old.py" in str(e)
    else:
        raise AssertionError("the misplaced test was not reported")
