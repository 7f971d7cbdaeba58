"""Commands of this domain (filled in by its issue)."""


def register(sub, import_sub) -> None:
    """Add this domain's sub-commands (and ``import`` kinds) to the parser."""
