"""Regions named by their short forms beside a count of firms or projects (region.yaml `short_form_count`,
`short_form_count_before`): 常熟20家企业获评…, 4家中山企业榜上有名."""
from __future__ import annotations

import re
from typing import Any, Callable, Iterator

from kg.extract.entities.names import NameText
from kg.extract.entities.state import DocState
from kg.extract.gazetteer import Gazetteer
from kg.extract.search import compile_rare
from kg.extract.segmenter import Segmenter
from kg.schema import REGION

QUALITY_TAGS = ("v", "vn", "b", "a", "ad", "d")  # jieba's tags of verbs and qualities (合作, 新兴)


class CountedRegions:
    def __init__(self, region: dict[str, Any], names: NameText, gazetteer: Gazetteer, plain_words: Callable[[], Segmenter]):
        self.names, self.gazetteer = names, gazetteer
        self.count_after = compile_rare(region["short_form_count"])
        self.count_before = compile_rare(region["short_form_count_before"])
        self.counted_after = re.compile(region["short_form_counted_after"])
        self.plain_words = plain_words  # the segmenter with jieba's dictionary alone (the region recogniser's)

    def find(self, doc: DocState) -> None:
        """常熟20家企业获评…, 济源1家企业入选…: a short form, even one that is also a word (常熟), names a region before a
        count of firms or projects, or between the count and what it counts (4家中山企业)."""
        text, regions, gazetteer = doc.text, doc.regions, self.gazetteer
        forms = gazetteer.ambiguous_forms
        for start, end, inside in self._counted_forms(text):
            name = text[start:end]
            if (start and not inside and self.names.name_char_re.match(text, start - 1)) or regions.overlaps(start, end):
                continue
            regions.add(start, end, REGION, "region.counted")
            full = {f for f in forms.get(name, gazetteer.full_names.get(name, ())) if f in text}
            if len(full) == 1:
                doc.region_aliases[start] = (REGION, next(iter(full)), name)

    def _counted_forms(self, text: str) -> Iterator[tuple[int, int, bool]]:
        """Where a short form stands before a count (常熟20家企业) or inside one (4家中山企业, True): few counts, the
        short forms are looked up beside each."""
        forms, short_forms = self.gazetteer.ambiguous_forms, self.gazetteer.short_forms
        for count in self.count_after.finditer(text):
            end = count.start()
            name = next((text[end - n:end] for n in (3, 2) if text[end - n:end] in forms or text[end - n:end] in short_forms), None)
            if name is not None:
                yield end - len(name), end, False
        for count in self.count_before.finditer(text):
            start = count.end()
            name = next((text[start:start + n] for n in (3, 2) if self._counted_inside(text, start, n)), None)
            if name is not None:
                yield start, start + len(name), True

    def _counted_inside(self, text: str, start: int, size: int) -> bool:
        """4家中山企业: a city's short form, or another the text names whole (not 12家江城企业, Wuhan's byname); one that
        is also a word only before firms, and not read as a verb or a quality (合作市…5个合作项目, 新兴县…5家新兴企业)."""
        name, gazetteer = text[start:start + size], self.gazetteer
        counted = self.counted_after.match(text, start + size)
        if counted is None or name not in gazetteer.short_forms and name not in gazetteer.ambiguous_forms:
            return False
        if name in gazetteer.city_short_forms:
            return True
        if not any(f in text for f in gazetteer.ambiguous_forms.get(name, gazetteer.full_names.get(name, ()))):
            return False
        return name not in gazetteer.ambiguous_forms or counted.group() != "项目" and \
            self.plain_words().cut(name)[0][1] not in QUALITY_TAGS
