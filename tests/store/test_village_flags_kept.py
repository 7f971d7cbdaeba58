"""Importing boundaries keeps what it does not bring: a village's "households are an estimate" and
"count secondary homes" flags (found on a real department: after `coopnet new` + boundary import,
`info --json` said the population ÷ 2.45 estimate was a census figure)."""

from __future__ import annotations

import json

from coopnet.core.village import Village
from coopnet.store.project import Project
from coopnet.store.villages import get_village, upsert_villages
from tests.helpers import run_cli


def test_a_boundary_upsert_keeps_the_flags(tmp_path):
    project = Project.create(tmp_path / "c.coopnet", name="C")
    try:
        upsert_villages(
            project,
            [
                Village(
                    insee="01001",
                    name="Abergement-Clémenciat",
                    households=351,
                    households_is_estimate=True,
                    threshold_pct=40.0,
                    threshold_include_secondary=True,
                )
            ],
        )
        square = {"type": "Polygon", "coordinates": [[[5, 46], [5.1, 46], [5.1, 46.1], [5, 46]]]}
        upsert_villages(
            project, [Village(insee="01001", name="Abergement-Clémenciat", boundary=json.dumps(square))]
        )
        v = get_village(project, "01001")
        assert v.boundary and v.households == 351
        assert v.households_is_estimate and v.threshold_include_secondary
        # a census figure given with its flag replaces the estimate
        upsert_villages(
            project,
            [
                Village(
                    insee="01001", name="Abergement-Clémenciat", households=340, households_is_estimate=False
                )
            ],
        )
        v = get_village(project, "01001")
        assert v.households == 340 and not v.households_is_estimate and v.threshold_include_secondary
    finally:
        project.close()


def test_new_then_boundaries_still_says_estimate(tmp_path):
    path = tmp_path / "one.coopnet"
    assert run_cli("new", str(path), "--commune", "01001")[0] == 0
    geo = tmp_path / "communes-01-ain.geojson"
    ring = [[5.05, 46.02], [5.1, 46.02], [5.1, 46.06], [5.05, 46.06], [5.05, 46.02]]
    feature = {"type": "Feature", "properties": {"code": "01001", "nom": "L'Abergement-Clémenciat"}}
    feature["geometry"] = {"type": "Polygon", "coordinates": [ring]}
    geo.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    code, out, err = run_cli("import", "villages", str(path), str(geo))
    assert code == 0, err
    info = json.loads(run_cli("info", str(path), "--json")[1])
    v = info["villages"][0]
    assert v["has_boundary"] and v["households_is_estimate"] is True
    text = run_cli("info", str(path), "--lang", "en")[1]
    assert "1 village, 860 inhabitants" in text and "1 of 1 village\n" in text
