"""Comparing SPARQL results from different engines: rows as sorted tuples of normalised terms."""
from __future__ import annotations

import json
from decimal import Decimal

XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {f"{XSD}{name}" for name in ("integer", "decimal", "double", "float", "int", "long")}

Term = tuple[str, str, str]  # (kind, value, language or datatype)


def _term(binding: dict | None) -> Term | None:
    if binding is None:
        return None
    kind, value = binding["type"], binding["value"]
    if kind in ("uri", "bnode"):
        return (kind, value if kind == "uri" else "_", "")
    datatype = binding.get("datatype", "")
    if datatype in NUMERIC:  # engines differ in numeric types and lexical forms (0.90, 0.9, 9.0E-1)
        return ("number", format(Decimal(value).normalize(), "f"), "")
    if "xml:lang" in binding:
        return ("literal", value, "@" + binding["xml:lang"].lower())
    return ("literal", value, "" if datatype == f"{XSD}string" else datatype)


def rows(sparql_json: bytes | str) -> list[tuple[Term | None, ...]]:
    """The rows of SPARQL JSON results, in a canonical order (engines break ORDER BY ties differently)."""
    results = json.loads(sparql_json)
    names = results["head"]["vars"]
    found = [tuple(_term(b.get(name)) for name in names) for b in results["results"]["bindings"]]
    return sorted(found, key=repr)
