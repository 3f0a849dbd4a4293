"""`kg query` on the embedded store (pyoxigraph), and the saved queries."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph
from sparql_results import rows

from kg.cli import main
from kg.query.saved import saved_queries

SAVED = sorted(saved_queries())


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["query", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_saved_queries_answer_what_the_issue_asks():
    assert {"companies-per-park", "company-programs", "projects", "most-connected", "evidence"} <= set(SAVED)
    for saved in saved_queries().values():
        first = saved.text.splitlines()[0]
        assert first.startswith("# ") and first.endswith("?"), f"{saved.name}: opens with the question it answers"


def test_kg_queries_lists_every_saved_query(capsys):
    assert main(["queries"]) == 0
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert listed == SAVED


@pytest.mark.parametrize("name", SAVED)
def test_saved_query_on_the_corpus_agrees_with_rdflib(name: str, corpus_build: Path, capsys):
    code, out, _ = run(capsys, str(corpus_build), "--saved", name, "--format", "json")
    assert code == 0
    ours = rows(out)
    assert ours, f"{name} finds something in the development corpus"
    graph = Graph().parse(corpus_build / "graph.ttl", format="turtle")
    reference = graph.query(saved_queries()[name].text).serialize(format="json")
    assert ours == rows(reference)


def test_table_shortens_iris_and_needs_no_prefix_declarations(demo_build: Path, capsys):
    code, out, _ = run(capsys, str(demo_build / "graph.ttl"),
                       "SELECT ?c ?name WHERE { ?c a kg:Company ; rdfs:label ?name } ORDER BY ?name LIMIT 2")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["c", "|", "name"]
    assert lines[2].startswith("company:") and lines[-1] == "(2 rows)"


def test_standard_result_formats(demo_build: Path, capsys):
    query = "SELECT ?name WHERE { ?p a kg:IndustrialPark ; rdfs:label ?name } ORDER BY ?name"
    outputs = {fmt: run(capsys, str(demo_build), query, "--format", fmt)[1] for fmt in ("json", "xml", "csv", "tsv")}
    names = [b["name"]["value"] for b in json.loads(outputs["json"])["results"]["bindings"]]
    assert names and names == sorted(names)
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert [e.text for e in ET.fromstring(outputs["xml"]).findall(".//r:literal", ns)] == names
    assert [r[0] for r in csv.reader(io.StringIO(outputs["csv"]))] == ["name", *names]
    assert outputs["tsv"].splitlines() == ["?name", *(f'"{n}"@zh' for n in names)]


def test_ask_and_construct(demo_build: Path, capsys):
    assert run(capsys, str(demo_build), "ASK { ?c a kg:Company }")[1].strip() == "true"
    code, out, _ = run(capsys, str(demo_build), "CONSTRUCT { ?c a kg:Company } WHERE { ?c a kg:Company }")
    assert code == 0 and len(Graph().parse(data=out, format="turtle")) > 3


def test_a_saved_query_file_can_be_given_by_path(demo_build: Path, capsys):
    path = saved_queries()["projects"].path
    assert run(capsys, str(demo_build), str(path))[1] == run(capsys, str(demo_build), "--saved", "projects")[1]


@pytest.mark.parametrize("args, message", [
    (["SELECT * WHERE { ?s ?p }"], "not a valid SPARQL query: error at 1:"),
    (["INSERT DATA { <urn:a> <urn:b> <urn:c> }"], "SPARQL Update is not allowed"),
    (["--saved", "no-such-query"], "no saved query 'no-such-query'; the saved queries are"),
    (["ASK {}", "--saved", "projects"], "give either a query (or a .rq file) or --saved NAME"),
    (["missing.rq"], "missing.rq: no such query file"),
])
def test_bad_queries_are_clear_errors(args: list[str], message: str, demo_build: Path, capsys):
    code, out, err = run(capsys, str(demo_build), *args)
    assert (code, out) == (1, "")
    assert message in err


def test_a_broken_graph_file_is_named_with_the_line(tmp_path: Path, capsys):
    bad = tmp_path / "graph.ttl"
    bad.write_text("@prefix kg: <https://w3id.org/zh-industry-kg/ontology#> .\nkg:a kg:b\n", encoding="utf-8")
    code, _, err = run(capsys, str(bad), "ASK {}")
    assert code == 1
    assert f"{bad}: not a readable turtle graph" in err and "line 3" in err


def test_a_folder_without_a_graph_is_a_clear_error(tmp_path: Path, capsys):
    code, _, err = run(capsys, str(tmp_path), "ASK {}")
    assert code == 1 and f"{tmp_path}: folder holds no graph" in err
