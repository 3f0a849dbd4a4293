"""`kg build --format`: the same graph as Turtle, sorted N-Triples, JSON-LD and TriG."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from sparql_results import rows

from kg.cli import main
from kg.resolve.iris import DEFAULT_BASE
from kg.run.build import DEMO_CORPUS, known_iris

ALL = "turtle,ntriples,jsonld,trig"


@pytest.fixture(scope="module")
def all_formats(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("all_formats")
    assert main(["build", str(DEMO_CORPUS), "-o", str(out), "--format", ALL]) == 0
    return out


def test_turtle_is_the_default(demo_build: Path):
    graph_files = [p.name for p in demo_build.iterdir() if p.name.startswith("graph.")]
    assert sorted(graph_files) == ["graph.html", "graph.ttl"]


def test_every_format_holds_the_same_graph(all_formats: Path):
    turtle = Graph().parse(all_formats / "graph.ttl", format="turtle")
    assert len(turtle) > 100
    for name, rdflib_format in (("graph.nt", "nt"), ("graph.jsonld", "json-ld")):
        assert isomorphic(Graph().parse(all_formats / name, format=rdflib_format), turtle), name


def test_trig_holds_the_graph_in_one_named_graph(all_formats: Path):
    dataset = Dataset()
    dataset.parse(all_formats / "graph.trig", format="trig")
    named = [g for g in dataset.graphs() if len(g)]
    assert [g.identifier for g in named] == [URIRef(f"{DEFAULT_BASE}graph")]
    assert isomorphic(named[0], Graph().parse(all_formats / "graph.ttl", format="turtle"))


def test_jsonld_is_compacted_with_our_prefixes(all_formats: Path):
    text = (all_formats / "graph.jsonld").read_text(encoding="utf-8")
    assert '"kg": "https://w3id.org/zh-industry-kg/ontology#"' in text
    assert '"@type": "kg:Company"' in text


def test_ntriples_are_sorted_and_two_builds_are_identical(all_formats: Path, tmp_path: Path):
    lines = (all_formats / "graph.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)
    assert main(["build", str(DEMO_CORPUS), "-o", str(tmp_path), "--format", "ntriples"]) == 0
    assert (tmp_path / "graph.nt").read_bytes() == (all_formats / "graph.nt").read_bytes()
    assert not (tmp_path / "graph.ttl").exists()


def test_an_earlier_graph_in_any_format_keeps_iris_stable(all_formats: Path, tmp_path: Path):
    (tmp_path / "graph.nt").write_bytes((all_formats / "graph.nt").read_bytes())
    assert known_iris(tmp_path) == known_iris(all_formats)
    assert len(known_iris(tmp_path)) > 10


def test_unknown_format_is_a_usage_error(tmp_path: Path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["build", str(DEMO_CORPUS), "-o", str(tmp_path), "--format", "turtle,rdfxml"])
    assert exit_info.value.code == 2
    assert "unknown graph format 'rdfxml'; choose from turtle, ntriples, trig, jsonld" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_kg_query_reads_every_format_alike(all_formats: Path, capsys):
    answers = []
    for name in ("graph.ttl", "graph.nt", "graph.jsonld", "graph.trig"):
        assert main(["query", str(all_formats / name), "--saved", "evidence", "--format", "json"]) == 0
        answers.append(rows(capsys.readouterr().out))
    assert answers[0] and all(answer == answers[0] for answer in answers)
