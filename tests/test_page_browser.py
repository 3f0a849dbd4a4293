"""The graph page in a real browser: headless Chromium, network off, page opened from disk.

Each test leaves a screenshot in its temporary folder.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from browser import chromium, find_chromium, open_page
from helpers import require
from rdflib import RDF, SKOS, Graph
from rdflib.namespace import PROV
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from synthetic import synthetic_graph

from kg.export.html import render_html
from kg.export.rdf import KG
from kg.model import Entity, ResolvedGraph, Statement
from kg.run.build import DEMO_CORPUS

TYPES = ("Company", "IndustrialPark", "Project", "Program", "Region")
RELATIONS = ("locatedIn", "selectedAs", "developedBy")


@pytest.fixture(scope="module")
def session():
    found = find_chromium()
    require(found is not None,
            "headless Chromium and chromedriver not found (make test installs them when run as root)")
    with chromium(*found) as browser:
        yield browser


@pytest.fixture(scope="module")
def demo_graph(demo_build: Path) -> Graph:
    return Graph().parse(demo_build / "graph.ttl", format="turtle")


@pytest.fixture
def demo_page(session, demo_build: Path):
    open_page(session, demo_build / "graph.html")
    return session


def screenshot(session, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.png"
    session.save_screenshot(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return path


def shown_nodes(session) -> list[dict]:
    return session.execute_script("return kgPage.nodes.get({filter: n => !n.hidden, fields: ['id', 'type']})")


def shown_edges(session) -> list[dict]:
    return session.execute_script(
        "return kgPage.edges.get({filter: e => !e.hidden, fields: ['id', 'from', 'to', 'relation']})")


def click_at(session, point: dict) -> None:
    """A real mouse click at a point of the graph's canvas (coordinates relative to the graph container)."""
    box = session.find_element(By.ID, "graph").rect
    actions = ActionChains(session)
    actions.w3c_actions.pointer_action.move_to_location(int(box["x"] + point["x"]), int(box["y"] + point["y"]))
    actions.w3c_actions.pointer_action.click()
    actions.perform()


def details_text(session) -> str:
    return session.find_element(By.ID, "details").text


def test_every_node_and_edge_is_on_the_page_with_no_network(demo_page, demo_graph, tmp_path):
    expected_nodes = {str(s) for t in TYPES for s in demo_graph.subjects(RDF.type, KG[t])}
    expected_edges = {(str(s), r, str(o)) for r in RELATIONS for s, o in demo_graph.subject_objects(KG[r])}

    in_network = demo_page.execute_script("return Object.keys(kgPage.network.getPositions())")
    edges = shown_edges(demo_page)
    assert set(in_network) == expected_nodes
    assert {(e["from"], e["relation"], e["to"]) for e in edges} == expected_edges
    assert len(edges) == len(expected_edges)
    assert demo_page.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert [entry for entry in demo_page.get_log("browser") if entry["level"] == "SEVERE"] == []
    screenshot(demo_page, tmp_path, "demo")


def test_search_finds_a_node_by_its_alias(demo_page, demo_graph, tmp_path):
    node, alias = next((s, str(o)) for s, o in sorted(demo_graph.subject_objects(SKOS.altLabel))
                       if (s, RDF.type, KG.Company) in demo_graph)
    name = str(demo_graph.value(node, SKOS.prefLabel))
    box = demo_page.find_element(By.ID, "search")
    box.send_keys(alias)

    results = demo_page.find_elements(By.CSS_SELECTOR, "#results button")
    assert any(r.get_attribute("data-id") == str(node) and name in r.text for r in results)
    box.send_keys(Keys.ENTER)
    assert demo_page.execute_script("return kgPage.network.getSelectedNodes()") == [str(node)]
    assert name in details_text(demo_page) and alias in details_text(demo_page)
    screenshot(demo_page, tmp_path, "search")


def test_type_filter_hides_every_node_of_the_type_and_its_edges(demo_page, demo_graph, tmp_path):
    regions = {str(s) for s in demo_graph.subjects(RDF.type, KG.Region)}
    assert regions
    demo_page.find_element(By.CSS_SELECTOR, "#type-filter input[data-type=Region]").click()

    shown = shown_nodes(demo_page)
    assert shown and not any(n["type"] == "Region" for n in shown)
    assert not any(e["from"] in regions or e["to"] in regions for e in shown_edges(demo_page))
    screenshot(demo_page, tmp_path, "no-regions")
    demo_page.find_element(By.CSS_SELECTOR, "#type-filter input[data-type=Region]").click()
    assert {n["id"] for n in shown_nodes(demo_page)} >= regions


def test_relation_filter_hides_the_relation_but_keeps_the_nodes(demo_page):
    nodes_before = len(shown_nodes(demo_page))
    demo_page.find_element(By.CSS_SELECTOR, "#relation-filter input[data-relation=selectedAs]").click()

    relations = {e["relation"] for e in shown_edges(demo_page)}
    assert relations and "selectedAs" not in relations
    assert len(shown_nodes(demo_page)) == nodes_before


def test_clicking_a_node_shows_its_type_aliases_iri_and_sentences(demo_page, demo_graph, tmp_path):
    node = next(s for s in sorted(demo_graph.subjects(SKOS.altLabel)) if (s, RDF.type, KG.Company) in demo_graph)
    sentence = next(demo_graph.objects(next(demo_graph.objects(node, KG.mentionedIn)), KG.text))
    point = demo_page.execute_script(
        "const n = kgPage.network; n.focus(arguments[0], {scale: 1.5}); return n.canvasToDOM(n.getPosition(arguments[0]));",
        str(node))
    click_at(demo_page, point)

    text = details_text(demo_page)
    assert str(demo_graph.value(node, SKOS.prefLabel)) in text
    assert "企业 Company" in text
    assert all(str(alias) in text for alias in demo_graph.objects(node, SKOS.altLabel))
    assert str(node) in text
    assert str(sentence) in text
    screenshot(demo_page, tmp_path, "node-details")


def click_edge(session, head: str, tail: str) -> None:
    """A real click on the edge from `head` to `tail`, at a point on the drawn edge and on no node (found
    through the network's own hit testing)."""
    edge_id = session.execute_script(
        "return kgPage.edges.get({filter: e => e.from === arguments[0] && e.to === arguments[1]})[0].id", head, tail)
    point = session.execute_script("""
        const [net, id] = [kgPage.network, arguments[0]];
        const edge = kgPage.edges.get(id);
        net.fit({nodes: [edge.from, edge.to]});
        const a = net.getPosition(edge.from), b = net.getPosition(edge.to);
        const length = Math.hypot(b.x - a.x, b.y - a.y), nx = (a.y - b.y) / length, ny = (b.x - a.x) / length;
        for (let t = 0.5; t > 0.2; t -= 0.05) for (const s of [t, 1 - t]) for (let d = -30; d <= 30; d += 3) {
          const p = net.canvasToDOM({x: a.x + s * (b.x - a.x) + d * nx, y: a.y + s * (b.y - a.y) + d * ny});
          if (net.getEdgeAt(p) === id && net.getNodeAt(p) === undefined) return p;
        }
        return null;""", edge_id)
    assert point is not None
    click_at(session, point)


def test_clicking_an_edge_shows_its_source_sentence_and_document(demo_page, demo_graph, tmp_path):
    statement = next(iter(sorted(demo_graph.subjects(RDF.predicate, KG.locatedIn))))
    head, tail = demo_graph.value(statement, RDF.subject), demo_graph.value(statement, RDF.object)
    source = demo_graph.value(statement, PROV.wasDerivedFrom)
    file_name = demo_graph.value(demo_graph.value(source, KG.inDocument), KG.fileName)
    click_edge(demo_page, str(head), str(tail))

    text = details_text(demo_page)
    assert str(demo_graph.value(source, KG.text)) in text
    assert str(file_name) in text
    assert "位于 located in" in text
    screenshot(demo_page, tmp_path, "edge-details")


def test_the_evidence_names_each_document_by_its_title_and_date(demo_page, demo_graph, tmp_path):
    """Title · date · file name when the text has a date (kg.ingest.about reads them, as tests/test_about.py
    shows), title · file name when it has none."""
    from kg.ingest.about import about

    seen = set()
    for statement in sorted(demo_graph.subjects(RDF.predicate, KG.locatedIn)):
        source = demo_graph.value(statement, PROV.wasDerivedFrom)
        file_name = str(demo_graph.value(demo_graph.value(source, KG.inDocument), KG.fileName))
        lines = [line.strip() for line in (DEMO_CORPUS / Path(file_name).name).read_text(encoding="utf-8").splitlines()]
        title, date = about([line for line in lines if line])
        dated = bool(date)
        if dated in seen:
            continue
        assert title, f"{file_name}: every demo text opens with a headline"
        click_edge(demo_page, str(demo_graph.value(statement, RDF.subject)), str(demo_graph.value(statement, RDF.object)))
        expected = f"《{title}》 · {date} · {file_name}" if dated else f"《{title}》 · {file_name}"
        sources = [element.text for element in demo_page.find_elements(By.CSS_SELECTOR, "#details .source")]
        assert any(text.startswith(expected + " 第 ") for text in sources), (expected, sources)
        screenshot(demo_page, tmp_path, f"evidence-{'dated' if dated else 'undated'}")
        seen.add(dated)
    assert seen == {True, False}, "the demo has texts with a date (01, 02, 04) and without (03, 05)"


def test_the_size_legend_matches_the_sizes_of_the_nodes(session, tmp_path):
    """Nodes of degree 20, 5, 2 and 1 (a park with 20 companies, a program with 5 of them): the legend's
    circles are those of degree 1, 5 and 20, each as wide as the size of the node of that degree, and a
    node's degree is the number of its edges on the page."""
    base = "https://example.org/sizes/"
    park = Entity(f"{base}park", "IndustrialPark", "测试工业园", [], [])
    program = Entity(f"{base}program", "Program", "测试专精特新企业名单", [], [])
    firms = [Entity(f"{base}c{i}", "Company", f"测试{i}号科技有限公司", [], []) for i in range(20)]
    statements, sentences = [], {}
    for i, firm in enumerate(firms):
        sentences[("a.txt", i)] = f"{firm.name}落户{park.name}。"
        statements.append(Statement(firm.iri, "locatedIn", park.iri, "a.txt", i, 0.9, "test"))
        if i < 5:
            sentences[("b.txt", i)] = f"{firm.name}入选{program.name}。"
            statements.append(Statement(firm.iri, "selectedAs", program.iri, "b.txt", i, 0.9, "test"))
    resolved = ResolvedGraph([park, program, *firms], statements, sentences, ["a.txt", "b.txt"])
    page = tmp_path / "sizes.html"
    page.write_text(render_html(resolved), encoding="utf-8")
    open_page(session, page)

    legend = session.find_element(By.ID, "size-legend")
    assert legend.is_displayed() and "关系数 relations (degree)" in legend.text
    circles = session.execute_script("""
        return [...document.querySelectorAll('#size-legend span')].filter(s => s.querySelector('i')).map(s => (
          {degree: Number(s.textContent.trim()), width: s.querySelector('i').getBoundingClientRect().width,
           height: s.querySelector('i').getBoundingClientRect().height}));""")
    assert [c["degree"] for c in circles] == [1, 5, 20]
    nodes = session.execute_script("""
        return kgPage.nodes.get().map(n => ({id: n.id, degree: n.degree, size: n.size,
          edges: kgPage.network.getConnectedEdges(n.id).length}));""")
    assert all(n["degree"] == n["edges"] for n in nodes), "degree counts the node's edges on the page"
    by_degree = {n["degree"]: n["size"] for n in nodes}
    assert sorted(by_degree) == [1, 2, 5, 20]
    assert [by_degree[d] for d in sorted(by_degree)] == sorted(by_degree.values()), "more edges, a bigger node"
    for circle in circles:
        assert circle["width"] == circle["height"] == round(by_degree[circle["degree"]]), (circle, by_degree)
    screenshot(session, tmp_path, "size-legend")


# Asks vis-network to run its layout (as dragging a node does), waits for `arguments[0]` animation
# frames of the page (the layout moves the nodes every frame while it runs), then gives the node
# positions and whether the layout ran meanwhile.
FRAMES_LATER = """
    const [frames, done] = arguments, network = kgPage.network;
    let simulated = false;
    const ran = () => { simulated = true; };
    network.on("startStabilizing", ran);
    network.on("stabilizationProgress", ran);
    network.startSimulation();
    let left = frames;
    (function frame() {
      if (--left > 0) { requestAnimationFrame(frame); return; }
      network.off("startStabilizing", ran);
      network.off("stabilizationProgress", ran);
      done({positions: network.getPositions(), simulated});
    })();"""


def test_a_graph_of_thousands_of_nodes_settles_then_stays_still(session, tmp_path):
    resolved = synthetic_graph(companies=2000, documents=400)
    page = tmp_path / "large.html"
    page.write_text(render_html(resolved), encoding="utf-8")

    open_page(session, page, timeout=120)
    positions = session.execute_script("return kgPage.network.getPositions()")
    assert len(positions) == len(resolved.entities) > 3000
    assert session.execute_script("return kgPage.edges.length") == len(
        {(s.head, s.relation, s.tail) for s in resolved.statements})
    moved = session.execute_async_script(FRAMES_LATER, 30)
    assert moved == {"positions": positions, "simulated": False}
    screenshot(session, tmp_path, "large")


def test_search_waits_until_the_input_method_has_composed_the_characters(demo_page, demo_graph):
    alias = str(sorted(demo_graph.objects(None, SKOS.altLabel))[0])
    demo_page.execute_script("""
        const box = document.getElementById("search");
        box.dispatchEvent(new CompositionEvent("compositionstart"));
        box.value = "rui";
        box.dispatchEvent(new InputEvent("input", {isComposing: true, data: "rui"}));""")
    assert demo_page.find_elements(By.CSS_SELECTOR, "#results li") == []

    demo_page.execute_script("""
        const box = document.getElementById("search");
        box.value = arguments[0];
        box.dispatchEvent(new CompositionEvent("compositionend", {data: arguments[0]}));""", alias)
    assert any(alias in item.text for item in demo_page.find_elements(By.CSS_SELECTOR, "#results li"))


def test_neighbourhood_view_shows_only_the_nodes_one_relation_away(demo_page, demo_graph, tmp_path):
    def neighbours(node) -> set[str]:
        return {str(o) for r in RELATIONS for o in demo_graph.objects(node, KG[r])} | {
            str(s) for r in RELATIONS for s in demo_graph.subjects(KG[r], node)}

    node = max(demo_graph.subjects(RDF.type, KG.Company), key=lambda s: (len(neighbours(s)), str(s)))
    expected = {str(node)} | neighbours(node)
    assert len(expected) > 2
    box = demo_page.find_element(By.ID, "search")
    box.send_keys(str(demo_graph.value(node, SKOS.prefLabel)), Keys.ENTER)
    demo_page.find_element(By.XPATH, "//aside[@id='details']//button[starts-with(., '1 跳')]").click()

    assert {n["id"] for n in shown_nodes(demo_page)} == expected
    screenshot(demo_page, tmp_path, "neighbourhood")
    demo_page.find_element(By.XPATH, "//aside[@id='details']//button[starts-with(., '显示全部')]").click()
    assert len(shown_nodes(demo_page)) == len(demo_page.execute_script("return kgPage.nodes.getIds()"))
