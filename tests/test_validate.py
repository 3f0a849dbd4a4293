"""SHACL shapes (ontology/shapes.ttl), `kg validate`, and `kg build` refusing an invalid graph."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Callable

import pytest
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.build import DEMO_CORPUS
from kg.cli import main
from kg.rdf import KG, prefixes
from kg.resolve import TYPE_PATHS

Mutation = Callable[[Graph], None]
PATHS = {*TYPE_PATHS.values(), "doc", "sentence", "statement"}


def _first(graph: Graph, cls: URIRef) -> URIRef:
    return sorted(graph.subjects(RDF.type, cls))[0]


def drop_label(graph: Graph) -> None:
    graph.remove((_first(graph, KG.Company), RDFS.label, None))


def english_alias(graph: Graph) -> None:
    graph.add((_first(graph, KG.Company), SKOS.altLabel, Literal("Some Company", lang="en")))


def program_located_in_company(graph: Graph) -> None:
    program, company = _first(graph, KG.Program), _first(graph, KG.Company)
    graph.add((program, KG.locatedIn, company))


def relation_without_evidence(graph: Graph) -> None:
    graph.add((_first(graph, KG.Project), KG.developedBy, _first(graph, KG.Company)))


def statement_without_sentence(graph: Graph) -> None:
    graph.remove((_first(graph, RDF.Statement), PROV.wasDerivedFrom, None))


def confidence_above_one(graph: Graph) -> None:
    graph.set((_first(graph, RDF.Statement), KG.confidence, Literal(Decimal("1.50"), datatype=XSD.decimal)))


def sentence_without_document(graph: Graph) -> None:
    graph.remove((_first(graph, KG.Sentence), KG.inDocument, None))


def two_types(graph: Graph) -> None:
    graph.add((_first(graph, KG.Company), RDF.type, KG.Region))


# name -> (mutation, the requirement the report states, the class of the node it names: `_first` of it)
MUTATIONS: dict[str, tuple[Mutation, str, URIRef]] = {
    "drop_label": (drop_label, "an entity has exactly one rdfs:label, in Chinese (@zh)", KG.Company),
    "english_alias": (english_alias, "an alias (skos:altLabel) is a non-empty Chinese (@zh) name", KG.Company),
    "program_located_in_company": (program_located_in_company,
                                   "only a Company, Project or IndustrialPark is kg:locatedIn something", KG.Program),
    "relation_without_evidence": (relation_without_evidence,
                                  "a relation has an rdf:Statement saying which sentence it was derived from",
                                  KG.Project),
    "statement_without_sentence": (statement_without_sentence,
                                   "a statement is derived from (prov:wasDerivedFrom) exactly one kg:Sentence",
                                   RDF.Statement),
    "confidence_above_one": (confidence_above_one, "kg:confidence, an xsd:decimal from 0 to 1", RDF.Statement),
    "sentence_without_document": (sentence_without_document, "a sentence is in (kg:inDocument) exactly one",
                                  KG.Sentence),
    "two_types": (two_types, "an entity has exactly one of the types", KG.Company),
}


def prefixed(node: URIRef) -> str:
    """The node as the report names it: company:…, statement:…"""
    [name] = [f"{prefix}:{node[len(ns):]}" for prefix, ns in prefixes() if prefix in PATHS and node.startswith(ns)]
    return name


def test_built_graphs_are_valid(demo_build: Path, corpus_build: Path, capsys):
    for folder in (demo_build, corpus_build):
        assert main(["validate", str(folder)]) == 0
        assert "valid (conforms to the shapes" in capsys.readouterr().out


@pytest.mark.parametrize("name", MUTATIONS)
def test_a_broken_graph_is_reported_readably(name: str, demo_build: Path, tmp_path: Path, capsys):
    mutate, requirement, cls = MUTATIONS[name]
    graph = Graph().parse(demo_build / "graph.ttl", format="turtle")
    node = _first(graph, cls)
    mutate(graph)
    graph.serialize(tmp_path / "graph.ttl", format="turtle")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"{tmp_path / 'graph.ttl'}: not valid" in out
    assert requirement in out
    assert prefixed(node) in out, "the report names the node with its prefix"


def test_a_missing_graph_is_an_error_naming_the_folder(tmp_path: Path, capsys):
    assert main(["validate", str(tmp_path)]) == 1
    assert f"{tmp_path}: folder holds no graph" in capsys.readouterr().err


def test_build_refuses_to_write_an_invalid_graph(tmp_path: Path, capsys):
    rules = tmp_path / "rules"
    rules.mkdir()
    # a user's rule override that puts confidences out of range
    (rules / "relations.yaml").write_text("located_in:\n  confidence: 1.5\n  at_confidence: 1.5\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(DEMO_CORPUS), "-o", str(out), "--rules", str(rules)]) == 1
    err = capsys.readouterr().err
    assert "the graph is not valid, so nothing was written" in err
    assert "kg:confidence, an xsd:decimal from 0 to 1" in err
    assert not out.exists()

    assert main(["build", str(DEMO_CORPUS), "-o", str(out), "--rules", str(rules), "--allow-invalid"]) == 0
    assert "writing a graph that is not valid" in capsys.readouterr().err
    assert main(["validate", str(out)]) == 1
