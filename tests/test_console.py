"""Progress on stderr (only on a terminal, not with --quiet) and the summary that ends a build."""
from __future__ import annotations

import io
import os
import pty
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


def _build_on_a_terminal(*argv: str) -> str:
    """stderr of `kg build` run with a pseudo-terminal as stderr."""
    leader, follower = pty.openpty()
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", *argv], stdout=subprocess.DEVNULL,
                          stderr=follower, timeout=300)
    os.close(follower)
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
    assert done.returncode == 0
    return b"".join(chunks).decode("utf-8", "replace")


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
