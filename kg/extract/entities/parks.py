"""Industrial parks (park.yaml): a distinctive stem before a suffix (工业园, 高新区), with the park's other names."""
from __future__ import annotations

from collections import defaultdict
import re
from typing import Any

from kg.extract.gazetteer import Gazetteer
from kg.extract.entities.names import CLOSE_BRACKETS, OPEN_BRACKETS, QUOTES, NameText, bare
from kg.extract.entities.park_kinds import ParkKinds
from kg.extract.entities.park_lists import ITEM_OPENING, CountedParks
from kg.extract.entities.state import DocState
from kg.extract.search import alternation, compile_rare, compile_scan, endings
from kg.extract.segmenter import Segmenter
from kg.schema import COMPANY, PARK


LIST_WINDOW = 200  # characters before a list's head searched for the start of its clause
LIST_CLOSE = re.compile("等(?!离子|级)")  # 等 closing a list (not 等离子, 等级)
LIST_SEGMENT = re.compile(r"(?<=[、和及与])[^、，,。；;：:\s（）()“”和及与等]{3,30}?(?=[、，,。；;和及与]|为|等|[一二三四五六七八九十两\d]+[个大家座])")  # a member after 、 or 和
LIST_SEGMENT_BEFORE = re.compile(r"(?<=、)[^、，,。；;：:\s（）()“”和及与]{3,30}(?=、$)")  # …and one before the 、 (a park's)
NOT_NEIGHBOUR = re.compile("其他|其余|相关|有关|各|全[市县省区]|周边|部分|重点|多个|一批|若干|该|本")  # 其他开发区: no name
LIST_MEMBER_SUFFIXES = ("产业园区", "工业园区", "产业园", "工业园", "园区", "园")  # longest first
LIST_JOINTS = ("和", "及", "与", "、", "以及")  # what joins two members of a list
COUNTY_PARK_OPENING = re.compile(r"(?:^|[\s，,。；;：:、“”（）()的在和及与]|落户|入驻|进驻|位于|走进|来到)$")  # before 香坊园区
TRAILING_NUMBER = re.compile(r"(\d+)\s*$")
ITEM_CLOSE = re.compile(r"[ \t]*(?:[（(][^（）()\n]{1,20}[）)])?[ \t；;。]*(?:\n|$)")  # a numbered line's end after a name, a note
ITEM_REACH = 6  # characters more a park's stem may hold on a numbered line of its own
COUNTED_PARTS = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)\s*[大个座]")
VERB_TAG = "v"  # jieba's tag of a verb (not vn: 服务, 发展 also name things)
PLACE_TAG = "ns"  # jieba's tag of a place name (黑山 in 西黑山)
MAX_VERB_STEM = 4
MIN_SUFFIX_FORM = 5  # characters of a park named by the end of a longer name (东港产业园; not 产业园 alone)
LEVEL_OPENINGS = ("省", "市", "县", "区", "镇")
NUMBERED_LINE = re.compile(r"(?:^|\n)[ \t]*[（(]?\d{1,3}[.．、)）]?[ \t]*$")  # 9 新乡楼村…园区: an item, its own name whole


class ParkRecogniser(CountedParks):
    def __init__(self, park: dict[str, Any], names: NameText, gazetteer: Gazetteer, group_suffixes: tuple[str, ...],
                 industry_words: tuple[str, ...], name_tags: tuple[str, ...]):
        self.names, self.gazetteer = names, gazetteer
        self.name_tags = frozenset(name_tags)  # the segmenter's tags of a proper name (company.yaml brand_tags)
        self.segmenter: Segmenter | None = None  # loaded on first use
        self.kinds, self.industry_words = ParkKinds(park, names, gazetteer, industry_words), tuple(industry_words)
        self.group_suffixes = tuple(group_suffixes)  # company.yaml's: a park named after its group (某某集团轻工产业园)
        self.conjunctions = "和及与、"
        self.suffix_re = re.compile(alternation(park["suffixes"]))
        self.word_after = [(end, re.compile(after)) for end, after in park["word_after"].items()]
        self.suffix_end_re = re.compile(f"(?:{self.suffix_re.pattern})$")
        self.section_suffixes, self.direction_sections = tuple(park["section_suffixes"]), frozenset(park["direction_sections"])
        self.zones_with_areas = tuple(park["zones_with_areas"])
        self.village_re = re.compile(rf"(?<=..)(?:{park['village_words']})(?=..)")
        self.told_re = re.compile(f"{park['relative_places']}|{park['title_words']}|{park['layout_counts']}")
        self.clause_words_after_place = park["clause_words_after_place"]
        self.planned_zone_re, self.joined_trade_not_re, self.joined_after_re = (
            re.compile(park[key]) for key in ("planned_zone", "not_joint_of_trades", "joined_name_endings"))
        self.max_stem = int(park["max_stem"])
        self.member_openers, self.member_ends = tuple(park["list_member"]["before"]), tuple(park["list_member"]["after"])
        self.long_stem_openings, self.title_stems = tuple(park["long_stem_openings"]), frozenset(park["title_stems"])
        self.cut_after_verb_re = compile_scan(f"{alternation(park['cut_after_verbs'])}|{park['running_verbs']}")
        self.plain_stem = int(park["plain_stem"])
        self.short_suffix = {long: [short] if isinstance(short, str) else list(short)
                             for long, short in park["suffix_short_forms"].items()}
        self.long_suffix_re = re.compile(f"(?:{alternation(self.short_suffix)})$")
        self.non_section_suffixes = tuple(s for s in park["suffixes"] if s not in park["section_suffixes"])
        self.infix_re = re.compile(rf"(?:{alternation(park['optional_infixes'])})(?=(?:{alternation(park['suffixes'])})$)")
        self.direction_re, self.leading_level_re = re.compile(alternation(park["direction_words"])), re.compile(park["leading_levels"])
        self.part_suffixes, self.named_part_re = frozenset(park["park_part_suffixes"]), re.compile(alternation(park["named_part_suffixes"]))
        self.named_part_suffixes = frozenset(park["named_part_suffixes"])
        self.place_only_suffixes = tuple(park["place_only_suffixes"])
        self.building_verbs, self.run_down_words = tuple(park["building_verbs"]), tuple(park["run_down_words"])
        self.plan_verbs = self.building_verbs + tuple(park["plan_verbs"])
        self.positioning_words = tuple(park["positioning_words"])
        self.named_only_suffixes = frozenset(park["named_only_suffixes"])
        self.full_counties = frozenset(n for n in gazetteer.full_region_names if n.endswith(("县", "旗", "市", "区")))
        self.named_part_stem = int(park["named_part_stem"])
        self.own_part_suffixes = frozenset(park.get("own_part_suffixes", ()))
        self.place_part_suffixes = frozenset(park.get("place_part_suffixes", ()))
        # “云墨碳谷”碳材料产业园, “长三角”精细化工产业园: a quoted name right before the stem is the park's own; a
        # quoted count is a layout (“一园两区”低空经济产业园), no name
        self.quoted_before_re = re.compile(
            rf"[{re.escape(QUOTES)}](?![一二三四五六七八九十两百千\d])[{names.name_chars}]{{2,10}}[{re.escape(QUOTES)}]$")
        # what closes a list of parks: 3家园区, 等几个园中园, 5 大园区 (a PDF's text, spaced)
        self.list_head_re = compile_rare(
            rf"(?:等\s*|(?=[\d一二三四五六七八九十两几家个座大]))(?:(?:\d+|[一二三四五六七八九十两几]+)\s*)?[家个座大]?"
            rf"(?:{alternation(park['list_head_descriptions'])})*(?:{alternation(park['list_heads'])})")  # (not A园区、B园区)
        self.list_opener_re = compile_rare(park["list_opener"])

    def _opens_with_name(self, stem: str) -> bool:
        """The stem has a proper name (`_has_proper_name`) or more than one word (冷水鱼现代…; not 观光, 循环, 有机)."""
        return self._has_proper_name(stem) or len(self._words(stem)) > 1  # (冷水鱼现代农业园区; not 观光农业园)

    def _ends_with_building(self, stem: str) -> bool:
        """不断建设产业园区: a verb of building right before the suffix (not 南昌新建经济开发区: 新建 names a district)."""
        verb = next((v for v in self.building_verbs if stem.endswith(v)), None)
        place = self.gazetteer.region_re.match(stem)  # (a district named so after its city; not 累计新建科技园5个)
        named = verb in self.gazetteer.region_names or verb in self.gazetteer.ambiguous_forms
        return verb is not None and not (named and place and place.end() >= len(stem) - len(verb))

    def _has_proper_name(self, stem: str, words: list[tuple[str, str]] | None = None) -> bool:
        """A place or a proper name of the segmenter's opens the stem, or a place stands in it (九龙…, 西黑山; not 物联网电池)."""
        if self.gazetteer.region_re.match(stem):
            return True
        words = self._words(stem) if words is None else words
        return bool(words) and (words[0][1] in self.name_tags or any(tag == PLACE_TAG for _, tag in words))

    def _words(self, stem: str) -> list[tuple[str, str]]:
        if self.segmenter is None:
            self.segmenter = Segmenter()
        return self.segmenter.cut(stem)

    def _is_verb(self, stem: str) -> bool:
        """One word of the segmenter's dictionary tagged as a verb (延伸, 带领, 有助于), not a place's name (保定)."""
        gazetteer = self.gazetteer
        if not 2 <= len(stem) <= MAX_VERB_STEM or stem in gazetteer.region_names or stem in gazetteer.ambiguous_forms:
            return False  # (保定高新区: a city's short form that is also a verb)
        if self.segmenter is None:
            self.segmenter = Segmenter()
        return self.segmenter.tag(stem) == VERB_TAG

    def suffixes(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each park suffix in the text, and of each word of a named part (found only after its park)."""
        return [(m.start(), m.end()) for m in self.suffix_re.finditer(text)
                if not any(m.group().endswith(end) and after.match(text, m.end()) for end, after in self.word_after)] + [
            (m.start(), m.end()) for m in self.named_part_re.finditer(text)]

    def add(self, doc: DocState, suffix_start: int, end: int) -> None:
        text, names, region_names, kinds = doc.text, self.names, self.gazetteer.region_names, self.kinds
        if text[suffix_start:end] in self.part_suffixes:
            self._add_part(doc, suffix_start, end)
            return
        if text[suffix_start:end] in self.named_part_suffixes:
            self._add_named_part(doc, suffix_start, end)
            return
        start = names.stem_start(doc, suffix_start, self.max_stem + ITEM_REACH if self._whole_item(text, suffix_start, end)
                                 else self.max_stem)
        if text[start] in OPEN_BRACKETS and doc.names.label_at(start - 1) == PARK and doc.names.ends_at(start):
            # 乌鲁木齐经开区（头屯河区）两河高端制造科技产业园: the bracket is the note of the name before, the park's own
            # name starts after it (not 武汉经开区（汉南区）智能网联汽车产业园: a trade alone, one name with the park's)
            close = next((i for i in range(start + 1, suffix_start) if text[i] in CLOSE_BRACKETS), None)
            if close is not None and self._has_proper_name(text[close + 1:suffix_start]):
                start = close + 1
        signed = [m.end() for m in self.cut_after_verb_re.finditer(text, start, suffix_start)]
        start = signed[-1] if signed else start
        region_re = self.gazetteer.region_re
        if text.startswith("原", start) and not region_re.match(text, start) and region_re.match(text, start + 1, suffix_start):
            start += 1  # 原济宁市生物产业园: a park's former name after 原 (not 原平市经济开发区: a city's)
        host = doc.names.last_before(suffix_start)
        if (host and host.label == COMPANY and host.end == start and self.group_suffixes
                and text.endswith(self.group_suffixes, host.start, host.end)):
            # 某某集团轻工产业园: the group's park, named after it (the group is named inside it)
            doc.names.remove(host)
            doc.nested.append(host)
            doc.names.add(host.start, end, PARK, "park.company_name")
            return
        start = self._start_long_stem(text, start, suffix_start)
        if start is None:
            if host and host.label == PARK and host.end == names.stem_start(doc, suffix_start, self.max_stem) and \
                    not LIST_CLOSE.search(text, host.end, suffix_start) and text[host.end] not in self.conjunctions and \
                    not any(verb in text[host.end:suffix_start] for verb in self.building_verbs):
                # 兰州新区城市矿产与表面处理产业园: a park inside another (not A工业园等八大园区, A经开区和高新区, A高新区建设B园)
                doc.names.remove(host)
                doc.names.add(host.start, end, PARK, "park.in_park")
            return
        place = self.gazetteer.region_re.match(text, start, suffix_start)
        if place and text[place.end():place.end() + 1] in self.clause_words_after_place:
            start = place.end() + 1  # 武山县以工业园区为载体: the place is the clause's subject, no part of a name
        with_region, start = start, names.strip_region_prefix(text, start, suffix_start)
        after_place = self._after_listed_place(text, with_region, suffix_start)
        if after_place:
            with_region = start = after_place  # 某市某区和某某新区, 温州和杭州湾新区: a place, then the park
        joined = text.rfind("及", start, suffix_start)
        if joined != -1 and (not text.endswith(self.industry_words, start, joined) or self.joined_trade_not_re.match(text, joined)
                             or not names.is_generic(text[joined + 1:suffix_start])):
            with_region = start = joined + 1  # 某某示范区及各高新区: 及 joins two names (not 华昌电子及新材料产业园: two trades)
        listed = [m.end() for m in LIST_CLOSE.finditer(text, start, suffix_start)] if text.find(
            "等", start, suffix_start) != -1 else None
        if listed:  # A、B、C等工业集中区: the kind of the places listed before it, no name
            with_region = start = listed[-1]
            # (屯留、潞城、襄垣等焦化工业集中区: after places, or of a trade, no name either; not 富士康等外高桥保税区企业: the firms' park)
            listed_kind = text[start:suffix_start]
            if not self._has_proper_name(listed_kind) and (doc.regions.ends_at(start - 1) or kinds.of_industry(listed_kind)):
                return
        village = [] if NUMBERED_LINE.search(text, max(0, start - 8), start) else \
            [m.end() for m in self.village_re.finditer(text[start:suffix_start])]
        if village:
            start += village[-1]
        project = text.rfind("项目", start, suffix_start - 2)
        if project != -1:  # 侨资项目金鹰（如皋）产业园: the project is the park, named after the word
            with_region = start = names.trim_left(text, project + 2, suffix_start, doc.regions)
        quoted = self.quoted_before_re.search(text, max(0, start - 12), start) if (
            0 < start < suffix_start and text[start - 1] in QUOTES) else None
        if quoted and with_region == start and not self.gazetteer.region_re.match(text, start, suffix_start):
            # (no region before or opening the stem: the quotes open the name; “国字号”龙南经开区: they describe it)
            with_region = start = quoted.start()
        stem = bare(text[start:suffix_start])
        # 市级文化产业园区, A、B两个省级绿色工业园区: kinds; 某河以东新片区: a place told; 最佳…园区: a title; 某城市群重点开发区: a plan's zone
        if (kinds.by_level(stem) or self.told_re.search(stem) or stem in self.title_stems
                or self.planned_zone_re.search(text, start, end)):
            return
        if kinds.together(stem, text[suffix_start:end]):
            return  # 吕梁市各开发区, 新疆各类工业园区, 山西省开发区: the parks of a place together (A、B和C三大特色工业园区)
        previous = doc.names.last_before(suffix_start)
        if previous and previous.label == PARK and previous.end == start and text[start] not in self.conjunctions and (
                kinds.of_industry(stem) or names.is_generic(stem) and stem not in region_names
                or not self._has_proper_name(stem) and not self._is_verb(stem)
                or text[previous.start - 1:previous.start] in self.member_openers and text[end:end + 1] in self.member_ends):
            # 吉首经开区 + 电子信息产业园: a park inside the park, named by an industry only, written right after it
            # (渭南高新区汽车核心零部件产业园: or by words of the language; not 华安经开区九龙工业园: a name of its own,
            # except as one member of a list: A、襄城经济开发区余家湖化工园区、B)
            doc.names.remove(previous)
            doc.names.add(previous.start, end, PARK, "park.in_park")
            return
        if names.is_generic(stem) and not (kinds.names_places(stem) or kinds.macro_region_re.match(stem)
                                           or kinds.county_named(text, stem) or kinds.inside_park(text, start, stem)) or \
                names.leading_word_re.fullmatch(stem) or \
                stem.startswith(self.building_verbs) or self._ends_with_building(stem) or \
                any(w in text[with_region:suffix_start] for w in self.run_down_words) or (
                text[suffix_start:end] in self.place_only_suffixes and text[with_region:start] not in self.full_counties
                and not self._has_proper_name(stem) and not self._listed_after_park(doc, with_region)):
            return  # (新建小微企业园12个: a verb, no name; 建设食品加工园区: a kind of park, without its place; 加快建设产业园区)
        opening = self.gazetteer.region_re.match(text, start, suffix_start)
        verb = next((v for v in self.building_verbs if text.startswith(v, opening.end())), None) if opening else None
        if verb and verb not in self.gazetteer.region_names and verb not in self.gazetteer.ambiguous_forms:
            return  # 在林甸县建设光伏产业园: the place builds a park of a kind, no name (not 南昌新建经济开发区: a district)
        if with_region == start and (self._is_verb(stem) or text.endswith(self.positioning_words, 0, start)
                                     and not self._has_proper_name(stem)):
            return  # 延伸经开区产业链条, 带领开发区…: a verb and the park's kind, no name; nor 定位为专业性工业经济区
        number = TRAILING_NUMBER.search(text, max(0, start - 8), start) if stem[-1:] in self.conjunctions else None
        if stem[-1:] in self.conjunctions and self.suffix_re.fullmatch(stem, 0, len(stem) - 1):
            return  # (辽宁省)高新区和经济开发区: two kinds of park, no name
        if stem[-1:] in self.conjunctions and (names.count.match(stem) or number and names.count.match(
                number.group(1) + stem[:1])):
            return  # 15 个县区和开发区: a count of places, and parks
        full, place = self.gazetteer.full_region_names, self.gazetteer.region_re.match(text, start, end)
        if text[with_region:end] in full or text[start:end] in full or place and text[place.end():end] in full and \
                self.gazetteer.contains_any(place.group(), text[place.end():end]):  # (not 儋州滨海新区: no district of 儋州's)
            return  # 滨海新区, 浦东新区, 泰州高港区, 天津滨海新区: a district named like a park is a region
        if text[suffix_start:end] in self.named_only_suffixes and with_region == start and not self._opens_with_name(stem):
            return  # 观光农业园, 循环经济园区, 建设一座…的有机农业园: a kind of park, no name
        if with_region == start and (kinds.described(text, start, stem) or kinds.scaled(stem)) or \
                kinds.of_city(text, stem, text[suffix_start:end], end) or kinds.is_batch(stem):
            return  # 最大的锂电产业园, 打造千亿级锂电产业园, 南宁市产业园区, 某市首批特色产业园区
        if with_region < start:  # 渭滨区宇航高端封装产业园: the park, in its district (both names are its)
            doc.aliases.append((PARK, text[start:end], text[with_region:end]))
            doc.aliases.extend((PARK, text[start:end], short) for short in self._short_forms(text[with_region:end]))
        end_with_section = self._bracketed_section(text, end)
        if end_with_section:
            if text[end + 1:end_with_section - 1] not in self.direction_sections:  # 某高新区（南区）: a park inside it
                doc.aliases.append((PARK, text[start:end_with_section], text[start:end]))
            end = end_with_section
        zone_area = text[suffix_start:end] == "片区" and previous and text.endswith(self.zones_with_areas, previous.start, previous.end)
        if previous and previous.label == PARK and previous.end == start and (stem in region_names or zone_area):
            # 西部（重庆）科学城 + 江津片区, 中国（四川）自由贸易试验区 + 川南临港片区: one park, the second part alone is an alias
            doc.names.remove(previous)
            doc.aliases.append((PARK, text[previous.start:end], text[start:end]))
            start = previous.start
        elif stem in region_names and text[suffix_start:end] in self.section_suffixes:
            return  # 江津片区 alone: a park only as another name of one named in full (see the short names' tagging)
        doc.names.add(start, end, PARK, "park.suffix")
        self._other_names(doc, start, suffix_start, end)

    def keep_places_of_namesakes(self, doc: DocState) -> None:
        """德惠市水稻现代农业产业园、榆树市水稻现代农业产业园: parks whose names without their place are the same are two
        parks, each named with its place (the name without it would make them one); so are the other parks of their
        list (农安县珠葱-生猪现代农业产业园、…: the place opening each member is its own, no frame of the list)."""
        text = doc.text
        with_place: dict[str, set[str]] = defaultdict(set)
        for label, name, longer in doc.aliases:
            if label == PARK and longer.endswith(name) and len(longer) > len(name):
                with_place[name].add(longer)
        # namesakes: the same name after different places (not 吉林省德惠市X and 德惠市X: one place, written twice)
        namesakes = {name for name, forms in with_place.items()
                     if len({self.kinds.last_place(form[:-len(name)]) for form in forms}) > 1}
        if not namesakes:
            return
        for m in [m for m in doc.names if m.label == PARK and text[m.start:m.end] in with_place]:
            name = text[m.start:m.end]
            longer = max((n for n in with_place[name] if text.endswith(n, 0, m.end)), key=len, default=None)
            if longer is None:
                continue
            opening = m.end - len(longer)  # (1. 德惠市水稻…产业园 on a line of its own: a member of a numbered list)
            listed = "、" in (text[m.end:m.end + 1], text[opening - 1:opening]) or \
                bool(NUMBERED_LINE.search(text, max(0, opening - 8), opening))
            if name in namesakes or listed:
                doc.names.remove(m)
                doc.names.add(m.end - len(longer), m.end, PARK, m.rule)
        # (the name without its place stays another name of a park only where one place has it)
        doc.aliases = [a for a in doc.aliases if not (a[0] == PARK and a[1] in namesakes)]

    def find_suffix_forms(self, doc: DocState) -> None:
        """文山高新区三七产业园 and 三七产业园, 长沙浏阳高新区 and 浏阳高新区: a park named by the end of the one other park of the
        text whose name ends so (not where several do: 德惠市水稻…产业园、榆树市水稻…产业园)."""
        names = list(dict.fromkeys(doc.text[m.start:m.end] for m in doc.names if m.label == PARK))  # (in text order)
        ending_with = endings(names)
        for short in names:
            longer = [name for name in ending_with(short) if name != short]
            stem = self.suffix_end_re.sub("", short)
            # (not a kind of park, 新材料产业园, nor one of a level, 县经济开发区)
            if len(longer) == 1 and len(short) >= MIN_SUFFIX_FORM and not self.names.is_generic(stem) and \
                    not short.startswith(LEVEL_OPENINGS):
                doc.aliases.append((PARK, longer[0], short))

    def find_listed(self, doc: DocState) -> None:
        """A、B、C3家园区, A、B等几个园中园: the members of a list of parks, one of them found by its suffix."""
        text, names = doc.text, self.names
        for head in self.list_head_re.finditer(text):
            window = max(0, head.start() - LIST_WINDOW)  # a clause is short: never search back to the start
            clause_start = max(window - 1, *(text.rfind(p, window, head.start()) for p in "，。；！？\n：:,;")) + 1
            if text.find("、", clause_start, head.start()) == -1:
                continue
            bounds, position = [], clause_start
            for sep in re.finditer("、", text[clause_start:head.start()]):
                bounds.append((position, clause_start + sep.start()))
                position = clause_start + sep.end()
            bounds.append((position, head.start()))
            first = names.trim_left(text, *bounds[0], doc.regions)
            bounds[0] = (max(first, text.rfind("的", first, bounds[0][1]) + 1), bounds[0][1])  # 哈尔滨市的A、B等4个园区
            if not any(self._is_park(doc, s, e) for s, e in bounds):
                continue
            for s, e in bounds:
                stem = bare(text[s:e])
                # (新材料园、光伏产业园等八大园区: a member named by its suffix is a park, however generic its trade)
                trade = next((stem[:-len(x)] for x in LIST_MEMBER_SUFFIXES if stem.endswith(x)), "")
                suffixed = len(trade) >= 2 and trade not in self.kinds.description_words
                if (3 <= len(stem) <= self.max_stem + 4 and names.name_run.fullmatch(stem) and not doc.names.overlaps(s, e)
                        and (suffixed or not names.is_generic(stem)) and stem not in self.gazetteer.region_names):
                    doc.names.add(s, e, PARK, "park.list_member")

    def find_list_neighbours(self, doc: DocState) -> None:
        """以A产业园、小岗农副产品深加工产业园为支撑: a list's member next to a park, ending in a park's suffix, is a park."""
        text, found = doc.text, [m for m in doc.names if m.label == PARK]
        while found:
            added = []
            for park in found:
                after, before = LIST_SEGMENT.match(text, park.end + 1), LIST_SEGMENT_BEFORE.search(
                    text, max(0, park.start - 33), park.start)  # (each found makes its neighbours members in turn)
                for segment in (s for s in (after, before) if s and self._neighbour_park(doc, *s.span())):
                    doc.names.add(*segment.span(), PARK, "park.list_neighbour")  # (its start may be cut, or it dropped)
                    added += [n] if (n := doc.names.at(segment.end() - 1)) and n.label == PARK else []
            found = added

    def _neighbour_park(self, doc: DocState, start: int, end: int) -> bool:
        stem = doc.text[start:suffix.start()] if (suffix := self.suffix_end_re.search(doc.text, start, end)) else ""
        joined_kind = doc.text[start - 1] in "和及与" and (doc.text.endswith(self.place_only_suffixes, start, end)
                                                         or doc.text.endswith("新区", start, end) and self.names.is_generic(stem))  # (和工业新区)
        return len(stem) >= 2 and not (NOT_NEIGHBOUR.match(stem) or self.kinds.by_level(stem) or self.kinds.level_re.fullmatch(stem)
                                       or joined_kind) and self.names.name_run.fullmatch(doc.text, start, end) is not None \
            and end - start <= self.max_stem + 4 and not doc.names.overlaps(start, end) and doc.text[start:end] not in self.gazetteer.full_region_names

    def _listed_after_park(self, doc: DocState, start: int) -> bool:
        """辽西工业园区、辽东农产品加工园区: a name right after a park in a list names a park too."""
        previous = doc.names.last_before(start)
        return (start > 0 and doc.text[start - 1] == "、" and previous is not None and previous.label == PARK
                and previous.end == start - 1)

    def _is_park(self, doc: DocState, start: int, end: int) -> bool:
        park = doc.names.at(start)
        return park is not None and park.label == PARK and (park.start, park.end) == (start, end)

    def _after_listed_place(self, text: str, start: int, suffix_start: int) -> int | None:
        """After the last conjunction in the stem after a region, a park or a town, or before a region (温州和|杭州湾新区,
        河西堡镇和|河西堡工业园区, 某试验区与|某生态工业园, 某某与|莒县经济开发区), or None (not 河源市|和平县腐竹产业园)."""
        for i in range(suffix_start - 1, start, -1):
            if text[i] in self.conjunctions and not self.names.opens_place(text, i) and (any(
                    text[j:i] in self.gazetteer.region_names for j in range(max(start, i - 9), i - 1))
                    or self.joined_after_re.search(text, start, i) or self.gazetteer.region_re.match(text, i + 1, suffix_start)):
                return i + 1
        return None

    def _add_part(self, doc: DocState, suffix_start: int, end: int) -> None:
        """某某数创园启动区: a part of the park just named is a park inside it, named after it."""
        host = doc.names.last_before(suffix_start)
        if host and host.label == PARK and host.end == suffix_start:
            doc.names.remove(host)
            doc.names.add(host.start, end, PARK, "park.in_park")

    def _add_named_part(self, doc: DocState, suffix_start: int, end: int) -> None:
        """某某经开区前锋园区: a section with a short stem of its own, right after the park it belongs to."""
        host = doc.names.last_before(suffix_start)
        stem = doc.text[host.end:suffix_start] if host else ""
        if host is None or host.label != PARK or not 2 <= len(stem) <= self.named_part_stem:
            self._add_county_park(doc, suffix_start, end)
            return
        if stem.startswith(LIST_JOINTS) and (self._add_county_park(doc, suffix_start, end) or self._words(stem)[0][0] in LIST_JOINTS):
            return  # 伊宁园区和霍城园区: a second park, after a conjunction (not 某高新区和谐园区: a word opens the stem)
        if LIST_CLOSE.match(stem) or COUNTED_PARTS.match(stem):
            return  # 某某工业园等四大园区: the head of a list of parks; 某开发区五大专业园区: its parts counted
        if doc.text[suffix_start:end] in self.place_part_suffixes and not self.kinds.names_a_place(stem):
            return  # 张江高新区宝山园: a branch named after its place (not 某新区湿地公园)
        if (self.names.name_run.fullmatch(stem) and not self.names.is_generic(stem)
                and self.names.trim_left(doc.text, host.end, suffix_start, doc.regions) == host.end):
            if doc.text[suffix_start:end] in self.own_part_suffixes:  # 铜梁高新区大庙组团: a park inside the park
                doc.names.add(host.end, end, PARK, "park.part")
                return
            doc.names.remove(host)
            doc.names.add(host.start, end, PARK, "park.in_park")

    def _add_county_park(self, doc: DocState, suffix_start: int, end: int) -> bool:
        """香坊园区: a county's or district's short form, then 园区 (ParkKinds.county_park), after its city or not."""
        text, place = doc.text, doc.regions.at(suffix_start - 1)
        if place is not None and place.end == suffix_start:
            start = place.start
        else:  # (the regions leave a place right before a park's word to the park)
            start = next((suffix_start - n for n in (2, 3, 4) if text[suffix_start - n:suffix_start] in self.gazetteer.short_forms), None)
            city = doc.regions.at(start - 1) if start else None
            if city is not None and city.end == start:
                start = city.start  # (哈尔滨 + 香坊园区)
            elif start is not None and not COUNTY_PARK_OPENING.search(text, 0, start):
                return False  # 阜外医院西山园区二期项目: a name's part, not a place's park
        if start is None or not self.kinds.county_park(text, start, suffix_start, end) or doc.names.overlaps(start, end):
            return False
        doc.names.add(start, end, PARK, "park.county_short_form")
        return True

    def _other_names(self, doc: DocState, start: int, suffix_start: int, end: int) -> None:
        text, names = doc.text, self.names
        name = text[start:end]
        plain = self.leading_level_re.sub("", self.infix_re.sub("", name))
        if plain != name:
            doc.aliases.append((PARK, name, plain))  # 璧山国家高新区 is 璧山高新区, 国家级宁国经济技术开发区 宁国经济技术开发区
        doc.aliases.extend((PARK, name, short) for short in self._short_forms(plain))
        region = self.gazetteer.region_re.match(name)
        rest = name[region.end():] if region else ""
        rest_stem = rest[: -len(text[suffix_start:end])] if rest.endswith(text[suffix_start:end]) else ""
        own_place = rest_stem not in self.gazetteer.region_names or (  # 吉林磐石经济开发区, later 磐石经济开发区
            region.group() in self.gazetteer.province_names and self.gazetteer.contains_any(region.group(), rest_stem))
        rest_forms = [rest, *self._short_forms(rest)]  # (浙江某某经济技术开发区, later 某某经开区)
        if len(rest_stem) >= 2 and not names.is_generic(rest_stem) and own_place and \
                sum(map(doc.count, rest_forms)) > doc.count(name):
            doc.aliases.extend((PARK, name, form) for form in rest_forms)  # 宁波杭州湾新区, later 杭州湾新区

    def _short_forms(self, name: str) -> list[str]:
        """芜湖高新技术产业开发区 is 芜湖高新区: the name with the short forms of its suffix."""
        long = self.long_suffix_re.search(name)
        return [name[: long.start()] + short for short in self.short_suffix[long.group()]] if long else []

    def is_place_zone(self, name: str) -> bool:
        """A zone named by its place and its kind alone (上饶经开区, 兰州新区), not by a stem of its own."""
        place = self.gazetteer.region_re.match(name)
        return place is not None and self.suffix_re.fullmatch(name, place.end()) is not None

    def _start_long_stem(self, text: str, start: int, suffix_start: int) -> int | None:
        """A long park stem opens with a region or direction word, or a proper name of the segmenter's; else it describes."""
        stem = bare(text[start:suffix_start]).replace("—", "")
        if len(stem) <= self.plain_stem:
            return start
        patterns = (self.gazetteer.region_re, self.direction_re)
        if any(pattern.match(text, start) for pattern in patterns) or text.startswith(self.long_stem_openings, start):
            return start
        if 2 <= (dot := text.find("·", start, suffix_start)) - start <= 6 and len(stem) <= self.max_stem and \
                not self.names.is_generic(text[start:dot]) and \
                not ((place := self.gazetteer.region_re.match(text, dot + 1)) and not self.gazetteer.is_county(place.group())):
            return start  # 云奥万科·凤凰硅谷…产业园: a brand, a dot, the park's own name (not 装备制造·…: a field; nor 科创·吉安…)
        inner = [m.start() for p in patterns for m in p.finditer(text, start, suffix_start) if text[m.start() - 1] not in OPEN_BRACKETS]
        if inner and len(bare(text[min(inner):suffix_start])) <= self.max_stem:
            return min(inner)
        if (brand := self.kinds.brand_with_place(text, start, suffix_start)) is not None:
            return brand  # 桂黔（田林县）经济合作产业园, 某某控股（汶上）高端化工区: a short name, the park's place in brackets (no start)
        if len(stem) > self.max_stem or any(c in self.conjunctions for c in stem) or \
                text.endswith(self.plan_verbs, max(0, start - 4), start):
            return None  # (加快建设富硒农产品精深加工产业园: a plan's kind of park)
        words = self._words(stem)
        return start if words and words[0][1] in self.name_tags else None  # (江钨硬质合金精深加工产业园: a brand opens it)

    @staticmethod
    def _whole_item(text: str, suffix_start: int, end: int) -> bool:
        """6.惠州市粤港澳流动渔民深海网箱养殖产业园: the park ends a numbered line holding it alone (a longer stem is its own)."""
        return ITEM_OPENING.match(text, text.rfind("\n", 0, suffix_start) + 1) is not None and ITEM_CLOSE.match(text, end) is not None

    def _bracketed_section(self, text: str, end: int) -> int | None:
        """End of a bracketed section name after a park: 重庆枢纽港产业园（江津片区）."""
        if end >= len(text) or text[end] not in OPEN_BRACKETS:
            return None
        close = next((i for i in range(end + 1, min(len(text), end + self.names.max_bracket + 2))
                      if text[i] in CLOSE_BRACKETS), None)
        if close is None or text[end + 1:close] in self.gazetteer.full_region_names:
            return None  # a division in brackets (某某开发区（某某区）) is the district the park is, a region of its own
        inner = text[end + 1:close]
        if inner in self.gazetteer.region_names or inner in self.direction_sections or (
                inner.endswith(self.section_suffixes) and len(inner) > 2 and not inner.endswith(self.non_section_suffixes)):
            return close + 1
        return None
