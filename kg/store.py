"""The embedded SPARQL store: a graph file loaded into pyoxigraph, queries run on it.

pyoxigraph (the Oxigraph engine) rather than rdflib's own SPARQL engine: it is a
complete SPARQL 1.1 implementation and, on our graphs, an order of magnitude
faster to load and one or two faster to query (figures in the README, from
benchmarks/store_benchmark.py).

This module is imported by the query worker processes of `kg serve`, so it stays
free of the build's heavy imports (spaCy).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Union

import pyoxigraph as ox

from kg.formats import format_of
from kg.read import InputError

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


def check_read_only(query: str, allow_service: bool) -> None:
    """Refuse SPARQL Update and, unless allowed, federated queries (SERVICE makes the store fetch URLs)."""
    words = [w for w in keywords(query) if w not in ("BASE", "PREFIX")]
    if words and words[0] in UPDATE_KEYWORDS:
        raise QueryRefused("SPARQL Update is not allowed: the graph is read-only (kg build makes a new one)")
    if not allow_service and "SERVICE" in words:
        raise QueryRefused("federated queries (SERVICE) are not allowed here")


@dataclass
class LoadedGraph:
    store: ox.Store
    prefixes: dict[str, str]  # as the file declares them

    def __len__(self) -> int:
        return len(self.store)


def load(path: Path) -> LoadedGraph:
    """A graph file in a fresh in-memory store; InputError names the file and the line of a syntax error."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror})") from err
    return load_data(data, Path(path))


def load_data(data: bytes, path: Path) -> LoadedGraph:
    """The contents of the graph file `path` in a fresh in-memory store."""
    fmt = format_of(path)
    store = ox.Store()
    try:
        parser = ox.parse(data, format=ox.RdfFormat.from_media_type(fmt.media_type))
        store.extend(parser)
    except (SyntaxError, ValueError) as err:
        raise InputError(f"{path}: not a readable {fmt.name} graph ({err})") from err
    return LoadedGraph(store, dict(parser.prefixes))


def execute(graph: LoadedGraph, query: str, prefixes: Mapping[str, str] | None = None,
            default_graphs: Iterable[str] = (), named_graphs: Iterable[str] = (),
            allow_service: bool = True) -> Result:
    """Run a SPARQL query. Without `default_graphs` the default graph is the union of all graphs
    (a TriG file keeps our triples in a named graph). `prefixes` are predeclared."""
    check_read_only(query, allow_service)
    try:
        default = [ox.NamedNode(iri) for iri in default_graphs]
        named = [ox.NamedNode(iri) for iri in named_graphs]
    except ValueError as err:
        raise QueryError(f"not an absolute IRI for a graph: {err}") from err
    try:
        return graph.store.query(query, prefixes={**(prefixes or {}), **graph.prefixes},
                                 use_default_graph_as_union=not default,
                                 default_graph=default or None, named_graphs=named or None)
    except SyntaxError as err:
        raise QueryError(f"not a valid SPARQL query: {err}") from err
    except (OSError, ValueError) as err:  # evaluation errors, e.g. a failed SERVICE call
        raise QueryError(f"query failed: {err}") from err


def serialize(result: Result, media_type: str) -> bytes:
    """Results as SPARQL JSON/XML/CSV/TSV (SELECT, ASK) or as RDF (CONSTRUCT, DESCRIBE)."""
    formats = TRIPLE_FORMATS if isinstance(result, ox.QueryTriples) else SOLUTION_FORMATS
    try:
        return result.serialize(format=formats[media_type])
    except (OSError, ValueError) as err:  # results are computed as they are written
        raise QueryError(f"query failed: {err}") from err


def offered_media_types(result: Result) -> list[str]:
    """What `serialize` can write for this result, the default first."""
    return list(TRIPLE_FORMATS if isinstance(result, ox.QueryTriples) else SOLUTION_FORMATS)
