"""`kg serve` under load and against slow clients: every client answered, slow ones dropped.

Loopback only, bounded in count and time: each test's sockets have timeouts,
and every wait is for an event (an answer, a closed connection) with a
generous upper bound, never a fixed sleep.
"""
from __future__ import annotations

import http.client
import json
import select
import socket
import threading
import time
from pathlib import Path
from typing import Iterator
from urllib.parse import urlencode

import pytest

from kg.query.serve import KgServer, Limits, make_server
from kg.query.sparql import standard_prefixes

CLIENTS = 200
HALF_SENT = 300
LIMITS = Limits(request_seconds=1.0, idle_seconds=1.0)
BOUND = 30.0  # seconds: an upper bound for any one wait, far above what it takes


@pytest.fixture(scope="module")
def server(demo_build: Path) -> Iterator[KgServer]:
    running = make_server(demo_build, port=0, timeout=10.0, workers=2, prefixes=standard_prefixes(), limits=LIMITS)
    threading.Thread(target=running.serve_forever, daemon=True).start()
    yield running
    running.shutdown()
    running.server_close()


def connect(server: KgServer) -> socket.socket:
    sock = socket.create_connection(server.server_address, timeout=BOUND)
    return sock


def closed_by_server(sock: socket.socket, keep_sending: bytes = b"") -> float:
    """Seconds until the server closes `sock` (it reads EOF or a reset), sending `keep_sending` a byte
    at a time meanwhile; fails after BOUND seconds."""
    began = time.monotonic()
    while time.monotonic() - began < BOUND:
        readable, _, _ = select.select([sock], [], [], 0.2)
        try:
            if readable and not sock.recv(65536):
                return time.monotonic() - began
            if keep_sending:
                sock.sendall(keep_sending[:1])
                keep_sending = keep_sending[1:] or keep_sending
        except (ConnectionResetError, BrokenPipeError):
            return time.monotonic() - began
    pytest.fail(f"the server kept a slow connection open for {BOUND:g} s")


def ask(server: KgServer, answers: list[int], start: threading.Barrier) -> None:
    connection = http.client.HTTPConnection(*server.server_address, timeout=BOUND)
    try:
        start.wait(timeout=BOUND)
        connection.request("GET", "/sparql?" + urlencode({"query": "ASK { ?s a kg:Company }"}))
        response = connection.getresponse()
        answers.append(response.status if json.loads(response.read()) == {"head": {}, "boolean": True} else -1)
    except OSError as err:
        answers.append(repr(err))
    finally:
        connection.close()


def test_every_one_of_many_concurrent_clients_is_answered_beside_half_sent_requests(server: KgServer):
    half_sent = [connect(server) for _ in range(HALF_SENT)]
    try:
        for sock in half_sent:
            sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # no blank line: never done
        answers: list[int] = []
        start = threading.Barrier(CLIENTS)
        clients = [threading.Thread(target=ask, args=(server, answers, start)) for _ in range(CLIENTS)]
        for client in clients:
            client.start()
        for client in clients:
            client.join(timeout=2 * BOUND)
        assert answers == [200] * CLIENTS
        for sock in half_sent:  # dropped at the request deadline, holding no thread meanwhile
            closed_by_server(sock)
    finally:
        for sock in half_sent:
            sock.close()


def test_a_client_that_trickles_its_request_is_dropped_at_the_deadline(server: KgServer):
    with connect(server) as sock:
        seconds = closed_by_server(sock, keep_sending=b"GET /graph.ttl HTTP/1.1\r\nX-Slow: " + b"a" * 4096)
    assert seconds >= LIMITS.request_seconds  # the idle timeout never fires: a byte arrives every 0.2 s


def test_an_idle_connection_is_closed(server: KgServer):
    with connect(server) as sock:
        sent_at = time.monotonic()  # the server's idle clock starts after this, once it has written its answer
        sock.sendall(b"GET /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        reply = b""
        while b"sd:Service" not in reply:
            chunk = sock.recv(65536)
            assert chunk, "the server closed the connection before answering"
            reply += chunk
        assert reply.startswith(b"HTTP/1.1 200 ")
        closed_by_server(sock)
        assert time.monotonic() - sent_at >= LIMITS.idle_seconds  # kept alive, then dropped once idle


def test_a_slow_body_is_dropped_at_the_deadline(server: KgServer):
    with connect(server) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 100000\r\n\r\nASK")
        closed_by_server(sock, keep_sending=b" ")
