"""A query worker process of `kg serve`: it loads the graph, then answers queries one at a time.

The server runs queries here rather than in its own process because pyoxigraph
cannot interrupt a running query: a query that overruns the time limit is stopped
by ending its worker (kg.query.serve starts a new one).

`main()` runs in a new Python process; its argument is the file descriptor of its
end of a socket pair. The server sends a `GraphSnapshot` (the graph file's bytes
as they were when the server started, so that every worker, even one started
later, serves the same graph); the worker answers `Ready` or `Failed`, then a
`Reply` to each `QueryRequest`, until the server closes the connection. While
it loads, it sends `Loading` now and then (how many of the graph's bytes are
read), for the server's progress line.
"""
from __future__ import annotations

import signal
import sys
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Callable, Mapping

from kg.ingest.read import InputError
from kg.query.store import LoadedGraph, QueryError, QueryRefused, execute, load_data, offered_media_types, serialize


@dataclass(frozen=True)
class GraphSnapshot:
    path: Path
    data: bytes
    prefixes: dict[str, str]  # predeclared in every query
    metrics: bytes | None = None  # the graph metrics beside the graph file (kg.query.store.METRICS_FILE)


@dataclass(frozen=True)
class Ready:
    triples: int


@dataclass(frozen=True)
class Loading:
    done: int  # bytes of the graph file read
    total: int


@dataclass(frozen=True)
class Failed:
    message: str


@dataclass(frozen=True)
class QueryRequest:
    query: str
    accept: str  # the HTTP Accept header ("" when absent)
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reply:
    status: int
    content_type: str
    body: bytes


def text_reply(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", f"{message}\n".encode("utf-8"))


def negotiate(accept: str, offered: list[str]) -> str | None:
    """The offered media type the Accept header prefers (the first offered when there is none), or None."""
    if not accept.strip():
        return offered[0]
    best: tuple[float, int, str] | None = None
    for position, item in enumerate(accept.split(",")):
        media_range, *params = [part.strip().lower() for part in item.split(";")]
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media_range == "application/json":  # what generic JSON clients ask for
            media_range = "application/sparql-results+json"
        match = next((choice for choice in offered
                      if media_range in (choice, "*/*", choice.split("/")[0] + "/*")), None)
        if match and quality > 0 and (best is None or (-quality, position) < best[:2]):
            best = (-quality, position, match)
    return best[2] if best else None


def answer(graph: LoadedGraph, request: QueryRequest, prefixes: Mapping[str, str]) -> Reply:
    try:
        result = execute(graph, request.query, prefixes, request.default_graphs, request.named_graphs,
                         allow_service=False)
        offered = offered_media_types(result)
        media_type = negotiate(request.accept, offered)
        if media_type is None:
            return text_reply(406, f"Not Acceptable: this result can be sent as {', '.join(offered)}")
        body = serialize(result, media_type)
    except QueryRefused as err:
        return text_reply(403, f"Forbidden: {err}")
    except QueryError as err:
        return text_reply(400, f"Bad Request: {err}")
    charset = "; charset=utf-8" if media_type.startswith("text/") or media_type.endswith("xml") else ""
    return Reply(200, media_type + charset, body)


def loaded(connection: Connection, seconds: float,
           reading: Callable[[int, int], None] | None = None) -> Ready | Failed | None:
    """The worker's answer to its snapshot within `seconds` (None if it did not come); `reading` is told how
    the load goes meanwhile."""
    deadline = time.monotonic() + seconds
    while connection.poll(max(deadline - time.monotonic(), 0)):
        message = connection.recv()
        if not isinstance(message, Loading):
            return message
        if reading is not None:
            reading(message.done, message.total)
    return None


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in the terminal is for the server, which ends us
    connection = Connection(int(sys.argv[1]))
    snapshot: GraphSnapshot = connection.recv()
    try:
        graph = load_data(snapshot.data, snapshot.path, snapshot.metrics,
                          lambda done, total: connection.send(Loading(done, total)))
    except InputError as err:
        connection.send(Failed(str(err)))
        return
    connection.send(Ready(len(graph)))
    while True:
        try:
            request = connection.recv()
        except EOFError:
            return
        try:
            reply = answer(graph, request, snapshot.prefixes)
        except Exception as err:  # a bug of ours must not cost the graph's reload: answer and go on
            reply = text_reply(500, f"Internal Server Error: {type(err).__name__}: {err}")
        connection.send(reply)
