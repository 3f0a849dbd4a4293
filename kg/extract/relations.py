"""Stage 2b: relation rules. Sentences with typed mentions in, relations out.

Each rule reads one sentence: a cue between mentions (入选, 位于…的, 落户, 在…开工,
投资建设的), or mentions that stand side by side (白沙工业园诺比倪…项目, a company's
name opening its project's name). Cue words and scores are in
`kg/extract/rules/relations.yaml`.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass

from kg.extract.entities import QUOTES, _alternation
from kg.model import Mention
from kg.schema import COMPANY, DEVELOPED_BY, LOCATED_IN, PARK, PROGRAM, PROJECT, REGION, SELECTED_AS
from kg.extract.discourse import Anaphora
from kg.extract.lists import ListReader, after_brackets
from kg.extract.rules import Rules
from kg.extract.text import clause_start

PLACES = (PARK, REGION)
SUBJECT_RANK = {COMPANY: 0, PROJECT: 0, PARK: 1, REGION: 2}  # who is selected when several types stand before a cue
QUOTE_CLASS = f"[{re.escape(QUOTES)}]*"


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
        adverbs = f"(?:{_alternation(rules.common['adverbs'])})*"
        q = re.escape(QUOTES)
        self.alias_bracket = re.compile(
            rf"[（(]\s*(?:{_alternation(rules.company['alias_markers'])})[：:]?\s*[{q}]?[^{q}（）()，。]{{2,12}}[{q}]?\s*[）)]")
        self.selection_cue_before = re.compile(rf"(?:{_alternation(sel['cues'])}){QUOTE_CLASS}$")
        self.copula = re.compile(_alternation(sel["copula_cues"]))
        self.grant_cue = re.compile(rf"(?:{_alternation(sel['grant_cues'])})$")
        self.sel_conf = (float(sel["confidence"]), float(sel["copula_confidence"]), float(sel["anaphor_confidence"]))
        self.anaphor_re = re.compile(_alternation(r["anaphors"]))
        self.back_cue = re.compile(_alternation(sel["back_cues"]))
        self.back_conf = float(sel["back_confidence"])
        self.place_program = re.compile(rf"(?:{_alternation(sel['place_program_heads'])})(?:名单|榜单|清单|名录)?$")
        self.location_cue = re.compile(rf"(?:{_alternation(loc['cues'])}){QUOTE_CLASS}")
        self.prefix_cues = set(loc["prefix_cues"])
        self.at_gap = re.compile(rf"\s*{adverbs}(?:{_alternation(loc['at_cues'])})\s*")
        self.containment = re.compile(rf"(?:的)?{QUOTE_CLASS}(?:{_alternation(loc['containment_cues'])}){QUOTE_CLASS}[—\-－]*")
        self.loc_conf = {k: float(loc[k]) for k in ("confidence", "at_confidence", "adjacency_confidence", "bracket_confidence")}
        self.dev_cue = re.compile(rf"{adverbs}(?:{_alternation(dev['cues'])})(?:的)?")
        self.dev_conf = (float(dev["confidence"]), float(dev["name_prefix_confidence"]))
        self.possessive = re.compile(_alternation(dev["possessive"]))
        self.by_developer = re.compile(rf"\s*{adverbs}{re.escape(dev['by_cue'])}")
        self.dev_cue_after = re.compile(rf"{adverbs}(?:{_alternation(dev['cues'])})")
        self.partner = re.compile(_alternation(dev["partners"]))
        self.amount_gap = re.compile(rf"{adverbs}(?:{dev['amount_gap']})(?:的)?")
        self.frame_conf = float(loc["frame_confidence"])
        position = _alternation(rules.common["position_words"])
        self.place_gap = re.compile(rf"(?:{position})*的")
        self.counted_companies = re.compile(r"\S{0,3}?\d+[余多]?[家户个]\S{0,6}?(?:企业|公司)")
        self.frame_open = re.compile(r"(?:而|同样|此外，)?(?:在|于)")
        self.frame_close = re.compile(rf"(?:{position})*[，,]")
        self.generic_place = re.compile(r"园区|区内|市内|境内|当地")
        self.cue_to_place = re.compile(rf"[{re.escape(QUOTES)}]?(?:{self.generic_place.pattern})?")
        self.inside = re.compile(rf"(?:{_alternation(loc['inside_words'])})的")
        self.inside_conf = float(loc["inside_confidence"])
        self.lists = ListReader(rules, Relation)
        self.anaphora = Anaphora(rules)

    def find(self, text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
             nested: list[Mention]) -> list[Relation]:
        found: dict[tuple, Relation] = {}
        starts = [s for s, _ in sentences]
        ends = [m.end for m in mentions]  # mentions are sorted and do not overlap
        by_sentence = _group(mentions, sentences, starts)
        anaphors = self.anaphora.stand_ins(text, sentences, mentions)
        open_frame: Mention | None = None  # a place framing the next sentence (而在双福工业园，…。走进…公司)
        paragraph_programs: list[Mention] = []  # programs named so far in this paragraph
        paragraph_parks: list[Mention] = []  # parks named so far in this paragraph
        for index, (s_start, s_end) in enumerate(sentences):
            ms = by_sentence[index]
            carried = []
            if open_frame is not None and "\n" not in text[sentences[index - 1][1]:s_start]:
                carried = [Relation(m, LOCATED_IN, open_frame, index, self.frame_conf, "locatedIn.frame")
                           for m in ms if m.label in (COMPANY, PROJECT)]
            open_frame = None
            if "\n" in text[sentences[index - 1][1]:s_start] if index else True:
                paragraph_programs, paragraph_parks = [], []
            stand_ins = anaphors.get(index, {})
            if stand_ins:
                ms = sorted(ms + list(stand_ins))
            if not ms:
                continue
            earlier = (mentions, bisect.bisect_right(ends, s_start))  # the mentions before this sentence
            framed = self._framed(text, s_start, ms, index)
            if self._frame_place(text, s_start, ms) is not None and not framed:
                open_frame = ms[0]
            for rel in (self._selected_as(text, s_start, ms, earlier, index)
                        + self._located_in(text, s_start, s_end, ms, index)
                        + self._developed_by(text, ms, index) + framed + carried
                        + self._selected_back(text, s_start, s_end, ms, paragraph_programs, index)
                        + self._inside(text, s_start, s_end, ms, paragraph_parks, index)):
                if stand_ins:
                    rel = self._resolved(rel, stand_ins)
                    if rel is None:
                        continue
                key = (rel.head, rel.relation, rel.tail)
                if key not in found or found[key].confidence < rel.confidence:
                    found[key] = rel
            paragraph_programs += [m for m in ms if m.label == PROGRAM and m not in stand_ins]
            paragraph_parks += [m for m in ms if m.label == PARK and m not in stand_ins]
        sentence_of = {m: i for i, ms in enumerate(by_sentence) for m in ms}
        listed = [m for m in mentions if m in sentence_of]
        for rel in self.lists.relations(text, sentences, listed, sentence_of, found.values()):
            found.setdefault((rel.head, rel.relation, rel.tail), rel)
        nested_at: dict[int, list[Mention]] = defaultdict(list)
        for n in nested:
            nested_at[n.start].append(n)
        for project in (m for m in mentions if m.label == PROJECT):
            for company in (n for n in nested_at.get(project.start, ()) if n.end <= project.end):
                index = _sentence_of(project.start, sentences, starts)
                found.setdefault((project, DEVELOPED_BY, company), Relation(
                    project, DEVELOPED_BY, company, index, self.dev_conf[1], "developedBy.name_prefix"))
        return sorted(found.values(), key=lambda r: (r.sentence, r.head.start, r.relation, r.tail.start))

    def _resolved(self, rel: Relation, stand_ins: dict[Mention, Mention]) -> Relation | None:
        """The relation with each anaphor replaced by what it stands for (None if it then links a thing to itself)."""
        head, tail = stand_ins.get(rel.head, rel.head), stand_ins.get(rel.tail, rel.tail)
        if head is rel.head and tail is rel.tail:
            return rel
        if head == tail:
            return None
        return Relation(head, rel.relation, tail, rel.sentence, rel.confidence * self.anaphora.factor,
                        f"{rel.rule}.anaphor")

    # ---------------------------------------------------------------- selectedAs
    def _selected_as(self, text, s_start, ms, earlier, index) -> list[Relation]:
        out = []
        previous_end = s_start
        for program in (m for m in ms if m.label == PROGRAM):
            window = text[max(previous_end, program.start - 8):program.start]
            cue = self.selection_cue_before.search(window)
            if cue:
                cue_start = program.start - (len(window) - cue.start())
                begin = max(previous_end, clause_start(text, s_start, cue_start))
                subjects = self._subjects(ms, begin, cue_start, text)
                conf, rule = self.sel_conf[0], "selectedAs.cue"
                if not subjects:
                    subjects, conf, rule = self._sentence_subject(text, s_start, begin, ms, earlier, cue_start)
            else:
                copula = [m for m in self.copula.finditer(text, s_start, program.start)]
                subjects = self._subjects(ms, s_start, copula[0].start()) if copula else []
                conf, rule = self.sel_conf[1], "selectedAs.copula"
            out += [Relation(s, SELECTED_AS, program, index, conf, rule) for s in subjects]
            out += self._granted(text, s_start, ms, program, index)
            previous_end = program.end
        return out

    def _granted(self, text, s_start, ms, program, index) -> list[Relation]:
        """授予A、B“X”称号: those named between the cue and the title."""
        before = [m for m in ms if m.end <= program.start and m.label in (COMPANY, PARK, REGION)]
        if not before:
            return []
        members = []
        for m in reversed(before):  # the list that ends right before the title (quotes between)
            end = members[0].start if members else program.start
            gap = text[m.end:end].strip(QUOTES)
            if gap not in ("", "、", "和", "及", "，") or m.label != before[-1].label:
                break
            members.insert(0, m)
        if members and self.grant_cue.search(text, s_start, members[0].start):
            return [Relation(m, SELECTED_AS, program, index, self.sel_conf[0], "selectedAs.granted") for m in members]
        return []

    def _selected_back(self, text, s_start, s_end, ms, paragraph_programs, index) -> list[Relation]:
        """…等9家企业榜上有名, C也名列其中: selected as the nearest earlier program of their kind."""
        out = []
        for cue in self.back_cue.finditer(text, s_start, s_end):
            if any(m.label == PROGRAM and 0 <= m.start - cue.end() <= 1 for m in ms):
                continue  # 上榜 + a program: the ordinary rule reads it
            begin = clause_start(text, s_start, cue.start())
            subjects = self._subjects(ms, begin, cue.start(), text)
            if not subjects:
                continue
            for_places = subjects[0].label in PLACES
            earlier = [m for m in ms if m.label == PROGRAM and m.end <= cue.start()] or paragraph_programs
            fitting = [p for p in earlier if bool(self.place_program.search(text[p.start:p.end])) == for_places]
            if fitting:
                out += [Relation(s, SELECTED_AS, fitting[-1], index, self.back_conf, "selectedAs.back") for s in subjects]
        return out

    def _inside(self, text, s_start, s_end, ms, paragraph_parks, index) -> list[Relation]:
        """…高新区表现抢眼，区内的朗晖光电、铂川电池…: companies inside the park named last."""
        out = []
        for m in self.inside.finditer(text, s_start, s_end):
            parks = [p for p in ms if p.label == PARK and p.end <= m.start()] or paragraph_parks
            if not parks:
                continue
            things = self._list_from(text, [t for t in ms if t.label in (COMPANY, PROJECT)], m.end())
            out += [Relation(t, LOCATED_IN, parks[-1], index, self.inside_conf, "locatedIn.inside") for t in things]
        return out

    def _subjects(self, ms, begin, end, text: str | None = None) -> list[Mention]:
        """The highest-ranked kind of entity standing in [begin, end).

        With `text`, a place that modifies a count of companies (东莞12家企业获评…) is not a subject.
        """
        inside = [m for m in ms if begin <= m.start and m.end <= end and m.label in SUBJECT_RANK]
        if text is not None:
            inside = [m for m in inside if m.label not in PLACES or not self.counted_companies.match(text, m.end, end)]
        if not inside:
            return []
        best = min(SUBJECT_RANK[m.label] for m in inside)
        return [m for m in inside if SUBJECT_RANK[m.label] == best]

    def _sentence_subject(self, text, s_start, clause, ms, earlier, cue_start):
        """No subject in the clause: an anaphor's company (…，该公司此前已被认定为…), or the sentence's topic."""
        for start in (clause, s_start):
            anaphor = self.anaphor_re.match(text, start)
            company = _last_company(ms, start, *earlier) if anaphor else None
            if company:
                return [company], self.sel_conf[2], "selectedAs.anaphor"
        first_clause_end = next((i for i in range(s_start, cue_start) if text[i] in "，,："), cue_start)
        topic = [m for m in self._subjects(ms, s_start, first_clause_end, text)
                 if not (m.label in PLACES and text[m.start - 1:m.start] in ("在", "于"))]  # 在X获评…: a frame
        if topic:
            return topic[:1], self.sel_conf[1], "selectedAs.topic"
        return [], 0.0, ""

    # ---------------------------------------------------------------- locatedIn
    def _located_in(self, text, s_start, s_end, ms, index) -> list[Relation]:
        out = []
        cued_chains = set()
        for cue in self.location_cue.finditer(text, s_start, s_end):
            after = [m for m in ms if m.start >= cue.end()]
            chain = self._place_chain(text, after)
            if not chain or not self.cue_to_place.fullmatch(text, cue.end(), chain[0].start):
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
                                                  or after_brackets(text, ms[i - 1].end) < m.start - 1)
            if starts_chain:
                out += self._chain_relations(text, ms[i:], index, cued=m in cued_chains)
        return out

    def _framed(self, text, s_start, ms, index) -> list[Relation]:
        """在航空港区北部，豫显光电…项目…: a sentence that opens with a place frames its companies and projects."""
        close = self._frame_place(text, s_start, ms)
        if close is None:
            return []
        place = ms[0]
        things = [m for m in ms if m.start >= close and m.label in (COMPANY, PROJECT)]
        return [Relation(t, LOCATED_IN, place, index, self.frame_conf, "locatedIn.frame") for t in things]

    def _frame_place(self, text, s_start, ms) -> int | None:
        """Where the frame clause ends, if the sentence opens with 在 PLACE(position)，."""
        opening = self.frame_open.match(text, s_start)
        if not opening or not ms or ms[0].start != opening.end() or ms[0].label not in PLACES:
            return None
        close = self.frame_close.match(text, after_brackets(text, ms[0].end))
        return close.end() if close else None

    def _place_chain(self, text, ms) -> list[Mention]:
        """Places side by side: 铜梁高新区大庙组团, 江津片区（双福工业园）."""
        chain = []
        for m in ms:
            if m.label not in PLACES:
                break
            if chain:
                gap = text[after_brackets(text, chain[-1].end):m.start]
                if gap not in ("", "（", "(") and not (chain[-1].label == REGION and self.place_gap.fullmatch(gap)):
                    break  # 双流区的成都天府国际生物城: a park in a region
            chain.append(m)
        return chain

    def _things_after(self, text, chain, ms) -> list[Mention]:
        """Companies and projects right after a chain of places, or after its 的 (…工业园的渝丰科技)."""
        kinds = (COMPANY, PROJECT, PARK) if chain[-1].label == REGION else (COMPANY, PROJECT)
        rest = [m for m in ms if m.start >= chain[-1].end and m.label in kinds]  # after the chain: none of it
        position = after_brackets(text, chain[-1].end)
        things = []
        while True:
            gap = self.place_gap.match(text, position)
            if gap:
                position = gap.end()
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
            elif inner.label == PARK:  # a region is never the subject of locatedIn (guidelines)
                out.append(Relation(inner, LOCATED_IN, outer, index, conf["adjacency_confidence"], "locatedIn.adjacent"))
        score, rule = (conf["confidence"], "locatedIn.cue") if cued else (conf["adjacency_confidence"], "locatedIn.adjacent")
        for thing in self._things_after(text, chain, ms):
            out += [Relation(thing, LOCATED_IN, place, index, score, rule) for place in chain]
        rest = [m for m in ms if m.start >= chain[-1].end]  # none of the chain starts there
        end = after_brackets(text, chain[-1].end)
        if rest and rest[0].label == PARK and self.containment.fullmatch(text, end, rest[0].start):
            out.append(Relation(rest[0], LOCATED_IN, chain[-1], index, conf["confidence"], "locatedIn.containment"))
        return out

    def _list_from(self, text, ms, position) -> list[Mention]:
        """The entity at `position` and those joined to it by 、 和 与 及."""
        out = []
        for m in (m for m in ms if m.start >= position):
            if m.start != position or m.label in (PROGRAM,):
                break
            out.append(m)
            position = m.end
            if position < len(text) and text[position] in "、和与及":
                position += 1
        return out

    # ---------------------------------------------------------------- developedBy
    def _built_at(self, text, company, project, ms, index) -> list[Relation]:
        """某公司拟投资5亿元，在江北新区建设…项目: the project is where it is built."""
        place = self.amount_gap.fullmatch(text, company.end, project.start).span("place")
        return [Relation(project, LOCATED_IN, p, index, self.loc_conf["at_confidence"], "locatedIn.built_at")
                for p in ms if p.label in PLACES and place[0] <= p.start and p.end <= place[1]]

    def _developed_by_after(self, text, ms, index) -> list[Relation]:
        """PROJECT 由 COMPANY(与COMPANY) cue: 该项目由某公司投资建设."""
        out = []
        for i, m in enumerate(ms):
            by = self.by_developer.match(text, m.end) if m.label == PROJECT else None
            if by is None:
                continue
            companies = self._list_from(text, [c for c in ms[i + 1:] if c.label == COMPANY], by.end())
            if companies and self.dev_cue_after.match(text, companies[-1].end):
                out += [Relation(m, DEVELOPED_BY, c, index, self.dev_conf[0], "developedBy.by") for c in companies]
        return out

    def _developed_by(self, text, ms, index) -> list[Relation]:
        out = self._developed_by_after(text, ms, index)
        for i, m in enumerate(ms):
            if m.label != PROJECT:
                continue
            before = [c for c in ms[:i] if c.label == COMPANY]
            if not before:
                continue
            company = before[-1]
            gap = text[company.end:m.start]
            bracket = self.alias_bracket.match(text, company.end)
            if bracket:  # 鲁沃新材料科技有限公司（以下简称“鲁沃新材”）投资建设的…
                gap = text[bracket.end():m.start]
            elif len(before) > 1 and self.alias_bracket.search(text, before[-2].end, m.start):
                company = before[-2]
                gap = text[self.alias_bracket.search(text, company.end, m.start).end():m.start]
            if gap == "":
                out.append(Relation(m, DEVELOPED_BY, company, index, self.dev_conf[1], "developedBy.adjacent"))
            elif self.dev_cue.fullmatch(gap):
                out.append(Relation(m, DEVELOPED_BY, company, index, self.dev_conf[0], "developedBy.cue"))
                partner = before[-2] if len(before) > 1 else None
                if partner is not None and self.partner.fullmatch(text, partner.end, company.start):
                    out.append(Relation(m, DEVELOPED_BY, partner, index, self.dev_conf[0], "developedBy.partners"))
            elif self.amount_gap.fullmatch(gap):
                out.append(Relation(m, DEVELOPED_BY, company, index, self.dev_conf[0], "developedBy.amount"))
                out += self._built_at(text, company, m, ms, index)
            elif self.possessive.fullmatch(text, m.start - 1, m.start) and company.end < m.start:
                out.append(Relation(m, DEVELOPED_BY, company, index, self.sel_conf[2], "developedBy.possessive"))
        return out


def _last_company(ms: list[Mention], before: int, mentions: list[Mention], count: int) -> Mention | None:
    """The last company named before `before`: in this sentence (ms), else among the first `count` mentions."""
    in_sentence = [m for m in ms if m.label == COMPANY and m.end <= before]
    if in_sentence:
        return in_sentence[-1]
    return next((mentions[i] for i in range(count - 1, -1, -1) if mentions[i].label == COMPANY), None)


def _group(mentions: list[Mention], sentences: list[tuple[int, int]], starts: list[int]) -> list[list[Mention]]:
    groups: list[list[Mention]] = [[] for _ in sentences]
    for m in mentions:
        i = _sentence_of(m.start, sentences, starts)
        if i is not None:
            groups[i].append(m)
    return groups


def _sentence_of(position: int, sentences: list[tuple[int, int]], starts: list[int]) -> int | None:
    i = bisect.bisect_right(starts, position) - 1
    return i if i >= 0 and position < sentences[i][1] else None
