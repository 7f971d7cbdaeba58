"""BAN address import: doors made, re-import idempotent, bad files refused, nothing lost."""

from __future__ import annotations

import csv
import gzip
import hashlib
import shutil

import pytest

from coopnet.errors import CoopnetError
from coopnet.errors import Cancelled
from coopnet.io.ban import import_ban
from coopnet.io.communes_csv import read_communes
from coopnet.resources import sample_dir
from coopnet.store import villages as vstore
from coopnet.store.project import Project
from coopnet.store.visits import list_visits, set_door_status


@pytest.fixture
def ban_file():
    return sample_dir() / "adresses-78-sample.csv"


@pytest.fixture
def ban_rows(ban_file):
    with ban_file.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


@pytest.fixture
def empty_project(tmp_path):
    """The sample's villages, no doors yet."""
    project = Project.create(tmp_path / "villages.coopnet")
    vstore.upsert_villages(project, read_communes(sample_dir() / "communes.csv"))
    yield project
    project.close()


def write_rows(path, rows):
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";", lineterminator="\n").writerows(rows)
    return path


def doors_fingerprint(project):
    rows = project.conn.execute("SELECT * FROM doors ORDER BY id").fetchall()
    visits = project.conn.execute("SELECT * FROM visits ORDER BY id").fetchall()
    return hashlib.sha1(repr((rows, visits)).encode()).hexdigest(), len(rows)


def count(project, sql="SELECT COUNT(*) FROM doors", *args):
    return project.conn.execute(sql, args).fetchone()[0]


def test_one_door_per_address_then_reimport_changes_nothing(empty_project, ban_file, ban_rows):
    result = import_ban(empty_project, ban_file)
    n = len(ban_rows) - 1
    assert (result.created, result.updated, result.rejected, result.skipped_other_communes) == (n, 0, 0, 0)
    assert count(empty_project) == n
    # A door reads like the BAN row it came from (codes as text, leading zeros kept).
    header, first = ban_rows[0], ban_rows[1]
    row = dict(zip(header, first))
    door = empty_project.conn.execute(
        "SELECT insee, numero, nom_voie, code_postal, lon, lat, status FROM doors WHERE id = ?", (row["id"],)
    ).fetchone()
    assert door == (
        row["code_insee"],
        row["numero"],
        row["nom_voie"],
        row["code_postal"],
        float(row["lon"]),
        float(row["lat"]),
        "not_visited",
    )
    before = doors_fingerprint(empty_project)
    again = import_ban(empty_project, ban_file)
    assert (again.created, again.updated, again.unchanged, again.removed) == (0, 0, n, 0)
    assert doors_fingerprint(empty_project) == before  # updated_at untouched too


def test_reimport_keeps_visits_and_updates_in_place(sample_project, ban_file, ban_rows, tmp_path):
    header, rows = ban_rows[0], ban_rows[1:]
    ids = [r[0] for r in rows]
    visited, renamed, gone_untouched = ids[0], ids[1], ids[2]
    set_door_status(sample_project, visited, "interested", who="Anne")
    n_before = count(sample_project)
    # The new BAN renames one street, and no longer lists the visited door nor another one.
    new_rows = [list(r) for r in rows if r[0] not in (visited, gone_untouched)]
    for r in new_rows:
        if r[0] == renamed:
            r[header.index("nom_voie")] = "Rue Nouvelle"
    result = import_ban(sample_project, write_rows(tmp_path / "new.csv", [header] + new_rows))
    assert result.created == 0 and result.updated == 1
    assert result.removed == 1 and result.kept_not_in_ban == 1
    assert count(sample_project) == n_before - 1
    assert count(sample_project, "SELECT COUNT(*) FROM doors WHERE id = ?", gone_untouched) == 0
    kept = sample_project.conn.execute("SELECT status FROM doors WHERE id = ?", (visited,)).fetchone()
    assert kept == ("interested",)
    assert list_visits(sample_project, visited)[0]["who"] == "Anne"
    assert sample_project.conn.execute("SELECT nom_voie FROM doors WHERE id = ?", (renamed,)).fetchone() == (
        "Rue Nouvelle",
    )


def test_doors_with_pledges_are_never_dropped(sample_project, ban_file, ban_rows, tmp_path):
    pledged = [
        r[0]
        for r in sample_project.conn.execute("SELECT DISTINCT door_id FROM pledges WHERE door_id IS NOT NULL")
    ]
    if not pledged:
        pytest.skip("the sample has no pledges on doors yet")
    header, rows = ban_rows[0], ban_rows[1:]
    result = import_ban(
        sample_project, write_rows(tmp_path / "less.csv", [header] + [r for r in rows if r[0] not in pledged])
    )
    assert result.kept_not_in_ban >= len(pledged)
    assert count(
        sample_project, f"SELECT COUNT(*) FROM doors WHERE id IN ({','.join('?' * len(pledged))})", *pledged
    ) == len(pledged)


def test_other_communes_are_counted_and_skipped(empty_project, ban_rows, tmp_path):
    header, rows = ban_rows[0], ban_rows[1:]
    i_insee, i_id = header.index("code_insee"), header.index("id")
    others = []
    for k, r in enumerate(rows[:25]):
        o = list(r)
        o[i_insee], o[i_id] = "91001", f"91001_0001_{k:05d}"
        others.append(o)
    result = import_ban(empty_project, write_rows(tmp_path / "mixed.csv", [header] + rows + others))
    assert result.skipped_other_communes == 25
    assert result.created == len(rows)
    assert count(empty_project, "SELECT COUNT(*) FROM doors WHERE insee = '91001'") == 0


def test_gzip_file_is_read_like_the_plain_one(empty_project, ban_file, ban_rows, tmp_path):
    gz = tmp_path / "adresses-78.csv.gz"
    with ban_file.open("rb") as src, gzip.open(gz, "wb") as dst:
        shutil.copyfileobj(src, dst)
    result = import_ban(empty_project, gz)
    assert result.created == len(ban_rows) - 1


def test_bad_rows_go_to_the_reject_file_the_rest_is_imported(empty_project, ban_rows, tmp_path):
    header, rows = ban_rows[0], [list(r) for r in ban_rows[1:201]]
    rows[3][header.index("lon")] = "abc"
    rows[5][header.index("numero")] = "douze"
    rows[7] = rows[7][:10]  # truncated row
    rows[9][header.index("id")] = rows[8][header.index("id")]  # duplicate id
    rows[11][header.index("code_postal")] = "7877"
    reject = tmp_path / "rejets.csv"
    result = import_ban(empty_project, write_rows(tmp_path / "bad.csv", [header] + rows), reject_file=reject)
    assert result.rejected == 5 and result.created == 195
    with reject.open(encoding="utf-8-sig", newline="") as fh:
        back = list(csv.reader(fh, delimiter=";"))
    assert back[0] == header + ["reason"]
    reasons = [r[-1] for r in back[1:]]
    assert len(reasons) == 5
    assert any("lon" in r for r in reasons) and any("douze" in r for r in reasons)
    assert any("columns" in r for r in reasons) and any("twice" in r for r in reasons)
    assert back[1][:-1] == rows[3]  # the original row, as it was


def _bad_files(tmp_path, ban_file, ban_rows):
    header = ban_rows[0]
    gz = tmp_path / "cut.csv.gz"
    gz.write_bytes(gzip.compress(ban_file.read_bytes())[:5000])
    latin = tmp_path / "latin.csv"
    latin.write_bytes(
        (";".join(header) + "\n").encode()
        + ";".join(ban_rows[1]).encode()
        + b"\n"
        + "x;é;1".encode("cp1252")
        + b"\n"
    )
    return {
        "empty": (tmp_path / "empty.csv", b"", "empty"),
        "header only": (tmp_path / "header.csv", (";".join(header) + "\n").encode(), "only a header"),
        "wrong header": (tmp_path / "pledges.csv", "Nom;Prénom;Adresse\nA;B;C\n".encode(), "not a BAN"),
        "comma separated": (tmp_path / "comma.csv", (",".join(header) + "\n").encode(), "not a BAN"),
        "binary": (tmp_path / "photo.csv", bytes(range(256)) * 40, "UTF-8"),
        "windows-1252": (latin, None, "UTF-8"),
        "truncated gzip": (gz, None, "truncated"),
    }


@pytest.mark.parametrize(
    "kind",
    ["empty", "header only", "wrong header", "comma separated", "binary", "windows-1252", "truncated gzip"],
)
def test_bad_file_clear_error_and_nothing_changed(sample_project, ban_file, ban_rows, tmp_path, kind):
    path, content, message = _bad_files(tmp_path, ban_file, ban_rows)[kind]
    if content is not None:
        path.write_bytes(content)
    before = doors_fingerprint(sample_project)
    with pytest.raises(CoopnetError) as err:
        import_ban(sample_project, path)
    assert message in str(err.value)
    assert "\n" not in str(err.value)
    assert doors_fingerprint(sample_project) == before


def test_cancel_rolls_everything_back(empty_project, ban_file):
    seen = []

    def report(done, total, text):
        seen.append((done, total))
        return len(seen) < 1  # cancel at the first report

    with pytest.raises(Cancelled):
        import_ban(empty_project, ban_file, report=report)
    assert seen and 0 < seen[0][0] <= seen[0][1]
    assert count(empty_project) == 0
