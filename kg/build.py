"""The whole build: files in, graph.ttl and graph.html out (the stages in order).

read (kg.read) → spaCy pipeline (kg.pipeline) → resolution (kg.resolve)
→ RDF (kg.rdf) → SHACL check (kg.validate) → Turtle (or other formats, kg.formats) and HTML (kg.output, kg.html).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from rdflib import RDF, RDFS, SKOS

from kg.formats import DEFAULT_FORMAT, GraphFormat, find_graph_file, read_graph, serialize
from kg.html import Focus, UnknownFocus, render_html
from kg.output import write_atomic
from kg.pipeline import Extraction, build_nlp, extract
from kg.rdf import DEFAULT_BASE, KG, build_graph
from kg.read import Document, InputError, Source, find_sources, read_document
from kg.resolve import TYPE_PATHS, Key, ResolvedGraph, name_key, resolve
from kg.validate import validate_graph

DEMO_CORPUS = Path(__file__).parent / "demo"
HTML_FILE = "graph.html"


class BuildError(Exception):
    """Nothing could be built; the message says why."""


@dataclass
class BuildResult:
    documents: int = 0
    skipped: list[str] = field(default_factory=list)
    entities: int = 0
    statements: int = 0
    triples: int = 0
    outputs: list[Path] = field(default_factory=list)


def collect_sources(paths: Sequence[Path], warn: Callable[[str], None], strict: bool) -> list[Source]:
    sources: list[Source] = []
    for path in paths:
        try:
            sources += find_sources(Path(path))
        except InputError as err:
            if strict:
                raise
            warn(f"skipped {err}")
    seen: dict[str, Path] = {}
    for source in sources:
        if source.id in seen:
            raise InputError(f"{source.path}: same document name as {seen[source.id]} ({source.id}); rename one")
        seen[source.id] = source.path
    return sources


def read_sources(sources: Iterable[Source], warn: Callable[[str], None], strict: bool,
                 skipped: list[str]) -> Iterator[Document]:
    """Documents one at a time; a file that cannot be read is reported and skipped."""
    for source in sources:
        try:
            document = read_document(source.path, source.id)
        except InputError as err:
            if strict:
                raise
            warn(f"skipped {err}")
            skipped.append(str(source.path))
            continue
        if document.encoding != "utf-8":
            warn(f"{source.path}: not UTF-8; decoded as {document.encoding.upper()}")
        yield document


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
          formats: Sequence[GraphFormat] = (DEFAULT_FORMAT,), allow_invalid: bool = False,
          focus: Focus | None = None) -> BuildResult:
    """`focus` narrows graph.html to one node's neighbourhood; the graph files always hold the whole graph."""
    result = BuildResult()
    extractions = extract_all(paths, rules_dirs, warn, strict, result)
    resolved = resolve(extractions, base, known_iris(Path(out_dir)))
    graph = build_graph(resolved, base, min_confidence)
    report = validate_graph(graph)
    if not report.conforms and not allow_invalid:
        raise BuildError(f"the graph is not valid, so nothing was written (--allow-invalid writes it anyway).\n"
                         f"{report.summary(examples=5)}")
    if not report.conforms:
        warn(f"writing a graph that is not valid: {report.summary(examples=5)}")
    try:
        html = render_html(resolved, min_confidence=min_confidence, focus=focus)
    except UnknownFocus as err:
        raise BuildError(str(err)) from err
    outputs = [(fmt.file_name, serialize(graph, fmt, base)) for fmt in formats] + [(HTML_FILE, html)]
    for name, data in outputs:
        write_atomic(Path(out_dir) / name, data)
        result.outputs.append(Path(out_dir) / name)
    result.entities = len(resolved.entities)
    result.statements = sum(1 for s in resolved.statements if s.confidence >= min_confidence)
    result.triples = len(graph)
    return result


def resolved_graph(paths: Sequence[Path], rules_dirs: Sequence[Path] = (), base: str = DEFAULT_BASE,
                   warn: Callable[[str], None] = print) -> ResolvedGraph:
    return resolve(extract_all(paths, rules_dirs, warn), base)
