"""The graph page as a file: self-contained, its data complete and safe, and the focused view of `kg build --focus`."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from synthetic import synthetic_graph

from kg.cli import main
from kg.export.html import Focus, UnknownFocus, render_html
from kg.model import Entity, ResolvedGraph, Statement
from kg.run.build import DEMO_CORPUS

DATA_BLOCK = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.DOTALL)


def page_data(html: str) -> dict:
    blocks = DATA_BLOCK.findall(html)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def small_graph(name: str = "甲公司") -> ResolvedGraph:
    """甲公司 → 乙园区 → 丙区, and 丁项目 developed by 甲公司; 戊企业 stands alone."""
    def entity(key: str, label: str, name_: str, aliases: list[str]) -> Entity:
        return Entity(f"https://example.org/{key}", label, name_, aliases, [("a.txt", 0)])

    entities = [entity("a", "Company", name, ["甲"]), entity("b", "IndustrialPark", "乙园区", []),
                entity("c", "Region", "丙区", []), entity("d", "Project", "丁项目", []),
                entity("e", "Company", "戊企业", [])]
    statements = [Statement("https://example.org/a", "locatedIn", "https://example.org/b", "a.txt", 0, 0.9, "r1"),
                  Statement("https://example.org/b", "locatedIn", "https://example.org/c", "a.txt", 0, 0.9, "r2"),
                  Statement("https://example.org/d", "developedBy", "https://example.org/a", "a.txt", 0, 0.8, "r3")]
    return ResolvedGraph(entities, statements, {("a.txt", 0): f"{name}位于丙区乙园区，投资丁项目。"}, ["a.txt"])


def test_page_loads_nothing_from_elsewhere():
    html = render_html(small_graph())
    assert not re.search(r"<script[^>]*\ssrc=|<link\b|<iframe\b|@import|url\(\s*['\"]?(https?:)?//", html, re.I)
    assert "vis.Network" in html and "vis-network" in html  # the library itself is inlined


def test_page_data_holds_every_entity_and_statement_with_its_sentence():
    resolved = synthetic_graph(companies=60, documents=10)
    data = page_data(render_html(resolved))

    assert {n["id"] for n in data["nodes"]} == {e.iri for e in resolved.entities}
    assert {(e["from"], e["relation"], e["to"]) for e in data["edges"]} == {
        (s.head, s.relation, s.tail) for s in resolved.statements}
    edge = data["edges"][0]
    document, index, text = data["sentences"][edge["evidence"][0][0]]
    assert resolved.sentences[(data["documents"][document], index)] == text
    assert {e["label"] for e in data["edges"]} == {"位于 located in", "入选 selected as", "开发方 developed by"}


def test_summary_counts_types_and_relations_and_ranks_the_most_connected():
    data = page_data(html := render_html(small_graph()))
    assert {t["type"]: t["count"] for t in data["types"]} == {
        "Company": 2, "IndustrialPark": 1, "Project": 1, "Program": 0, "Region": 1}
    assert {r["relation"]: r["count"] for r in data["relations"]} == {"locatedIn": 2, "selectedAs": 0, "developedBy": 1}
    most_connected_company = re.search(r'data-node="([^"]+)">([^<]+)</button>', html)
    assert most_connected_company.groups() == ("https://example.org/a", "甲公司")


@pytest.mark.parametrize("name", ["</script><script>alert(1)</script>", "<!--<script>"])
def test_no_name_can_break_out_of_the_page_data(name):
    html = render_html(small_graph(name))
    data = page_data(html)
    assert name in {n["label"] for n in data["nodes"]}
    assert "<script>alert" not in html


@pytest.mark.parametrize("focus, expected", [
    (Focus("甲", 0), {"a"}),
    (Focus("甲公司", 1), {"a", "b", "d"}),
    (Focus("https://example.org/a", 2), {"a", "b", "c", "d"}),
])
def test_focus_keeps_the_neighbourhood_within_the_depth(focus, expected):
    data = page_data(render_html(small_graph(), focus=focus))
    assert {n["id"].rsplit("/", 1)[1] for n in data["nodes"]} == expected
    assert data["focus"]["centres"] == ["https://example.org/a"]
    assert all(e["from"] in {n["id"] for n in data["nodes"]} and e["to"] in {n["id"] for n in data["nodes"]}
               for e in data["edges"])


def test_unknown_focus_names_similar_nodes():
    with pytest.raises(UnknownFocus, match="'乙园'.*乙园区"):
        render_html(small_graph(), focus=Focus("乙园"))


def test_kg_build_focus_narrows_the_page_and_keeps_the_whole_graph(tmp_path: Path):
    assert main(["build", str(DEMO_CORPUS), "-o", str(tmp_path / "all")]) == 0
    whole = page_data((tmp_path / "all" / "graph.html").read_text(encoding="utf-8"))
    name = next(n["label"] for n in sorted(whole["nodes"], key=lambda n: -n["degree"]))

    assert main(["build", str(DEMO_CORPUS), "-o", str(tmp_path / "focus"), "--focus", name, "--depth", "1"]) == 0
    focused = page_data((tmp_path / "focus" / "graph.html").read_text(encoding="utf-8"))
    assert 1 < len(focused["nodes"]) < len(whole["nodes"])
    assert (focused["focus"]["name"], focused["focus"]["depth"]) == (name, 1)
    assert set(focused["focus"]["centres"]) <= {n["id"] for n in focused["nodes"]}
    assert (tmp_path / "focus" / "graph.ttl").read_bytes() == (tmp_path / "all" / "graph.ttl").read_bytes()


def test_kg_build_with_an_unknown_focus_fails_and_writes_nothing(tmp_path: Path, capsys):
    assert main(["build", str(DEMO_CORPUS), "-o", str(tmp_path), "--focus", "不存在的公司"]) == 1
    assert "不存在的公司" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_kg_build_depth_needs_a_focus(tmp_path: Path, capsys):
    assert main(["build", str(DEMO_CORPUS), "-o", str(tmp_path), "--depth", "2"]) == 1
    assert "--focus" in capsys.readouterr().err


def test_a_large_graph_starts_with_each_node_beside_its_best_connected_neighbour():
    data = page_data(render_html(synthetic_graph(companies=2000)))
    position = {n["id"]: complex(n["x"], n["y"]) for n in data["nodes"]}
    degree = {n["id"]: n["degree"] for n in data["nodes"]}
    neighbours: dict[str, set[str]] = {}
    for e in data["edges"]:
        neighbours.setdefault(e["from"], set()).add(e["to"])
        neighbours.setdefault(e["to"], set()).add(e["from"])
    ids = sorted(position)

    to_best = [abs(position[n] - position[max(neighbours[n], key=lambda m: (degree[m], m))]) for n in neighbours]
    to_any = [abs(position[a] - position[b]) for a, b in zip(ids, ids[1:] + ids[:1])]
    assert sum(to_best) / len(to_best) < sum(to_any) / len(to_any) / 5
