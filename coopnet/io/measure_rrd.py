"""Measured traffic from RRDtool XML: ``rrdtool xport`` or ``rrdtool dump`` output.

Cacti, LibreNMS, Smokeping and MRTG's RRD mode keep traffic in RRD files; ``rrdtool dump
file.rrd > file.xml`` or ``rrdtool xport … > file.xml`` turns them into XML. Values are
octets per second (what those tools store) unless the xport legend says bits. From a dump, the
AVERAGE archives are read, the finest first; coarser ones only add older history.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np

from coopnet.core.measure import DEFAULT_ZONE, Readings
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError
from coopnet.io.measure_csv import classify
from coopnet.io.tabular import _check_size

_NOT_RRD = QT_TRANSLATE_NOOP(
    "MeasureImport", "{file}: not RRDtool XML (expected the output of “rrdtool xport” or “rrdtool dump”)"
)
_BAD_RRD = QT_TRANSLATE_NOOP("MeasureImport", "{file}: damaged RRDtool XML ({problem})")
_NO_ROWS = QT_TRANSLATE_NOOP("MeasureImport", "{file}: no rows of measures")


def _value(text: str | None) -> float:
    try:
        v = float((text or "").strip())
    except ValueError:
        return math.nan
    return v


def _pick(names: list[str]) -> tuple[int, int]:
    """Indices of the in and out columns: by name, else the first two."""
    roles = [classify(n)[0] for n in names]
    i = roles.index("in") if "in" in roles else 0
    o = roles.index("out") if "out" in roles else (1 if i != 1 else 0)
    return i, o


def read(path: Path, zone: str = DEFAULT_ZONE) -> Readings:
    path = Path(path)
    _check_size(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise CoopnetError(_BAD_RRD.format(file=path.name, problem=exc)) from None
    if root.tag == "xport":
        ts, a_in, a_out, secs = _xport(root, path.name)
    elif root.tag == "rrd":
        ts, a_in, a_out, secs = _dump(root, path.name)
    else:
        raise CoopnetError(_NOT_RRD.format(file=path.name))
    if not len(ts):
        raise CoopnetError(_NO_ROWS.format(file=path.name))
    return Readings(ts, a_in, a_out, "rate", secs=secs)


def _xport(root, name: str):
    meta = root.find("meta")
    if meta is None or root.find("data") is None:
        raise CoopnetError(_NOT_RRD.format(file=name))
    step = int(_value(meta.findtext("step")) or 300)
    legend = [(e.text or "").strip() for e in meta.iter("entry")]
    if len(legend) < 2:
        raise CoopnetError(_BAD_RRD.format(file=name, problem="fewer than two columns"))
    i, o = _pick(legend)
    scale_in = 1.0 if "bit" in legend[i].lower() else 8.0
    scale_out = 1.0 if "bit" in legend[o].lower() else 8.0
    start = meta.findtext("start")
    ts, a_in, a_out = [], [], []
    for k, row in enumerate(root.find("data").iter("row")):
        t = row.findtext("t")  # rrdtool ≥ 1.6 leaves it out unless --showtime: start + k × step
        if t is None and start is not None:
            t = str(int(_value(start)) + k * step)
        vs = [_value(v.text) for v in row.findall("v")]
        if t is None or len(vs) < len(legend) or math.isnan(_value(t)):
            raise CoopnetError(_BAD_RRD.format(file=name, problem="a row without its time or values"))
        ts.append(int(_value(t)))
        a_in.append(vs[i] * scale_in)
        a_out.append(vs[o] * scale_out)
    return (np.array(ts, np.int64), np.array(a_in), np.array(a_out), np.full(len(ts), step, np.int64))


def _dump(root, name: str):
    step = int(_value(root.findtext("step")))
    last = int(_value(root.findtext("lastupdate")))
    names = [(ds.findtext("name") or "").strip() for ds in root.findall("ds")]
    if len(names) < 2 or not step:
        raise CoopnetError(_BAD_RRD.format(file=name, problem="fewer than two data sources"))
    i, o = _pick(names)
    archives = []
    for rra in root.findall("rra"):
        if (rra.findtext("cf") or "").strip() != "AVERAGE":
            continue
        period = step * int(_value(rra.findtext("pdp_per_row")))
        rows = rra.find("database").findall("row") if rra.find("database") is not None else []
        end = last - last % period
        times = end - period * np.arange(len(rows) - 1, -1, -1)
        vals = [[_value(v.text) for v in r.findall("v")] for r in rows]
        archives.append((period, times, vals))
    ts, a_in, a_out, secs = [], [], [], []
    covered_from = None
    for period, times, vals in sorted(archives, key=lambda a: a[0]):
        for t, v in zip(times, vals):
            if covered_from is not None and t > covered_from:
                continue  # a finer archive has this time already
            if len(v) < len(names) or math.isnan(v[i]) or math.isnan(v[o]):
                continue
            ts.append(int(t))
            a_in.append(v[i] * 8)
            a_out.append(v[o] * 8)
            secs.append(period)
        starts = [int(t) - period for t, v in zip(times, vals) if len(v) > max(i, o) and not math.isnan(v[i])]
        if starts:
            first = min(starts)
            covered_from = first if covered_from is None else min(covered_from, first)
    return (np.array(ts, np.int64), np.array(a_in), np.array(a_out), np.array(secs, np.int64))
