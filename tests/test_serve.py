"""`kg serve`: the SPARQL 1.1 Protocol endpoint, the page and the graph files."""
from __future__ import annotations

import csv
import http.client
import io
import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import Namespace
from sparql_results import rows

from kg.cli import main
from kg.export.formats import METRICS_FILE
from kg.query.saved import saved_queries
from kg.query.serve import Access, KgServer, make_server
from kg.query.sparql import standard_prefixes
from kg.query.worker import QueryRequest

TIMEOUT = 5.0  # the slow query's; a quick one is answered long before
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def start(directory: Path, timeout: float = TIMEOUT) -> KgServer:
    server = make_server(directory, port=0, timeout=timeout, workers=2, prefixes=standard_prefixes())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def stop(server: KgServer) -> None:
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def server(demo_build: Path) -> Iterator[KgServer]:
    running = start(demo_build)
    yield running
    stop(running)


def fetch(server: KgServer, method: str, path: str, body: bytes | str | None = None,
          headers: dict[str, str] | None = None) -> tuple[int, str, bytes]:
    connection = http.client.HTTPConnection(*server.server_address[:2], timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheader("Content-Type", ""), response.read()
    finally:
        connection.close()


def get(server: KgServer, query: str, accept: str | None = None, **params: str) -> tuple[int, str, bytes]:
    return fetch(server, "GET", "/sparql?" + urlencode({"query": query, **params}),
                 headers={"Accept": accept} if accept else {})


def triple_count(server: KgServer) -> int:
    status, _, body = get(server, COUNT)
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def metrics_count(folder: Path) -> int:
    """The quads of the graph metrics beside the graph, which the endpoint serves in their named graph."""
    return sum(1 for _ in ox.parse(path=str(folder / METRICS_FILE), format=ox.RdfFormat.TRIG))


def test_listens_on_this_machine_only_by_default(server: KgServer):
    assert server.server_address[0] == "127.0.0.1"


def test_serves_the_page_and_the_graph(server: KgServer, demo_build: Path):
    status, content_type, body = fetch(server, "GET", "/")
    assert (status, content_type) == (200, "text/html; charset=utf-8")
    assert body == (demo_build / "graph.html").read_bytes()
    status, content_type, body = fetch(server, "GET", "/graph.ttl")
    assert (status, content_type) == (200, "text/turtle; charset=utf-8")
    assert len(Graph().parse(data=body, format="turtle")) + metrics_count(demo_build) == triple_count(server)
    assert fetch(server, "GET", "/elsewhere")[0] == 404


def test_serves_the_query_page_with_the_saved_queries_and_nothing_from_elsewhere(server: KgServer):
    status, content_type, body = fetch(server, "GET", "/query")
    assert (status, content_type) == (200, "text/html; charset=utf-8")
    page = body.decode("utf-8")
    for saved in saved_queries().values():
        assert f'<option value="{saved.name}">' in page
    assert not re.search(r"""(src|href|action)\s*=\s*["']?(https?:)?//""", page), "no resource from another host"
    assert not re.search(r"@import|url\(", page)


def test_get_and_both_posts_answer_like_kg_query(server: KgServer, demo_build: Path, capsys):
    query = saved_queries()["evidence"].text
    answers = [
        get(server, query),
        fetch(server, "POST", "/sparql", urlencode({"query": query}), FORM),
        fetch(server, "POST", "/sparql", query.encode("utf-8"), {"Content-Type": "application/sparql-query"}),
    ]
    assert main(["query", str(demo_build), "--saved", "evidence", "--format", "json"]) == 0
    expected = rows(capsys.readouterr().out)
    assert expected
    for status, content_type, body in answers:
        assert (status, content_type) == (200, "application/sparql-results+json")
        assert rows(body) == expected


def _json_names(body: bytes) -> list[str]:
    return [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]]


def _xml_names(body: bytes) -> list[str]:
    return [e.text or "" for e in ET.fromstring(body).iter("{http://www.w3.org/2005/sparql-results#}literal")]


def _csv_names(body: bytes) -> list[str]:
    return [row[0] for row in csv.reader(io.StringIO(body.decode("utf-8")))][1:]


def _tsv_names(body: bytes) -> list[str]:
    return [line.removeprefix('"').removesuffix('"@zh') for line in body.decode("utf-8").splitlines()[1:]]


@pytest.mark.parametrize("accept, content_type, names", [
    ("application/sparql-results+json", "application/sparql-results+json", _json_names),
    ("application/json", "application/sparql-results+json", _json_names),
    ("application/sparql-results+xml", "application/sparql-results+xml; charset=utf-8", _xml_names),
    ("text/csv", "text/csv; charset=utf-8", _csv_names),
    ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8", _tsv_names),
    ("text/html, text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml; charset=utf-8",
     _xml_names),
    ("*/*", "application/sparql-results+json", _json_names),
])
def test_select_results_by_content_negotiation(server: KgServer, accept: str, content_type: str, names):
    query = "SELECT ?name WHERE { ?c a kg:Company ; rdfs:label ?name } ORDER BY ?name"
    status, got_type, body = get(server, query, accept)
    assert (status, got_type) == (200, content_type)
    found = names(body)
    assert len(found) > 3 and found == sorted(found)


@pytest.mark.parametrize("accept, content_type, rdflib_format", [
    (None, "text/turtle; charset=utf-8", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/rdf+xml", "application/rdf+xml; charset=utf-8", "xml"),
    ("application/ld+json", "application/ld+json", "json-ld"),
])
def test_construct_results_by_content_negotiation(server: KgServer, accept, content_type: str, rdflib_format: str):
    status, got_type, body = get(server, "CONSTRUCT { ?c a kg:Company } WHERE { ?c a kg:Company }", accept)
    assert (status, got_type) == (200, content_type)
    assert len(Graph().parse(data=body, format=rdflib_format)) > 3


def test_unacceptable_result_type_is_406(server: KgServer):
    status, _, body = get(server, COUNT, "image/png")
    assert status == 406 and b"application/sparql-results+json" in body


UPDATES = [
    ("POST", "/sparql", urlencode({"update": "DROP ALL"}), FORM),
    ("POST", "/sparql", "DROP ALL", {"Content-Type": "application/sparql-update"}),
    ("GET", "/sparql?" + urlencode({"query": "CLEAR DEFAULT"}), None, {}),
    ("POST", "/sparql", urlencode({"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}), FORM),
    ("POST", "/sparql", "DELETE WHERE { ?s ?p ?o }", {"Content-Type": "application/sparql-query"}),
]


def counts_on_every_worker(server: KgServer) -> list[int]:
    """The triple count each worker's copy of the graph gives: a request to /sparql goes to whichever worker
    is free, so only asking each one proves that none of them changed."""
    replies = server.pool.run_on_every_worker(QueryRequest(COUNT, "application/sparql-results+json"))
    assert [reply.status for reply in replies] == [200] * server.pool.size
    return [int(json.loads(reply.body)["results"]["bindings"][0]["n"]["value"]) for reply in replies]


@pytest.mark.parametrize("method, path, body, headers", UPDATES)
def test_updates_are_forbidden_and_change_nothing(server: KgServer, method, path, body, headers):
    before = counts_on_every_worker(server)
    assert len(before) == 2 and before[0] > 0 and len(set(before)) == 1
    for _ in range(server.pool.size):  # so that, were updates carried out, every worker would have run one
        status, _, message = fetch(server, method, path, body, headers)
        assert status == 403 and b"read-only" in message
    assert counts_on_every_worker(server) == before


def test_a_malformed_query_is_400_and_says_where(server: KgServer):
    status, content_type, body = get(server, "SELECT * WHERE { ?s ?p }")
    assert (status, content_type) == (400, "text/plain; charset=utf-8")
    assert b"not a valid SPARQL query: error at 1:" in body
    assert triple_count(server) > 0


@pytest.mark.parametrize("method, path, body, headers, expected", [
    ("POST", "/sparql", "ASK {}", {"Content-Type": "text/plain"}, 415),
    ("POST", "/", "ASK {}", {"Content-Type": "application/sparql-query"}, 405),
    ("GET", "/sparql?" + urlencode([("query", "ASK {}"), ("query", "ASK {}")]), None, {}, 400),
    ("POST", "/sparql", urlencode({"query": " "}), FORM, 400),
    ("POST", "/sparql", "ASK {}", {"Content-Type": "application/sparql-query", "Content-Length": str(2 << 20)}, 413),
])
def test_bad_requests_get_proper_errors(server: KgServer, method, path, body, headers, expected):
    assert fetch(server, method, path, body, headers)[0] == expected


MALFORMED = [  # (method, path, body, headers): each must be 400 and reach no worker
    ("GET", "/sparql?query=%FF", None, {}),
    ("GET", "/sparql?query=ASK%7B%7D&format=%FF", None, {}),
    ("GET", "/sparql?" + urlencode({"query": "ASK {}", "default-graph-uri": "not an iri"}), None, {}),
    ("GET", "/sparql?" + urlencode({"query": "ASK {}", "default-graph-uri": ""}), None, {}),
    ("GET", "/sparql?" + urlencode({"query": "ASK {}", "default-graph-uri": "relative/path"}), None, {}),
    ("GET", "/sparql?" + urlencode({"query": "ASK {}", "default-graph-uri": "http://exa mple/"}), None, {}),
    ("GET", "/sparql?" + urlencode({"query": "ASK {}", "named-graph-uri": "urn:a\0b"}), None, {}),
    ("GET", "/sparql?" + urlencode({"query": "ASK {}", "named-graph-uri": "<urn:a>"}), None, {}),
    ("GET", "/sparql?" + urlencode({"query": "ASK {}", "named-graph-uri": "%"}), None, {}),
    ("GET", "/sparql?" + urlencode([("query", "ASK {}")] + [("named-graph-uri", f"urn:g{i}") for i in range(101)]),
     None, {}),
    ("GET", "/sparql?" + "&".join(["query=ASK%7B%7D"] + [f"x{i}=1" for i in range(1001)]), None, {}),
    ("GET", "/sparql?" + urlencode({"query": "ASK {}\0"}), None, {}),
    ("POST", "/sparql", b"query=%FF%FE", FORM),
    ("POST", "/sparql", b"query=ASK+%7B%7D&default-graph-uri=%3A", FORM),
    ("POST", "/sparql", b"query=ASK+%7B%7D&named-graph-uri=", FORM),
    ("POST", "/sparql?default-graph-uri=nope", b"ASK {}", {"Content-Type": "application/sparql-query"}),
    ("POST", "/sparql?named-graph-uri=%C0", b"ASK {}", {"Content-Type": "application/sparql-query"}),
    ("POST", "/sparql", b"\xff\xfe", {"Content-Type": "application/sparql-query"}),
]


@pytest.mark.parametrize("method, path, body, headers", MALFORMED)
def test_malformed_protocol_parameters_are_400_and_no_worker_dies(server: KgServer, method, path, body, headers):
    workers = server.pool.pids()
    status, content_type, message = fetch(server, method, path, body, headers)
    assert (status, content_type) == (400, "text/plain; charset=utf-8")
    assert message.startswith(b"Bad Request: ")
    assert server.pool.pids() == workers
    assert triple_count(server) > 0


def test_unknown_parameters_are_ignored_as_other_endpoints_do(server: KgServer):
    status, _, body = get(server, "ASK { ?s a kg:Company }", format="json", output="json", _="123")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_graph_parameters_that_are_iris_select_graphs(server: KgServer):
    status, _, body = get(server, COUNT, **{"default-graph-uri": "urn:x-kg:no-such-graph"})
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "0"


def test_a_worker_survives_a_bad_request_that_slips_past_the_checks(server: KgServer):
    workers = server.pool.pids()
    reply = server.pool.run(QueryRequest("ASK {}", "", ("not an iri",), ("",)))
    assert reply.status == 400 and b"not an absolute IRI" in reply.body
    assert server.pool.pids() == workers


@pytest.mark.parametrize("chunks, content_type", [
    ([b"ASK { ?s a ", b"kg:Company }"], "application/sparql-query"),
    ([b"query=ASK+%7B+%3Fs+a+", b"kg%3ACompany+%7D"], "application/x-www-form-urlencoded"),
])
def test_a_chunked_post_is_read(server: KgServer, chunks: list[bytes], content_type: str):
    connection = http.client.HTTPConnection(*server.server_address[:2], timeout=30)
    try:
        connection.request("POST", "/sparql", body=iter(chunks), encode_chunked=True,
                           headers={"Content-Type": content_type, "Transfer-Encoding": "chunked"})
        response = connection.getresponse()
        assert (response.status, json.loads(response.read())) == (200, {"head": {}, "boolean": True})
    finally:
        connection.close()


def test_oversized_requests_are_refused(server: KgServer):
    connection = http.client.HTTPConnection(*server.server_address[:2], timeout=30)
    try:  # chunked, so no length is said up front: the last chunk takes the body past 1 MiB
        chunks = iter([b"ASK {} #" + b"x" * ((1 << 19) - 8), b"x" * (1 << 19), b"x" * 16])
        connection.request("POST", "/sparql", body=chunks, encode_chunked=True,
                           headers={"Content-Type": "application/sparql-query", "Transfer-Encoding": "chunked"})
        assert connection.getresponse().status == 413
    finally:
        connection.close()
    assert fetch(server, "GET", "/sparql?" + urlencode({"query": "ASK {} #" + "x" * (200 << 10)}))[0] == 431
    assert fetch(server, "GET", "/sparql?" + urlencode({"query": "ASK {} #" + "x" * (100 << 10)}))[0] == 200


def test_a_busy_port_is_a_message_naming_the_option(demo_build: Path, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", str(demo_build), "--port", str(port), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert f"cannot listen on 127.0.0.1:{port}: the port is in use" in err and "--port" in err
    assert "Traceback" not in err


def own_host(server: KgServer) -> str:
    return f"127.0.0.1:{server.server_address[1]}"


def fetch_response(server: KgServer, method: str, path: str, body: bytes | str | None = None,
                   headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection(*server.server_address[:2], timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


@pytest.mark.parametrize("host, expected", [
    ("evil.example:{port}", 403),  # a site whose name now resolves to 127.0.0.1 (DNS rebinding)
    ("evil.example", 403),
    ("localhost.evil.example:{port}", 403),
    ("127.0.0.1:{port}", 200),
    ("localhost:{port}", 200),
    ("[::1]:{port}", 200),
    ("192.168.1.20:{port}", 200),  # an address, which no other site can make its own
])
def test_host_names_the_server_or_the_request_is_refused(server: KgServer, host: str, expected: int):
    host = host.format(port=server.server_address[1])
    for path in ("/", "/graph.ttl", "/sparql?" + urlencode({"query": "ASK {}"})):
        status, _, body = fetch(server, "GET", path, headers={"Host": host})
        assert status == expected, (path, body)
        if expected == 403:
            assert b"DNS rebinding" in body and b"--allow-host" in body


def test_other_origins_can_neither_post_nor_read(server: KgServer):
    form = urlencode({"query": COUNT})
    status, _, body = fetch(server, "POST", "/sparql", form, {**FORM, "Origin": "http://evil.example"})
    assert status == 403 and b"another origin (http://evil.example)" in body
    status, _, _ = fetch(server, "POST", "/sparql", form, {**FORM, "Origin": "null"})  # a sandboxed or file: page
    assert status == 403
    status, _, _ = fetch(server, "GET", "/sparql?" + urlencode({"query": COUNT}),
                         headers={"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors"})
    assert status == 403
    status, headers, _ = fetch_response(server, "POST", "/sparql", form,
                                        {**FORM, "Origin": f"http://{own_host(server)}"})
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    status, _, _ = fetch(server, "GET", "/", headers={"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"})
    assert status == 200, "a link from another site still opens the page"


def test_options_and_other_methods(server: KgServer):
    status, headers, body = fetch_response(server, "OPTIONS", "/sparql")
    assert (status, headers["Allow"], body) == (204, "GET, HEAD, POST, OPTIONS", b"")
    assert fetch_response(server, "OPTIONS", "/graph.ttl")[1]["Allow"] == "GET, HEAD, OPTIONS"
    preflight = {"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"}
    status, headers, _ = fetch_response(server, "OPTIONS", "/sparql", headers=preflight)
    assert status == 403 and not any(name.startswith("Access-Control") for name in headers)
    for method in ("PUT", "DELETE", "PATCH"):
        status, headers, _ = fetch_response(server, method, "/sparql", "x")
        assert (status, headers["Allow"]) == (405, "GET, HEAD, POST, OPTIONS")
    status, headers, body = fetch_response(server, "HEAD", "/graph.ttl")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 0


def test_an_allowed_origin_gets_cors_headers(demo_build: Path):
    running = make_server(demo_build, port=0, workers=1, prefixes=standard_prefixes(),
                          access=Access(origins=frozenset({"https://yasgui.example"})))
    threading.Thread(target=running.serve_forever, daemon=True).start()
    try:
        origin = {"Origin": "https://yasgui.example"}
        status, headers, _ = fetch_response(running, "OPTIONS", "/sparql",
                                            headers={**origin, "Access-Control-Request-Method": "POST"})
        assert status == 204 and headers["Access-Control-Allow-Origin"] == "https://yasgui.example"
        assert "POST" in headers["Access-Control-Allow-Methods"]
        status, headers, _ = fetch_response(running, "GET", "/sparql?" + urlencode({"query": "ASK {}"}),
                                            headers=origin)
        assert status == 200 and headers["Access-Control-Allow-Origin"] == "https://yasgui.example"
        assert fetch(running, "GET", "/sparql?query=ASK%7B%7D", headers={"Origin": "https://other.example"})[0] == 403
    finally:
        stop(running)


def test_allowed_host_names():
    access = Access(hosts=frozenset({"kg.lan"}))
    assert access.refusal({"HTTP_HOST": "kg.lan:7878"}) is None
    assert access.refusal({"HTTP_HOST": "kg.lan.evil.example:7878"}) is not None
    assert access.refusal({}) is None, "HTTP/1.0 clients send no Host; browsers always do"


def test_a_federated_query_is_refused_without_a_request_going_out(server: KgServer):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.setblocking(False)
        port = listener.getsockname()[1]
        status, _, body = get(server, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}")
        assert status == 403 and b"SERVICE" in body
        with pytest.raises(BlockingIOError):  # a SERVICE call connects before the answer: nothing is waiting
            listener.accept()


def test_from_is_honoured(server: KgServer):
    def count(query: str, **params: str) -> int:
        status, _, body = get(server, query, **params)
        assert status == 200, body
        return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])

    everything = count(COUNT)
    assert count("SELECT (COUNT(*) AS ?n) FROM <urn:x-kg:no-such-graph> WHERE { ?s ?p ?o }") == 0
    assert count("SELECT (COUNT(*) AS ?n) FROM NAMED <urn:x-kg:g> WHERE { GRAPH ?g { ?s ?p ?o } }") == 0
    assert everything > 0


def wait_until(condition: Callable[[], bool], what: str, bound: float = 60.0) -> None:
    """Wait for a state of the server (polling it), failing after `bound` seconds: a hang guard, not a timing."""
    deadline = time.monotonic() + bound
    while not condition():
        assert time.monotonic() < deadline, f"still waiting after {bound:g} s for {what}"
        time.sleep(0.01)


def test_a_slow_query_is_stopped_while_others_are_answered(server: KgServer):
    events: list[str] = []
    slow: list[tuple[int, float]] = []
    stopped = server.pool.pids()

    def run_slow() -> None:
        began = time.monotonic()
        status = get(server, SLOW)[0]
        events.append("slow answered")
        slow.append((status, time.monotonic() - began))

    worker = threading.Thread(target=run_slow)
    worker.start()
    wait_until(lambda: server.pool.idle() == server.pool.size - 1, "the slow query to reach a worker")
    assert triple_count(server) > 0
    events.append("quick answered")
    worker.join()
    assert events == ["quick answered", "slow answered"], "a quick query does not wait for the slow one"
    status, seconds = slow[0]
    assert status == 503 and seconds >= TIMEOUT, "stopped at the time limit, not before"
    assert len(counts_on_every_worker(server)) == 2, "the stopped worker was replaced"
    assert len(server.pool.pids() - stopped) == 1


def test_the_service_describes_itself(server: KgServer):
    status, content_type, body = fetch(server, "GET", "/sparql")
    assert (status, content_type) == (200, "text/turtle; charset=utf-8")
    description = Graph().parse(data=body, format="turtle")
    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert URIRef(f"http://127.0.0.1:{server.server_address[1]}/sparql") in set(description.objects(None, sd.endpoint))


def test_serves_the_graph_as_it_was_at_start(demo_build: Path, tmp_path: Path):
    shutil.copytree(demo_build, tmp_path / "out")
    running = start(tmp_path / "out", timeout=1.0)
    try:
        before = triple_count(running)
        (tmp_path / "out" / "graph.ttl").write_text("", encoding="utf-8")  # a rebuild while serving
        workers = running.pool.pids()
        assert get(running, SLOW)[0] == 503  # a new worker starts after this one is stopped
        assert counts_on_every_worker(running) == [before] * 2  # waits for the new worker
        assert running.pool.pids() != workers
        graph = Graph().parse(data=fetch(running, "GET", "/graph.ttl")[2], format="turtle")
        assert len(graph) + metrics_count(demo_build) == before  # the metrics too, as they were at start
    finally:
        stop(running)


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")
@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_kg_serve_command_serves_until_stopped(stop_signal: int, demo_build: Path):
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(demo_build), "--port", "0", "--quiet"],
                               stdout=subprocess.PIPE, text=True)
    try:
        lines = [process.stdout.readline() for _ in range(4)]
        assert lines[0].startswith(f"serving {demo_build} (")
        endpoint = next(line.split()[2] for line in lines if "SPARQL endpoint" in line)
        url = urlsplit(endpoint)
        assert url.hostname == "127.0.0.1"
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        connection.request("GET", f"{url.path}?{urlencode({'query': 'ASK { ?s a kg:Company }'})}")
        assert json.loads(connection.getresponse().read()) == {"head": {}, "boolean": True}
        connection.close()
        workers = _children(process.pid)
        assert len(workers) == 2
        process.send_signal(stop_signal)
        assert process.wait(timeout=20) == 0
        assert not any(Path(f"/proc/{pid}").exists() for pid in workers)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
