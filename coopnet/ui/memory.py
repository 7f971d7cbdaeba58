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


def _glibc():
    global _libc
    if _libc is None:
        _libc = False
        if sys.platform.startswith("linux"):
            try:
                _libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
                _libc.malloc_trim.argtypes = [ctypes.c_size_t]
                _libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
            except (OSError, AttributeError):  # musl or another libc: nothing to tune
                _libc = False
    return _libc


M_ARENA_MAX = -8  # glibc's mallopt parameter


def limit_malloc_arenas(arenas: int = 2) -> None:
    """Call before any thread starts. glibc gives each thread that allocates an arena of its
    own; the map build and figure workers left 40–60 MB stranded in theirs at department scale
    (measured: Map page 372 → 331 MB for the app process). A user's MALLOC_ARENA_MAX wins."""
    libc = _glibc()
    if libc and "MALLOC_ARENA_MAX" not in os.environ:
        libc.mallopt(M_ARENA_MAX, arenas)


def give_back() -> None:
    """Collect cycles and hand freed heap pages back to the system (glibc keeps them
    otherwise: a map build's ~80 MB of temporaries would stay in the process's size)."""
    gc.collect()
    libc = _glibc()
    if libc:
        libc.malloc_trim(0)
