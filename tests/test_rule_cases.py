"""Every rule case in kg/extract/rules/cases/*.yaml: the text gives the relations it lists, and not those it rules out.

Each case names the relation pattern (rules/relations.yaml) it is a case of; every pattern has a case.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kg.extract.nlp import doc_text
from kg.extract.relations import load_patterns
from kg.extract.rules import load_rules

CASES_DIR = Path(__file__).resolve().parent.parent / "kg" / "extract" / "rules" / "cases"
CASES = [case for path in sorted(CASES_DIR.glob("*.yaml")) for case in yaml.safe_load(path.read_text("utf-8"))]
PATTERNS = [p.id for p in load_patterns(load_rules())]


def _found(nlp, text: str) -> dict[tuple[str, str, str], str]:
    """(head name, relation, tail name) -> the rule that found it."""
    doc = nlp(text)
    body = doc_text(doc)
    return {(body[r.head.start:r.head.end], r.relation, body[r.tail.start:r.tail.end]): r.rule
            for r in doc._.kg_relations}


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_rule_case(nlp, case):
    found = _found(nlp, case["text"])
    missing = [tuple(t) for t in case.get("expect", []) if tuple(t) not in found]
    wrong = [tuple(t) for t in case.get("absent", []) if tuple(t) in found]
    assert not missing and not wrong, f"missing {missing}, should not be there {wrong}; found {sorted(found.items())}"
    if case.get("expect"):
        rules = {found[tuple(t)] for t in case["expect"]}
        assert rules & {case["pattern"], f"{case['pattern']}.anaphor"}, \
            f"no expected relation was found by {case['pattern']}, but by {sorted(rules)}"


def test_every_case_checks_something_of_a_pattern():
    assert CASES and all(case.get("expect") or case.get("absent") for case in CASES)
    assert len({case["id"] for case in CASES}) == len(CASES), "two cases have one id"
    unknown = sorted({case.get("pattern") for case in CASES} - set(PATTERNS), key=str)
    assert not unknown, f"cases name patterns that relations.yaml does not define: {unknown}"


def test_every_pattern_has_a_case():
    with_cases = {case["pattern"] for case in CASES}
    assert not [p for p in PATTERNS if p not in with_cases], "patterns without a case in rules/cases/"
