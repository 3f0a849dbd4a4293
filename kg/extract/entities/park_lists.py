"""Parks listed after their count (park.yaml `list_opener`: “六园”分别是A、B，以及C; 一区五园，即：A、B): each member ending in
园 or 园区 is a park, however short its suffix. Mixed into kg.extract.entities.parks.ParkRecogniser, whose patterns it uses."""
from __future__ import annotations

import re

from kg.extract.entities.state import DocState
from kg.schema import PARK

ITEM_OPENING = re.compile(r"[ \t]*(?:[（(]\d{1,3}[)）]|\d{1,3}[.．、)）])")  # a numbered line's number
# one member of a list a count of parks opens, and the joint after it (、, 和, 及, 以及, ，以及); another name between
# members is passed over (分别是：某某新城、A园区和B园区)
COUNTED_MEMBER = re.compile(r"(?P<name>[^、，,。；;：:\n]{2,20}?园区?)(?:[，,]?以及|、|和|及|(?=[。；;\n]|$))|[^、，,。；;：:\n的]{2,20}?、")
# …or one per line, each line a name alone (下辖七个园区，分别是：(line break) 某某新城
# (line break) 某某工业园), ending in 城 or 区 too
LINE_MEMBER = re.compile(rf"\n(?:{ITEM_OPENING.pattern})?[ \t]*(?P<name>[^、，,。；;：:\n的\s]{{2,20}}?(?:园区?|城|区))[ \t]*(?=\n|$)")
PART_OF_A_PLACE = "区"  # a stem of two ending so is a part of a place (新区园区, 老区园区), no name


class CountedParks:
    """Needs the ParkRecogniser's `list_opener_re`, `names` and `_has_proper_name`."""

    def find_counted(self, doc: DocState) -> None:
        """“六园”分别是平南县的A园、B园，以及C园: the members of a list its count of parks opens, each ending in 园."""
        text, names = doc.text, self.names
        for opener in self.list_opener_re.finditer(text):
            position = opener.end()
            member_re = LINE_MEMBER if text.startswith("\n", position) else COUNTED_MEMBER
            while member := member_re.match(text, position):
                position = member.end()
                if member.group("name") is None:
                    continue
                start, end = member.start("name"), member.end("name")
                start = max(start, text.rfind("的", start, end) + 1)  # (平南县的某某生态园: the place's)
                stem = text[start:end].removesuffix("区").removesuffix("园")  # (not 高新技术产业园: a kind of park)
                # (海口某某旅游园区: a place opening it; not 石门县城, 某街道老城区: a place, or little after one)
                place_end = max((r.end for r in doc.regions.overlapping(start, end) if r.start >= start and r.end <= end), default=start)
                if self._counted_stem_names_park(stem) and names.name_run.fullmatch(text, start, end) and not names.is_generic(stem) \
                        and not doc.names.overlaps(start, end) and end - place_end >= 3 and not doc.regions.ends_at(end):
                    doc.names.add(start, end, PARK, "park.counted_list")

    def _counted_stem_names_park(self, stem: str) -> bool:
        """A counted member's stem names a park: three characters or more, or two that are a place or a proper name
        (安宁园区; not 种植园, 启动园区, 飞地园区, 新区园区)."""
        return len(stem) >= 3 or len(stem) == 2 and not stem.endswith(PART_OF_A_PLACE) and self._has_proper_name(stem)
