"""The one way coopnet writes CSV: ``;``, and every text cell neutralised (core.cells).

Use ``safe_writer(fh)`` instead of ``csv.writer``: a new export or reject file cannot forget
to neutralise a column (issue 12 §5: the phone column of the export and the reject file
were not).
"""

from __future__ import annotations

import csv

from coopnet.core.cells import neutral_row


class SafeWriter:
    """``csv.writer`` whose rows are neutralised before they are written."""

    def __init__(self, fh, delimiter: str = ";", **kwargs):
        self._writer = csv.writer(fh, delimiter=delimiter, **kwargs)

    def writerow(self, row) -> None:
        self._writer.writerow(neutral_row(row))

    def writerows(self, rows) -> None:
        for row in rows:
            self.writerow(row)


def safe_writer(fh, delimiter: str = ";", **kwargs) -> SafeWriter:
    return SafeWriter(fh, delimiter=delimiter, **kwargs)


class RejectFile:
    """Rejected rows written as they come (never all kept in memory), neutralised, under a
    temporary name renamed when the import succeeds; ``count`` and ``first_reason`` for reports.
    With no ``path`` only the count is kept."""

    def __init__(self, path, header: list[str], reason_header: str = "reason"):
        from pathlib import Path

        self.path = Path(path) if path else None
        self.header = list(header) + [reason_header]
        self.count = 0
        self.first_reason = ""
        self._fh = None
        self._writer = None

    @property
    def _part(self):
        return self.path.with_name(self.path.name + ".part")

    def add(self, row, reason: str) -> None:
        self.count += 1
        if not self.first_reason:
            self.first_reason = str(reason)
        if self.path is None:
            return
        if self._fh is None:
            try:
                self._fh = self._part.open("w", encoding="utf-8-sig", newline="")
            except OSError as exc:
                from coopnet.errors import CoopnetError

                raise CoopnetError(f"{self.path}: cannot write the reject file ({exc.strerror})") from None
            self._writer = safe_writer(self._fh, delimiter=";")
            self._writer.writerow(self.header)
        self._writer.writerow(list(row) + [reason])

    def commit(self) -> bool:
        """Close and put the file in place; False when nothing was rejected."""
        if self._fh is None:
            return False
        try:
            self._fh.close()
            self._part.replace(self.path)
        except OSError as exc:
            self.discard()
            from coopnet.errors import CoopnetError

            raise CoopnetError(f"{self.path}: cannot write the reject file ({exc.strerror})") from None
        self._fh = None
        return True

    def discard(self) -> None:
        if self._fh is not None:
            try:
                self._fh.close()
            except OSError:
                pass
            self._fh = None
        if self.path is not None:
            self._part.unlink(missing_ok=True)
