"""The shapes a relation pattern can take, by the name a pattern gives in `shape:`.

Each shape is one way of reading a sentence, written once; a pattern record in rules/relations.yaml
gives it its words, gaps, slot types and score. The generic shapes are `pair` (two mentions and
the text between them), `cue_before_tail`, `cue_list_tail`, `head_cue_tail` and `inside`; the
others read one construction of Chinese news that a gap alone cannot say (a chain of places,
a frame clause, a list, a name inside a name) and take their words from their pattern all the same.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict

from kg.extract.relations import categories, documents, fallbacks, frames, headline, places, selection
from kg.extract.relations.sentence import (PLACES, Sentence, Shape, after_brackets, after_skipped, first_by_name,
                                           list_from)
from kg.extract.search import alternation, held_gate
from kg.extract.text import QUOTES, clause_start
from kg.model import Mention, Relation
from kg.schema import COMPANY, REGION

LIST_WORD_END = re.compile(r"(?:名单|名录|清单)$")
SELECTION_LIST = re.compile(r"(?:拟认定|认定|公示|推荐)?(?:名单|名录|清单)")
SELECTION_LIST_END = re.compile(SELECTION_LIST.pattern + "$")
SHORT_HEADING = 6  # characters of the shortest heading that may name a program short (not 绿色工厂)
BRACKETED = re.compile(r"[（(][^（）()]{1,8}[）)]")  # a place in brackets inside a firm's name


class Pair(Shape):
    """HEAD gap TAIL (`order: head_first`: the first mention of a tail type after the head) or TAIL gap HEAD
    (`order: tail_first`: the last one before it): 众能光储…项目在白沙工业园, 某公司投资建设的…项目.
    `gap` must match the whole text between; a tail's alias in brackets (`skip_alias`) is skipped:
    鲁沃新材料科技有限公司（以下简称“鲁沃新材”）投资建设的…
    With `chain: true`, places written right after the tail are tails too: 在东莞市茶山镇开工.
    `after_tail` must match right after the tail (its closing bracket: 某公司（新昌县）), and after a chain's last place for
    every place of the chain (某集团将在某高新区某产业园成立某某有限公司: at none of them), `after_head` right after
    the head (某开发区举行X项目开工仪式), `before_tail` right before the tail (荣获P称号的A: the cue); `not_in_clause_before`
    must not match in the clause before the pair (欢迎A等企业来P投资兴业: an invitation); `tail_not` must not match in the
    tail's name (某银行某分行, 某设计研究院: a lender, a designer), `head_not` at the head's start (保税区二期工程: a place's
    own works)."""
    needs = "both"
    options = ("gap", "order", "skip_alias", "chain", "after_tail", "after_head", "before_tail", "not_in_clause_before",
               "tail_not", "head_not")
    word_lists = ("cues",)

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.gap = pattern.regex("gap")
        self.gap_gate = held_gate(self.gap)
        self.tail_first = pattern.value("order", "head_first") == "tail_first"
        if pattern.value("order", "head_first") not in ("head_first", "tail_first"):
            raise pattern.error("order must be head_first or tail_first")
        self.alias = pattern.regex("skip_alias") if "skip_alias" in pattern.values else None
        self.chain = bool(pattern.value("chain", False))
        self.after_tail = pattern.regex("after_tail") if "after_tail" in pattern.values else None
        self.after_head = pattern.regex("after_head") if "after_head" in pattern.values else None
        self.before_tail = re.compile(f"(?:{pattern.regex('before_tail').pattern})$") \
            if "before_tail" in pattern.values else None
        self.not_before = pattern.regex("not_in_clause_before") if "not_in_clause_before" in pattern.values else None
        self.tail_not = pattern.regex("tail_not", "(?!)")
        self.head_not = pattern.regex("head_not", "(?!)")
        self.group = ("pair", pattern.head, pattern.tail, self.tail_first, self.alias and self.alias.pattern)

    def find(self, s: Sentence) -> list[Relation]:
        # every gap lies between the sentence's first mention and its last: without a character each gap holds, none
        # matches (most pair patterns are skipped so in most sentences)
        if self.gap_gate is not None and not self.gap_gate.search(s.text, s.mentions[0].start, s.mentions[-1].end):
            return []
        out = []
        for head, tail, _, _ in self.matches(s):
            chained = self._chained(s, tail) if self.chain else []
            if chained and self.after_tail is not None and not self.after_tail.match(s.text, chained[-1].end):
                continue  # (某集团将在某高新区某产业园成立某某有限公司: what follows the chain's last place, too)
            out.append(self.relation(head, tail, s))
            out += [self.relation(head, place, s) for place in chained]
        return out

    def _chained(self, s: Sentence, tail: Mention) -> list[Mention]:
        """The tails written right after `tail` (东莞市茶山镇)."""
        chained, end = [], tail.end
        for m in s.mentions:
            if m.start < end:
                continue
            if m.start != after_brackets(s.text, end) or m.label not in self.pattern.tail:
                break
            chained.append(m)
            end = m.end
        return chained

    def matches(self, s: Sentence) -> list[tuple[Mention, Mention, list[Mention], re.Match]]:
        """(head, tail, the tails before the head, the gap's match) of each pair (kept for `of` patterns)."""
        key = (self.pattern.id, s.index)
        if key not in s.memory:
            text = s.text
            s.memory[key] = [(head, tail, before, gap) for head, tail, before, (start, end) in self._candidates(s)
                             for gap in [self.gap.fullmatch(text, start, end)]
                             if gap and not self.tail_not.search(text, tail.start, tail.end)
                             and not self.head_not.match(text, head.start, head.end)
                             and (self.after_tail is None or self.after_tail.match(text, tail.end))
                             and (self.after_head is None or self.after_head.match(text, head.end))
                             and (self.before_tail is None or self.before_tail.search(text, max(s.start, tail.start - 12),
                                                                                     tail.start))
                             and (self.not_before is None or not self.not_before.search(
                                 text, clause_start(text, s.start, min(head.start, tail.start)), min(head.start, tail.start)))]
        return s.memory[key]

    def _candidates(self, s: Sentence) -> list[tuple[Mention, Mention, list[Mention], tuple[int, int]]]:
        """(head, tail, the tails before the head, the gap's span): the same for every pair pattern
        with these slots (the developedBy patterns read each project once)."""
        p = self.pattern
        key = (self.group, s.index)
        if key in s.memory:
            return s.memory[key]
        text, ms = s.text, s.mentions
        out = []
        if not self.tail_first:  # each head and the first tail after it, in one walk from the sentence's end
            following = None
            for head in reversed(ms):
                if head.label in p.head and following is not None:
                    out.append((head, following, [], (head.end, following.start)))
                if head.label in p.tail:
                    following = head
            out.reverse()
        else:
            tails: list[Mention] = []  # the tails before the current mention
            for head in ms:
                if head.label in p.head and tails:
                    out.append(self._before(text, head, list(tails)))
                if head.label in p.tail:
                    tails.append(head)
        s.memory[key] = out
        return out

    def _before(self, text: str, head: Mention, before: list[Mention]
                ) -> tuple[Mention, Mention, list[Mention], tuple[int, int]]:
        tail, start = before[-1], before[-1].end
        if self.alias is not None:
            bracket = self.alias.match(text, tail.end)
            if bracket:
                start = bracket.end()
            elif len(before) > 1:
                bracket = self.alias.search(text, before[-2].end, head.start)
                if bracket:
                    tail, start = before[-2], bracket.end()
        return head, tail, before, (start, head.start)


class Partners(Shape):
    """A与B合资建设的…项目: the tail joined by a partner word to the tail of the pair pattern `of` (and each joined so
    before it: 由A、B和C共同出资建设的…项目); none whose name `tail_not` matches."""
    needs = "both"
    options = ("gap", "of", "tail_not")
    word_lists = ("cues",)

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.joint = pattern.regex("gap", "{cues}")
        self.tail_not = pattern.regex("tail_not", "(?!)")

    def find(self, s: Sentence) -> list[Relation]:
        out = []
        for head, tail, before, _ in self.others[self.pattern.value("of")].matches(s):
            for partner in reversed(before[:-1]):
                if partner.label not in self.pattern.tail or not self.joint.fullmatch(s.text, partner.end, tail.start):
                    break
                if not self.tail_not.search(s.text, partner.start, partner.end):
                    out.append(self.relation(head, partner, s))
                tail = partner
        return out


class TailInGap(Shape):
    """某公司拟投资5亿元，在江北新区建设…项目: the head of the pair pattern `of` and the tails inside the named
    `group` of that pattern's gap."""
    needs = "both"
    options = ("of", "group")

    def find(self, s: Sentence) -> list[Relation]:
        p = self.pattern
        out = []
        for head, _, _, gap in self.others[p.value("of")].matches(s):
            start, end = gap.span(p.value("group"))
            out += [self.relation(head, m, s) for m in s.mentions
                    if m.label in p.tail and start <= m.start and m.end <= end]
        return out


class HeadBy(Shape):
    """HEAD 由 TAIL(、TAIL) cue: 该项目由某公司投资建设. `by` is what stands between the head and the tails
    (with no other head inside it), `gap` the cue after them; a tail's alias in brackets (`skip_alias`) is
    passed over: 由A（以下简称“甲”）和B（以下简称“乙”）合作开发. Places written right after `by`, with what
    `place_gap` matches after them, say where the tails are from: 由四川遂宁的某公司投资建设. A partner the entity
    stage did not name, written before a joiner (`unnamed_partner`), is passed over when the cue says the tails
    act together (`jointly`): 由某某基金公司和B共同投资建设 (B)."""
    needs = "both"
    options = ("by", "gap", "skip_alias", "place_gap", "unnamed_partner", "jointly")
    word_lists = ("cues",)

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.by = pattern.regex("by")
        self.after = pattern.regex("gap", "{adverbs}*{cues}")
        self.alias = pattern.regex("skip_alias") if "skip_alias" in pattern.values else None
        self.place_gap = pattern.regex("place_gap") if "place_gap" in pattern.values else None
        self.unnamed = pattern.regex("unnamed_partner") if "unnamed_partner" in pattern.values else None
        self.jointly = pattern.regex("jointly") if "jointly" in pattern.values else None

    def find(self, s: Sentence) -> list[Relation]:
        text, ms, p = s.text, s.mentions, self.pattern
        out = []
        for i, head in enumerate(ms):
            by = self.by.match(text, head.end) if head.label in p.head else None
            if by is None:
                continue
            later = next((m for m in ms[i + 1:] if m.label in p.head), None)
            if later is not None and later.start < by.end():
                continue  # another head stands between: the 由 clause is said of it
            candidates = [m for m in ms[i + 1:] if m.label in p.tail]
            start = self._past_places(s, by.end())
            tails = list_from(text, candidates, start, skip=self.alias)
            joint = False
            if not tails and self.unnamed is not None:
                unnamed = self.unnamed.match(text, by.end())
                if unnamed and all(m.label in PLACES for m in ms[i + 1:] if by.end() <= m.start < unnamed.end()):
                    tails, joint = list_from(text, candidates, unnamed.end(), skip=self.alias), True
            if not tails:
                continue
            after = after_skipped(text, tails[-1].end, self.alias)
            if self.after.match(text, after) and (not joint or self.jointly.match(text, after)):
                out += [self.relation(head, t, s) for t in tails]
        return out

    def _past_places(self, s: Sentence, position: int) -> int:
        """After the places written at `position` and what `place_gap` allows after them (四川遂宁的), if any."""
        if self.place_gap is None:
            return position
        end = position
        for m in s.mentions:
            if m.start < end:
                continue
            if m.start != end or m.label not in PLACES:
                break
            end = after_brackets(s.text, m.end)
        gap = self.place_gap.match(s.text, end) if end > position else None
        return gap.end() if gap else position


class NameInName(Shape):
    """武骏光能年产8GW光伏封装材料及制品项目: a tail's name opens the head's name, or its quotes or a place
    that opens it ("某某传动"年产…项目, 某县某某年产…项目; read once per document,
    from the names the entity stage found inside others)."""
    scope = "document"

    options = ("whole_after_place", "legal_name")

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        # 柏乡某某机器人（项目）: a tail that is the head's whole name (up to these words) and opens with a place names
        # the place and a brand, not the developer (unless it is a legal name: 山东某某食品有限公司项目)
        self.whole = re.compile(f"(?:{pattern.regex('whole_after_place').pattern})?$") \
            if "whole_after_place" in pattern.values else None
        self.legal_name = pattern.regex("legal_name") if "legal_name" in pattern.values else None

    def find_all(self, text: str, mentions: list[Mention], nested: list[Mention], sentence_of) -> list[Relation]:
        p = self.pattern
        nested_at: dict[int, list[Mention]] = defaultdict(list)
        for n in nested:
            nested_at[n.start].append(n)
        out = []
        for head in (m for m in mentions if m.label in p.head):
            name = text[head.start:head.end]
            opening = head.start + len(name) - len(name.lstrip(QUOTES))  # ("某某传动"年产…项目: inside its quotes)
            openings = [opening] + [n.end for n in nested_at.get(opening, ()) if n.label == REGION]
            for tail in (n for at in openings for n in nested_at.get(at, ()) if n.end <= head.end and n.label in p.tail):
                if self.whole is not None and self.whole.fullmatch(text, tail.end, head.end) and \
                        any(n.label == REGION for n in nested_at[head.start]) and not (  # the entity stage's kg_name_regions
                        self.legal_name is not None and self.legal_name.search(text, tail.start, tail.end)):
                    continue
                out.append(p.relation_of(head, tail, sentence_of(head.start)))
        return out


class ShortFormInName(Shape):
    """锦州阳光二期年产3.6GW…项目 where the document names 锦州阳光能源控股有限公司: a head's name opens with the short
    form of a tail's full name (its legal form, `legal_ends`, taken off, then as many of the words of its trade and
    rank, `short_ends`, as leave at least `min_short` characters; not a short form that is only a place, ending in
    one of `place_ends`), with more of the name after it (read once per document). A shorter form, of
    `min_short_before_output`, counts where an output follows it (伊利4.5万吨…项目 where the text names 伊利集团)."""
    scope = "document"
    options = ("min_short", "min_short_before_output", "output", "plain_name", "plain_not_after")
    word_lists = ("legal_ends", "short_ends", "place_ends")

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        words = pattern.words
        self.legal = re.compile(f"(?:{alternation(words['legal_ends'])})$")
        self.short = re.compile(f"(?:{alternation(words['short_ends'])})$")
        self.place_ends = tuple(words.get("place_ends", ()))
        self.min_short = int(pattern.value("min_short", 4))
        self.min_before_output = int(pattern.value("min_short_before_output", self.min_short))
        self.output = pattern.regex("output", "(?!)")
        self.plain = pattern.regex("plain_name", "(?!)")
        self.plain_not_after = pattern.regex("plain_not_after", "(?!)")

    def _short_forms(self, name: str) -> list[str]:
        legal = self.legal.search(name)  # (a short name has none: 安徽金鑫电机 is called 安徽金鑫 too)
        base = name[:legal.start()] if legal else name
        bases = list(dict.fromkeys([base, BRACKETED.sub("", base)]))  # 榄圣科技（广东）: with its place or without
        out = list(bases) if legal else []
        for form in bases:
            while (end := self.short.search(form)) is not None and end.start() >= self.min_before_output:
                form = form[:end.start()]
                out.append(form)
        return [n for n in out if len(n) >= self.min_before_output and not n.endswith(self.place_ends)]

    def find_all(self, text: str, mentions: list[Mention], nested: list[Mention], sentence_of) -> list[Relation]:
        p = self.pattern
        forms: dict[str, Mention] = {}  # the first mention of the company stands for it
        places = {text[n.start:n.end] for n in (*mentions, *nested) if n.label == REGION}  # (四川能源投资集团: not 四川)
        brands = set()  # 大华 of 大华公司: a firm called by its brand and 公司 alone opens its projects' names by the brand
        for name, m in first_by_name(text, mentions, p.tail).items():
            for form in self._short_forms(name):
                if form not in places:
                    forms.setdefault(form, m)
            if self.plain.fullmatch(name) and name[:-2] not in places:
                brands.add(name[:-2])
        if not forms:
            return []
        longest = max(map(len, forms))
        out = []
        for head in (m for m in mentions if m.label in p.head):
            name = text[head.start:head.end]
            tail = next((forms[name[:k]] for k in range(min(longest, len(name) - 1), 0, -1) if name[:k] in forms
                         and (k >= self.min_short or self.output.match(name, k)
                              or name[:k] in brands and not self.plain_not_after.match(name, k))), None)
            if tail is not None:
                out.append(p.relation_of(head, tail, sentence_of(head.start)))
        return out


CELL_GAP = re.compile(r"[ \t\u3000]{2,}|\t")  # between a table's cells on one line


def table_cells(text: str, position: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of the line that holds `position`."""
    start, end = text.rfind("\n", 0, position) + 1, text.find("\n", position)
    end = end if end >= 0 else len(text)
    cells, cell_start = [], start
    for gap in [*CELL_GAP.finditer(text, start, end), None]:
        cell_end = gap.start() if gap else end
        if text[cell_start:cell_end].strip():
            cells.append((cell_start, cell_end))
        cell_start = gap.end() if gap else end
    return cells


class TableProgram(Shape):
    """附件：某市三星级绿色工厂名单（第三批） 序号  乡镇  单位名称 / 1  某镇  某某有限公司 …: a table's header (`header`)
    with a list's heading (`heading`, its group `name` ending with a program the document names) within `reach`
    characters before it: every head named after that header, up to a blank line, is a member of the program; a park
    only in the members' column, where a row has the header's cells (not the park in a column of places). With no
    heading, an announcement (`announced`: 名单如下：) within reach stands for the last list the text named before it
    (某某企业公示名单)."""
    scope = "document"
    options = ("heading", "header", "header_words", "reach", "announced")

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.heading = pattern.regex("heading")
        self.header = pattern.regex("header")
        self.reach = int(pattern.value("reach", 80))
        self.header_words = tuple(pattern.value("header_words", ()))
        self.announced = pattern.regex("announced", "(?!)")
        self.blank = re.compile(r"\n[ \t\u3000]*\n")

    def find_all(self, text: str, mentions: list[Mention], nested: list[Mention], sentence_of) -> list[Relation]:
        p = self.pattern
        if self.header_words and not any(word in text for word in self.header_words):
            return []  # (the header's pattern opens with no fixed word: a scan of the whole text)
        programs = first_by_name(text, mentions, p.tail)
        if not programs:
            return []
        out, done = [], -1
        starts = [m.start for m in mentions]
        for header in self.header.finditer(text):  # rare words: the headings are looked for before them only
            if header.start() < done:
                continue
            heading = None
            for heading in self.heading.finditer(text, max(0, header.start() - self.reach), header.start()):
                pass  # the last heading before the header (附件2：某某复核不通过名单 names none: no earlier one stands in)
            program = self._program(heading, programs) if heading is not None else None
            program = program or self._announced_list(text, header.start(), mentions)
            if program is None:
                continue
            blank = self.blank.search(text, header.end())
            done = blank.start() if blank else len(text)
            columns = table_cells(text, header.start())
            column = self._members_column(text, header, columns, program)
            for i in range(bisect.bisect_left(starts, header.end()), len(mentions)):
                m = mentions[i]
                if m.start >= done:
                    break
                cells = table_cells(text, m.start)
                if m.label in p.head and (m.label == COMPANY or len(cells) != len(columns)
                                          or cells[column][0] <= m.start < cells[column][1]):
                    out.append(p.relation_of(m, program, sentence_of(m.start)))
        return out

    def _members_column(self, text: str, header: re.Match, columns: list[tuple[int, int]], program: Mention) -> int:
        """The column of the list's parks: the header's, or of the headers on its line (开发区名称, 企业名称) the one
        whose kind the list's name says (某某十强企业名单: 企业名称, its parks are the firms' places)."""
        line_end = text.find("\n", header.start())
        headers = list(self.header.finditer(text, header.start(), line_end if line_end >= 0 else len(text)))
        name = text[program.start:program.end]
        kinds = [h for h in headers if h.group()[:2] in name]  # (the list's own kind is the last named: 开发区十强企业)
        chosen = max(kinds, key=lambda h: name.rfind(h.group()[:2])) if len(headers) > 1 and kinds else header
        return next(i for i, (start, end) in enumerate(columns) if start <= chosen.start() < end)

    def _announced_list(self, text: str, header: int, mentions: list[Mention]) -> Mention | None:
        announcement = None
        for announcement in self.announced.finditer(text, max(0, header - self.reach), header):
            pass
        if announcement is None:
            return None
        return next((m for m in reversed(mentions) if m.label in self.pattern.tail and m.end <= announcement.start()
                     and (LIST_WORD_END.search(text, m.start, m.end) or SELECTION_LIST.match(text, m.end))), None)

    @staticmethod
    def _program(heading: re.Match, programs: dict[str, Mention]) -> Mention | None:
        """The longest program the heading's name ends with, else one the document names with its list word (某某名单),
        else one named before it whose name ends with a long enough heading's (附：两化融合示范园区认定名单 after
        2022年江西省两化融合示范园区: named short)."""
        name = heading.group("name").replace("\n", "")  # (a heading broken across two lines)
        program = max(((name.endswith(t), m.end - m.start, m) for t, m in programs.items()
                       if name.endswith(t) or name.endswith(LIST_WORD_END.sub("", t))), key=lambda c: c[:2], default=(None,))[-1]
        if program is None and len(name) >= SHORT_HEADING:
            program = max(((m.end - m.start, m) for t, m in programs.items() if m.start < heading.start()
                           and SELECTION_LIST_END.sub("", t).endswith(name)), key=lambda c: c[0], default=(None,))[-1]
        return program


class ListShape(Shape):
    """A pattern of lists (kg.extract.relations.lists): what a list says of its members, and what frames it."""
    options = ("place_tail", "park_tail", "any_kind_tail", "tight")
    word_lists = ("place_tails",)
    scope = "list"


SHAPES: dict[str, type[Shape]] = {
    "pair": Pair,
    "partners": Partners,
    "tail_in_gap": TailInGap,
    "head_by": HeadBy,
    "name_in_name": NameInName,
    "short_form_in_name": ShortFormInName,
    "table_program": TableProgram,
    "cue_before_tail": selection.CueBeforeTail,
    "anaphor_head": fallbacks.AnaphorHead,
    "sentence_topic": fallbacks.SentenceTopic,
    "copula": fallbacks.Copula,
    "cue_list_tail": selection.CueListTail,
    "cue_back": selection.CueBack,
    "cue_short_name": selection.CueShortName,
    "clause_before": fallbacks.ClauseBefore,
    "selected_frame": selection.SelectedFrame,
    "head_cue_tail": places.HeadCueTail,
    "adjacent_places": places.AdjacentPlaces,
    "bracketed_place": places.BracketedPlace,
    "containment": places.Containment,
    "frame": frames.Frame,
    "inside": places.Inside,
    "paragraph_topic": frames.ParagraphTopic,
    "counted_then_named": places.CountedThenNamed,
    "section": frames.Section,
    "record_field": places.RecordField,
    "own_parks": places.OwnParks,
    "own_titles": selection.OwnTitles,
    "headline_topic": headline.HeadlineTopic,
    "list_categories": categories.ListCategories,
    "place_prefix": documents.PlacePrefix,
    "report_paragraphs": documents.ReportParagraphs,
    **{name: ListShape for name in ("list_shared", "list_frame", "list_count", "list_after", "list_program",
                                          "list_topic")},
}
