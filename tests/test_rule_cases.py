"""Every rule case in kg/extract/rules/cases/*.yaml: the text gives the relations it lists, and not those it rules out."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kg.extract.nlp import doc_text

CASES_DIR = Path(__file__).resolve().parent.parent / "kg" / "extract" / "rules" / "cases"
CASES = [case for path in sorted(CASES_DIR.glob("*.yaml")) for case in yaml.safe_load(path.read_text("utf-8"))]


def _triples(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    body = doc_text(doc)
    return {(body[r.head.start:r.head.end], r.relation, body[r.tail.start:r.tail.end]) for r in doc._.kg_relations}


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_rule_case(nlp, case):
    found = _triples(nlp, case["text"])
    missing = [tuple(t) for t in case.get("expect", []) if tuple(t) not in found]
    wrong = [tuple(t) for t in case.get("absent", []) if tuple(t) in found]
    assert not missing and not wrong, f"missing {missing}, should not be there {wrong}; found {sorted(found)}"


def test_every_case_checks_something():
    assert CASES and all(case.get("expect") or case.get("absent") for case in CASES)
