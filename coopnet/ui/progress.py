"""Kept so ``from coopnet.ui.progress import run_with_progress`` goes on working: the one
background API is ``coopnet.ui.tasks``."""

from coopnet.ui.tasks import run_with_progress

__all__ = ["run_with_progress"]
