"""The whole build: files in, graph.ttl and graph.html out (the stages in order).

read (kg.ingest.read) → spaCy pipeline (kg.extract.nlp) → resolution (kg.resolve.table)
→ RDF (kg.export.rdf) → Turtle, checked against the SHACL shapes (kg.query.validate), other
graph formats derived from it (kg.export.formats) → HTML (kg.export.html), all moved into
place together (kg.staging).

Documents are streamed: workers (kg.run.local, or kg.run.distributed on a Dask
cluster) extract chunks of files and send back summaries of their names, the
build resolves all names once, then appends each chunk's RDF text. The output
folder keeps what `--update` needs to add documents later (kg.run.state).
"""
from __future__ import annotations

import shutil
from collections import Counter
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterable, Sequence

from rdflib import RDF, RDFS, SKOS

from kg.console import Progress
from kg.export.analyze import analysis_files, analyze, graph_data_of
from kg.export.formats import DEFAULT_FORMAT, FORMATS, HTML_FILE, GraphFormat, derive, find_graph_file, read_graph
from kg.export.html import Focus, UnknownFocus, render_html
from kg.export.rdf import KG, TurtleWriter, entity_blocks, prefixes, triple_count
from kg.ingest.read import InputError, Source, find_sources, read_sources, report_not_read
from kg.model import Key, ResolvedGraph, Statement
from kg.query.beside import CheckBeside, TeeFile
from kg.query.validate import CHECKED_BY_THE_BUILD, ValidationReport
from kg.resolve.iris import DEFAULT_BASE, TYPE_PATHS, check_base
from kg.resolve.names import name_key
from kg.resolve.table import NameTable, Resolution, resolve_names, statements_of
from kg.run.collector import fewer_collections
from kg.run.state import (
    SPOOL_DIR,
    STATE_DIR,
    STATE_FILE,
    BuildState,
    GraphFile,
    Settings,
    StateError,
    dump_state,
    file_sha1,
    load_state,
    pipeline_fingerprint,
    spool_dir,
)
from kg.staging import FolderBusy, Staging, remove_stale_temporaries, writer_lock
from kg.timing import StageTimes

if TYPE_CHECKING:  # kg.run.local and kg.extract.nlp import spaCy: only when a build runs
    from kg.model import Extraction
    from kg.run.distributed import DaskEngine
    from kg.run.local import ChunkSummary, LocalEngine, RenderedChunk, RenderSettings

DEMO_CORPUS = Path(__file__).parent.parent / "demo"
GRAPH_FILE = DEFAULT_FORMAT.file_name


class BuildError(Exception):
    """Nothing could be built; the message says why."""


@dataclass
class BuildResult:
    documents: int = 0  # read by this build
    skipped: list[str] = field(default_factory=list)
    entities: int = 0
    statements: int = 0
    triples: int = 0
    outputs: list[Path] = field(default_factory=list)
    characters: int = 0  # of the documents read by this build
    graph_documents: int = 0  # in the graph: more than `documents` after an update
    times: StageTimes = field(default_factory=StageTimes)
    workers: list[str] = field(default_factory=list)  # the processes that extracted the documents (host:pid)
    entity_types: dict[str, int] = field(default_factory=dict)  # type → entities
    relation_kinds: dict[str, int] = field(default_factory=dict)  # relation → distinct (head, tail) pairs
    relation_statements: dict[str, int] = field(default_factory=dict)  # relation → sentences stating one
    checked: str = ""  # what the build's check checked ("" without it)


def collect_sources(paths: Sequence[Path], warn: Callable[[str], None], strict: bool) -> list[Source]:
    sources: list[Source] = []
    not_read: list[Path] = []
    for path in paths:
        try:
            sources += find_sources(Path(path), not_read)
        except InputError as err:
            if strict:
                raise
            warn(f"skipped {err}")
    report_not_read(not_read, warn)
    seen: dict[str, Path] = {}
    for source in sources:
        if source.id in seen:
            raise InputError(f"{source.path}: same document name as {seen[source.id]} ({source.id}); rename one")
        seen[source.id] = source.path
    return sources


def known_iris(out_dir: Path) -> dict[Key, str]:
    """(type, name key) → IRI of every node of an earlier build, so IRIs stay stable."""
    try:
        graph_file = find_graph_file(out_dir)
    except InputError:
        return {}
    try:
        graph = read_graph(graph_file)
    except InputError as err:
        raise InputError(f"{err}; it is an earlier build's graph: remove it to rebuild") from err
    known: dict[Key, str] = {}
    for label in TYPE_PATHS:
        for node in graph.subjects(RDF.type, KG[label]):
            for predicate in (RDFS.label, SKOS.altLabel):
                for name in graph.objects(node, predicate):
                    known.setdefault((label, name_key(str(name), label)), str(node))
    return known


def extract_all(paths: Sequence[Path], rules_dirs: Sequence[Path] = (), warn: Callable[[str], None] = print,
                strict: bool = False, result: BuildResult | None = None) -> list[Extraction]:
    from kg.extract.nlp import build_nlp, extract

    result = result if result is not None else BuildResult()
    sources = collect_sources(paths, warn, strict)
    nlp = build_nlp(rules_dirs)
    extractions = list(extract(nlp, read_sources(sources, warn, strict, result.skipped)))
    result.documents = len(extractions)
    if not extractions:
        raise BuildError("no document could be read: nothing to build")
    return extractions


def build(paths: Sequence[Path], out_dir: Path, rules_dirs: Sequence[Path] = (), base: str = DEFAULT_BASE,
          min_confidence: float = 0.0, strict: bool = False, warn: Callable[[str], None] = print,
          workers: int = 1, scheduler: str | None = None, formats: Sequence[GraphFormat] = (DEFAULT_FORMAT,),
          update: bool = False, allow_invalid: bool = False, validate: bool = True,
          focus: Focus | None = None, wait: bool = True, progress: Progress | None = None) -> BuildResult:
    """Build `out_dir/graph.ttl` (and the other `formats`) and `graph.html` from the files in `paths`.

    With `workers` > 1 the documents are processed by that many local processes,
    with `scheduler` by the workers of a Dask cluster; the output is the same.
    With `update`, the documents are added to the build already in `out_dir`.
    The graph is checked against the SHACL shapes (unless not `validate`), and one that breaks them is
    not written unless `allow_invalid`.
    `focus` narrows graph.html to one node's neighbourhood; the graph files always hold the whole graph.
    One build writes `out_dir` at a time: another one waits for it (or, with `wait` False, BuildError).
    `progress` shows how far the build is (on a terminal).
    """
    out_dir = Path(out_dir)
    try:
        check_base(base)
    except ValueError as err:
        raise BuildError(str(err)) from err
    if out_dir.exists() and not out_dir.is_dir():
        raise BuildError(f"{out_dir} is a file, not a folder: give the output folder to write (-o DIR)")
    try:
        with writer_lock(out_dir, STATE_DIR, warn, wait):
            _remove_leftovers(out_dir)
            with fewer_collections():  # from spaCy's import on
                return _build(paths, out_dir, rules_dirs, base, min_confidence, strict, warn, workers, scheduler,
                              formats, update, allow_invalid, validate, focus, progress)
    except FolderBusy as err:
        raise BuildError(f"{err} (without --no-wait, kg waits for it)") from err


def _remove_leftovers(out_dir: Path) -> None:
    """What a killed build left: temporary files, and the pickled state of kg before 0.2 (never read)."""
    remove_stale_temporaries([out_dir, out_dir / STATE_DIR, spool_dir(out_dir)])
    for legacy in [out_dir / STATE_DIR / "state.pickle", *spool_dir(out_dir).glob("*.pickle")]:
        legacy.unlink(missing_ok=True)


def _build(paths: Sequence[Path], out_dir: Path, rules_dirs: Sequence[Path], base: str, min_confidence: float,
           strict: bool, warn: Callable[[str], None], workers: int, scheduler: str | None,
           formats: Sequence[GraphFormat], update: bool, allow_invalid: bool, validate: bool,
           focus: Focus | None, progress: Progress | None) -> BuildResult:
    from kg.run.local import plan_chunks

    settings = Settings(base, min_confidence, pipeline_fingerprint(rules_dirs))
    progress = progress or Progress(enabled=False)
    if update:
        progress.stage(f"reading the build in {out_dir}")
    previous = _previous_build(out_dir, settings) if update else None
    sources = collect_sources(paths, warn, strict)
    if previous is not None:
        _refuse_known_documents(sources, previous, out_dir)
    result = BuildResult()
    with _engine(workers, scheduler, rules_dirs, strict) as engine, Staging(out_dir) as staging, \
            (CheckBeside(TurtleWriter(base).header()) if validate else nullcontext()) as check:
        chunks = plan_chunks(sources, engine.parallelism, first_index=len(previous.spool) if previous else 0)
        spool = {chunk.index: staging.reserve(f"{STATE_DIR}/{SPOOL_DIR}/{_spool_name(chunk.index)}")
                 for chunk in chunks}
        table = previous.names if previous else NameTable()
        documents = list(previous.documents) if previous else []
        sizes = {chunk.index: sum(_file_size(source.path) for source in chunk.sources) for chunk in chunks}
        progress.start(len(sources), sum(sizes.values()))
        for summary in engine.extract(chunks, lambda chunk: spool[chunk.index]):
            _add_summary(summary, table, documents, result, warn)
            progress.advance(len(summary.documents) + len(summary.skipped), summary.characters, sizes[summary.index])
        if not result.documents:
            raise BuildError("no document could be read: nothing to build")
        progress.stage("resolving names and writing the graph")
        with result.times.stage("resolution"):
            resolution = resolve_names(table, base, previous.iri_of if previous else _known_iris(out_dir, warn))
            statements = statements_of(table.facts, resolution.iri_of, min_confidence)
        # the Turtle is what --update builds on: kept in the state folder when it is not asked for
        turtle = GRAPH_FILE if DEFAULT_FORMAT in formats else f"{STATE_DIR}/{GRAPH_FILE}"
        graph, entity_triples, document_triples = _write_graph(
            staging, turtle, engine.render([spool[chunk.index] for chunk in chunks], resolution.iri_of,
                                           _render(settings)),
            resolution, statements, previous, settings, out_dir, workers, result.times, check)
        triples = entity_triples + document_triples
        if check is not None:
            check.close()  # it runs the shapes' queries while the page is written
        progress.stage("writing the page")
        with result.times.stage("formats"):
            for fmt in formats:
                if fmt != DEFAULT_FORMAT:
                    staging.write(fmt.file_name, derive(staging.close(turtle), fmt, base, dict(prefixes(base))))
        with result.times.stage("analysis"):
            analysis = analyze(graph_data_of(resolution.entities, statements))
            for name, text in analysis_files(analysis, base, graph.sha1 if turtle == GRAPH_FILE else None).items():
                staging.write(name, text)
        with result.times.stage("html"):
            page = ResolvedGraph(entities=resolution.entities, statements=statements, sentences=table.evidence,
                                 documents=sorted(documents), about=table.about)
            try:
                staging.write(HTML_FILE, render_html(page, focus=focus,
                                                     analysis=analysis))
            except UnknownFocus as err:
                _finish_check(check, allow_invalid, warn, progress, result.times)  # a graph not valid is refused first
                raise BuildError(str(err)) from err
        with result.times.stage("write"):
            spooled = (previous.spool if previous else []) + [_spool_name(chunk.index) for chunk in chunks]
            state = BuildState(settings, table, resolution.iri_of, documents, spooled, graph, document_triples)
            staging.write(f"{STATE_DIR}/{STATE_FILE}", dump_state(state))
        _finish_check(check, allow_invalid, warn, progress, result.times)
        with result.times.stage("write"):
            outputs = staging.commit()
    progress.close()
    _remove_stale_outputs(out_dir, state, formats)
    result.outputs = [path for path in outputs if path.parent == out_dir]
    result.entities = len(resolution.entities)
    result.statements = len(statements)
    result.entity_types = dict(Counter(entity.label for entity in resolution.entities))
    result.relation_kinds = dict(Counter(relation for _, relation, _ in {(st.head, st.relation, st.tail)
                                                                         for st in statements}))
    result.relation_statements = dict(Counter(st.relation for st in statements))
    result.triples = triples
    result.graph_documents = len(documents)
    if check is not None:
        result.checked = CHECKED_BY_THE_BUILD
    return result


def _add_summary(summary: ChunkSummary, table: NameTable, documents: list[str], result: BuildResult,
                 warn: Callable[[str], None]) -> None:
    for message in summary.warnings:
        warn(message)
    result.skipped += summary.skipped
    if summary.worker not in result.workers:
        result.workers.append(summary.worker)
    result.documents += len(summary.documents)
    result.characters += summary.characters
    documents += summary.documents
    result.times.merge(summary.times)
    with result.times.stage("resolution"):
        table.merge(summary.names)


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _render(settings: Settings) -> RenderSettings:
    from kg.run.local import RenderSettings

    return RenderSettings(settings.base, settings.min_confidence)


def _finish_check(check: CheckBeside | None, allow_invalid: bool, warn: Callable[[str], None], progress: Progress,
                  times: StageTimes) -> None:
    """Wait for the check of the graph (if any) and refuse a graph that is not valid.

    `validation` is the time the build waits for it; `validation beside the build` the check's own time."""
    if check is None:
        return
    with times.stage("validation"):
        progress.stage("checking the graph against the shapes")
        report = check.report()
        progress.close()
    times.seconds["validation beside the build"] = check.seconds
    _check(report, allow_invalid, warn)


def _check(report: ValidationReport, allow_invalid: bool, warn: Callable[[str], None]) -> None:
    if report.conforms:
        return
    if not allow_invalid:
        raise BuildError(f"the graph is not valid, so nothing was written (--allow-invalid writes it anyway).\n"
                         f"{report.summary(examples=5)}")
    warn(f"writing a graph that is not valid: {report.summary(examples=5)}")


def _write_graph(staging: Staging, name: str, new_sections: Iterable[RenderedChunk], resolution: Resolution,
                 statements: list[Statement], previous: BuildState | None, settings: Settings, out_dir: Path,
                 workers: int, times: StageTimes, check: CheckBeside | None = None) -> tuple[GraphFile, int, int]:
    """The Turtle file `name`: the entity section, the earlier documents' sections (an update), the new ones.

    Returns the file as written, the entity section's triples and the document sections'. What is
    written is handed to `check` too.
    """
    file = staging.open(name) if check is None else TeeFile(staging.open(name), check)
    with times.stage("rdf"):
        blocks = entity_blocks(resolution.entities, statements, settings.base)
        writer = TurtleWriter(settings.base)
        sections_start = file.write((writer.header() + writer.write(blocks)).encode("utf-8"))
    if check is not None:
        check.documents_follow()  # provenance: correct by construction of the writer (kg.query.validate)
    document_triples = 0
    if previous is not None:
        document_triples += _earlier_sections(previous, resolution, file, out_dir, settings, workers, times)
    document_triples += _append(file, new_sections, times)
    with times.stage("write"):
        written = staging.close(name)
        graph = GraphFile(name, sections_start, written.stat().st_size, file_sha1(written))
    return graph, triple_count(blocks), document_triples


def _append(file: BinaryIO, sections: Iterable[RenderedChunk], times: StageTimes) -> int:
    """Write rendered chunks in order; return their triples."""
    triples = 0
    for rendered in sections:
        times.merge(rendered.times)
        with times.stage("write"):
            file.write(rendered.text)
        triples += rendered.triples
    return triples


def _spool_name(chunk: int) -> str:
    return f"{chunk:06d}.json"


def _engine(workers: int, scheduler: str | None, rules_dirs: Sequence[Path], strict: bool) -> LocalEngine | DaskEngine:
    if scheduler:
        from kg.run.distributed import DaskEngine  # imports Dask only when it is used

        return DaskEngine(scheduler, rules_dirs, strict)
    from kg.run.local import LocalEngine

    return LocalEngine(workers, rules_dirs, strict)


def _previous_build(out_dir: Path, settings: Settings) -> BuildState:
    """The build that `--update` adds to, or InputError saying why there is none to use."""
    try:
        state = load_state(out_dir)
    except StateError as err:
        raise InputError(f"{err}: build again without --update") from err
    if state is None:
        raise InputError(f"{out_dir}: no build to update (build it first with kg build -o {out_dir})")
    if not state.matches(out_dir) or not all((spool_dir(out_dir) / name).is_file() for name in state.spool):
        raise InputError(f"{out_dir}: the graph files or {STATE_DIR}/ changed since they were written; "
                         "build again without --update")
    old, new = state.settings, settings
    for what, before, now in (("base IRI", old.base, new.base),
                              ("--min-confidence", old.min_confidence, new.min_confidence)):
        if before != now:
            raise InputError(f"{out_dir} was built with {what} {before}, not {now}: an update must use the same "
                             "settings (or build again without --update)")
    if old.pipeline != new.pipeline:
        raise InputError(f"{out_dir} was built by another version of kg or with other rules: "
                         "build again without --update")
    return state


def _refuse_known_documents(sources: Sequence[Source], previous: BuildState, out_dir: Path) -> None:
    known = set(previous.documents)
    for source in sources:
        if source.id in known:
            raise InputError(f"{source.path}: document {source.id} is already in {out_dir}; "
                             "build again without --update to replace it")


def _known_iris(out_dir: Path, warn: Callable[[str], None]) -> dict[Key, str]:
    """IRIs of the build already in `out_dir`: from its state if it matches the graph, else from graph.ttl."""
    try:
        state = load_state(out_dir)
    except StateError as err:
        warn(f"{err}; not used: building afresh, keeping the IRIs of the graph files")
        state = None
    if state is not None and state.matches(out_dir):
        return state.iri_of
    return known_iris(out_dir)


def _earlier_sections(previous: BuildState, resolution: Resolution, file: BinaryIO, out_dir: Path,
                      settings: Settings, workers: int, times: StageTimes) -> int:
    """Write the earlier documents' sections; return their triples.

    They are copied from the earlier graph.ttl when every IRI they use is
    unchanged, and written again from the spool when the new documents merged
    entities of the earlier ones.
    """
    if any(resolution.iri_of[key] != iri for key, iri in previous.iri_of.items()):
        from kg.run.local import render_spooled

        spooled = [spool_dir(out_dir) / name for name in previous.spool]
        return _append(file, render_spooled(spooled, resolution.iri_of, _render(settings), workers), times)
    with times.stage("write"), open(out_dir / previous.graph.name, "rb") as earlier:
        earlier.seek(previous.graph.sections_start)
        shutil.copyfileobj(earlier, file, 1 << 20)
    return previous.document_triples


def _remove_stale_outputs(out_dir: Path, state: BuildState, formats: Sequence[GraphFormat]) -> None:
    """Spool files of an earlier build, and graph files in formats this build did not write,
    which would contradict graph.ttl."""
    kept = set(state.spool)
    for path in spool_dir(out_dir).glob("*.json"):
        if path.name not in kept:
            path.unlink()
    for fmt in FORMATS.values():
        if fmt not in formats:
            (out_dir / fmt.file_name).unlink(missing_ok=True)
    if state.graph.name != GRAPH_FILE:
        return
    (out_dir / STATE_DIR / GRAPH_FILE).unlink(missing_ok=True)  # a working copy of an earlier build
