"""`coopnet.files` under its historical name: every ``-o OUT`` goes through `output_file`.

The code lives in `coopnet/files.py`, below `store`, `io` and `geo`, so that all of them may use it."""

from coopnet.files import (
    DISK_FULL,
    IS_A_FOLDER,
    NO_FOLDER,
    NO_PERMISSION,
    NOT_A_FOLDER,
    NOT_WRITTEN,
    PROBE_BYTES,
    WRITER_FAILED,
    OutputError,
    WriteFailed,
    check_folder,
    not_written,
    output_file,
    pdf_complete,
    reason_of,
    save_workbook,
)

__all__ = [
    "DISK_FULL",
    "IS_A_FOLDER",
    "NO_FOLDER",
    "NO_PERMISSION",
    "NOT_A_FOLDER",
    "NOT_WRITTEN",
    "PROBE_BYTES",
    "WRITER_FAILED",
    "OutputError",
    "WriteFailed",
    "check_folder",
    "not_written",
    "output_file",
    "pdf_complete",
    "reason_of",
    "save_workbook",
]
