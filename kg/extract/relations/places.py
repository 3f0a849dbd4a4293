"""Shapes of places: a cue before a place, places side by side, a place in brackets, in a record's field (the frames of
a sentence, a paragraph or a section: frames.py)."""
from __future__ import annotations

import re

from kg.extract.relations.sentence import EACH, PLACES, Sentence, Shape, after_brackets, list_before, list_from
from kg.extract.search import alternation, compile_scan
from kg.extract.text import QUOTES, clause_start
from kg.model import Mention, Relation
from kg.schema import COMPANY, PARK, PROJECT, REGION

NUMBERED = re.compile(r"[\d一二三四五六七八九十]")  # 1、长沙经开区A、B: the 、 of a numbered item
LIST_JOINERS = "和及与、"  # after a park, before a place that opens the list's next member
WORKS = (PROJECT, PARK)  # what is built


class ChainShape(Shape):
    """A shape that reads chains of places side by side (铜梁高新区大庙组团, 江津片区（双福工业园）);
    `chain_gap` is what may stand between a region and the next place (双流区的成都天府国际生物城)."""
    options = ("chain_gap",)

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.chain_gap = pattern.regex("chain_gap")
        # what may follow a member of the list after the chain (某项目建设现场、C), and an unnamed first member (某县的X园区、A、B)
        self.member_note, self.lead_member = (pattern.regex(k) if k in pattern.values else None for k in ("member_note", "lead_member"))

    def place_chain(self, text: str, ms: list[Mention]) -> list[Mention]:
        chain: list[Mention] = []
        for m in ms:
            if m.label not in PLACES:
                break
            if chain:
                gap = text[after_brackets(text, chain[-1].end):m.start]
                # 双流区的成都天府国际生物城; 潍坊高新区的顺丰丰泰产业园 (a park in a park)
                if gap not in ("", "（", "(") and not ((chain[-1].label == REGION or m.label == PARK)
                                                      and self.chain_gap.fullmatch(gap)):
                    break
            chain.append(m)
        return chain

    def chains(self, s: Sentence) -> list[tuple[int, list[Mention]]]:
        """Each chain with the index of its first place (a place right after another does not start one; one after
        a list's joiner does: 合阳经开区和宝鸡市的姜谭工业园区)."""
        key = ("chains", self.chain_gap.pattern, s.index)
        if key not in s.memory:
            text, ms = s.text, s.mentions
            s.memory[key] = [(i, self.place_chain(text, ms[i:])) for i, m in enumerate(ms)
                             if m.label in PLACES and (i == 0 or ms[i - 1].label not in PLACES
                                                       or after_brackets(text, ms[i - 1].end) < m.start - 1
                                                       or self._opens_member(text, ms[i - 1], m))]
        return s.memory[key]

    @staticmethod
    def _opens_member(text: str, previous: Mention, place: Mention) -> bool:
        """合阳经开区和宝鸡市的姜谭工业园区, 某县在某区的某产业园: a place opening a list's next member after a park, or after
        在 (not 来自北京、上海、深圳的某公司: places listed, whose firm it is none says)."""
        before = text[place.start - 1]
        return before == "在" or before in LIST_JOINERS and previous.label == PARK

    def things_after(self, text: str, chain: list[Mention], ms: list[Mention]) -> list[Mention]:
        """Heads right after a chain of places, or after its 的 (…工业园的渝丰科技); a place is a head after a region."""
        kinds = self.pattern.head if chain[-1].label == REGION else self.pattern.head - set(PLACES)
        rest = [m for m in ms if m.start >= chain[-1].end and m.label in kinds]
        position = after_brackets(text, chain[-1].end)
        things: list[Mention] = []
        while True:
            position = gap.end() if (gap := self.chain_gap.match(text, position)) else position
            lead = None if things or self.lead_member is None else self.lead_member.match(text, position)
            lead = None if lead is None or any(lead.start() <= m.start < lead.end() for m in ms) else lead
            if not (found := list_from(text, rest, position, skip=self.member_note) or (
                    list_from(text, rest, lead.end(), skip=self.member_note) if lead else [])):
                return things
            own = next((i for i, m in enumerate(found) if i and m.label in PLACES and _opens_member(text, m, ms)), None)
            if own is not None:  # 同里镇的A项目、某开发区B项目: the place opening a later member is that member's own
                return things + found[:own]
            things += found
            position = found[-1].end  # 合川高新区玉龙集团的重庆宏锐…: both stand in the park


SUBJECT_JOINERS = "、和及"  # (not 与, 同: a partner)


class HeadCueTail(ChainShape):
    """THING(、THING) cue PLACE: 比亚迪落户璧山; and, with a `tail_first_cues` word, cue PLACE(的) THING:
    位于白沙工业园的渝丰科技. `gap` is the cue with what may follow it, `to_tail` what may stand before the place.
    Such a cue with its place and 的 is said of what follows, never of what stands before it."""
    needs = "both"
    options = ("chain_gap", "gap", "to_tail", "no_subject", "joined_clause", "predicate_clause", "agent_clause", "relative",
               "agent", "kin_before_cue", "project_settles", "listed_subjects_close")
    word_lists = ("cues", "tail_first_cues", "each_words")

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.cue = pattern.regex("gap", "{cues}{quotes}*")
        self.each_before = re.compile(f"(?:{alternation(pattern.words['each_words'])})$" if pattern.words["each_words"] else "(?!)")
        self.to_tail = pattern.regex("to_tail", "")
        self.tail_first = set(pattern.words["tail_first_cues"])
        self.no_subject = pattern.regex("no_subject") if "no_subject" in pattern.values else None
        self.joined_clause = pattern.regex("joined_clause", "(?!)")
        self.predicate_clause = pattern.regex("predicate_clause", "(?!)")
        self.agent_clause = pattern.regex("agent_clause", "(?!)")
        self.kin_before_cue = pattern.regex("kin_before_cue", "(?!)")  # X的母公司位于P: the parent's place, not X's
        self.project_settles = pattern.regex("project_settles", "(?!)")
        self.listed_subjects_close = pattern.regex("listed_subjects_close", "(?!)")

    def find(self, s: Sentence) -> list[Relation]:
        text, ms, p = s.text, s.mentions, self.pattern
        out = []
        for cue in self.cue.finditer(text, s.start, s.end):
            after = [m for m in ms if m.start >= cue.end()]
            chain = self.place_chain(text, after)
            if not chain or not self.to_tail.fullmatch(text, cue.end(), chain[0].start):
                continue
            if cue.group().strip(QUOTES) in self.tail_first:
                things = self.things_after(text, chain, after)
                if things:
                    s.memory.setdefault(("cued chains", s.index), set()).add(chain[0])
                    out += [self.relation(t, place, s) for t in things for place in chain if place.label in p.tail]
                    continue
                if self.chain_gap.match(text, after_brackets(text, chain[-1].end)):
                    continue  # A、位于P的B: the place is B's, though B was not found
            begin = clause_start(text, s.start, cue.start())
            each = self.each_before.search(text, begin, cue.start())
            cue_start = each.start() if each else cue.start()
            heads = [h for h in self.subjects(ms, begin, cue_start, text)
                     if not self.kin_before_cue.match(text, h.end, cue_start)]
            own = next((h for h in heads if h.label == PROJECT and self.project_settles.fullmatch(text, h.end, cue_start)), None)
            if own is not None:  # 某公司投资8亿元 某某项目签约落户P: the project settles there, the firm invests in it
                heads = [h for h in heads if not (h.label == COMPANY and h.end <= own.start)]
            if not heads and self.no_subject is not None and self.no_subject.fullmatch(text, begin, cue_start):
                heads = self._carried_subjects(s, begin)
            if each:  # A、B和C分别落户P1、P2和P3: one place each, in order (not A、B等5家企业分别…: the list is not whole)
                places = list_from(text, [m for m in after if m.label in p.tail], chain[0].start)
                if len(heads) > 1 and len(places) == len(heads) and "等" not in text[heads[-1].end:cue_start]:
                    out += [Relation(h, p.relation, t, s.index, p.confidence, p.id + EACH) for h, t in zip(heads, places)]
                continue
            out += [self.relation(h, place, s) for h in heads for place in chain if h is not place and place.label in p.tail]
        return out

    def _carried_subjects(self, s: Sentence, begin: int) -> list[Mention]:
        """X项目总投资5亿元，落户P; A，以及B，一并落户P: a clause with no subject (`no_subject` before its cue)
        goes on with the subject of the clause before, and of the one before that when a clause opens with a
        conjunction (`joined_clause`), and past a clause that says what the subject is (`predicate_clause`: X成立于2015年，
        是A的子公司，位于P) or who builds it (`agent_clause`: X项目…，由A投资建设，计划落户P); none when a place stands in
        those clauses."""
        text, heads = s.text, []
        end = begin - 1
        while end > s.start:
            start = clause_start(text, s.start, end)
            subjects = self.subjects(s.mentions, start, end, text)
            # (某某产业园，位于P: the park opening the clause is its subject, no place of another; so are the parks and
            # projects listed there, A产业园、B产业园、C物流城4个产业项目当天签约，落户P)
            opening = self._opening_list(s, start, end, subjects)
            if any(start <= m.start < end and m.label in PLACES and m not in opening for m in s.mentions):
                return []
            if len(opening) > 1 and any(m.label in PLACES for m in opening):
                subjects = opening
            if self.predicate_clause.match(text, start) or self.agent_clause.match(text, start) and not any(
                    start <= m.start < end and m.label in WORKS for m in s.mentions):
                end = start - 1  # X成立于2015年，是A的子公司，位于P: what X is; X项目…，由A建设，落户P: who builds X
                continue  # (由A投资建设的B项目，位于P: B, named in the clause, is its subject)
            heads = subjects + heads
            # X项目总投资8亿元，将于年内开工，建成后落户P: a clause that names nothing passes the subject on
            if not self.joined_clause.match(text, start) and \
                    (heads or any(start <= m.start < end for m in s.mentions)):
                break
            end = start - 1
        return heads

    def _opening_list(self, s: Sentence, start: int, end: int, subjects: list[Mention]) -> list[Mention]:
        """The heads of any kind listed from the clause's start (A产业园、B产业园、C物流城) and closed as a list of what settles:
        by a count, 等, or their own deed (`listed_subjects_close`; not 某公司与某经开区签订…, A产业园配套的B项目); else the
        subject that opens the clause, if one does."""
        inside = [m for m in s.mentions if start <= m.start < end and self.pattern.rank(m.label) is not None]
        if not inside or s.text[start:inside[0].start].strip():
            return []
        listed = list_from(s.text, inside, inside[0].start, joiners=SUBJECT_JOINERS)
        return listed if self.listed_subjects_close.match(s.text, listed[-1].end) else [m for m in listed[:1] if m in subjects]


class AdjacentPlaces(ChainShape):
    """PLACE PARK: 铜梁高新区大庙组团 (the park in the place before it); PLACE(的) THING: 白沙工业园渝丰科技."""
    needs = "both"
    options = ("chain_gap", "member_note", "lead_member")

    def find(self, s: Sentence) -> list[Relation]:
        text, ms, p = s.text, s.mentions, self.pattern
        cued = s.memory.get(("cued chains", s.index), ())
        out = []
        for i, chain in self.chains(s):
            if text[chain[-1].end:chain[-1].end + 1] in ("）", ")") and text.endswith(("项目（", "项目("), 0, chain[0].start):
                continue  # 某项目（灵川）十里画廊…项目: a place in brackets is a note of the name before it
            # …、沈阳市宏远电磁线、重庆卓越科技: a place opening a member of a list is that member's alone
            own = text[chain[0].start - 1:chain[0].start] == "、" and not NUMBERED.match(text, chain[0].start - 2)
            for outer, inner in zip(chain, chain[1:]):
                if text[outer.end:inner.start] not in ("（", "(") and inner.label in p.head and outer.label in p.tail:
                    out.append(Relation(inner, p.relation, outer, s.index, p.confidence, p.id + EACH) if own
                               else self.relation(inner, outer, s))
            # 汉中市的西乡县循环经济产业园区: the county opening the park's name is its own; the city's 的 places it too
            out += [self.relation(park, outer, s) for outer, county, park in zip(chain, chain[1:], chain[2:])
                    if county.label == REGION and county.end == park.start and park.label == PARK and park.label in p.head
                    and outer.label in p.tail and text[outer.end:county.start] == "的"]
            if chain[0] in cued:
                continue  # the cue before the chain reads its things (a cue pattern's tail_first_cues)
            things = self.things_after(text, chain, ms[i:])
            if things and own:
                out += [Relation(things[0], p.relation, place, s.index, p.confidence, p.id + EACH)
                        for place in chain if place.label in p.tail]
                continue
            out += [self.relation(t, place, s) for t in things for place in chain if place.label in p.tail]
        return out


class BracketedPlace(ChainShape):
    """PLACE（PLACE）: 江津片区（双福工业园）, the one in brackets in the one before; with `region_note`, a park with a
    region in brackets after it is in that region: 双福工业园（江津区）."""
    needs = "both"
    options = ("chain_gap", "region_note", "park_whole")

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.region_note = bool(pattern.value("region_note", False))
        self.park_whole = pattern.regex("park_whole") if "park_whole" in pattern.values else None

    def find(self, s: Sentence) -> list[Relation]:
        p, note, whole = self.pattern, self.region_note, self.park_whole
        out = []
        for _, chain in self.chains(s):
            for outer, inner in zip(chain, chain[1:]):
                if s.text[outer.end:inner.start] not in ("（", "("):
                    continue
                if whole and outer.label == inner.label == PARK and not whole.search(s.text, outer.start, outer.end):
                    continue  # 某经济开发区（某工业园区）: the park's other name, not a part of it
                if note and inner.label == REGION and outer.label == PARK and outer.label in p.head and \
                        inner.label in p.tail and s.text.startswith(("）", ")"), inner.end):
                    out.append(self.relation(outer, inner, s))
                elif inner.label in p.head and outer.label in p.tail:
                    out.append(self.relation(inner, outer, s))
        return out


class Containment(ChainShape):
    """PLACE的“园中园”——PARK: the park after the cue stands in the place before it."""
    needs = "both"
    options = ("chain_gap", "gap")
    word_lists = ("cues",)

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.gap = pattern.regex("gap")

    def find(self, s: Sentence) -> list[Relation]:
        text, ms, p = s.text, s.mentions, self.pattern
        out = []
        for i, chain in self.chains(s):
            rest = [m for m in ms[i:] if m.start >= chain[-1].end]
            end = after_brackets(text, chain[-1].end)
            if rest and rest[0].label in p.head and chain[-1].label in p.tail and \
                    self.gap.fullmatch(text, end, rest[0].start):
                out.append(self.relation(rest[0], chain[-1], s))
        return out


class Inside(Shape):
    """…高新区表现抢眼，区内的朗晖光电、铂川电池…: the heads listed after the cue, in the tail named last (in the
    sentence, else in an earlier one); firms listed before the `closing` words (A、B等园区企业)."""
    options = ("gap", "closing")
    word_lists = ("cues",)
    needs = "head"

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.cue = compile_scan(pattern.regex("gap", "{cues}的").pattern)  # (searched through whole sentences)
        self.closing = compile_scan(pattern.regex("closing", "(?!)").pattern)

    def find(self, s: Sentence) -> list[Relation]:
        p, ms = self.pattern, s.mentions
        out = []
        for cue in self.cue.finditer(s.text, s.start, s.end):
            # (the park named last, or the one whose name the cue's 园区 ends: 凯岚工业园区企业A、B)
            tails = [t for t in ms if t.label in p.tail and t.start < cue.start() and t.end <= cue.end()] or \
                [t for t in s.named_before() if t.label in p.tail]
            if tails:
                heads = list_from(s.text, [m for m in ms if m.label in p.head], cue.end())
                out += [self.relation(h, tails[-1], s) for h in heads]
        for closing in self.closing.finditer(s.text, s.start, s.end):
            # in the one park the sentence names (在某县某工业园区走访了…), or the one named last when it names no place
            # (not 先后来到A园、B园…, 在湖口县，A、B等园区企业: which park is not said)
            heads = list_before(s.text, [m for m in ms if m.label == COMPANY], closing.start())
            places = [m for m in ms if m.label in PLACES and heads and m.end <= heads[0].start]
            parks = [m for m in places if m.label in p.tail] if places else [m for m in s.named_before() if m.label in p.tail][-1:]
            if heads and len(parks) == 1:
                out += [self.relation(h, parks[0], s) for h in heads]
        return out


class CountedThenNamed(ChainShape):
    """这4家企业均扎根某产业园：A入选…，B入选…: a count of things (`counted`) with a cue and a place, then after
    the colon the heads the sentence names (and the sentences after it that a ； joins to it)."""
    options = ("chain_gap", "gap")
    word_lists = ("cues",)

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.counted = pattern.regex("gap")

    def find(self, s: Sentence) -> list[Relation]:
        text, ms, p = s.text, s.mentions, self.pattern
        out = []
        chain, index = s.memory.pop(p.id, (None, -1))
        if chain is not None and index == s.index - 1:
            out += [self.relation(h, place, s) for h in s.own if h.label in p.head for place in chain]
            self._carry(s, chain)
        for counted in self.counted.finditer(text, s.start, s.end):
            after = [m for m in ms if m.start >= counted.end()]
            chain = self.place_chain(text, after)
            if not chain or chain[0].start != counted.end():
                continue
            colon = after_brackets(text, chain[-1].end)
            if colon >= s.end or text[colon] not in "：:":
                continue
            chain = [place for place in chain if place.label in p.tail]
            out += [self.relation(h, place, s) for h in after if h.start > colon and h.label in p.head for place in chain]
            self._carry(s, chain)
        return out

    def _carry(self, s: Sentence, chain: list[Mention]) -> None:
        if s.text[s.start:s.end].rstrip().endswith(("；", ";")):
            s.memory[self.pattern.id] = (chain, s.index)


NEXT_COLON = re.compile("[：:]")


class RecordField(Shape):
    """A project described field by field, as lists of projects in reports are (1. 某某产业园项目 (line break) 建设地点：
    某某产业园 (line break) 投资主体：A、B、C等 (line break) 总投资：…): a numbered item (`item` before it, at a line's
    start) names the project; the things of the tail's types a `field` names, up to the next field's colon, are the
    project's, in the item's line or the lines after it, up to the next item."""
    options = ("item", "field")

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.item = pattern.regex("item")
        self.field = pattern.regex("field")

    def find(self, s: Sentence) -> list[Relation]:
        p, text = self.pattern, s.text
        first = s.own[0] if s.own else None
        if s.line_break_before and first is not None and self.item.fullmatch(text, s.start, first.start):
            s.memory[p.id] = first if first.label in p.head else None
        project = s.memory.get(p.id)
        if project is None:
            return []
        out = []
        for field in self.field.finditer(text, s.start, s.end):
            colon = NEXT_COLON.search(text, field.end(), s.end)
            end = colon.start() if colon else s.end
            out += [self.relation(project, m, s) for m in s.own if m.label in p.tail and field.end() <= m.start < end]
        return out


class OwnParks(Shape):
    """In a region's own report (我县, or 全县 in a 政府工作报告), the parks it names that nothing else places, whose
    names open with no other region the report names, are that region's: 大胜关山工业园建成区达到10.8平方公里, not
    东莞某某产业园 where 东莞市 is named too (read once per document)."""
    scope = "own"
    options = ("region_ends",)

    def find_own(self, text: str, mentions: list[Mention], nested: list[Mention], found, own: Mention,
                 sentence_of) -> list[Relation]:
        p = self.pattern
        ends = tuple(p.value("region_ends", ["省", "市", "区", "县"]))
        placed = {r.head for r in found if r.relation == p.relation}

        def stem(name: str) -> str:
            return name[:-1] if len(name) > 2 and name.endswith(ends) else name

        own_stem = stem(text[own.start:own.end])
        others = {stem(text[m.start:m.end]) for m in mentions if m.label == REGION} - {own_stem}
        others |= {text[n.start:n.end] for n in nested if n.label == REGION and not text.startswith(own_stem, n.start)}
        out = []
        for m in mentions:
            if m.label not in p.head or m in placed or m is own:
                continue
            name = text[m.start:m.end]
            if not name.startswith(own_stem) and any(name.startswith(o) for o in others if len(o) >= 2):
                continue  # 武汉光谷…, 东莞某某产业园: a park of another region the report names
            out.append(p.relation_of(m, own, sentence_of(m.start)))
        return out


def _opens_member(text: str, place: Mention, mentions: list[Mention]) -> bool:
    """The place, after a list's separator, opens the name of the member after it (、某开发区B项目, 、盛泽镇的C项目)."""
    start = place.end + (text[place.end:place.end + 1] == "的")
    return text[place.start - 1:place.start] == "、" and any(m.start == start and m.label not in PLACES for m in mentions)
