"""Every rule case in kg/extract/rules/cases/*.yaml: the text gives the relations it lists, and not those it rules out.

Each case names the relation pattern (rules/relations.yaml) it is a case of; every pattern has a case.
A user's rules folder runs its own cases with `kg rules --rules DIR`.
"""
from __future__ import annotations

import pytest

from kg.cli import main
from kg.extract.cases import case_problem, load_cases
from kg.extract.relations import load_patterns
from kg.extract.rules import RulesError, load_rules

CASES = load_cases()
PATTERNS = [p.id for p in load_patterns(load_rules())]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_rule_case(nlp, case):
    assert case_problem(nlp, case) is None


def test_every_case_names_a_pattern_of_ours():
    unknown = sorted({case.pattern for case in CASES} - set(PATTERNS))
    assert CASES and not unknown, f"cases name patterns that relations.yaml does not define: {unknown}"


def test_every_pattern_has_a_case():
    with_cases = {case.pattern for case in CASES}
    assert not [p for p in PATTERNS if p not in with_cases], "patterns without a case in rules/cases/"


USER_PATTERN = """patterns:
  - id: locatedIn.moved_into
    relation: locatedIn
    shape: pair
    head: Company
    tail: IndustrialPark
    cues: [迁入]
    gap: '{adverbs}*{cues}'
    confidence: 0.8
"""


def _user_folder(tmp_path, cases: str):
    folder = tmp_path / "rules"
    (folder / "cases").mkdir(parents=True)
    (folder / "relations.yaml").write_text(USER_PATTERN, encoding="utf-8")
    (folder / "cases" / "mine.yaml").write_text(cases, encoding="utf-8")
    return folder


def test_kg_rules_runs_a_users_cases_with_ours(tmp_path, capsys):
    folder = _user_folder(tmp_path, """- id: mine.moved
  pattern: locatedIn.moved_into
  text: 常州凯岚精密机械有限公司已迁入武进高新区。
  expect:
    - [常州凯岚精密机械有限公司, locatedIn, 武进高新区]
""")
    assert main(["rules", "--rules", str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"{len(CASES) + 1} cases" in out and "all pass" in out


def test_kg_rules_names_a_failing_case_and_exits_1(tmp_path, capsys):
    folder = _user_folder(tmp_path, """- id: mine.wrong
  pattern: locatedIn.moved_into
  text: 常州凯岚精密机械有限公司已迁入武进高新区。
  absent:
    - [常州凯岚精密机械有限公司, locatedIn, 武进高新区]
""")
    assert main(["rules", "--rules", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "mine.wrong" in out and str(folder / "cases" / "mine.yaml") in out and "should not be there" in out


def test_a_malformed_case_is_an_error_naming_its_file(tmp_path):
    folder = _user_folder(tmp_path, "- id: mine.empty\n  pattern: locatedIn.moved_into\n  text: 什么也没有。\n")
    with pytest.raises(RulesError, match=r"mine\.yaml: case 'mine.empty' checks nothing"):
        load_cases([folder])
