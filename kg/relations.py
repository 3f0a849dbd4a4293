"""Stage 2b: relation rules. Sentences with typed mentions in, relations out.

Each rule reads one sentence: a cue between mentions (入选, 位于…的, 落户, 在…开工,
投资建设的), or mentions that stand side by side (白沙工业园诺比倪…项目, a company's
name opening its project's name). Cue words and scores are in
`kg/rules/relations.yaml`.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass

from kg.entities import COMPANY, PARK, PROGRAM, PROJECT, QUOTES, REGION, Mention, _alternation
from kg.rules import Rules
from kg.sentences import clause_start

LOCATED_IN, SELECTED_AS, DEVELOPED_BY = "locatedIn", "selectedAs", "developedBy"
RELATIONS = (LOCATED_IN, SELECTED_AS, DEVELOPED_BY)
PLACES = (PARK, REGION)
SUBJECT_RANK = {COMPANY: 0, PROJECT: 0, PARK: 1, REGION: 2}  # who is selected when several types stand before a cue
QUOTE_CLASS = f"[{re.escape(QUOTES)}]*"
ADVERBS = "(?:也|已|将|正|还|均|都|先后|分别|已经|正在|目前|纷纷)?"


@dataclass(frozen=True)
class Relation:
    head: Mention
    relation: str
    tail: Mention
    sentence: int  # index into the document's sentences
    confidence: float
    rule: str


class RelationFinder:
    def __init__(self, rules: Rules):
        r = rules.relations
        sel, loc, dev = r["selected_as"], r["located_in"], r["developed_by"]
        self.selection_cue_before = re.compile(rf"(?:{_alternation(sel['cues'])}){QUOTE_CLASS}$")
        self.copula = re.compile(_alternation(sel["copula_cues"]))
        self.sel_conf = (float(sel["confidence"]), float(sel["copula_confidence"]), float(sel["anaphor_confidence"]))
        self.anaphor_re = re.compile(_alternation(r["anaphors"]))
        self.location_cue = re.compile(rf"(?:{_alternation(loc['cues'])}){QUOTE_CLASS}")
        self.prefix_cues = set(loc["prefix_cues"])
        self.at_gap = re.compile(rf"\s*{ADVERBS}(?:{_alternation(loc['at_cues'])})\s*")
        self.containment = re.compile(rf"(?:的)?{QUOTE_CLASS}(?:{_alternation(loc['containment_cues'])}){QUOTE_CLASS}[—\-－]*")
        self.loc_conf = {k: float(loc[k]) for k in ("confidence", "at_confidence", "adjacency_confidence", "bracket_confidence")}
        self.dev_cue = re.compile(rf"^(?:{ADVERBS})(?:{_alternation(dev['cues'])})(?:的)?$")
        self.dev_conf = (float(dev["confidence"]), float(dev["name_prefix_confidence"]))

    def find(self, text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
             nested: list[Mention]) -> list[Relation]:
        found: dict[tuple, Relation] = {}
        starts = [s for s, _ in sentences]
        by_sentence = _group(mentions, sentences, starts)
        for index, (s_start, s_end) in enumerate(sentences):
            ms = by_sentence[index]
            if not ms:
                continue
            for rel in (self._selected_as(text, s_start, ms, mentions, index)
                        + self._located_in(text, s_start, s_end, ms, index)
                        + self._developed_by(text, ms, index)):
                key = (rel.head, rel.relation, rel.tail)
                if key not in found or found[key].confidence < rel.confidence:
                    found[key] = rel
        nested_at: dict[int, list[Mention]] = defaultdict(list)
        for n in nested:
            nested_at[n.start].append(n)
        for project in (m for m in mentions if m.label == PROJECT):
            for company in (n for n in nested_at.get(project.start, ()) if n.end < project.end):
                index = _sentence_of(project.start, sentences, starts)
                found.setdefault((project, DEVELOPED_BY, company), Relation(
                    project, DEVELOPED_BY, company, index, self.dev_conf[1], "developedBy.name_prefix"))
        return sorted(found.values(), key=lambda r: (r.sentence, r.head.start, r.relation, r.tail.start))

    # ---------------------------------------------------------------- selectedAs
    def _selected_as(self, text, s_start, ms, mentions, index) -> list[Relation]:
        out = []
        previous_end = s_start
        for program in (m for m in ms if m.label == PROGRAM):
            window = text[max(previous_end, program.start - 8):program.start]
            cue = self.selection_cue_before.search(window)
            if cue:
                cue_start = program.start - (len(window) - cue.start())
                begin = max(previous_end, clause_start(text, s_start, cue_start))
                subjects = self._subjects(ms, begin, cue_start)
                conf, rule = self.sel_conf[0], "selectedAs.cue"
                if not subjects:
                    subjects, conf, rule = self._sentence_subject(text, s_start, ms, mentions, cue_start)
            else:
                copula = [m for m in self.copula.finditer(text, s_start, program.start)]
                subjects = self._subjects(ms, s_start, copula[0].start()) if copula else []
                conf, rule = self.sel_conf[1], "selectedAs.copula"
            out += [Relation(s, SELECTED_AS, program, index, conf, rule) for s in subjects]
            previous_end = program.end
        return out

    def _subjects(self, ms, begin, end) -> list[Mention]:
        """The highest-ranked kind of entity standing in [begin, end)."""
        inside = [m for m in ms if begin <= m.start and m.end <= end and m.label in SUBJECT_RANK]
        if not inside:
            return []
        best = min(SUBJECT_RANK[m.label] for m in inside)
        return [m for m in inside if SUBJECT_RANK[m.label] == best]

    def _sentence_subject(self, text, s_start, ms, mentions, cue_start):
        """No subject in the clause: the sentence's topic, or the company an anaphor points to."""
        first_clause_end = next((i for i in range(s_start, cue_start) if text[i] in "，,："), cue_start)
        topic = self._subjects(ms, s_start, first_clause_end)
        if topic:
            return topic[:1], self.sel_conf[1], "selectedAs.topic"
        anaphor = self.anaphor_re.match(text, s_start)
        # the companies named before this sentence, looked for only when an anaphor needs them
        companies = [m for m in mentions if m.label == COMPANY and m.end <= s_start] if anaphor else []
        if anaphor and companies:
            return [companies[-1]], self.sel_conf[2], "selectedAs.anaphor"
        return [], 0.0, ""

    # ---------------------------------------------------------------- locatedIn
    def _located_in(self, text, s_start, s_end, ms, index) -> list[Relation]:
        out = []
        cued_chains = set()
        for cue in self.location_cue.finditer(text, s_start, s_end):
            after = [m for m in ms if m.start >= cue.end()]
            chain = self._place_chain(text, after)
            if not chain or chain[0].start - cue.end() > 1:
                continue
            if cue.group().strip(QUOTES) in self.prefix_cues and self._things_after(text, chain, after):
                cued_chains.add(chain[0])  # 位于 PLACE 的 THING: read below with the chain
                continue
            # THING(、THING) 落户 PLACE / THING 位于 PLACE
            begin = clause_start(text, s_start, cue.start())
            things = [m for m in self._subjects(ms, begin, cue.start()) if m.label != REGION]
            out += [Relation(t, LOCATED_IN, p, index, self.loc_conf["confidence"], "locatedIn.cue")
                    for t in things for p in chain if t is not p]
        for i, m in enumerate(ms):
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if m.label in (COMPANY, PROJECT) and nxt and nxt.label in PLACES and self.at_gap.fullmatch(text, m.end, nxt.start):
                out.append(Relation(m, LOCATED_IN, nxt, index, self.loc_conf["at_confidence"], "locatedIn.at"))
            starts_chain = m.label in PLACES and (i == 0 or ms[i - 1].label not in PLACES
                                                  or self._after_brackets(text, ms[i - 1].end) < m.start - 1)
            if starts_chain:
                out += self._chain_relations(text, ms[i:], index, cued=m in cued_chains)
        return out

    def _place_chain(self, text, ms) -> list[Mention]:
        """Places side by side: 铜梁高新区大庙组团, 江津片区（双福工业园）."""
        chain = []
        for m in ms:
            if m.label not in PLACES:
                break
            if chain and text[self._after_brackets(text, chain[-1].end):m.start] not in ("", "（", "("):
                break
            chain.append(m)
        return chain

    def _things_after(self, text, chain, ms) -> list[Mention]:
        """Companies and projects right after a chain of places, or after its 的 (…工业园的渝丰科技)."""
        rest = [m for m in ms if m.start >= chain[-1].end and m not in chain and m.label in (COMPANY, PROJECT)]
        position = self._after_brackets(text, chain[-1].end)
        things = []
        while True:
            if text.startswith("的", position):
                position += 1
            found = self._list_from(text, rest, position)
            if not found:
                return things
            things += found
            position = found[-1].end  # 合川高新区玉龙集团的重庆宏锐…: both stand in the park

    def _chain_relations(self, text, ms, index, cued: bool) -> list[Relation]:
        conf = self.loc_conf
        chain = self._place_chain(text, ms)
        out = []
        for outer, inner in zip(chain, chain[1:]):
            gap = text[outer.end:inner.start]
            if gap in ("（", "("):
                out.append(Relation(inner, LOCATED_IN, outer, index, conf["bracket_confidence"], "locatedIn.bracket"))
            elif outer.label == REGION and inner.label == PARK or outer.label == PARK and inner.label == PARK:
                out.append(Relation(inner, LOCATED_IN, outer, index, conf["adjacency_confidence"], "locatedIn.adjacent"))
        score, rule = (conf["confidence"], "locatedIn.cue") if cued else (conf["adjacency_confidence"], "locatedIn.adjacent")
        for thing in self._things_after(text, chain, ms):
            out += [Relation(thing, LOCATED_IN, place, index, score, rule) for place in chain]
        rest = [m for m in ms if m.start >= chain[-1].end and m not in chain]
        end = self._after_brackets(text, chain[-1].end)
        if rest and rest[0].label == PARK and self.containment.fullmatch(text, end, rest[0].start):
            out.append(Relation(rest[0], LOCATED_IN, chain[-1], index, conf["confidence"], "locatedIn.containment"))
        return out

    def _after_brackets(self, text, position) -> int:
        """Skip a closing bracket right after a mention that was inside brackets."""
        while position < len(text) and text[position] in "）)":
            position += 1
        return position

    def _list_from(self, text, ms, position) -> list[Mention]:
        """The entity at `position` and those joined to it by 、 和 与 及."""
        out = []
        for m in ms:
            if m.start != position or m.label in (PROGRAM,):
                break
            out.append(m)
            position = m.end
            if position < len(text) and text[position] in "、和与及":
                position += 1
        return out

    # ---------------------------------------------------------------- developedBy
    def _developed_by(self, text, ms, index) -> list[Relation]:
        out = []
        for i, m in enumerate(ms):
            if m.label != PROJECT:
                continue
            before = [c for c in ms[:i] if c.label == COMPANY]
            if not before:
                continue
            company = before[-1]
            gap = text[company.end:m.start]
            if gap == "":
                out.append(Relation(m, DEVELOPED_BY, company, index, self.dev_conf[1], "developedBy.adjacent"))
            elif self.dev_cue.match(gap):
                out.append(Relation(m, DEVELOPED_BY, company, index, self.dev_conf[0], "developedBy.cue"))
        return out


def _group(mentions: list[Mention], sentences: list[tuple[int, int]], starts: list[int]) -> list[list[Mention]]:
    groups: list[list[Mention]] = [[] for _ in sentences]
    for m in mentions:
        i = _sentence_of(m.start, sentences, starts)
        if i is not None:
            groups[i].append(m)
    return groups


def _sentence_of(position: int, sentences: list[tuple[int, int]], starts: list[int]) -> int | None:
    """Index of the sentence holding `position`; `starts` are the sentences' starts."""
    i = bisect.bisect_right(starts, position) - 1
    return i if i >= 0 and position < sentences[i][1] else None
