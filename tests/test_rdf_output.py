"""The graph files a build streams out hold exactly the graph of the resolved corpus."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.export.formats import FORMATS
from kg.export.rdf import KG, TurtleWriter, document_turtle, graph_turtle
from kg.resolve.iris import DEFAULT_BASE
from kg.resolve.names import entity_key
from kg.run.build import DEMO_CORPUS, BuildError, build, extract_all


def _quiet(message: str) -> None:
    pass


def _triples(path: Path, syntax: str) -> set:
    return set(Graph().parse(path, format=syntax))


@pytest.mark.parametrize("corpus", ["demo", "development"])
def test_the_in_memory_graph_is_the_streamed_build_byte_for_byte(corpus, request, tmp_path):
    """kg eval and the tests read `graph_turtle`: the same bytes kg build writes, by the same code."""
    source = DEMO_CORPUS if corpus == "demo" else request.getfixturevalue("corpus_dir")
    result = build([source], tmp_path, warn=_quiet, formats=[FORMATS["turtle"], FORMATS["ntriples"]])
    extractions = extract_all([source], warn=_quiet)
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == graph_turtle(extractions)
    expected = set(Graph().parse(data=graph_turtle(extractions), format="turtle"))
    assert _triples(tmp_path / "graph.nt", "nt") == expected
    assert result.triples == len(expected)


def test_min_confidence_gives_the_same_bytes_in_memory_and_in_a_build(tmp_path):
    build([DEMO_CORPUS], tmp_path, warn=_quiet, min_confidence=0.8)
    everything = graph_turtle(extract_all([DEMO_CORPUS], warn=_quiet))
    kept = graph_turtle(extract_all([DEMO_CORPUS], warn=_quiet), min_confidence=0.8)
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == kept
    assert len(kept) < len(everything)


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
