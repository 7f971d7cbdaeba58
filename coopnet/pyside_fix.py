"""Work around a PySide6 6.12 / CPython 3.11 bug: every call of a void Qt method
drops one reference to ``None`` (shiboken assumes ``None`` is immortal, as it is
from Python 3.12). After some 10^5 such calls the interpreter aborts with
"none_dealloc: deallocating None". Giving ``None`` a huge reference count makes it
effectively immortal, which is exactly what Python 3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40


def protect_none() -> None:
    """Idempotent; no-op on Python ≥ 3.12 where ``None`` is immortal."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    ref = ctypes.c_ssize_t.from_address(id(None))
    if ref.value < _BOOST:
        ref.value += _BOOST


protect_none()
