"""Span bookkeeping: a document's non-overlapping mentions of one kind, queried by position."""
from __future__ import annotations

import bisect

from kg.model import Mention


class Spans:
    """Non-overlapping mentions of one kind, kept sorted by start.

    Non-overlapping spans sorted by start are sorted by end too, so every query
    is a binary search over the starts or the ends (long documents hold
    thousands of mentions).
    """

    def __init__(self) -> None:
        self._items: list[Mention] = []
        self._starts: list[int] = []
        self._ends: list[int] = []

    def __iter__(self):
        return iter(list(self._items))

    def add(self, start: int, end: int, label: str, rule: str) -> None:
        if end <= start or self.overlaps(start, end):
            return
        i = bisect.bisect_left(self._starts, start)
        self._items.insert(i, Mention(start, end, label, rule))
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def add_all(self, mentions: list[Mention]) -> None:
        """Add sorted mentions that overlap neither each other nor the spans (one merge, not one insertion each)."""
        if mentions:
            self._items = sorted(self._items + mentions, key=lambda m: m.start)
            self._starts = [m.start for m in self._items]
            self._ends = [m.end for m in self._items]

    def remove(self, mention: Mention) -> None:
        i = bisect.bisect_left(self._starts, mention.start)
        if i == len(self._items) or self._items[i] != mention:
            raise ValueError(f"{mention} is not among the spans")
        del self._items[i], self._starts[i], self._ends[i]

    def _first_ending_after(self, position: int) -> int:
        """Index of the first span whose end is after `position` (the only one that can hold it)."""
        return bisect.bisect_right(self._ends, position)

    def overlaps(self, start: int, end: int) -> bool:
        i = self._first_ending_after(start)
        return i < len(self._items) and self._starts[i] < end

    def covers(self, position: int) -> bool:
        return self.at(position) is not None

    def ends_at(self, position: int) -> bool:
        i = bisect.bisect_left(self._ends, position)
        return i < len(self._ends) and self._ends[i] == position

    def starts_at(self, position: int) -> bool:
        i = bisect.bisect_left(self._starts, position)
        return i < len(self._starts) and self._starts[i] == position

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The spans that overlap text[start:end], in order."""
        i = self._first_ending_after(start)
        j = bisect.bisect_left(self._starts, end)
        return self._items[i:j]

    def at(self, position: int) -> Mention | None:
        i = self._first_ending_after(position)
        return self._items[i] if i < len(self._items) and self._starts[i] <= position else None

    def label_at(self, position: int) -> str | None:
        m = self.at(position)
        return m.label if m else None

    def last_before(self, position: int) -> Mention | None:
        i = bisect.bisect_right(self._ends, position)
        return self._items[i - 1] if i else None

    def last_end_before(self, position: int) -> int:
        m = self.last_before(position)
        return m.end if m else 0
