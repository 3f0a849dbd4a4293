"""Park-like stems that name no one park (park.yaml): a kind of park (市级文化产业园区, 千亿级锂电产业园), the parks of a
place together (吕梁市各开发区, 南宁市产业园区), a description (…的生物医药特色产业园区) or the title of a list; and the
stems that name a park by its place (九台, 宝山, 香坊园区)."""
from __future__ import annotations

import re
from typing import Any

from kg.extract.gazetteer import Gazetteer
from kg.extract.entities.names import CLOSE_BRACKETS, OPEN_BRACKETS, NameText
from kg.extract.search import alternation


BRAND_REACH = 6  # the longest short name before a park's place in brackets


class ParkKinds:
    def __init__(self, park: dict[str, Any], names: NameText, gazetteer: Gazetteer, industry_words: tuple[str, ...]):
        self.names, self.gazetteer = names, gazetteer
        # 锂电, 新材料: a stem of industry words alone names a kind of park (company.yaml's words)
        self.industry_stem_re = re.compile(f"(?:{alternation(industry_words)})+")
        self.batch_re, self.level_re, self.grade_re = (re.compile(park[key]) for key in ("batch_words", "level_words", "level_grades"))
        self.collective_suffixes = {level: frozenset(words) for level, words in park["collective_suffixes"].items()}
        self.collective_figures_re = re.compile(park["collective_figures"])
        self.collective_word_re = re.compile(
            rf"(?:{park['collective_words']}|{park['pointing_words']})(?:{names.generic.pattern}|{alternation(park['description_words'])})?$")
        self.order_re, self.province_kinds = re.compile(park["order_words"]), frozenset(park["province_kinds"])
        self.province_zones = tuple(park["province_zones"])
        self.infix_end_re = re.compile(rf"(?:{'|'.join(map(re.escape, park['optional_infixes']))})$")  # 湖北国家高新区
        self.description_words = tuple(park["description_words"])
        self.macro_region_re = re.compile("|".join(park["macro_regions"]))
        self.scale_re = re.compile(park["scale_words"])
        self.site_before_of_re = re.compile(f"(?:{park['site_before_of']})$")
        self.inside_park_re = re.compile(park["inside_park_before"])
        self.county_park_suffixes = frozenset(park["county_park_suffixes"])
        # a longer park's name that the short form opens (东川工业园区, 东川区工业园区), or one it ends (某经开区红古园区)
        self.longer_park_re = re.compile(r"(?!园区)[^\W\d_的和及与、]{0,6}?(?:园区|工业园|产业园|开发区|高新区|经开区|工业区|园)")
        self.park_before_re = re.compile(r"(?:园区|工业园|产业园|开发区|高新区|经开区|工业区)$")

    def by_level(self, stem: str) -> bool:
        """A level before generic or industry words, or a grade (市级文化, 自治区级A类): a kind of park (not 国家级天府)."""
        if "级" not in stem:
            return False
        for level in self.level_re.finditer(stem):
            rest = stem[level.end():]
            if rest and (self.names.is_generic(rest) or self.of_industry(rest) or self.grade_re.fullmatch(rest)):
                return True
        return False

    def of_industry(self, stem: str) -> bool:
        """锂电, 新能源汽车: the stem is made of industry words alone (a kind of park, not its name)."""
        return self.industry_stem_re.fullmatch(stem) is not None

    def opens_with_generic(self, stem: str) -> bool:
        opening = self.names.generic.match(stem)
        return opening is not None and opening.end() >= 2

    def ends_with_description(self, stem: str) -> bool:
        return len(stem) > 2 and stem.endswith(self.description_words)

    def described(self, text: str, start: int, stem: str) -> bool:
        """打造…的绿色低碳硅基产业园区, 最大的锂电产业园: after 的, a description (开发区内的光电产业园, 园区内的电子信息智能制造
        产业园: the park there, however generic its words)."""
        if text[start - 1:start] != "的" or self.macro_region_re.match(stem) or self.inside_park(text, start, stem):
            return False
        return self.opens_with_generic(stem) or self.ends_with_description(stem) or self.of_industry(stem) and not \
            self.site_before_of_re.search(text, max(0, start - 8), start - 1)

    def inside_park(self, text: str, start: int, stem: str) -> bool:
        """园区内的电子信息智能制造产业园: a park's inside before 的, then industry words alone, name one park there (not
        园区内的产业园区, 重点产业园, 国家级科技园; nor 辖区内的, 城区内的: no park's inside)."""
        return bool(stem) and self.of_industry(stem) and self.inside_park_re.search(text, max(0, start - 6), start) is not None

    def scaled(self, stem: str) -> bool:
        """打造千亿级锂电产业园: a scale and an industry, no name (现代纺织产业园: a park's name)."""
        opening = self.names.generic.match(stem)
        return self.opens_with_generic(stem) and self.of_industry(stem[opening.end():]) and \
            self.scale_re.search(opening.group()) is not None

    def together(self, stem: str, suffix: str) -> bool:
        """A word for several things before the kind (吕梁市各开发区, 昌平南部多个产业园区) or pointing back to one (共建这一
        产业园), or a province's full name and a kind alone (江苏省高新区: a province's zones are named after their cities), or
        its short name and a zone (河北开发区; not 天津开发区, a city's, nor 江苏工业园, a park of a partner province)."""
        gazetteer = self.gazetteer
        stem = self.infix_end_re.sub("", stem)  # (湖北国家高新区增至12个: the province's national zones)
        return self.collective_word_re.search(stem) is not None or self.order_re.search(stem) is not None or (
            suffix in self.province_kinds and stem.endswith("省") and stem in gazetteer.full_region_names) or (
            suffix.endswith(self.province_zones) and stem in gazetteer.province_names
            and not any(full.endswith("市") for full in gazetteer.full_names.get(stem, {stem})))

    def of_city(self, text: str, stem: str, suffix: str, end: int) -> bool:
        """南宁市产业园区: a city's or a province's parks together (its parks are named after their districts)."""
        gazetteer = self.gazetteer
        level = "province" if stem in gazetteer.province_names or self.collective_figures_re.match(text, end) else "city"
        return stem in gazetteer.full_region_names and not gazetteer.is_county(stem) and suffix in self.collective_suffixes[level]

    def is_batch(self, stem: str) -> bool:
        """某市首批特色产业园区: the title of a list, not a park."""
        return self.batch_re.search(stem) is not None

    def county_park(self, text: str, start: int, end: int, suffix_end: int) -> bool:
        """香坊园区, 哈尔滨香坊园区: the word of a section right after a county's or district's short form (start to end,
        after its city or not) names its park; not a city's (长沙园区: its parks together), nor where the text names that
        park in full too (东川工业园区, 兰州经开区红古园区: the short name is left to it)."""
        name, gazetteer = text[start:end], self.gazetteer
        short = next((name[-n:] for n in range(len(name) - 1, 1, -1)
                      if name[-n:] in gazetteer.short_forms and name[:-n] in gazetteer.region_names), name)
        if text[end:suffix_end] not in self.county_park_suffixes or short not in gazetteer.short_forms \
                or short in gazetteer.city_short_forms or short in gazetteer.ambiguous_forms:
            return False
        return not any(self.longer_park_re.match(text, m.end()) or self.park_before_re.search(text, 0, m.start())
                       for m in re.finditer(short, text))

    def names_places(self, stem: str) -> bool:
        """九台, 长春九台: a region's name, or a run of them (the city and its district), names the park's place."""
        position = 0
        while position < len(stem):
            place = self.gazetteer.region_re.match(stem, position)
            if place is None or place.end() == position:
                return False
            position = place.end()
        return bool(stem)

    def county_named(self, text: str, stem: str) -> bool:
        """高台 of 高台工业园区, a short form that is a word too, where the text names the county in full (高台县)."""
        return any(full in text for full in self.gazetteer.ambiguous_forms.get(stem, ()))

    def names_a_place(self, stem: str) -> bool:
        """宝山 (宝山区), 海淀: a region's name, or a district's or county's without its suffix."""
        gazetteer = self.gazetteer
        return gazetteer.region_re.fullmatch(stem) is not None or any(
            stem + suffix in gazetteer.full_region_names for suffix in "区县市")

    def brand_with_place(self, text: str, start: int, suffix_start: int) -> int | None:
        """Where a short name before the park's place in brackets starts (past a verb of building or a place's word:
        加快建设桂黔（田林县）…, 寅寺镇境内某某控股（汶上）…), or None."""
        opening = next((i for i in range(start + 2, suffix_start) if text[i] in OPEN_BRACKETS), None)
        if opening is None:
            return None
        words = [*self.names.leading_word_re.finditer(text, start, opening), *self.names.cut_after_words.finditer(text, start, opening)]
        start = max([start, *(m.end() for m in words if not m.groupdict().get("keep"))])
        brand = text[start:opening]
        if not 2 <= len(brand) <= BRAND_REACH or self.names.is_generic(brand) or "级" in brand:  # (not 国家级中瑞（镇江）…)
            return None
        place = self.gazetteer.region_re.match(text, opening + 1, suffix_start)
        return start if place is not None and text[place.end():place.end() + 1] in CLOSE_BRACKETS else None

    def last_place(self, prefix: str) -> frozenset[str]:
        """The last (most specific) place a park's name opens with (德惠市 of 吉林省德惠市), as its full names."""
        places = [m.group() for m in self.gazetteer.region_re.finditer(prefix)]
        place = places[-1] if places else prefix
        return frozenset(self.gazetteer.full_names.get(place, {place}))
