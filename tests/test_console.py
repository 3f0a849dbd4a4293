"""Progress on stderr (only on a terminal, not with --quiet) and the summary that ends a build."""
from __future__ import annotations

import io
import os
import pty
import re
import signal
import subprocess
import sys
from pathlib import Path

from kg.cli import main
from kg.console import Progress
from kg.run.build import DEMO_CORPUS, build

GOOD = "杭州海辰储能科技有限公司年产20GWh储能电池项目在杭州钱塘新区开工。\n"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_files_characters_rate_and_time_left(monkeypatch):
    now = [0.0]
    monkeypatch.setattr("kg.console.time.monotonic", lambda: now[0])
    stream = Terminal()
    progress = Progress(stream=stream)
    progress.start(files=10, size=1000)
    now[0] = 2.0
    progress.advance(files=5, characters=400, size=500)  # half the bytes in 2 s: 2 s left
    line = stream.getvalue().split("\r")[-1]
    assert "5/10 files" in line and "400 characters" in line
    assert "200 characters/s" in line and "about 2 s left" in line
    progress.close()
    assert stream.getvalue().endswith("\r\033[K"), "the line is cleared at the end"


def test_progress_is_quiet_when_stderr_is_not_a_terminal_or_asked():
    for stream, enabled in ((io.StringIO(), None), (Terminal(), False)):
        progress = Progress(enabled=enabled, stream=stream)
        progress.start(3, 30)
        progress.advance(3, 30, 30)
        progress.stage("checking")
        progress.close()
        assert stream.getvalue() == ""


def _on_a_terminal(*argv: str) -> str:
    """stderr of `kg ARGV` run with a pseudo-terminal as stderr."""
    leader, follower = pty.openpty()
    done = subprocess.run([sys.executable, "-m", "kg.cli", *argv], stdout=subprocess.DEVNULL,
                          stderr=follower, timeout=300)
    os.close(follower)
    shown = _read_all(leader)
    assert done.returncode == 0, shown
    return shown


def _read_all(leader: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def _build_on_a_terminal(*argv: str) -> str:
    return _on_a_terminal("build", *argv)


def test_build_shows_progress_on_a_terminal_and_not_with_quiet(tmp_path: Path):
    shown = _build_on_a_terminal(str(DEMO_CORPUS), "-o", str(tmp_path / "a"))
    assert "5/5 files" in shown and "checking the graph against the shapes" in shown
    assert _build_on_a_terminal(str(DEMO_CORPUS), "-o", str(tmp_path / "b"), "--quiet") == ""


def test_build_without_a_terminal_prints_no_progress(tmp_path: Path):
    run = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(DEMO_CORPUS), "-o", str(tmp_path / "out")],
                         capture_output=True, text=True)
    assert run.returncode == 0 and run.stderr == ""


def test_build_ends_with_a_summary_for_an_analyst(tmp_path: Path, capsys):
    folder = tmp_path / "docs"
    folder.mkdir()
    for path in DEMO_CORPUS.glob("*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    assert main(["build", str(folder), "-o", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    result = build([DEMO_CORPUS], tmp_path / "again", warn=lambda message: None)
    assert "built 5 document(s) in " in out
    assert "skipped 1 file(s):" in out and "empty.txt: empty file" in out, "skipped files are named with why"
    types = ", ".join(f"{name} {count}" for name, count in
                      sorted(result.entity_types.items(), key=lambda item: (-item[1], item[0])))
    assert f"entities per type: {types}" in out
    assert sum(result.entity_types.values()) == result.entities
    assert sum(result.relation_statements.values()) == result.statements
    assert set(result.relation_kinds) == {"locatedIn", "selectedAs", "developedBy"}
    for kind, count in result.relation_kinds.items():
        assert f"{kind} {count} (stated by {result.relation_statements[kind]} sentence(s))" in out


def test_reading_shows_megabytes_rate_and_time_left(monkeypatch):
    now = [0.0]
    monkeypatch.setattr("kg.console.time.monotonic", lambda: now[0])
    stream = Terminal()
    reading = Progress(stream=stream).reading("loading graph.ttl")
    reading(0, 40_000_000)
    now[0] = 2.0
    reading(10_000_000, 40_000_000)  # a quarter in 2 s: 6 s left
    line = stream.getvalue().split("\r")[-1]
    assert line.endswith("loading graph.ttl: 10.0/40.0 MB, 5.0 MB/s, about 6 s left"), line
    assert Progress(enabled=False, stream=Terminal()).reading("loading") is None, \
        "quiet: the load reads the file without counting"


def _graph_line(shown: str, text: str) -> list[str]:
    return [line for line in shown.split("\r") if text in line]


def _reads_whole_file(shown: str, text: str, graph: Path) -> None:
    lines = _graph_line(shown, text)
    size = graph.stat().st_size / 1e6
    assert lines and re.search(rf"{re.escape(text)}: 0\.00/{size:.2f} MB", lines[0]), shown
    assert any(re.search(rf"{re.escape(text)}: {size:.2f}/{size:.2f} MB", line) for line in lines), shown


def test_update_shows_progress_on_a_terminal_and_not_with_quiet(tmp_path: Path):
    texts = sorted(DEMO_CORPUS.glob("*.txt"))
    for out in ("a", "b"):
        build(texts[:2], tmp_path / out, warn=lambda message: None)
    shown = _on_a_terminal("build", "--update", str(tmp_path / "a"), *map(str, texts[2:]))
    assert f"reading the build in {tmp_path / 'a'}" in shown
    assert "3/3 files" in shown and re.search(r"3/3 files, [\d,]+ characters", shown), shown
    assert "checking the graph against the shapes" in shown
    assert _on_a_terminal("build", "--update", str(tmp_path / "b"), *map(str, texts[2:]), "--quiet") == ""


def test_validate_shows_the_graph_loading_then_the_checks(demo_build: Path):
    shown = _on_a_terminal("validate", str(demo_build))
    _reads_whole_file(shown, "loading graph.ttl", demo_build / "graph.ttl")
    assert "checking graph.ttl against the shapes" in shown
    assert _on_a_terminal("validate", str(demo_build), "--quiet") == ""
    run = subprocess.run([sys.executable, "-m", "kg.cli", "validate", str(demo_build)], capture_output=True, text=True)
    assert run.returncode == 0 and run.stderr == "", "no progress when stderr is not a terminal"


def test_query_shows_the_graph_loading(demo_build: Path):
    shown = _on_a_terminal("query", str(demo_build), "ASK { ?s ?p ?o }")
    _reads_whole_file(shown, "loading graph.ttl", demo_build / "graph.ttl")
    assert _on_a_terminal("query", str(demo_build), "ASK { ?s ?p ?o }", "--quiet") == ""


def test_loading_a_large_graph_shows_rate_and_time_left(tmp_path: Path):
    """130 MB of Turtle take well over half a second to load, even on a fast machine (65 MB/s seen): the line gains
    the rate and the time left."""
    folder = tmp_path / "big"
    folder.mkdir()
    line = '<https://example.org/s{0}> <https://example.org/says> "第{0}句：苏州工业园区的一家公司开工了一个项目。" .\n'
    with open(folder / "graph.ttl", "w", encoding="utf-8") as out:
        out.writelines(line.format(n) for n in range(1_000_000))
    shown = _on_a_terminal("query", str(folder), "ASK { ?s ?p ?o }")
    lines = _graph_line(shown, "loading graph.ttl")
    assert any(re.search(r"loading graph\.ttl: [\d.]+/[\d.]+ MB, [\d.]+ MB/s, about \d+ s left", line)
               for line in lines), shown


def test_serve_shows_each_worker_loading_the_graph(demo_build: Path):
    def serve(*options: str) -> str:
        leader, follower = pty.openpty()
        server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(demo_build), "--port", "0",
                                   "--workers", "2", *options], stdout=subprocess.PIPE, stderr=follower)
        os.close(follower)
        try:
            assert server.stdout.readline().startswith(b"serving "), "the workers have loaded the graph"
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=60)
            server.stdout.close()
        return _read_all(leader)

    shown = serve()
    for worker in (1, 2):
        _reads_whole_file(shown, f"loading graph.ttl into query worker {worker} of 2", demo_build / "graph.ttl")
    assert "loading" not in serve("--quiet")
