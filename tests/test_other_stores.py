"""Our graph files in other RDF tools: raptor's rapper, Apache Jena (RIOT, TDB2, SHACL) and Virtuoso.

The tools are Debian packages that `make test` installs when it runs as root
(raptor2-utils, libapache-jena-java, default-jre-headless,
virtuoso-opensource-7-bin). Where one is missing the tests that need it skip,
saying which package to install; in CI (CI=true) they fail instead.
"""
from __future__ import annotations

import os
import re
import secrets
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pyshacl
import pytest
from helpers import require
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD
from sparql_results import rows

from kg.cli import main
from kg.export.formats import graph_iri
from kg.export.rdf import KG
from kg.query.saved import saved_queries
from kg.query.store import execute, load, serialize
from kg.query.validate import SHAPES, shapes_graph
from kg.resolve.iris import DEFAULT_BASE

JAVA_DIR = Path("/usr/share/java")
# what Jena's command-line tools need besides the jena-*.jar files, as Debian names the jars
JENA_DEPENDENCIES = (
    "commons-cli", "commons-codec", "commons-compress", "commons-csv", "commons-io", "commons-lang3",
    "commons-logging", "dexx.collection", "gson", "guava", "httpclient", "httpclient-cache", "httpcore",
    "jackson-annotations", "jackson-core", "jackson-databind", "jakarta.json-api", "jsonld-java", "protobuf",
    "thrift", "titanium-json-ld", "slf4j-api", "slf4j-simple",
)
SAVED = sorted(saved_queries())
JSON_RESULTS = "application/sparql-results+json"


def require_package(ready: bool, what: str, package: str) -> None:
    require(ready, f"{what} not found: install the Debian package {package} (make test does when run as root)")


@pytest.fixture(scope="module")
def corpus_graphs(corpus_dir: Path, tmp_path_factory) -> Path:
    """The development corpus built in every format."""
    out = tmp_path_factory.mktemp("corpus_formats")
    assert main(["build", str(corpus_dir), "-o", str(out), "--format", "turtle,ntriples,jsonld,trig"]) == 0
    return out


@pytest.fixture(scope="module")
def triples(corpus_graphs: Path) -> int:
    return len(Graph().parse(corpus_graphs / "graph.ttl", format="turtle"))


def our_rows(graph_file: Path, name: str) -> list:
    return rows(serialize(execute(load(graph_file), saved_queries()[name].text), JSON_RESULTS))


# ---------------------------------------------------------------- raptor

@pytest.mark.parametrize("file_name, syntax", [("graph.ttl", "turtle"), ("graph.nt", "ntriples"),
                                               ("graph.trig", "trig")])
def test_rapper_parses_without_warnings(file_name: str, syntax: str, corpus_graphs: Path, triples: int):
    require_package(shutil.which("rapper") is not None, "rapper", "raptor2-utils")
    done = subprocess.run(["rapper", "--input", syntax, "--count", str(corpus_graphs / file_name)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert not re.search(r"warning|error", done.stderr, re.IGNORECASE), done.stderr
    assert f"Parsing returned {triples} triples" in done.stderr


# ---------------------------------------------------------------- Jena

@dataclass(frozen=True)
class Jena:
    classpath: str

    def run(self, main_class: str, *args: str) -> subprocess.CompletedProcess:
        command = ["java", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", self.classpath, main_class, *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=300)


def _relocated_xerces_messages(jena_core: Path, folder: Path) -> Path | None:
    """Debian's jena-core (4.5.0-2) moves the bundled Xerces classes to the package `xerces` but leaves
    their message files under org/apache/jena/ext/xerces, so Jena fails to start. Copy them across."""
    with zipfile.ZipFile(jena_core) as jar:
        names = jar.namelist()
        if "xerces/impl/msg/XMLSchemaMessages.properties" in names or "xerces/impl/dv/SchemaDVFactory.class" not in names:
            return None
        prefix = "org/apache/jena/ext/"
        for name in names:
            if name.startswith(prefix + "xerces/") and name.endswith(".properties"):
                target = folder / name.removeprefix(prefix)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    return folder


@pytest.fixture(scope="session")
def jena(tmp_path_factory) -> Jena:
    require_package(shutil.which("java") is not None, "java", "default-jre-headless")
    jena_jars = sorted(p for p in JAVA_DIR.glob("jena-*.jar") if re.fullmatch(r"jena-[a-z0-9-]+\.jar", p.name))
    require_package(bool(jena_jars), f"Apache Jena in {JAVA_DIR}", "libapache-jena-java")
    jars = jena_jars + [JAVA_DIR / f"{name}.jar" for name in JENA_DEPENDENCIES]
    missing = [jar.name for jar in jars if not jar.is_file()]
    require_package(not missing, f"{', '.join(missing)} (Jena's dependencies)", "libapache-jena-java")
    fix = _relocated_xerces_messages(JAVA_DIR / "jena-core.jar", tmp_path_factory.mktemp("jena_fix"))
    return Jena(os.pathsep.join(str(p) for p in jars + ([fix] if fix else [])))


def test_jena_riot_reads_every_format(jena: Jena, corpus_graphs: Path, triples: int):
    files = [str(corpus_graphs / name) for name in ("graph.ttl", "graph.nt", "graph.trig")]
    # JSON-LD with Jena's JSON-LD 1.0 reader: Debian ships no JSON-P provider for the 1.1 reader (Titanium)
    for args in (files, ["--syntax=JSONLD10", str(corpus_graphs / "graph.jsonld")]):
        done = jena.run("riotcmd.riot", "--count", *args)
        assert done.returncode == 0, done.stderr
        assert not re.search(r"WARN|ERROR", done.stderr), done.stderr
        counts = re.findall(r"(?:Triples|Quads) = ([\d,]+)", done.stderr)  # riot --count reports on stderr
        assert [int(c.replace(",", "")) for c in counts] == [triples] * (len(args) if args is files else 1)


@pytest.fixture(scope="module")
def tdb2(jena: Jena, corpus_graphs: Path, tmp_path_factory) -> Path:
    location = tmp_path_factory.mktemp("tdb2") / "db"
    done = jena.run("tdb2.tdbloader", "--loc", str(location), str(corpus_graphs / "graph.ttl"))
    assert done.returncode == 0, done.stderr
    return location


@pytest.mark.parametrize("name", SAVED)
def test_jena_tdb2_answers_saved_queries_like_our_store(name: str, jena: Jena, tdb2: Path, corpus_graphs: Path):
    done = jena.run("tdb2.tdbquery", "--loc", str(tdb2), "--results", "json",
                    "--query", str(saved_queries()[name].path))
    assert done.returncode == 0, done.stderr
    theirs = rows(done.stdout)
    assert theirs and theirs == our_rows(corpus_graphs / "graph.ttl", name)


def _focus_nodes(report: Graph) -> set[tuple[URIRef, str]]:
    return {(report.value(r, SH.focusNode), str(report.value(r, SH.sourceConstraintComponent)).rpartition("#")[2])
            for r in report.subjects(RDF.type, SH.ValidationResult)}


def test_jena_shacl_reads_our_shapes_as_pyshacl_does(jena: Jena, corpus_graphs: Path, tmp_path: Path):
    broken = Graph().parse(corpus_graphs / "graph.ttl", format="turtle")
    statement = sorted(broken.subjects(RDF.type, RDF.Statement))[0]
    broken.set((statement, KG.confidence, Literal("1.5", datatype=XSD.decimal)))
    program, company = (sorted(broken.subjects(RDF.type, KG[c]))[0] for c in ("Program", "Company"))
    broken.add((program, KG.locatedIn, company))
    broken.serialize(tmp_path / "broken.ttl", format="turtle")
    for data, conforms in ((corpus_graphs / "graph.ttl", True), (tmp_path / "broken.ttl", False)):
        done = jena.run("shacl.shacl", "validate", "--shapes", str(SHAPES), "--data", str(data))
        assert done.returncode == 0, done.stderr
        theirs = Graph().parse(data=done.stdout, format="turtle")
        _, ours, _ = pyshacl.validate(Graph().parse(data, format="turtle"), shacl_graph=shapes_graph(), inference="none",
                                      inplace=True)
        assert list(theirs.objects(None, SH.conforms)) == [Literal(conforms)]
        assert _focus_nodes(theirs) == _focus_nodes(ours)
    assert {node for node, _ in _focus_nodes(theirs)} == {statement, program}


# ---------------------------------------------------------------- Virtuoso

VIRTUOSO_INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DirsAllowed = ., {data}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass(frozen=True)
class Virtuoso:
    sql_port: int
    endpoint: str
    password: str

    def sql(self, statements: str, password: str | None = None) -> str:
        done = subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", password or self.password,
                               "VERBOSE=OFF", f"exec={statements}"], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0 and "*** Error" not in done.stdout + done.stderr, done.stdout + done.stderr
        return done.stdout

    def select(self, query: str) -> bytes:
        data = urllib.parse.urlencode({"query": query, "default-graph-uri": str(graph_iri(DEFAULT_BASE))}).encode()
        request = urllib.request.Request(self.endpoint, data=data, headers={"Accept": JSON_RESULTS})
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.read()


@pytest.fixture(scope="module")
def virtuoso(corpus_graphs: Path, tmp_path_factory) -> Iterator[Virtuoso]:
    """A Virtuoso server on loopback ports with the corpus graph bulk-loaded into the named graph {base}graph."""
    require_package(shutil.which("virtuoso-t") is not None and shutil.which("isql-vt") is not None,
            "virtuoso-t and isql-vt", "virtuoso-opensource-7-bin")
    db = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = _free_port(), _free_port()
    (db / "virtuoso.ini").write_text(VIRTUOSO_INI.format(db=db, sql_port=sql_port, http_port=http_port,
                                                         data=corpus_graphs), encoding="utf-8")
    server = Virtuoso(sql_port, f"http://127.0.0.1:{http_port}/sparql", secrets.token_hex(12))
    process = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(db / "virtuoso.ini")], cwd=db,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while subprocess.run(["isql-vt", f"127.0.0.1:{sql_port}", "dba", "dba", "exec=select 1;"],
                             capture_output=True, timeout=30).returncode != 0:
            assert process.poll() is None and time.monotonic() < deadline, (db / "virtuoso.log").read_text()
            time.sleep(0.5)
        server.sql(f'SET PASSWORD "dba" "{server.password}";', password="dba")  # quoted: identifiers are upper-cased
        server.sql(f"ld_dir('{corpus_graphs}', 'graph.ttl', '{graph_iri(DEFAULT_BASE)}'); rdf_loader_run(); "
                   "checkpoint;")
        assert "NULL" in server.sql("SELECT ll_error FROM DB.DBA.LOAD_LIST;")
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_virtuoso_loads_every_triple(virtuoso: Virtuoso, triples: int):
    found = rows(virtuoso.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
    assert found == [(("number", str(triples), ""),)]


@pytest.mark.parametrize("name", SAVED)
def test_virtuoso_answers_saved_queries_like_our_store(name: str, virtuoso: Virtuoso, corpus_graphs: Path):
    theirs = rows(virtuoso.select(saved_queries()[name].text))
    ours = our_rows(corpus_graphs / "graph.ttl", name)
    # Virtuoso does not order Chinese strings by code point as SPARQL's ORDER BY does, so rows
    # that tie on every other key may come in another order: compare the rows, not their order.
    assert theirs and sorted(theirs) == sorted(ours)
