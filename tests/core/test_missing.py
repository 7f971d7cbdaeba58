"""core.missing: one sentence per missing layer — what is missing, what it changes, how to add it."""

from coopnet.core.missing import HOW, map_gaps, missing
from coopnet.translation import say

FULL = {
    "villages": 3,
    "boundaries": 3,
    "unplaced": [],
    "households": 3,
    "doors": 10,
    "pledges": 2,
    "backbone": 1,
    "pops": 1,
    "thresholds": 3,
}


def test_sentence_names_the_menu_and_the_command():
    text = missing("backbone", "map", project="coop.coopnet")
    assert text == (
        "no backbone yet: the map shows no backbone lines — File ▸ Import backbone lines… "
        "or “coopnet import backbone coop.coopnet BACKBONE.gpkg”"
    )
    assert missing("backbone", "map", ui=True) == (
        "no backbone yet: the map shows no backbone lines — File ▸ Import backbone lines…"
    )
    assert "'my coop.coopnet'" in missing("pops", "links", project="my coop.coopnet")
    assert "\n" not in missing("thresholds", "map")


def test_sentences_are_french_too():
    text = say(missing("pops", "map", ui=True), "fr")
    assert text.startswith("pas encore de points de présence") and "Fichier ▸" in text


def test_every_layer_has_a_way_to_add_it():
    assert {"boundaries", "households", "doors", "pledges", "backbone", "pops", "thresholds"} <= set(HOW)


def test_map_gaps():
    assert map_gaps(FULL) == (None, [])
    blocking, notes = map_gaps({**FULL, "villages": 0})
    assert blocking.startswith("no villages yet") and notes == []
    blocking, _ = map_gaps({**FULL, "villages": 1, "unplaced": ["Béhoust"]})
    assert "nothing to draw" in blocking
    blocking, notes = map_gaps({**FULL, "backbone": 0, "pops": 0, "unplaced": ["Béhoust"]})
    assert blocking is None
    assert [n.split(":")[0] for n in notes] == [
        "no boundary and no town-hall position for Béhoust",
        "no backbone yet",
        "no points of presence yet",
    ]
