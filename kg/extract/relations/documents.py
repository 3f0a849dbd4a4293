"""Shapes that read a document's text once, after its sentences (scope `text`, run by the engine before the lists:
a list member whose own name says its place takes no other place from its list): a place's name opening a
project's, and a report whose headline counts a place's projects, one paragraph each."""
from __future__ import annotations

import bisect
import re

from kg.extract.relations.sentence import PLACES, Shape, first_by_name
from kg.extract.text import SENTENCE_END_CHARS, headline_span
from kg.model import Mention, Relation
from kg.schema import REGION


class PlacePrefix(Shape):
    """莒南县某某高端不锈钢项目, 某经济技术开发区某某小学新建项目: a project whose name opens with the name of a
    place the text names on its own stands in that place (read once per document); given the regions and parks opening
    names (`nested`), also one named nowhere else (the engine takes a region named only there for a head no other pattern
    placed, unless a park named there places it too: 庆元县屏都综合新区…项目 is in the park and the county). Not when
    what follows the place joins it to another (`not_after`: 重庆至成都…项目, a line between two places), nor when the
    rest names a partner (`partner_rest`: 南京江北新区滁州经开区合作园, a park two places build together)."""
    scope = "text"
    options = ("not_after", "min_rest", "region_ends", "kind_only", "partner_rest")

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.not_after = pattern.regex("not_after") if "not_after" in pattern.values else None
        self.min_rest = int(pattern.value("min_rest", 2))
        self.region_ends = tuple(pattern.value("region_ends", ["县", "区", "旗"]))
        self.kind_only = pattern.regex("kind_only") if "kind_only" in pattern.values else None
        self.partner_rest = pattern.regex("partner_rest", "(?!)")

    def find_text(self, text: str, mentions: list[Mention], sentence_of, nested: list[Mention] = ()) -> list[Relation]:
        p = self.pattern
        not_after, min_rest, region_ends, kind_only = self.not_after, self.min_rest, self.region_ends, self.kind_only
        places = first_by_name(text, mentions, p.tail)
        heads = [m for m in mentions if m.label in p.head]
        # 陆家镇某某项目 where the text names the town nowhere else: the region opening the name is a place of its own, and
        # so is a park opening it, after its division or not (某某县某某工业园区…项目)
        starts = {m.start for m in heads}
        region_ends_at = {n.end: n.start for n in nested if n.label == REGION and n.start in starts}
        for n in nested:
            name_start = n.start if n.start in starts else region_ends_at.get(n.start)
            if (n.label in p.tail or n.label == REGION) and name_start is not None:
                places.setdefault(text[name_start:n.end], n)
        if not places:
            return []
        longest = max(len(name) for name in places)
        out = []
        for head in heads:
            name = text[head.start:head.end]
            # the longest place name that opens the project's name, leaving a name of its own after it
            for size in range(min(longest, len(name) - min_rest), 1, -1):
                place = places.get(name[:size])
                if place is None:
                    continue
                rest = name[size:]
                if (not_after is None or not not_after.match(rest)) and \
                        (place.label != REGION or name.endswith(region_ends, 0, size)) and \
                        (kind_only is None or not kind_only.fullmatch(rest)) and not self.partner_rest.search(rest):
                    out.append(p.relation_of(head, place, sentence_of(head.start)))
                    # 庆元县屏都综合新区…项目, the park named only there: in the county too (not 江西省: a province)
                    opening = name[:size - (place.end - place.start)]
                    division = places.get(opening)
                    if place.label != REGION and division is not None and division.label == REGION and \
                            opening.endswith(region_ends):
                        out.append(p.relation_of(head, division, sentence_of(head.start)))
                break
        return out


class ReportParagraphs(Shape):
    """卧龙区3个项目成功签约 (headline) … (paragraph) 某某产业园项目由…投资建设，…: a report whose headline opens with a
    place and counts the projects it reports (`headline`), then gives each its own paragraph: a project that opens
    a paragraph (after its investor, `opening`), in a sentence that names no other place, is in that place
    (read once per document)."""
    scope = "text"
    options = ("headline", "opening", "counted_after")

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.headline = pattern.regex("headline")
        self.opening = pattern.regex("opening")
        self.counted = pattern.regex("counted_after") if "counted_after" in pattern.values else None

    def find_text(self, text: str, mentions: list[Mention], sentence_of, nested: list[Mention] = ()) -> list[Relation]:
        p = self.pattern
        lead, line_end = headline_span(text)
        place = next((m for m in mentions if m.start >= lead), None)
        if place is None or place.start != lead or place.label not in p.tail or place.rule == "anaphor" or \
                not self.headline.match(text, place.end, line_end):
            return []
        name = text[place.start:place.end]
        opening, counted = self.opening, self.counted
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(sentence_of(m.start), []).append(m)
        out = []
        starts = [m.start for m in mentions]
        for paragraph in re.finditer(r"\n\s*([^\n]+)", text):
            start = paragraph.start(1)
            # a paragraph (or an item) begins after a blank line or a line that ends a sentence or opens a list
            # with a colon, not where a line was wrapped
            before = paragraph.start()
            while before and text[before - 1] in " \t":
                before -= 1
            if start <= line_end or not (text.count("\n", paragraph.start(), start) > 1 or
                                         text.endswith(tuple(SENTENCE_END_CHARS + "：:"), 0, before)):
                continue
            i = bisect.bisect_left(starts, start)
            head = mentions[i] if i < len(mentions) else None
            if head is None or head.start >= paragraph.end(1):
                continue
            ms = by_sentence.get(sentence_of(head.start), [])
            first = next((m for m in ms if m.label in p.head), None)
            if first is None or not opening.fullmatch(text, start, first.start) or \
                    (counted is not None and counted.match(text, first.end)) or \
                    any(m.label in PLACES and text[m.start:m.end] != name for m in ms):
                continue
            out.append(p.relation_of(first, place, sentence_of(first.start)))
        return out
