"""A command that renders with QtWebEngine ends as soon as its file is written (no second of
teardown), with its output complete and none of QtWebEngine's processes left behind."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from PySide6.QtPdf import QPdfDocument


def test_map_pdf_ends_cleanly(sample_project_path, tmp_path):
    pdf = tmp_path / "carte.pdf"
    proc = subprocess.Popen(
        [sys.executable, "-m", "coopnet", "map", str(sample_project_path), "-o", str(pdf), "--lang", "en"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: QtWebEngine's helpers join it
    )
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert out.strip() == f"map written to {pdf}"
    doc = QPdfDocument()
    assert doc.load(str(pdf)) == QPdfDocument.Error.None_ and doc.pageCount() == 1
    doc.close()
    for _ in range(50):  # helpers see their parent gone within moments
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        raise AssertionError("QtWebEngine processes left running after `coopnet map`")
