"""Parks listed by their stems before one kind they share (火烧山、西黑山、宜化6个产业园), where the text writes each
member's full name elsewhere (火烧山产业园; the kind's short form counts): each stem stands for that park (park.yaml:
`suffixes`, `suffix_short_forms`). Not where a stem is a place's name or a generic word (荆州、潜江3家高新区; 东区、
西区2个片区): a place names several parks of its own (荆州高新区, 荆州经开区), and an alias holds across documents."""
from __future__ import annotations

from kg.extract.entities.names import NameText
from kg.extract.entities.state import DocState
from kg.extract.gazetteer import Gazetteer
from kg.extract.search import alternation, compile_rare
from kg.schema import PARK

CLAUSE_BREAKS = "，。；！？\n：:,;"
LIST_REACH = 60  # characters before the shared kind searched for its list


class SharedKindParks:
    def __init__(self, park: dict, short_suffix: dict[str, list[str]], names: NameText, gazetteer: Gazetteer):
        self.names, self.gazetteer = names, gazetteer
        count = r"(?:\d+|[一二三四五六七八九十两]+)\s*[家个座大]"
        self.head_re = compile_rare(rf"{count}(?P<kind>{alternation(park['suffixes'])})")
        self.short_suffix = short_suffix

    def find(self, doc: DocState) -> None:
        """火烧山、西黑山6个产业园, with 火烧山产业园 named elsewhere: 火烧山 is a mention of that park."""
        text = doc.text
        parks = {text[m.start:m.end] for m in doc.names if m.label == PARK}
        if not parks:
            return
        for head in self.head_re.finditer(text):
            kind = head["kind"]
            kinds = (kind, *self.short_suffix.get(kind, ()))
            window = max(0, head.start() - LIST_REACH)
            start = max(window - 1, *(text.rfind(ch, window, head.start()) for ch in CLAUSE_BREAKS)) + 1
            parts = text[start:head.start()].split("、")
            if len(parts) < 2:
                continue
            members, position = [], start
            for i, part in enumerate(parts):
                # the first part may hold what opens the clause (国务院同意荆州): its longest ending that names a park
                offsets = range(len(part) - 1) if i == 0 else (0,)
                stem_at = next((k for k in offsets if any(part[k:] + x in parks for x in kinds)), None)
                if stem_at is None:
                    break
                members.append((position + stem_at, position + len(part), part[stem_at:]))
                position += len(part) + 1
            else:
                if not any(self._place_or_word(stem) for _, _, stem in members):
                    self._add(doc, members, kinds, parks)

    def _place_or_word(self, stem: str) -> bool:
        return self.gazetteer.region_re.fullmatch(stem) is not None or stem in self.gazetteer.region_names or \
            self.names.is_generic(stem)

    @staticmethod
    def _add(doc: DocState, members: list[tuple[int, int, str]], kinds: tuple[str, ...], parks: set[str]) -> None:
        for start, end, stem in members:
            if doc.names.overlaps(start, end) or doc.programs.overlaps(start, end):
                continue
            for region in doc.regions.overlapping(start, end):  # (荆州 of 荆州、潜江3家高新区: the park, not the city)
                doc.regions.remove(region)
            doc.names.add(start, end, PARK, "park.shared_kind")
            full = next(stem + x for x in kinds if stem + x in parks)
            doc.aliases.append((PARK, full, stem))
