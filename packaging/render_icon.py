"""Render our SVG icon to PNG with Qt (QtSvg), for desktops that want a bitmap icon.

    python packaging/render_icon.py resources/icons/coopnet.svg OUT_DIR [SIZE ...]

Writes OUT_DIR/coopnet-SIZE.png for each size (default 48, 128, 256), transparent corners.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402


def render(svg: Path, out_dir: Path, sizes: list[int]) -> list[Path]:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format_ARGB32)
        image.fill(Qt.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"coopnet-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"{path}: cannot write")
        written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    app = QGuiApplication(sys.argv[:1])
    sizes = [int(s) for s in sys.argv[3:]] or [48, 128, 256]
    for path in render(Path(sys.argv[1]), Path(sys.argv[2]), sizes):
        print(path)
