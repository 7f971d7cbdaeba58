"""Errors meant for users: one clear line, never a traceback."""


class CoopnetError(Exception):
    """A problem the user can act on. ``exit_code`` 1 = bad data, 2 = bad usage."""

    exit_code = 1

    def __init__(self, message: str, exit_code: int | None = None):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class UsageError(CoopnetError):
    exit_code = 2


class ProjectFileError(CoopnetError):
    """A project file that cannot be opened (newer, corrupt, not coopnet)."""
