"""The two map steps of a build (kg.run.local) on a Dask distributed cluster.

Each chunk is one task: a worker reads the chunk's files, runs the pipeline and
keeps the records in the cluster's memory (Dask spills them to the workers'
disks when memory runs short); only the chunk's name summary comes back. The
build resolves the names, sends the name → IRI map to every worker once, and a
second task per chunk writes its RDF text, which the build appends in chunk
order, together with the records for the output folder's spool (kg.run.state).

Workers read the input files themselves, so they must see them at the same
paths as the machine that runs `kg build` (a shared file system), and they must
run the same version of kg with the same rules: the build checks the latter.
"""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterator, Mapping, Sequence

from kg.export.rdf import Record
from kg.model import Key
from kg.run.local import (
    Chunk,
    ChunkSummary,
    RenderedChunk,
    RenderSettings,
    dump_records,
    extract_chunk,
    ordered,
    render_records,
)
from kg.run.state import pipeline_fingerprint

# how long to keep trying to reach the scheduler (it may still be starting)
CONNECT_TIMEOUT = "20s"


class SchedulerError(Exception):
    """The cluster cannot run the build; the message says why."""


class DaskEngine:
    def __init__(self, address: str, rules_dirs: Sequence[Path], strict: bool):
        try:
            from distributed import Client
        except ImportError as err:  # Dask is an extra: only --scheduler needs it
            raise SchedulerError("--scheduler needs Dask, which is not installed: pip install "
                                 "'zh-industry-kg[cluster]' (in a checkout: pip install -e '.[cluster]')") from err

        self.rules_dirs = tuple(str(Path(d).resolve()) for d in rules_dirs)
        self.strict = strict
        try:
            self.client = Client(address, set_as_default=False, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as err:
            raise SchedulerError(f"cannot reach the Dask scheduler at {address} ({err})") from err
        self._records: list = []  # one future per chunk, until it is rendered
        self._spool: list[Path] = []

    def __enter__(self) -> "DaskEngine":
        self._check_workers()
        return self

    def __exit__(self, *exc) -> None:
        self._records.clear()
        self.client.close()

    @property
    def parallelism(self) -> int:
        """Worker threads of the cluster: how many chunks run at once."""
        return max(1, sum(w["nthreads"] for w in self.client.scheduler_info()["workers"].values()))

    def _check_workers(self) -> None:
        workers = self.client.scheduler_info()["workers"]
        if not workers:
            raise SchedulerError("the Dask cluster has no workers")
        expected = pipeline_fingerprint([Path(d) for d in self.rules_dirs])
        found = self.client.run(pipeline_fingerprint, [Path(d) for d in self.rules_dirs])
        different = sorted(address for address, fingerprint in found.items() if fingerprint != expected)
        if different:
            raise SchedulerError(f"workers {', '.join(different)} run another version of kg or other rules; "
                                 "install the same kg and rule folders on every worker")

    def extract(self, chunks: Sequence[Chunk], spool_path: Callable[[Chunk], Path]) -> Iterator[ChunkSummary]:
        submit = self.client.submit
        self._records = [submit(extract_chunk, _absolute(chunk), self.rules_dirs, self.strict, pure=False)
                         for chunk in chunks]
        self._spool = [spool_path(chunk) for chunk in chunks]
        summaries = [submit(_summary, records) for records in self._records]
        for future in summaries:
            yield future.result()

    def render(self, spooled: Sequence[Path], iri_of: Mapping[Key, str],
               settings: RenderSettings) -> Iterator[RenderedChunk]:
        """Render the chunks extracted by `extract` (`spooled` must be their spool paths)."""
        if list(spooled) != self._spool:
            raise ValueError("a Dask build renders the chunks it extracted")
        [names] = self.client.scatter([dict(iri_of)], broadcast=True)
        tasks = ((_render, records, names, settings) for records in self._records)
        for index, (rendered, spool) in enumerate(ordered(self.client.submit, tasks, window=2 * self.parallelism)):
            self._spool[index].write_bytes(spool)
            self._records[index] = None  # lets the cluster free the chunk's records
            yield rendered


def _absolute(chunk: Chunk) -> Chunk:
    """The chunk with absolute paths: workers do not run in this process's folder."""
    return replace(chunk, sources=tuple(replace(s, path=Path(os.path.abspath(s.path))) for s in chunk.sources))


def _summary(extracted: tuple[list[Record], ChunkSummary]) -> ChunkSummary:
    return extracted[1]


def _render(extracted: tuple[list[Record], ChunkSummary], iri_of: Mapping[Key, str],
            settings: RenderSettings) -> tuple[RenderedChunk, bytes]:
    records = extracted[0]
    return render_records(records, iri_of, settings), dump_records(records)
