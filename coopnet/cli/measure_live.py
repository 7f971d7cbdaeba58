"""Measured traffic, live and published: ``coopnet watch``, ``measure publish``, ``measure brief``."""

from __future__ import annotations


def register(sub, msub) -> None:
    """Adds ``brief`` and ``publish`` to ``coopnet measure`` and the ``coopnet watch`` command."""
