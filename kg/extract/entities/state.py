"""What the passes over one document share: the names found so far, and what becomes of them."""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.entities.spans import Spans
from kg.extract.search import Starts
from kg.model import Mention
from kg.schema import PARK, PROJECT, REGION

# names whose opening region is handed to the relation stage as a nested Region (where the thing is)
NAMES_WITH_PLACES = (PARK, PROJECT)


@dataclass
class Findings:
    mentions: list[Mention]  # non-overlapping, sorted: what becomes doc.ents
    nested: list[Mention]  # company names inside a project's name (for developedBy)
    aliases: list[tuple[str, str, str]]  # (label, name, other name of the same thing)
    name_regions: list[Mention] = field(default_factory=list)  # regions opening a park's or project's name
    member_programs: list[Mention] = field(default_factory=list)  # programs that are entities only with a member


class DocState:
    """One document's text and everything the passes have found in it so far.

    Each pass reads what earlier passes found and adds its own; `result` picks
    the mentions that become `doc.ents`.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.regions = Spans()
        self.names = Spans()  # companies, parks, projects (and types found by suffix alone)
        self.programs = Spans()
        self.short_names: dict[str, str] = {}  # a name found by a rule -> its type: every occurrence is tagged
        self.aliases: list[tuple[str, str, str]] = []
        self.nested: list[Mention] = []
        self.region_aliases: dict[int, tuple[str, str, str]] = {}  # start of a short form -> its alias
        self.region_parts: dict[tuple[int, int], list[tuple[int, int]]] = {}  # a compound region -> its divisions
        self._counts: dict[str, int] = {}
        self.starts = Starts(text)  # where a word stands in the text

    def count(self, name: str) -> int:
        """Occurrences of `name` in the text (remembered: a long report names its parks many times)."""
        if name not in self._counts:
            self._counts[name] = self.text.count(name)
        return self._counts[name]

    def free_positions(self, name: str) -> list[int]:
        """Where the text writes `name` outside every company, park or project found so far."""
        return [position for position in self.starts(name) if self.names.at(position) is None]

    def result(self, priority: dict[str, int]) -> Findings:
        """The longest candidates that do not overlap; of two as long, the type earlier in `priority`."""
        candidates = list(self.names) + list(self.programs) + list(self.regions)
        candidates.sort(key=lambda m: (-(m.end - m.start), priority[m.label], m.start))
        taken = bytearray(len(self.text))  # 1 where a chosen mention stands
        chosen = []
        for m in candidates:
            if taken.find(1, m.start, m.end) == -1:
                taken[m.start:m.end] = b"\x01" * (m.end - m.start)
                chosen.append(m)
        chosen += self._compound_heads(taken)
        chosen.sort(key=lambda m: m.start)
        kept_regions = [self.region_aliases[m.start] for m in chosen if m.start in self.region_aliases
                        and m.label == REGION]
        aliases = [(label, a, b) for label, a, b in dict.fromkeys(self.aliases + kept_regions) if a != b]
        return Findings(mentions=chosen, nested=sorted(set(self.nested)), aliases=aliases,
                        name_regions=self._opening_regions(chosen))

    def _compound_heads(self, taken: bytearray) -> list[Mention]:
        """常德市澧县高新区: a compound region whose last divisions open a name chosen over it keeps its first ones
        as a region of their own (常德市), the place the name is in."""
        heads = []
        for (start, end), parts in self.region_parts.items():
            if taken.find(1, start, end) == -1:
                continue  # the compound itself was chosen
            free = [part_end for _, part_end in parts if taken.find(1, start, part_end) == -1]
            if free and taken.find(1, free[-1], end) == free[-1]:  # a name starts right after the free divisions
                taken[start:free[-1]] = b"\x01" * (free[-1] - start)
                heads.append(Mention(start, free[-1], REGION, "region.compound_head"))
        return heads

    def _opening_regions(self, chosen: list[Mention]) -> list[Mention]:
        """莒南县某某不锈钢项目: a region opening a park's or a project's name, for the relation stage
        (`doc.spans["kg_name_regions"]`, handed to it with the nested names: where the thing is)."""
        parts = {start: end for compound in self.region_parts.values() for start, end in compound}
        out = []
        for m in chosen:
            if m.label not in NAMES_WITH_PLACES:
                continue
            region = self.regions.at(m.start) if self.regions.starts_at(m.start) else None
            end = region.end if region is not None else parts.get(m.start)  # 常德市[澧县]高新区
            if end is not None and end < m.end:
                out.append(Mention(m.start, end, REGION, "region.in_name"))
        return out
