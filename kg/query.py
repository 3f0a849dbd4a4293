"""SPARQL over a built graph, with results as a readable table, CSV or JSON."""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.query import Result

from kg.rdf import bind_prefixes


class QueryError(Exception):
    """A query or graph that cannot be used; the message says which and why."""


def load_graph(path: Path) -> Graph:
    path = Path(path)
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file")
    graph = bind_prefixes(Graph())
    try:
        graph.parse(path, format="turtle")
    except Exception as err:  # rdflib raises several parser exception types
        raise QueryError(f"{path}: not a readable Turtle graph ({err})") from err
    return graph


def query_text(query: str) -> str:
    """The query itself, or the contents of the .rq file it names."""
    if query.strip().endswith(".rq") and "\n" not in query.strip():
        path = Path(query.strip())
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    return query


def run_query(graph: Graph, query: str) -> Result:
    try:
        return graph.query(query)
    except Exception as err:  # pyparsing and rdflib errors
        raise QueryError(f"query failed: {err}") from err


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (URIRef, BNode)):
        return str(value)
    if isinstance(value, Literal):
        return str(value)
    return str(value)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def format_result(result: Result, fmt: str = "table") -> str:
    if result.type == "ASK":
        return json.dumps({"boolean": bool(result.askAnswer)}) if fmt == "json" else str(bool(result.askAnswer)).lower()
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.serialize(format="turtle").decode("utf-8") if fmt != "json" else result.serialize(format="json-ld").decode("utf-8")
    names = [str(v) for v in result.vars]
    rows = [[_cell(row[v]) for v in result.vars] for row in result]
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return out.getvalue()
    widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(names)]

    def line(cells):
        return " | ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    parts = [line(names), "-+-".join("-" * w for w in widths)] + [line(r) for r in rows]
    parts.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(parts)
