"""The page's clusters, path box and overview in a real browser (headless Chromium, network off)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from browser import open_page
from selenium.webdriver.common.by import By
from synthetic import synthetic_graph
from test_page_browser import screenshot, session, shown_edges, shown_nodes  # noqa: F401 (fixtures)

from kg.export.analyze import ANALYSIS_JSON, analyze, graph_data_of
from kg.export.html import render_html


@pytest.fixture
def demo_page(session, demo_build: Path):  # noqa: F811
    open_page(session, demo_build / "graph.html")
    return session


@pytest.fixture(scope="module")
def demo_analysis(demo_build: Path) -> dict:
    return json.loads((demo_build / ANALYSIS_JSON).read_text(encoding="utf-8"))


def in_view(session) -> dict:
    """How many of the shown nodes lie inside the canvas, of how many shown."""
    return session.execute_script("""
        const net = kgPage.network, box = document.getElementById('graph').getBoundingClientRect();
        const ids = kgPage.nodes.get({filter: n => !n.hidden}).map(n => n.id);
        const positions = net.getPositions(ids);
        const inside = ids.filter(id => { const p = net.canvasToDOM(positions[id]);
            return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height; });
        return {inside: inside.length, shown: ids.length, scale: net.getScale()};""")


def settle(session) -> None:
    import time

    session.execute_script("kgPage.network.stopSimulation()")
    wait_for_still_view(session, time.monotonic() + 30)


def test_the_cluster_list_shows_one_cluster_at_a_time(demo_page, demo_analysis, tmp_path):
    first = demo_analysis["clusters"][0]
    button = demo_page.find_element(By.CSS_SELECTOR, f'#cluster-list button[data-cluster="{first["number"]}"]')
    assert first["name"] in button.text
    button.click()
    settle(demo_page)
    assert {n["id"] for n in shown_nodes(demo_page)} == set(first["members"])
    assert shown_edges(demo_page) and all(e["from"] in first["members"] and e["to"] in first["members"]
                                          for e in shown_edges(demo_page))
    assert "聚类 cluster " + first["name"] in demo_page.find_element(By.ID, "shown").text
    view = in_view(demo_page)
    assert view["inside"] == view["shown"] == first["size"]  # the view zooms to the cluster
    screenshot(demo_page, tmp_path, "cluster")
    button.click()  # again: every cluster
    assert len(shown_nodes(demo_page)) == len(demo_analysis["nodes"])


def test_nodes_can_be_coloured_by_cluster(demo_page, demo_analysis, tmp_path):
    by_type = demo_page.execute_script("return Object.fromEntries(kgPage.nodes.get().map(n => [n.id, n.color]))")
    demo_page.find_element(By.CSS_SELECTOR, '#colour-by input[value="cluster"]').click()
    colours = demo_page.execute_script("return Object.fromEntries(kgPage.nodes.get().map(n => [n.id, n.color]))")
    big = [c for c in demo_analysis["clusters"] if c["size"] > 1]
    for cluster in big:
        assert len({colours[iri] for iri in cluster["members"]}) == 1
    assert len({colours[c["members"][0]] for c in big[:10]}) == min(10, len(big))  # the largest: each its colour
    swatch = demo_page.find_element(By.CSS_SELECTOR, f'#cluster-list button[data-cluster="{big[0]["number"]}"] .swatch')
    assert swatch.value_of_css_property("background-color") == _rgba(colours[big[0]["members"][0]])
    screenshot(demo_page, tmp_path, "colour-by-cluster")
    demo_page.find_element(By.CSS_SELECTOR, '#colour-by input[value="type"]').click()
    assert demo_page.execute_script("return Object.fromEntries(kgPage.nodes.get().map(n => [n.id, n.color]))") == by_type


def _rgba(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, 1)"


def test_the_path_box_shows_the_chain_with_its_sentences_and_documents(demo_page, tmp_path):
    demo_page.find_element(By.ID, "path-from").send_keys("启明智驾")
    demo_page.find_element(By.ID, "path-to").send_keys("合肥经济技术开发区")
    demo_page.find_element(By.ID, "path-find").click()
    settle(demo_page)
    names = sorted(n["label"] for n in demo_page.execute_script(
        "return kgPage.nodes.get({filter: n => !n.hidden, fields: ['label']})"))
    assert names == sorted(["启明智驾", "安徽省制造业领军企业", "安庆源动力电池有限公司", "合肥经济技术开发区"])
    assert len(shown_edges(demo_page)) == 3
    details = demo_page.find_element(By.ID, "details").text
    assert "1. 启明智驾 — 安徽省制造业领军企业 — 安庆源动力电池有限公司 — 合肥经济技术开发区" in details
    assert "位于合肥经济技术开发区的安庆源动力电池有限公司" in details
    # the document by its title (its first line), not only its file name
    assert "《合肥新能源汽车产业集群加速成势》 · demo/02_hefei_vehicles.txt 第 2 句" in details
    assert "3 跳 hop(s)" in demo_page.find_element(By.ID, "path-message").text
    screenshot(demo_page, tmp_path, "path")


def test_the_path_box_names_similar_names_when_one_is_unknown(demo_page):
    demo_page.find_element(By.ID, "path-from").send_keys("启明")
    demo_page.find_element(By.ID, "path-to").send_keys("合肥经济技术开发区")
    demo_page.find_element(By.ID, "path-find").click()
    message = demo_page.find_element(By.ID, "path-message").text
    assert "“启明”：没有这个名称的节点 no node has this name or alias" in message and "启明智驾" in message
    assert len(shown_nodes(demo_page)) > 4  # the view did not change


def wait_for_layout(session, timeout: float = 60) -> None:
    import time

    deadline = time.monotonic() + timeout
    while session.execute_script("return !!kgPage.compacting"):
        assert time.monotonic() < deadline, "the layout of the shown nodes did not settle"
        time.sleep(0.1)
    wait_for_still_view(session, deadline)


def wait_for_still_view(session, deadline: float) -> None:
    """Until the zoom's animation (400 ms, longer on a busy machine) has ended: the view stays still for 0.3 s."""
    import time

    view = "const n = kgPage.network, p = n.getViewPosition(); return [n.getScale(), p.x, p.y];"
    time.sleep(0.4)
    last, still_since = session.execute_script(view), time.monotonic()
    while time.monotonic() - still_since < 0.3:
        assert time.monotonic() < deadline, "the view did not come to rest"
        time.sleep(0.1)
        now = session.execute_script(view)
        if now != last:
            last, still_since = now, time.monotonic()


def test_fit_lays_out_and_zooms_to_the_nodes_the_filters_leave(session, tmp_path):  # noqa: F811
    resolved = synthetic_graph(companies=150, documents=40)
    page = tmp_path / "fit.html"
    page.write_text(render_html(resolved, analysis=analyze(graph_data_of(resolved.entities, resolved.statements))),
                    encoding="utf-8")
    open_page(session, page)
    home = session.execute_script("return kgPage.network.getPositions()")
    for node_type in ("Project", "Program", "Region"):
        session.find_element(By.CSS_SELECTOR, f'#type-filter input[data-type="{node_type}"]').click()
    whole = in_view(session)
    session.find_element(By.ID, "fit").click()
    wait_for_layout(session)
    view = in_view(session)
    assert view["shown"] == len(shown_nodes(session)) < len(home)
    assert view["inside"] == view["shown"]
    assert view["scale"] > whole["scale"] * 1.3, "the companies and parks fill the view"
    screenshot(session, tmp_path, "fit")
    session.find_element(By.ID, "show-all").click()  # every node back where it was
    assert session.execute_script("return kgPage.network.getPositions()") == home


def test_a_large_graph_opens_with_the_labels_of_its_most_connected_nodes(session, tmp_path):  # noqa: F811
    resolved = synthetic_graph(companies=150, documents=40)
    analysis = analyze(graph_data_of(resolved.entities, resolved.statements))
    page = tmp_path / "overview.html"
    page.write_text(render_html(resolved, analysis=analysis), encoding="utf-8")
    open_page(session, page)
    labels = """
        const net = kgPage.network;
        return Object.values(net.body.nodes).filter(n => kgPage.nodes.get(n.id))
          .map(n => ({id: n.id, degree: kgPage.nodes.get(n.id).degree, drawn: n.labelModule.visible()}));"""
    opening = session.execute_script(labels)
    assert len(opening) > 150
    drawn = [n for n in opening if n["drawn"]]
    assert 0 < len(drawn) <= 100  # not a blur of every label
    top = sorted(opening, key=lambda n: -n["degree"])[:10]
    assert all(n["drawn"] for n in top), "the most connected nodes are labelled"
    assert len(session.find_elements(By.CSS_SELECTOR, "#cluster-list li")) > 1
    screenshot(session, tmp_path, "overview")
    session.execute_script("kgPage.network.moveTo({scale: 1.0})")
    zoomed = session.execute_script(labels)
    assert all(n["drawn"] for n in zoomed), "zoomed in, every label is drawn"


def test_a_nodes_details_give_its_figures_and_a_link_to_its_cluster(demo_page, demo_analysis):
    node = next(n for n in demo_analysis["nodes"] if n["name"] == "启明智驾")
    cluster = next(c for c in demo_analysis["clusters"] if c["number"] == node["cluster"])
    demo_page.find_element(By.ID, "search").send_keys("启明智驾")
    demo_page.find_element(By.CSS_SELECTOR, "#results button").click()
    details = demo_page.find_element(By.ID, "details")
    assert f"句子 Sentences\n{node['weighted_degree']}" in details.text
    assert f"中介 Betweenness\n{node['betweenness']:.4f}" in details.text
    link = next(b for b in details.find_elements(By.CSS_SELECTOR, "dd button") if b.text == cluster["name"])
    link.click()
    assert {n["id"] for n in shown_nodes(demo_page)} == set(cluster["members"])
