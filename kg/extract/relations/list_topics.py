"""The place a list's sentence or report is about, when no place frames the list itself: a sentence whose topic is a
place and whose later clause lists what it drew in or what settled (`_topic`), or the one park a park's own report is
about (`_report_topic`). Mixed into ListReader, whose patterns (`lists` in rules/relations.yaml) it uses."""
from __future__ import annotations

import re
from itertools import islice

from kg.extract.relations.patterns import Pattern
from kg.extract.relations.report import places_between, report_projects
from kg.extract.relations.sentence import MEMBERS, PLACES, mentions_back
from kg.extract.rules import Rules
from kg.extract.search import alternation
from kg.extract.text import clause_start
from kg.model import Mention
from kg.schema import PARK, PROGRAM


class ListTopics:
    """Needs ListReader's `deed_clause`, `topic_opening`, `topic_means`, `settled_here`, `clause_break`, `joint`,
    `list_count`, `_list_end` and `_framed`, and sets its own patterns in `_read_list_topics`."""

    def _read_list_topics(self, rules: Rules) -> None:
        lists = rules.relations["lists"]
        self.topic_led = re.compile(lists["topic_led"]) if lists.get("topic_led") else None
        self.time_only = re.compile(rf"\s*(?:{lists.get('time_opening') or '(?!)'})?\s*")
        region_words = rules.relations["discourse"]["Region"]  # 该镇以…，A、B等项目先后落地: the town's, not the report's park
        self.place_anaphor = re.compile(alternation(region_words["anywhere"] + region_words["home"]))
        # A、B等转移项目正在对接洽谈: the list's own clause says they are in talks, not there yet
        self.talks_after_list = re.compile(f"{lists.get('talks_after_list', '')}(?:{rules.relations.get('in_talks') or '(?!)'})")

    def _topic(self, text, sentences, mentions, index: int, sentence_of) -> tuple[Mention, Pattern] | None:
        """园区得到…，先后引进A、B等一批企业落户: a clause of a deed with no subject, in a sentence whose topic (after a
        clause of time) is a place, and that names no other place before the list but in the topic's clause of means."""
        first = mentions[index]
        s = sentence_of[first]
        start, end = sentences[s]
        clause = clause_start(text, start, first.start)
        if self.topic_opening is None or clause == start or not (
                self.deed_clause.fullmatch(text, clause, first.start) or self._settled_unplaced(
                    text, mentions, index, clause, end) or self._led(text, mentions, index, clause)):
            return None
        # (嘉兴经开区是国家级经济技术开发区，…，先后引进A、B: a rank the topic holds)
        before = sorted((m for m in mentions_back(mentions, index, sentence_of, s) if m.label != PROGRAM), key=lambda m: m.start)
        if not before or any(m.label not in PLACES for m in before):
            return None
        topic, opening = before[0], self.topic_opening.match(text, start)  # (other places only parks in its clause of
        means = self.topic_means.match(text, topic.end) if self.topic_means else None  # means: 某县依托A、B等平台…，先后引进…)
        if topic.start != (opening.end() if opening else start) or any(text[m.start:m.end] != text[topic.start:topic.end] and
                                                                     not (means and m.end <= means.end() and m.label == PARK) for m in before):
            return None
        return self._framed(topic, "list_frame")

    def _led(self, text, mentions, index: int, clause: int) -> bool:
        """以A、B、C三大省级园区为中心: the parks the topic leads with (a clause opening with 以, no other word)."""
        return mentions[index].label == PARK and text.startswith("以", clause) and mentions[index].start == clause + 1 and \
            self.topic_led is not None and self.topic_led.match(text, self._list_end(text, mentions, index)) is not None

    def _other_park_opens(self, text, start: int, mentions, index: int, topic: Mention) -> bool:
        """The sentence opens (after a word of time) with a park other than `topic`."""
        opening = self.topic_opening.match(text, start) if self.topic_opening else None
        opens_at = opening.end() if opening else start
        for i in range(index - 1, -1, -1):  # (mentions in text order: back to the sentence's opening only)
            m = mentions[i]
            if m.start < opens_at:
                return False
            if m.start == opens_at and m.label == PARK and text[m.start:m.end] != text[topic.start:topic.end]:
                return True
        return False

    def _settled_unplaced(self, text, mentions, index: int, clause: int, end: int) -> bool:
        """某产业园面积约580亩，目前A、B等企业已经入驻: a clause that opens with the list (after a word of time) and says
        its members settled without saying where."""
        list_end = self._list_end(text, mentions, index)
        clause_break = self.clause_break.search(text, list_end, end)
        return self.time_only.fullmatch(text, clause, mentions[index].start) is not None and \
            self.settled_here.match(text, list_end, clause_break.start() if clause_break else end) is not None

    def _report_topic(self, text, sentences, mentions, index: int, members: list[Mention], sentence_of,
                      topic: Mention | None) -> tuple[Mention, Pattern] | None:
        """A park's own report (the one park its headline names, named most): a list whose clause names no place and
        says its members settled or gathered without saying where (A、B等5家企业已经落户; A、B等400多家企业在此集聚;
        引进了A、B等40多家企业; 走访了A、B等高新区企业): they are in that park, `topic` (report_park: once per text)."""
        if topic is None:
            return None
        first = members[0]
        s = sentence_of[first]
        start, end = sentences[s]
        clause = clause_start(text, start, first.start)
        list_end = self._list_end(text, mentions, index)
        # A、B、某产业园等高新区企业和项目: members of other kinds may go on with the list
        for m in islice(mentions, index + len(members), None):
            if m.label not in MEMBERS or not self.joint.fullmatch(text, list_end, m.start):
                break
            members = members + [m]
            list_end = m.end
        clause_break = self.clause_break.search(text, list_end, end)
        clause_end = clause_break.start() if clause_break else end
        if places_between(mentions, clause, clause_end, set(members)) or self.place_anaphor.search(text, start, first.start) \
                or self.talks_after_list.match(text, list_end, clause_end):
            return None  # (A、B等转移项目正在对接洽谈: in talks with the park, not in it yet)
        if self._other_park_opens(text, start, mentions, index, topic):
            return None  # 嘉兴经开区是…，先后引进了A、B等企业: the sentence's own park, not the report's
        if not self.settled_here.match(text, list_end, clause_end) and \
                not (self.deed_clause.fullmatch(text, clause, first.start) and self.list_count.match(text, list_end)) and \
                not report_projects(text, sentences[s], mentions, members, topic):
            return None
        return self._framed(topic, "list_topic")
