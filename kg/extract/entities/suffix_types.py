"""Any entity type named by a suffix alone (大学, 学院 → University), declared by a rules file, no Python.

A file in kg/extract/rules/types/ (or `types/` in a user's rules folder) says
which type of the ontology it is for and which suffixes end its names; the
name's start is found as for every other name (`NameText.stem_start`). These
types come after the types with recognisers of their own: a suffix inside a
name they found (重庆大学出版社有限公司) is not a name of its own.
"""
from __future__ import annotations

import re
from typing import Any

from kg.extract.gazetteer import Gazetteer
from kg.extract.entities.names import NameText, bare
from kg.extract.entities.state import DocState
from kg.extract.search import alternation


class SuffixRecogniser:
    def __init__(self, rules: dict[str, Any], names: NameText, gazetteer: Gazetteer):
        self.names, self.gazetteer = names, gazetteer
        self.label = rules["type"]
        self.suffix_re = re.compile(alternation(rules["suffixes"]))
        self.max_stem = int(rules.get("max_stem", 12))
        self.min_stem = int(rules.get("min_stem", 2))
        self.not_before = tuple(rules.get("not_before", ()))
        self.not_names = frozenset(rules.get("not_names", ()))
        self.rule = f"{self.label}.suffix"

    def find(self, doc: DocState) -> None:
        text, names = doc.text, self.names
        for m in self.suffix_re.finditer(text):
            if doc.names.covers(m.start()) or text.startswith(self.not_before, m.end()):
                continue
            start = names.stem_start(doc, m.start(), self.max_stem)
            stem = bare(text[start:m.start()])
            if (len(stem) < self.min_stem or names.is_generic(stem) and stem not in self.gazetteer.region_names
                    or text[start:m.end()] in self.not_names):
                continue
            doc.names.add(start, m.end(), self.label, self.rule)
