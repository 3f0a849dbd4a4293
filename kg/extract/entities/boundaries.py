"""Where a name starts, by a word segmenter: the words before a name that cannot begin one are cut.

The recognisers find a name's start by walking left over name characters and
cutting at listed words (`names.NameText.trim_left`). That leaves a verb,
conjunction, adverb, pronoun or time word glued to a name whenever it is not
in a list (有中铁二十局集团…, 和滨海新区, 近年来西安高新区). Here a word segmenter
(jieba's, `kg.extract.segmenter`, its dictionary extended by our gazetteer and suffix words so that it
keeps our names whole) reads the first characters of each candidate name, and
the words that cannot begin a name are cut from its left edge:

- a run of such words at the start (有中铁二十局集团… → 中铁二十局集团…), also
  after place names (成都市已有全友家私有限公司 → 全友家私有限公司,
  越城区和滨海新区 → 滨海新区);
- in a project's name, a company's name and the verb after it (万达集团签下万达文旅项目
  → 万达文旅项目), unless a preposition follows the verb (…有限公司迁移至兰州新区项目:
  the move is what the project is).

A name that a recogniser found starting inside a word of the segmenter's (跟|踪服务…项目, 北京同|仁堂集团)
starts at that word's start if it is a proper name, after it otherwise (`word_start`).

Brand names are often read as one-character verbs or prepositions (山东泰开…,
广东合胜…): a one-character word is cut only if it is a conjunction, a preposition
or a listed verb (有), and only before a word of two or more characters
(四川和邦生物… stays whole: 和 | 邦). Only the first characters of a candidate are
segmented, only when a word that may be cut opens them, and each distinct opening
once per process, so the cost stays small next to the rules.
It is the kg_entities option `segment_boundaries` (kg/extract/config.cfg).
"""
from __future__ import annotations

import re
from typing import Any

from kg.extract.gazetteer import Gazetteer
from kg.extract.entities.spans import Spans
from kg.extract.search import alternation
from kg.extract.segmenter import Segmenter, word_around
from kg.extract.text import line_end
from kg.model import Mention
from kg.schema import COMPANY, PARK, PROGRAM, PROJECT

TRIMMED_TYPES = frozenset({COMPANY, PARK, PROJECT, PROGRAM})
LEADING_WINDOW = 12  # characters the segmenter reads for the words that open a name
PROJECT_WINDOW = 40  # characters of a project's name searched for a company's name and a verb after it
VERB_WINDOW = 8  # characters the segmenter reads after a company's name in a project's
MAX_WORD = 4  # the longest word looked up before segmenting (a cut word is seldom longer)
MIN_NAME = 3  # characters a trimmed name keeps at least
MID_WORD_BEFORE, MID_WORD_AFTER = 4, 4  # characters read on either side of a name's start for a word it starts inside
MAX_WORKS_REST = 7  # characters after a verb of works that a company's works may be named by (厂房项目, 新月路项目)
MAX_REMEMBERED = 200_000  # openings whose cut is remembered (a long build names the same things again and again)
PLACE_TAG, VERB_TAG, PREPOSITION_TAG, ADVERB_TAG = "ns", "v", "p", "d"
PLACE_LEVELS = ("省", "市", "县", "区", "州", "旗", "盟", "镇", "乡")
COPULA, MAX_COPULA_AT = "是", 3  # 起点是吉柴集团: the copula within a name's first characters ends the subject before it
DELIMITED_RULES = frozenset({"park.counted_list", "project.joined_products", "program.deed_honour"})  # no trim: names their
# separators delimit, or an honour whose name holds its deed (某省打造…先进单位)
LISTED_NAME_ENDS = ("公司", "集团")  # a line ending so names a firm
BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[（(]?\d{1,3}[.．、)）]|[①-⑳])[ \t]*$")  # an item's number on its line
SINGLE_CHARACTER_TAGS = frozenset({"c", "p"})
FUNCTION_TAGS = frozenset({"c", "p", "d"})
FUNCTION_WORD_TAGS = frozenset({"c", "p", "d", "v", "u", "uj", "r", "m", "q"})  # (在|华为, 与|华为; not 刘|华为: a surname)
PARTNER_WORDS = frozenset({"与", "同", "跟"})  # 某区又与某集团…: the place's partner follows
COMMON_NOUN_TAGS = frozenset({"n", "nt"})  # a noun, an organisation's word (化工集团): no name of its own  # of one-character words, only conjunctions and prepositions are cut


OUTPUT_OR_COUNT = re.compile(r"[年\d一二三四五六七八九十]")  # what a verb of building takes (拟建年产…, 新上3个…)
BRAND_TAIL, FIRM_WORD_LENGTHS = (0, 2), (2, 3, 4)  # where a firm's word may follow a verb opening a brand (焕发|生物科技, 建新|轮胎)


class NameBoundaries:
    """`start(text, start, end, label)`: the start of a candidate name once the words that cannot begin it are cut."""

    def __init__(self, common: dict[str, Any], gazetteer: Gazetteer, name_words: list[str], company_suffixes: list[str],
                 nouns: list[str], works_verbs: list[str], park_verbs: tuple[str, ...] | list[str] = (),
                 firm_words: tuple[str, ...] | list[str] = ()):
        self.verbs = frozenset(common["boundary_verbs"])
        self.place_opening_verbs = frozenset(common["place_opening_verbs"]["words"])
        self.settlement_after = re.compile(common["place_opening_verbs"]["before"])
        self.firm_object_verbs = frozenset(common["firm_object_verbs"])
        self.cut_word_re = re.compile(alternation(common["cut_after_words"] + common["leading_words"]))
        self.deed_verbs = frozenset(common["deed_verbs"])
        self.sentence_adverbs = frozenset(common["adverbs"])
        self.level_verbs = frozenset(common["level_verbs"])
        self.frames = {opening: (re.compile(frame["before"]), re.compile(frame["after"]))
                       for opening, frame in common["framed_openings"].items()}
        # jieba's dictionary and our words (a word's frequency depends on the words added before it: sorted, so that
        # it does not change from one process to the next with the order of a set)
        self.segmenter = Segmenter()
        self.segmenter.add_words([(name, PLACE_TAG) for name in sorted(gazetteer.region_names)]
                                 + [(word, "n") for word in sorted(set(name_words) | set(nouns))]
                                 + [(word, VERB_TAG) for word in sorted(self.verbs)])
        self.name_words = frozenset(name_words)
        self.suffix_openings = frozenset(word[:n] for word in name_words for n in range(1, len(word) + 1))
        self.cut_tags = frozenset(common["boundary_cut_tags"])
        self.doubled_verbs_cut = frozenset(common["doubled_verbs_cut"])
        self.mid_word_name_tags, self.mid_word_joints = (frozenset(common["mid_word_name_tags"]),
                                                         frozenset(common["mid_word_joints"]))
        self.cut_proper_tags = frozenset(common["cut_proper_tags"])
        self.keep_words = frozenset(common["boundary_keep_words"])
        self.time_word = re.compile(common["boundary_time_word"])
        self.place_word = re.compile(common["boundary_place_word"])
        self.region_re = gazetteer.region_re
        self.place_words = frozenset(gazetteer.ambiguous_forms)  # 延长, 合作: a county's name that is also a word
        # 保定, 汉中: a prefecture-level city's name that is also a word opens a company's name as the city
        self.city_words = frozenset(short for short, fulls in gazetteer.ambiguous_forms.items() if any(
            code.endswith("00") and not code.endswith("0000") for full in fulls
            for code in gazetteer.division_codes.get(full, ())))
        self.nouns = frozenset(nouns)
        self.firm_words = frozenset(firm_words)  # 科技, 实业: a firm's word after its brand
        self.works_verbs = frozenset(works_verbs)  # 某某有限公司改建项目: the company's works, named after it
        self.park_verbs = tuple(park_verbs)  # 集中建设中关村科技园: a verb of building left at a park's start once words are cut
        self.company_suffix_re = re.compile(alternation(company_suffixes))
        self._offsets: dict[tuple[str, bool], int] = {}
        self.is_generic = None  # the common rules' test of a generic stem (NameText.is_generic), set by the finder
        # where a project's or park's stem ends: its suffix, with a phase after it
        self.stem_end_re = re.compile(rf"(?:{alternation(name_words)})(?:[（(]?[一二三四五六七八九十\d]期[）)]?)?$")

    def generic_after_cut(self, text: str, start: int, end: int, label: str) -> bool:
        """True if a project's or park's name, once cut, has a generic stem before its suffix (set by the finder)."""
        if self.is_generic is None or label not in (PROJECT, PARK):
            return False
        suffix = self.stem_end_re.search(text, start, end)
        return suffix is not None and self.is_generic(text[start:suffix.start()])

    def start(self, text: str, start: int, end: int, label: str) -> int:
        if label not in TRIMMED_TYPES or label == COMPANY and (
                BULLET_BEFORE.search(text, max(0, start - 8), start) or _listed_one_a_line(text, start, end)):
            return start  # (2、希望森兰科技股份有限公司: a company's name is an item from its start; not 3. 配合某开发区…)
        if label == PROGRAM and text[start - 1:start] == "“" and text[end:end + 1] == "”":
            return start  # 全省“开放前沿县”: the quotes hold the whole title, its first word too
        frame = self.frames.get(text[start:start + 1])
        if frame and frame[0].search(text, max(0, start - 4), start) and frame[1].match(text, end) and \
                end - start > MIN_NAME:
            start += 1  # 以某某项目为龙头: the frame's preposition
        is_project = label == PROJECT
        window = text[start:min(end, start + (PROJECT_WINDOW if is_project else LEADING_WINDOW))]
        key = (window, is_project, label == COMPANY)  # parks and programs are cut alike: one answer for both
        offset = self._offsets.get(key)
        if offset is None:
            if len(self._offsets) >= MAX_REMEMBERED:
                self._offsets.clear()
            offset = self._offsets[key] = self._cut_offset(*key)
        if offset == 2 and is_project and text[start - 1:start] == "的" and self._brand_after_de(text, start) \
                and not OUTPUT_OR_COUNT.match(text, start + 2) and not self.generic_after_cut(text, start + 2, end, label):
            offset = 0  # 总投资11亿元的焕发生物科技…项目: after 的 a verb of two characters opens a brand (not 的拟建年产…项目,
            # 与某某的产能合作项目)
        verb = next((v for v in self.park_verbs if text.startswith(v, start + offset)), "") if label == PARK else ""
        if verb and offset and end - (start + offset + len(verb)) >= MIN_NAME + 1:
            offset += len(verb)
        return start + offset if end - (start + offset) >= MIN_NAME else start

    def word_start(self, text: str, start: int, end: int) -> int:
        """The start of a name found inside a word of the segmenter's: that word's start if it is a proper name (北京同|仁堂
        集团), its end otherwise (跟|踪服务年加工…项目); `start` when a joining word or a place ends before it (和|约亭…)."""
        low = max(0, start - MID_WORD_BEFORE)
        window = text[low:min(end, start + MID_WORD_AFTER)]
        words = self._segment(window)  # (the segmenter remembers its cuts)
        around = word_around(words, low, start)
        if around is None:
            return self._cut_name_start(words, low, text, start)
        position, word, tag = around
        if text[position:start] in self.mid_word_joints or any(
                m.end() == start for m in (self.region_re.match(text, i) for i in range(low, start)) if m):
            return start
        return position if tag in self.mid_word_name_tags else position + len(word)

    def _cut_name_start(self, words: list[tuple[str, str]], low: int, text: str, start: int) -> int:
        """华为|淮海大数据中心: a proper name of two characters of the segmenter's that ends where the name starts, its last
        character a joint the rules cut after (为), opens the name."""
        if text[start - 1:start] not in self.mid_word_joints:
            return start
        at, before = low, ("", "")
        for word, tag in words:
            if at + len(word) == start:  # (刘|华为…: a surname before it, a person's name and the preposition)
                surname = len(before[0]) == 1 and "\u4e00" <= before[0] <= "\u9fff" and before[1] not in FUNCTION_WORD_TAGS
                return at if len(word) == 2 and tag in self.cut_proper_tags and not surname else start
            at, before = at + len(word), (word, tag)
            if at > start:
                break
        return start

    def _cut_offset(self, window: str, is_project: bool, is_company: bool) -> int:
        """Characters to cut from the start of `window`, the opening of a candidate name."""
        offset = 0
        while True:
            cut = self._leading_cut(window[offset:offset + LEADING_WINDOW], is_company) or \
                self._copula_cut(window[offset:offset + LEADING_WINDOW])
            if not cut and is_project:
                cut = self._company_verb_cut(window[offset:])
            if not cut:
                return offset
            offset += cut

    def _segment(self, text: str) -> list[tuple[str, str]]:
        return self.segmenter.cut(text)

    def _is_cut_word(self, word: str) -> bool:
        """A word of the dictionary that may be cut, for a look-up before segmenting: most candidates open with none."""
        tag = self.segmenter.tag(word)
        return tag is not None and self._cuts(word, tag)

    def _is_verb_word(self, word: str) -> bool:
        return len(word) > 1 and self.segmenter.tag(word) == VERB_TAG and self._cuts(word, VERB_TAG)

    def _cuts(self, word: str, tag: str) -> bool:
        if word in self.keep_words or tag not in self.cut_tags or tag == VERB_TAG and len(word) == 2 and word[0] == word[1] \
                and word not in self.doubled_verbs_cut:
            return False  # (a verb doubled, 帮帮公社, is a brand's: common.yaml doubled_verbs_cut)
        if tag == "s":
            return self.place_word.search(word) is not None
        return not tag.startswith("t") or self.time_word.search(word) is not None

    def _may_cut(self, window: str) -> bool:
        """False if no word that may be cut opens the window, nor follows the place names opening it."""
        position = 0
        while True:
            if any(self._is_cut_word(window[position:position + n]) for n in range(1, MAX_WORD + 1)):
                return True
            place = self.region_re.match(window, position)
            if not place or place.end() == position:
                return False
            position = place.end()

    def _leading_cut(self, window: str, company: bool) -> int:
        """Characters to cut: place names, then a run of words that cannot begin a name."""
        if not self._may_cut(window):
            return 0
        words = self._segment(window)
        i = chars = 0
        # (保定研钰新型材料有限公司: a city whose name is also a verb opens a company's name as the city)
        while i < len(words) and len(words[i][0]) > 1 and (
                words[i][1] == PLACE_TAG or company and i == 0 and words[i][0] in self.city_words):
            chars += len(words[i][0])
            i += 1
        j, run = i, 0
        while j < len(words) and self._cuts(*words[j]):
            run += len(words[j][0])
            j += 1
        if run == 0 or j == len(words) or words[j][0] in self.name_words or (j - i > 1 and len(words[j][0]) < 2):
            return 0  # a bare suffix is no name (拉长开发区); 采煤沉陷区治理…: verbs describing what is named
        if run > 1 and i > 0 and words[j - 1][0] in PARTNER_WORDS and \
                all(tag in FUNCTION_TAGS for _, tag in words[i:j]):
            return chars + run  # 拟将航天精工…, 南康区又与中国化学…: adverbs, prepositions, conjunctions never open a name
        if i > 0 and not company and words[i][0] in self.level_verbs:
            return 0  # 河北省认定企业技术中心: the level of a designation (common.yaml level_verbs)
        if i > 0 and words[i][0] in self.place_words:
            return 0  # 陕西延长石油…: after a province, a county's name that is also a verb is the county
        if words[i][0] in self.place_opening_verbs and self.settlement_after.match(window, chars + len(words[i][0])):
            return 0  # 上马街道, 新上营村: a village's or a street's name, no verb of starting works
        if company and i > 0 and j - i == 1 and run > 1 and self._brand_word(*words[i]) and \
                not words[i - 1][0].endswith(PLACE_LEVELS):
            return 0  # 湖南贯通沃开…有限公司, 湖南长远锂科…: a province's short name, then a verb that takes no firm or an
            # adverb no sentence puts before its verb, opens the firm's own name (not 东莞市组织…有限公司: a place with its
            # level is the sentence's subject)
        # 延长石油集团, and of a company 新疆大成钢结构有限公司: an industry word (of a company, any common noun) and a
        # suffix left alone name nothing, the cut word is the name's (a verb of one character never is: 开工的有汽配产业园;
        # a project's or park's name may well be a verb and common nouns: 新建汽车零部件精密铸造项目)
        if j - i == 1 and run == 2 and words[j][0] in self.nouns and (
                words[i][1] == ADVERB_TAG or i > 0 and words[i][1] == VERB_TAG and words[j][0] in self.firm_words):
            return 0  # 立新制药高端…: an adverb before an industry word is a brand (立新), no adverb of the sentence's; so is
            # a verb between a place and a firm's word (祁县超前科技…项目: 超前; not 重庆提升航空物流能力项目, 在瓮安共建新材料…)
        if run > 1 and all(word in self.nouns or word in self.name_words or (company and tag in COMMON_NOUN_TAGS)
                           for word, tag in words[j:self._before_cut_suffix(words, j)]):
            return 0
        if j - i == run:  # single characters: brand names are made of them (泰开, 达兴, 合胜)
            word, tag = words[i]
            if run > 1 or not (tag in SINGLE_CHARACTER_TAGS or word in self.verbs) or len(words[j][0]) < 2:
                return 0
        return chars + run

    def _brand_after_de(self, text: str, start: int) -> bool:
        """焕发 of 的焕发生物科技…项目, 建新 of 的建新轮胎…项目: a firm's word right after the verb or after two more
        characters of the brand; no verb of works or deeds (的迁建…, 的改造…, 的推广…; 的扩大生产规模…: no firm's word)."""
        word = text[start:start + 2]
        return self.segmenter.tag(word) == VERB_TAG and word not in self.verbs and word not in self.firm_object_verbs \
            and word not in self.works_verbs and word not in self.deed_verbs and not self.cut_word_re.fullmatch(word) \
            and any(text[start + 2 + at:start + 2 + at + n] in self.firm_words for at in BRAND_TAIL for n in FIRM_WORD_LENGTHS)

    def _brand_word(self, word: str, tag: str) -> bool:
        if tag == ADVERB_TAG:
            return word not in self.sentence_adverbs
        return tag.startswith(VERB_TAG) and word not in self.firm_object_verbs

    def _copula_cut(self, window: str) -> int:
        """Characters to cut through a copula among the first words (签约方是川铁电气…, 起点是吉柴集团): what stands
        before 是 is the sentence's subject, no part of the name."""
        if COPULA not in window[:MAX_COPULA_AT + 1]:
            return 0
        chars = 0
        words = self._segment(window)[:MAX_COPULA_AT + 1]
        if words[0][1] == PLACE_TAG:
            return 0  # 广东唯是晶圆科技…: a place opens the name, 是 is the brand's
        for word, tag in words:
            chars += len(word)
            if word == COPULA:
                return chars if chars <= MAX_COPULA_AT + 1 else 0
            if not tag.startswith("n"):
                return 0  # 求是科技, 若是智能: only a noun is a subject before 是 (签约方, 起点)
        return 0

    def _before_cut_suffix(self, words: list[tuple[str, str]], start: int) -> int:
        """The index of the first of the words that end the window and together spell the opening of a name word (in
        内蒙古超大畜牧有限责任公 the window cuts 有限责任公司 short: 有限责任, 公), or the number of words if none do."""
        return next((k for k in range(start + 1, len(words))
                     if "".join(word for word, _ in words[k:]) in self.suffix_openings), len(words))

    def _works_named(self, verb: str, rest: str) -> bool:
        """某某有限公司改建项目, 某某有限公司新建厂房项目: a verb of works and a short stem name the company's works (not
        某某股份有限公司扩建年产5万吨…项目: an output follows, the project is named after the verb)."""
        return verb in self.works_verbs and len(rest) <= MAX_WORKS_REST and _no_output(rest)

    def _company_verb_cut(self, window: str) -> int:
        """Characters to cut: a company's name and the verb after it (A有限公司签署B项目 → B项目)."""
        for suffix in self.company_suffix_re.finditer(window):
            after = suffix.end()
            if not any(self._is_verb_word(window[after:after + n]) for n in range(2, MAX_WORD + 1)):
                continue
            words = self._segment(window[after:after + VERB_WINDOW])
            if (len(words) > 1 and words[0][1] == VERB_TAG and len(words[0][0]) > 1
                    and words[1][1] != PREPOSITION_TAG and words[0][0] not in self.keep_words
                    and not self._works_named(words[0][0], window[after + len(words[0][0]):])):
                return after + len(words[0][0])
        return 0


# a social-media topic (#重庆发布#, #重庆两会2024#) or a mark of one, not a unit's number (5#厂房, #2厂房)
HASHTAG = re.compile(r"[#＃][^#＃\s，。；、]{1,30}[#＃]|(?<![0-9A-Za-z０-９])[#＃]+(?![0-9A-Za-z０-９])")


def _past_hashtag(text: str, start: int, end: int) -> int:
    """Where a name starts past a social-media topic or its marks (#重庆发布#某某工业园): none stands inside a name."""
    marks = [m for m in HASHTAG.finditer(text, max(0, start - 30), end) if m.end() > start]
    return marks[-1].end() if marks and end - marks[-1].end() >= 2 else start


def _listed_one_a_line(text: str, start: int, end: int) -> bool:
    """佛山希望数码印刷设备有限公司 filling its line, next to a line that ends in a firm's name: a list of names one a
    line without numbers, each an item from its start."""
    line_start, end_of_line = text.rfind("\n", 0, start) + 1, line_end(text, end)
    if text[line_start:start].strip() or text[end:end_of_line].strip(" \t；;。，,"):
        return False
    before = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)] if line_start else ""
    after = text[end_of_line + 1:line_end(text, end_of_line + 1)] if end_of_line < len(text) else ""
    return before.rstrip().endswith(LISTED_NAME_ENDS) or after.rstrip().endswith(LISTED_NAME_ENDS)


def _no_output(rest: str) -> bool:
    return not any(ch.isdigit() for ch in rest) and "年产" not in rest


class TrimmedSpans(Spans):
    """Spans whose mentions are added with their left edge moved past the words that cannot begin a name.

    A recogniser that widens a name over the one before it removes that one first (A有限公司签署B项目);
    when the cut leaves the removed name outside the new one, it is put back.
    """

    def __init__(self, text: str, boundaries: NameBoundaries) -> None:
        super().__init__()
        self._text = text
        self._boundaries = boundaries
        self._removed: Mention | None = None
        self._hashtags = "#" in text or "＃" in text  # (most texts have none: no name is scanned for one)

    def remove(self, mention: Mention) -> None:
        super().remove(mention)
        self._removed = mention

    def add(self, start: int, end: int, label: str, rule: str) -> None:
        if self._hashtags:
            start = _past_hashtag(self._text, start, end)
        if rule in DELIMITED_RULES:  # (“六园”分别是平南县的大成绿色生态园、…: 大成, a verb too, opens the name)
            super().add(start, end, label, rule)
            return
        trimmed = self._boundaries.start(self._text, start, end, label)
        if label in TRIMMED_TYPES and trimmed == start:
            moved = self._boundaries.word_start(self._text, start, end)
            if moved > start and end - moved < MIN_NAME:
                return  # 控股子|公司, 才|能再: what is left after the word is no name
            if moved != start and not self.overlaps(moved, end):
                start = trimmed = moved
        removed, self._removed = self._removed, None
        if removed and start <= removed.start < trimmed < removed.end:
            trimmed = removed.start  # 秦皇岛满仓面业有限公司年加工…项目: no cut inside the name it takes in
        if removed and start <= removed.start and removed.end <= trimmed:
            super().add(removed.start, removed.end, removed.label, removed.rule)
        if trimmed > start and self._boundaries.generic_after_cut(self._text, trimmed, end, label):
            return  # 争取超长期特别国债项目 → 国债项目: what the cut leaves says nothing of its own
        super().add(trimmed, end, label, rule)
