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
