"""Villages written in bulk (a department at once): what an update keeps, what it replaces."""

from __future__ import annotations

import subprocess
import sys

from coopnet.core.village import Village
from coopnet.store.project import Project
from coopnet.store.villages import get_village, list_villages, upsert_villages


def test_an_update_keeps_what_it_does_not_bring(tmp_path):
    with Project.create(tmp_path / "c.coopnet", name="C") as project:
        upsert_villages(project, [Village(insee="78616", name="Thoiry", postcode="78770", population=1434)])
        # a boundary file: no postcode (""), no population (None); a population of 0 is a figure
        upsert_villages(project, [Village(insee="78616", name="Thoiry", boundary='{"type":"Point"}')])
        v = get_village(project, "78616")
        assert (v.postcode, v.population, v.boundary) == ("78770", 1434, '{"type":"Point"}')
        upsert_villages(project, [Village(insee="78616", name="Thoiry", population=0)])
        assert get_village(project, "78616").population == 0
        # without keep_existing_fields, what is not given is erased
        upsert_villages(project, [Village(insee="78616", name="Thoiry")], keep_existing_fields=False)
        v = get_village(project, "78616")
        assert (v.postcode, v.population, v.boundary) == ("", None, None)


def test_a_code_given_twice_is_created_then_updated(tmp_path):
    with Project.create(tmp_path / "c.coopnet", name="C") as project:
        n = upsert_villages(
            project,
            [
                Village(insee="78616", name="Thoiry", population=1434),
                Village(insee="78617", name="Tilly"),
                Village(insee="78616", name="Thoiry", postcode="78770"),
            ],
        )
        assert n == 3 and [v.insee for v in list_villages(project)] == ["78616", "78617"]
        v = get_village(project, "78616")
        assert (v.population, v.postcode) == (1434, "78770")


def test_numpy_numbers_still_get_column_types():
    """sqlite-utils is imported without numpy (store/__init__.py: 0.2 s of every command): a
    table made from numpy numbers still gets INTEGER and REAL columns."""
    script = (
        "import sys\n"
        "import coopnet.store\n"
        "print('numpy' in sys.modules)\n"
        "import numpy as np, sqlite_utils\n"
        "db = sqlite_utils.Database(memory=True)\n"
        "db['t'].insert({'n': np.int64(3), 'x': np.float32(2.5), 's': 'a'})\n"
        "print(sorted((c.name, c.type) for c in db['t'].columns))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["False", "[('n', 'INTEGER'), ('s', 'TEXT'), ('x', 'REAL')]"]


def test_lists_to_pick_from_sort_names_as_a_french_reader_does(tmp_path):
    from coopnet.store.villages import village_names

    with Project.create(tmp_path / "c.coopnet", name="C") as project:
        names = ["Boissy-sans-Avoir", "Béhoust", "Écquevilly", "Ennery", "auteuil"]
        upsert_villages(project, [Village(insee=f"7800{i}", name=n) for i, n in enumerate(names)])
        assert [name for _, name in village_names(project)] == [
            "auteuil",
            "Béhoust",
            "Boissy-sans-Avoir",
            "Écquevilly",
            "Ennery",
        ]
