"""The set a list's count repeats: 佛山新增29家企业入选P。…A、B等29家企业…, and one member of it: 某省共有13家企业获评P。
某公司是这13家企业之一. The sentence up to `same_count_reach` before that counts the same number of the same kind at
one place gives the list (or the member) that place, and the program of the count's clause (rules/relations.yaml,
`lists`: `same_count_reach`, `one_of`, `count_phrase`)."""
from __future__ import annotations

import bisect
import re
from operator import attrgetter
from typing import Any

from kg.extract.relations.sentence import MEMBERS, PLACES, after_brackets, listed_member
from kg.extract.search import compile_scan
from kg.extract.text import CLAUSE_BREAK_CHARS, SENTENCE_END_CHARS, clause_start, count_value
from kg.model import Mention
from kg.schema import COMPANY, PROGRAM

START = attrgetter("start")
CLAUSE_COUNT = re.compile(r"[^，,。；;、]{0,4}")  # 佛山新增29家…，新增12家: a count opening its clause


class CountedSets:
    def __init__(self, lists: dict[str, Any], count: str, count_after_place: re.Pattern, counted_kinds: dict[str, str]):
        self.reach = int(lists["same_count_reach"])
        self.list_count, self.any_count = re.compile(rf"\s*等\s*{count}"), compile_scan(count)
        self.one_of_re = re.compile(lists["one_of"].replace("{count}", count))
        self.count_after_place, self.counted_kinds = count_after_place, counted_kinds
        self.origin_before, self.firms_from = re.compile(lists["origin_before"]), re.compile(lists["firms_from"])
        self.settled_count = re.compile(lists["settled_count"].replace("{count}", count))
        self.ranking_top = compile_scan(lists["ranking_top"])

    def counts(self, text: str, place: Mention, kind: str) -> bool:
        """The place is followed by a count (共有3家企业) that may count things of this kind, in it."""
        count = self.count_after(text, place)
        return count is not None and self.counted_kinds.get(count.group("unit"), kind) == kind and self.counts_here(text, place, kind)

    def settled(self, count: re.Match) -> bool:
        """The count was found after a place of settling (在某园区投资的企业有4家), not right after the place."""
        return count.re is self.settled_count

    def count_after(self, text: str, place: Mention) -> re.Match | None:
        """The count after the place (某县共有3家企业; 在某园区投资的企业有4家)."""
        at = after_brackets(text, place.end)
        return self.count_after_place.match(text, at) or (
            self.settled_count.match(text, at) if text[place.start - 1:place.start] == "在" else None)

    def counts_here(self, text: str, place: Mention, kind: str) -> bool:
        """The place counts what is in it: no member of a list, no origin (从北京引进项目5个; of firms, 来自某县 is where they are)."""
        before = max(0, place.start - 4)
        return not listed_member(text, place) and not (self.origin_before.search(text, before, place.start) and not (
            kind == COMPANY and self.firms_from.search(text, before, place.start)))

    def counts_more(self, text: str, position: int) -> bool:
        """Another count in the clause after `position` (宜宾市新增1家国家级绿色工厂、5家省级绿色工厂)."""
        clause_end = min((i for i in (text.find(c, position) for c in "，,。；;\n") if i != -1), default=len(text))
        return self.any_count.search(text, position, clause_end) is not None

    def stated(self, text: str, start: int, end: int) -> int | None:
        """The count the opener of a spelled-out list states (获评P的9家企业分别是：, 某榜单前10位分别为：), if it does."""
        counts = [m.group("number") for m in (*self.any_count.finditer(text, start, end), *self.ranking_top.finditer(text, start, end))]
        return count_value(counts[-1]) if counts else None

    def unless_topped(self, text: str, place: Mention | None, start: int, end: int) -> Mention | None:
        """The place, unless the opener from `start` to `end` names a ranking's top of another number than the place
        counts (泉州市有31家企业上榜。榜单前10位分别为：: the first ten of the ranking, not the city's firms)."""
        top = self.ranking_top.search(text, start, end) if place is not None else None
        if top is None:
            return place
        count = self.count_after(text, place)
        return place if count and count_value(count.group("number")) == count_value(top.group("number")) else None

    def one_of(self, members: list[Mention], text: str, list_end: int) -> re.Match | None:
        """某公司是这13家企业之一: a single member said to be one of a counted set."""
        return self.one_of_re.match(text, list_end) if len(members) == 1 else None

    def find(self, text: str, sentences, mentions: list[Mention], members: list[Mention], sentence_of, list_end: int
             ) -> tuple[Mention | None, Mention | None]:
        """The place that counts the list's set, and the program of that count's clause (None, None if no one place
        counts it: 佛山新增29家企业入选P，新增12家企业入选Q counts both at one place)."""
        kind = members[0].label
        closing = self.list_count.match(text, list_end) or self.one_of(members, text, list_end)
        if closing is None or self.counted_kinds.get(closing.group("unit"), kind) != kind:
            return None, None
        number = count_value(closing.group("number"))
        if number is None or number < 2:
            return None, None
        found: dict[str, tuple[Mention, Mention | None]] = {}
        s = sentence_of[members[0]]
        for start, end in sentences[max(s - self.reach, 0):s]:
            # (the mentions are sorted: a sentence's own by a binary search, not a walk over a long text's)
            own = mentions[bisect.bisect_left(mentions, start, key=START):bisect.bisect_left(mentions, end, key=START)]
            place = None
            for count in self.any_count.finditer(text, start, end):
                place = self._counting_place(text, own, start, count, place, kind)
                # A、B、C各有10个、11个、11个: counts of several places, one each
                if text.startswith("、", count.end()) or text.endswith("、", start, count.start()):
                    continue
                if place is None or count_value(count.group("number")) != number or \
                        self.counted_kinds.get(count.group("unit"), kind) != kind:
                    continue
                clause_end = next((i for i in range(count.end(), end) if text[i] in CLAUSE_BREAK_CHARS
                                   or text[i] in SENTENCE_END_CHARS), end)
                program = next((m for m in own if m.label == PROGRAM and count.end() <= m.start < clause_end), None)
                found[text[place.start:place.end]] = (place, program)
        return next(iter(found.values())) if len(found) == 1 else (None, None)

    def _counting_place(self, text: str, own: list[Mention], start: int, count: re.Match,
                        place: Mention | None, kind: str) -> Mention | None:
        """The place the count counts at: named right before it, or the one before in the clauses after (佛山新增29家…，
        新增12家…: the place goes on counting only in the next clauses)."""
        before = [m for m in own if m.end <= count.start()]
        if before and before[-1].label in PLACES and self.count_after(text, before[-1]):
            return before[-1] if self.counts_here(text, before[-1], kind) else None
        if before and before[-1].label in PLACES or not CLAUSE_COUNT.fullmatch(
                text, clause_start(text, start, count.start()), count.start()):
            return None
        if before and before[-1].label in MEMBERS:
            return None  # 某公司有3家子公司: counted by what stands before it
        return place
