"""The rule cases: sentences with the relations they must give and those they must not, as data.

Ours are in kg/extract/rules/cases/*.yaml; a user's rules folder may hold its own in `cases/`.
`kg rules --rules DIR` runs them all against our rules extended by the user's, as
tests/test_rule_cases.py runs ours.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import yaml
from spacy.language import Language

from kg.extract.nlp import doc_text
from kg.extract.rules import PACKAGE_RULES, RulesError

CASES_FOLDER = "cases"
Triple = tuple[str, str, str]


@dataclass(frozen=True)
class Case:
    id: str
    pattern: str  # the id of the relation pattern it is a case of
    text: str
    expect: tuple[Triple, ...]
    absent: tuple[Triple, ...]
    source: Path


def load_cases(rules_dirs: Sequence[Path] = ()) -> list[Case]:
    """Our cases, then those of each rules folder's `cases/`; a malformed file or record is an error naming it."""
    folders = [PACKAGE_RULES / CASES_FOLDER] + [Path(d) / CASES_FOLDER for d in rules_dirs]
    cases: list[Case] = []
    for path in (p for folder in folders if folder.is_dir() for p in sorted(folder.glob("*.y*ml"))):
        try:
            records = yaml.safe_load(path.read_text("utf-8")) or []
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
            raise RulesError(f"{path}: cannot read the cases: {err}") from None
        if not isinstance(records, list):
            raise RulesError(f"{path}: expected a list of cases")
        cases += [_case(record, path) for record in records]
    seen: dict[str, Path] = {}
    for case in cases:
        if case.id in seen:
            raise RulesError(f"{case.source}: case '{case.id}' is also defined in {seen[case.id]}")
        seen[case.id] = case.source
    return cases


def _case(record: Any, path: Path) -> Case:
    if not isinstance(record, dict) or not all(isinstance(record.get(k), str) for k in ("id", "pattern", "text")):
        raise RulesError(f"{path}: every case needs an id, a pattern and a text: {record!r}")
    triples = {}
    for key in ("expect", "absent"):
        items = record.get(key) or []
        if not isinstance(items, list) or not all(isinstance(t, list) and len(t) == 3 for t in items):
            raise RulesError(f"{path}: case '{record['id']}': {key} must be a list of [head, relation, tail]")
        triples[key] = tuple(tuple(str(x) for x in t) for t in items)
    unknown = set(record) - {"id", "pattern", "text", "expect", "absent"}
    if unknown:
        raise RulesError(f"{path}: case '{record['id']}': unknown key {', '.join(sorted(unknown))}")
    if not triples["expect"] and not triples["absent"]:
        raise RulesError(f"{path}: case '{record['id']}' checks nothing: give expect or absent")
    return Case(record["id"], record["pattern"], record["text"], triples["expect"], triples["absent"], path)


def found_relations(nlp: Language, text: str) -> dict[Triple, str]:
    """(head name, relation, tail name) -> the rule that found it."""
    doc = nlp(text)
    body = doc_text(doc)
    return {(body[r.head.start:r.head.end], r.relation, body[r.tail.start:r.tail.end]): r.rule
            for r in doc._.kg_relations}


def case_problem(nlp: Language, case: Case) -> str | None:
    """What is wrong with the rules' answer to the case, or None when they give what it expects."""
    found = found_relations(nlp, case.text)
    missing = [t for t in case.expect if t not in found]
    wrong = [t for t in case.absent if t in found]
    if missing or wrong:
        return (f"missing {missing}, should not be there {wrong}; "
                f"found {sorted((' '.join(t), rule) for t, rule in found.items())}")
    rules = {found[t] for t in case.expect}
    if case.expect and not rules & {case.pattern, f"{case.pattern}.anaphor", f"{case.pattern}.each"}:
        return f"no expected relation was found by {case.pattern}, but by {sorted(rules)}"
    return None
