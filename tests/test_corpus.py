"""End to end on the development corpus in ../shared (skipped outside CI when it is absent)."""
from __future__ import annotations

from pathlib import Path

import rdflib

SELECTED = """
PREFIX kg: <https://w3id.org/zh-industry-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?company ?program WHERE {
  ?c a kg:Company ; kg:selectedAs ?p .
  ?c rdfs:label|skos:altLabel ?company .
  ?p rdfs:label ?program .
}"""


def test_corpus_builds_into_turtle_that_parses_back(corpus_build: Path):
    graph = rdflib.Graph()
    graph.parse(corpus_build / "graph.ttl", format="turtle")
    assert len(graph) > 500
    pairs = {(str(r.company), str(r.program)) for r in graph.query(SELECTED)}
    companies = {c for c, _ in pairs}
    assert len(pairs) >= 15
    assert {"耐世特", "江小白"} <= companies
    assert (corpus_build / "graph.html").stat().st_size > 100_000
