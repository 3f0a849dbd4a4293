"""Whole builds: the graph's contract (types, labels, provenance), determinism, stable IRIs."""
from __future__ import annotations

import json
import re
from pathlib import Path

import rdflib
from rdflib import RDF, RDFS, SKOS

from kg.export.rdf import KG
from kg.run.build import DEMO_CORPUS, build

PROVENANCE = """
PREFIX kg: <https://w3id.org/zh-industry-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?thing ?place ?file ?text ?confidence WHERE {
  ?st rdf:subject ?x ; rdf:predicate kg:locatedIn ; rdf:object ?y ;
      prov:wasDerivedFrom ?s ; kg:confidence ?confidence .
  ?x rdfs:label ?thing . ?y rdfs:label ?place .
  ?s kg:text ?text ; kg:inDocument/kg:fileName ?file .
}"""


def parse(path: Path) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(path, format="turtle")
    return graph


def quiet(message: str) -> None:
    pass


def test_every_entity_has_a_type_and_a_chinese_label(demo_build: Path):
    graph = parse(demo_build / "graph.ttl")
    types = [KG[t] for t in ("Company", "IndustrialPark", "Project", "Program", "Region")]
    nodes = {s for t in types for s in graph.subjects(RDF.type, t)}
    assert len(nodes) > 30
    for node in nodes:
        labels = list(graph.objects(node, RDFS.label))
        assert len(labels) == 1 and labels[0].language == "zh"
        assert list(graph.objects(node, SKOS.prefLabel)) == labels


def test_aliases_are_alt_labels_of_one_node(demo_build: Path):
    graph = parse(demo_build / "graph.ttl")
    node = next(graph.subjects(SKOS.altLabel, rdflib.Literal("瑞泰新材", lang="zh")))
    assert str(next(graph.objects(node, RDFS.label))) == "苏州瑞泰新材料科技有限公司"
    assert (node, RDF.type, KG.Company) in graph


def test_sparql_finds_the_sentence_behind_a_relation(demo_build: Path):
    rows = list(parse(demo_build / "graph.ttl").query(PROVENANCE))
    assert rows
    hits = [r for r in rows if str(r.thing) == "安庆源动力电池有限公司" and str(r.place) == "合肥经济技术开发区"]
    assert hits and "位于合肥经济技术开发区" in str(hits[0].text)
    assert str(hits[0].file).endswith("02_hefei_vehicles.txt")
    assert 0 < float(hits[0].confidence) <= 1


def test_every_relation_triple_has_a_statement_with_its_sentence(demo_build: Path):
    graph = parse(demo_build / "graph.ttl")
    for rel in ("locatedIn", "selectedAs", "developedBy"):
        for s, o in graph.subject_objects(KG[rel]):
            statements = set(graph.subjects(RDF.subject, s)) & set(graph.subjects(RDF.object, o))
            assert any((st, RDF.predicate, KG[rel]) in graph for st in statements), (s, rel, o)


def test_html_is_self_contained(demo_build: Path):
    html = (demo_build / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""<(?:script|link|img)[^>]+(?:src|href)=["']?(?:https?:)?//""", html)
    assert "@import" not in html
    assert "vis.Network" in html and "苏州瑞泰新材料科技有限公司" in html


def test_same_input_gives_byte_identical_output(tmp_path: Path):
    for name in ("a", "b"):
        build([DEMO_CORPUS], tmp_path / name, warn=quiet)
    for file in ("graph.ttl", "graph.html"):
        assert (tmp_path / "a" / file).read_bytes() == (tmp_path / "b" / file).read_bytes()


def test_adding_a_document_never_renames_an_existing_node(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("金鹰重工、恒瑞线缆等企业落户泾河工业园。金鹰重工入选陕西省制造业领军企业。\n", encoding="utf-8")
    build([corpus], tmp_path / "out", warn=quiet)
    before = {str(next(g.objects(s, RDFS.label))): s for g in [parse(tmp_path / "out" / "graph.ttl")]
              for s in g.subjects(RDF.type, None) if (s, RDFS.label, None) in g}
    # the new document gives 金鹰重工's full legal name: the node gets a new label, not a new IRI
    (corpus / "b.txt").write_text("陕西金鹰重工装备有限公司（以下简称“金鹰重工”）今年营收增长。\n", encoding="utf-8")
    build([corpus], tmp_path / "out", warn=quiet)
    after = parse(tmp_path / "out" / "graph.ttl")
    for name, node in before.items():
        assert (node, None, None) in after, f"{name} lost its IRI {node}"
    assert str(next(after.objects(before["金鹰重工"], RDFS.label))) == "陕西金鹰重工装备有限公司"


def _built_graph(tmp_path: Path, *texts: str) -> rdflib.Graph:
    """The graph built from a corpus of these texts, one document each (a.txt, b.txt, …)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in zip("abcdefgh", texts):
        (corpus / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    build([corpus], tmp_path / "out", warn=quiet)
    return parse(tmp_path / "out" / "graph.ttl")


def test_one_node_for_one_name_across_documents(tmp_path: Path):
    graph = _built_graph(tmp_path, "恒瑞线缆入选陕西省制造业领军企业。", "恒瑞线缆、金鹰重工等企业落户泾河工业园。")
    assert len(list(graph.subjects(RDFS.label, rdflib.Literal("恒瑞线缆", lang="zh")))) == 1


def test_min_confidence_leaves_out_weaker_relations(tmp_path: Path):
    build([DEMO_CORPUS], tmp_path / "all", warn=quiet)
    build([DEMO_CORPUS], tmp_path / "strong", min_confidence=0.85, warn=quiet)
    everything, strong = parse(tmp_path / "all" / "graph.ttl"), parse(tmp_path / "strong" / "graph.ttl")
    weak = [o for o in everything.objects(None, KG.confidence) if float(o) < 0.85]
    assert weak, "the demo corpus should have some weaker relations"
    assert all(float(o) >= 0.85 for o in strong.objects(None, KG.confidence))
    assert len(strong) < len(everything)
    page = (tmp_path / "strong" / "graph.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S).group(1))
    confidences = [confidence for edge in data["edges"] for _, confidence, _ in edge["evidence"]]
    assert confidences and min(confidences) >= 0.85


def test_rules_from_a_user_folder_extend_ours(tmp_path: Path):
    (tmp_path / "a.txt").write_text("黄河能源开发总院今年投资建设风电项目。\n", encoding="utf-8")
    build([tmp_path / "a.txt"], tmp_path / "before", warn=quiet)
    assert "黄河能源开发总院" not in (tmp_path / "before" / "graph.ttl").read_text(encoding="utf-8")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "company.yaml").write_text("legal_suffixes: [开发总院]\n", encoding="utf-8")
    build([tmp_path / "a.txt"], tmp_path / "after", rules_dirs=[rules], warn=quiet)
    assert "黄河能源开发总院" in (tmp_path / "after" / "graph.ttl").read_text(encoding="utf-8")


def test_a_short_name_in_one_document_joins_the_full_name_in_another(tmp_path: Path):
    graph = _built_graph(tmp_path, "陕西金鹰重工（集团）有限公司入选陕西省制造业领军企业。", "金鹰重工、恒瑞线缆等企业落户泾河工业园。",
                         "四川岚图电气有限公司、湖北岚图电气有限公司均获评瞪羚企业。岚图电气、恒瑞线缆等企业落户泾河工业园。")
    [node] = graph.subjects(RDFS.label, rdflib.Literal("陕西金鹰重工（集团）有限公司", lang="zh"))
    assert rdflib.Literal("金鹰重工", lang="zh") in set(graph.objects(node, SKOS.altLabel))
    # two full names that the short name could stand for: it joins neither
    for full in ("四川岚图电气有限公司", "湖北岚图电气有限公司"):
        [node] = graph.subjects(RDFS.label, rdflib.Literal(full, lang="zh"))
        assert rdflib.Literal("岚图电气", lang="zh") not in set(graph.objects(node, SKOS.altLabel))


def _nodes(graph: rdflib.Graph, cls: str) -> list[set[str]]:
    """The names of each node of the class."""
    return sorted(({str(n) for p in (RDFS.label, SKOS.altLabel) for n in graph.objects(s, p)}
                   for s in graph.subjects(RDF.type, KG[cls])), key=sorted)


def test_the_forms_one_text_uses_for_a_park_or_a_list_are_one_node(tmp_path: Path):
    text = tmp_path / "a.txt"
    text.write_text("6月12日，潍坊滨海化工产业园（央子片区）3个新材料项目集中投产。落户央子片区的海岳化学项目总投资9.5亿元。\n"
                    "全国工商联发布“2024中国民营企业500强”榜单。鸿跃集团已连续五年入选中国民营企业500强榜单。\n"
                    "云栈科技等58家企业被认定为四川省瞪羚企业。云栈科技去年首次入选瞪羚企业。\n", encoding="utf-8")
    build([text], tmp_path / "out", warn=quiet)
    graph = parse(tmp_path / "out" / "graph.ttl")
    assert _nodes(graph, "IndustrialPark") == [{"潍坊滨海化工产业园（央子片区）", "潍坊滨海化工产业园", "央子片区"}]
    programs = _nodes(graph, "Program")
    assert len(programs) == 2
    assert {"四川省瞪羚企业", "瞪羚企业"} in programs
    assert any("中国民营企业500强榜单" in names and any(n.lstrip("“").startswith("2024") for n in names) for names in programs)


def test_lists_of_different_levels_stay_apart(tmp_path: Path):
    text = tmp_path / "a.txt"
    text.write_text("蜀芯微今年获评国家级专精特新“小巨人”企业，锦和医疗被认定为四川省专精特新“小巨人”企业，"
                    "青禾生物入选专精特新“小巨人”企业。\n", encoding="utf-8")
    build([text], tmp_path / "out", warn=quiet)
    assert _nodes(parse(tmp_path / "out" / "graph.ttl"), "Program") == [
        {"专精特新“小巨人”企业"}, {"四川省专精特新“小巨人”企业"}, {"国家级专精特新“小巨人”企业"}]


def test_a_name_taken_into_a_longer_one_leaves_no_node_without_a_sentence(tmp_path: Path):
    """八步区东融智能家居产业园 is found as a park with its region, then taken into the project's name: the alias
    the park left must not make a node that no sentence names (the check would refuse the whole build)."""
    (tmp_path / "a.txt").write_text("贺州市集中开工八步区东融智能家居产业园一期工程等15个项目。\n", encoding="utf-8")
    build([tmp_path / "a.txt"], tmp_path / "out", warn=quiet)  # validates: raises if the graph breaks the shapes
    graph = parse(tmp_path / "out" / "graph.ttl")
    unnamed = [node for node in graph.subjects(SKOS.prefLabel, None) if (node, KG.mentionedIn, None) not in graph]
    assert not unnamed
    assert not list(graph.subjects(RDF.type, KG.IndustrialPark))


def test_a_name_with_and_without_its_places_shi_or_its_group_word_is_one_node(tmp_path: Path):
    graph = _built_graph(tmp_path, "湘潭市城发集团投资的两家企业入选2024年湖南省专精特新中小企业名单。",
                         "湘潭城发集团今年新投资企业12家。湘潭城发负责人介绍了投资情况。\n青禾生物入选2024年湖南专精特新中小企业名单。")
    companies = [names for names in _nodes(graph, "Company") if any("城发" in n for n in names)]
    assert companies == [{"湘潭市城发集团", "湘潭城发集团", "湘潭城发"}]
    programs = [names for names in _nodes(graph, "Program") if any("专精特新中小企业" in n for n in names)]
    assert len(programs) == 1 and {"2024年湖南省专精特新中小企业名单", "2024年湖南专精特新中小企业名单"} <= programs[0]


def test_a_name_with_and_without_a_plain_gongsi_is_one_node(tmp_path: Path):
    graph = _built_graph(tmp_path, "凯岚公司投资建设的整车项目在宁都开工。县电力公司负责供电。", "凯岚、博远等企业入选2024年江西省专精特新中小企业名单。")
    companies = [names for names in _nodes(graph, "Company") if any("凯岚" in n for n in names)]
    assert companies == [{"凯岚公司", "凯岚"}]


def test_a_company_with_its_place_in_front_and_one_with_the_place_inside_its_name_are_one_node(tmp_path: Path):
    """Registration allows place + own name + trade (written before the name in the text) and own name + place +
    trade: one company. Without the place in front somewhere, a name holding a place stays apart (a local
    subsidiary is not its parent)."""
    (tmp_path / "a.txt").write_text(
        "3月8日，全市重大项目集中开工仪式的主会场设在长寿经开区凯盛新材料有限公司光伏玻璃项目现场。\n"
        "重庆凯盛长寿新材料有限公司负责人介绍，项目投产后年产值可达20亿元。\n"
        "江津区的华润江津燃气有限公司和华润燃气有限公司均参加了签约。\n", encoding="utf-8")
    build([tmp_path / "a.txt"], tmp_path / "out", warn=quiet)
    companies = _nodes(parse(tmp_path / "out" / "graph.ttl"), "Company")
    assert {"凯盛新材料有限公司", "重庆凯盛长寿新材料有限公司"} in companies
    assert {"华润江津燃气有限公司"} in companies and {"华润燃气有限公司"} in companies


def test_a_short_name_two_documents_tie_to_two_firms_joins_neither(tmp_path: Path):
    graph = _built_graph(tmp_path, "重庆博远精工有限公司投资5亿元。博远精工表示将扩产。",
                         "四川博远精工有限公司投资8亿元。博远精工表示将扩产。")
    assert sorted(map(sorted, _nodes(graph, "Company"))) == [["博远精工"], ["四川博远精工有限公司"], ["重庆博远精工有限公司"]]
