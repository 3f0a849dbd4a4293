"""`kg query` on hostile or odd queries and data: SERVICE off unless allowed, FROM honoured, XML well-formed."""
from __future__ import annotations

import json
import socket
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Callable, Iterator

import pytest

from kg.cli import main

TRIG = """
<urn:x:a> <urn:x:name> "in the default graph" .
<urn:x:g> { <urn:x:b> <urn:x:name> "in graph g" . }
<urn:x:h> { <urn:x:c> <urn:x:name> "in graph h" . }
"""
SPARQL_JSON = {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "from afar"}}]}}


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def kg(capsys) -> Callable[..., Run]:
    """`kg ARGS` run in this process (a traceback would fail the test); its exit code and output."""
    def run(*args: str) -> Run:
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return Run(code, out, err)
    return run


@pytest.fixture
def trig(tmp_path: Path) -> Path:
    path = tmp_path / "graph.trig"
    path.write_text(TRIG, encoding="utf-8")
    return path


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A socket on the loopback that nothing should connect to."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        sock.setblocking(False)
        yield sock


def nothing_connected(sock: socket.socket) -> bool:
    """True when no connection is waiting: the store connects before it answers, so no wait is needed."""
    try:
        sock.accept()[0].close()
    except BlockingIOError:
        return True
    return False


def names(output: str) -> set[str]:
    return {b["name"]["value"] for b in json.loads(output)["results"]["bindings"]}


def test_service_is_off_by_default_with_a_clear_error_and_no_request(kg, trig: Path, listener: socket.socket):
    port = listener.getsockname()[1]
    run = kg("query", str(trig), f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}")
    assert run.returncode == 1
    assert "federated queries are off" in run.stderr and "--allow-service" in run.stderr
    assert "Traceback" not in run.stderr
    assert nothing_connected(listener)


@pytest.mark.parametrize("endpoint", ["file:///etc/passwd", "http://127.0.0.1:1/sparql", "ftp://127.0.0.1/x"])
def test_a_failing_service_is_a_message_not_a_traceback(kg, trig: Path, endpoint: str):
    run = kg("query", str(trig), f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}", "--allow-service")
    assert run.returncode == 1, run.stdout
    assert "query failed" in run.stderr and "Traceback" not in run.stderr
    assert f"the query calls <{endpoint}> over the network" in run.stderr


class _Endpoint(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self._answer()

    def _answer(self) -> None:
        body = json.dumps(SPARQL_JSON).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def test_allow_service_calls_the_endpoint_and_says_so(kg, trig: Path):
    endpoint = HTTPServer(("127.0.0.1", 0), _Endpoint)
    threading.Thread(target=endpoint.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{endpoint.server_address[1]}/sparql"
        run = kg("query", str(trig), f"SELECT ?x WHERE {{ SERVICE <{url}> {{ ?s ?p ?x }} }}", "--allow-service",
                 "--format", "json")
    finally:
        endpoint.shutdown()
        endpoint.server_close()
    assert run.returncode == 0, run.stderr
    assert [b["x"]["value"] for b in json.loads(run.stdout)["results"]["bindings"]] == ["from afar"]
    assert f"the query calls <{url}> over the network" in run.stderr


@pytest.mark.parametrize("dataset, expected", [
    ("", {"in the default graph", "in graph g", "in graph h"}),  # the union of all graphs
    ("FROM <urn:x:g>", {"in graph g"}),
    ("FROM <urn:x:g> FROM <urn:x:h>", {"in graph g", "in graph h"}),
    ("FROM NAMED <urn:x:h>", set()),  # FROM NAMED alone: an empty default graph, as SPARQL says
])
def test_from_is_honoured(kg, trig: Path, dataset: str, expected: set[str]):
    run = kg("query", str(trig), f"SELECT ?name {dataset} WHERE {{ ?s <urn:x:name> ?name }}", "--format", "json")
    assert run.returncode == 0, run.stderr
    assert names(run.stdout) == expected
    assert run.stderr == ""


def test_from_named_is_honoured(kg, trig: Path):
    run = kg("query", str(trig), "SELECT ?name FROM NAMED <urn:x:h> WHERE { GRAPH ?g { ?s <urn:x:name> ?name } }",
             "--format", "json")
    assert run.returncode == 0, run.stderr
    assert names(run.stdout) == {"in graph h"}


def test_from_a_graph_the_file_does_not_hold_says_so(kg, trig: Path, tmp_path: Path):
    run = kg("query", str(trig), "SELECT ?name FROM <urn:x:nowhere> WHERE { ?s <urn:x:name> ?name }", "--format",
             "json")
    assert run.returncode == 0 and names(run.stdout) == set()
    assert "FROM urn:x:nowhere: the graph file has no graph of that name" in run.stderr
    assert "urn:x:g, urn:x:h" in run.stderr
    turtle = tmp_path / "graph.ttl"
    turtle.write_text('<urn:x:a> <urn:x:name> "a" .\n', encoding="utf-8")
    run = kg("query", str(turtle), "SELECT ?name FROM <urn:x:g> WHERE { ?s <urn:x:name> ?name }")
    assert "it holds only a default graph (drop FROM to query it)" in run.stderr


CONTROL = '<urn:x:a> <urn:x:name> "nul\\u0000 bell\\u0007 vt\\u000B fffe\\uFFFE tab\\t ok" .\n'


@pytest.mark.parametrize("query", [
    "SELECT ?name WHERE { ?s <urn:x:name> ?name }",
    "CONSTRUCT { ?s <urn:x:name> ?name } WHERE { ?s <urn:x:name> ?name }",
])
def test_xml_output_is_well_formed_whatever_the_literals_hold(kg, tmp_path: Path, query: str):
    graph = tmp_path / "graph.ttl"
    graph.write_text(CONTROL, encoding="utf-8")
    run = kg("query", str(graph), query, "--format", "xml")
    assert run.returncode == 0, run.stderr
    root = ET.fromstring(run.stdout)  # raises on a document that is not well-formed
    text = "".join(root.itertext())
    assert "nul\ufffd bell\ufffd vt\ufffd fffe\ufffd tab\t ok" in text
    run = kg("query", str(graph), "SELECT ?name WHERE { ?s <urn:x:name> ?name }", "--format", "json")
    assert names(run.stdout) == {"nul\0 bell\a vt\v fffe\ufffe tab\t ok"}, "JSON keeps every character"
