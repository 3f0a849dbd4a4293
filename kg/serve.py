"""`kg serve`: the graph, its interactive page and a read-only SPARQL 1.1 Protocol endpoint.

    /            the interactive page (graph.html)
    /graph.ttl   the graph files the folder holds (.ttl, .nt, .trig, .jsonld)
    /sparql      queries by GET (?query=) or POST (form or application/sparql-query);
                 results as SPARQL JSON, XML, CSV or TSV (CONSTRUCT: Turtle, N-Triples,
                 RDF/XML, JSON-LD) by the Accept header; without a query, a service description

The files are read once at start, so the endpoint and the downloads serve the
same graph until the server is restarted. Queries run in worker processes
(kg.query_worker) so that one that runs past the time limit can be stopped; the
server answers it with 503 and starts a new worker. Updates and federated
queries are refused with 403, malformed queries get 400.
"""
from __future__ import annotations

import ipaddress
import queue
import signal
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Callable, Mapping
from urllib.parse import urlsplit

from kg.build import HTML_FILE
from kg.formats import FORMATS, find_graph_file
from kg.protocol import ProtocolError, parse_parameters, query_request
from kg.query_worker import Failed, GraphSnapshot, QueryRequest, Ready, Reply, text_reply
from kg.read import InputError

MAX_REQUEST_BYTES = 1 << 20
WORKER_START_SECONDS = 60
FORMATS_BY_FILE = {f.file_name: f.media_type + ("; charset=utf-8" if f.media_type.startswith("text/") else "")
                   for f in FORMATS.values()}


class ServeError(Exception):
    """The server cannot start; the message says why."""


class _Worker:
    def __init__(self, snapshot: GraphSnapshot):
        ours, theirs = socket.socketpair()
        with theirs:
            self.process = subprocess.Popen(
                [sys.executable, "-c", "from kg.query_worker import main; main()", str(theirs.fileno())],
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL)
        self.connection = Connection(ours.detach())
        self.connection.send(snapshot)
        if not self.connection.poll(WORKER_START_SECONDS):
            self.stop()
            raise ServeError(f"a query worker did not load {snapshot.path} within {WORKER_START_SECONDS} s")
        message = self.connection.recv()
        if isinstance(message, Failed):
            self.stop()
            raise InputError(message.message)
        assert isinstance(message, Ready)
        self.triples = message.triples

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()
        self.connection.close()


class QueryPool:
    """Worker processes that each hold the graph; a query that overruns `timeout` loses its worker."""

    def __init__(self, snapshot: GraphSnapshot, size: int, timeout: float):
        self.snapshot, self.timeout, self.size = snapshot, timeout, size
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        try:
            self.triples = self._start().triples
            for _ in range(size - 1):
                self._start()
        except BaseException:
            self.close()
            raise

    def _start(self) -> _Worker:
        worker = _Worker(self.snapshot)
        with self._lock:
            if self._closed:
                worker.stop()
            else:
                self._all.add(worker)
                self._idle.put(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.stop()
        threading.Thread(target=self._start, daemon=True).start()

    def run(self, request: QueryRequest) -> Reply:
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return text_reply(503, "Service Unavailable: every query worker is busy; try again")
        try:
            worker.connection.send(request)
            if worker.connection.poll(self.timeout):
                reply = worker.connection.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError):  # the worker died (out of memory, killed)
            self._replace(worker)
            return text_reply(500, "Internal Server Error: the query worker stopped; a new one is starting")
        self._replace(worker)
        return text_reply(503, f"Service Unavailable: the query ran longer than the {self.timeout:g} s limit "
                               "and was stopped")

    def pids(self) -> set[int]:
        """The process ids of the running workers (a worker that is replaced gets a new one)."""
        with self._lock:
            return {worker.process.pid for worker in self._all}

    def run_on_every_worker(self, request: QueryRequest) -> list[Reply]:
        """`request` answered by each worker in turn (each waited for however long it is busy):
        what every copy of the graph says, where `run` asks whichever worker is free."""
        replies, taken = [], []
        try:
            while len(taken) < self.size:  # a worker being replaced is waited for
                worker = self._idle.get(timeout=WORKER_START_SECONDS)
                taken.append(worker)
                worker.connection.send(request)
                if not worker.connection.poll(self.timeout):
                    raise ServeError("a worker did not answer in time")
                replies.append(worker.connection.recv())
        finally:
            for worker in taken:
                self._idle.put(worker)
        return replies

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.stop()


@dataclass(frozen=True)
class StaticFile:
    content_type: str
    body: bytes


def service_description(endpoint: str, triples: int) -> bytes:
    """A SPARQL 1.1 Service Description of the endpoint, in Turtle."""
    formats = ", ".join(f"<http://www.w3.org/ns/formats/{name}>" for name in (
        "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
        "Turtle", "N-Triples", "RDF_XML", "JSON-LD"))
    return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .

[] a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat {formats} ;
    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ; void:triples {triples} ] ] .
""".encode("utf-8")


class KgServer(ThreadingHTTPServer):
    def __init__(self, address: tuple[str, int], pool: QueryPool, files: Mapping[str, StaticFile],
                 log: Callable[[str], None] | None):
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, SparqlHandler)
        self.pool, self.files, self.log = pool, files, log

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host if ':' not in str(host) else f'[{host}]'}:{port}"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


class SparqlHandler(BaseHTTPRequestHandler):
    server: KgServer
    protocol_version = "HTTP/1.1"
    server_version = "kg-serve"

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/sparql":
            try:
                params = parse_parameters(url.query)
            except ProtocolError as err:
                return self._send(text_reply(err.status, str(err)))
            if "query" not in params and "update" not in params:
                body = service_description(self.server.url + "/sparql", self.server.pool.triples)
                return self._send(Reply(200, "text/turtle; charset=utf-8", body))
            return self._sparql(params)
        static = self.server.files.get(url.path)
        if static is None:
            return self._send(text_reply(404, f"Not Found: {url.path} (the page is at /, the endpoint at /sparql)"))
        self._send(Reply(200, static.content_type, static.body))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            return self._send(text_reply(405, "Method Not Allowed: POST queries to /sparql"), allow="GET")
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_REQUEST_BYTES:
            self.close_connection = True
            return self._send(text_reply(413, f"Content Too Large: a request body is at most {MAX_REQUEST_BYTES} bytes"))
        try:
            body = self.rfile.read(length).decode("utf-8")
        except UnicodeDecodeError:
            return self._send(text_reply(400, "Bad Request: the request body is not UTF-8"))
        content_type = self.headers.get_content_type()
        try:
            params = parse_parameters(url.query)
            form = parse_parameters(body) if content_type == "application/x-www-form-urlencoded" else {}
        except ProtocolError as err:
            return self._send(text_reply(err.status, str(err)))
        if content_type == "application/x-www-form-urlencoded":
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
        elif content_type == "application/sparql-query":
            params["query"] = params.get("query", []) + [body]
        elif content_type == "application/sparql-update":
            params["update"] = [body]
        else:
            return self._send(text_reply(415, "Unsupported Media Type: send application/sparql-query or "
                                              "application/x-www-form-urlencoded"))
        self._sparql(params)

    def _sparql(self, params: dict[str, list[str]]) -> None:
        try:
            request = query_request(params, self.headers.get("Accept", ""))
        except ProtocolError as err:
            return self._send(text_reply(err.status, str(err)))
        self._send(self.server.pool.run(request), vary="Accept")

    def _send(self, reply: Reply, **headers: str) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in headers.items():
            self.send_header(name.capitalize(), value)
        self.end_headers()
        self.wfile.write(reply.body)

    def log_message(self, format: str, *args) -> None:
        if self.server.log:
            self.server.log(f"{self.address_string()} {format % args}")


def static_files(directory: Path, graph_file: Path, graph_data: bytes) -> dict[str, StaticFile]:
    files = {f"/{graph_file.name}": StaticFile(FORMATS_BY_FILE[graph_file.name], graph_data)}
    for name, media_type in FORMATS_BY_FILE.items():
        if name != graph_file.name and (directory / name).is_file():
            files[f"/{name}"] = StaticFile(media_type, (directory / name).read_bytes())
    if (directory / HTML_FILE).is_file():
        page = StaticFile("text/html; charset=utf-8", (directory / HTML_FILE).read_bytes())
        files["/"] = files[f"/{HTML_FILE}"] = page
    return files


def make_server(directory: Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0,
                workers: int = 2, prefixes: Mapping[str, str] | None = None,
                log: Callable[[str], None] | None = None) -> KgServer:
    """A server for a `kg build` output folder, bound and ready for `serve_forever()`."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"{directory}: not a folder (kg serve takes the output folder of kg build)")
    graph_file = find_graph_file(directory)
    graph_data = graph_file.read_bytes()
    pool = QueryPool(GraphSnapshot(graph_file, graph_data, dict(prefixes or {})), workers, timeout)
    try:
        return KgServer((host, port), pool, static_files(directory, graph_file, graph_data), log)
    except OSError as err:
        pool.close()
        raise ServeError(f"cannot listen on {host}:{port} ({err.strerror})") from err


def serve(directory: Path, host: str, port: int, timeout: float, workers: int, prefixes: Mapping[str, str],
          warn: Callable[[str], None], quiet: bool = False) -> None:
    """`kg serve`: say where everything is, then serve until Ctrl-C or SIGTERM."""
    server = make_server(directory, host, port, timeout, workers, prefixes, log=None if quiet else warn)
    print(f"serving {directory} ({server.pool.triples} triples); press Ctrl-C to stop")
    if "/" in server.files:
        print(f"  interactive page  {server.url}/")
    print(f"  SPARQL endpoint   {server.url}/sparql (read-only, at most {timeout:g} s per query)")
    for path in sorted(p for p in server.files if p.startswith("/graph.") and p != f"/{HTML_FILE}"):
        print(f"  graph file        {server.url}{path}")
    sys.stdout.flush()
    if not is_loopback(host):
        warn(f"listening on {host}: anyone who can reach this machine can query the graph")
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _interrupt(signum: int, frame: object) -> None:
    """SIGTERM stops the server as Ctrl-C does: the socket closed, the workers ended."""
    raise KeyboardInterrupt


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"

