"""Members commands as a user runs them: addresses, thresholds, doors, visits, info --json."""

from __future__ import annotations

import datetime as dt
import json
import math

from coopnet.resources import sample_dir
from tests.helpers import run_cli

THOIRY = "78616"


def info(path):
    rc, out, err = run_cli("info", str(path), "--json")
    assert rc == 0, err
    return {v["insee"]: v for v in json.loads(out)["villages"]}


def test_info_json_reports_progress_per_village(sample_project_path):
    villages = info(sample_project_path)
    for v in villages.values():
        for key in (
            "insee",
            "name",
            "households",
            "doors",
            "pledges",
            "threshold",
            "progress_pct",
            "deadline",
        ):
            assert key in v, key
    assert sum(v["doors"] for v in villages.values()) == 13188
    thoiry = villages[THOIRY]
    assert thoiry["doors"] == 579
    assert thoiry["deadline"] == "30/06/2027"
    statuses = thoiry["door_statuses"]
    eligible = 579 - statuses.get("vacant", 0) - statuses.get("second_home", 0)
    assert thoiry["eligible_doors"] == eligible
    assert thoiry["threshold"] == math.ceil(0.40 * eligible)
    assert thoiry["progress_pct"] == round(100 * thoiry["pledges"] / thoiry["threshold"], 1)


def test_village_threshold_count_then_percentage(sample_project_path):
    deadline = dt.date.today() + dt.timedelta(days=41)
    rc, out, err = run_cli(
        "village",
        str(sample_project_path),
        THOIRY,
        "--threshold",
        "120",
        "--deadline",
        deadline.strftime("%d/%m/%Y"),
    )
    assert rc == 0, err
    pledges = info(sample_project_path)[THOIRY]["pledges"]
    assert out.splitlines()[0] == f"Thoiry {pledges} / 120 — {120 - pledges} to go — 41 days left"
    v = info(sample_project_path)[THOIRY]
    assert (v["threshold"], v["deadline"], v["to_go"]) == (120, deadline.strftime("%d/%m/%Y"), 120 - pledges)
    rc, out, err = run_cli(
        "village", str(sample_project_path), THOIRY, "--threshold", "10%", "--include-secondary"
    )
    assert rc == 0, err
    assert info(sample_project_path)[THOIRY]["threshold"] == math.ceil(57.9)  # 10 % of 579 doors
    assert "vacant and second homes included" in out
    rc, out, err = run_cli("village", str(sample_project_path), THOIRY, "--exclude-secondary")
    assert rc == 0, err
    v = info(sample_project_path)[THOIRY]
    eligible = 579 - v["door_statuses"].get("vacant", 0) - v["door_statuses"].get("second_home", 0)
    assert eligible < 579 and v["eligible_doors"] == eligible
    assert v["threshold"] == math.ceil(0.10 * eligible)


def test_village_bad_input_one_clear_line(sample_project_path):
    for args, code, text in [
        ((THOIRY, "--threshold", "beaucoup"), 2, "not a threshold"),
        ((THOIRY, "--deadline", "31/02/2027"), 2, "not a real date"),
        (("99999",), 1, "no such village"),
        (("Thoiry",), 2, "INSEE"),
    ]:
        rc, out, err = run_cli("village", str(sample_project_path), *args)
        assert rc == code and text in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1


def test_doors_visit_and_history(sample_project_path):
    rc, out, err = run_cli("doors", str(sample_project_path), "--village", THOIRY, "--json")
    assert rc == 0, err
    doors = json.loads(out)
    assert len(doors) == 579
    streets = [(d["nom_voie"].lower(), int(d["numero"] or 0)) for d in doors]
    assert streets == sorted(streets)  # by street, then house number
    door = next(d for d in doors if d["status"] == "not_visited")
    rc, out, err = run_cli("visit", str(sample_project_path), door["id"], "A", "--who", "Zoé")
    assert rc == 0, err
    rc, out, err = run_cli(
        "visit",
        str(sample_project_path),
        door["id"],
        "interested",
        "--who",
        "Zoé",
        "--note",
        "rappeler samedi",
    )
    assert rc == 0, err
    from coopnet.store.project import Project
    from coopnet.store.visits import list_visits

    with Project.open(sample_project_path, readonly=True) as p:
        history = list_visits(p, door["id"])
        status = p.conn.execute("SELECT status, status_by FROM doors WHERE id=?", (door["id"],)).fetchone()
    assert [(h["outcome"], h["who"]) for h in history] == [("interested", "Zoé"), ("absent", "Zoé")]
    assert history[0]["note"] == "rappeler samedi"
    assert status == ("interested", "Zoé")
    rc, out, err = run_cli("visit", str(sample_project_path), door["id"], "maybe")
    assert rc == 2 and "not a door status" in err
    rc, out, err = run_cli("visit", str(sample_project_path), "no-such-door", "A")
    assert rc == 1 and "no such door" in err


def test_import_addresses_prints_counts_and_rejects(sample_project_path, tmp_path):
    src = sample_dir() / "adresses-78-sample.csv"
    lines = src.read_text(encoding="utf-8").splitlines()
    bad = lines[1].split(";")
    bad[0], bad[12] = "78616_bad_00001", "nowhere"
    other = lines[2].split(";")
    other[0], other[6] = "91001_0001_00001", "91001"
    f = tmp_path / "adresses.csv"
    f.write_text("\n".join(lines + [";".join(bad), ";".join(other)]) + "\n", encoding="utf-8")
    rej = tmp_path / "rej.csv"
    rc, out, err = run_cli("import", "addresses", str(sample_project_path), str(f), "--reject-file", str(rej))
    assert rc == 0, err
    assert "created: 0" in out and "updated: 0" in out
    assert "skipped (other communes): 1" in out and "rejected: 1" in out
    assert "not a number" in rej.read_text(encoding="utf-8-sig")
    rc, out, err = run_cli("import", "addresses", str(sample_project_path), str(tmp_path / "none.csv"))
    assert rc == 1 and "no such file" in err


def test_pledge_store_audits_and_guards(sample_project):
    import pytest

    from coopnet.core.members import validate_pledge
    from coopnet.errors import CoopnetError
    from coopnet.store import pledges as pstore

    door = sample_project.conn.execute(
        "SELECT id FROM doors WHERE insee = ? AND status = 'not_visited' LIMIT 1", (THOIRY,)
    ).fetchone()[0]
    pledge, errors = validate_pledge(
        {
            "insee": THOIRY,
            "door_id": door,
            "last_name": "Test",
            "email": "t@example.fr",
            "consent_register": "oui",
        }
    )
    assert errors == []
    pid = pstore.save_pledge(sample_project, pledge, who="Anne")
    saved = pstore.get_pledge(sample_project, pid)
    assert saved.volunteer == "Anne" and saved.updated_at and saved.created_at
    # The door became "pledged" through a visit, in the same save.
    assert sample_project.conn.execute(
        "SELECT status, status_by FROM doors WHERE id = ?", (door,)
    ).fetchone() == ("pledged", "Anne")
    saved.email = "autre@example.fr"
    pstore.save_pledge(sample_project, saved, who="Bruno")
    audit = sample_project.conn.execute(
        "SELECT action, who, detail FROM audit_log WHERE entity = 'pledge' AND entity_id = ? ORDER BY id",
        (pid,),
    ).fetchall()
    assert [(a, w) for a, w, _ in audit] == [("create", "Anne"), ("update", "Bruno")]
    assert json.loads(audit[1][2]) == {"fields": ["email"]}  # names of fields, never values
    assert "autre@example.fr" not in "".join(d for _, _, d in audit)
    other = sample_project.conn.execute(
        "SELECT id FROM doors WHERE insee != ? LIMIT 1", (THOIRY,)
    ).fetchone()[0]
    saved.door_id = other
    with pytest.raises(CoopnetError, match="not in 78616"):
        pstore.save_pledge(sample_project, saved)
    pstore.delete_pledge(sample_project, pid, who="Claire")
    assert pstore.get_pledge(sample_project, pid) is None
    with pytest.raises(CoopnetError, match="no such pledge"):
        pstore.delete_pledge(sample_project, pid)
