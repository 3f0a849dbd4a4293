"""Relation patterns as data (rules/relations.yaml, `patterns`): an analyst's pattern runs without Python,
and a pattern that cannot be used is an error naming its file and its id."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.nlp import build_nlp, doc_text
from kg.extract.relations import RelationFinder, load_patterns
from kg.extract.rules import RulesError, load_rules

SETTLE = """patterns:
  - id: locatedIn.moved_into
    relation: locatedIn
    shape: pair
    head: Company
    tail: IndustrialPark
    cues: [迁入, 搬迁至]
    gap: '{adverbs}*{cues}'
    confidence: 0.8
"""


def _user_rules(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    (folder / "relations.yaml").write_text(text, encoding="utf-8")
    return folder


def _finder_error(tmp_path: Path, text: str) -> str:
    folder = _user_rules(tmp_path, text)
    with pytest.raises(RulesError) as err:
        RelationFinder(load_rules([folder]))
    return str(err.value)


def test_a_pattern_from_a_users_folder_runs_without_python(tmp_path):
    nlp = build_nlp([_user_rules(tmp_path, SETTLE)], learned=False)
    text = "常州凯岚精密机械有限公司已迁入武进高新区。"
    doc = nlp(text)
    body = doc_text(doc)
    found = {(body[r.head.start:r.head.end], r.relation, body[r.tail.start:r.tail.end], r.rule, r.confidence)
             for r in doc._.kg_relations}
    assert ("常州凯岚精密机械有限公司", "locatedIn", "武进高新区", "locatedIn.moved_into", 0.8) in found


def test_a_users_record_with_a_known_id_changes_that_pattern(tmp_path):
    folder = _user_rules(tmp_path, "patterns:\n  - {id: locatedIn.at, cues: [至], confidence: 0.5}\n")
    at = next(p for p in load_patterns(load_rules([folder])) if p.id == "locatedIn.at")
    assert at.confidence == 0.5
    assert {"在", "于", "至"} <= set(at.words["cues"])
    assert at.source == str(folder / "relations.yaml")


def test_our_patterns_are_named_and_checked_against_the_schema():
    patterns = load_patterns(load_rules())
    assert len({p.id for p in patterns}) == len(patterns)
    assert all(p.source.endswith("relations.yaml") for p in patterns)


@pytest.mark.parametrize("record, problem", [
    ("{id: x.y, relation: partOf, shape: pair, head: Company, tail: Region, gap: '', confidence: 0.5}",
     "unknown relation 'partOf'"),
    ("{id: x.y, relation: locatedIn, shape: pair, head: Program, tail: Region, gap: '', confidence: 0.5}",
     "head: Program is not in the domain of locatedIn"),
    ("{id: x.y, relation: developedBy, shape: pair, head: Project, tail: Region, gap: '', confidence: 0.5}",
     "tail: Region is not in the range of developedBy"),
    ("{id: x.y, relation: locatedIn, shape: pair, head: Firm, tail: Region, gap: '', confidence: 0.5}",
     "head: unknown entity type Firm"),
    ("{id: x.y, relation: locatedIn, shape: zigzag, head: Company, tail: Region, confidence: 0.5}",
     "unknown shape 'zigzag'"),
    ("{id: x.y, relation: locatedIn, shape: pair, head: Company, tail: Region, gap: '', confidense: 0.5}",
     "missing confidence"),
    ("{id: x.y, relation: locatedIn, shape: pair, head: Company, tail: Region, gap: '', confidence: 80}",
     "confidence must be between 0 and 1, not 80"),
    ("{id: x.y, relation: locatedIn, shape: pair, head: Company, tail: Region, gap: '', confidence: 0.5, cue: [在]}",
     "unknown key cue"),
    ("{id: x.y, relation: locatedIn, shape: pair, head: Company, tail: Region, confidence: 0.5}",
     "needs 'gap'"),
    ("{id: x.y, relation: locatedIn, shape: pair, head: Company, tail: Region, gap: '(在', confidence: 0.5}",
     "'gap' is not a valid regular expression"),
    ("{id: x.y, relation: locatedIn, shape: pair, head: Company, tail: Region, gap: '', cues: no_such.list, "
     "confidence: 0.5}", "relations.yaml has no word list 'no_such.list'"),
    ("{id: x.y, relation: locatedIn, shape: partners, of: locatedIn.cue, head: Company, tail: Region, "
     "confidence: 0.5}", "'of' must name a pattern of shape pair"),
    ("{id: x.y, relation: locatedIn, shape: tail_in_gap, of: nothing.here, group: place, head: Project, "
     "tail: Region, confidence: 0.5}", "'of' names no pattern: nothing.here"),
])
def test_a_bad_pattern_is_an_error_naming_its_file_and_id(tmp_path, record, problem):
    message = _finder_error(tmp_path, f"patterns:\n  - {record}\n")
    assert message.startswith(f"{tmp_path / 'rules' / 'relations.yaml'}: pattern 'x.y': ")
    assert problem in message


def test_a_pattern_defined_twice_in_one_file_is_an_error(tmp_path):
    record = "{id: x.y, relation: locatedIn, shape: pair, head: Company, tail: Region, gap: '', confidence: 0.5}"
    message = _finder_error(tmp_path, f"patterns:\n  - {record}\n  - {record}\n")
    assert message == f"{tmp_path / 'rules' / 'relations.yaml'}: pattern 'x.y' defined twice"
