"""Running the stages over many documents: in this process, or in local worker processes.

A build is a map step, one global resolution, and a second map step:

1. extract: each chunk of files is read and run through the pipeline; its
   records (`kg.export.rdf.Record`) are kept in a spool file and a summary of its names
   (`kg.resolve.table.NameTable`) goes back to the build;
2. the build merges the summaries and resolves the names once;
3. render: each chunk's records are written as RDF text with the resolved IRIs,
   and the build appends the texts in chunk order.

Chunks are runs of consecutive sources and their texts are appended in order,
so the output does not depend on the number of workers or on where they run.
`kg.run.distributed` runs the same two map steps on a Dask cluster.
"""
from __future__ import annotations

import os
import socket
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from spacy.language import Language

from kg.export.rdf import Record, TurtleWriter, document_record, document_turtle
from kg.extract.nlp import build_nlp, extract
from kg.ingest.read import Document, InputError, Source, read_sources
from kg.model import Key
from kg.resolve.table import NameTable
from kg.run.collector import fewer_collections
from kg.run.sealed import SealedFileError, read_sealed, seal
from kg.timing import StageTimes

# every worker gets several chunks (they finish at different times), and a chunk's records
# (held in memory until they are spooled) stay small
MAX_CHUNK_BYTES, CHUNKS_PER_WORKER = 1 << 20, 4


@dataclass(frozen=True)
class Chunk:
    index: int  # position in the build; also names its spool file
    sources: tuple[Source, ...]


@dataclass
class ChunkSummary:
    """What the build needs back from a chunk's extraction."""

    index: int
    worker: str = ""  # the process that extracted the chunk (worker_name)
    documents: list[str] = field(default_factory=list)  # ids, in order
    characters: int = 0
    names: NameTable = field(default_factory=NameTable)
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    times: StageTimes = field(default_factory=StageTimes)


@dataclass(frozen=True)
class RenderSettings:
    base: str
    min_confidence: float


@dataclass
class RenderedChunk:
    text: bytes  # UTF-8 Turtle of the chunk's document sections
    triples: int
    times: StageTimes


def plan_chunks(sources: Sequence[Source], workers: int, first_index: int = 0) -> list[Chunk]:
    """Consecutive sources grouped by size, so that each worker gets several chunks."""
    sizes = [_size(source.path) for source in sources]
    target = min(MAX_CHUNK_BYTES, sum(sizes) // (workers * CHUNKS_PER_WORKER) + 1)
    chunks: list[Chunk] = []
    current: list[Source] = []
    filled = 0
    for source, size in zip(sources, sizes):
        current.append(source)
        filled += size
        if filled >= target:
            chunks.append(Chunk(first_index + len(chunks), tuple(current)))
            current, filled = [], 0
    if current:
        chunks.append(Chunk(first_index + len(chunks), tuple(current)))
    return chunks


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reading it will say what is wrong


@lru_cache(maxsize=4)
def _nlp(rules_dirs: tuple[str, ...]) -> Language:
    """One pipeline per worker process (and rule folders)."""
    return build_nlp([Path(d) for d in rules_dirs])


def worker_name() -> str:
    """host:pid of this process: which worker ran a chunk (a build reports them)."""
    return f"{socket.gethostname()}:{os.getpid()}"


def extract_chunk(chunk: Chunk, rules_dirs: tuple[str, ...], strict: bool) -> tuple[list[Record], ChunkSummary]:
    """Read and run one chunk: its records, and the summary the build merges."""
    summary = ChunkSummary(chunk.index, worker=worker_name())
    times = summary.times

    def counted(documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            summary.characters += len(document.text)
            yield document

    documents = counted(read_sources(chunk.sources, summary.warnings.append, strict, summary.skipped, times))
    records = []
    with fewer_collections():
        for extraction in extract(_nlp(rules_dirs), documents, times):
            summary.documents.append(extraction.document)
            with times.stage("resolution"):
                summary.names.add(extraction)
            with times.stage("records"):
                records.append(document_record(extraction))
    return records, summary


def render_records(records: Iterable[Record], iri_of: Mapping[Key, str], settings: RenderSettings) -> RenderedChunk:
    """The document sections of one chunk, in Turtle."""
    times = StageTimes()
    writer = TurtleWriter(settings.base)
    parts: list[str] = []
    triples = 0
    with times.stage("rdf"):
        for record in records:
            text, count = document_turtle(record, iri_of, writer, settings.min_confidence)
            triples += count
            parts.append(text)
        text = "".join(parts).encode("utf-8")
    return RenderedChunk(text, triples, times)


SPOOL_KIND, SPOOL_VERSION = "spool", 1


def dump_records(records: list[Record]) -> bytes:
    return seal(SPOOL_KIND, SPOOL_VERSION, records)


def load_records(path: Path) -> list[Record]:
    """A chunk's records as `dump_records` wrote them (lists where it had tuples: both unpack alike)."""
    try:
        return read_sealed(path, SPOOL_KIND, SPOOL_VERSION)
    except SealedFileError as err:
        raise InputError(f"{err}: build again without --update") from err


def ordered(submit: Callable[..., Future], tasks: Iterable[tuple], window: int) -> Iterator[Any]:
    """Results of `submit(*task)` in task order, with at most `window` tasks under way.

    The window keeps finished results from piling up behind a slow chunk.
    """
    tasks = iter(tasks)
    pending = deque(submit(*task) for task in islice(tasks, window))
    while pending:
        result = pending.popleft().result()
        pending.extend(submit(*task) for task in islice(tasks, 1))
        yield result


class LocalEngine:
    """The two map steps in this process (one worker) or in a pool of worker processes.

    Records go to spool files (`spool_path(chunk)` decides where), so memory
    holds one chunk per worker, never the corpus.
    """

    def __init__(self, workers: int, rules_dirs: Sequence[Path], strict: bool):
        self.workers = max(1, workers)
        self.rules_dirs = tuple(str(Path(d).resolve()) for d in rules_dirs)
        self.strict = strict

    @property
    def parallelism(self) -> int:
        """How many chunks run at once (chunks are planned for it)."""
        return self.workers

    def __enter__(self) -> "LocalEngine":
        return self

    def __exit__(self, *exc) -> None:
        pass

    def extract(self, chunks: Sequence[Chunk], spool_path: Callable[[Chunk], Path]) -> Iterator[ChunkSummary]:
        tasks = [(chunk, self.rules_dirs, self.strict, spool_path(chunk)) for chunk in chunks]
        yield from _map(_extract_to_spool, tasks, self.workers)

    def render(self, spooled: Sequence[Path], iri_of: Mapping[Key, str],
               settings: RenderSettings) -> Iterator[RenderedChunk]:
        yield from render_spooled(spooled, iri_of, settings, self.workers)


def render_spooled(spooled: Sequence[Path], iri_of: Mapping[Key, str], settings: RenderSettings,
                   workers: int) -> Iterator[RenderedChunk]:
    """Render spooled chunks, in order, in this process or in `workers` processes."""
    if workers == 1:
        for path in spooled:
            yield render_records(load_records(path), iri_of, settings)
        return
    # the name → IRI map goes to each worker once, not with every chunk
    yield from _map(_render_spooled, [(path, settings) for path in spooled], workers,
                    initializer=_receive_names, initargs=(dict(iri_of),))


def _map(task: Callable, tasks: list[tuple], workers: int, initializer: Callable | None = None,
         initargs: tuple = ()) -> Iterator[Any]:
    if workers == 1:
        for args in tasks:
            yield task(*args)
        return
    pool = ProcessPoolExecutor(workers, initializer=initializer, initargs=initargs)
    try:
        yield from ordered(pool.submit, ((task, *args) for args in tasks), window=2 * workers)
    finally:
        pool.shutdown(cancel_futures=True)


def _extract_to_spool(chunk: Chunk, rules_dirs: tuple[str, ...], strict: bool, path: Path) -> ChunkSummary:
    records, summary = extract_chunk(chunk, rules_dirs, strict)
    with summary.times.stage("write"):
        Path(path).write_bytes(dump_records(records))
    return summary


_worker_iri_of: dict[Key, str] = {}


def _receive_names(iri_of: dict[Key, str]) -> None:
    global _worker_iri_of
    _worker_iri_of = iri_of


def _render_spooled(path: Path, settings: RenderSettings) -> RenderedChunk:
    return render_records(load_records(path), _worker_iri_of, settings)
