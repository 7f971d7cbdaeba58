"""A project made before a merger: `coopnet info` says what became of the commune, in words."""

import json

from coopnet.core.village import Village
from coopnet.store import villages as vstore
from coopnet.store.project import Project
from tests.helpers import run_cli


def test_info_says_an_old_commune_was_merged(tmp_path):
    path = tmp_path / "avant-2019.coopnet"
    with Project.create(path) as project:
        vstore.upsert_villages(
            project,
            [
                Village(insee="78251", name="Fourqueux", postcode="78112"),
                Village(insee="78616", name="Thoiry", postcode="78770"),
            ],
        )
    rc, out, err = run_cli("info", str(path), "--lang", "en")
    assert rc == 0, err
    assert "78251 Fourqueux — merged into 78551 Saint-Germain-en-Laye on 1 January 2019" in out
    assert "Thoiry —" not in out
    rc, out, err = run_cli("info", str(path), "--json")
    assert rc == 0, err
    assert json.loads(out)["history"] == [
        "78251 Fourqueux — merged into 78551 Saint-Germain-en-Laye on 1 January 2019"
    ]
