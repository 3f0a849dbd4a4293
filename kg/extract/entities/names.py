"""Where a name starts and whether it says anything: the machinery all recognisers share (common.yaml).

Chinese has no spaces, so a name's end is found by its suffix or a cue, and its
start by walking left over name characters (`extend_left`) and cutting at words
that never stand inside a name (`trim_left`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from kg.extract.gazetteer import Gazetteer
from kg.extract.entities.spans import Spans
from kg.extract.entities.state import DocState
from kg.extract.search import alternation, compile_scan
from kg.extract.text import QUOTES, line_end

OPEN_BRACKETS, CLOSE_BRACKETS = "（(", "）)"
JOINING_MARKS = ("—", "/", "、")  # what joins two words of a name (a dash, a pair of dashes, a rate's slash, numbered units)
# 漳州核电1、2号机组工程项目, 一、二期工程: 、 between the numbers of units or phases joins them, no list's mark (not a
# heading's: 二、三期工程 on a line of its own)
NUMBERED_UNITS = re.compile(r"(?<=[\d一二三四五六七八九十])(?<!\n[一二三四五六七八九十])、(?=(?:[\d一二三四五六七八九十]、)*[\d一二三四五六七八九十]{1,2}\s*(?:号|#|＃|期))")


class NameText:
    def __init__(self, common: dict[str, Any], gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        name_char = f"(?![{re.escape(common['stop_chars'])}])[{common['name_chars']}]"
        self.name_chars = common["name_chars"]
        self.name_char_re = re.compile(name_char)
        self.name_run = re.compile(f"(?:{name_char})*")
        # matched up to a position, ends after the last character before it that is not a name character
        self.up_to_last_non_name = re.compile(
            f"(?s:.*)(?:[{re.escape(common['stop_chars'])}]|[^{common['name_chars']}])")
        self.max_bracket = int(common["max_bracket"])
        # a program's name may hold a short part in brackets (中日韩（江苏）产业合作示范园区)
        self.name_or_quote_run = re.compile(
            # a slogan in quotes is one part, whatever it holds (“腾笼换鸟、凤凰涅槃”攻坚行动…名单)
            # (2015—2016年度某市市长质量奖: the dash of a range of years)
            f"(?:“{name_char}+(?:、{name_char}+)+”|{name_char}|[{re.escape(QUOTES)}]|（[^（）()，。]{{1,{self.max_bracket}}}）(?={name_char})"
            r"|(?<=\d{4})[—–\-－~～](?=\d{4}))*")
        self.stop_chars = common["stop_chars"]
        self.han_run = re.compile(r"[\u4e00-\u9fff]+")
        # a keep word is matched first, so that no cut falls inside it (自由: no cut after 由)
        words = "|".join([f"(?P<keep>{alternation(common['keep_words'])})", alternation(common["cut_after_words"])]
                         + list(common["cut_after_patterns"]))
        # (some 300 characters open a cut, yet few of a name's do: the lookahead on them halves trim_left's search)
        self.cut_after_words = compile_scan(words, max_first=None)
        self.cut_after = compile_scan(f"{words}|[{common['cut_after_chars']}]", max_first=None)
        self.cut_after_chars = frozenset(common["cut_after_chars"])
        self.cut_after_char_re = re.compile(f"[{re.escape(common['cut_after_chars'])}]")
        self.keep_word_re = re.compile(alternation(common["keep_words"]))
        self.copula_re = re.compile(f"[{re.escape(common['copula_chars'])}](?={alternation(common['nation_names'])})")
        self.leading_word_re = re.compile(alternation(common["leading_words"]))
        self.leading_chars = set(common["leading_chars"])
        self.item_number_re = re.compile(common["item_number"])
        self.inner_start_chars = set(common["inner_start_chars"])
        self.having_words = tuple(common["having_words"])  # 的有机肥…项目: no list opened by 的有
        self.having_after = tuple(common["having_after"])
        self.firm_object_verbs = frozenset(common["firm_object_verbs"])
        self.adverbs = alternation(common["adverbs"])
        self.trailing_adverbs = re.compile(f"(?:{self.adverbs})+$")
        self.position_words = list(common["position_words"])
        self.date_prefix, self.date_in_name = re.compile(common["date_prefix"]), re.compile(common["date_in_name"])
        measure = re.escape(common["measure_words"])
        # 27个, 70多个, 20余家: a count of things
        self.count = re.compile(rf"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两几数]+)[多余]?[{measure}]")
        # 余, 多 are generic after a number (20余家, 十多个), not in a name of its own (喜多多);
        # an adjective of one character (大, 新) is generic before another generic word or at the end (新项目,
        # 大工业园), not before a character of its own (大源新材料, 新希望: the two form a name's word), nor after one
        # (科大智能: 科大 is a word)
        self.bound_generic_chars = common["bound_generic_chars"]
        bound = re.escape(self.bound_generic_chars)
        free_words = [w for w in common["generic_words"] if not (len(w) == 1 and w in common["bound_generic_chars"])]
        self.generic = re.compile(
            rf"(?:{alternation(free_words)}|(?<![^\d一二三四五六七八九十两百千几{measure}])[{bound}](?=(?:{alternation(common['generic_words'])}|[\d{measure}]|$))"
            rf"|\d+(?:\.\d+)?[余多]?[{measure}]?|[一二三四五六七八九十百千两几数]+[余多]?[{measure}])+"
        )

    def date_end(self, text: str, start: int = 0, end: int | None = None) -> int:
        """Where a date opening text[start:end] ends (`start` if none opens it)."""
        date = self.date_prefix.match(text, start, len(text) if end is None else end)
        return date.end() if date else start

    def is_name_char(self, ch: str) -> bool:
        return self.name_char_re.match(ch) is not None

    @lru_cache(maxsize=1 << 16)
    def is_generic(self, stem: str) -> bool:
        """True if the stem says nothing that identifies one thing (重点, 27个重点投达产, 各类光伏产业).
        Cached: the recognisers ask about the same stems again and again (names repeat)."""
        counts = list(self.count.finditer(stem))
        if counts and self.generic.fullmatch(stem, counts[-1].end()) or counts and counts[-1].end() == len(stem):
            return True  # what follows the last count is generic: a description of several things
        return len(self.generic.sub("", stem)) < 2

    def extend_left(self, text: str, end: int, barrier: int, max_len: int) -> int:
        """Leftmost start of a run of name characters (with short bracketed parts) ending at `end`."""
        lowest = max(barrier, end - max_len)
        i = end
        while i > lowest:
            before_run = self.up_to_last_non_name.match(text, lowest, i)
            i = before_run.end() if before_run else lowest
            if text[i - 1:i] in JOINING_MARKS:  # (most runs: no dash, slash or 、 before them, nothing joined)
                if i > lowest + 1 and (self._joining_dash(text, i - 1) or self._joining_slash(text, i - 1)
                                       or NUMBERED_UNITS.match(text, i - 1)):
                    i -= 1  # 准东—协鑫硅基材料工业园, 20万吨/年…项目, 1、2号机组: a dash, a rate's slash, units' numbers
                    continue
                if i > lowest + 2 and self._joining_places(text, i):
                    i -= 2  # 德阳——阿坝生态经济产业园: a pair of dashes between two places joins them
                    continue
            if i == lowest or text[i - 1] not in CLOSE_BRACKETS:
                break
            j = i - 2
            while j >= barrier and i - j <= self.max_bracket + 2 and self.is_name_char(text[j]):
                j -= 1
            if j >= barrier and text[j] in OPEN_BRACKETS and j < i - 2 and j > 0 and self.is_name_char(text[j - 1]):
                i = j  # a part in brackets inside a name, not a heading's number before it ((三)竣工某某项目)
            else:
                break
        return i

    def _joining_places(self, text: str, position: int) -> bool:
        """—— between two places' names, the second opening what follows (德阳——阿坝…); not a province and a place in
        it (走进四川——宜宾临港经开区: the place the report is in, then the park)."""
        if text[position - 2:position] != "——":
            return False  # (most runs: no dashes, and no search of the gazetteer)
        gazetteer = self.gazetteer
        second = gazetteer.region_re.match(text, position)
        if not second:
            return False
        first = self._place_ending_at(text, position - 2, (2, 3, 4))
        return first is not None and not gazetteer.contains_any(first.group(), second.group())

    def _place_ending_at(self, text: str, end: int, sizes: tuple[int, ...]) -> re.Match | None:
        """The shortest of a region's names of these sizes that ends at `end`, or None."""
        return next((m for n in sizes if (m := self.gazetteer.region_re.fullmatch(text, end - n, end))), None)

    def _joining_dash(self, text: str, position: int) -> bool:
        """A single dash between two Chinese characters (中国—东盟), not a pair (——) nor a range (2023—2025)."""
        return (text[position] == "—" and 0 < position < len(text) - 1
                and self.han_run.match(text, position - 1, position) is not None
                and self.han_run.match(text, position + 1, position + 2) is not None)

    def _joining_slash(self, text: str, position: int) -> bool:
        """A slash of a rate or a model inside a name (20万吨/年, 100MW/200MWh, D25/D30), not one between words."""
        return (text[position] == "/" and 0 < position < len(text) - 1 and self.is_name_char(text[position - 1])
                and (text[position + 1].isascii() and text[position + 1].isalnum() or text[position + 1] in "年日时"))

    def _straddling_cut(self, text: str, start: int, end: int) -> re.Match | None:
        """A cut word that begins with the character before `start` (着|力: a stop character split it), not a keep word.
        Only a stop character is both outside a name's run and inside a word, so only after one is the scan tried."""
        if text[start - 1] not in self.stop_chars:
            return None
        cut = self.cut_after_words.match(text, start - 1, end - 1)
        return cut if cut and not cut.group("keep") else None

    def trim_left(self, text: str, start: int, end: int, protected: Spans, words_only: bool = False,
                  kept_cut: int | None = None) -> int:
        """Move `start` past context words, dates and function characters.

        With `words_only`, prepositions inside the run are kept (重庆耐世特转向系统有限公司); a cut word ending at
        `kept_cut` is kept too (`legal_stem_start`).
        """
        cut = self.cut_after_words if words_only else self.cut_after
        cuts = [m.end() for m in cut.finditer(text, start, end) if not m.group("keep") and not protected.covers(m.start())
                and not protected.covers(m.end() - 1)  # (开工建设于田县某某工程: 于 opens the county's name)
                and not self._route(text, m, protected) and text[m.end():m.end() + 1] not in JOINERS
                and m.end() != kept_cut]
        if words_only:  # 活动在湖北某某有限公司: a preposition before a place does not stand inside a company's name
            cuts += [m.end() for m in self.cut_after_char_re.finditer(text, start, end - 1)
                     if protected.starts_at(m.end()) and not protected.covers(m.start())]
            cuts += [m.end() for m in self.copula_re.finditer(text, start, end - 1)]  # 某某是中国某某集团有限公司
        if cuts:
            start = max(cuts)
        straddling = (self.leading_word_re.match(text, start - 1, end - 1) or self._straddling_cut(text, start, end)) \
            if start and not self.is_name_char(text[start - 1]) else None
        if straddling and straddling.end() > start:
            start = straddling.end()  # ，了解始兴某某项目, 着力建设某某产业园: the run began inside a word (了|解, 着|力)
        while start < end:
            date = self.date_end(text, start, end)
            if start < date < end:
                start = date
                continue
            if protected.starts_at(start):
                break
            word = self.leading_word_re.match(text, start, end - 1)  # the longest, leaving a name after it
            if word:
                start = word.end()
            elif text[start] in "）)" and start + 1 < end:
                # A（37.96亿元）和B项目: the note of the name before, and the conjunction after it
                start += 2 if text[start + 1] in "和及与、" else 1
            elif text[start] in "和及与" and start and text[start - 1] in "）)" and start + 1 < end:
                start += 1  # A（以下简称“甲”）和B有限公司: the conjunction after the note
            elif (text[start] in self.leading_chars or text[start] in QUOTES) and not self.keep_word_re.match(text, start, end) \
                    and not self._opening_region(text, start, end) and not (start and (text[start - 1] == "、" or text[
                        start - 1] == "《" and text[start] not in TITLE_PREPOSITIONS or text[start - 1] == "的" and text[
                        start] in PARTNER_OPENERS)) \
                    and not self._alone_on_numbered_line(text, start, end):
                # 在…, but not 自治区…, 将军山…: a keep word opens the name; nor 于田…: a region does; nor A、同益…: after a
                # list's separator a name starts, no clause (so after a title's bracket, 《均质刨花板…项目投资意向书》, but
                # for a preposition: 《与某集团合作…》); nor 5. 同溢堂药业有限公司: a numbered line's whole name
                start += 1
            else:
                break
        return start

    def after_item_number(self, text: str, start: int) -> int:
        """7.2022年某县…项目 on a numbered line: the item's number is no part of a name that opens with a year."""
        line_start = text.rfind("\n", 0, start) + 1
        number = self.item_number_re.match(text, line_start)
        if number and start < number.end() and YEAR_AFTER_NUMBER.match(text, number.end()):
            return number.end()
        return start

    def _alone_on_numbered_line(self, text: str, start: int, end: int) -> bool:
        """The name whose stem runs from `start` to `end` fills its line after the line's number: no more than a suffix
        after the stem (not 1. 由某公司投资建设的…, 1. 与某公司签订…: a clause)."""
        rest = text[end:line_end(text, end)].rstrip(" \t；;。，,")
        return self.item_number_re.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None and \
            len(rest) <= LONGEST_SUFFIX

    def _route(self, text: str, cut: re.Match, places: Spans) -> bool:
        """梁平至开州高速公路, 南充至成都高速公路: 至 after a place and before a place's name joins the ends of a route."""
        return cut.group() == "至" and (
            places.ends_at(cut.start()) or self._place_ending_at(text, cut.start(), (2, 3)) is not None) and (
            places.starts_at(cut.end()) or self.gazetteer.region_re.match(text, cut.end()) is not None)

    def _opening_region(self, text: str, start: int, end: int) -> bool:
        """于田天津工业园区, 即墨经济开发区: a region's name opens with the character, however much of the stem it is (not
        同江苏…: a region starts after it)."""
        return self.gazetteer.region_re.match(text, start, end) is not None and \
            not self.gazetteer.region_re.match(text, start + 1, end)

    def stem_start(self, doc: DocState, suffix_start: int, max_len: int, barrier: int | None = None,
                   words_only: bool = False, kept_cut: int | None = None) -> int:
        """Start of the name whose stem ends at `suffix_start`: after the name before it, context words and dates."""
        if barrier is None:
            barrier = doc.names.last_end_before(suffix_start)
        run_start = self.extend_left(doc.text, suffix_start, barrier, max_len)
        start = self.trim_left(doc.text, run_start, suffix_start, doc.regions, words_only, kept_cut)
        dotted = doc.text.find("·", max(0, start - 1), suffix_start) != -1  # (most names: no dot, so no note before one)
        noted = max(doc.text.rfind(f"{close}·", max(0, start - 1), suffix_start) for close in ")）") if dotted else -1
        if noted != -1:  # 装备制造（工程机械）·长沙经济技术开发区: a table's field and its note, then the name (the run may
            start = noted + 2  # start at the dot: 石化化工（炼化、合成材料）·岳阳…)
        elif doc.text.endswith("项目", 0, start) and (close := BRACKETED.match(doc.text, start, suffix_start)):
            start = close.end()  # 某某项目（灵川）十里画廊景区公园项目: the note of the name before, run together with this one
        return self.after_joining_word(doc, start, suffix_start)

    def legal_stem_start(self, doc: DocState, suffix_start: int, barrier: int | None,
                         words: Callable[[str], list[tuple[str, str]]], trades: frozenset[str]) -> int:
        """`stem_start` of a legal name. A cut word that leaves no stem but a trade (吴江市聚力|机械有限公司, 华强化|工集团)
        and that the segmenter's `words` do not read as a word there (聚|力, 华强|化工) is a part of the name."""
        start = self.stem_start(doc, suffix_start, 30, barrier=barrier, words_only=True)
        stem = bare(doc.text[start:suffix_start])
        if not stem or not (self.is_generic(stem) or stem in trades):
            return start
        window = max(0, start - LONGEST_CUT)
        cut = next((m for m in self.cut_after_words.finditer(doc.text, window, start) if m.end() == start and not m.group("keep")), None)
        if cut is None or cut.group()[-1] in self.cut_after_chars or cut.group()[-1] in JOINING_CHARS or \
                cut.group() in {word for word, _ in words(doc.text[window:suffix_start])}:  # (一期由华南材料有限公司: a preposition)
            return start
        start = self.stem_start(doc, suffix_start, 30, barrier=barrier, words_only=True, kept_cut=start)
        # (会议由华强化工…: before the word kept, a preposition still ends the clause; 于 too, 任职于某某有限公司)
        ends = self.cut_after_chars | CLAUSE_ENDING_CHARS
        return max([start, *(i + 1 for i in range(start, cut.start()) if doc.text[i] in ends)])

    def after_joining_word(self, doc: DocState, start: int, suffix_start: int) -> int:
        """新凯盛工业园和太钢工业园, 南宁市有…项目, 签约落户某区的有A、B, 园区内有A、B: a word after a name, not the next
        name's first character."""
        if doc.text[start:start + 1] in ("和", "及", "有") and start + 2 < suffix_start and (
                doc.names.ends_at(start) or doc.regions.ends_at(start) or self.count.match(doc.text, start + 1)
                or self.gazetteer.region_re.match(doc.text, start + 1)
                or (doc.text[start] == "有" and doc.text.endswith(self.having_after, max(0, start - 2), start)
                    and not doc.text.startswith(self.having_words, start))) and not self.opens_place(doc.text, start):
            return start + 1
        return start

    def opens_place(self, text: str, start: int) -> bool:
        """河源市和平县腐竹产业园, 呼市和林格尔新区: the character opens a division's full name (和平县) or a short form of four
        characters (和林格尔; not one of two, 和龙佰集团, nor 和县域), and what follows it opens none."""
        place = self.gazetteer.region_re.match(text, start)
        return place is not None and (place.group() in self.gazetteer.full_region_names or len(place.group()) >= LONG_SHORT_FORM) and \
            text[place.end():place.end() + 1] not in PLACE_WORD_GOES_ON and self.gazetteer.region_re.match(text, start + 1) is None

    def after_object_verb(self, text: str, start: int, end: int,
                          words: Callable[[str], list[tuple[str, str]]] | None = None) -> int:
        """全力配合中石油、…: a verb that takes a firm as its object opens no firm's name; nor does any verb after an
        adverb (先后关停星原、宏源等9家企业), by the segmenter's `words`; nor a second such verb after one (整合重组某某、…)."""
        verb = text[start:start + 2]
        cut = start + 2 + (text[start + 2:start + 3] == "了")
        if end - cut >= 2 and (verb in self.firm_object_verbs or words is not None and self.trailing_adverbs.search(
                text, max(0, start - 4), start) and words(text[start:start + 6])[:1] == [(verb, "v")]):
            past_second_verb = self.after_object_verb(text, cut, end)
            # (not 扶持精选科技、…: a brand that is a verb)
            return past_second_verb if end - past_second_verb >= MIN_NAME_AFTER_TWO_VERBS else cut
        return start

    def inner_starts(self, text: str, start: int, suffix_start: int) -> list[int]:
        """Where a shorter name may start inside the run [start, suffix_start), longest first: after a preposition
        (运输车从百矿公司; not before a region's name: 内蒙古某某公司)."""
        region_at = self.gazetteer.region_re.match
        return [i for i in range(start + 1, suffix_start - 1)
                if text[i - 1] in self.inner_start_chars and not region_at(text, i - 1)]

    def after_generic_subject(self, text: str, start: int, suffix_start: int) -> int:
        """这个项目是顺丰集团: a generic subject and a copula or preposition before a name are not part of it."""
        for i in range(suffix_start - 3, start + 1, -1):
            if text[i] in self.cut_after_chars and self.is_generic(text[start:i]):
                return i + 1
        return start

    def after_project_label(self, text: str, start: int, suffix_start: int) -> int:
        """产业集聚区主导产业项目周口某某食品有限公司: a category of projects (…项目) before a legal name that opens with its
        place is no part of it (not 某某工程项目管理有限公司: no place after 项目)."""
        label = text.rfind("项目", start, suffix_start - 4)
        return label + 2 if label != -1 and self.gazetteer.region_re.match(text, label + 2, suffix_start) else start

    def strip_region_prefix(self, text: str, start: int, end: int) -> int:
        """Skip full region names at the start (江津区白沙工业园 → 白沙工业园) if a name remains."""
        while True:
            m = self.gazetteer.region_re.match(text, start, end)
            if not m or m.group() not in self.gazetteer.full_region_names or self.is_generic(text[m.end():end]):
                return start
            start = m.end()


BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
AMOUNT_NOTE = re.compile(r"[（(](?:总投资|投资)?(?:约|近|超)?\s*\d+(?:\.\d+)?\s*[万亿]*元[）)]$")  # A（22亿元）: a sum after a name
YEAR_AFTER_NUMBER = re.compile(r"\d{4}\s*年")  # (7.2022年…: an item's number, then a year; not 2.5万吨…, a decimal)
PLACE_WORD_GOES_ON = "域级城"  # after a division's word, a word of the language (县域, 县级, 县城), not a place's end
LONG_SHORT_FORM = 4  # characters of a division's short form that is no word of the language (和林格尔)
MIN_NAME_AFTER_TWO_VERBS = 4  # characters a name keeps after two verbs that take firms (整合重组某某焦化; not 扶持精选科技: a brand)
# after a cut word, 及 says the word is the first of two joined (孵化及深加工; not 将与, 推动和: a verb), and 者 makes it a
# noun of who does it (大连探索者科技有限公司, 某某建设者集团)
JOINERS = ("及", "者")
LONGEST_SUFFIX = 6  # characters of the longest suffix a name ends with (有限责任公司)
LONGEST_CUT = 6  # characters of the longest cut word looked back for (`legal_stem_start`)
JOINING_CHARS = frozenset("和及与")  # a conjunction ending a cut word (公司和) joins two names
CLAUSE_ENDING_CHARS = frozenset("于")  # …and before a word kept inside a legal name, this ends a clause too (任职于)
TITLE_PREPOSITIONS = "与由于以在对为将把向从关"  # opening a title, a preposition is cut (《与某集团合作…》, 《关于…》)
PARTNER_OPENERS = "同和向"  # after 的 no partner's preposition: a name opens with them (总投资3.3亿元的同达药业…项目)


def bare(name: str) -> str:
    """A name without its bracketed parts."""
    return BRACKETED.sub("", name) if "（" in name or "(" in name else name


def before_amount_note(text: str, start: int, end: int) -> int:
    """Where a run from `start` to `end` ends before a sum in brackets closing it (A（22亿元）: A's end), else `end`."""
    if end <= start or text[end - 1] not in CLOSE_BRACKETS:
        return end
    note = AMOUNT_NOTE.search(text, start, end)
    return note.start() if note else end
