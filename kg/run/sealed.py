"""Files that kg writes for itself (the build state, spool files): JSON behind a checked header.

An output folder may come from someone else (a shared drive, an archive), so
nothing kg reads back can run code: the payload is JSON, never a pickle. The
first line names the kind of file, its format version and the SHA-256 of the
payload, so a truncated, bit-flipped or planted file is recognised as such
instead of being used.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

MAGIC = b"kg-sealed"


class SealedFileError(Exception):
    """A sealed file that cannot be used; `corrupt` tells a damaged file from one of another version."""

    def __init__(self, message: str, corrupt: bool = True):
        super().__init__(message)
        self.corrupt = corrupt


def seal(kind: str, version: int, payload: Any) -> bytes:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = b" ".join((MAGIC, kind.encode("ascii"), str(version).encode("ascii"),
                        hashlib.sha256(body).hexdigest().encode("ascii")))
    return header + b"\n" + body


def unseal(data: bytes, kind: str, version: int, where: Path | str) -> Any:
    """The payload of a file written by `seal(kind, version, …)`, or SealedFileError saying what is wrong."""
    header, newline, body = data.partition(b"\n")
    fields = header.split(b" ")
    if not newline or len(fields) != 4 or fields[0] != MAGIC or fields[1] != kind.encode("ascii"):
        raise SealedFileError(f"{where}: not a {kind} file written by kg (damaged or replaced)", corrupt=True)
    if fields[2] != str(version).encode("ascii"):
        raise SealedFileError(f"{where}: written by another version of kg (format {fields[2].decode('ascii', 'replace')}, "
                              f"this kg reads {version})", corrupt=False)
    if hashlib.sha256(body).hexdigest().encode("ascii") != fields[3]:
        raise SealedFileError(f"{where}: damaged (its checksum does not match its contents)", corrupt=True)
    try:
        return json.loads(body)
    except ValueError as err:  # a checksum that matches a broken body: written wrongly, not damaged since
        raise SealedFileError(f"{where}: unreadable ({err})", corrupt=True) from err


def read_sealed(path: Path, kind: str, version: int) -> Any:
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise SealedFileError(f"{path}: cannot be read ({err.strerror})", corrupt=True) from err
    return unseal(data, kind, version, path)
