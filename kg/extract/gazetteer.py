"""The names of China's administrative divisions (admin_divisions.csv) and their short forms (region.yaml).

Every recogniser asks it whether a name opens with, or is, a region; the relation stage asks it which divisions
a name opens with (广东某某实业有限公司 is of 广东, 萍乡经开区 of 萍乡市) and whether one holds another.
"""
from __future__ import annotations

import re
from typing import Container, Iterator

import numpy

from kg.extract.rules import Rules
from kg.extract.search import alternation

_last_made: tuple[Rules, "Gazetteer"] | None = None  # (the rules, their gazetteer): gazetteer_of's one entry


def gazetteer_of(rules: Rules) -> "Gazetteer":
    """The Gazetteer of these rules, made once for a pipeline's entity and relation stages (they are handed the same
    Rules): making one compiles the alternation of every region's name, a third of the pipeline's construction."""
    global _last_made
    if _last_made is None or _last_made[0] is not rules:
        _last_made = (rules, Gazetteer(rules))
    return _last_made[1]


class Gazetteer:
    def __init__(self, rules: Rules):
        region = rules.region
        names: set[str] = set()
        self.short_forms: dict[str, set[str]] = {}  # two-character short form -> its full names
        self.full_names: dict[str, set[str]] = {}  # any short form -> its full names
        self.city_short_forms: set[str] = set()  # two-character short forms of prefecture-level cities
        self.province_forms: set[str] = set()  # short forms of provinces (河北, also 天津's 河北区): no evidence needed
        self.ambiguous_forms: dict[str, set[str]] = {}  # short forms that are also common words -> their full names
        full_only = tuple(region["full_name_only_suffixes"])
        strip = sorted(region["strip_suffixes"], key=len, reverse=True)
        ambiguous = set(region["ambiguous_short_forms"]) | set(region["common_word_short_forms"])
        not_regions = set(region["not_regions"])
        # an older name of a division -> its present name (上虞市 -> 上虞区; region.yaml former_names), under the present's codes
        present_codes: dict[str, list[str]] = {}
        for code, full in rules.divisions:
            present_codes.setdefault(full, []).append(code)
        self.current_name = {old: present for old, present in (region.get("former_names") or {}).items()
                             if present in present_codes and old not in present_codes}
        divisions = [*rules.divisions, *((code, old) for old, present in self.current_name.items()
                                         for code in present_codes[present])]
        for code, full in divisions:
            if full in not_regions or len(full) < 2:
                continue
            names.add(full)
            autonomous = {region["prefecture_suffix"]: "州", **region.get("autonomous_suffixes", {})}
            for suffix, plain in autonomous.items():
                if full.endswith(suffix):
                    short = _prefecture_short_form(full[: -len(suffix)], region["ethnic_groups"], plain)
                    if short and short not in not_regions:
                        place = short[:-1]  # 黔东南, 宁洱: the place name alone, as other divisions' short forms
                        # (镇宁自治县, 松桃自治县: the place name and the whole suffix, as 贵州 writes its counties)
                        for form in (short, place + suffix) if len(place) >= 2 else (short,):
                            names.add(form)
                            self.full_names.setdefault(form, set()).add(full)
                        if len(place) >= 2 and place not in ambiguous and place not in not_regions and place not in names:
                            names.add(place)
                            self.full_names.setdefault(place, set()).add(full)
                            if len(place) == 2:
                                self.short_forms.setdefault(place, set()).add(full)
                                if plain == "州":
                                    self.city_short_forms.add(place)
            if full.endswith(full_only):
                continue
            for suffix in strip:
                if full.endswith(suffix):
                    short = full[: -len(suffix)]
                    if full in self.current_name and short in self.full_names:
                        break  # (上虞市, 绍兴县: an older name's short form is the present division's, 上虞区, 绍兴市)
                    if len(short) >= 2 and short in ambiguous and short not in not_regions:
                        self.ambiguous_forms.setdefault(short, set()).add(full)  # 大同: a region only in a list of them
                    if len(short) >= 2 and short not in ambiguous:
                        names.add(short)
                        self.full_names.setdefault(short, set()).add(full)
                        if code.endswith("0000"):
                            self.province_forms.add(short)
                        # (辉县 of 辉县市 ends in a division's word: a name as it stands, that needs no evidence)
                        if len(short) == 2 and not code.endswith("0000") and short[-1] not in "县区旗":
                            self.short_forms.setdefault(short, set()).add(full)
                            if code.endswith("00"):
                                self.city_short_forms.add(short)
                    break
        for short, full in region.get("abbreviations", []):
            if full in names:  # 科右前旗: a long division's official short name
                names.add(short)
                self.full_names.setdefault(short, set()).add(full)
        self.region_names = frozenset(names)
        self.longest_name = max(map(len, names))
        self.division_codes: dict[str, set[str]] = {}
        for code, full in divisions:
            self.division_codes.setdefault(full, set()).add(code)
        # provinces, full and short (辽宁省, 辽宁, 广西): a company's name may open with one, a city's rarely
        provinces = {full for code, full in rules.divisions if code.endswith("0000") and full in names}
        self.province_names = frozenset(
            provinces | {short for short, fulls in self.full_names.items() if fulls & provinces})
        self.full_region_names = frozenset(n for _, n in divisions if n in names)
        # 海南区域总部: a word that opens with a division's last character makes the shorter name before it the division
        word_after = "|".join(f"(?<={re.escape(end)})(?:{after})" for end, after in region["word_after"].items())
        # an older name first (上虞市驿亭镇, not 上虞), unless a word opens at its last character (上虞市民, 番禺市场: 上虞)
        older = f"(?:{alternation(self.current_name)})(?!{region.get('former_name_not_before') or '(?!)'})|" \
            if self.current_name else ""
        present = alternation(names - self.current_name.keys())
        self.region_re = re.compile(f"(?:{older}{present})" + (f"(?!{word_after})" if word_after else ""))
        self.ambiguous_re = re.compile(alternation(self.ambiguous_forms))
        # (a third of a Chinese text's characters open some name, one in sixty the first two of one)
        self.region_scan = WordScan(names, self.region_re)
        self.ambiguous_scan = WordScan(self.ambiguous_forms, self.ambiguous_re)

    def divisions_opening(self, name: str, written_out: bool = False) -> set[str]:
        """The codes of the divisions whose name, full or short, opens `name` (the longest such name):
        广东 of 广东某某实业有限公司, 萍乡 of 萍乡经开区; none when no region's name opens it. `written_out`: only a
        province's name, a prefecture-level city's short form or a full name (泰和新材, 华安证券: a county's short form
        opening a firm's name is as often a brand's word)."""
        for size in range(min(len(name), self.longest_name), 1, -1):
            head = name[:size]
            if head in self.region_names:
                if written_out and not (head in self.province_names or head in self.city_short_forms
                                        or head in self.full_region_names):
                    return set()
                return {c for full in self.full_names.get(head, {head}) for c in self.division_codes.get(full, ())}
        return set()

    def division_named(self, name: str, named: Container[str]) -> str | None:
        """The present name of the one division a short form or an older name stands for (江津 stands for 江津区, 上虞市 for
        上虞区); of several full names, those `named` (芜湖: 芜湖市 or 芜湖县, whichever the text names); none when several remain."""
        full = self.full_names.get(name, set())
        if len(full) > 1:
            full = {f for f in full if f in named}
        current = {self.current_name.get(f, f) for f in full} or {self.current_name.get(name)} - {None}
        return next(iter(current)) if len(current) == 1 else None

    def apart(self, one: str | None, other: str, written_out: bool = False) -> bool:
        """公主岭市 and 梨树县, 广东某某实业有限公司 and 黔东南: the regions two names open with, neither holding the other
        (nothing known of either: not apart; `written_out` as for divisions_opening, of `one`)."""
        mine = self.divisions_opening(one, written_out) if one else set()
        there = self.divisions_opening(other) if mine else set()
        return bool(there) and not codes_hold(there, mine) and not codes_hold(mine, there)

    def is_county(self, name: str) -> bool:
        """True if every division of that name (full or short) is a county, a district or a county-level city."""
        codes = {c for full in self.full_names.get(name, {name}) for c in self.division_codes.get(full, ())}
        return bool(codes) and not any(c.endswith("00") for c in codes)

    def contains_any(self, outer: str, inner: str) -> bool:
        """`contains` for names full or short: some division called `outer` holds some division called `inner`."""
        return any(self.contains(o, i) for o in self.full_names.get(outer, {outer})
                   for i in self.full_names.get(inner, {inner}))

    def contains(self, outer: str, inner: str) -> bool:
        """True if the division `outer` (province or prefecture) holds the division `inner` (by their codes)."""
        return codes_hold(self.division_codes.get(outer, ()), self.division_codes.get(inner, ()), strictly=True)


class WordScan:
    """`regex.finditer(text)` for the regex of a list of words, tried only where the first two characters of a word
    stand: those places are found in a whole text at once, by tables of the words' first and second characters by
    code point. (For words one character long, or beyond the Basic Multilingual Plane, the regex's own scan.)"""

    WIDE = 0x10000  # the first code point beyond the Basic Multilingual Plane

    def __init__(self, words, regex: re.Pattern) -> None:
        self.regex = regex
        self.fits = bool(words) and all(len(w) >= 2 and max(map(ord, w)) < self.WIDE for w in words)
        if self.fits:
            self._tables(words)

    def finditer(self, text: str) -> Iterator[re.Match]:
        if not self.fits:
            yield from self.regex.finditer(text)
            return
        end = 0
        for start in self.positions(text):
            if start >= end and (match := self.regex.match(text, start)):
                end = match.end()
                yield match

    def _tables(self, words) -> None:
        firsts, seconds = sorted({w[0] for w in words}), sorted({w[1] for w in words})
        self.first_number, self.second_number = self._numbers(firsts), self._numbers(seconds)
        self.pairs = numpy.zeros((len(firsts) + 1, len(seconds) + 1), dtype=bool)  # (number 0: no word's)
        for w in words:
            self.pairs[self.first_number[ord(w[0])], self.second_number[ord(w[1])]] = True

    @classmethod
    def _numbers(cls, chars: list[str]) -> numpy.ndarray:
        """1, 2, 3… for the characters by code point, 0 for any other (and, at WIDE, for any beyond the plane)."""
        table = numpy.zeros(cls.WIDE + 1, dtype="int32")
        table[[ord(c) for c in chars]] = numpy.arange(1, len(chars) + 1)
        return table

    def positions(self, text: str) -> list[int]:
        codes = numpy.minimum(numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="uint32"), self.WIDE)
        return numpy.flatnonzero(self.pairs[self.first_number[codes[:-1]], self.second_number[codes[1:]]]).tolist()


def codes_hold(outer, inner, strictly: bool = False) -> bool:
    """Whether a division of the codes `outer` (a province's or a prefecture's; a county's holds only itself) is,
    or holds, one of the codes `inner` (`strictly`: holds, and is not)."""
    for parent in outer:
        level = 2 if parent.endswith("0000") else 4 if parent.endswith("00") else 6
        if any(c[:level] == parent[:level] and not (strictly and c == parent) for c in inner):
            return True
    return False


def _prefecture_short_form(stem: str, ethnic_groups: list[str], plain: str = "州") -> str | None:
    """黔西南布依族苗族 → 黔西南州: the place name before the ethnic groups, and 州 (or 县, 旗)."""
    groups = sorted(ethnic_groups, key=len, reverse=True)
    while True:
        # a group's name ends the stem with 族, or without it when it is longer than one character (伊犁哈萨克)
        group = next((g for g in groups if stem.endswith(g + "族") or (len(g) > 1 and stem.endswith(g))), None)
        if group is None:
            break
        stem = stem[: -len(group) - (1 if stem.endswith(group + "族") else 0)]
    return stem + plain if len(stem) >= 2 else None
