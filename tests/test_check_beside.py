"""The build's check run beside it (kg/query/beside.py) reports what `validate_turtle` reports for the file."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

import kg.run.build as build_module
from kg.cli import main
from kg.export.rdf import RDFS_LABEL, TurtleWriter
from kg.query.beside import CheckBeside, CheckFailed
from kg.query.validate import validate_turtle
from kg.run.build import DEMO_CORPUS, build


def _checked_in_pieces(data: bytes, seed: int = 1) -> CheckBeside:
    """A check fed `data` cut at random places, as a writer's buffers cut it."""
    check = CheckBeside(TurtleWriter().header())
    rng, at = random.Random(seed), 0
    while at < len(data):
        step = rng.randint(1, 40_000)
        check.write(data[at:at + step])
        at += step
    return check


def test_it_reports_what_validate_turtle_reports_for_a_graph_that_conforms(demo_build: Path):
    data = (demo_build / "graph.ttl").read_bytes()
    with _checked_in_pieces(data) as check:
        report = check.report()
    assert report.conforms and report == validate_turtle(demo_build / "graph.ttl")
    assert check.seconds > 0


def test_it_reports_the_violations_validate_turtle_reports(demo_build: Path, tmp_path: Path):
    text = (demo_build / "graph.ttl").read_text(encoding="utf-8")
    # a company without its rdfs:label, and a confidence out of range, in two different parts of the file
    broken = text.replace(f"    rdfs:label ", "    rdfs:comment ", 1).replace("kg:confidence 0.", "kg:confidence 3.", 1)
    assert broken != text
    path = tmp_path / "broken.ttl"
    path.write_text(broken, encoding="utf-8")
    with _checked_in_pieces(path.read_bytes(), seed=2) as check:
        report = check.report()
    expected = validate_turtle(path)
    assert not expected.conforms and report == expected
    messages = {violation.message for violation in report.violations}
    assert any("rdfs:label" in message for message in messages)
    assert any("kg:confidence" in message for message in messages)


def test_a_part_that_is_not_turtle_is_an_error_of_the_report():
    check = CheckBeside(TurtleWriter().header())
    check.write(b"kg:a kg:b kg:c .\n\nthis is not Turtle .\n\n")
    with pytest.raises(SyntaxError):
        check.report()


def test_an_abandoned_check_ends_its_process():
    with CheckBeside(TurtleWriter().header()) as check:
        check.write(b"kg:a kg:b kg:c .\n\n")
    assert check._process.returncode is not None  # ended, not left behind
    with pytest.raises(CheckFailed):
        check.report()


def _without_first_label(blocks):
    subject, pairs = blocks[0]
    return [(subject, [(p, objects) for p, objects in pairs if p != RDFS_LABEL]), *blocks[1:]]


def test_build_refuses_a_graph_that_breaks_the_shapes(tmp_path: Path, monkeypatch, capsys):
    entity_blocks = build_module.entity_blocks
    monkeypatch.setattr(build_module, "entity_blocks", lambda *args: _without_first_label(entity_blocks(*args)))
    out = tmp_path / "out"
    assert main(["build", str(DEMO_CORPUS), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "the graph is not valid, so nothing was written" in err
    assert "an entity has exactly one rdfs:label" in err
    assert not out.exists()

    assert main(["build", str(DEMO_CORPUS), "-o", str(out), "--allow-invalid"]) == 0
    assert "writing a graph that is not valid" in capsys.readouterr().err
    assert main(["validate", str(out)]) == 1


def test_a_build_reports_the_check_and_its_own_time(tmp_path: Path):
    result = build([DEMO_CORPUS], tmp_path / "out", warn=lambda message: None)
    assert "validation" in result.times.seconds and result.times.seconds["validation beside the build"] > 0
    unchecked = build([DEMO_CORPUS], tmp_path / "unchecked", warn=lambda message: None, validate=False)
    assert "validation" not in unchecked.times.seconds
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (tmp_path / "unchecked" / "graph.ttl").read_bytes()
