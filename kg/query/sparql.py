"""SPARQL over a built graph (kg.query.store), with results as a readable table, CSV, TSV, JSON or XML."""
from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Mapping

import pyoxigraph as ox
from rdflib import Graph

from kg.export.rdf import bind_prefixes
from kg.query.store import QueryError, Result, serialize

__all__ = ["QueryError", "format_result", "query_text", "standard_prefixes"]

FORMATS = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
           "csv": "text/csv", "tsv": "text/tab-separated-values"}
GRAPH_FORMATS = {"json": "application/ld+json", "xml": "application/rdf+xml"}  # CONSTRUCT; Turtle otherwise


def standard_prefixes() -> dict[str, str]:
    """The prefixes our graphs use (kg:, rdfs:, skos:, prov:, company: …), predeclared in every query."""
    return {prefix: str(namespace) for prefix, namespace in bind_prefixes(Graph(bind_namespaces="core")).namespaces()
            if prefix}


def query_text(query: str) -> str:
    """The query itself, or the contents of the .rq file it names."""
    if query.strip().endswith(".rq") and "\n" not in query.strip():
        path = Path(query.strip())
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    return query


def _cell(term: ox.NamedNode | ox.BlankNode | ox.Literal | None, prefixes: Mapping[str, str]) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in prefixes.items():
            if term.value.startswith(namespace) and term.value != namespace:
                return f"{prefix}:{term.value[len(namespace):]}"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return " ".join(term.value.split()) if isinstance(term, ox.Literal) else str(term)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def format_result(result: Result, fmt: str = "table", prefixes: Mapping[str, str] | None = None) -> str:
    """`table` shortens IRIs with `prefixes` and puts each value on one line; the others are the standard formats."""
    if isinstance(result, ox.QueryTriples):
        return serialize(result, GRAPH_FORMATS.get(fmt, "text/turtle")).decode("utf-8")
    if fmt in FORMATS:
        return serialize(result, FORMATS[fmt]).decode("utf-8")
    if isinstance(result, ox.QueryBoolean):
        return str(bool(result)).lower()
    names = [variable.value for variable in result.variables]
    try:
        rows = [[_cell(solution[name], prefixes or {}) for name in names] for solution in result]
    except (OSError, ValueError) as err:  # solutions are computed as they are read, e.g. a failed SERVICE call
        raise QueryError(f"query failed: {err}") from err
    widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(names)]

    def line(cells: list[str]) -> str:
        return " | ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    parts = [line(names), "-+-".join("-" * w for w in widths)] + [line(r) for r in rows]
    parts.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(parts)
