"""Towns named after the zone that runs them (金华开发区秋滨街道, 金义都市新区孝顺镇): a park's name, then a town's, are one
region, the town (a town's name right after its county is joined so by kg.extract.entities.regions)."""
from __future__ import annotations

import re

from kg.extract.entities.names import NameText
from kg.extract.entities.state import DocState
from kg.extract.search import alternation
from kg.schema import PARK, REGION

MIN_STEM, MAX_STEM = 2, 3  # characters of a town's own name
OFFICE = "办事处"
CHARACTERISTIC_TOWN = "小"  # 某经济开发区美妆小镇: a characteristic town, a zone's project, no division


class ParkTowns:
    def __init__(self, region: dict, names: NameText):
        self.names = names
        suffixes = alternation([s for s in region["town_suffixes"] if not s.endswith(OFFICE)])  # (街道办事处: a body)
        # (not 某开发区管委会乡镇…: a body; nor 某新区孝顺镇人民政府: the town's organ, no place of the park's)
        self.town_re = re.compile(rf"([\u4e00-\u9fff]{{{MIN_STEM},{MAX_STEM}}}?)(?:{suffixes})(?!人民政府|政府|党委|办事处|企业)")

    def join(self, doc: DocState) -> None:
        text = doc.text
        for park in [m for m in doc.names if m.label == PARK]:
            town = self.town_re.match(text, park.end)
            if town is None or self.names.is_generic(town.group(1)) or town.group(1).endswith(CHARACTERISTIC_TOWN) \
                    or doc.names.overlapping(park.end, town.end()) \
                    or doc.regions.overlapping(park.end, town.end()) or not self._listed(text, park.start, town.end()):
                continue
            doc.names.remove(park)
            for place in doc.regions.overlapping(park.start, park.end):  # (金华 of 金华开发区: the zone's, now the town's)
                doc.regions.remove(place)
            doc.regions.add(park.start, town.end(), REGION, "region.park_town")
            doc.aliases.append((REGION, text[park.start:town.end()], town.group()))

    @staticmethod
    def _listed(text: str, start: int, end: int) -> bool:
        """A member of a list of places: alone on its line or between list marks (not 在中山火炬开发区民众街道举行: the
        zone is where the event is, the town a part of it)."""
        before, after = text[start - 1:start], text[end:end + 1]
        return before in ("", "\n", "、") and after in ("", "\n", "、", "，", "。", "；")
