"""Graph files: the RDF formats `kg build` writes, and reading any of them back.

Turtle is the default. N-Triples lines are sorted so that two builds of the same
input diff cleanly. TriG puts the whole graph in one named graph (`{base}graph`)
for stores that keep each import in its own graph. JSON-LD is compacted with
the graph's own prefixes as its context.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from kg.ingest.read import InputError

METRICS_FILE = "metrics.trig"  # the graph metrics kg build writes beside the graph (kg.export.analyze)
HTML_FILE = "graph.html"  # the graph page


@dataclass(frozen=True)
class GraphFormat:
    name: str  # as given to `kg build --format`
    file_name: str
    media_type: str
    rdflib_name: str


FORMATS = {f.name: f for f in (  # in the order a folder is searched for its graph
    GraphFormat("turtle", "graph.ttl", "text/turtle", "turtle"),
    GraphFormat("ntriples", "graph.nt", "application/n-triples", "nt"),
    GraphFormat("trig", "graph.trig", "application/trig", "trig"),
    GraphFormat("jsonld", "graph.jsonld", "application/ld+json", "json-ld"),
)}
ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "json-ld": "jsonld"}
DEFAULT_FORMAT = FORMATS["turtle"]


def parse_format_list(text: str) -> list[GraphFormat]:
    """`turtle,ntriples` → formats; a ValueError names an unknown one and lists the choices."""
    chosen: list[GraphFormat] = []
    for item in (part.strip().lower() for part in text.split(",")):
        name = ALIASES.get(item, item)
        if name not in FORMATS:
            raise ValueError(f"unknown graph format {item!r}; choose from {', '.join(FORMATS)}")
        if FORMATS[name] not in chosen:
            chosen.append(FORMATS[name])
    return chosen


def graph_iri(base: str) -> URIRef:
    """The name of the one named graph a TriG file holds."""
    return URIRef(f"{base}graph")


def derive(turtle: Path, fmt: GraphFormat, base: str, prefixes: Mapping[str, str]) -> bytes:
    """`fmt` of the graph in a Turtle file: N-Triples and TriG written by pyoxigraph as it parses
    (a build's graph can be large), JSON-LD compacted by rdflib."""
    if fmt.name == "jsonld":
        graph = Graph().parse(turtle, format="turtle")  # binds the file's prefixes
        return graph.serialize(format="json-ld", context=_used_prefixes(graph), auto_compact=True, encoding="utf-8")
    quads = ox.parse(path=str(turtle), format=ox.RdfFormat.TURTLE)
    if fmt.name == "ntriples":
        triples = (ox.Triple(q.subject, q.predicate, q.object) for q in quads)
        return b"".join(sorted(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).splitlines(keepends=True)))
    if fmt.name == "trig":
        graph = ox.NamedNode(str(graph_iri(base)))
        named = (ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads)
        return ox.serialize(named, format=ox.RdfFormat.TRIG, prefixes=dict(prefixes))
    raise ValueError(f"{fmt.name}: not derived from Turtle")


def _used_prefixes(graph: Graph) -> dict[str, str]:
    iris = {str(term) for triple in graph for term in triple if isinstance(term, URIRef)}
    iris |= {str(term.datatype) for _, _, term in graph if getattr(term, "datatype", None)}
    return {prefix: str(namespace) for prefix, namespace in graph.namespaces()
            if prefix and any(iri.startswith(str(namespace)) for iri in iris)}


def format_of(path: Path) -> GraphFormat:
    """The format of a graph file, from its extension; InputError when it is not one of ours."""
    for fmt in FORMATS.values():
        if Path(path).suffix == Path(fmt.file_name).suffix:
            return fmt
    suffixes = ", ".join(Path(f.file_name).suffix for f in FORMATS.values())
    raise InputError(f"{path}: not a graph file we read (expected one of {suffixes})")


def find_graph_file(path: Path) -> Path:
    """A graph file itself, or the graph a `kg build` output folder holds (Turtle first)."""
    path = Path(path)
    if path.is_dir():
        for fmt in FORMATS.values():
            if (path / fmt.file_name).is_file():
                return path / fmt.file_name
        names = ", ".join(f.file_name for f in FORMATS.values())
        raise InputError(f"{path}: folder holds no graph ({names}); build one with kg build -o {path}")
    if not path.is_file():
        raise InputError(f"{path}: no such graph file or folder")
    format_of(path)
    return path


def read_graph(path: Path) -> Graph:
    """All triples of a graph file (the named graphs of a TriG file merged), or InputError naming it."""
    fmt = format_of(path)
    try:
        if fmt.name != "trig":
            return Graph().parse(path, format=fmt.rdflib_name)
        dataset = Dataset()
        dataset.parse(path, format=fmt.rdflib_name)
    except Exception as err:  # rdflib raises several parser exception types
        raise InputError(f"{path}: not a readable {fmt.name} graph ({err})") from err
    graph = Graph()
    for prefix, namespace in dataset.namespaces():
        graph.bind(prefix, namespace)
    for subject, predicate, object_, _ in dataset.quads():
        graph.add((subject, predicate, object_))
    return graph
