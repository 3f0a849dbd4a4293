"""An output folder is written by one build at a time, and what kg reads back from it can never run code.

The state (`.kg/state.json`) and spool files are checksummed JSON: a planted
pickle, a truncated or bit-flipped state is recognised; a plain build then
starts afresh (keeping the IRIs of the graph file) and `--update` refuses with
a message. Temporary files that a killed build left are removed by the next one.
"""
from __future__ import annotations

import errno
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.cli import main
from kg.export.rdf import KG
from kg.run.build import DEMO_CORPUS, build
from kg.staging import writer_lock

DEMO = sorted(DEMO_CORPUS.glob("*.txt"))


def _quiet(message: str) -> None:
    pass


def _documents(folder: Path) -> set[str]:
    graph = Graph().parse(folder / "graph.ttl")
    return {str(name) for doc in graph.subjects(URIRef(str(KG.fileName)), None)
            for name in graph.objects(doc, KG.fileName)}


class _RunsCode:
    """A pickle that, when loaded, creates a file: what an attacker would plant."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def _plant_everywhere(out: Path, payload: bytes) -> None:
    for folder in (out / ".kg", out / ".kg" / "spool"):
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("state.json", "state.pickle", "000000.json", "000000.pickle", "000001.json"):
            (folder / name).write_bytes(payload)


def test_two_updates_at_once_both_land(tmp_path: Path):
    out = tmp_path / "out"
    build(DEMO[:1], out, warn=_quiet)
    runs = [subprocess.Popen([sys.executable, "-m", "kg.cli", "build", "--update", str(out), str(doc)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for doc in DEMO[1:3]]
    for run in runs:
        stdout, stderr = run.communicate(timeout=300)
        assert run.returncode == 0, stderr
    assert _documents(out) == {doc.name for doc in DEMO[:3]}
    assert main(["build", "--update", str(out), str(DEMO[3])]) == 0  # and the state knows all three
    assert _documents(out) == {doc.name for doc in DEMO[:4]}


def test_a_second_writer_with_no_wait_stops_with_a_message(tmp_path: Path, capsys):
    out = tmp_path / "out"
    build(DEMO[:1], out, warn=_quiet)
    before = (out / "graph.ttl").read_bytes()
    with writer_lock(out, ".kg", _quiet):
        assert main(["build", "--update", str(out), "--no-wait", str(DEMO[1])]) == 1
    assert "another kg build is writing" in capsys.readouterr().err
    assert (out / "graph.ttl").read_bytes() == before


@pytest.mark.parametrize("update", [False, True])
def test_planted_pickles_under_kg_never_run(tmp_path: Path, update: bool):
    out, marker = tmp_path / "out", tmp_path / "ran"
    build(DEMO[:1], out, warn=_quiet)
    _plant_everywhere(out, pickle.dumps(_RunsCode(marker)))
    if update:
        assert main(["build", "--update", str(out), str(DEMO[1])]) == 1  # a damaged state: refused
    else:
        assert main(["build", "-o", str(out), str(DEMO[0])]) == 0
    assert not marker.exists()


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "bit flip":
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1:])
    elif how == "truncated":
        path.write_bytes(data[: len(data) // 3])
    else:
        path.write_bytes(b"")


@pytest.mark.parametrize("how", ["bit flip", "truncated", "empty"])
def test_a_damaged_state_is_named_refused_by_update_and_replaced_by_a_plain_build(tmp_path: Path, capsys, how: str):
    out = tmp_path / "out"
    build(DEMO[:2], out, warn=_quiet)
    iris = (out / "graph.ttl").read_bytes()
    _damage(out / ".kg" / "state.json", how)

    assert main(["build", "--update", str(out), str(DEMO[2])]) == 1
    err = capsys.readouterr().err
    assert "state.json: damaged" in err or "not a build-state file" in err
    assert "another version" not in err

    assert main(["build", "-o", str(out), *map(str, DEMO[:2])]) == 0
    assert "not used: building afresh" in capsys.readouterr().err
    assert (out / "graph.ttl").read_bytes() == iris  # same IRIs, from the graph file
    assert main(["build", "--update", str(out), str(DEMO[2])]) == 0  # the new state works again


def test_a_damaged_spool_file_is_named_not_used(tmp_path: Path):
    from kg.ingest.read import InputError
    from kg.run.local import RenderSettings, render_spooled

    out = tmp_path / "out"
    build(DEMO[:2], out, warn=_quiet)
    spool = sorted((out / ".kg" / "spool").glob("*.json"))[0]
    _damage(spool, "bit flip")
    with pytest.raises(InputError, match=f"{spool.name}: damaged"):
        list(render_spooled([spool], {}, RenderSettings("https://example.org/", 0.0), workers=1))


def test_temporary_files_of_a_killed_build_are_removed_by_the_next(tmp_path: Path):
    out = tmp_path / "out"
    build(DEMO[:1], out, warn=_quiet)
    leftovers = [out / ".graph.ttl.k1l2ed.tmp", out / ".kg" / ".state.json.x8.tmp",
                 out / ".kg" / "spool" / ".000000.json.q1.tmp"]
    for path in leftovers:
        path.write_bytes(b"x" * 1000)
    build(DEMO[:1], out, warn=_quiet)
    assert not [path for path in leftovers if path.exists()]
    assert not list(out.rglob("*.tmp"))


def test_output_naming_a_file_is_an_error(tmp_path: Path, capsys):
    target = tmp_path / "graph"
    target.write_text("mine")
    assert main(["build", "-o", str(target), str(DEMO[0])]) == 1
    assert "is a file, not a folder" in capsys.readouterr().err
    assert target.read_text() == "mine"


def test_a_full_disk_leaves_the_previous_output_and_says_so(tmp_path: Path, capsys, monkeypatch):
    out = tmp_path / "out"
    build(DEMO[:1], out, warn=_quiet)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def full(self, name):
        raise OSError(errno.ENOSPC, "No space left on device", str(self.folder / name))

    monkeypatch.setattr("kg.staging.Staging.close", full)
    assert main(["build", "-o", str(out), *map(str, DEMO[:2])]) == 1
    err = capsys.readouterr().err
    assert "the disk is full" in err and "previous output" in err and "Traceback" not in err
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_a_failed_first_build_leaves_no_folder(tmp_path: Path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["build", "-o", str(tmp_path / "out"), str(empty)]) == 1
    assert not (tmp_path / "out").exists()
