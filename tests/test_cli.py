"""The `kg` command on good and bad input: clear messages, exit codes, nothing half-written."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

GOOD = "杭州海辰储能科技有限公司年产20GWh储能电池项目在杭州钱塘新区开工。\n"


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=cwd)


def test_build_writes_turtle_and_html(tmp_path: Path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    run = kg("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"))
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0
    assert (tmp_path / "out" / "graph.html").stat().st_size > 0
    assert "built 1 document(s)" in run.stdout


def test_build_without_paths_builds_the_demo_corpus(tmp_path: Path):
    run = kg("build", "-o", str(tmp_path / "out"))
    assert run.returncode == 0, run.stderr
    assert "built 5 document(s)" in run.stdout


def test_missing_path_alone_is_an_error_and_writes_nothing(tmp_path: Path):
    run = kg("build", str(tmp_path / "missing"), "-o", str(tmp_path / "out"))
    assert run.returncode == 1
    assert "missing: no such file or folder" in run.stderr
    assert not (tmp_path / "out").exists()


def test_folder_without_files_we_read_is_an_error(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(GOOD, encoding="utf-8")
    run = kg("build", str(tmp_path / "docs"), "-o", str(tmp_path / "out"))
    assert run.returncode == 1
    assert "docs: folder contains no files kg reads" in run.stderr
    assert "not read: " in run.stderr and "a.md (.md;" in run.stderr


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty.txt: empty file"),
    ("binary.txt", b"\x00\x01\x02\xff" * 100, "binary.txt: binary file"),
])
def test_bad_file_alone_is_an_error_naming_it(tmp_path: Path, name: str, content: bytes, message: str):
    (tmp_path / name).write_bytes(content)
    run = kg("build", str(tmp_path / name), "-o", str(tmp_path / "out"))
    assert run.returncode == 1
    assert message in run.stderr
    assert "nothing to build" in run.stderr
    assert not (tmp_path / "out").exists()


def test_bad_file_among_good_ones_is_skipped_with_a_message(tmp_path: Path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    run = kg("build", str(tmp_path), "-o", str(tmp_path / "out"))
    assert run.returncode == 0, run.stderr
    assert "empty.txt: empty file" in run.stderr and "skipped" in run.stderr
    assert "built 1 document(s)" in run.stdout


def test_strict_stops_at_a_bad_file(tmp_path: Path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    run = kg("build", "--strict", str(tmp_path), "-o", str(tmp_path / "out"))
    assert run.returncode == 1
    assert not (tmp_path / "out").exists()


def test_gbk_file_is_decoded_and_the_user_is_told(tmp_path: Path):
    (tmp_path / "gbk.txt").write_bytes(GOOD.encode("gbk"))
    run = kg("build", str(tmp_path / "gbk.txt"), "-o", str(tmp_path / "out"))
    assert run.returncode == 0, run.stderr
    assert "gbk.txt: not UTF-8; decoded as GB18030" in run.stderr
    assert "杭州海辰储能科技有限公司" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_failed_build_leaves_the_previous_output_untouched(tmp_path: Path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    assert kg("build", str(tmp_path / "good.txt"), "-o", str(tmp_path / "out")).returncode == 0
    before = (tmp_path / "out" / "graph.ttl").read_bytes()
    (tmp_path / "empty.txt").write_bytes(b"")
    assert kg("build", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "out")).returncode == 1
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == before
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")) == [
        "analysis.csv", "analysis.json", "graph.html", "graph.ttl", "metrics.trig"]


def test_bad_rules_folder_is_named(tmp_path: Path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "company.yaml").write_text("legal_sufixes: [公司]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    run = kg("build", str(tmp_path / "a.txt"), "--rules", str(tmp_path / "rules"), "-o", str(tmp_path / "out"))
    assert run.returncode == 1
    assert "company.yaml: unknown rule 'legal_sufixes'" in run.stderr


def test_query_prints_a_table_and_csv(demo_build: Path):
    query = "PREFIX kg: <https://w3id.org/zh-industry-kg/ontology#> SELECT (COUNT(?c) AS ?n) WHERE { ?c a kg:Company }"
    table = kg("query", str(demo_build / "graph.ttl"), query)
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[0].strip() == "n" and "(1 row)" in table.stdout
    csv = kg("query", str(demo_build / "graph.ttl"), query, "--format", "csv")
    assert csv.stdout.splitlines()[0] == "n" and int(csv.stdout.splitlines()[1]) > 5


def test_query_from_a_file(demo_build: Path, tmp_path: Path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", encoding="utf-8")
    run = kg("query", str(demo_build / "graph.ttl"), str(rq), "--format", "json")
    assert run.returncode == 0, run.stderr
    assert '"n"' in run.stdout


def test_malformed_query_is_a_clear_error(demo_build: Path):
    run = kg("query", str(demo_build / "graph.ttl"), "SELEC ?x WHERE { ?x ?y }")
    assert run.returncode == 1
    assert "not a valid SPARQL query" in run.stderr


def test_query_on_a_missing_graph_names_it(tmp_path: Path):
    run = kg("query", str(tmp_path / "none.ttl"), "SELECT * WHERE { ?s ?p ?o }")
    assert run.returncode == 1
    assert "none.ttl: no such graph file" in run.stderr
