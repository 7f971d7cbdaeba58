"""The model's figures a treasurer must be able to defend, said the same way everywhere
(Models page, ``coopnet model``, the carrier brief and the model workbook).

``d`` is ``coopnet.core.costs.model_json``'s dict; ``t`` a ``coopnet.translation.Catalog``.
"""

from __future__ import annotations

NAMES_SHOWN = 12  # villages named in "not counted…"; a department has hundreds


def counted_text(d: dict, t) -> str:
    """Which villages the figures count: "9 of 18 villages counted: those with pledges (…)"."""
    n = t.number
    if not d["villages_counted"] and d["villages_total"]:  # a new cooperative: nothing to list
        return t.translate(
            "ModelText", "none yet: no village has pledges ({households} households in {total} villages)"
        ).format(households=n(d["households_all"]), total=n(d["villages_total"]))
    if d["villages_counted"] == d["villages_total"]:
        return t.translate("ModelText", "all {total} villages counted ({households} households)").format(
            total=n(d["villages_total"]), households=n(d["households_all"])
        )
    text = t.translate(
        "ModelText",
        "{counted} of {total} villages counted: those with pledges ({households} of "
        "{households_all} households)",
    ).format(
        counted=n(d["villages_counted"]),
        total=n(d["villages_total"]),
        households=n(d["households_counted"]),
        households_all=n(d["households_all"]),
    )
    left = d["villages_without_pledges"]
    if len(left) > NAMES_SHOWN:  # a department: the first names, then how many more
        more = t.translate("ModelText", "{names} and {more} more").format(
            names=", ".join(left[:NAMES_SHOWN]), more=n(len(left) - NAMES_SHOWN)
        )
        text += t.translate("ModelText", "; not counted, no pledges yet: {names}").format(names=more)
    elif left:
        text += t.translate("ModelText", "; not counted, no pledges yet: {names}").format(
            names=", ".join(left)
        )
    return text


def members_text(d: dict, t) -> str:
    """ "171 of 12,079 households (1.4%)": the households of the villages counted; with no village
    counted (no pledges at all), "no pledges yet — 12,853 households in 18 villages", not "0 of 0"."""
    if not d.get("premises_passed") and d.get("villages_total") and not d.get("villages_counted"):
        return t.translate(
            "ModelText", "no pledges yet — {households} households in {villages} villages"
        ).format(households=t.number(d["households_all"]), villages=t.number(d["villages_total"]))
    return t.translate("ModelText", "{members} of {households} households ({rate})").format(
        members=t.number(d["subscribers"]),
        households=t.number(d["premises_passed"]),
        rate=t.percent(d["take_rate"], 1),
    )


def irr_text(d: dict, t) -> str:
    if d["irr"] is not None:
        return t.percent(d["irr"], 1)
    return t.translate("ModelText", "none — {reason}").format(reason=t.say(d["irr_reason"]))


def payback_text(d: dict, t) -> str:
    if d["payback_year"] is None:
        return t.translate("ModelText", "not within the horizon")
    year = t.translate("ModelText", "year {year}").format(year=d["payback_year"])
    if d["payback_year"] == 1:
        return t.translate("ModelText", "{year} — {reason}").format(
            year=year, reason=t.say(d["payback_reason"])
        )
    return year


def link_text(d: dict, t) -> str | None:
    """What the link distances rest on when a PoP is missing ("no points of presence yet: the backhaul
    distance is the assumed 5 km per village"); None when every link is measured. ``d`` holds
    ``coopnet.core.costs.link_basis``'s keys."""
    basis = d.get("link_km_basis")
    km = d.get("assumed_link_km") or 0.0
    km = t.number(km, 0 if float(km).is_integer() else 1)
    if basis == "assumed":
        from coopnet.core.missing import effect

        return t.say(effect("pops", "model", km=km))
    if basis == "mixed":
        from coopnet.core.missing import names_list

        return t.translate(
            "ModelText", "no town-hall position for {villages}: their link to a PoP is the assumed {km} km"
        ).format(villages=names_list(d["villages_link_assumed"]), km=km)
    return None
