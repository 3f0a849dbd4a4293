"""The query page of `kg serve` in a real browser: headless Chromium that can reach only the loopback.

The page comes from the server, so the browser's network cannot be switched off
as for the graph page opened from disk; instead every host name resolves to
nothing (only 127.0.0.1 is reached), and the test checks that every resource
the page loaded came from the server. Each test leaves a screenshot in its
temporary folder.
"""
from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urlsplit

import pytest
from browser import CHROMIUM_FLAGS, find_chromium
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from kg.query.saved import saved_queries
from kg.query.serve import KgServer, make_server
from kg.query.sparql import standard_prefixes
from kg.query.worker import QueryRequest

BOUND = 60.0  # seconds: a hang guard for every wait, far above what any takes


@pytest.fixture(scope="module")
def server(demo_build: Path) -> Iterator[KgServer]:
    running = make_server(demo_build, port=0, workers=2, prefixes=standard_prefixes())
    threading.Thread(target=running.serve_forever, daemon=True).start()
    yield running
    running.shutdown()
    running.server_close()


@pytest.fixture(scope="module")
def session() -> Iterator[webdriver.Chrome]:
    found = find_chromium()
    if found is None:
        message = "headless Chromium and chromedriver not found (make test installs them when run as root)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    browser, driver = found
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = browser
        for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
            options.add_argument(flag)
        chrome = webdriver.Chrome(options=options, service=Service(executable_path=driver))
        try:
            yield chrome
        finally:
            chrome.quit()


def wait_for(session: webdriver.Chrome, condition: Callable[[], object], what: str) -> object:
    deadline = time.monotonic() + BOUND
    while not (value := condition()):
        assert time.monotonic() < deadline, f"still waiting after {BOUND:g} s for {what}"
        time.sleep(0.05)
    return value


def open_query_page(session: webdriver.Chrome, server: KgServer, query: str = "") -> None:
    session.get(f"{server.url}/query{query}")
    wait_for(session, lambda: session.execute_script("return document.body.dataset.state") == "ready", "the page")


def run(session: webdriver.Chrome) -> None:
    """Click Run and wait until the answer is on the page."""
    runs = session.execute_script("return kgQueryPage.runs")
    session.find_element(By.ID, "run").click()
    wait_for(session, lambda: session.execute_script("return kgQueryPage.runs") > runs, "the query's answer")


def set_query(session: webdriver.Chrome, text: str) -> None:
    session.execute_script("document.getElementById('editor').value = arguments[0]", text)


def table(session: webdriver.Chrome) -> tuple[list[str], list[list[str]]]:
    """The header and the rows of the results table, as the page shows them (in one round trip)."""
    head, rows = session.execute_script("""
        const text = cells => [...cells].map(c => c.innerText);
        return [text(document.querySelectorAll("#result-table thead th")),
                [...document.querySelectorAll("#result-table tbody tr")].map(tr => text(tr.cells))];""")
    return head, rows


def expected(server: KgServer, query: str) -> tuple[list[str], int]:
    """The variables and the number of rows the endpoint gives for `query`."""
    reply = server.pool.run(QueryRequest(query, "application/sparql-results+json"))
    assert reply.status == 200
    results = json.loads(reply.body)
    return results["head"]["vars"], len(results["results"]["bindings"])


def screenshot(session: webdriver.Chrome, tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.png"
    session.save_screenshot(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_saved_query_picked_and_run_fills_the_table(session, server: KgServer, tmp_path: Path):
    open_query_page(session, server)
    picker = Select(session.find_element(By.ID, "saved"))
    assert [o.get_attribute("value") for o in picker.options][1:] == list(saved_queries())
    saved = saved_queries()["companies-per-park"]
    picker.select_by_value(saved.name)
    assert session.find_element(By.ID, "editor").get_property("value") == saved.text
    assert session.find_element(By.ID, "question").text == saved.question
    run(session)
    head, rows = table(session)
    variables, count = expected(server, saved.text)
    assert head == variables and len(rows) == count > 0
    assert all(len(row) == len(head) for row in rows)
    assert any(cell.startswith("park:") for row in rows for cell in row), "IRIs shortened with the prefixes"
    status = session.find_element(By.ID, "status").text
    assert status.startswith(f"{len(rows)} 行 row")
    screenshot(session, tmp_path, "saved-query")


def test_every_saved_query_runs_from_the_page(session, server: KgServer):
    open_query_page(session, server)
    picker = Select(session.find_element(By.ID, "saved"))
    for name, saved in saved_queries().items():
        picker.select_by_value(name)
        run(session)
        assert not session.find_element(By.ID, "error").is_displayed(), name
        variables, count = expected(server, saved.text)
        assert table(session)[0] == variables and len(table(session)[1]) == min(count, 2000), name


def test_a_query_typed_and_run_with_ctrl_enter(session, server: KgServer):
    open_query_page(session, server)
    editor = session.find_element(By.ID, "editor")
    editor.clear()
    editor.send_keys("SELECT ?name WHERE { ?c a kg:Company ; rdfs:label ?name } ORDER BY ?name")
    runs = session.execute_script("return kgQueryPage.runs")
    editor.send_keys(Keys.CONTROL, Keys.ENTER)
    wait_for(session, lambda: session.execute_script("return kgQueryPage.runs") > runs, "the answer")
    head, rows = table(session)
    assert head == ["name"] and len(rows) > 3
    names = [row[0] for row in rows]
    assert names == sorted(names) and all(name.endswith("@zh") for name in names)


def test_errors_ask_and_construct_are_shown(session, server: KgServer, tmp_path: Path):
    open_query_page(session, server)
    set_query(session, "SELECT * WHERE { ?s ?p }")
    run(session)
    error = session.find_element(By.ID, "error")
    assert error.is_displayed() and error.text.startswith("400: Bad Request: not a valid SPARQL query")
    screenshot(session, tmp_path, "error")
    set_query(session, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    run(session)
    assert session.find_element(By.ID, "error").text.startswith("403: Forbidden")
    set_query(session, "ASK { ?c a kg:Company }")
    run(session)
    assert not session.find_element(By.ID, "error").is_displayed()
    assert session.find_element(By.ID, "boolean").text == "true"
    set_query(session, "CONSTRUCT { ?c a kg:Company } WHERE { ?c a kg:Company } LIMIT 2")
    run(session)
    assert "ontology#Company" in session.find_element(By.ID, "graph-text").text


def test_literals_are_shown_as_text_never_as_markup(session, server: KgServer):
    open_query_page(session, server)
    set_query(session, 'SELECT ?x WHERE { BIND("<img src=x onerror=window.pwned=1><b>bold</b>" AS ?x) }')
    run(session)
    assert table(session)[1] == [["<img src=x onerror=window.pwned=1><b>bold</b>"]]
    assert session.execute_script("return window.pwned === undefined && !document.querySelector('td b')")


def test_the_page_loads_nothing_from_elsewhere(session, server: KgServer):
    open_query_page(session, server, "?saved=names")
    assert session.find_element(By.ID, "editor").get_property("value") == saved_queries()["names"].text
    run(session)
    resources = session.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    origin = urlsplit(server.url)
    assert resources and all(urlsplit(url)[:2] == origin[:2] for url in resources)


def test_the_graph_page_links_to_the_query_page(session, server: KgServer):
    session.get(f"{server.url}/")
    link = wait_for(session, lambda: [a for a in session.find_elements(By.ID, "query-page") if a.is_displayed()],
                    "the link to the query page")[0]
    link.click()
    wait_for(session, lambda: session.current_url == f"{server.url}/query", "the query page")
    wait_for(session, lambda: session.execute_script("return document.body.dataset.state") == "ready", "the page")
    assert session.find_element(By.ID, "editor").is_displayed()
