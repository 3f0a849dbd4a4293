"""kg export: tables per type and per relation as CSV (with a BOM), xlsx and Neo4j import files,
checked against the graph they were read from."""
from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.query.tables import ENTITY_COLUMNS, RELATION_COLUMNS, export

PREFIXES = "PREFIX kg: <https://w3id.org/zh-industry-kg/ontology#>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"


def graph_counts(out: Path) -> tuple[Counter, Counter, Counter]:
    """Entities per type, statements (sentence rows) per relation and distinct facts per relation, by SPARQL."""
    store = ox.Store()
    store.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)

    def count(query: str) -> Counter:
        return Counter({s["k"].value.rsplit("#", 1)[1]: int(s["n"].value) for s in store.query(PREFIXES + query)})

    types = count("SELECT ?k (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?k FILTER(STRSTARTS(STR(?k), STR(kg:)) "
                  "&& ?k NOT IN (kg:Document, kg:Sentence, kg:Relation)) } GROUP BY ?k")
    statements = count("SELECT ?k (COUNT(?st) AS ?n) WHERE { ?st a rdf:Statement ; rdf:predicate ?k } GROUP BY ?k")
    facts = count("SELECT ?k (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?h ?k ?t WHERE { "
                   "?st a rdf:Statement ; rdf:subject ?h ; rdf:predicate ?k ; rdf:object ?t } } GROUP BY ?k")
    return types, statements, facts


def read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), f"{path.name} has no UTF-8 byte-order mark"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_has_a_table_per_type_and_relation_matching_the_graph(demo_build: Path, tmp_path: Path):
    types, statements, _ = graph_counts(demo_build)
    written = export(demo_build, "csv", tmp_path / "csv")
    assert sorted(p.name for p in written) == sorted(f"{name}.csv" for name in [*types, *statements])
    for label, number in types.items():
        rows = read_csv(tmp_path / "csv" / f"{label}.csv")
        assert rows[0] == list(ENTITY_COLUMNS) and len(rows) - 1 == number
        assert all(row[0] and row[2].startswith("https://") and int(row[3]) >= 0 and row[4] for row in rows[1:])
    for relation, number in statements.items():
        rows = read_csv(tmp_path / "csv" / f"{relation}.csv")
        assert rows[0] == list(RELATION_COLUMNS) and len(rows) - 1 == number
        assert all(row[1] == relation and 0 < float(row[3]) <= 1 and row[4] and row[5] and row[6] for row in rows[1:])


def test_degree_counts_the_relations_of_an_entity(demo_build: Path, tmp_path: Path):
    _, _, facts = graph_counts(demo_build)
    export(demo_build, "csv", tmp_path / "csv")
    degrees = sum(int(row[3]) for path in (tmp_path / "csv").glob("*.csv")
                  if read_csv(path)[0] == list(ENTITY_COLUMNS) for row in read_csv(path)[1:])
    assert degrees == 2 * sum(facts.values())  # each fact counts for its head and its tail


def test_xlsx_has_a_sheet_each_with_the_same_rows(demo_build: Path, tmp_path: Path):
    from openpyxl import load_workbook

    types, statements, _ = graph_counts(demo_build)
    shutil.copy(demo_build / "graph.ttl", tmp_path)  # the default output goes into the build's folder
    [path] = export(tmp_path, "xlsx")
    assert path == tmp_path / "export" / "graph.xlsx"
    workbook = load_workbook(path, read_only=True)
    assert sorted(workbook.sheetnames) == sorted([*types, *statements])
    for name, number in [*types.items(), *statements.items()]:
        rows = list(workbook[name].iter_rows(values_only=True))
        assert list(rows[0]) == list(ENTITY_COLUMNS if name in types else RELATION_COLUMNS)
        assert len(rows) - 1 == number


def test_neo4j_import_files_reference_only_nodes_they_define(demo_build: Path, tmp_path: Path):
    types, _, facts = graph_counts(demo_build)
    export(demo_build, "neo4j", tmp_path / "neo4j")
    ids = set()
    for label, number in types.items():
        data = (tmp_path / "neo4j" / f"nodes_{label}.csv").read_bytes()
        assert not data.startswith(b"\xef\xbb\xbf")  # neo4j-admin reads the header's first field literally
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
        assert rows[0] == ["iri:ID", "name", "aliases:string[]", "degree:int", "documents:string[]", ":LABEL"]
        assert len(rows) - 1 == number and {row[5] for row in rows[1:]} == {label}
        ids |= {row[0] for row in rows[1:]}
    for relation, number in facts.items():
        rows = list(csv.reader(io.StringIO((tmp_path / "neo4j" / f"relationships_{relation}.csv").read_text("utf-8"))))
        assert rows[0][:4] == [":START_ID", ":END_ID", ":TYPE", "confidence:float"]
        assert len(rows) - 1 == number  # one relationship per fact, its sentences as an array
        assert all(row[0] in ids and row[1] in ids and row[2] == relation for row in rows[1:])


def test_text_that_looks_like_a_formula_stays_text_in_xlsx(tmp_path: Path):
    from openpyxl import load_workbook

    (tmp_path / "graph.ttl").write_text("""@prefix kg: <https://w3id.org/zh-industry-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/c/1> a kg:Company ; rdfs:label "=HYPERLINK(\\"http://x\\")"@zh .
""", encoding="utf-8")
    [path] = export(tmp_path, "xlsx")
    cell = load_workbook(path)["Company"]["A2"]
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"


def test_export_cli_and_reexport_replace_earlier_tables(demo_build: Path, tmp_path: Path, capsys):
    out = tmp_path / "tables"
    out.mkdir()
    (out / "Stale.csv").write_text("old", encoding="utf-8")
    assert main(["export", str(demo_build), "--to", "csv", "-o", str(out), "--no-bom"]) == 0
    assert "wrote " in capsys.readouterr().out
    assert not (out / "Stale.csv").exists()
    assert not (out / "Company.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_export_of_a_folder_without_a_graph_is_a_clear_error(tmp_path: Path, capsys):
    assert main(["export", str(tmp_path), "--to", "xlsx"]) == 1
    assert "folder holds no graph" in capsys.readouterr().err


def test_query_csv_with_bom(demo_build: Path, capsys):
    query = "SELECT ?name WHERE { ?c a kg:Company ; rdfs:label ?name } LIMIT 1"
    assert main(["query", str(demo_build), query, "--format", "csv", "--bom"]) == 0
    assert capsys.readouterr().out.startswith("\ufeffname")
    assert main(["query", str(demo_build), query, "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("name")


def test_export_module_does_not_import_spacy():
    code = "import sys, kg.query.tables; print('spacy' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


@pytest.mark.parametrize("target", ["csv", "neo4j"])
def test_export_of_the_corpus_graph(corpus_build: Path, tmp_path: Path, target: str):
    types, statements, facts = graph_counts(corpus_build)
    written = export(corpus_build, target, tmp_path / target)
    assert len(written) == len(types) + len(statements)
