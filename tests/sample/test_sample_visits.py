"""The sample's pledged doors were visited when their pledges were taken (issue 14 §4)."""

from coopnet.store.doors import list_doors
from coopnet.store.pledges import list_pledges
from coopnet.store.visits import list_visits


def test_pledged_doors_last_visit_is_the_day_of_their_pledge(sample_project):
    checked = 0
    for insee in ("78616", "78278", "78681"):
        for door in list_doors(sample_project, insee):
            if door["status"] not in ("pledged", "member"):
                continue
            pledges = [p for p in list_pledges(sample_project, door_id=door["id"]) if p["pledged_on"]]
            if not pledges:
                continue
            first = min(p["pledged_on"] for p in pledges)
            assert door["status_at"][:10] == first[:10], (door["id"], door["status_at"], first)
            assert "2026-01-01" <= door["status_at"][:10] <= "2026-06-30"  # the file's pledges: Jan–June
            assert list_visits(sample_project, door["id"])[0]["at"] == door["status_at"]
            checked += 1
    assert checked > 20
