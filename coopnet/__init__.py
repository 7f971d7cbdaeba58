"""coopnet — offline desktop tool for rural telecom cooperatives."""

__version__ = "0.1.0"
APP_NAME = "coopnet"

# PySide6 6.12 on Python 3.11 loses a reference to None on every void Qt call; see pyside_fix.
from coopnet import pyside_fix as _pyside_fix  # noqa: E402,F401
