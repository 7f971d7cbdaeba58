"""The foundation commands, run as a user runs them (a subprocess)."""

import csv
import hashlib
import json

from coopnet import __version__
from tests.conftest import SAMPLE_DIR
from tests.helpers import run_cli


def sample_communes():
    with (SAMPLE_DIR / "communes.csv").open(encoding="utf-8") as fh:
        return {r["insee"]: r for r in csv.DictReader(fh, delimiter=";")}


def test_version():
    rc, out, _ = run_cli("--version")
    assert rc == 0 and out.strip() == f"coopnet {__version__}"


def test_new_sample_then_info_json_matches_the_sample_data(tmp_path):
    path = tmp_path / "coop.coopnet"
    rc, out, err = run_cli("new", str(path), "--sample")
    assert rc == 0, err
    assert "18 villages" in out
    rc, out, err = run_cli("info", str(path), "--json")
    assert rc == 0, err
    info = json.loads(out)
    expected = sample_communes()
    assert len(info["villages"]) == 18
    by_insee = {v["insee"]: v for v in info["villages"]}
    assert set(by_insee) == set(expected)
    for insee, row in expected.items():
        v = by_insee[insee]
        assert v["name"] == row["name"]
        assert v["population"] == int(row["population"])
        assert v["households"] == int(row["households"])
    assert by_insee["78616"]["name"] == "Thoiry" and by_insee["78616"]["households"] == 579
    assert by_insee["78278"]["households"] == 244
    assert info["totals"]["households"] == sum(int(r["households"]) for r in expected.values())
    assert 3 <= len(info["pops"]) <= 5
    assert all({"name", "lon", "lat"} <= set(p) for p in info["pops"])
    assert info["totals"]["backbone_km"] > 5


def test_info_text(sample_project_path):
    rc, out, err = run_cli("info", str(sample_project_path))
    assert rc == 0, err
    assert "18 villages" in out and "Thoiry" in out and "Saint-Germain-de-la-Grange" in out


def test_new_refuses_existing_file_and_bad_suffix(tmp_path):
    path = tmp_path / "a.coopnet"
    assert run_cli("new", str(path))[0] == 0
    rc, _, err = run_cli("new", str(path))
    assert rc == 1 and "already exists" in err and "Traceback" not in err
    rc, _, err = run_cli("new", str(tmp_path / "a.sqlite"))
    assert rc == 2 and ".coopnet" in err


def test_bad_files_give_one_line_and_stay_untouched(tmp_path):
    bad = tmp_path / "bad.coopnet"
    bad.write_bytes(b"PK\x03\x04 not a database")
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    rc, out, err = run_cli("info", str(bad))
    assert rc == 1
    assert err.strip().count("\n") == 0 and "not a coopnet project" in err
    assert "Traceback" not in err
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before
    rc, _, err = run_cli("info", str(tmp_path / "missing.coopnet"))
    assert rc == 1 and "no such project file" in err


def test_usage_errors_exit_2():
    rc, _, err = run_cli("info")
    assert rc == 2 and "Traceback" not in err
    rc, _, err = run_cli("no-such-command")
    assert rc == 2


def test_errors_speak_the_users_language(tmp_path, monkeypatch):
    missing = str(tmp_path / "absent.coopnet")
    monkeypatch.setenv("COOPNET_LANG", "fr")
    code, _, err = run_cli("info", missing)
    assert (
        code == 1
        and err.replace("\u00a0", " ") == "coopnet: absent.coopnet : fichier de projet introuvable\n"
    )
    monkeypatch.delenv("COOPNET_LANG")
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    code, _, err = run_cli("info", missing)
    assert code == 1 and err == "coopnet: absent.coopnet: no such project file\n"
