"""``coopnet new --commune/--department/--postcode``: villages from the national reference."""

import json

from tests.helpers import run_cli


def info_of(path):
    rc, out, err = run_cli("info", str(path), "--json")
    assert rc == 0, err
    return json.loads(out)


def test_new_department_has_every_commune_with_official_facts(tmp_path):
    path = tmp_path / "yvelines.coopnet"
    rc, out, err = run_cli("new", str(path), "--department", "78")
    assert rc == 0, err
    assert "259 villages" in out
    info = info_of(path)
    assert len(info["villages"]) == 259
    thoiry = next(v for v in info["villages"] if v["insee"] == "78616")
    assert thoiry["name"] == "Thoiry" and thoiry["postcode"] == "78770"
    assert thoiry["department"] == "78" and thoiry["postcodes"] == ["78770"]
    assert thoiry["population"] > 1000 and thoiry["population_year"] == 2023
    assert (
        "INSEE" in thoiry["population_source"]
        and "decoupage-administratif 6.0.0" in thoiry["population_source"]
    )
    assert thoiry["households_is_estimate"] is True
    # the data checklist: nothing imported yet, each with where to get it and the command
    checklist = {item["key"]: item for item in info["checklist"]}
    assert list(checklist) == ["boundaries", "households", "addresses", "backbone", "pops"]
    assert all(item["state"] == "missing" for item in checklist.values())
    assert "adresses-78.csv" in checklist["addresses"]["url"]
    assert checklist["households"]["command"].startswith("coopnet import households ")
    assert "ADMIN EXPRESS" in checklist["boundaries"]["where"]


def test_new_by_names_codes_and_postcode(tmp_path):
    path = tmp_path / "coop.coopnet"
    rc, out, err = run_cli(
        "new",
        str(path),
        "--commune",
        "Thoiry (78)",
        "--commune",
        "béhoust",
        "--commune",
        "1001",
        "--postcode",
        "78490",
    )
    assert rc == 0, err
    codes = {v["insee"] for v in info_of(path)["villages"]}
    assert {"78616", "78053", "01001", "78084", "78653", "78420"} <= codes


def test_ambiguous_name_is_refused_with_the_candidates(tmp_path):
    path = tmp_path / "coop.coopnet"
    rc, out, err = run_cli("new", str(path), "--commune", "Thoiry")
    assert rc == 1
    assert "Thoiry (01) 01419" in err and "Thoiry (73)" in err and "Thoiry (78) 78616" in err
    assert "Traceback" not in err and not path.exists()


def test_old_code_gives_the_current_commune_and_says_so(tmp_path):
    path = tmp_path / "coop.coopnet"
    rc, out, err = run_cli("new", str(path), "--commune", "78251")
    assert rc == 0, err
    assert "78251 Fourqueux — merged into 78551 Saint-Germain-en-Laye on 1 January 2019" in out
    assert [v["insee"] for v in info_of(path)["villages"]] == ["78551"]


def test_unknown_department_and_postcode_say_so(tmp_path):
    rc, _, err = run_cli("new", str(tmp_path / "a.coopnet"), "--department", "00")
    assert rc == 1 and "no department" in err
    rc, _, err = run_cli("new", str(tmp_path / "b.coopnet"), "--postcode", "99999")
    assert rc == 1 and "no commune has this postcode" in err
