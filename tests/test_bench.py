"""The benchmark runs end to end on a tiny corpus and its figures say what they claim (not a timing test).

It runs a dozen builds (minutes on a loaded machine), so it is marked `bench`: `make test` leaves it
out and `make test-bench` runs it (pytest -m bench).
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph

from kg.ingest.read import read_document

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench.py"
DEMO = BENCH.parent.parent / "kg" / "demo"

pytestmark = pytest.mark.bench


def table(report: str, heading: str) -> list[list[str]]:
    """The cells of the Markdown table under a heading (`## heading`), without its header rows."""
    section = report.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]


def number(cell: str) -> float:
    return float(re.sub(r"[^\d.]", "", cell))


def per_second(characters: int, seconds: str) -> tuple[float, float]:
    """The range of characters per second that a time printed with two decimals allows."""
    t = float(seconds)
    return characters / (t + 0.005), characters / max(t - 0.005, 1e-9)


def characters(folder: Path) -> int:
    return sum(len(read_document(path).text) for path in folder.glob("*.txt"))


@pytest.fixture(scope="module")
def run(tmp_path_factory, corpus_dir: Path) -> tuple[str, Path]:
    keep = tmp_path_factory.mktemp("bench")
    report = subprocess.run([sys.executable, str(BENCH), "--sizes", "5k,10k", "--workers", "1,2", "--text", str(DEMO),
                             "--pipeline-chars", "20000", "--keep", str(keep),
                             "--realistic-copies", "1", "--shared", str(corpus_dir)],
                            capture_output=True, text=True, check=True).stdout
    return report, keep


def test_one_worker_figures_are_those_of_the_generated_corpora(run):
    report, keep = run
    rows = table(report, "One worker")
    assert [row[0] for row in rows] == ["5 k", "10 k"]
    for row, size in zip(rows, (5000, 10000)):
        corpus = keep / f"corpus-{size}"
        assert int(row[1]) == len(list(corpus.glob("*.txt")))
        low, high = per_second(characters(corpus), row[2])
        assert low - 0.5 <= number(row[3]) <= high + 0.5  # printed as a whole number
        assert number(row[5]) == pytest.approx(number(row[3]) / number(row[4]), abs=0.01)
        assert number(row[6]) > 50  # MB: a process that has loaded spaCy


def test_stages_add_up_to_the_build(run):
    report, _ = run
    build_seconds = float(table(report, "One worker")[-1][2])
    stages = table(report, "Stages")
    assert {"tokenizer", "kg_entities", "resolution", "rdf", "validation", "html"} <= {row[0] for row in stages}
    total = sum(float(row[1]) for row in stages)
    # the stages leave out the start-up (importing spaCy, making the pipeline): most of a 10 k build
    assert 0 < total <= build_seconds + 0.01 * len(stages), (total, build_seconds)


def test_worker_rows_and_speed_up(run):
    report, keep = run
    rows = table(report, "Workers")
    assert [row[0] for row in rows] == ["1", "2"]
    assert rows[0][1] == table(report, "One worker")[-1][2] and rows[0][3] == "×1.00"
    assert number(rows[1][3]) == pytest.approx(float(rows[0][1]) / float(rows[1][1]), abs=0.02)
    assert (keep / "out-10000-2" / "graph.ttl").read_bytes() == (keep / "out-10000-1" / "graph.ttl").read_bytes()


def test_update_adds_the_new_documents(run):
    report, keep = run
    added = re.search(r"Adding (\d+) documents \(([\d,]+) characters, 1%\) to the 10 k build", report)
    assert added, report
    assert int(added[1]) == len(list((keep / "new").glob("*.txt")))
    assert int(added[2].replace(",", "")) == characters(keep / "new")


def test_entity_density_rows_name_each_text(run):
    report, keep = run
    rows = table(report, "Entity density")
    assert [row[0] for row in rows] == ["generated, 5 k", str(DEMO)]
    assert [int(row[1].replace(",", "")) for row in rows] == [characters(keep / "corpus-5000"), characters(DEMO)]
    assert all(number(row[2]) > 10 for row in rows)  # mentions per 1,000 characters: the texts are full of names


def test_store_figures_are_those_of_the_built_graph(run):
    report, keep = run
    graph = keep / "out-10000-1" / "graph.ttl"
    loaded = re.search(r"Bulk load of graph.ttl \(([\d,]+) triples", report)
    assert loaded and int(loaded[1].replace(",", "")) == len(Graph().parse(graph, format="turtle"))
    store = pyoxigraph.Store()
    store.bulk_load(path=str(graph), format=pyoxigraph.RdfFormat.TURTLE)
    expected = {query.stem: sum(1 for _ in store.query(query.read_text(encoding="utf-8")))
                for query in sorted((BENCH.parent / "queries").glob("*.rq"))}
    assert {row[0]: int(row[1].replace(",", "")) for row in table(report, "Embedded store")} == expected
    assert all(expected.values()), expected  # each query finds something in the graph


def test_realistic_density_rows_give_the_default_build_and_the_check(run):
    report, _ = run
    rows = {row[0]: row for row in table(report, "Realistic density")}
    assert {"`kg build` (default: the graph checked against the shapes)", "`kg build --no-validate`"} <= set(rows)
    assert any(name.startswith("`kg validate DIR`") for name in rows)
    assert "validation" in {row[0] for row in table(report, "Stages")}


def test_benchmark_of_the_analytics_prints_its_figures():
    report = subprocess.run([sys.executable, str(BENCH), "--analytics", "--sizes", "5k",
                             "--analytics-nodes", "100"],
                            capture_output=True, text=True, check=True).stdout
    assert "# kg analyze benchmark" in report and "exact betweenness would take s" in report
    assert "| 5 k |" in report and "betweenness exact" in report
    assert "| 100 |" in report
