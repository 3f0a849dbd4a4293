"""Writing outputs atomically (a reader never sees a half-written file), one writer at a time."""
from __future__ import annotations

import fcntl
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator


class Staging:
    """Files written under temporary names beside their targets, moved into place together by `commit`.

    Until `commit`, the targets keep their old contents; leaving the `with`
    block without committing (an error) removes the temporary files.
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._staged: dict[Path, tuple[Path, BinaryIO | None]] = {}  # target -> (temporary file, open handle)
        self._finished: set[Path] = set()
        self._created: list[Path] = []  # folders made for the files, removed again if nothing is committed

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, *exc) -> None:
        for tmp, handle in self._staged.values():
            if handle is not None:
                handle.close()
            tmp.unlink(missing_ok=True)
        self._staged.clear()
        self._finished.clear()
        for folder in reversed(self._created):
            try:
                folder.rmdir()
            except OSError:
                pass  # not empty: it holds other files
        self._created.clear()

    def _temporary(self, name: str) -> tuple[Path, Path, int]:
        target = self.folder / name
        missing = [p for p in (target.parent, *target.parent.parents) if not p.exists()]
        target.parent.mkdir(parents=True, exist_ok=True)
        self._created += [p for p in reversed(missing) if p not in self._created]
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        return target, Path(tmp), fd

    def open(self, name: str) -> BinaryIO:
        """A binary file that will become `folder/name`."""
        target, tmp, fd = self._temporary(name)
        handle = os.fdopen(fd, "wb")
        self._staged[target] = (tmp, handle)
        return handle

    def reserve(self, name: str) -> Path:
        """A path for another process to write what will become `folder/name`."""
        target, tmp, fd = self._temporary(name)
        os.close(fd)
        self._staged[target] = (tmp, None)
        return tmp

    def write(self, name: str, data: str | bytes) -> None:
        self.open(name).write(data.encode("utf-8") if isinstance(data, str) else data)

    def close(self, name: str) -> Path:
        """Finish `folder/name` (flushed to disk); return where it is until `commit`."""
        target = self.folder / name
        tmp, handle = self._staged[target]
        if handle is None:
            with open(tmp, "rb") as written:
                os.fsync(written.fileno())
        else:
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            self._staged[target] = (tmp, None)
        os.chmod(tmp, 0o644)
        self._finished.add(target)
        return tmp

    def commit(self) -> list[Path]:
        """Finish every file, then rename each over its target; return the targets."""
        for target in self._staged:
            if target not in self._finished:
                self.close(str(target.relative_to(self.folder)))
        targets = list(self._staged)
        for target, (tmp, _) in self._staged.items():
            os.replace(tmp, target)
        self._staged.clear()
        self._finished.clear()
        self._created.clear()
        return targets


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write to a temporary file beside `path`, then rename it over `path`."""
    path = Path(path)
    with Staging(path.parent) as staging:
        staging.write(path.name, data)
        staging.commit()


LOCK_FILE = "lock"


class FolderBusy(Exception):
    """Another process is writing the folder and we were asked not to wait."""


@contextmanager
def writer_lock(folder: Path, private: str, on_wait: Callable[[str], None], wait: bool = True) -> Iterator[None]:
    """Hold the one writer's lock of `folder` (the file `folder/private/lock`) while the block runs.

    A second writer waits (saying so through `on_wait`) or, with `wait=False`, gets FolderBusy.
    The lock is an flock: the system releases it when its holder dies, so a killed
    build never leaves the folder locked. Folders made only to hold the lock are
    removed again if the block fails before writing anything else into them.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(folder)
    missing = [p for p in (folder / private, folder, *folder.parents) if not p.exists()]
    path = folder / private / LOCK_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = _acquire(path, on_wait, wait)
    try:
        yield
    except BaseException:
        if missing:
            _remove_if_only_lock(path, missing)
        raise
    finally:
        os.close(fd)


def _acquire(path: Path, on_wait: Callable[[str], None], wait: bool) -> int:
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                os.close(fd)
                raise FolderBusy(f"{path.parent.parent}: another kg build is writing this folder") from None
            on_wait(f"{path.parent.parent}: another kg build is writing this folder; waiting for it to finish "
                    "(Ctrl-C to stop)")
            fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            if os.fstat(fd).st_ino == os.stat(path).st_ino:
                return fd  # still the lock file: not removed by a writer that failed meanwhile
        except FileNotFoundError:
            pass
        os.close(fd)


def _remove_if_only_lock(path: Path, created: list[Path]) -> None:
    if [p.name for p in path.parent.iterdir()] == [LOCK_FILE]:
        path.unlink()
    for folder in created:  # innermost first
        try:
            folder.rmdir()
        except OSError:
            break  # not empty: the build wrote something, or another writer is here


def remove_stale_temporaries(folders: Iterable[Path]) -> list[Path]:
    """Remove the temporary files a killed writer left (`.name.XXXX.tmp`, as Staging names them).

    Call it only while holding the folder's writer lock: then no live writer owns any of them.
    """
    removed = []
    for folder in folders:
        for path in Path(folder).glob(".*.tmp"):
            if path.is_file():
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed
