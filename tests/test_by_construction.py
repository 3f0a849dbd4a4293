"""The build's check of its graph and what it leaves to the writer.

The build checks the entity section and every entity's `kg:mentionedIn` against the shapes
(kg.query.beside); the provenance sections are correct by construction of the writer (kg/export/rdf.py
states what it guarantees; kg.query.validate.BY_CONSTRUCTION lists the constraints left to it). What makes
that safe is here: the full check (`kg validate`) passes on builds of every corpus we have, a fault
planted in the entity section is still found by the build's check, a fault planted in a provenance
section is found by `kg validate`, and the writer refuses the records that would break what it guarantees.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.export.rdf import TurtleWriter, graph_turtle
from kg.model import Extraction, Fact, NamedMention
from kg.query.beside import CheckBeside
from kg.query.shacl import ShapesError, compile_shapes
from kg.query.validate import BY_CONSTRUCTION, CHECKED_BY_THE_BUILD, build_checks, shape_checks, validate_turtle
from kg.run.build import DEMO_CORPUS, build
from kg.schema import SHAPES

HELDOUT = Path(__file__).parent / "heldout" / "texts"
DOCUMENT_SECTIONS = re.compile(r"^doc:", re.M)  # the first document section starts the provenance


def _full_check(out: Path, capsys) -> None:
    assert main(["validate", str(out)]) == 0, capsys.readouterr().out
    assert "valid (conforms to the shapes" in capsys.readouterr().out


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    import importlib.util

    spec = importlib.util.spec_from_file_location("corpus", Path(__file__).parent.parent / "benchmarks" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)  # benchmarks/ is not a package the tests can import
    folder = tmp_path_factory.mktemp("generated")
    corpus.generate(200_000, folder)
    return folder


def test_the_full_check_passes_on_builds_of_the_corpora(corpus_build: Path, generated: Path, tmp_path: Path,
                                                       capsys):
    """What the build leaves to the writer holds on the development corpus, the held-out texts and a generated
    corpus, each built with the build's check on, and on an update (whose earlier sections are copied)."""
    _full_check(corpus_build, capsys)
    for name, corpus in (("heldout", HELDOUT), ("generated", generated)):
        result = build([corpus], tmp_path / name, warn=lambda message: None)
        assert result.checked == CHECKED_BY_THE_BUILD and result.triples > 1000
        _full_check(tmp_path / name, capsys)
    first, later = tmp_path / "first", tmp_path / "later"
    files = sorted(HELDOUT.glob("*.txt"))
    for folder, part in ((first, files[:5]), (later, files[5:])):
        folder.mkdir()
        for path in part:
            shutil.copy(path, folder)
    build([first], tmp_path / "updated", warn=lambda message: None)
    build([later], tmp_path / "updated", warn=lambda message: None, update=True)
    _full_check(tmp_path / "updated", capsys)


def _sections(text: str) -> tuple[str, str]:
    """graph.ttl as (header and entity section, document sections)."""
    start = DOCUMENT_SECTIONS.search(text).start()
    return text[:start], text[start:]


def _builds_check(entity_section: str, document_sections: str):
    """The report of the check as the build runs it: the entity section loaded, then the document sections."""
    with CheckBeside(TurtleWriter().header()) as check:
        data = entity_section.encode("utf-8")
        check.write(data[len(TurtleWriter().header().encode("utf-8")):])
        check.documents_follow()
        check.write(document_sections.encode("utf-8"))
        report = check.report()
    assert not check.whole
    return report


def _messages(report) -> set[str]:
    return {violation.message for violation in report.violations}


def test_the_builds_check_passes_where_the_full_check_passes(demo_build: Path):
    entities, documents = _sections((demo_build / "graph.ttl").read_text(encoding="utf-8"))
    assert _builds_check(entities, documents).conforms


def test_a_fault_in_the_entity_section_is_found_by_the_builds_check(demo_build: Path):
    entities, documents = _sections((demo_build / "graph.ttl").read_text(encoding="utf-8"))
    no_label = entities.replace("    rdfs:label ", "    rdfs:comment ", 1)
    assert any("exactly one rdfs:label" in m for m in _messages(_builds_check(no_label, documents)))
    # a relation's node without its triple asserted: the relation triple taken out of its head's block
    relation = re.search(r" ;\n    kg:locatedIn ([^ ;\n]+)", entities)
    assert relation and "," not in relation[1]
    unasserted = entities[:relation.start()] + entities[relation.end():]
    assert "a relation's triple is asserted in the graph" in _messages(_builds_check(unasserted, documents))


def test_an_entity_never_mentioned_is_found_by_the_builds_check(demo_build: Path):
    """The one constraint on entities that the document sections decide: kg:mentionedIn, at least once."""
    entities, documents = _sections((demo_build / "graph.ttl").read_text(encoding="utf-8"))
    entity = re.search(r"^(company:\S+) kg:mentionedIn ", documents, re.M)[1]
    unmentioned = re.sub(rf"^{re.escape(entity)} kg:mentionedIn [^\n]*\n\n", "", documents, flags=re.M)
    assert unmentioned != documents
    report = _builds_check(entities, unmentioned)
    assert {v.message for v in report.violations} == {
        "an entity is mentioned in (kg:mentionedIn) at least one kg:Sentence"}
    assert [v.focus.split()[0] for v in report.violations] == [entity]


def test_a_fault_in_a_provenance_section_is_left_to_the_writer_and_found_by_kg_validate(demo_build: Path,
                                                                                        tmp_path: Path, capsys):
    text = (demo_build / "graph.ttl").read_text(encoding="utf-8")
    entities, documents = _sections(text)
    broken = documents.replace("kg:confidence 0.", "kg:confidence 3.", 1)
    broken = broken.replace("    kg:position ", "    kg:index ", 1)
    assert _builds_check(entities, broken).conforms  # the writer never makes these: the build does not look
    (tmp_path / "graph.ttl").write_text(entities + broken, encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "a statement has exactly one kg:confidence" in out and "a sentence has exactly one kg:position" in out


def test_what_is_left_to_the_writer_names_constraints_of_the_shapes(tmp_path: Path):
    assert len(build_checks()) == len(shape_checks())
    compiled = {check.shape: check for check in build_checks()}
    for shape in ("Statement", "Sentence", "Document", "RelationProvenance"):
        check = compiled[f"<https://w3id.org/zh-industry-kg/shapes#{shape}>"]
        assert not check.queries and check.survey is None
    with pytest.raises(ShapesError, match="no sh:class to leave out"):
        compile_shapes(SHAPES, [*BY_CONSTRUCTION, ("https://w3id.org/zh-industry-kg/shapes#Entity",
                                                  "http://www.w3.org/2000/01/rdf-schema#label", "class")])


def _extraction(confidence: float = 0.9, relation: str = "locatedIn", rule: str = "test.rule",
                sentence: str = "苏州工业园区位于苏州。", document: str = "a.txt") -> Extraction:
    park, region = ("IndustrialPark", "苏州工业园区"), ("Region", "苏州")
    return Extraction(document, (sentence,), (NamedMention(*park, 0), NamedMention(*region, 0)),
                      (Fact(park, relation, region, 0, confidence, rule),), ())


@pytest.mark.parametrize("broken", [dict(confidence=1.5), dict(confidence=1.006), dict(confidence=float("nan")),
                                    dict(relation="partOf"), dict(rule=""), dict(sentence=""), dict(document="")])
def test_the_writer_refuses_a_record_that_would_break_what_it_guarantees(broken: dict):
    assert "kg:confidence 0.90" in graph_turtle([_extraction()])
    with pytest.raises(ValueError, match="is not written"):
        graph_turtle([_extraction(**broken)])


def test_the_writer_states_what_it_guarantees():
    import kg.export.rdf as rdf

    assert "BY_CONSTRUCTION" in rdf.__doc__ and "guarantees" in rdf.__doc__


def test_a_build_says_what_its_check_checked(tmp_path: Path, capsys):
    assert main(["build", str(DEMO_CORPUS), "-o", str(tmp_path / "out")]) == 0
    assert f"checked {CHECKED_BY_THE_BUILD}" in capsys.readouterr().out
    assert main(["build", str(DEMO_CORPUS), "-o", str(tmp_path / "unchecked"), "--no-validate"]) == 0
    assert "checked " not in capsys.readouterr().out
