"""Shapes of places that frame: a sentence that opens with 在 PLACE，, a paragraph that opens with a place, a report's
section headed by one."""
from __future__ import annotations

import re

from kg.extract.relations.sentence import PLACES, Sentence, Shape, after_brackets
from kg.extract.text import SENTENCE_END_CHARS
from kg.model import Mention, Relation
from kg.schema import PARK


NEXT_STOP = re.compile(r"(?:前往|来到|到达|抵达|转战|走进|赶赴|赴|到)$")  # a tour's next stop before its place


class Frame(Shape):
    """在航空港区北部，豫显光电…项目…: a sentence that opens with 在 PLACE(position)， (or PLACE内，: `inside_close`)
    frames its heads; a frame clause with no head in its sentence frames the next sentence of the paragraph. A head
    right after `not_after` is not framed: 由某公司承建的…工程 (the builder need not be there). A tour's stop (到某县后，,
    group `tour` of the opening) frames only its sentence, up to the next place named, and no visitor (a head before
    `visitor_after`: 某公司董事长一行) nor a head whose name opens with a place apart from the stop's."""
    options = ("opening", "close", "not_after", "inside_close", "visitor_after")

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.opening = pattern.regex("opening")
        self.close = pattern.regex("close")
        # 某开发区内，X项目…: without 在, a word of inside closes the frame
        self.inside_close = pattern.regex("inside_close", "(?!)")
        self.not_after = re.compile(f"(?:{pattern.regex('not_after', '(?!)').pattern})$")
        self.visitor_after = pattern.regex("visitor_after", "(?!)")

    def find(self, s: Sentence) -> list[Relation]:
        p, ms = self.pattern, s.mentions
        carried = s.memory.pop(p.id, (None, -1, True))
        close, frame, opened, tour = self._close(s)
        if close is None:  # (…；在上海张江，B…: a frame of its own, even of no place found, ends the one carried)
            return [] if opened else self._carried(s, *carried)
        # 某开发区内，A…: without 在 the frame holds only in its sentence, up to the next place named (a tour's, up to its
        # next stop: …，随后前往郸城县，…)
        reach = s.end if opened else next((m.start for m in ms if m.start >= close and m.label in PLACES and (
            not tour or NEXT_STOP.search(s.text, max(close, m.start - 4), m.start))), s.end)
        framed = [self.relation(m, frame, s) for m in ms if close <= m.start < reach and m.label in p.head
                  and not self.not_after.search(s.text, max(close, m.start - 4), m.start)
                  and not (tour and self._visitor_or_elsewhere(s.text, m, frame))]
        if (not framed or self._continues(s)) and not tour:
            s.memory[p.id] = (frame, s.index, opened)
        return framed

    def _visitor_or_elsewhere(self, text: str, m: Mention, stop: Mention) -> bool:
        """到上海后，某公司董事长表示…: a visitor (or its firm), not what the stop holds; 到沈丘县后，…又来到郸城县某某项目现场:
        a name that opens with a place apart from the stop's."""
        return self.visitor_after.match(text, m.end) is not None or bool(
            self.gazetteer and self.gazetteer.apart(text[m.start:m.end], text[stop.start:stop.end]))

    def _carried(self, s: Sentence, place: Mention | None, index: int, was_opened: bool) -> list[Relation]:
        """The heads of a sentence right after a frame that framed none or ended with ；, in its paragraph (a frame
        without 在 holds in it only up to a place of its own: …。与此同时，某县的A项目)."""
        if place is None or index != s.index - 1 or s.line_break_before:
            return []
        reach = s.end if was_opened else next((m.start for m in s.own if m.label in PLACES), s.end)
        if self._continues(s):  # 在园区内，A…；B…；C…。: the frame holds to the sentence's end
            s.memory[self.pattern.id] = (place, s.index, was_opened)
        return [self.relation(m, place, s) for m in s.own if m.label in self.pattern.head and m.start < reach]

    @staticmethod
    def _continues(s: Sentence) -> bool:
        """The sentence ends with ；: the next one goes on with it."""
        return s.text[s.start:s.end].rstrip().endswith(("；", ";"))

    def _close(self, s: Sentence) -> tuple[int | None, Mention | None, bool, bool]:
        """Where the frame clause ends and its place (the last of places written together: 在某开发区某产业园，),
        if the sentence opens with 在 PLACE(position)，."""
        opening, ms = self.opening.match(s.text, s.start), s.mentions
        tour = bool(opening and opening.groupdict().get("tour"))
        opened = opening is not None and opening.end() > s.start and not (
            tour and not (ms and ms[0].start == opening.end() and ms[0].label in PLACES))
        if not ms or ms[0].start != (opening.end() if opening else s.start) or ms[0].label not in self.pattern.tail:
            return None, None, opened, False
        frame = ms[0]
        for m in ms[1:]:
            if m.start != after_brackets(s.text, frame.end) or m.label not in self.pattern.tail:
                break
            frame = m
        close = (self.close if opened else self.inside_close).match(s.text, after_brackets(s.text, frame.end))
        if close and opened and (opening.groupdict().get("dated") or opening.groupdict().get("visit")):
            # after a date or a reporter's visit, a park's frame or one closed by a word of inside, before a head, and
            # up to the next place named (not 5月20日，在杭州，某省举行签约活动; 4月20日，在某高新区，湖北省…开工仪式举行:
            # an event's venue; 记者在某高新区看到，A…，B在宁波总部的扩产项目: B's own place)
            after = next((m for m in ms if m.start >= close.end()), None)
            if (frame.label != PARK and not self.inside_close.match(s.text, after_brackets(s.text, frame.end))) or \
                    after is None or after.label in PLACES:
                return None, None, opened, False
            return close.end(), frame, False, False
        return (close.end(), frame, opened and not tour, tour) if close else (None, None, opened, False)


class ParagraphTopic(Shape):
    """江宁开发区今年以来项目建设提速。…凯岚新材料项目正式开工。: a paragraph that opens with a place (its topic); in
    its later sentences that name no place, a head followed by an event of a place (`gap`: 开工, 落户, …) is there."""
    options = ("opening", "gap")

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.opening = pattern.regex("opening")
        self.event = pattern.regex("gap")

    def find(self, s: Sentence) -> list[Relation]:
        p, ms, text = self.pattern, s.mentions, s.text
        if s.line_break_before:
            s.memory.pop(p.id, None)
            first = s.own[0] if s.own else None
            if first is not None and first.label in p.tail and self.opening.fullmatch(text, s.start, first.start):
                s.memory[p.id] = first
            return []
        topic = s.memory.get(p.id)
        if topic is None or any(m.label in PLACES for m in ms):
            return []
        return [self.relation(h, topic, s) for h in ms if h.label in p.head and self.event.match(text, h.end)]


class Section(Shape):
    """A report in sections headed by a place: a paragraph that opens with the place and a colon (湘阴县：…A项目、B项目
    等10个项目开工。), or a heading line that opens with the place (鄢陵县  10个重大项目集中开工) over the paragraphs
    up to the next heading line (a line of at most `heading_length` characters with no sentence end): the heads
    the section names are in the place. The document's first line (its title) heads no section."""
    options = ("opening", "colon", "heading_length")

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.opening = pattern.regex("opening")
        self.colon = pattern.regex("colon")
        length = int(pattern.value("heading_length", 40))
        self.heading_line = re.compile(rf"(?m)^[ \t]*[^\s{SENTENCE_END_CHARS}][^\n{SENTENCE_END_CHARS}]{{0,{length - 1}}}$")
        self.length = length

    def find(self, s: Sentence) -> list[Relation]:
        p, text = self.pattern, s.text
        state = s.memory.get(p.id)
        if state is not None:
            place, kind, checked = state
            between = text[checked:s.start]
            if (kind == "colon" and (s.line_break_before or "\n" in between)) or \
                    (kind == "line" and self.heading_line.search(between)):
                state = None
        heading = self._heading(s)
        if heading is not None:
            place, kind = heading
            s.memory[p.id] = (place, kind, s.end)
            if kind == "line":
                return []
            return [self.relation(h, place, s) for h in s.own if h.label in p.head and h.start > place.end]
        if state is None or (s.line_break_before and self._is_line(s)):
            s.memory.pop(p.id, None)
            return []
        place, kind, _ = state
        s.memory[p.id] = (place, kind, s.end)
        return [self.relation(h, place, s) for h in s.own if h.label in p.head]

    def _is_line(self, s: Sentence) -> bool:
        """The sentence is a whole short line with no sentence end: a heading."""
        line = s.text[s.start:s.end]
        stripped = line.strip()
        return (line.rstrip(" \t").endswith("\n") or s.end == len(s.text)) and "\n" not in stripped and \
            self.heading_line.fullmatch(stripped) is not None

    def _heading(self, s: Sentence) -> tuple[Mention, str] | None:
        first = s.own[0] if s.own else None
        if not s.line_break_before or first is None or first.label not in self.pattern.tail or \
                not self.opening.fullmatch(s.text, s.start, first.start):
            return None
        if self.colon.match(s.text, after_brackets(s.text, first.end)):
            return first, "colon"
        return (first, "line") if s.index > 0 and self._is_line(s) else None
