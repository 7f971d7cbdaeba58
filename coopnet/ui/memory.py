"""Keep the app's memory down: QtWebEngine flags, and heap given back after big work.

The department-scale target is a whole app under 600 MB (benchmarks/run_all.py, row
``startup``). Two cheap levers live here; the others are in the pages (built on first
show, the web view created only when the Map page is first seen).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import sys

# Chromium's GPU process runs as a thread inside our own process in Qt WebEngine: ~60 MB
# for a 2D Leaflet map that software compositing draws just as well. The user's own
# QTWEBENGINE_CHROMIUM_FLAGS win (e.g. to turn the GPU back on).
WEBENGINE_FLAGS = "--disable-gpu"


def prepare_webengine() -> None:
    """Call before the first web view or page exists (Chromium reads the flags once)."""
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", WEBENGINE_FLAGS)


_libc = None


def give_back() -> None:
    """Collect cycles and hand freed heap pages back to the system (glibc keeps them
    otherwise: a map build's ~80 MB of temporaries would stay in the process's size)."""
    global _libc
    gc.collect()
    if not sys.platform.startswith("linux"):
        return
    if _libc is None:
        try:
            _libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            _libc.malloc_trim.argtypes = [ctypes.c_size_t]
        except (OSError, AttributeError):   # musl or another libc: nothing to trim
            _libc = False
    if _libc:
        _libc.malloc_trim(0)
