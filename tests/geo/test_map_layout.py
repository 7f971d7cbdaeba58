"""Maps that read well on real shapes (issue 11 §7), checked geometrically on the rendered page.

The PNG/PDF export reads the page's own layout (map_js ``coopnetLayout``: every label's box and
whether it shows, the title/legend/sources boxes, each commune's box, in page pixels) from the
real QtWebEngine view it renders, and the test checks what a reader would see:
- no two commune labels overlap, and none runs under the title, legend or sources;
- a hidden label gave way to a label of a village that comes first (a target, then larger);
- the title, legend and sources cover no commune of the project;
- ``--village`` keeps that village clear of the title.
Both on the sample and on a generated department of 262 communes (the Yvelines' count).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from coopnet.store import villages as vstore
from coopnet.store.project import Project


def overlap(a: dict, b: dict) -> bool:
    return a["l"] < b["r"] and b["l"] < a["r"] and a["t"] < b["b"] and b["t"] < a["b"]


def grow(box: dict, px: float) -> dict:
    return {"l": box["l"] - px, "t": box["t"] - px, "r": box["r"] + px, "b": box["b"] + px}


def check_layout(layout: dict, focus: str | None = None) -> dict:
    labels = layout["labels"]
    shown = [x for x in labels if x["shown"]]
    assert shown, "no label shown at all"
    for a, b in itertools.combinations(shown, 2):
        assert not overlap(a["box"], b["box"]), f"labels {a['name']} and {b['name']} overlap"
    panels = layout["panels"]
    assert len(panels) >= 3  # title, legend (+ scale), sources
    for label in shown:
        for panel in panels:
            assert not overlap(label["box"], panel), f"label {label['name']} under a panel"
    # a label hidden at its town hall gave way to one that comes first (or to a panel)
    for label in (x for x in labels if not x["shown"]):
        box = grow(label["box"], 4)  # hidden labels stay at their town hall; labels keep 2 px apart
        assert any(overlap(box, o["box"]) and o["priority"] >= label["priority"] for o in shown) or any(
            overlap(box, p) for p in panels
        ), f"{label['name']} hidden for nothing"
    communes = {c["insee"]: c["box"] for c in layout["communes"]}
    view = layout["view"]
    if focus is None:
        for insee, box in communes.items():
            for panel in panels:
                assert not overlap(box, panel), f"a panel covers commune {insee}"
            assert (
                view["l"] <= box["l"]
                and box["r"] <= view["r"]
                and view["t"] <= box["t"]
                and box["b"] <= view["b"]
            ), f"commune {insee} outside the map"
    else:
        for panel in panels:
            assert not overlap(communes[focus], panel), f"a panel covers the village {focus}"
    return {"shown": len(shown), "labels": len(labels)}


@pytest.mark.slow
def test_sample_exports_keep_labels_apart_and_communes_clear(sample_project_path, tmp_path):
    from coopnet.geo.export import export_map

    with Project.open(sample_project_path) as project:
        targets = {v.insee for v in vstore.list_villages(project) if v.threshold_pct or v.threshold_count}
        for name in ("carte.png", "carte.pdf"):
            layout: dict = {}
            export_map(project, tmp_path / name, layout=layout)
            counts = check_layout(layout)
            assert counts["labels"] == 18 and counts["shown"] >= 12, counts
            shown = {x["insee"] for x in layout["labels"] if x["shown"]}
            assert targets and targets <= shown  # every village with a target is named
        layout = {}
        export_map(project, tmp_path / "thoiry.png", focus_insee="78616", layout=layout)
        check_layout(layout, focus="78616")


@pytest.fixture(scope="module")
def department(tmp_path_factory) -> Path:
    """262 generated communes (one in five with a 40 % target), boundaries imported."""
    from coopnet.io.communes_csv import read_communes
    from coopnet.io.geodata import import_villages
    from coopnet.sample import generate_department

    out = tmp_path_factory.mktemp("department")
    files = generate_department(
        out / "src", communes=262, doors=262 * 20, pledges=262 * 2, vertices=40, seed=7
    )
    path = out / "dept.coopnet"
    with Project.create(path, name="Département généré") as project:
        villages = read_communes(files["communes"])
        for i, v in enumerate(villages):
            if i % 5 == 0:
                v.threshold_pct = 40.0
        vstore.upsert_villages(project, villages)
        import_villages(project, files["boundaries"], "boundaries.geojson")
    return path


@pytest.mark.slow
def test_department_exports_hide_labels_by_priority(department, tmp_path):
    from coopnet.geo.export import export_map

    with Project.open(department) as project:
        for name in ("carte.png", "carte.pdf"):
            layout: dict = {}
            export_map(project, tmp_path / name, layout=layout)
            counts = check_layout(layout)
            # 262 names cannot all fit on one page: the ones that do are shown, targets first
            assert counts["labels"] == 262 and 40 <= counts["shown"] < 262, counts
            shown = [x for x in layout["labels"] if x["shown"]]
            with_target = [x for x in layout["labels"] if x["priority"] >= 1e7]
            assert sum(x["priority"] >= 1e7 for x in shown) >= 0.6 * len(with_target)
        insee = layout["communes"][len(layout["communes"]) // 2]["insee"]
        layout = {}
        export_map(project, tmp_path / "focus.png", focus_insee=insee, layout=layout)
        check_layout(layout, focus=insee)
