"""A park's own report: the park it is about, and the lists of what is there that name no place of their own
(kg.extract.relations.lists, `locatedIn.list_topic`)."""
from __future__ import annotations

import bisect

from kg.extract.relations.sentence import PLACES
from kg.extract.text import headline_span
from kg.model import Mention
from kg.schema import PARK, PROJECT



def report_park(text: str, mentions: list[Mention], inside_names: bool = True) -> Mention | None:
    """The park whose own report the text is: the one park its headline (first line) names, named at least as often
    as any other park (anaphors not counted). With `inside_names`, a park's name inside another name of the headline
    counts too (上饶经开区项目建设全程加速); without, only a park named there on its own (园区 in such a report)."""
    start, end = headline_span(text)
    counts: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.label == PARK and m.rule != "anaphor":
            counts.setdefault(text[m.start:m.end], []).append(m)
    if inside_names:
        titled = [name for name in counts if name in text[start:end]]
    else:
        titled = [name for name, ms in counts.items() if ms[0].start < end]
    if len(titled) != 1 or len(counts[titled[0]]) < max(len(ms) for ms in counts.values()):
        return None
    return counts[titled[0]][0]


def places_between(mentions: list[Mention], start: int, end: int, skip: set[Mention] = frozenset(),
                   but: str | None = None, text: str = "") -> bool:
    """Whether a place (not in `skip`, and not named `but`) is named from `start` to `end` (mentions are sorted)."""
    i = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    for m in mentions[i:]:
        if m.start >= end:
            break
        if m.label in PLACES and m not in skip and (but is None or text[m.start:m.end] != but):
            return True
    return False


def report_projects(text: str, sentence: tuple[int, int], mentions: list[Mention], members: list[Mention],
                    topic: Mention) -> bool:
    """本次集中开工的项目包括：A、B、C; 上饶经开区…，A项目、B项目等为经开区发展提供助力: in a park's own report, a list
    of projects whose sentence names no place but the park: what is built there."""
    if len(members) < 2 or any(m.label != PROJECT for m in members):
        return False
    return not places_between(mentions, sentence[0], sentence[1], but=text[topic.start:topic.end], text=text)
