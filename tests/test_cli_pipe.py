"""Output piped into a reader that stops (`kg build … | head -3`, `kg query … | head`): every command ends
quietly, with no BrokenPipeError traceback, and with exit status 0 (what was asked was done)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.run.build import DEMO_CORPUS

ALL_TRIPLES = "SELECT * WHERE { ?s ?p ?o }"


def _with_closed_stdout(*args: str) -> subprocess.CompletedProcess:
    """`kg ARGS` whose stdout is a pipe that nobody reads any more: its read end is closed before kg writes."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        return subprocess.run([sys.executable, "-m", "kg.cli", *args], stdout=writer, stderr=subprocess.PIPE,
                              text=True, timeout=300)
    finally:
        os.close(writer)


def _commands(demo: Path, tmp: Path) -> dict[str, list[str]]:
    return {
        "build": ["build", str(DEMO_CORPUS), "-o", str(tmp / "out"), "--no-validate"],
        "query": ["query", str(demo), ALL_TRIPLES],
        "queries": ["queries"],
        "validate": ["validate", str(demo)],
        "analyze": ["analyze", str(demo), "--format", "csv"],
        "path": ["path", str(demo), "启明智驾", "合肥经济技术开发区"],
        "export": ["export", str(demo), "--to", "csv", "-o", str(tmp / "csv")],
        "help": ["--help"],
    }


@pytest.mark.parametrize("command", ["build", "query", "queries", "validate", "analyze", "path", "export", "help"])
def test_a_closed_stdout_ends_every_command_quietly(command: str, demo_build: Path, tmp_path: Path):
    run = _with_closed_stdout(*_commands(demo_build, tmp_path)[command])
    assert "Traceback" not in run.stderr and "BrokenPipe" not in run.stderr, run.stderr
    assert run.returncode == 0, run.stderr


def test_query_read_in_part_as_head_reads_it(demo_build: Path):
    """The reader takes the first lines and closes the pipe while kg is still writing."""
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "query", str(demo_build), ALL_TRIPLES],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    head = process.stdout.readline() + process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8", "replace")
    assert process.wait(timeout=120) == 0, stderr
    assert head.strip() and "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr
