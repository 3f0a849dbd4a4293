"""`kg serve`: the graph, its interactive page and a read-only SPARQL 1.1 Protocol endpoint.

    /            the interactive page (graph.html)
    /graph.ttl   the graph files the folder holds (.ttl, .nt, .trig, .jsonld)
    /query       the query page (kg.query.page): an editor, the saved queries, results as a table
    /sparql      queries by GET (?query=) or POST (form or application/sparql-query);
                 results as SPARQL JSON, XML, CSV or TSV (CONSTRUCT: Turtle, N-Triples,
                 RDF/XML, JSON-LD) by the Accept header; without a query, a service description

The files are read once at start, so the endpoint and the downloads serve the
same graph until the server is restarted. Queries run in worker processes
(kg.query.worker) so that one that runs past the time limit can be stopped; the
server answers it with 503 and starts a new worker. Updates and federated
queries are refused with 403, malformed queries get 400; every protocol
parameter is checked here (kg.query.protocol) before a worker sees it.

HTTP is waitress's: one thread reads and writes every connection and hands
complete requests to a bounded pool of threads. `Access` says which browsers'
requests are answered (Host check, same-origin policy), `Limits` what one client
may take (the README's "What the server promises" explains both).
"""
from __future__ import annotations

import errno
import ipaddress
import logging
import queue
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Callable, Mapping
from urllib.parse import urlsplit

from waitress import wasyncore
from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.server import TcpWSGIServer

from kg.console import Progress
from kg.export.formats import FORMATS, HTML_FILE, find_graph_file
from kg.ingest.read import InputError
from kg.query.page import render_query_page
from kg.query.protocol import ProtocolError, parse_parameters, query_request
from kg.query.store import read_metrics
from kg.query.worker import Failed, GraphSnapshot, QueryRequest, Ready, Reply, loaded, text_reply

MAX_REQUEST_BYTES = 1 << 20
WORKER_START_SECONDS = 60
FORMATS_BY_FILE = {f.file_name: f.media_type + ("; charset=utf-8" if f.media_type.startswith("text/") else "")
                   for f in FORMATS.values()}


class ServeError(Exception):
    """The server cannot start; the message says why."""


class _Worker:
    def __init__(self, snapshot: GraphSnapshot, reading: Callable[[int, int], None] | None = None):
        ours, theirs = socket.socketpair()
        with theirs:
            self.process = subprocess.Popen(
                [sys.executable, "-c", "from kg.query.worker import main; main()", str(theirs.fileno())],
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL)
        self.connection = Connection(ours.detach())
        self.connection.send(snapshot)
        message = loaded(self.connection, WORKER_START_SECONDS, reading)
        if message is None:
            self.stop()
            raise ServeError(f"a query worker did not load {snapshot.path} within {WORKER_START_SECONDS} s")
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
    """Worker processes that each hold the graph (the first ones show their load on `progress`); a query that
    overruns `timeout` loses its worker."""

    def __init__(self, snapshot: GraphSnapshot, size: int, timeout: float, progress: Progress | None = None):
        self.snapshot, self.timeout, self.size, self.progress = snapshot, timeout, size, progress
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        try:
            self.triples = self._start(1).triples
            for number in range(2, size + 1):
                self._start(number)
        except BaseException:
            self.close()
            raise
        finally:
            if progress is not None:
                progress.close()

    def _start(self, number: int = 0) -> _Worker:
        shown = f"loading {self.snapshot.path.name} into query worker {number} of {self.size}"
        worker = _Worker(self.snapshot, self.progress.reading(shown) if self.progress and number else None)
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

    def idle(self) -> int:
        """How many workers wait for a query."""
        return self._idle.qsize()

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
                worker.connection.send(request)
                if not worker.connection.poll(self.timeout):
                    self._replace(worker)
                    raise ServeError(f"a query worker did not answer within {self.timeout:g} s")
                taken.append(worker)
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


@dataclass(frozen=True)
class Access:
    """Who may use the server from a browser (see the README's "What the server promises").

    `Host` must name the server by an IP address, `localhost` or a name in `hosts`:
    a page of another site that has its own name resolve to this machine (DNS
    rebinding) sends its own name, and is refused. A request from a page of
    another origin (an `Origin` header, which browsers send with every POST and
    every script request, or `Sec-Fetch-Site: cross-site` on anything but a
    navigation) is refused unless the origin is in `origins`, which also get CORS
    headers: so other sites can neither read the graph nor make the server work.
    """
    hosts: frozenset[str] = frozenset()
    origins: frozenset[str] = frozenset()

    def refusal(self, environ: Mapping[str, str]) -> str | None:
        host = environ.get("HTTP_HOST")
        if host is not None and not self._host_allowed(host):
            return (f"Forbidden: Host {host!r} is not an address of this server; requests must name it by IP "
                    "address or localhost (this blocks DNS rebinding); kg serve --allow-host NAME allows a name")
        origin = environ.get("HTTP_ORIGIN")
        if origin is not None and origin != f"http://{host}" and origin not in self.origins:
            return (f"Forbidden: a request from a page of another origin ({origin}) is refused; "
                    "kg serve --allow-origin ORIGIN allows one")
        if origin is None and environ.get("HTTP_SEC_FETCH_SITE") == "cross-site" \
                and environ.get("HTTP_SEC_FETCH_MODE") != "navigate":
            return "Forbidden: a request from a page of another site is refused"
        return None

    def _host_allowed(self, host: str) -> bool:
        name = urlsplit(f"//{host}").hostname  # without the port, and IPv6 brackets
        if not name:
            return False
        try:
            ipaddress.ip_address(name)
            return True
        except ValueError:
            return name in ("localhost", *self.hosts)

    def cors_headers(self, environ: Mapping[str, str]) -> list[tuple[str, str]]:
        origin = environ.get("HTTP_ORIGIN")
        if origin in self.origins:
            return [("Access-Control-Allow-Origin", origin), ("Vary", "Origin")]
        return []


ENDPOINT_METHODS = "GET, HEAD, POST, OPTIONS"
FILE_METHODS = "GET, HEAD, OPTIONS"


class SparqlApp:
    """The WSGI application: the page, the graph files and the SPARQL endpoint."""

    def __init__(self, pool: QueryPool, files: Mapping[str, StaticFile], access: Access, endpoint: str,
                 log: Callable[[str], None] | None):
        self.pool, self.files, self.access, self.endpoint, self.log = pool, files, access, endpoint, log

    def __call__(self, environ: dict, start_response: Callable) -> list[bytes]:
        reply, headers = self.respond(environ)
        headers = [("Content-Type", reply.content_type), ("Content-Length", str(len(reply.body))),
                   ("X-Content-Type-Options", "nosniff"), *headers, *self.access.cors_headers(environ)]
        start_response(f"{reply.status} {HTTPStatus(reply.status).phrase}", headers)
        if self.log:
            self.log(f'{environ.get("REMOTE_ADDR", "-")} "{environ["REQUEST_METHOD"]} '
                     f'{environ.get("PATH_INFO", "")}" {reply.status}')
        return [reply.body]

    def respond(self, environ: dict) -> tuple[Reply, list[tuple[str, str]]]:
        refusal = self.access.refusal(environ)
        if refusal:
            return text_reply(403, refusal), []
        method, path = environ["REQUEST_METHOD"], environ.get("PATH_INFO", "")
        allowed = ENDPOINT_METHODS if path == "/sparql" else FILE_METHODS
        if path != "/sparql" and path not in self.files and path != "*":
            return text_reply(404, f"Not Found: {path} (the page is at /, the query page at /query, the endpoint at /sparql)"), []
        if method == "OPTIONS":
            headers = [("Allow", allowed)]
            if environ.get("HTTP_ORIGIN") in self.access.origins:
                headers += [("Access-Control-Allow-Methods", allowed),
                            ("Access-Control-Allow-Headers", "Accept, Content-Type"),
                            ("Access-Control-Max-Age", "600")]
            return Reply(204, "text/plain; charset=utf-8", b""), headers
        if method not in allowed.split(", ") or path == "*":
            return text_reply(405, f"Method Not Allowed: {path} takes {allowed}"), [("Allow", allowed)]
        if path != "/sparql":
            static = self.files[path]
            return Reply(200, static.content_type, static.body), []
        try:
            params = parse_parameters(environ.get("QUERY_STRING", ""))
            if method == "POST":
                self._read_body(environ, params)
            elif "query" not in params and "update" not in params:
                return Reply(200, "text/turtle; charset=utf-8",
                             service_description(self.endpoint, self.pool.triples)), []
            request = query_request(params, environ.get("HTTP_ACCEPT", ""))
        except ProtocolError as err:
            return text_reply(err.status, str(err)), []
        return self.pool.run(request), [("Vary", "Accept")]

    @staticmethod
    def _read_body(environ: dict, params: dict[str, list[str]]) -> None:
        """Adds the parameters of a POST body (waitress has read it whole, chunked or not, within the limits)."""
        length = int(environ.get("CONTENT_LENGTH") or 0)
        try:
            body = environ["wsgi.input"].read(length).decode("utf-8")
        except UnicodeDecodeError as err:
            raise ProtocolError(400, "Bad Request: the request body is not UTF-8") from err
        content_type = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        if content_type == "application/x-www-form-urlencoded":
            for key, values in parse_parameters(body).items():
                params.setdefault(key, []).extend(values)
        elif content_type == "application/sparql-query":
            params["query"] = params.get("query", []) + [body]
        elif content_type == "application/sparql-update":
            params["update"] = [body]
        else:
            raise ProtocolError(415, "Unsupported Media Type: send application/sparql-query or "
                                     "application/x-www-form-urlencoded")


@dataclass(frozen=True)
class Limits:
    """What one client may take of the server (see the README's "What the server promises")."""
    request_seconds: float = 20.0  # from a request's first byte until its body is complete
    idle_seconds: float = 30.0  # a connection with no request in progress and nothing received
    body_bytes: int = MAX_REQUEST_BYTES
    header_bytes: int = 128 * 1024  # the request line (a GET query) and the headers together
    backlog: int = 1024  # connections the kernel queues while the server is at its connection limit


class _RequestParser(HTTPRequestParser):
    def __init__(self, adj: object):
        super().__init__(adj)
        self.started = time.time()


class _Channel(HTTPChannel):
    parser_class = _RequestParser


class _WaitressServer(TcpWSGIServer):
    """waitress's server, with a deadline for receiving a whole request (waitress has an idle timeout only,
    which a client that sends one byte now and then never reaches)."""
    channel_class = _Channel
    request_seconds = Limits.request_seconds

    def maintenance(self, now: float) -> None:
        super().maintenance(now)
        for channel in self.active_channels.values():
            if channel.request is not None and not channel.requests \
                    and now - channel.request.started > self.request_seconds:
                channel.will_close = True


def connection_limit() -> int:
    """Open connections at once: waitress uses up to 3 file descriptors for one, so stay within the process's."""
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return max(32, min(1000, (soft - 100) // 3)) if soft != resource.RLIM_INFINITY else 1000


class KgServer:
    """`kg serve`'s HTTP server: waitress (one thread reads and writes every connection, so a slow or
    half-sent request holds no thread; complete requests go to a bounded pool of threads)."""

    def __init__(self, sock: socket.socket, pool: QueryPool, files: Mapping[str, StaticFile], access: Access,
                 limits: Limits, log: Callable[[str], None] | None):
        self.pool, self.files, self.limits = pool, files, limits
        self.server_address = sock.getsockname()[:2]
        self._map: dict = {}
        app = SparqlApp(pool, files, access, self.url + "/sparql", log)
        self._server = _WaitressServer(
            app, map=self._map, _sock=sock, bind_socket=False, sockinfo=(sock.family, sock.type, sock.proto,
                                                                          sock.getsockname()),
            threads=pool.size * 2 + 4, backlog=limits.backlog, connection_limit=connection_limit(),
            channel_timeout=limits.idle_seconds, cleanup_interval=1, max_request_body_size=limits.body_bytes,
            max_request_header_size=limits.header_bytes, outbuf_high_watermark=1 << 40, asyncore_use_poll=True,
            ident="kg-serve", expose_tracebacks=False, clear_untrusted_proxy_headers=True)
        self._server.request_seconds = limits.request_seconds
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self._stopped.set()

    @property
    def url(self) -> str:
        host, port = self.server_address
        return f"http://{host if ':' not in str(host) else f'[{host}]'}:{port}"

    def serve_forever(self) -> None:
        self._stopped.clear()
        try:
            while not self._stop.is_set():
                wasyncore.loop(timeout=0.5, map=self._map, use_poll=True, count=1)
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop `serve_forever` (from another thread) and wait until it has returned."""
        self._stop.set()
        self._server.pull_trigger()
        self._stopped.wait()

    def server_close(self) -> None:
        self.pool.close()
        self._server.task_dispatcher.shutdown()
        for channel in list(self._map.values()):
            channel.close()


def static_files(directory: Path, graph_file: Path, graph_data: bytes,
                 prefixes: Mapping[str, str]) -> dict[str, StaticFile]:
    files = {f"/{graph_file.name}": StaticFile(FORMATS_BY_FILE[graph_file.name], graph_data)}
    files["/query"] = StaticFile("text/html; charset=utf-8", render_query_page(
        directory.resolve().name, prefixes, has_graph_page=(directory / HTML_FILE).is_file()))
    for name, media_type in FORMATS_BY_FILE.items():
        if name != graph_file.name and (directory / name).is_file():
            files[f"/{name}"] = StaticFile(media_type, (directory / name).read_bytes())
    if (directory / HTML_FILE).is_file():
        page = StaticFile("text/html; charset=utf-8", (directory / HTML_FILE).read_bytes())
        files["/"] = files[f"/{HTML_FILE}"] = page
    return files


def listen(host: str, port: int, backlog: int = Limits.backlog) -> socket.socket:
    """A listening socket, or ServeError saying why not (a busy port: which option picks another)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family, backlog=backlog)
    except OSError as err:
        if err.errno == errno.EADDRINUSE:
            raise ServeError(f"cannot listen on {host}:{port}: the port is in use (another kg serve?); "
                             f"choose another with --port N (--port 0 picks a free one)") from err
        raise ServeError(f"cannot listen on {host}:{port} ({err.strerror or err})") from err


def make_server(directory: Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0,
                workers: int = 2, prefixes: Mapping[str, str] | None = None,
                log: Callable[[str], None] | None = None, access: Access = Access(),
                limits: Limits = Limits(), progress: Progress | None = None) -> KgServer:
    """A server for a `kg build` output folder, listening and ready for `serve_forever()`."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"{directory}: not a folder (kg serve takes the output folder of kg build)")
    graph_file = find_graph_file(directory)
    sock = listen(host, port, limits.backlog)  # before the workers load the graph: a busy port fails at once
    try:
        graph_data = graph_file.read_bytes()
        pool = QueryPool(GraphSnapshot(graph_file, graph_data, dict(prefixes or {}), read_metrics(graph_file)),
                         workers, timeout, progress)
    except BaseException:
        sock.close()
        raise
    try:
        files = static_files(directory, graph_file, graph_data, prefixes or {})
        return KgServer(sock, pool, files, access, limits, log)
    except BaseException:
        pool.close()
        sock.close()
        raise


def serve(directory: Path, host: str, port: int, timeout: float, workers: int, prefixes: Mapping[str, str],
          warn: Callable[[str], None], quiet: bool = False, access: Access = Access(),
          progress: Progress | None = None) -> None:
    """`kg serve`: the graph's load on `progress`, then where everything is; serve until Ctrl-C or SIGTERM."""
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "Task queue depth is N" under load
    server = make_server(directory, host, port, timeout, workers, prefixes, log=None if quiet else warn,
                         access=access, progress=progress)
    print(f"serving {directory} ({server.pool.triples} triples); press Ctrl-C to stop")
    if "/" in server.files:
        print(f"  interactive page  {server.url}/")
    print(f"  query page        {server.url}/query")
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

