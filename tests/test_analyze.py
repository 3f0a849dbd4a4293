"""Graph analytics (kg.export.analyze, kg analyze, kg path) on small graphs whose answers we know, and on the demo."""
from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.cli import main
from kg.export.analyze import (
    ANALYSIS_CSV,
    ANALYSIS_JSON,
    METRICS_FILE,
    UnknownName,
    analyze,
    find_nodes,
    hops_between,
    load_graph_data,
    shortest_chains,
)
from kg.export.rdf import KG
from kg.model import Entity, ResolvedGraph, Statement
from kg.query.store import execute, load
from kg.query.validate import validate_graph
from kg.resolve.iris import document_iri, sentence_prefix, statement_iri

BASE = "https://example.org/kg/"


class Corpus:
    """A resolved graph written as our Turtle: entities by name, one sentence per statement."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.statements: list[Statement] = []
        self.sentences: dict[tuple[str, int], str] = {}

    def node(self, name: str, label: str, aliases: tuple[str, ...] = ()) -> None:
        path = {"Company": "company", "IndustrialPark": "park", "Program": "program", "Region": "region",
                "Project": "project"}[label]
        self.entities[name] = Entity(f"{BASE}{path}/{len(self.entities)}", label, name, list(aliases), [])

    def state(self, head: str, relation: str, tail: str, times: int = 1) -> None:
        for _ in range(times):
            index = len(self.sentences)
            text = f"{head}{relation}{tail}（第{index + 1}句）。"
            self.sentences[("news.txt", index)] = text
            for name in (head, tail):
                self.entities[name].mentions.append(("news.txt", index))
            self.statements.append(Statement(self.entities[head].iri, relation, self.entities[tail].iri,
                                             "news.txt", index, 0.9, f"{relation}.test"))

    def iri(self, name: str) -> str:
        return self.entities[name].iri

    def write(self, folder: Path) -> Path:
        resolved = ResolvedGraph(sorted(self.entities.values(), key=lambda e: e.iri), self.statements,
                                 self.sentences, ["news.txt"])
        folder.mkdir(parents=True, exist_ok=True)
        _graph_of(resolved, BASE).serialize(folder / "graph.ttl", format="turtle")
        return folder


def _graph_of(resolved: ResolvedGraph, base: str) -> Graph:
    """A hand-made resolved graph as RDF, shaped as kg build writes it (analytics read only the RDF)."""
    graph = Graph()
    add = graph.add
    for entity in resolved.entities:
        node = URIRef(entity.iri)
        add((node, RDF.type, KG[entity.label]))
        add((node, RDFS.label, Literal(entity.name, lang="zh")))
        add((node, SKOS.prefLabel, Literal(entity.name, lang="zh")))
        for alias in entity.aliases:
            add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        for document, index in entity.mentions:
            add((node, KG.mentionedIn, URIRef(f"{sentence_prefix(base, document)}{index + 1}")))
    used_sentences = {(d, i) for e in resolved.entities for d, i in e.mentions}
    for st in resolved.statements:
        head, predicate, tail = URIRef(st.head), KG[st.relation], URIRef(st.tail)
        sentence = URIRef(f"{sentence_prefix(base, st.document)}{st.sentence + 1}")
        add((head, predicate, tail))
        node = URIRef(statement_iri(base, st.head, st.relation, st.tail, str(sentence)))
        add((node, RDF.type, RDF.Statement))
        add((node, RDF.subject, head))
        add((node, RDF.predicate, predicate))
        add((node, RDF.object, tail))
        add((node, PROV.wasDerivedFrom, sentence))
        add((node, KG.confidence, Literal(Decimal(f"{st.confidence:.2f}"), datatype=XSD.decimal)))
        add((node, KG.rule, Literal(st.rule)))
        used_sentences.add((st.document, st.sentence))
    for document in resolved.documents:
        node = URIRef(document_iri(base, document))
        add((node, RDF.type, KG.Document))
        add((node, KG.fileName, Literal(document)))
    for document, index in sorted(used_sentences):
        node = URIRef(f"{sentence_prefix(base, document)}{index + 1}")
        add((node, RDF.type, KG.Sentence))
        add((node, KG.text, Literal(resolved.sentences[(document, index)], lang="zh")))
        add((node, KG.inDocument, URIRef(document_iri(base, document))))
        add((node, KG.position, Literal(index + 1)))
    return graph


@pytest.fixture
def three_hops(tmp_path: Path) -> tuple[Corpus, Path]:
    """甲公司 —locatedIn→ 乙园区 ←locatedIn— 丙公司 —selectedAs→ 丁名录, and a longer way round (5 hops)."""
    c = Corpus()
    c.node("甲公司", "Company", aliases=("甲司",))
    c.node("乙园区", "IndustrialPark")
    c.node("丙公司", "Company")
    c.node("丁名录", "Program")
    c.node("戊公司", "Company")
    c.node("己公司", "Company")
    c.node("庚名录", "Program")
    c.node("壬区", "Region")
    c.state("甲公司", "locatedIn", "乙园区")
    c.state("丙公司", "locatedIn", "乙园区", times=2)
    c.state("丙公司", "selectedAs", "丁名录")
    for head, relation, tail in (("甲公司", "locatedIn", "壬区"), ("戊公司", "locatedIn", "壬区"),
                                 ("戊公司", "selectedAs", "庚名录"), ("己公司", "selectedAs", "庚名录"),
                                 ("己公司", "selectedAs", "丁名录")):
        c.state(head, relation, tail)
    return c, c.write(tmp_path / "three_hops")


def bridged_clusters() -> Corpus:
    """Two groups (a park with five companies on two lists each) joined by one relation."""
    c = Corpus()
    for side in ("东", "西"):
        c.node(f"{side}园区", "IndustrialPark")
        c.node(f"{side}名录", "Program")
        c.node(f"{side}二名录", "Program")
        for i in range(5):
            company = f"{side}企业{i}"
            c.node(company, "Company")
            c.state(company, "locatedIn", f"{side}园区", times=2)
            c.state(company, "selectedAs", f"{side}名录")
            c.state(company, "selectedAs", f"{side}二名录")
    c.state("东企业0", "selectedAs", "西名录")  # the bridge
    return c


def test_the_shortest_chain_has_three_hops_each_with_its_relation_and_sentence(three_hops):
    corpus, folder = three_hops
    data = load_graph_data(folder, evidence=True)
    chains = shortest_chains(data, corpus.iri("甲公司"), corpus.iri("丁名录"))
    assert len(chains) == 1
    chain = chains[0]
    assert [data.nodes[hop.end].name for hop in chain] == ["乙园区", "丙公司", "丁名录"]
    assert [[(data.nodes[r.head].name, r.relation, data.nodes[r.tail].name) for r in hop.relations]
            for hop in chain] == [[("甲公司", "locatedIn", "乙园区")], [("丙公司", "locatedIn", "乙园区")],
                                  [("丙公司", "selectedAs", "丁名录")]]
    second = chain[1].relations[0]
    assert second.sentences == 2
    assert [e.text for e in second.evidence] == ["丙公司locatedIn乙园区（第2句）。", "丙公司locatedIn乙园区（第3句）。"]
    assert {(e.document, e.confidence, e.rule) for e in second.evidence} == {("news.txt", 0.9, "locatedIn.test")}
    assert hops_between(data, corpus.iri("甲公司"), corpus.iri("丁名录")) == 3
    assert shortest_chains(data, corpus.iri("甲公司"), corpus.iri("丁名录"), max_hops=2) == []


def test_kg_path_prints_the_chain_with_its_sentences_and_finds_names_by_alias(three_hops, capsys):
    _, folder = three_hops
    assert main(["path", str(folder), "甲司", "丁名录"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. 甲公司 — 乙园区 — 丙公司 — 丁名录 (3 hops)")
    assert "丙公司 —selectedAs→ 丁名录  (1 sentence)" in out
    assert "《news.txt》 sentence 4, confidence 0.90, rule selectedAs.test: 丙公司selectedAs丁名录（第4句）。" in out


def test_kg_path_says_when_the_chain_is_longer_than_asked_or_there_is_none(three_hops, capsys):
    corpus, folder = three_hops
    assert main(["path", str(folder), "甲公司", "丁名录", "--max-hops", "2"]) == 1
    assert "the shortest has 3 (--max-hops 3 shows it)" in capsys.readouterr().out
    corpus.node("孤立公司", "Company")
    corpus.node("孤立园区", "IndustrialPark")
    corpus.state("孤立公司", "locatedIn", "孤立园区")
    corpus.write(folder)
    assert main(["path", str(folder), "甲公司", "孤立园区"]) == 1
    assert "are linked by no chain of relations" in capsys.readouterr().out


def test_an_unknown_name_is_refused_with_similar_names(three_hops, capsys):
    _, folder = three_hops
    assert main(["path", str(folder), "丙公", "丁名录"]) == 1
    assert "kg: '丙公': no node has this name or alias; similar names: 丙公司" in capsys.readouterr().err
    with pytest.raises(UnknownName, match="similar names: 乙园区"):
        find_nodes(load_graph_data(folder), "乙园")


def test_two_groups_joined_by_one_relation_are_two_clusters_named_after_their_most_connected_park_or_program(
        tmp_path):
    corpus = bridged_clusters()
    analysis = analyze(load_graph_data(corpus.write(tmp_path / "bridge")))
    # 西名录 has the bridge: 6 relations, the most of its cluster (first, as it holds the most connected node);
    # in the east the park and the lists have 5 each, and the park's are stated in the most sentences
    assert [(c.name, sorted(analysis.nodes[iri].name for iri in c.members)) for c in analysis.clusters] == [
        ("西名录", sorted(["西园区", "西名录", "西二名录", *(f"西企业{i}" for i in range(5))])),
        ("东园区", sorted(["东园区", "东名录", "东二名录", *(f"东企业{i}" for i in range(5))])),
    ]
    # the bridge's ends carry the most shortest paths between the groups
    top = [m.name for m in sorted(analysis.nodes.values(), key=lambda m: -m.betweenness)[:2]]
    assert sorted(top) == ["东企业0", "西名录"]
    companies = analysis.ranking("Company", "weighted_degree")
    assert (companies[0].name, companies[0].degree, companies[0].weighted_degree) == ("东企业0", 4, 5)
    parks = analysis.ranking("IndustrialPark", "degree")
    assert [(m.name, m.degree, m.weighted_degree) for m in parks] == [("东园区", 5, 10), ("西园区", 5, 10)]


def test_the_clusters_are_the_same_on_every_run(tmp_path):
    data = load_graph_data(bridged_clusters().write(tmp_path / "bridge"))
    first, second = analyze(data), analyze(data)
    assert [c.members for c in first.clusters] == [c.members for c in second.clusters]
    assert first.nodes == second.nodes


def test_kg_analyze_prints_rankings_and_clusters_as_a_table_csv_and_json(tmp_path, capsys):
    folder = bridged_clusters().write(tmp_path / "bridge")
    assert main(["analyze", str(folder), "--top", "3"]) == 0
    table = capsys.readouterr().out
    assert "企业 Company: 10, the top 3 by each measure" in table
    assert "     2. 东园区 (8 nodes: 5 company, 1 park, 2 program)" in table
    assert main(["analyze", str(folder), "--format", "csv"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("\ufefftype,name,degree,weighted_degree,betweenness,cluster,cluster_name,iri")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == 16
    assert {row["cluster_name"] for row in rows if row["name"].startswith("西")} == {"西名录"}
    assert main(["analyze", str(folder), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["name"] for c in data["clusters"]] == ["西名录", "东园区"]
    assert "Louvain" in data["method"]["clusters"] and data["method"]["betweenness"].startswith("exact")


def test_the_build_writes_the_analysis_and_metrics_in_their_own_named_graph(demo_build: Path):
    analysis = json.loads((demo_build / ANALYSIS_JSON).read_text(encoding="utf-8"))
    assert (demo_build / ANALYSIS_CSV).read_bytes().startswith(b"\xef\xbb\xbf")
    again = analyze(load_graph_data(demo_build))  # the same figures from the Turtle as from the build
    assert [c["members"] for c in analysis["clusters"]] == [c.members for c in again.clusters]
    assert {n["iri"]: n["degree"] for n in analysis["nodes"]} == {m.iri: m.degree for m in again.nodes.values()}

    metrics = Dataset()
    metrics.parse(demo_build / METRICS_FILE, format="trig")
    assert {str(g.identifier) for g in metrics.graphs() if len(g)} == {"https://w3id.org/zh-industry-kg/id/metrics"}
    assert b"kg:degree" not in (demo_build / "graph.ttl").read_bytes()  # extracted facts stay apart

    combined = Graph().parse(demo_build / "graph.ttl", format="turtle")
    for triple in metrics.triples((None, None, None)):
        combined.add(triple)
    report = validate_graph(combined)
    assert report.conforms, report.summary()


def test_sparql_sees_the_metrics_beside_the_graph(demo_build: Path, capsys):
    graph = load(demo_build / "graph.ttl")
    rows = list(execute(graph, """
        PREFIX kg: <https://w3id.org/zh-industry-kg/ontology#>
        SELECT ?node ?degree ?name WHERE {
            GRAPH <https://w3id.org/zh-industry-kg/id/metrics> { ?node kg:degree ?degree ; kg:cluster ?cluster }
            ?cluster rdfs:label ?name .
            ?node a ?type .
        }""", {"rdfs": "http://www.w3.org/2000/01/rdf-schema#"}))
    analysis = json.loads((demo_build / ANALYSIS_JSON).read_text(encoding="utf-8"))
    assert {str(r["node"].value): int(r["degree"].value) for r in rows} == {
        n["iri"]: n["degree"] for n in analysis["nodes"]}
    assert main(["query", str(demo_build), "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Cluster }", "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["n", str(len(analysis["clusters"]))]


def test_the_demo_graph_has_the_clusters_of_its_documents(demo_build: Path, capsys):
    data = load_graph_data(demo_build, evidence=True)
    analysis = analyze(data)
    by_name = {m.name: m for m in analysis.nodes.values()}
    # 启明智驾 and the Hefei companies entered the same provincial list: one cluster
    assert by_name["启明智驾"].cluster == by_name["安庆源动力电池有限公司"].cluster
    assert analysis.cluster_of(by_name["启明智驾"].iri).name == "安徽省制造业领军企业"
    assert by_name["启明智驾"].cluster != by_name["泾渭新材"].cluster
    assert main(["path", str(demo_build), "启明智驾", "合肥经济技术开发区"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. 启明智驾 — 安徽省制造业领军企业 — 安庆源动力电池有限公司 — 合肥经济技术开发区 (3 hops)")
    assert "位于合肥经济技术开发区的安庆源动力电池有限公司" in out


def test_large_graphs_estimate_betweenness_from_a_seeded_sample(monkeypatch, tmp_path):
    import kg.export.analyze

    monkeypatch.setattr(kg.export.analyze, "BETWEENNESS_STEPS", 8 * 47)  # 16 nodes + 31 linked pairs: 8 sources
    monkeypatch.setattr(kg.export.analyze, "MIN_SOURCES", 4)
    data = load_graph_data(bridged_clusters().write(tmp_path / "bridge"))
    first, second = analyze(data), analyze(data)
    assert first.method["betweenness"].startswith("estimated from 8 source nodes")
    assert {m.iri: m.betweenness for m in first.nodes.values()} == {m.iri: m.betweenness for m in second.nodes.values()}


def test_kg_analyze_reads_the_builds_analysis_while_the_graph_is_unchanged(demo_build: Path, tmp_path, capsys):
    import shutil

    folder = tmp_path / "copy"
    shutil.copytree(demo_build, folder)
    saved = json.loads((folder / ANALYSIS_JSON).read_text(encoding="utf-8"))
    saved["clusters"][0]["name"] = "从分析文件读取"
    (folder / ANALYSIS_JSON).write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    assert main(["analyze", str(folder)]) == 0
    assert "1. 从分析文件读取 (" in capsys.readouterr().out
    with open(folder / "graph.ttl", "a", encoding="utf-8") as graph:
        graph.write("# edited\n")
    assert main(["analyze", str(folder)]) == 0  # computed again from the graph
    out = capsys.readouterr().out
    assert "从分析文件读取" not in out and "1. 安徽省制造业领军企业 (" in out
