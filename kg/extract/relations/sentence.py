"""What a shape reads: one sentence with its mentions, and the few things it may look back at."""
from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterator

from kg.extract.relations.patterns import Pattern
from kg.extract.gazetteer import Gazetteer
from kg.model import Mention, Relation
from kg.schema import COMPANY, PARK, PROGRAM, PROJECT, REGION

# 首次被认定为国家专精特新“小巨人”企业、省级专精特新中小企业的，再一次性奖励…: programs of a policy's condition, which
# its reward follows, are no list's (not 拟列入P的，则有A、B; 入选P的，我市共有A、B两家: the list's own frame)
CONDITION = re.compile(r"[^，,。；;：:\n]{0,40}?的[，,][^，,。；;\n]{0,12}?(?:奖励|奖补|补助|补贴|资助|给予|予以|享受|优先|按每)")

PLACES = (PARK, REGION)
MEMBERS = (COMPANY, PROJECT, PARK)  # what lists hold
LIST_JOINTS = "、和与及等"
LIST_CLOSING_JOINTS = ("和", "及")  # before the last member of a list that 、 opened
PLACE_ENDINGS = "省市县区州旗盟镇乡园港"  # …of places: the member before the joint ends as a place's name does
ADVERBS_ONLY = re.compile(r"\s*(?:共同|均|同时|一同|一道|双双|也|都|同样|分别|先后|相继|再次|已|还|又|首次|成功|正式)*\s*")
EACH = ".each"  # the end of the rule of a relation said of one member alone (A、B分别获评P1和P2): lists do not share it
OWNED_REACH = 6  # 马当镇的李大爷: what a place owns, standing for the subject right after it
AGENT_REACH = 40  # characters before a head where its 由 (and the list it opens) may stand


@dataclass
class Sentence:
    text: str  # the whole document
    start: int
    end: int
    index: int
    mentions: list[Mention]  # sorted, anaphors (该项目) included as mentions of their type
    own: list[Mention]  # the mentions named in it (no anaphors)
    earlier: tuple[list[Mention], int]  # the document's mentions, and how many stand before this sentence
    line_break_before: bool  # a new paragraph (or the first sentence)
    memory: dict[Any, Any] = field(default_factory=dict)  # kept by the shapes: within a sentence, or to the next

    def named_before(self) -> list[Mention]:
        """The mentions of the document's earlier sentences (no anaphors), in order."""
        mentions, count = self.earlier
        return mentions[:count]


class Shape:
    """A way of reading a sentence, implemented once; a pattern gives it its words, gaps, types and score."""
    word_lists: ClassVar[tuple[str, ...]] = ()  # the pattern keys that hold words (or name a shared list)
    options: ClassVar[tuple[str, ...]] = ()  # the other keys it reads (regexes, numbers, names of patterns)
    # or "text" (the names themselves, once per document), "list" (kg.extract.relations.lists), "document" (once
    # after the lists), "own" (a region's own report), "last" (once per document, given all that was found before)
    scope: ClassVar[str] = "sentence"
    # finds nothing unless the sentence names a head type ("head"), a tail type ("tail"), both ("both"), or either
    needs: ClassVar[str] = "either"
    # the divisions of China (set by the engine for every shape): which region a name opens with, which holds which
    gazetteer: Gazetteer | None = None

    def __init__(self, pattern: Pattern, others: dict[str, "Shape"]):
        self.pattern = pattern
        self.others = others  # every pattern's shape, by id: for `of`, `no_head`, `no_cue`
        self._types = (pattern.head, pattern.tail)
        self.counted = pattern.regex("not_counted") if "not_counted" in pattern.values else None
        self.relative = pattern.regex("relative") if "relative" in pattern.values else None
        self.agent = pattern.regex("agent") if "agent" in pattern.values else None

    def applies(self, labels: set[str]) -> bool:
        """Whether the sentence's mentions (their types) can give this shape anything: a quick test."""
        head, tail = (not labels.isdisjoint(types) for types in self._types)
        return {"head": head, "tail": tail, "both": head and tail}.get(self.needs, head or tail)

    def find(self, s: Sentence) -> list[Relation]:
        raise NotImplementedError

    def relation(self, head: Mention, tail: Mention, s: Sentence) -> Relation:
        return self.pattern.relation_of(head, tail, s.index)

    def subjects(self, ms: list[Mention], begin: int, end: int, text: str | None = None) -> list[Mention]:
        """The best-ranked kind of head standing in [begin, end).

        With `text` and the pattern's `not_counted`, a place that modifies a count of companies
        (东莞12家企业获评…) is not a subject; with `text`, nor is a head that owns a later one
        (华大九天的全资子公司——某公司入驻…).
        """
        p = self.pattern
        inside = [m for m in ms if begin <= m.start and m.end <= end and m.label in p.head]
        if text is not None and self.counted is not None:  # (开封市、洛阳市两个市入选: the count is the list's own)
            inside = [m for m in inside if m.label not in PLACES or not self.counted.match(text, m.end, end)
                      or any(o.label in PLACES and o.end == m.start - 1 and text[o.end] in "、和及与" for o in ms)]
        if text is not None and self.relative is not None:
            # 某公司计划投资5亿元的…项目将落户P: the agent of a clause ending in 的 modifies what follows
            inside = [m for m in inside if not self.relative.match(text, m.end, end)]
        if text is not None and self.agent is not None:
            # 该项目由A、B共同出资建设，选址在P: the agents after 由 are not what the clause is about
            inside = [m for m in inside if not self.agent.search(text, max(begin, m.start - AGENT_REACH), m.start)]
        if not inside:
            return []
        best = min(p.rank(m.label) for m in inside)
        heads = [m for m in inside if p.rank(m.label) == best]
        # (not a place opening the name of another kind ranked alike, 榆林市|靖边经开区)
        heads = [m for m in heads if not any(o.start == m.end and o.label != m.label for o in heads)]
        if text is not None and {PARK, REGION} <= {m.label for m in heads}:
            # parks and regions ranked alike (A区、B新区等15个地区列入P): a region is a member only where a joint, or the
            # clause's end after adverbs, follows it (not 芜湖市支持某经开区创建P, 某经开区（某区）获评P, 某县高山蔬菜园区…入选P);
            # no place that 所在的 follows is one (某经开区所在的某县同样获评P)
            heads = [m for m in heads if not text.startswith("所在", m.end) and (
                m.label != REGION or text[m.end:m.end + 1] in LIST_JOINTS or ADVERBS_ONLY.fullmatch(text, m.end, end)
                or self.counted is not None and self.counted.match(text, m.end, end))]
        if text is None:
            return heads
        # 华大九天的全资子公司——某公司入驻…: a head that owns a later one (X的…) is not the subject, nor a place
        # that owns the few words before the end (马当镇的李大爷获评P)
        return [m for i, m in enumerate(heads) if not text.startswith("的", m.end) or (
                i == len(heads) - 1 and (m.label not in PLACES or end - m.end > OWNED_REACH))]


def list_from(text: str, ms: list[Mention], position: int, joiners: str = "、和与及",
              skip: re.Pattern | None = None) -> list[Mention]:
    """The mention at `position` and those joined to it by 、 和 与 及 (never a program); with `skip`, what it
    matches after a member (an alias in brackets: A（以下简称“甲”）和B) is passed over."""
    out = []
    for m in (m for m in ms if m.start >= position):
        if m.start != position or m.label == PROGRAM:
            break
        out.append(m)
        position = after_skipped(text, m.end, skip)
        if position < len(text) and text[position] in joiners:
            position += 1
    return out


def list_before(text: str, ms: list[Mention], position: int, joiners: str = "、和与及") -> list[Mention]:
    """The mention ending at `position` and those joined to it by 、 和 与 及 before it, in order."""
    out: list[Mention] = []
    for m in sorted((m for m in ms if m.end <= position), key=lambda m: m.end, reverse=True):
        if m.end != position:
            break
        out.append(m)
        if m.start == 0 or text[m.start - 1] not in joiners:
            break
        position = m.start - 1
    return out[::-1]


def after_skipped(text: str, position: int, skip: re.Pattern | None) -> int:
    """`position`, or the end of what `skip` matches there."""
    found = skip.match(text, position) if skip is not None else None
    return found.end() if found else position


def bracket_note(text: str, place: Mention, note: Mention) -> bool:
    """A place in brackets right after another place notes where that one is (某经开区（某区）)."""
    return place.label in PLACES and note.label in PLACES and note.start == place.end + 1 and text[place.end] in "（("


def listed_member(text: str, m: Mention) -> bool:
    """The mention follows a list's separator (、P等30个项目: a member, not a place that frames or counts), or closes a
    list of places after 和 or 及 (A镇、B开发区和C镇的4个项目: the places share the count)."""
    before = text[m.start - 1:m.start]
    if before == "、":
        return True
    if before not in LIST_CLOSING_JOINTS or text[m.start - 2:m.start - 1] not in PLACE_ENDINGS:
        return False  # (not 市委、市政府和慈溪市3家企业: bodies, then the place)
    clause = max(text.rfind(c, 0, m.start) for c in "，,。；;：:\n")
    return text.find("、", clause + 1, m.start - 1) != -1


def after_brackets(text: str, position: int) -> int:
    """Skip a closing bracket right after a mention that was inside brackets."""
    while position < len(text) and text[position] in "）)":
        position += 1
    return position


def first_by_name(text: str, mentions: list[Mention], labels) -> dict[str, Mention]:
    """The first mention of each name among the mentions of `labels`."""
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.label in labels:
            first.setdefault(text[m.start:m.end], m)
    return first


def last_before(mentions: list[Mention], index: int, sentence_of: dict[Mention, int], s: int) -> int | None:
    """The index of the last mention before `index` in sentence `s` that is no program, if any."""
    for i in range(index - 1, -1, -1):
        if sentence_of[mentions[i]] != s:
            return None
        if mentions[i].label != PROGRAM:
            return i
    return None


def outer_place(mentions: list[Mention], at: int | None) -> Mention | None:
    """The first of the places written one right after the other that ends with the one `at` (江州区 of 江州区某产业园)."""
    if at is None or mentions[at].label not in PLACES:
        return mentions[at] if at is not None else None
    while at > 0 and mentions[at - 1].label in PLACES and mentions[at - 1].end == mentions[at].start:
        at -= 1
    return mentions[at]


def mentions_back(mentions: list[Mention], index: int, sentence_of: dict[Mention, int], first: int,
          last: int | None = None) -> Iterator[Mention]:
    """The mentions before `index`, nearest first, in sentences `first` to `last` (default: `first` alone)."""
    last = first if last is None else last
    start = index
    if index and sentence_of[mentions[index - 1]] > last:  # (the mentions are in order: past later sentences at once)
        start = bisect.bisect_right(mentions, last, 0, index, key=sentence_of.__getitem__)
    for i in range(start - 1, -1, -1):
        s = sentence_of[mentions[i]]
        if s < first:
            return
        if s <= last:
            yield mentions[i]


def shared_ending(a: str, b: str) -> str:
    """The characters two names end with alike (化工园区 of 远安县化工园区 and 当阳市化工园区)."""
    return os.path.commonprefix([a[::-1], b[::-1]])[::-1]
