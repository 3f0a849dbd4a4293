"""Regions (region.yaml): administrative divisions from the gazetteer, compounds of them, and towns by suffix."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from kg.extract.entities.counted_regions import CountedRegions
from kg.extract.gazetteer import Gazetteer
from kg.extract.entities.names import QUOTES, NameText
from kg.extract.entities.state import DocState
from kg.extract.search import alternation, compile_rare
from kg.extract.segmenter import Segmenter
from kg.extract.text import CLAUSE_BREAK_CHARS, SENTENCE_END_CHARS, headline_span, in_order
from kg.model import Mention
from kg.schema import REGION


CLASS = re.compile(r"[一二三四五六七八九十\d]+类")  # 一类镇: a class of towns
LIST_CLOSERS = "等和及与"  # 东莞、佛山、中山等地: what may follow a list's last member
PLACE_TAG = "ns"  # jieba's tag of a place name
PLACE_LEVEL_CHARS = ("市", "县", "区")  # a division's level written after a short form the gazetteer knows
PLACE_WORD_CONTEXT = 4  # characters the segmenter reads on each side of a city's short form
DATE_BEFORE = re.compile(r"\d\s*[年月日]$")  # 2024年夏县: a date ends right before the name, which starts a word
ROW_NUMBER = re.compile(r"[^\W\d_]*\d+(?=\D*$)")  # up to the last digits of a run
SLOGAN_NOUN_TAGS = ("n", "vn", "nz")  # the segmenter's tags of a slogan's noun (产业, 工业, 文旅)
CONJUNCTIONS = "和及与"  # (a division opening with one, 和县: after another word, the conjunction and a county's word)
PREPOSITIONS, DIVISION_ENDS = "于在至从向对为由到", "县市区旗州盟"  # (位于田东县: not 于田's short form but 田东县)
PLACE_COUNT = re.compile(r"\d+\s*[个家项]")  # 厦门24个、…，三明26个: places and their counts, clause after clause
SUM_CLAUSE = r"(?:[、，,]\s*[^，,。；;、\d]{0,6}\d+(?:\.\d+)?\s*[多余]?[亿万]元)?"  # (、总投资344亿元; ，88亿元)
COUNTED_CLAUSE = re.compile(rf"\d+\s*[个家项]{SUM_CLAUSE}[，,；;]")  # 24个、总投资344亿元，
NEXT_COUNTED = re.compile(rf"{SUM_CLAUSE}[、，,；;]\s*([\u4e00-\u9fff]{{2,4}}?)\d+\s*[个家项]")  # (，续建14个: the next one's)
LIST_JOINTS = "、和与及"  # before the last region of a list, whose note names the list (广州市、佛山市（以下简称“广佛”）)
QUOTE_CLOSERS = "”’》"  # a closing quote ends the word before a division's word (“十强”和县域经济: 和 and 县域)
CLAUSE_OPENERS = SENTENCE_END_CHARS + CLAUSE_BREAK_CHARS + "\n"  # what a clause's first word stands after
TOWN_LIST_REACH = 240  # characters before 等乡镇 searched for the towns it closes
SETTLED_LEVELS = ("市", "县", "旗")  # a short form a verb of settling names: a city or a county (大冶市), no district
DIRECTION_TAGS = ("s", "f")  # jieba's tags of words of place and direction (东方, 南部)


class RegionRecogniser:
    def __init__(self, region: dict[str, Any], names: NameText, gazetteer: Gazetteer, legal_suffixes: list[str]):
        self.names, self.gazetteer = names, gazetteer
        self.short_form_min_count, self.counted_not_forms = int(region["short_form_min_count"]), frozenset(region["counted_not_forms"])
        self.counted_closers = tuple(region["counted_closers"])  # 南平13个，三明8个，其他12个: the rest, after the places
        self.organisation_re = re.compile(
            rf"(?:(?![{re.escape(names.stop_chars)}])[{names.name_chars}（）()]){{0,16}}?"  # (昆明市的某某会堂: 的 ends a name)
            rf"(?:{alternation(region['organisation_suffixes'])})|{alternation(region['body_short_names'])}")
        self.dateline_re, self.website_re, self.report_re = (re.compile(region["dateline"]), re.compile(region["website"]),
                                                             re.compile(alternation(region["organisation_reports"])))
        self.person_title_re, self.person_end_re = re.compile(region["person_after_title"]), re.compile(region["person_name_end"])
        self.legal_suffixes = tuple(legal_suffixes)  # 某区某某研究所有限公司: an organisation's name is a firm's
        self.road_after = re.compile(alternation(region["road_words"]))
        self.short_form_cue = re.compile(rf"(?:{alternation(region['short_form_cues'])})[{re.escape(QUOTES)}]*$")
        self.short_form_after_cue = re.compile(alternation(region["short_form_after_cues"]))
        self.at_place_verb, self.bracket_note_after = re.compile(alternation(region["at_place_verbs"])), re.compile(region["bracket_note_after"])
        self.town_words, self.town_suffixes = (*region["town_suffixes"], *region["village_suffixes"]), tuple(region["town_suffixes"])
        self.village_not_stem_re, self.village_not_tags = re.compile(region["village_not_stems"]), frozenset(region["village_not_tags"])
        self.village_re = re.compile(rf"([\u4e00-\u9fff]{{2,3}}?)(?:{alternation(region['village_suffixes'])})(?![{region['village_not_before']}])")
        self.partner_joints = region["town_partner_joints"]
        self.settled_before = re.compile(f"(?:{alternation(region['settling_verbs'])})$")
        self.settled_after = re.compile(alternation(region["settling_verbs"]))
        openings, words = region["town_word_openings"], region["town_suffix_words"]
        groups = alternation([g for g in region["ethnic_groups"] if g != "各"])  # 姚庄回族乡: a township's group (各族: none)
        suffixes = {s: re.escape(s) + (f"(?!{words[s]})" if s in words else "") for s in region["town_suffixes"]}
        self.town_re = compile_rare(f"(?:{groups})族(?:{'|'.join(suffixes.values())})|" + "|".join(
            (f"(?<![{openings[s]}])" if s in openings else "") + suffix for s, suffix in suffixes.items()))
        # (the heads first, then the list that ends before each: the list's pattern would be tried at every character)
        self.town_head_re = re.compile(rf"等(?:{alternation(region['town_list_heads'])})(?!{region['town_list_not_before']})")
        self.town_organ_re = re.compile(region["town_organ_after"])
        self.verb_tags, self.verb_min_freq = frozenset(region["verb_tags"]), int(region["verb_min_freq"])
        self.town_list_re = re.compile(r"((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})$")
        self.town_leader_re, self.settlement_ends = re.compile(region["town_leader_words"]), region["settlement_ends"]
        self.division_word_re, self.level_note_re = re.compile(alternation(region["division_words"])), re.compile(region["level_note"])
        self.landform_re, self.division_char_re = re.compile(region["landform"]["words"]), re.compile(region["landform"]["then"])
        self.river_re = re.compile(region["rivers"])
        self.title_ranks, self.slogan_verbs = tuple(region["title_ranks"]), frozenset(region["slogan_verbs"])
        self.long_word_re = re.compile(alternation(region["words_of_chang"]))  # 代县长期…: 长期, not 县长
        self.not_regions, self.own_place_words = set(region["not_regions"]), tuple(region["own_place_words"])
        self.noun_readings = {name: (re.compile(f"(?:{alternation(words['before'])})$"), re.compile(alternation(words["after"])))
                              for name, words in region["noun_readings"].items()}
        self.city_prepositions = set(region["city_short_form_prepositions"])
        self.segmenter: Segmenter | None = None  # loaded on first use
        self.plain_segmenter: Segmenter | None = None  # jieba's dictionary alone, loaded on first use
        self.counted = CountedRegions(region, names, gazetteer, self._plain_words)

    def find(self, doc: DocState) -> None:
        runs = self._compounds(doc.text, self._divisions(doc))
        found = []
        for run in runs:
            start, end = run[0][0], run[-1][1]
            if len(run) == 1:
                found.append(Mention(start, end, REGION, "region.gazetteer"))
            else:  # 江苏省苏州市吴江区: one region, the most specific, with the compound as another name (guidelines)
                found.append(Mention(start, end, REGION, "region.compound"))
                doc.region_parts[(start, end)] = list(run)
                doc.aliases.append((REGION, doc.text[start:end], doc.text[run[-1][0]:end]))
                if run[-1][0] in doc.region_aliases:  # 湖北宜昌 is 宜昌, and so 宜昌市
                    doc.aliases.append((REGION, doc.text[start:end], doc.region_aliases[run[-1][0]][1]))
        doc.regions.add_all(found)  # (the document's first regions, in order and apart: one merge)
        self._find_listed(doc)
        self.counted.find(doc)
        self._find_towns(doc)
        self._find_listed_towns(doc)
        self._join_towns(doc)
        self._join_villages(doc)

    def _find_listed(self, doc: DocState) -> None:
        """太原、大同、长治: a short form that is also a word (大同) names a region between regions in a list, or right
        after the region that holds it (台湾高雄)."""
        text, regions = doc.text, doc.regions
        headline_start, headline_end = headline_span(text)
        headline = text[headline_start:headline_end]
        for m in self.gazetteer.ambiguous_scan.finditer(text):
            start, end = m.span()
            listed = (text[start - 1:start] == "、" and regions.ends_at(start - 1)) or (
                text[end:end + 1] == "、" and regions.starts_at(end + 1))
            held = not listed and self._held(doc, m)
            # 仙桃跻身全国百强 in 仙桃市政府工作报告 (the headline): the report's own region opening a clause
            own = not (listed or held) and start > headline_end and any(f in headline for f in self.gazetteer.ambiguous_forms[
                m.group()]) and text[start - 1] in CLAUSE_OPENERS and not self.road_after.match(text, end)
            settled = not (listed or held or own) and (self._settled(text, start, end) or self._counted_like(doc, start, end))
            if not (listed or held or own or settled):
                continue
            if not (own or settled) and (self.names.name_char_re.match(text, end) and not (listed and text[end] in LIST_CLOSERS) or (
                    not held and start and self.names.name_char_re.match(text, start - 1))):
                continue  # inside a longer word
            regions.add(start, end, REGION, "region.listed")
            full = {f for f in self.gazetteer.ambiguous_forms[m.group()] if f in text}
            if len(full) == 1:
                doc.region_aliases[start] = (REGION, next(iter(full)), m.group())

    def _counted_like(self, doc: DocState, start: int, end: int) -> bool:
        """厦门24个、总投资344亿元，三明26个: a clause opening with a place and its count right after a place's counted clause
        (not 其中独资12家，合作3家), and no word of another kind opening the next one (not 新建18个，续建14个)."""
        text, before, count = doc.text, doc.regions.last_before(start), PLACE_COUNT.match(doc.text, end)
        if not (count and before and text[before.start - 1:before.start] in CLAUSE_OPENERS and COUNTED_CLAUSE.fullmatch(
                text, before.end, start)) or text[start:end] in self.counted_not_forms:
            return False
        following = NEXT_COUNTED.match(text, count.end())  # (光大5个 after 平安6个: no run of places)
        return following is None or bool(self.gazetteer.region_re.fullmatch(following[1])) or following[1].startswith(
            self.counted_closers)

    def _settled(self, text: str, start: int, end: int) -> bool:
        """落户大冶。, 在大冶落地: a verb of settling before the short form, which ends a word, or 在 before it and the
        verb after it, or a venue after it (广安分会场); a county's or a city's short form (not 选址城北, 位于古城, 落户港口, 地处南部: a district's short
        form, or a word of direction, is a word of the town too)."""
        settled = (not self.names.name_char_re.match(text, end) if self.settled_before.search(text, max(0, start - 3), start)
                   else bool(self.short_form_after_cue.match(text, end))  # 广安分会场: a city's venue of a shared event
                   or text[start - 1:start] == "在" and self.settled_after.match(text, end) is not None)
        form = text[start:end]
        return settled and any(f.endswith(SETTLED_LEVELS) for f in self.gazetteer.ambiguous_forms[form]) and \
            self._words().tag(form) not in DIRECTION_TAGS

    def _held(self, doc: DocState, short: re.Match) -> bool:
        """台湾高雄, 山西大同: the short form stands right after the province or city that holds it."""
        holder = doc.regions.ends_at(short.start()) and doc.regions.last_before(short.start())
        return bool(holder) and any(self.gazetteer.contains_any(doc.text[holder.start:holder.end], full)
                                    for full in self.gazetteer.ambiguous_forms[short.group()])

    def _divisions(self, doc: DocState) -> list[tuple[int, int]]:
        """The gazetteer's names in the text that name a region here; a short form's full name in region_aliases."""
        text, gazetteer = doc.text, self.gazetteer
        counts: dict[str, int] = {}
        standalone: set[str] = set()
        name_char = self.names.name_char_re.match
        matches = []
        scanned = []
        for m in gazetteer.region_scan.finditer(text):
            scanned.append(m)
            inner = gazetteer.region_re.match(text, m.start() + 1) if m.group()[0] in PREPOSITIONS and \
                m.group() in gazetteer.short_forms else None
            if inner and inner.end() > m.end() and inner.group()[-1] in DIVISION_ENDS:
                scanned.append(inner)  # 位于田东县: the short form 于田, opened by a preposition, hides the county after it
        for m in scanned:
            name = m.group()
            counts[name] = counts.get(name, 0) + 1
            starts_word = m.start() == 0 or name_char(text, m.start() - 1) is None or \
                DATE_BEFORE.search(text, max(0, m.start() - 3), m.start()) is not None
            if starts_word or name_char(text, m.end()) is None:
                standalone.add(name)
            matches.append((m, name, starts_word))
        found = []
        listed: tuple[set[int], set[int]] | None = None  # starts and ends of the matches, made when first asked
        for m, name, starts_word in matches:
            repeated = counts[name] >= self.short_form_min_count and name in standalone
            if not repeated and name in gazetteer.city_short_forms and (
                    starts_word or text[m.start() - 1:m.start()] in self.city_prepositions or self._place_word(text, *m.span())):
                repeated = True  # 杭州云栖小镇: a city opening a name; 在厦门开幕: after a preposition; 是温州第一个: a word
            before = text[found[-1][0]:m.start()] if found and found[-1][1] == m.start() else ""
            # 湖北宜昌: a division inside the one just before it; 位于福清江阴的: a place after a county
            # ending a word (not 潼南东兴大桥)
            glued = bool(before) and (gazetteer.contains_any(before, name) or (
                name_char(text, m.end()) is None and gazetteer.is_county(before)))
            if name in gazetteer.short_forms and name not in gazetteer.province_forms and not repeated and not glued and not any(
                    full in counts for full in gazetteer.short_forms[name]) and not self._cued(text, m) and not self._listed_beside(
                    text, m, listed := (
                    listed or ({x.start() for x, _, _ in matches}, {x.end() for x, _, _ in matches}))):
                continue  # a two-character short form needs evidence: its full form, a cue, use as a word, a county
                # before it, another division listed next to it (介休、灵石入围…)
            organisation = self.organisation_re.match(text, m.end())
            if (organisation and not self.report_re.match(text, organisation.end())
                    and not text.startswith(self.legal_suffixes, organisation.end())) or self.dateline_re.match(
                    text, m.end()) or self.website_re.match(text, m.end()):
                continue  # part of an organisation's name (not 某区政府工作报告: the region's report), a dateline, a site
            if not starts_word and name_char(text, m.end()) is not None and \
                    text[m.start() - 1] not in self.city_prepositions and _inside_quotes(text, m.start()):
                continue  # “万华福建生产供应链一体化智能工厂”: a word of a quoted title, no mention of the place
            if self.person_end_re.match(text, m.end()) and self.person_title_re.search(text, max(0, m.start() - 5), m.start()):
                continue  # 县长 吴忠梅: a person's name after a title
            if name in self.noun_readings and self._noun_reading(text, m, *self.noun_readings[name]):
                continue  # 项目的来宾与…: the common noun
            if len(name) == 2 and name[0] in self.slogan_verbs and name[1] == "县" and not starts_word and not before and \
                    self._slogan_noun(text, m.start()):
                continue  # 产业富县、文旅兴县: a slogan's verb and 县
            if len(name) == 2 and name[0] in self.title_ranks and text.startswith("长", m.end()) and \
                    not self.long_word_re.match(text, m.end()):
                continue  # 代县长: an acting county head, not 代县
            division_word = len(name) == 2 and self.division_word_re.match(text, m.end() - 1)
            if len(name) == 2 and (not starts_word and (division_word or name[0] in CONJUNCTIONS and not before and name_char(
                    text, m.end()) is not None) or division_word and m.start() > 0 and text[m.start() - 1] in QUOTE_CLOSERS):
                continue  # 市委、市政府和县委领导下, 已完成县级备案, “十强”和县域经济: a word of the division's kind, after a word;
                # 森林工业城和县文体中心: a conjunction between two names, the second the county's own (not 安徽和县)
            if self._landform(text, name, m.end()):
                continue  # 通州湾, 杭州湾新区: a landform named after the place (杭州湾新区 is in 宁波), not the division
            if len(name) == 2 and name[0] in CONJUNCTIONS and self.level_note_re.match(text, m.end()):
                continue  # 各市（州）和县（市、区）: a level of divisions after a conjunction, not 和县
            if not starts_word and not before and len(name) <= 3 and self._inside_word(text, m.start(), m.end()):
                continue  # 示范县, 国际海滨城区: a word of the language ends in the division's first character
            found.append((m.start(), m.end()))
            if glued and not gazetteer.contains_any(text[found[-2][0]:found[-2][1]], name):
                continue  # 福清江阴: a place inside the county, not the division of that name elsewhere
            full = gazetteer.division_named(name, counts)  # (芜湖: 芜湖市 or 芜湖县, whichever the text names)
            if full is not None:
                doc.region_aliases[m.start()] = (REGION, full, name)  # 江津 is 江津区, 上虞市 (its old name) is 上虞区
        return found

    @staticmethod
    def _noun_reading(text: str, m: re.Match, before: re.Pattern, after: re.Pattern) -> bool:
        return before.search(text, max(0, m.start() - 2), m.start()) is not None and after.match(text, m.end()) is not None

    def _landform(self, text: str, name: str, end: int) -> bool:
        """A short form before a landform's word (通州湾, 松山湖; a district's before a river's: 黄浦江), not before a region's name that opens with that word (浙江
        湖州, 厦门湖里区, 南昌湾里区) nor a division's character after it (大通湖区: a district named after the lake)."""
        gazetteer = self.gazetteer
        district = name in gazetteer.short_forms and name not in gazetteer.city_short_forms and name not in gazetteer.province_forms
        word = self.landform_re.match(text, end) or (self.river_re.match(text, end) if district else None)
        return word is not None and name not in gazetteer.full_region_names and \
            gazetteer.region_re.match(text, end) is None and self.division_char_re.match(text, word.end()) is None

    def _slogan_noun(self, text: str, start: int) -> bool:
        """A noun of two characters before `start` (产业富县, 工业兴县: a slogan's noun and its verb; not 考察富县, 支持兴县:
        a verb and the county it takes)."""
        if start < 2:
            return False
        words = self._words().cut(text[start - 2:start])
        return all(tag in SLOGAN_NOUN_TAGS for _, tag in words)  # (文旅: 文|旅, nouns both)

    def _words(self) -> Segmenter:
        """The segmenter, loaded on first use with the divisions' names (位于广信区, not 于广|信区)."""
        if self.segmenter is None:
            self.segmenter = Segmenter()
            self.segmenter.add_words([(name, PLACE_TAG) for name in sorted(self.gazetteer.region_names)])
        return self.segmenter

    def _plain_words(self) -> Segmenter:
        """The segmenter with jieba's dictionary alone, loaded on first use (shared with the counted regions)."""
        if self.plain_segmenter is None:
            self.plain_segmenter = Segmenter()
        return self.plain_segmenter

    def _place_word(self, text: str, start: int, end: int) -> bool:
        """jieba, with its own dictionary only (ours tags every division a place), reads text[start:end] as a place name
        of its own in the few characters around it (是温州第一个; not 美丽水乡, 其中卫生院, 让来宾对…: guests)."""
        window = max(0, start - PLACE_WORD_CONTEXT)
        position = window
        for word, tag in self._plain_words().cut(text[window:end + PLACE_WORD_CONTEXT]):
            if position == start:
                return position + len(word) == end and tag == PLACE_TAG
            position += len(word)
        return False

    def _inside_word(self, text: str, start: int, end: int) -> bool:
        """The segmenter starts no word at `start`: the name's first character ends a word before it."""
        window = max(0, start - 3)
        return self._inside_word_of(text[window:end + 1], start - window)

    @lru_cache(maxsize=1 << 12)
    def _inside_word_of(self, context: str, start: int) -> bool:
        """_inside_word for the few characters it reads, cached: the same names come back in the same contexts."""
        segmenter = self._words()
        if not any(segmenter.freq(context[s:start + 1]) for s in (start - 1, start - 2) if s >= 0):
            return False  # no word of the dictionary ends in the first character: no segmenting (most names)
        position = 0
        for word, _ in segmenter.cut(context):
            if position == start:
                return False
            if position > start:
                return True
            position += len(word)
        return True

    def _cued(self, text: str, m: re.Match) -> bool:
        """落户彭水, 北至丰都: a cue before the short form (not 东至太湖路: a road named after the place); 广安分会场: one
        after it; 在兴平建设: 在 before it and a verb of what is done there after it; 某某项目（灵川）: a note of place."""
        return self.short_form_cue.search(text, max(0, m.start() - 4), m.start()) is not None and \
            not self.road_after.match(text, m.end()) or self.short_form_after_cue.match(text, m.end()) is not None or \
            text[m.start() - 1:m.start()] == "在" and self.at_place_verb.match(text, m.end()) is not None and \
            not self._names_a_town(text, m.group()) or text[m.end():m.end() + 1] in "）)" and \
            self.bracket_note_after.search(text, max(0, m.start() - 3), m.start()) is not None

    def _names_a_town(self, text: str, short: str) -> bool:
        """白沙镇 in the text: 在白沙开工 is that town's, not 白沙黎族自治县's."""
        return any(short + word in text for word in self.town_words)

    @staticmethod
    def _listed_beside(text: str, m: re.Match, listed: tuple[set[int], set[int]]) -> bool:
        """介休、灵石: another division's name right after or before the match, 、 between them."""
        starts, ends = listed
        return (text[m.end():m.end() + 1] == "、" and m.end() + 1 in starts
                or text[m.start() - 1:m.start()] == "、" and m.start() - 1 in ends)

    def _compounds(self, text: str, found: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
        """The divisions grouped into runs, each division inside the one before it (江苏省苏州市吴江区).

        After a county whatever follows is a place inside it (福清江阴), whatever division
        elsewhere bears that name.
        """
        runs: list[list[tuple[int, int]]] = []
        for start, end in found:
            before = text[runs[-1][-1][0]:start] if runs else ""
            if runs and runs[-1][-1][1] == start and (self.gazetteer.contains_any(before, text[start:end])
                                                      or (self.gazetteer.is_county(before)
                                                          and not self.names.name_char_re.match(text, end))):
                runs[-1].append((start, end))
            else:
                runs.append([(start, end)])
        return runs

    def _join_towns(self, doc: DocState) -> None:
        """潜江市熊口镇: a town right after its county or city is one region, the town, with the compound as another
        name (as 江苏省苏州市吴江区 is)."""
        text = doc.text
        for town in [m for m in doc.regions if m.rule == "region.town"]:
            county = doc.regions.last_before(town.start)
            if county is None or county.end != town.start:
                continue
            parts = doc.region_parts.pop((county.start, county.end), [(county.start, county.end)])
            doc.regions.remove(county)
            doc.regions.remove(town)
            doc.regions.add(county.start, town.end, REGION, "region.compound")
            doc.region_parts[(county.start, town.end)] = parts + [(town.start, town.end)]
            doc.aliases.append((REGION, text[county.start:town.end], text[town.start:town.end]))

    def _join_villages(self, doc: DocState) -> None:
        """澄江镇红渡村: a village right after its town is one region, the village, with the compound as another name."""
        text = doc.text
        for town in [m for m in doc.regions if text.endswith(self.town_suffixes, m.start, m.end)]:
            village = self.village_re.match(text, town.end)
            if village is None or not self._village_name(village.group(1)) or doc.names.overlaps(*village.span()):
                continue
            parts = doc.region_parts.pop((town.start, town.end), [(town.start, town.end)])
            doc.regions.remove(town)
            doc.regions.add(town.start, village.end(), REGION, "region.compound")
            doc.region_parts[(town.start, village.end())] = parts + [village.span()]
            doc.aliases.append((REGION, text[town.start:village.end()], village.group()))

    def _village_name(self, stem: str) -> bool:
        return not (self.names.is_generic(stem) or self.village_not_stem_re.search(stem)
                    or any(tag in self.village_not_tags and len(word) > 1 for word, tag in self._plain_words().cut(stem)))

    def _find_listed_towns(self, doc: DocState) -> None:
        """长坪、盘龙等乡镇: each name of the list is a town's."""
        text, names = doc.text, self.names
        previous_end = 0
        for head in self.town_head_re.finditer(text):
            m = self.town_list_re.search(text, max(previous_end, head.start() - TOWN_LIST_REACH), head.start())
            previous_end = head.end()
            if m is None:
                continue
            members, position = [], m.start(1)
            for name in m.group(1).split("、"):
                members.append((position, position + len(name)))
                position += len(name) + 1
            first = members[0]
            if all(e - s == 2 for s, e in members[1:]):
                first = (first[1] - 2, first[1])  # (覆盖白沙、石门等镇街: the names are as long as each other)
            members[0] = (names.trim_left(text, *first, doc.regions), first[1])
            people = all(e - s == 3 and text[e - 1] not in self.settlement_ends for s, e in members) and \
                self.town_leader_re.match(text, head.end())
            if not people and all(2 <= e - s <= 3 and not names.is_generic(text[s:e]) and not doc.names.overlaps(s, e)
                                  for s, e in members):
                for s, e in members:
                    if not doc.regions.overlaps(s, e):
                        doc.regions.add(s, e, REGION, "region.town")

    def _find_towns(self, doc: DocState) -> None:
        text, names = doc.text, self.names
        for m in self.town_re.finditer(text):
            suffix_len = len(m.group())
            suffix_start = m.end() - suffix_len
            county = doc.regions.last_before(suffix_start)
            full = doc.regions.last_before(county.start) if county is not None else None
            if (county is not None and county.end == suffix_start and county.rule == "region.gazetteer"
                    and text[county.start:county.end] not in self.gazetteer.full_region_names
                    and (self.gazetteer.is_county(text[county.start:county.end])  # (南浔镇; 西丰县西丰镇)
                         or full is not None and full.end == county.start
                         and text.startswith(text[county.start:county.end], full.start))):  # (not 贵州镇远, 苏州镇湖)
                doc.regions.remove(county)  # 西丰县西丰镇: the town named after its county, not the county
                doc.regions.add(county.start, m.end(), REGION, "region.town")
                continue
            run_start = names.extend_left(text, suffix_start, doc.regions.last_end_before(suffix_start), 4)
            start = names.trim_left(text, run_start, suffix_start, doc.regions)
            if suffix_start - start < 2 and suffix_start - run_start == 2 and (run_start == 0 or text[run_start - 1] in CLAUSE_OPENERS) \
                    and self._words().cut(text[run_start:m.end()])[0] == (text[run_start:m.end()], PLACE_TAG):
                start = run_start  # 分别是：同里镇的…: at a clause's start, a town's name may open with what cuts others (同),
                # where the segmenter reads the whole as a place's name (not 同时镇, 今年镇, 也有镇, 从乡镇)
            if county is not None and suffix_start - start < 2 <= suffix_start - county.end <= 3 and \
                    text[county.end - 1] in "县区市旗" and text[suffix_start - 1] not in "乡镇村街区县市" and \
                    all(names.is_name_char(c) for c in text[county.end:suffix_start]):
                start = county.end  # 南昌县向塘镇: right after its county, a town's name may open with what cuts others (向;
                # not 庐江县在汤池镇, where a name is left after the preposition; nor 某县在乡镇设立: towns together)
            if text[start:start + 1] in PLACE_LEVEL_CHARS and doc.regions.ends_at(start) and suffix_start - start >= 3:
                start += 1  # 吴江市同里镇 where only 吴江 is a known name: the city's 市, then the town (同里镇, not 市同里镇)
            digit = ROW_NUMBER.search(text, start, suffix_start)
            if digit:  # 备注1长街镇: a table's row number before the town (no town's name holds a digit)
                start = digit.end()
            if DATE_BEFORE.search(text, max(0, start - 2), start + 1):
                start += 1  # 2018年许村镇: the year's 年 is no part of the town's name
            if suffix_start - start >= 3 and text[start] in CONJUNCTIONS and doc.regions.ends_at(start):
                start += 1  # 花园镇和东兴乡, 红石林镇和罗依溪镇: two towns joined
            joint = max(text.rfind(ch, start + 1, suffix_start) for ch in self.partner_joints)
            if joint != -1 and 2 <= suffix_start - joint - 1 <= 3:
                start = joint + 1  # 该公司与黄金镇签下…, 县经济开发区和杭埠镇的: a partner, then the town (not 和平镇, 同心镇)
            if suffix_start - start == 3 and self._word_before_town(text, start, m.end()):
                start += 1  # 受相沟镇人民政府委托 where the text names 相沟镇 elsewhere: a word's character before the town
            stem = text[start:suffix_start]
            if start and text[start - 1].isdigit() and names.count.match(text, start - 1, start + 1):
                continue  # 6个乡镇: a count of towns (not 1长街镇: a table's row)
            if (not 2 <= len(stem) <= 3 or text[start:m.end()] in self.not_regions or stem in self.not_regions
                    or stem.endswith(self.own_place_words)
                    or len(stem) == 3 and stem.endswith("乡") or "等" in stem or stem[:2] in ("百县", "千县") or CLASS.match(stem)
                    # (各苏木乡镇, 一类镇, 百县千镇)
                    # (towns, none named; A、B等镇: listed; 五乡镇 is a town)
                    or text[start:m.end() + 1] in self.not_regions or text.startswith("街", m.end())
                    or doc.regions.overlaps(start, m.end()) or names.is_generic(stem) or self._verb_before_organ(text, stem, m)):
                continue
            doc.regions.add(start, m.end(), REGION, "region.town")

    def _verb_before_organ(self, text: str, stem: str, town: re.Match) -> bool:
        """接受镇人大监督, 掌握镇级线索: a common verb before the town's organ or level (镇人大, 镇级), named nowhere else as
        a town (not 前进镇, 联合镇: rarer verbs, or named again)."""
        if len(stem) != 2 or not self.town_organ_re.match(text, town.end()) or text.count(stem + town.group()) > 1:
            return False
        segmenter = self._words()
        return segmenter.tag(stem) in self.verb_tags and (segmenter.freq(stem) or 0) >= self.verb_min_freq

    def _word_before_town(self, text: str, start: int, end: int) -> bool:
        """受相沟镇人民政府委托: the stem's first character is a verb or a preposition of its own, and the text names the
        town without it (not 南石门镇 beside 石门镇: a place's word)."""
        short = text[start + 1:end]
        return text.count(short) > text.count(text[start:end]) and self._words().tag(text[start]) in self.verb_tags


QUOTE_REACH = 40  # characters from a place to the quotes around it
OPEN_QUOTE, CLOSE_QUOTE = "“", "”"
NOT_IN_TITLES = re.compile(r"[\n，。！？；：,.!?;:]")  # a quote holding these is speech, not a title


def _inside_quotes(text: str, position: int) -> bool:
    """Within a quoted title (“…”, on one line, with no punctuation of speech: not “我们在江津区追加投资…。”)."""
    opening = text.rfind(OPEN_QUOTE, max(0, position - QUOTE_REACH), position)
    if opening == -1 or CLOSE_QUOTE in text[opening:position]:
        return False
    closing = text.find(CLOSE_QUOTE, position, position + QUOTE_REACH)
    return closing != -1 and NOT_IN_TITLES.search(text, opening, closing) is None


def declare_region_aliases(doc: DocState, alias_re: re.Pattern) -> None:
    """伊金霍洛旗（以下简称“伊旗”）: the declared short name (`alias_re`'s group 1) is the region (the last division of a
    compound one) wherever the text writes it outside the names found so far: a short form of the region's own name
    (not 上海市（以下简称“本市”）, 广州市、佛山市（以下简称“广佛”）, 浦东新区（以下简称“新区”）)."""
    for region in list(doc.regions):
        if (m := alias_re.match(doc.text, region.end)) and not (region.start and doc.text[region.start - 1] in LIST_JOINTS):
            parts = doc.region_parts.get((region.start, region.end))
            full = doc.text[parts[-1][0]:parts[-1][1]] if parts else doc.text[region.start:region.end]
            if not _short_form(m.group(1), full):
                continue
            doc.aliases.append((REGION, full, m.group(1)))
            for start in doc.starts(m.group(1)):
                end = start + len(m.group(1))
                if not (doc.names.overlaps(start, end) or doc.programs.overlaps(start, end)):
                    doc.regions.add(start, end, REGION, "region.declared_alias")


def _short_form(short: str, full: str) -> bool:
    """伊旗 of 伊金霍洛旗, 哈市 of 哈尔滨市: the first character of the name, then others of it in their order."""
    return len(short) < len(full) and short[0] == full[0] and in_order(short[1:], full[1:])
