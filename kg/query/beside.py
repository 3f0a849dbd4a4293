"""The build's check of its graph, run in a process beside the build while it writes the graph and the page.

Checking a graph is loading its Turtle into an embedded store and running the
shapes' queries (kg.query.validate); done after the graph was written, it was a
tenth of a build on text of realistic density, half of it the load. `CheckBeside`
starts a process when the build starts, hands it the Turtle as the build writes
it (`write`), and the process loads each whole run of statements while the
build renders the rest, then runs the queries once the file is complete
(`close`) while the build writes the analysis and the page. `report` waits for
the result: the report `validate_turtle` gives for the file. A build says where
its document sections begin (`documents_follow`): from there the process loads
only one `kg:mentionedIn` of each entity and runs the shapes less what the writer
guarantees (kg.query.validate.BY_CONSTRUCTION), so its work grows with the
entities and relations, not with the documents' triples.

A process, not a thread: pyoxigraph loads without holding the GIL, but it holds
it while it evaluates a query, which would stop the build meanwhile. The process
is `python -m kg.query.beside`, reading the parts on its standard input and
writing its outcome (pickled) on its standard output; not multiprocessing's,
which would run the main module of a script that calls `build` again.

The Turtle is cut only after a `.` that ends a line and is followed by an empty
line, which in kg's Turtle ends a statement (its literals escape line breaks),
and each part is parsed with the file's prefixes. Parts are parsed on their own,
so the file must not use blank nodes (their labels would be scoped to their
part): kg's writer names every node by an IRI.
"""
from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from kg.query.validate import ValidationReport

STATEMENT_END = b" .\n\n"
LENGTH = 8  # bytes of the length before each part; a part of length 0 ends the file
DOCUMENTS = (1 << 64) - 1  # a length that is no part's: the document sections follow


class CheckFailed(Exception):
    """The process that checks the graph ended without a report."""


class CheckBeside:
    """`validate_turtle` of a Turtle file being written, in another process (see the module's docstring)."""

    def __init__(self, header: str):
        self.seconds = 0.0  # the process's own CPU time, loading and querying (known once `report` returned)
        self.whole = True  # every shape on the whole file; False once told where the document sections begin
        self._unsent = bytearray()
        self._closed = False
        self._process = subprocess.Popen([sys.executable, "-m", "kg.query.beside"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, env=_importing_this_kg())
        self._send(header.encode("utf-8"))

    def write(self, data: bytes) -> None:
        """The next bytes of the file, cut anywhere."""
        self._unsent += data
        end = self._unsent.rfind(STATEMENT_END)
        if end >= 0:
            end += len(STATEMENT_END)
            self._send(self._unsent[:end])
            del self._unsent[:end]

    def documents_follow(self) -> None:
        """What follows is the document sections (provenance), which the writer makes correct by construction:
        the check loads only what came before (the entity section) and, of what follows, one kg:mentionedIn of
        each entity, and runs the shapes less BY_CONSTRUCTION (kg.query.validate.build_checks)."""
        if self._unsent.strip():
            self._send(self._unsent)
        self._unsent.clear()
        if not self._closed and self.whole:
            self.whole = False
            try:
                self._process.stdin.write(DOCUMENTS.to_bytes(LENGTH, "big"))
            except OSError:
                self._closed = True

    def close(self) -> None:
        """The file is complete: the queries run once it is loaded."""
        if self._closed:
            return
        if self._unsent.strip():
            self._send(self._unsent)
        self._unsent.clear()
        self._send(b"")
        self._closed = True
        self._end_input()

    def report(self) -> ValidationReport:
        """Wait for the check: its ValidationReport, or the error that stopped it (a part that is not Turtle)."""
        self.close()
        try:
            outcome, value, self.seconds = pickle.load(self._process.stdout)
        except (EOFError, pickle.UnpicklingError, ValueError) as err:
            raise CheckFailed(f"the check of the graph stopped (its process exited with code "
                              f"{self._process.wait()})") from err
        finally:
            self._stop()
        if outcome == "error":
            raise value
        return value

    def _send(self, part: bytes | bytearray) -> None:
        if self._closed:
            return
        try:
            self._process.stdin.write(len(part).to_bytes(LENGTH, "big"))
            self._process.stdin.write(part)
        except OSError:  # the process ended: report() says how
            self._closed = True

    def _end_input(self) -> None:
        try:
            self._process.stdin.close()
        except OSError:
            pass

    def _stop(self) -> None:
        self._closed = True
        self._end_input()  # without the final empty part: the process stops
        self._process.stdout.close()
        try:
            self._process.wait(5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()

    def __enter__(self) -> CheckBeside:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self._process.returncode is None:  # the build failed before it asked for the report
            self._stop()


def _importing_this_kg() -> dict[str, str]:
    """The environment, with the folder that holds this kg package first on the path: the process checks with
    the shapes and code of the build that started it, wherever that was imported from."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[2]),
                                                      env.get("PYTHONPATH")]))
    return env


class TeeFile:
    """A binary file that also hands what is written to it to a `CheckBeside`."""

    def __init__(self, file: BinaryIO, check: CheckBeside):
        self._file, self._check = file, check

    def write(self, data: bytes) -> int:
        written = self._file.write(data)
        self._check.write(bytes(data))
        return written


def main() -> None:
    """The process: read the header and the parts, load them, check the graph, write the outcome."""
    import pyoxigraph as ox

    from kg.query.store import leading_prefixes
    from kg.query.validate import build_checks, shape_checks, validate_store

    source, sink = sys.stdin.buffer, sys.stdout.buffer
    header = _part(source)
    if not header:
        return
    prefixes = leading_prefixes(header, ox.RdfFormat.TURTLE)
    shape_checks(), build_checks()  # compiled while the build still extracts
    parts: queue.Queue[bytes | None] = queue.Queue()
    threading.Thread(target=_receive, args=(source, parts), daemon=True).start()  # the build never waits
    store, error, mentions = ox.Store(), None, None
    while (part := parts.get()) is not None:
        if part is _DOCUMENTS:
            mentions = Mentions(prefixes)
        elif error is not None:
            pass
        elif mentions is not None:
            mentions.scan(part)
        else:
            try:
                store.load(header + part, format=ox.RdfFormat.TURTLE)
            except Exception as err:  # raised again in the build
                error = err
    if parts.get() is not None:  # the build ended without finishing the file: nobody waits for a report
        return
    try:
        if error is None and mentions is not None:
            store.load(header + mentions.turtle(), format=ox.RdfFormat.TURTLE)
    except Exception as err:
        error = err
    if error is not None:
        outcome = ("error", error)
    else:
        try:
            outcome = ("report", validate_store(store, prefixes,
                                                checks=shape_checks() if mentions is None else build_checks()))
        except Exception as err:
            outcome = ("error", err)
    try:
        data = pickle.dumps((*outcome, time.process_time()))
    except Exception as err:  # an error that does not pickle
        data = pickle.dumps(("error", CheckFailed(f"{outcome[1]!r} ({err})"), time.process_time()))
    try:
        sink.write(data)
        sink.flush()
    except OSError:  # the build ended meanwhile
        pass


_DOCUMENTS = b"documents follow"  # the part `_part` returns for the marker (compared by identity)


class Mentions:
    """Of the document sections' text, one kg:mentionedIn statement of each entity it names, as written.

    kg's writer puts an entity's mentions in a section on one line of their own, `entity kg:mentionedIn
    sentence, sentence … .`, the only line of a section that starts with something other than a document,
    sentence or statement; a literal never holds a line break (it is escaped). A line is found by the
    predicate's written form after a space, and its subject is what precedes it on the line.
    """

    def __init__(self, prefixes: dict[str, str]):
        from kg.schema import KG_NS

        iri = f"{KG_NS}mentionedIn"
        written = next((f"{prefix}:mentionedIn" for prefix, namespace in prefixes.items() if namespace == KG_NS),
                       f"<{iri}>")
        self.key = f" {written} ".encode()
        self.first: dict[bytes, bytes] = {}  # subject as written -> its first line, up to its first sentence

    def scan(self, part: bytes) -> None:
        key, first, at = self.key, self.first, part.find(self.key)
        while at >= 0:
            start = part.rfind(b"\n", 0, at) + 1
            subject = part[start:at]
            end = at + len(key)
            if subject not in first and b" " not in subject:
                stops = [stop for stop in (part.find(b",", end), part.find(b" ", end), part.find(b"\n", end))
                         if stop >= 0]
                first[subject] = part[start:min(stops, default=len(part))]
            at = part.find(key, end)

    def turtle(self) -> bytes:
        return b"".join(line + b" .\n" for line in self.first.values())


def _part(source: BinaryIO) -> bytes | None:
    """The next part; b"" at the end of the file, None if the input ends before it."""
    length = source.read(LENGTH)
    if len(length) < LENGTH:
        return None
    size = int.from_bytes(length, "big")
    if size == DOCUMENTS:
        return _DOCUMENTS
    part = source.read(size)
    return part if len(part) == size else None


def _receive(source: BinaryIO, parts: queue.Queue) -> None:
    """Each part as it comes, then None, then None if the file was complete or False if the build stopped."""
    while part := _part(source):
        parts.put(part)
    parts.put(None)
    parts.put(None if part == b"" else False)


if __name__ == "__main__":
    main()
