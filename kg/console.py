"""What long commands show on the terminal: a progress line on stderr, and the build's summary.

The progress line (files and characters done, rate, time left; then the stage
under way) is redrawn in place at most a few times a second, only when stderr
is a terminal: piped or redirected output, logs and tests see none of it.
"""
from __future__ import annotations

import io
import sys
import time
from collections import Counter
from typing import TYPE_CHECKING, BinaryIO, Callable, Sequence, TextIO

if TYPE_CHECKING:
    from kg.run.build import BuildResult

REDRAW_SECONDS = 0.2


class CountedReader(io.RawIOBase):
    """`source` (binary, `total` bytes) for a parser to read, telling `reading` how far it has read: at the
    start, then after each megabyte or so, and at the end (pyoxigraph reads 2 kB at a time: most reads
    only count)."""

    def __init__(self, source: BinaryIO, total: int, reading: Callable[[int, int], None]):
        super().__init__()
        self.source, self.total, self.reading = source, total, reading
        self.done = 0
        self._step = max(total // 1000, 1 << 20)
        self._next = self._step
        reading(0, total)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        count = self.source.readinto(buffer) or 0
        self.done += count
        if self.done >= self._next or not count:
            self._next = self.done + self._step
            self.reading(self.done, max(self.total, self.done))
        return count


class Progress:
    """One status line on stderr. Quiet (does nothing) when not `enabled`; by default, when stderr is
    not a terminal."""

    def __init__(self, enabled: bool | None = None, stream: TextIO | None = None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.started = time.monotonic()
        self.files = self.characters = self.bytes_done = 0
        self.total_files = self.total_bytes = 0
        self._drawn = 0.0
        self._shown = False
        self._reading: tuple[str, float] = ("", 0.0)  # what is being read, since when

    def start(self, files: int, size: int) -> None:
        """Work of `files` files of `size` bytes in all begins."""
        self.started = time.monotonic()
        self.total_files, self.total_bytes = files, size
        self.files = self.characters = self.bytes_done = 0
        self._draw(self._counts(), force=True)

    def advance(self, files: int, characters: int, size: int) -> None:
        self.files += files
        self.characters += characters
        self.bytes_done += size
        self._draw(self._counts(), force=self.files >= self.total_files)

    def stage(self, text: str, force: bool = True) -> None:
        """Show what is being done now (after the files, or for work without files)."""
        self._draw(f"{text} ({_duration(time.monotonic() - self.started)})", force)

    def step(self, text: str, done: int, total: int) -> None:
        """A stage made of `total` steps, `done` of them done."""
        self._draw(f"{text}: {done}/{total}", force=done in (0, total))

    def read(self, text: str, done: int, total: int) -> None:
        """Reading `total` bytes (a graph file being parsed into the store), `done` of them read: the
        megabytes, the rate and the time left."""
        if not self.enabled:
            return
        now = time.monotonic()
        if text != self._reading[0] or done == 0:
            self._reading = (text, now)
        elif now - self._drawn < REDRAW_SECONDS and done < total:
            return  # called for every chunk the parser reads: most calls draw nothing
        elapsed = now - self._reading[1]
        line = f"{text}: {_megabytes(done)}/{_megabytes(total)} MB"
        if done and elapsed > 0.5:
            line += f", {done / 1e6 / elapsed:,.1f} MB/s"
            if done < total:
                line += f", about {_duration(elapsed * (total - done) / done)} left"
        self._draw(line, force=done in (0, total))

    def reading(self, text: str) -> Callable[[int, int], None] | None:
        """`read` for a graph's load (kg.query.store.load's `reading`); None when quiet, so that the
        load reads the file the fastest way, without counting."""
        return (lambda done, total: self.read(text, done, total)) if self.enabled else None

    def close(self) -> None:
        if self.enabled and self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
        self._shown = False

    def _counts(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        line = f"{self.files:,}/{self.total_files:,} files, {self.characters:,} characters"
        if self.characters and elapsed > 0.5:
            line += f", {self.characters / elapsed:,.0f} characters/s"
            if 0 < self.bytes_done < self.total_bytes:
                left = elapsed * (self.total_bytes - self.bytes_done) / self.bytes_done
                line += f", about {_duration(left)} left"
        return line

    def _draw(self, text: str, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._drawn < REDRAW_SECONDS:
            return
        self._drawn = now
        self.stream.write("\r\033[K" + text)
        self.stream.flush()
        self._shown = True


def _megabytes(size: int) -> str:
    return f"{size / 1e6:,.1f}" if size >= 1e5 else f"{size / 1e6:,.2f}"


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else f"{seconds} s"


def build_summary(result: BuildResult, seconds: float, skipped_reasons: Sequence[str] = (),
                  update: bool = False) -> str:
    """What a build made, for an analyst: documents read and skipped (and why), entities per type,
    relations per kind, triples and time."""
    added = f" (now {result.graph_documents:,} in the graph)" if update else ""
    lines = [f"built {result.documents} document(s){added} in {seconds:.1f} s: {result.characters:,} characters, "
             f"{result.entities} entities, {result.statements} relation statements, {result.triples:,} triples"]
    if result.skipped:
        lines.append(f"skipped {len(result.skipped)} file(s):")
        reasons = [reason.removeprefix("skipped ") for reason in skipped_reasons]
        lines += [f"  - {next((r for r in reasons if r.startswith(path)), path)}" for path in result.skipped]
    lines.append("entities per type: " + _counts(result.entity_types))
    lines.append("relations per kind: " + ", ".join(
        f"{kind} {count:,} (stated by {result.relation_statements.get(kind, 0):,} sentence(s))"
        for kind, count in sorted(result.relation_kinds.items(), key=lambda item: (-item[1], item[0])))
        if result.relation_kinds else "relations per kind: none")
    return "\n".join(lines)


def _counts(counts: Counter | dict) -> str:
    if not counts:
        return "none"
    return ", ".join(f"{name} {count:,}" for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])))
