"""The bundled national commune reference: counts against the published COG 2026, search, history."""

import datetime as dt

import pytest

from coopnet.core.communes import fold, merger_sentence
from coopnet.io.reference import load_reference, meta


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def test_counts_match_the_published_cog(ref):
    assert len(ref.current) == 34969
    assert len(ref.department("78")) == 259  # Yvelines
    assert len(ref.department("01")) == 391  # Ain
    assert len(ref.department("1")) == 391  # a department typed without its zero
    m = meta()
    assert (m["package"], m["version"], m["licence"]) == ("@etalab/decoupage-administratif", "6.0.0", "MIT")


def test_a_commune_has_its_official_facts(ref):
    thoiry = ref.get("78616")
    assert (thoiry.name, thoiry.department, thoiry.postcodes) == ("Thoiry", "78", ("78770",))
    assert thoiry.population > 1000
    assert ref.population_year == 2023


def test_search_ignores_accents_and_case_and_lists_homonyms(ref):
    assert [r.code for r in ref.search("BEHOUST")] == ["78053"]
    assert ref.search("béhoust")[0].name == "Béhoust"
    thoirys = ref.search("thoiry")
    assert {r.label for r in thoirys} == {"Thoiry (01)", "Thoiry (73)", "Thoiry (78)"}
    saint_martin = [r for r in ref.search("Saint-Martin", 500) if r.name == "Saint-Martin"]
    assert len({r.department for r in saint_martin}) == len(saint_martin) > 3
    assert fold("St-Rémy-l’Honoré") == "saint remy l honore"


def test_search_by_postcode_and_code(ref):
    names = {r.name for r in ref.search("78770")}
    assert {"Thoiry", "Marcq", "Villiers-le-Mahieu"} <= names
    assert ref.search("78616")[0].name == "Thoiry"
    assert ref.search("1001")[0].name == "L'Abergement-Clémenciat"


def test_old_codes_lead_to_the_current_commune_with_the_date(ref):
    code, old = ref.resolve("78251")
    assert code == "78551"
    assert old.merged_on == dt.date(2019, 1, 1)
    assert (
        merger_sentence(old, ref.get(code))
        == "78251 Fourqueux — merged into 78551 Saint-Germain-en-Laye on 1 January 2019"
    )
    assert ref.resolve("78616") == ("78616", None)
    assert ref.resolve("1001") == ("01001", None)
