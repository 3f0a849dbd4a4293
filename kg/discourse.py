"""Anaphors: 该项目, 该公司, 园区 standing for the project, company or park named last.

The sentence rules (kg.relations) see such a word as a mention of its type;
what they find for it is said of the entity it stands for. The words, where
they may stand and how far back they reach are data (`discourse` in
rules/relations.yaml).
"""
from __future__ import annotations

import bisect
import re

from kg.entities import Mention, _alternation
from kg.rules import Rules

CLAUSE_OPENING = "。！？；;，,：:\n"


class Anaphora:
    def __init__(self, rules: Rules):
        data = rules.relations["discourse"]
        self.max_back = int(data["max_sentences_back"])
        self.factor = float(data["confidence_factor"])
        self.patterns = []  # (label, words anywhere, words at a clause start)
        for label, words in data.items():
            if isinstance(words, dict):
                self.patterns.append((label, re.compile(_alternation(words.get("anywhere", [])) or "(?!)"),
                                      re.compile(_alternation(words.get("clause_start", [])) or "(?!)")))

    def stand_ins(self, text: str, sentences: list[tuple[int, int]], index: int, mentions: list[Mention],
                  ends: list[int]) -> dict[Mention, Mention]:
        """Mentions for the anaphors of sentence `index`, each with the entity it stands for."""
        s_start, s_end = sentences[index]
        earliest = sentences[max(0, index - self.max_back)][0]
        out: dict[Mention, Mention] = {}
        for label, anywhere, clause_start in self.patterns:
            found = list(anywhere.finditer(text, s_start, s_end))
            found += [m for m in clause_start.finditer(text, s_start, s_end)
                      if (m.start() == s_start or text[m.start() - 1] in CLAUSE_OPENING)]
            for word in found:
                if _covered(mentions, ends, word.start(), word.end()):
                    continue
                antecedent = _last_of(mentions, ends, label, word.start(), earliest)
                if antecedent is not None:
                    out[Mention(word.start(), word.end(), label, "anaphor")] = antecedent
        return out


def _covered(mentions: list[Mention], ends: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_right(ends, start)
    return i < len(mentions) and mentions[i].start < end


def _last_of(mentions: list[Mention], ends: list[int], label: str, before: int, earliest: int) -> Mention | None:
    for i in range(bisect.bisect_right(ends, before) - 1, -1, -1):
        m = mentions[i]
        if m.start < earliest:
            return None
        if m.label == label:
            return m
    return None
