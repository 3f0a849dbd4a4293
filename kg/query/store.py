"""The embedded SPARQL store: a graph file loaded into pyoxigraph, queries run on it.

pyoxigraph (the Oxigraph engine) rather than rdflib's own SPARQL engine: it is a
complete SPARQL 1.1 implementation and, on our graphs, an order of magnitude
faster to load and one or two faster to query (figures in the README, from
benchmarks/store_benchmark.py).

This module is imported by the query worker processes of `kg serve`, so it stays
free of the build's heavy imports (spaCy).
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping, Union

import pyoxigraph as ox

from kg.console import CountedReader
from kg.export.formats import METRICS_FILE, format_of
from kg.ingest.read import InputError

# derived figures (degree, clusters…) that kg build writes beside the graph, in the named graph
# <{base}metrics>; kg.export.analyze writes them

Result = Union[ox.QuerySolutions, ox.QueryBoolean, ox.QueryTriples]

# media type (without parameters) → serialization, for SELECT/ASK results and for CONSTRUCT/DESCRIBE results
SOLUTION_FORMATS = {f.media_type.split(";")[0]: f for f in (
    ox.QueryResultsFormat.JSON, ox.QueryResultsFormat.XML, ox.QueryResultsFormat.CSV, ox.QueryResultsFormat.TSV)}
TRIPLE_FORMATS = {f.media_type.split(";")[0]: f for f in (
    ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML, ox.RdfFormat.JSON_LD)}


UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
# the lexemes of SPARQL that can hide a keyword: strings, IRIs, comments, variables, prefixed names
_LEXEMES = re.compile(r"""
      \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\" | '\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'
    | "(?:[^"\\\n]|\\.)*" | '(?:[^'\\\n]|\\.)*'
    | <[^<>"{}|^`\\\s]*>
    | \#[^\n]*
    | [?$]\w+
    | (?:[^\W\d]\w*)?:[\w\-.:%]*
    | (?P<word>[A-Za-z]+)
    | .
""", re.VERBOSE | re.DOTALL)


class QueryError(Exception):
    """A query that cannot be run; the message says why."""


class QueryRefused(QueryError):
    """A well-formed request that this store does not carry out (an update, a federated query)."""


def keywords(query: str) -> list[str]:
    """The bare words of a query in order, upper-cased: its keywords and function names."""
    return [m.group("word").upper() for m in _LEXEMES.finditer(query) if m.group("word")]


def _following(query: str, keyword: str, skip: tuple[str, ...]) -> list[str]:
    """The lexeme after each bare `keyword` (and any of the words in `skip`): an IRI, a name or a variable."""
    found, armed = [], False
    for match in _LEXEMES.finditer(query):
        text, word = match.group(), (match.group("word") or "").upper()
        if word == keyword:
            armed = True
        elif armed and word not in skip and not text.isspace():
            found.append(text)
            armed = False
    return found


def service_targets(query: str) -> list[str]:
    """What the query's SERVICE clauses call (`<iri>`, a prefixed name or a variable), in order."""
    return _following(query, "SERVICE", ("SILENT",))


def dataset_graphs(query: str) -> list[str]:
    """The graph IRIs of the query's FROM and FROM NAMED clauses (`<iri>` or a prefixed name)."""
    return [term.strip("<>") for term in _following(query, "FROM", ("NAMED",))]


def check_read_only(query: str, allow_service: bool) -> None:
    """Refuse SPARQL Update and, unless allowed, federated queries (SERVICE makes the store fetch URLs)."""
    words = [w for w in keywords(query) if w not in ("BASE", "PREFIX")]
    if words and words[0] in UPDATE_KEYWORDS:
        raise QueryRefused("SPARQL Update is not allowed: the graph is read-only (kg build makes a new one)")
    if not allow_service and "SERVICE" in words:
        raise QueryRefused(f"federated queries (SERVICE {', '.join(service_targets(query))}) are off: they make "
                           "the store fetch URLs over the network")


@dataclass
class LoadedGraph:
    store: ox.Store
    prefixes: dict[str, str]  # as the file declares them

    def __len__(self) -> int:
        return len(self.store)


# told how far the parser has read: (bytes read, bytes in all)
Reading = Callable[[int, int], None]


def load(path: Path, reading: Reading | None = None) -> LoadedGraph:
    """A graph file in a fresh in-memory store; InputError names the file and the line of a syntax error.
    `reading` is told how many of the file's bytes have been parsed as the load goes on."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror})") from err
    return load_data(data, Path(path), read_metrics(Path(path)), reading)


def read_metrics(graph_file: Path) -> bytes | None:
    """The METRICS_FILE beside a graph file, if there is one."""
    try:
        return (Path(graph_file).parent / METRICS_FILE).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        raise InputError(f"{Path(graph_file).parent / METRICS_FILE}: cannot be read ({err.strerror})") from err


def load_data(data: bytes, path: Path, metrics: bytes | None = None, reading: Reading | None = None) -> LoadedGraph:
    """The contents of the graph file `path` in a fresh in-memory store, with `metrics` (the contents
    of the METRICS_FILE kg build wrote beside it, in their own named graph) when given; `reading` is
    told how many bytes of `data` have been parsed as the load goes on."""
    fmt = format_of(path)
    rdf_format = ox.RdfFormat.from_media_type(fmt.media_type)
    store = ox.Store()
    try:
        # parsed and loaded natively: twice as fast as extend(parse(…)); read through a counter for progress
        store.load(data if reading is None else CountedReader(io.BytesIO(data), len(data), reading),
                   format=rdf_format)
    except (SyntaxError, ValueError) as err:
        raise InputError(f"{path}: not a readable {fmt.name} graph ({err})") from err
    if metrics is not None:
        try:
            store.load(metrics, format=ox.RdfFormat.TRIG)
        except (SyntaxError, ValueError) as err:
            raise InputError(f"{Path(path).parent / METRICS_FILE}: not readable graph metrics ({err}); "
                             "build again to rewrite them") from err
    return LoadedGraph(store, leading_prefixes(data, rdf_format))


def leading_prefixes(data: bytes, rdf_format: ox.RdfFormat) -> dict[str, str]:
    """The prefixes declared before the first triple (where files declare them), without parsing the rest."""
    parser = ox.parse(data, format=rdf_format)
    try:
        next(iter(parser), None)
    except (SyntaxError, ValueError):
        pass
    return dict(parser.prefixes)


def execute(graph: LoadedGraph, query: str, prefixes: Mapping[str, str] | None = None,
            default_graphs: Iterable[str] = (), named_graphs: Iterable[str] = (),
            allow_service: bool = False) -> Result:
    """Run a SPARQL query. The dataset is `default_graphs`/`named_graphs` when given (the protocol's
    parameters), else the query's own FROM/FROM NAMED, else the union of all graphs as the default
    graph (a TriG file keeps our triples in a named graph). `prefixes` are predeclared. SERVICE
    clauses are refused unless `allow_service`."""
    check_read_only(query, allow_service)
    try:
        default = [ox.NamedNode(iri) for iri in default_graphs]
        named = [ox.NamedNode(iri) for iri in named_graphs]
    except ValueError as err:
        raise QueryError(f"not an absolute IRI for a graph: {err}") from err
    try:
        return graph.store.query(query, prefixes={**(prefixes or {}), **graph.prefixes},
                                 use_default_graph_as_union=not default and "FROM" not in keywords(query),
                                 default_graph=default or None, named_graphs=named or None)
    except SyntaxError as err:
        raise QueryError(f"not a valid SPARQL query: {err}") from err
    except (OSError, ValueError) as err:  # evaluation errors, e.g. a failed SERVICE call
        raise QueryError(f"query failed: {err}") from err


# characters XML 1.0 cannot hold, even escaped: C0 controls but tab, newline and carriage return; U+FFFE, U+FFFF
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(document: bytes) -> bytes:
    """An XML document with each character XML 1.0 cannot hold written as U+FFFD, so that it stays
    well-formed (the characters only occur in literals: markup never holds them)."""
    text = document.decode("utf-8")
    return _NOT_XML.sub("\ufffd", text).encode("utf-8") if _NOT_XML.search(text) else document


def serialize(result: Result, media_type: str) -> bytes:
    """Results as SPARQL JSON/XML/CSV/TSV (SELECT, ASK) or as RDF (CONSTRUCT, DESCRIBE); XML always well-formed."""
    formats = TRIPLE_FORMATS if isinstance(result, ox.QueryTriples) else SOLUTION_FORMATS
    try:
        data = result.serialize(format=formats[media_type])
    except (OSError, ValueError) as err:  # results are computed as they are written
        raise QueryError(f"query failed: {err}") from err
    return xml_safe(data) if media_type.endswith("xml") else data


def offered_media_types(result: Result) -> list[str]:
    """What `serialize` can write for this result, the default first."""
    return list(TRIPLE_FORMATS if isinstance(result, ox.QueryTriples) else SOLUTION_FORMATS)
