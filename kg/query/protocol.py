"""The SPARQL 1.1 Protocol's request parameters, checked before a query worker sees them.

Everything a client sends is checked here, in the server process: a query worker
only ever receives one non-blank query and absolute IRIs, so no client input can
make it fail (a worker that fails must reload the whole graph).

Parameters the protocol does not define (`format=json`, `output=json`, a
cache-busting `_=…`, which common clients add) are ignored, as Apache Jena
Fuseki ignores them; their names and values must still be UTF-8.
"""
from __future__ import annotations

from urllib.parse import parse_qs

import pyoxigraph as ox

from kg.query.worker import QueryRequest

MAX_PARAMETERS = 1000
MAX_GRAPHS = 100
UPDATE_PARAMETERS = ("update", "using-graph-uri", "using-named-graph-uri")
GRAPH_PARAMETERS = ("default-graph-uri", "named-graph-uri")


class ProtocolError(Exception):
    """A request that is not carried out: `status` and a message for the client."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def parse_parameters(text: str) -> dict[str, list[str]]:
    """`name=value&…` (a URL's query or a form body) decoded as UTF-8; ProtocolError 400 when it is not."""
    try:
        return parse_qs(text, keep_blank_values=True, encoding="utf-8", errors="strict",
                        max_num_fields=MAX_PARAMETERS)
    except UnicodeDecodeError as err:
        raise ProtocolError(400, "Bad Request: a parameter is not UTF-8 once percent-decoded") from err
    except ValueError as err:  # more than MAX_PARAMETERS fields
        raise ProtocolError(400, f"Bad Request: more than {MAX_PARAMETERS} parameters") from err


def _iri(parameter: str, value: str) -> str:
    if not value.strip():
        raise ProtocolError(400, f"Bad Request: {parameter} is empty; give an absolute IRI")
    try:
        ox.NamedNode(value)
    except ValueError as err:
        raise ProtocolError(400, f"Bad Request: {parameter} {value!r} is not an absolute IRI ({err})") from err
    return value


def query_request(params: dict[str, list[str]], accept: str) -> QueryRequest:
    """The query a request asks for, every parameter checked; ProtocolError (400, 403) says what is wrong."""
    if any(name in params for name in UPDATE_PARAMETERS):
        raise ProtocolError(403, "Forbidden: SPARQL Update is not allowed: the graph is read-only")
    queries = params.get("query", [])
    if len(queries) != 1 or not queries[0].strip():
        raise ProtocolError(400, "Bad Request: give exactly one query")
    graphs = {}
    for parameter in GRAPH_PARAMETERS:
        values = params.get(parameter, [])
        if len(values) > MAX_GRAPHS:
            raise ProtocolError(400, f"Bad Request: at most {MAX_GRAPHS} {parameter} values")
        graphs[parameter] = tuple(_iri(parameter, value) for value in values)
    if "\0" in accept:
        raise ProtocolError(400, "Bad Request: the Accept header holds a NUL character")
    return QueryRequest(queries[0], accept, graphs["default-graph-uri"], graphs["named-graph-uri"])
