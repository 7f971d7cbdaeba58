"""The village rows beside the in-app map (figures from `coopnet.geo.summary`)."""

from __future__ import annotations

from coopnet.ui.i18n import formats


def format_number(value, decimals: int = 0) -> str:
    return formats().number(value, decimals)


def summary_lines(insee: str, s: dict) -> list[tuple[str, str]]:
    """(label, value) rows for the side panel."""
    from PySide6.QtCore import QCoreApplication

    est = QCoreApplication.translate("MapSummary", " (estimate)") if s.get("households_is_estimate") else ""
    rows = [
        (QCoreApplication.translate("MapSummary", "INSEE code"), insee),
        (
            QCoreApplication.translate("MapSummary", "Households"),
            format_number(s.get("households") or 0) + est,
        ),
        (QCoreApplication.translate("MapSummary", "Doors"), format_number(s.get("doors") or 0)),
        (QCoreApplication.translate("MapSummary", "Pledges"), format_number(s.get("pledges") or 0)),
    ]
    if s.get("threshold"):
        rows.append((QCoreApplication.translate("MapSummary", "Target"), format_number(s["threshold"])))
        rows.append(
            (
                QCoreApplication.translate("MapSummary", "Progress"),
                formats().percent((s.get("pct") or 0) / 100),
            )
        )
    else:
        rows.append(
            (
                QCoreApplication.translate("MapSummary", "Target"),
                QCoreApplication.translate("MapSummary", "not set"),
            )
        )
    if s.get("nearest_pop"):
        rows.append((QCoreApplication.translate("MapSummary", "Nearest PoP"), s["nearest_pop"]))
        rows.append(
            (
                QCoreApplication.translate("MapSummary", "Straight line"),
                f"{format_number(s['distance_km'], 2)} km",
            )
        )
        rows.append(
            (
                QCoreApplication.translate("MapSummary", "Link (est. route)"),
                f"{format_number(s['link_km'], 2)} km",
            )
        )
    if s.get("area_km2"):
        rows.append(
            (QCoreApplication.translate("MapSummary", "Area"), f"{format_number(s['area_km2'], 2)} km²")
        )
    return rows
