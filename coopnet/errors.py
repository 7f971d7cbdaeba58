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


def storage_problem(exc: BaseException) -> str | None:
    """One clear line for a full disk or a read-only project (SQLite or file errors), else None.

    SQLite rolls the transaction back in both cases, so nothing was written.
    """
    import errno
    import sqlite3
    text = str(exc).lower()
    if isinstance(exc, sqlite3.OperationalError):
        if "disk is full" in text:
            return "the disk is full: nothing was written (free some space, then try again)"
        if "readonly" in text or "read-only" in text:
            return ("the project file or its folder is read-only: nothing was written (copy the project "
                    "to a folder you can write to)")
        if "unable to open database" in text:
            return ("the project cannot be written (is its folder read-only?): nothing was written")
        if "disk i/o error" in text:
            return "the disk reported an error (full, removed or read-only?): nothing was written"
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"the disk is full ({exc.filename or 'writing'}): nothing was written (free some space, then try again)"
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"{exc.filename or 'a file'}: read-only or not allowed ({exc.strerror}); nothing was written"
    return None
