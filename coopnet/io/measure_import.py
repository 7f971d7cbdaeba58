"""Import measured traffic into a project: read the file, clean the counters, store the samples."""

from __future__ import annotations

from pathlib import Path

from coopnet.core.measure import DEFAULT_ZONE, to_rates
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError
from coopnet.store import measure as store
from coopnet.io import measure_csv, measure_mrtg, measure_rrd
from coopnet.store.project import Project

FORMATS = {"csv": measure_csv, "mrtg": measure_mrtg, "rrd-xml": measure_rrd}
_UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "MeasureImport", "{file}: cannot tell the format (use --format csv, mrtg or rrd-xml)"
)


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".log":
        return "mrtg"
    if suffix == ".xml":
        return "rrd-xml"
    if suffix in (".csv", ".txt", ".tsv"):
        return "csv"
    try:
        with path.open("rb") as fh:
            head = fh.read(512).lstrip()
    except OSError:
        head = b""
    if head.startswith(b"<"):
        return "rrd-xml"
    first = head.split(b"\n", 1)[0].split()
    if len(first) == 3 and all(x.isdigit() for x in first):
        return "mrtg"
    if head:
        return "csv"
    raise CoopnetError(_UNKNOWN_FORMAT.format(file=path.name), 2)


def import_file(
    project: Project,
    path: Path,
    interface: str | None = None,
    fmt: str | None = None,
    zone: str = DEFAULT_ZONE,
    speed_mbps: float | None = None,
) -> dict:
    """Read ``path`` and merge its samples into ``interface`` (default: the file's name).

    Returns the summary: interface, format, rows, samples, new, changed, and the accidents found
    (duplicates, out_of_order, wraps, resets, gaps, dst_repeats, invalid).
    """
    path = Path(path)
    fmt = fmt or detect_format(path)
    reader = FORMATS[fmt]
    readings = reader.read(path, zone=zone)
    if speed_mbps:
        readings.speed_bps = speed_mbps * 1e6
    rates, acc = to_rates(readings)
    name = interface or path.stem
    with project.transaction():
        iface = store.ensure_interface(project, name, source=path.name, speed_bps=readings.speed_bps)
        new, changed = store.add_rates(project, iface, rates)
        store.add_gaps(project, iface, acc.gaps, "import")
        summary = {"interface": name, "format": fmt, **acc.as_dict(), "new": new, "changed": changed}
        store.log_import(project, iface, path.name, fmt, summary)
    return summary
