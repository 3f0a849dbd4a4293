"""The graph files a build streams out hold exactly the graph of the resolved corpus."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.run.build import DEMO_CORPUS, BuildError, build, resolved_graph
from kg.export.formats import FORMATS
from kg.export.rdf import DEFAULT_BASE, KG, TurtleWriter, build_graph, document_turtle
from kg.resolve.table import entity_key


def _quiet(message: str) -> None:
    pass


def _triples(path: Path, syntax: str) -> set:
    return set(Graph().parse(path, format=syntax))


@pytest.mark.parametrize("corpus", ["demo", "development"])
def test_streamed_turtle_and_ntriples_hold_the_graph_of_the_resolved_corpus(corpus, request, tmp_path):
    source = DEMO_CORPUS if corpus == "demo" else request.getfixturevalue("corpus_dir")
    result = build([source], tmp_path, warn=_quiet, formats=[FORMATS["turtle"], FORMATS["ntriples"]])
    expected = set(build_graph(resolved_graph([source], warn=_quiet)))
    assert _triples(tmp_path / "graph.ttl", "turtle") == expected
    assert _triples(tmp_path / "graph.nt", "nt") == expected
    assert result.triples == len(expected)


def test_min_confidence_leaves_out_the_same_statements_as_the_in_memory_graph(tmp_path):
    build([DEMO_CORPUS], tmp_path, warn=_quiet, min_confidence=0.8)
    expected = set(build_graph(resolved_graph([DEMO_CORPUS], warn=_quiet), min_confidence=0.8))
    assert _triples(tmp_path / "graph.ttl", "turtle") == expected


def test_sentence_text_with_quotes_backslashes_and_control_characters_survives_turtle():
    text = '他说"入选"\\名单\t第一\n第二\r\x0b'
    record = ("a.txt", (text,), (("Company", "瑞泰新材", 0),), ())
    iri = f"{DEFAULT_BASE}company/x1"
    writer = TurtleWriter(DEFAULT_BASE)
    section, triples = document_turtle(record, {entity_key("Company", "瑞泰新材"): iri}, writer, 0.0)
    graph = Graph().parse(data=writer.header() + section, format="turtle")
    assert Literal(text, lang="zh") in set(graph.objects(None, KG.text))
    assert (URIRef(iri), KG.mentionedIn, None) in graph
    assert len(graph) == triples


def test_a_base_that_is_not_an_absolute_iri_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(BuildError, match="not an absolute IRI"):
        build([DEMO_CORPUS], tmp_path / "out", base="my graph/", warn=_quiet)
    assert not (tmp_path / "out").exists()
