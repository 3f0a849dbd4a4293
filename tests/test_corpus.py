"""End to end on the development corpus in ../shared (skipped outside CI when it is absent)."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import rdflib

from kg.export.rdf import KG

SELECTIONS = """
PREFIX kg: <https://w3id.org/zh-industry-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?member ?program ?text WHERE {
  ?member kg:selectedAs ?program .
  ?st rdf:subject ?member ; rdf:predicate kg:selectedAs ; rdf:object ?program ; prov:wasDerivedFrom/kg:text ?text .
}"""
NAMES = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?node ?name WHERE { ?node rdfs:label|skos:altLabel ?name }"""


def test_corpus_builds_into_turtle_that_parses_back(corpus_build: Path):
    graph = rdflib.Graph()
    graph.parse(corpus_build / "graph.ttl", format="turtle")
    names: dict[rdflib.term.Node, set[str]] = defaultdict(set)
    for row in graph.query(NAMES):
        names[row.node].add(str(row.name))
    sentences: dict[tuple, list[str]] = defaultdict(list)
    for row in graph.query(SELECTIONS):
        sentences[row.member, row.program].append(str(row.text))
    # every selection has its sentences, and each of them names the program (the member may be 该公司)
    assert set(sentences) == set(graph.subject_objects(KG.selectedAs))
    unsupported = [(sorted(names[c]), sorted(names[p]), text) for (c, p), texts in sentences.items() for text in texts
                   if not any(n in text for n in names[p])]
    assert unsupported == []
    members = {name for c, _ in sentences for name in names[c]}
    assert {"耐世特", "江小白"} <= members
    assert (corpus_build / "graph.html").stat().st_size > 100_000
