"""A new cooperative's map says only what it holds: no address source without doors, no "0 pledges"
under every commune before the first pledge (found on a real department, Ain, 391 communes)."""

from __future__ import annotations

import pytest

from coopnet.geo.map_builder import sources_text
from coopnet.geo.take_up import village_take_up
from coopnet.store.project import Project
from tests.partial_states import build_state


@pytest.fixture
def project(request, sample_project_master, tmp_path):
    p = Project.open(build_state(request.param, sample_project_master, tmp_path))
    yield p
    p.close()


@pytest.mark.parametrize("project", ["boundaries-only"], indirect=True)
def test_a_new_cooperative_names_no_address_source_and_no_zero_pledges(project):
    assert "Boundaries:" in sources_text(project, "en")
    assert "Addresses" not in sources_text(project, "en")
    assert "Adresses" not in sources_text(project, "fr")
    take = village_take_up(project, "fr")
    assert take and all(tu["short"] == "" for tu in take.values())
    assert all("0 promesse" in tu["summary"] for tu in take.values())  # the tooltip still says it


@pytest.mark.parametrize("project", ["full"], indirect=True)
def test_the_sample_names_its_addresses_and_counts_its_pledges(project):
    assert "Addresses: Base Adresse Nationale (BAN) format" in sources_text(project, "en")
    take = village_take_up(project, "en")
    assert all(tu["short"] for tu in take.values())  # "0 / 40" or "12 pledges", even at zero


@pytest.mark.parametrize("project", ["no-pledges"], indirect=True)
def test_a_target_without_pledges_still_shows_zero_of_target(project):
    take = village_take_up(project, "en")
    targeted = [tu for tu in take.values() if tu["threshold"]]
    assert targeted and all(tu["short"] == f"0 / {tu['threshold']}" for tu in targeted)
