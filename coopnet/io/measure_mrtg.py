"""Measured traffic from an MRTG ``.log`` file.

MRTG writes one line of the last counter readings (``time in_octets out_octets``), then rows
newest first: ``time average_in average_out maximum_in maximum_out`` in octets per second,
each the average since the row below it: 5-minute rows for the last 50 hours, then 30-minute,
2-hour and daily averages. Each row keeps its own interval; only 5-minute rows are billed.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from coopnet.core.measure import DEFAULT_ZONE, Readings
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError
from coopnet.io.tabular import _check_size

_NOT_MRTG = QT_TRANSLATE_NOOP(
    "MeasureImport", "{file}: not an MRTG log (line {line} should be “time in out” numbers)"
)
_NO_ROWS = QT_TRANSLATE_NOOP("MeasureImport", "{file}: no rows of measures")


def read(path: Path, zone: str = DEFAULT_ZONE) -> Readings:
    path = Path(path)
    _check_size(path)
    try:
        text = path.read_text(encoding="ascii")
    except UnicodeDecodeError:
        raise CoopnetError(_NOT_MRTG.format(file=path.name, line=1)) from None
    lines = [(i, ln.split()) for i, ln in enumerate(text.splitlines(), start=1) if ln.strip()]
    if not lines or len(lines[0][1]) != 3 or not all(x.isdigit() for x in lines[0][1]):
        raise CoopnetError(_NOT_MRTG.format(file=path.name, line=1))
    ts, a_in, a_out = [], [], []
    for line, parts in lines[1:]:
        if len(parts) != 5:
            raise CoopnetError(_NOT_MRTG.format(file=path.name, line=line))
        try:
            t, i, o = int(parts[0]), float(parts[1]), float(parts[2])
        except ValueError:
            raise CoopnetError(_NOT_MRTG.format(file=path.name, line=line)) from None
        ts.append(t)
        a_in.append(i * 8)
        a_out.append(o * 8)
    if not ts:
        raise CoopnetError(_NO_ROWS.format(file=path.name))
    ts = np.array(ts, np.int64)
    secs = np.empty(len(ts), np.int64)
    if len(ts) > 1:
        secs[:-1] = ts[:-1] - ts[1:]  # newest first: a row covers back to the next one
        secs[-1] = secs[-2]
    else:
        secs[0] = 300
    keep = secs > 0  # the first row often repeats the counters' time
    return Readings(ts[keep], np.array(a_in)[keep], np.array(a_out)[keep], "rate", secs=secs[keep])
