"""INSEE rows of communes merged since the census add up in the current commune, and it is said."""

from tests.helpers import run_cli


def test_old_codes_add_up_and_are_reported(tmp_path):
    path = tmp_path / "coop.coopnet"
    assert run_cli("new", str(path), "--commune", "78551", "--commune", "1001")[0] == 0
    src = tmp_path / "logements.csv"
    # as a spreadsheet re-saves INSEE's file: no leading zero, weighted decimals
    src.write_text("CODGEO;P21_RP\n78551;18000.4\n78251;1500.3\n1001;340.6\n", encoding="utf-8")
    rc, out, err = run_cli("import", "households", str(path), str(src))
    assert rc == 0, err
    assert "78251 Fourqueux — merged into 78551 Saint-Germain-en-Laye on 1 January 2019" in out
    rc, out, err = run_cli("info", str(path), "--json")
    import json

    by = {v["insee"]: v for v in json.loads(out)["villages"]}
    assert by["78551"]["households"] == 19501
    assert by["01001"]["households"] == 341
