"""The members' page: one self-contained, offline HTML page per language for the cooperative's
website — current rate, today's curve, the month's 95th percentile against the commit, members
connected per village. Counts only, no personal data, nothing loaded from the internet (the
chart is inline SVG, the style inline CSS). ``index.html`` is French, ``index.en.html`` English.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import os
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

from coopnet.core.measure import DEFAULT_ZONE, month_of
from coopnet.core.measure_bill import MBPS
from coopnet.errors import CoopnetError
from coopnet.io.measure_reports import interface_ids, load_slots, reports, today_start
from coopnet.store import measure as store
from coopnet.store.project import Project
from coopnet.translation import catalog

FILES = {"fr": "index.html", "en": "index.en.html"}


def page_data(project: Project, scenario: str = "base", now: float | None = None) -> dict:
    """The figures of the page (counts and rates only)."""
    ids, names = interface_ids(project)
    span = store.span(project, ids)
    now = now if now is not None else (span[1] if span else dt.datetime.now().timestamp())
    start = today_start(now)
    today = load_slots(project, ids, start, start + 86400)
    last = {"at": None, "in_mbps": None, "out_mbps": None}
    if span:
        recent = load_slots(project, ids, span[1] - 3600, span[1] + 1)
        if len(recent.start):
            last = {
                "at": int(recent.start[-1]) + 300,
                "in_mbps": float(recent.in_bps[-1]) / MBPS,
                "out_mbps": float(recent.out_bps[-1]) / MBPS,
            }
    month = None
    if span:
        m = month_of(span[1] - 1)
        try:
            month = reports(project, scenario, [m])["months"][0]
        except CoopnetError:  # no report this month: the page shows what it has
            month = None
    villages = store.members_by_village(project)
    return {
        "cooperative": project.name,
        "generated": int(now),
        "last": last,
        "today": {
            "t": today.start.tolist(),
            "in": (today.in_bps / MBPS).tolist(),
            "out": (today.out_bps / MBPS).tolist(),
        },
        "day_start": start,
        "month": month,
        "villages": [v for v in villages if v["members"]],
        "members": sum(v["members"] for v in villages),
        "interfaces": names,
    }


def _svg(d: dict, t) -> str:
    """Today's curve (in and out, Mbps) as inline SVG, 0–24 h local time."""
    w, h, pad = 720, 240, 40
    xs, ys_in, ys_out = np.array(d["today"]["t"]), np.array(d["today"]["in"]), np.array(d["today"]["out"])
    top = max([1.0, *(ys_in.tolist()), *(ys_out.tolist())]) * 1.1
    m = d["month"]
    if m and m["commit_mbps"]:
        top = max(top, m["commit_mbps"] * 1.1)

    def px(t):
        return pad + (t - d["day_start"]) / 86400 * (w - 2 * pad)

    def py(v):
        return h - pad - v / top * (h - 2 * pad)

    def line(ys, colour):
        if not len(xs):
            return ""
        pts = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in zip(xs, ys))
        return f'<polyline fill="none" stroke="{colour}" stroke-width="1.5" points="{pts}"/>'

    label = html.escape(t.translate("MembersWebPage", "Today’s traffic"))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" role="img" aria-label="{label}">',
        f'<rect x="{pad}" y="{pad}" width="{w - 2 * pad}" height="{h - 2 * pad}" fill="#fafafa" stroke="#ccc"/>',
    ]
    for hour in range(0, 25, 3):
        x = pad + hour / 24 * (w - 2 * pad)
        parts.append(
            f'<text x="{x:.0f}" y="{h - pad + 16}" font-size="11" text-anchor="middle">{hour} h</text>'
        )
    for k in range(5):
        v = top * k / 4
        parts.append(
            f'<text x="{pad - 4}" y="{py(v) + 4:.0f}" font-size="11" text-anchor="end">{t.number(v)}</text>'
        )
    if m and m["commit_mbps"]:
        y = py(m["commit_mbps"])
        parts.append(
            f'<line x1="{pad}" x2="{w - pad}" y1="{y:.1f}" y2="{y:.1f}" stroke="#c0392b" stroke-dasharray="6 4"/>'
        )
    if m:
        y = py(m["p95_mbps"])
        parts.append(
            f'<line x1="{pad}" x2="{w - pad}" y1="{y:.1f}" y2="{y:.1f}" stroke="#8e44ad" stroke-dasharray="2 3"/>'
        )
    parts.append(line(ys_in, "#2F5D50"))
    parts.append(line(ys_out, "#E3A018"))
    parts.append("</svg>")
    return "".join(parts)


def render(d: dict, lang: str) -> str:
    t = catalog(lang)
    e = html.escape
    n = t.number
    tz = ZoneInfo(DEFAULT_ZONE)
    mbps = t.translate("MembersWebPage", "{value} Mbps")
    other = "en" if lang == "fr" else "fr"
    other_label = "English" if lang == "fr" else "Français"
    gen = dt.datetime.fromtimestamp(d["generated"], tz).strftime("%d/%m/%Y %H:%M")
    last = d["last"]
    if last["at"]:
        at = dt.datetime.fromtimestamp(last["at"], tz).strftime("%d/%m/%Y %H:%M")
        now_text = t.translate("MembersWebPage", "in {down}, out {up} (at {at})").format(
            down=mbps.format(value=n(last["in_mbps"], 1)), up=mbps.format(value=n(last["out_mbps"], 1)), at=at
        )
    else:
        now_text = t.translate("MembersWebPage", "no measure yet")
    m = d["month"]
    if m:
        month_rows = [
            (
                t.translate("MembersWebPage", "95th percentile this month"),
                mbps.format(value=n(m["p95_mbps"], 1)),
            ),
            (
                t.translate("MembersWebPage", "Committed rate bought from the carrier"),
                mbps.format(value=n(m["commit_mbps"], 1))
                if m["commit_mbps"]
                else t.translate("MembersWebPage", "none"),
            ),
            (
                t.translate("MembersWebPage", "Busiest hour"),
                t.translate("MembersWebPage", "{hour} h ({rate} on average)").format(
                    hour=m["busy_hour"], rate=mbps.format(value=n(m["busy_hour_mbps"] or 0, 1))
                )
                if m["busy_hour"] is not None
                else "—",
            ),
            (
                t.translate("MembersWebPage", "Measures this month"),
                t.translate("MembersWebPage", "{n} five-minute samples ({coverage})").format(
                    n=n(m["samples"]), coverage=t.percent(m["coverage"], 1)
                ),
            ),
        ]
        if m["commit_mbps"]:
            used = m["p95_mbps"] / m["commit_mbps"]
            month_rows.insert(2, (t.translate("MembersWebPage", "Share of the commit used"), t.percent(used)))
    else:
        month_rows = [(t.translate("MembersWebPage", "95th percentile this month"), "—")]
    rows = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in month_rows)
    vrows = "".join(
        f"<tr><td>{e(v['name'])}</td><td class=num>{n(v['members'])}</td></tr>" for v in d["villages"]
    )
    x = {
        k: e(v)
        for k, v in {
            "title": t.translate("MembersWebPage", "Our network today"),
            "now": t.translate("MembersWebPage", "Right now"),
            "today": t.translate("MembersWebPage", "Today (5-minute averages, Mbps)"),
            "legend": t.translate(
                "MembersWebPage",
                "green: towards members · orange: from members · dashed red: "
                "commit · dotted purple: this month’s 95th percentile",
            ),
            "month": t.translate("MembersWebPage", "This month"),
            "members": t.translate("MembersWebPage", "Members connected per village"),
            "village": t.translate("MembersWebPage", "Village"),
            "count": t.translate("MembersWebPage", "Members"),
            "total": t.translate("MembersWebPage", "Total"),
            "updated": t.translate(
                "MembersWebPage", "Updated {when}. Counts only: this page holds no personal data."
            ).format(when=gen),
            "p95": t.translate(
                "MembersWebPage",
                "The carrier bills the 95th percentile: the month’s 5-minute "
                "rates are sorted and the top 5 % left out.",
            ),
        }.items()
    }
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="300">
<title>{e(d["cooperative"])} — {x["title"]}</title>
<style>
body {{ font-family: 'DejaVu Sans', Verdana, sans-serif; max-width: 780px; margin: 1em auto; padding: 0 1em; color: #222; }}
h1 {{ color: #2F5D50; font-size: 1.5em; }} h2 {{ font-size: 1.1em; margin-top: 1.4em; }}
table {{ border-collapse: collapse; }} th, td {{ padding: .25em .8em; border-bottom: 1px solid #ddd; text-align: left; }}
td.num {{ text-align: right; }} .now {{ font-size: 1.3em; }} .small {{ color: #666; font-size: .85em; }}
svg {{ width: 100%; height: auto; }}
</style></head><body>
<p class=small><a href="{FILES[other]}" hreflang="{other}">{other_label}</a></p>
<h1>{e(d["cooperative"])} — {x["title"]}</h1>
<h2>{x["now"]}</h2><p class=now>{e(now_text)}</p>
<h2>{x["today"]}</h2>{_svg(d, t)}<p class=small>{x["legend"]}</p>
<h2>{x["month"]}</h2><table>{rows}</table><p class=small>{x["p95"]}</p>
<h2>{x["members"]}</h2>
<table><tr><th>{x["village"]}</th><th>{x["count"]}</th></tr>{vrows}
<tr><th>{x["total"]}</th><th class=num>{n(d["members"])}</th></tr></table>
<p class=small>{x["updated"]}</p>
</body></html>
"""


def write_pages(folder: Path, d: dict) -> list[Path]:
    """Write both languages, each through a temporary file then renamed (a web server never
    serves half a page). The folder is made if its parent exists; whatever goes wrong (no such
    parent, no permission, a full disk) is one line, ``DIR: not written — reason``, and a folder
    made here is taken away again."""
    from coopnet.io.output_file import check_folder, not_written, reason_of

    folder = Path(folder)
    made = False
    if not folder.is_dir():
        check_folder(folder)  # its parent: there, a folder, writable
        try:
            folder.mkdir()
        except OSError as exc:
            raise not_written(folder, reason_of(exc, folder)) from None
        made = True
    out = []
    try:
        for lang, name in FILES.items():
            path, tmp = folder / name, folder / f".{name}.part"
            try:
                with open(tmp, "w", encoding="utf-8") as fh:
                    fh.write(render(d, lang))
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, path)
            finally:
                with contextlib.suppress(OSError):
                    tmp.unlink()
            out.append(path)
    except OSError as exc:
        if made:
            shutil.rmtree(folder, ignore_errors=True)
        raise not_written(folder, reason_of(exc, folder)) from None
    return out


def publish(project: Project, folder: Path, scenario: str = "base", now: float | None = None) -> list[Path]:
    return write_pages(folder, page_data(project, scenario, now))
