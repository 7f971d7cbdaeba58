"""Bombs and giant lines (issue 12 §6): refused in under 5 s, under 300 MB, nothing changed.

The five files of the issue, full size (built once, cached: benchmarks/bench_bombs.py), each
given to the command a user would run, measured by ``/usr/bin/time -v`` in a fresh process.
"""

from __future__ import annotations

import shutil

import pytest

from benchmarks.bench_bombs import LABELS, build, measure

pytestmark = [
    pytest.mark.security,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("/usr/bin/time") is None, reason="needs /usr/bin/time"),
]

EXPECTED = {  # the reason the user reads (one line), by file
    "sheet-bomb.xlsx": "expands to",
    "strings-bomb.xlsx": "expands to",
    "one-column.csv.gz": "not a BAN",
    "giant-line.csv": "line 2 is longer than",
    "giant-line.csv.gz": "line 2 is longer than",
}


@pytest.fixture(scope="module")
def bombs():
    return build()


@pytest.mark.parametrize("name", list(LABELS))
def test_bomb_is_refused_quickly_in_little_memory(bombs, sample_project_path, name):
    r = measure(sample_project_path, name, bombs[name], timeout=60)
    assert r["rc"] == 1, r
    assert "unexpected" not in r["message"] and "Traceback" not in r["message"], r["message"]
    assert "unclosed quote" not in r["message"]
    assert EXPECTED[name] in r["message"], r["message"]
    assert len(r["message"].splitlines()) == 1, r["message"]
    assert r["unchanged"], "the project file changed"
    assert r["seconds"] < 5, f"{LABELS[name]}: {r['seconds']:.1f} s"
    assert r["peak_mb"] < 300, f"{LABELS[name]}: {r['peak_mb']:.0f} MB"


def test_gzip_that_expands_too_far_is_refused(tmp_path, sample_project_path):
    """Rows that all look fine (another commune's, skipped) but 1000× compressed: a bomb too."""
    from benchmarks.bench_bombs import BAN_HEADER, MB, _gzip
    from coopnet.store.project import Project
    from tests.helpers import run_cli

    row = (
        b"99999_0001_00001;99999_0001;1;;Rue Bombe;99999;99999;Nulle-Part;;;600000;6800000;"
        b"1.8;48.8;entrance;;;NULLE;RUE BOMBE;commune;commune;non;\n"
    )
    bomb = _gzip(tmp_path / "adresses-99.csv.gz", BAN_HEADER, row * (MB // len(row)), 300, b"")
    with Project.open(sample_project_path) as project:
        doors = project.conn.execute("SELECT COUNT(*) FROM doors").fetchone()[0]
    rc, _, err = run_cli("import", "addresses", str(sample_project_path), str(bomb))
    assert rc == 1 and "expands" in err and "Traceback" not in err, err
    with Project.open(sample_project_path) as project:
        assert project.conn.execute("SELECT COUNT(*) FROM doors").fetchone()[0] == doors


def test_rejected_rows_are_streamed_to_the_reject_file(tmp_path, sample_project_path):
    """Many bad rows among good ones: all in the reject file, written as they come."""
    import csv
    from coopnet.resources import sample_dir
    from tests.helpers import run_cli

    with (sample_dir() / "adresses-78-sample.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    header, body = rows[0], rows[1:]
    bad = [r[:5] for r in body[: len(body) // 3]]  # a third of the rows truncated
    src = tmp_path / "adresses.csv"
    with src.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([header, *body, *bad])
    rejects = tmp_path / "rejets.csv"
    rc, out, err = run_cli(
        "import", "addresses", str(sample_project_path), str(src), "--reject-file", str(rejects)
    )
    assert rc == 0, err
    with rejects.open(encoding="utf-8-sig", newline="") as fh:
        back = list(csv.reader(fh, delimiter=";"))
    assert len(back) == len(bad) + 1 and back[1][:5] == bad[0]
    assert not (tmp_path / "rejets.csv.part").exists()
