"""What the passes over one document share: the names found so far, and what becomes of them."""
from __future__ import annotations

from dataclasses import dataclass

from kg.extract.entities.spans import Spans
from kg.model import Mention
from kg.schema import REGION


@dataclass
class Findings:
    mentions: list[Mention]  # non-overlapping, sorted: what becomes doc.ents
    nested: list[Mention]  # company names inside a project's name (for developedBy)
    aliases: list[tuple[str, str, str]]  # (label, name, other name of the same thing)


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
        self._counts: dict[str, int] = {}

    def count(self, name: str) -> int:
        """Occurrences of `name` in the text (remembered: a long report names its parks many times)."""
        if name not in self._counts:
            self._counts[name] = self.text.count(name)
        return self._counts[name]

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
        chosen.sort(key=lambda m: m.start)
        kept_regions = [self.region_aliases[m.start] for m in chosen if m.start in self.region_aliases
                        and m.label == REGION]
        aliases = [(label, a, b) for label, a, b in dict.fromkeys(self.aliases + kept_regions) if a != b]
        return Findings(mentions=chosen, nested=sorted(set(self.nested)), aliases=aliases)
