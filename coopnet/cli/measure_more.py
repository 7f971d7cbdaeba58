"""More measured-traffic commands: invoice, members, calibrate, brief, publish, and ``watch``."""

from __future__ import annotations


def register(sub, msub) -> None:
    """Adds the commands to ``coopnet measure`` (``msub``) and ``coopnet watch`` (``sub``)."""
