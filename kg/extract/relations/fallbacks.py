"""Fallbacks of the selection shapes (`no_head`, `no_cue` of selection.CueBeforeTail): who was selected when the
cue's clause names no subject (该公司…, the clause or the sentence before, the sentence's topic) or no cue stands
before the program (a copula: 某公司是一家…的P)."""
from __future__ import annotations

import bisect
import re

from kg.extract.relations.sentence import PLACES, Sentence, Shape
from kg.extract.search import alternation
from kg.extract.text import SENTENCE_END_CHARS, clause_start
from kg.model import Mention, Relation
from kg.schema import PROGRAM


class Fallback(Shape):
    """A pattern tried by another (its `no_head` or `no_cue`), never on its own."""
    scope = "fallback"

    def instead(self, s: Sentence, begin: int, cue_start: int, tail: Mention) -> list[Relation]:
        raise NotImplementedError


class AnaphorHead(Fallback):
    """该公司此前已被认定为P: a word for "the one named last" opening the clause (or the sentence)."""
    options = ("gap",)
    word_lists = ("cues",)

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.anaphor = pattern.regex("gap", "{cues}")

    def instead(self, s, begin, cue_start, tail):
        mentions, count = s.earlier
        for start in (begin, s.start):
            if self.anaphor.match(s.text, start):
                head = self._last(s.mentions, start, mentions, count)
                if head is not None:
                    return [self.relation(head, tail, s)]
        return []

    def _last(self, ms: list[Mention], before: int, mentions: list[Mention], count: int) -> Mention | None:
        """The last head named before `before`: in this sentence, else among the first `count` mentions."""
        head = self.pattern.head
        in_sentence = [m for m in ms if m.label in head and m.end <= before]
        if in_sentence:
            return in_sentence[-1]
        return next((mentions[i] for i in range(count - 1, -1, -1) if mentions[i].label in head), None)


class SentenceTopic(Fallback):
    """A sentence's topic, in its first clause, is the head (but not a place after 在: that is a frame); with
    `opening`, a clause of time that opens the sentence (10月10日，) is passed over."""
    options = ("not_counted", "opening")
    word_lists = ("frame_words",)

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.opening = pattern.regex("opening") if "opening" in pattern.values else None

    def instead(self, s, begin, cue_start, tail):
        text = s.text
        opening = self.opening.match(text, s.start) if self.opening is not None else None
        first = opening.end() if opening else s.start
        first_clause_end = next((i for i in range(first, cue_start) if text[i] in "，,："), cue_start)
        if text[first_clause_end:first_clause_end + 1] == "：" and any(
                m.label in PLACES and m.start == first and m.end == first_clause_end for m in s.mentions):
            # 南平：某县七家企业获评…: a place alone before the colon is the report's dateline, not its topic
            first = first_clause_end + 1
            first_clause_end = next((i for i in range(first, cue_start) if text[i] in "，,："), cue_start)
        frame_words = self.pattern.words["frame_words"]
        topic = [m for m in self.subjects(s.mentions, first, first_clause_end, text)
                 if not (m.label in PLACES and text[m.start - 1:m.start] in frame_words)]
        return [self.relation(topic[0], tail, s)] if topic else []


class Copula(Fallback):
    """胜禹新材是一家……的…“小巨人”企业: the heads before the copula. With a program before the tail and a head opening
    the clause after it, those heads (A是P1，B是P2); the heads before the sentence's first copula otherwise.
    `object_after_copula` then `served_after_tail`: the tail is whom the firm serves (是一家为P提供配套服务的企业);
    `tail_modifies`: the tail describes what follows it (是国家级开发区的后备梯队)."""
    options = ("gap", "object_after_copula", "served_after_tail", "tail_modifies")
    word_lists = ("cues",)

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.copula = pattern.regex("gap", "{cues}")
        self.object_after_copula = pattern.regex("object_after_copula", "(?!)")
        self.served = pattern.regex("served_after_tail", "(?!)")
        self.tail_modifies = pattern.regex("tail_modifies", "(?!)")

    def instead(self, s, begin, cue_start, tail):
        text = s.text
        if self.tail_modifies.match(text, tail.end) or self._served(text, s.start, tail):
            return []
        programs_before = [m.end for m in s.mentions if m.label == PROGRAM and m.end <= tail.start]
        if programs_before:  # A是P1，B是P2: B opens the clause after P1
            opening = programs_before[-1] + 1
            copula = self.copula.search(text, opening, tail.start)
            heads = self.subjects(s.mentions, opening, copula.start(), text) if copula else []
            if heads and heads[0].start == opening:
                return [self.relation(h, tail, s) for h in heads]
        copula = self.copula.search(text, s.start, tail.start)
        heads = self.subjects(s.mentions, s.start, copula.start(), text) if copula else []
        return [self.relation(h, tail, s) for h in heads]

    def _served(self, text: str, start: int, tail: Mention) -> bool:
        """是一家为P提供配套服务的企业: after the copula nearest the tail, a verb's object with no 的 before it."""
        nearest = None
        for nearest in self.copula.finditer(text, start, tail.start):
            pass
        return nearest is not None and "的" not in text[nearest.end():tail.start] and \
            self.object_after_copula.match(text, nearest.end()) is not None and self.served.match(text, tail.end) is not None


class ClauseBefore(Fallback):
    """A、B名列其中，入选P: a clause with only `no_subject` before its cue goes on with the subjects that open the
    clause before it in the sentence, and the clause before that when it opens with a conjunction (`joined_clause`:
    A、B，以及C等12家企业，成功申报P). A clause that does not open with a head (也是…、江苏首个…) gives none, unless it
    is one more predicate of the same subject (`chained_clause`: 我县摘得P1称号，进入P2行列，获评P3，并入选P4). A sentence
    after a semicolon goes on with the sentence before it, up to `semicolon_reach` sentences (某园区被省政府确定为P1；
    被工信部授予P2称号)."""
    options = ("no_subject", "joined_clause", "not_counted", "chained_clause", "aim", "done", "semicolon_reach",
               "by_whom", "relative_after")
    word_lists = ("cues",)

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.no_subject = pattern.regex("no_subject")
        self.joined = pattern.regex("joined_clause", "(?!)")
        self.chained = pattern.regex("chained_clause", "(?!)")
        self.aim = pattern.regex("aim", "(?!)")
        self.done = pattern.regex("done", "(?!)")
        self.any_cue = re.compile(alternation(pattern.words["cues"]))
        self.semicolon_reach = int(pattern.value("semicolon_reach", 0))
        self.relative_after = pattern.regex("relative_after", "(?!)")

    def instead(self, s, begin, cue_start, tail):
        text, heads = s.text, []
        opening = self.no_subject.fullmatch(text, begin, cue_start)
        if self.relative_after.match(text, tail.end):
            return []  # (被某厅认定为P的还有A: the subject follows)
        # (not 入选P的3家企业分别为A、B: a sentence that opens with its cue names its subject after it)
        floor, mentions = self._joined(s) if opening and opening.end() > s.start else (s.start, s.mentions)
        if begin <= floor or not opening:
            return []
        end, done = begin - 1, self.done.search(text, begin, cue_start) is not None
        while end > floor:
            start = max(clause_start(text, floor, end), *(text.rfind(ch, floor, end) + 1 for ch in "；;"))
            joined = self.joined.match(text, start)
            opening = joined.end() if joined else start
            if not done and self.aim.search(text, start, end):
                return []
            first = next((m for m in mentions if start <= m.start < end), None)
            if (first is None or first.start != opening) and self.chained.match(text, start):
                end = start - 1
                continue
            if first is None or first.start != opening:
                return []
            cue = self.any_cue.search(text, opening, end)  # (某区获批A区，创成P: what it was granted is no subject)
            heads = self.subjects(mentions, start, cue.start() if cue else end, text) + heads
            if not joined:
                break
            end = start - 1
        return [self.relation(h, tail, s) for h in heads]

    def _joined(self, s) -> tuple[int, list[Mention]]:
        """Where the sentence's run of sentences joined by semicolons starts (its own start, if none joins it), and
        the mentions from there on."""
        floor, reach = s.start, self.semicolon_reach
        while reach and _after_semicolon(s.text, floor):
            floor, reach = max(s.text.rfind(ch, 0, floor - 1) for ch in SENTENCE_END_CHARS + "\n") + 1, reach - 1
        if floor == s.start:
            return floor, s.mentions
        mentions, count = s.earlier
        return floor, mentions[bisect.bisect_left(mentions, floor, 0, count, key=lambda m: m.start):count] + s.mentions


def _after_semicolon(text: str, position: int) -> bool:
    """A semicolon stands before `position`, past spaces (not a copy of the text before it: a long report)."""
    i = position - 1
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return i >= 0 and text[i] in "；;"
