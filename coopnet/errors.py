"""Errors meant for users: one clear line, never a traceback.

A message may be a core `Msg` (marked with ``QT_TRANSLATE_NOOP``): ``str(exc)`` is then English
and `user_text` says it in the user's language.
"""

from coopnet.core.text import QT_TRANSLATE_NOOP, Msg


class CoopnetError(Exception):
    """A problem the user can act on. ``exit_code`` 1 = bad data, 2 = bad usage."""

    exit_code = 1

    def __init__(self, message: str, exit_code: int | None = None):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class UsageError(CoopnetError):
    exit_code = 2


class Cancelled(CoopnetError):
    """The user pressed Cancel: the work stopped and nothing was written (its transaction rolled
    back). The one cancellation exception: an import, a sync or a task in the UI raise it; the UI
    says "Cancelled: nothing was changed" rather than an error."""

    def __init__(self, message: str | None = None):
        super().__init__(message or QT_TRANSLATE_NOOP("Cancelled", "cancelled: nothing was changed"))


class ProjectFileError(CoopnetError):
    """A project file that cannot be opened (newer, corrupt, not coopnet)."""


def user_text(exc: BaseException, lang: str | None = None) -> str:
    """The one line a user reads for ``exc``, in their language when it was marked for translation."""
    from coopnet.translation import say

    message = exc.args[0] if exc.args else None
    if isinstance(exc, CoopnetError) or isinstance(message, Msg):  # ours: meant for users
        return say(message, lang)
    storage = storage_problem(exc)
    return say(storage, lang) if storage is not None else str(exc)


def storage_problem(exc: BaseException) -> str | None:
    """One clear line for a full disk or a read-only project (SQLite or file errors), else None.

    SQLite rolls the transaction back in both cases, so nothing was written.
    """
    import errno
    import sqlite3

    text = str(exc).lower()
    if isinstance(exc, sqlite3.OperationalError):
        if "disk is full" in text:
            return QT_TRANSLATE_NOOP(
                "Storage", "the disk is full: nothing was written (free some space, then try again)"
            )
        if "readonly" in text or "read-only" in text:
            return QT_TRANSLATE_NOOP(
                "Storage",
                "the project file or its folder is read-only: nothing was "
                "written (copy the project to a folder you can write to)",
            )
        if "unable to open database" in text:
            return QT_TRANSLATE_NOOP(
                "Storage", "the project cannot be written (is its folder read-only?): nothing was written"
            )
        if "disk i/o error" in text:
            return QT_TRANSLATE_NOOP(
                "Storage", "the disk reported an error (full, removed or read-only?): nothing was written"
            )
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return QT_TRANSLATE_NOOP(
            "Storage", "the disk is full ({file}): nothing was written (free some space, then try again)"
        ).format(file=exc.filename or "…")
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return QT_TRANSLATE_NOOP(
            "Storage", "{file}: read-only or not allowed ({reason}); nothing was written"
        ).format(file=exc.filename or "…", reason=exc.strerror)
    return None
