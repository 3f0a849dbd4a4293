"""Anaphors: 该项目, 该公司, 园区 standing for the project, company or park named last (园区 opening a clause,
or right after a cue of place: 入驻经开区);
我县, 本市 standing for the document's own region.

The sentence patterns (kg.extract.relations) see such a word as a mention of its type;
what they find for it is said of the entity it stands for. The words, where
they may stand and how far back they reach are data (`discourse` in
rules/relations.yaml).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.extract.relations.report import report_park
from kg.extract.rules import Rules
from kg.extract.search import alternation, compile_rare, compile_scan
from kg.extract.text import CLAUSE_BREAK_CHARS, SENTENCE_END_CHARS, count_value, headline_span
from kg.model import Mention
from kg.schema import PARK, REGION

CLAUSE_OPENING = SENTENCE_END_CHARS + CLAUSE_BREAK_CHARS + "\n"
DISTRICT_ORGAN = re.compile("[委长：:]|政府|人民政府|领导|党工委")  # 江宁区委书记, 江津区： (a headline's label)


class Anaphora:
    def __init__(self, rules: Rules, full_names: dict[str, set[str]] | None = None):
        data = rules.relations["discourse"]
        self.full_names = full_names or {}  # a region's short form -> its full names (义乌 -> 义乌市)
        self.max_back = int(data["max_sentences_back"])
        self.factor = float(data["confidence_factor"])
        anywhere, clause_start, home, after_cue = {}, {}, {}, {}
        own_cues: dict[str, re.Pattern] = {}
        for label, words in data.items():
            if isinstance(words, dict):
                anywhere.update({w: label for w in words.get("anywhere", [])})
                clause_start.update({w: label for w in words.get("clause_start", [])})
                home.update({w: label for w in words.get("home", [])})
                after_cue.update({w: label for w in words.get("after_cue", [])})
                # 负责项目的投资建设: a bare word after a type's own cues (`cues_before`) stands for the one named last
                if words.get("cues_before"):
                    cued = re.compile(f"(?:{alternation(words['cues_before'])})$")
                    for w in words.get("bare", []):
                        after_cue[w] = label
                        own_cues[w] = cued
        self.label_of = {**after_cue, **clause_start, **anywhere, **home}
        # 该项目, 该工程: the noun an anaphor's antecedent is called by, where one of that name is within reach
        self.nouns = {w: noun for w in anywhere for noun in data.get("nouns", []) if w.endswith(noun) and w != noun}
        former = data.get("former_object") or {"before": "(?!)", "reach": 0}
        self.former_object, self.former_reach = re.compile(former["before"]), int(former["reach"])
        self.zone_words = frozenset(data.get(PARK, {}).get("zone_words", []))  # 该区: a zone named after a district
        self.kind_forms = {w: tuple(forms) for words in data.values() if isinstance(words, dict)
                           for w, forms in (words.get("kinds") or {}).items()}
        # 入驻经开区, 落户园区: a bare park word right after a cue of place
        cues = data.get("place_cues", [])
        self.after_cue = frozenset(after_cue)
        self.cue_before = re.compile(f"(?:{alternation(cues)})$") if cues else None
        self.own_cues = own_cues
        self.anywhere = frozenset(anywhere) | frozenset(home)
        self.home = frozenset(home)
        self.levels = "".join(sorted({w[-1] for w in home}))  # 县, 市: what ends a region's name of each level
        region = data.get(REGION, {})
        self.scope_words = tuple(region.get("scope", []))
        subjects = region.get("scope_subjects") or {}
        self.scope_subjects = frozenset(subjects.get("words", []))
        self.scope_subject_before = re.compile(subjects.get("before", "(?!)"))
        self.scope_subject_counted = re.compile(subjects.get("counted", "(?!)"))
        self.label_of.update({w: REGION for w in self.scope_subjects})
        self.report = re.compile(region["report"]) if region.get("report") else None
        paper = region.get("home_paper") or {}
        self.home_paper = LocalPaper(paper.get("words", "(?!)"), paper.get("source_labels", "(?!)"),
                                     tuple(paper.get("not_of", ())))
        # one pass over the document: every anaphor word, the longest first
        self.words = compile_scan(alternation(list(self.label_of)))
        # 这两家企业, 上述企业: the members of the list named last of that kind
        lists = data.get("lists") or {}
        self.list_words = compile_rare(lists["words"]) if lists.get("words") else None
        self.list_kinds = dict(lists.get("kinds", {}))
        self.list_counts = {word: int(n) for word, n in (lists.get("counts") or {}).items()}
        self.list_not_before = re.compile(lists.get("not_before", "(?!)"))
        line_joint = lists.get("line_joint", "(?!)")
        self.list_joint = re.compile(f"(?:{alternation(lists.get('joiners', ['、']))}|{line_joint})")
        topic = data.get("topic") or {}
        self.topic_words = re.compile(alternation(topic["words"])) if topic.get("words") else None
        self.topic_types = frozenset(topic.get("types", []))

    def _after_cue(self, text: str, word: str, start: int) -> bool:
        cue_before = self.own_cues.get(word, self.cue_before)
        return word in self.after_cue and cue_before is not None and \
            cue_before.search(text, max(0, start - 6), start) is not None

    def is_home(self, word: str) -> bool:
        return word in self.home

    def own_region(self, text: str, mentions: list[Mention]) -> Mention | None:
        """The region whose own report (`report`, near its start: 政府工作报告) the document is: the one its home words
        (我县) stand for, else the one its words for the whole region (全县) stand for; none when words of several
        levels are used."""
        if self.report is None or not self.report.search(text, 0, 400):
            return None
        levels = {w[-1] for w in self.home if w in text} or {w[-1] for w in self.scope_words if w in text}
        if len(levels) != 1:
            return None
        return _home_of(text, mentions, REGION, levels.pop(), self.levels, self.full_names, self.home_paper)

    def stand_ins(self, text: str, sentences: list[tuple[int, int]], mentions: list[Mention]
                  ) -> dict[int, dict[Mention, Mention]]:
        """For each sentence index, mentions for its anaphors, each with the entity it stands for."""
        ends = [m.end for m in mentions]
        mention_starts = [m.start for m in mentions]
        starts = [s for s, _ in sentences]
        out: dict[int, dict[Mention, Mention]] = {}
        homes: dict[str, Mention | None] = {}
        headline: list = []  # the headline's park, found once
        for word in self.words.finditer(text):
            start, end, found = word.start(), word.end(), word.group()
            index = bisect.bisect_right(starts, start) - 1
            if index < 0 or start >= sentences[index][1]:
                continue
            if found not in self.anywhere and start != sentences[index][0] and text[start - 1] not in CLAUSE_OPENING \
                    and not self._after_cue(text, found, start):
                continue
            if _covered(mentions, ends, start, end):
                continue
            label = self.label_of[found]
            if found in self.scope_subjects and (not self.scope_subject_before.match(text, end)
                                                 or self.scope_subject_counted.match(text, end)):
                continue  # 全县共有12家企业…, 全县入选某某企业5家: the region's whole, no subject
            if found in self.home or found in self.scope_subjects:
                if found not in homes:
                    homes[found] = _home_of(text, mentions, label, found[-1], self.levels, self.full_names, self.home_paper)
                antecedent = homes[found]
            else:
                earliest = sentences[max(0, index - self.max_back)][0]
                antecedent = _last_of(mentions, ends, label, start, earliest)
                # 该项目 after 某某项目 … 整个桩基工程: the one its noun names, when one is within reach
                noun = self.nouns.get(found)
                if noun and antecedent is not None and not text.endswith(noun, antecedent.start, antecedent.end):
                    antecedent = _last_of(mentions, ends, label, start, earliest, text, noun) or antecedent
                # 某开发区是…的某产业园的核心区。园区…: the one named last only qualifies a noun (的); an anaphor
                # opening its sentence goes on with the topic that opens the sentence before
                if antecedent is not None and text.startswith("的", antecedent.end) and index > 0 and \
                        not text[sentences[index][0]:start].strip():
                    antecedent = _topic_of(text, mentions, mention_starts, sentences[index - 1], (label,)) or antecedent
                # 这家公司把原某某有限公司闲置的资产盘活…公司又投资…: what was taken over, named after 原; the one named before it
                if antecedent is not None and self.former_object.search(
                        text, max(0, antecedent.start - self.former_reach), antecedent.start):
                    antecedent = _last_of(mentions, ends, label, antecedent.start - 1, earliest)
                # 贵州裕能是…企业，比亚迪、宁德时代等知名企业是其客户。该公司…: a member of a list is named in passing; the
                # topic of its sentence is what the anaphor goes on with
                if antecedent is not None and (text.startswith("等", antecedent.end) or
                                               text[antecedent.start - 1:antecedent.start] == "、"):
                    named_in = sentences[bisect.bisect_right(starts, antecedent.start) - 1]
                    antecedent = _topic_of(text, mentions, mention_starts, named_in, (label,), lead_in=True) or antecedent
                # 园区 opening a paragraph of a park's own report, the park named last being in an earlier paragraph:
                # the park its headline names (when no park is named more often)
                forms = self.kind_forms.get(found, ())
                of_kind = max((m for form in forms if (m := _last_of(mentions, ends, label, start, earliest, text, form))),
                              key=lambda m: m.end, default=None)
                if found in self.anywhere and of_kind is not None:
                    antecedent = of_kind  # 长沙经开区与湘阴工业园签约。该经开区…: the park of its kind
                elif found not in self.anywhere and label == PARK and (
                        of_kind is not None or antecedent is None or "\n" in text[antecedent.end:start]):
                    if not headline:
                        headline.append(report_park(text, mentions, inside_names=False))
                    # the park the headline names, when it is of the anaphor's kind or no park of that kind is in reach
                    # (经开区内，… after 某县经济开发区 in the paragraph before: that one)
                    own = headline[0] is not None and (of_kind is None or text.endswith(forms, headline[0].start,
                                                                                          headline[0].end))
                    antecedent = headline[0] if own else of_kind or antecedent
            if found in self.zone_words and (zone := _last_of(mentions, ends, PARK, start, earliest, text, "区")) and \
                    not text.startswith("的", zone.end) and not _district_topic(text, mentions, ends, start, earliest):
                antecedent, label = zone, PARK  # 某经济技术开发区…。位于该区的X项目: a zone, no district the topic
            if antecedent is not None:
                out.setdefault(index, {})[Mention(start, end, label, "anaphor")] = antecedent
        if self.list_words is not None:
            self._list_stand_ins(text, sentences, starts, mentions, ends, out)
        if self.topic_words is not None:
            self._topic_stand_ins(text, sentences, starts, mentions, mention_starts, out)
        return out

    def _topic_stand_ins(self, text, sentences, starts, mentions, mention_starts, out) -> None:
        """某产业园创办于2009年，…。它是…: a pronoun opening a sentence stands for the thing that opens the sentence
        before it (of the types of `topic_types`), the topic it goes on with."""
        for word in self.topic_words.finditer(text):
            start = word.start()
            index = bisect.bisect_right(starts, start) - 1
            if index < 1 or text[sentences[index][0]:start].strip():
                continue
            topic = _topic_of(text, mentions, mention_starts, sentences[index - 1], self.topic_types)
            if topic is not None:
                out.setdefault(index, {})[Mention(start, word.end(), topic.label, "anaphor")] = topic

    def _list_stand_ins(self, text, sentences, starts, mentions, ends, out) -> None:
        """这两家企业此前已是P: the phrase stands for every member of the list of its kind named last (within
        `max_sentences_back`), of as many members as it counts; not where a list follows it (这3家企业分别是A、B、C)."""
        for phrase in self.list_words.finditer(text):
            start, end = phrase.start(), phrase.end()
            index = bisect.bisect_right(starts, start) - 1
            label = self.list_kinds.get(phrase.group("kind"))
            if index < 0 or start >= sentences[index][1] or label is None or _covered(mentions, ends, start, end) or \
                    self.list_not_before.match(text, end):
                continue
            earliest = sentences[max(0, index - self.max_back)][0]
            members = _last_list(text, mentions, ends, label, start, earliest, self.list_joint)
            number = phrase.group("number")
            counted = count_value(number) if number is not None else self.list_counts.get(phrase.group("kind"))
            if len(members) >= 2 and (counted is None or counted == len(members)):
                out.setdefault(index, {})[Mention(start, end, label, "anaphor")] = tuple(members)


def _covered(mentions: list[Mention], ends: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_right(ends, start)
    return i < len(mentions) and mentions[i].start < end


@dataclass(frozen=True)
class LocalPaper:
    """雅安日报讯, 来源：雅安日报: the words after a place that name its own paper (`words`), opening a byline or after a
    source line's label (`source_labels`); not the paper of a province (`not_of`: 浙江日报, 吉林日报 though 吉林市 is a city)."""
    words: str
    source_labels: str
    not_of: tuple[str, ...]

    def places(self, text: str, stems: list[str], level: str, full_names: dict[str, set[str]]) -> set[str]:
        """The stems (雅安, of 雅安市) whose paper the text names so."""
        return {stem for stem in stems if not any(full.endswith(self.not_of) for full in full_names.get(stem, ()))
                and re.search(rf"(?m)^[ \t]*(?:(?:{self.source_labels})[：:][ \t]*)?{re.escape(stem)}{level}?(?:{self.words})", text)}


def _home_of(text: str, mentions: list[Mention], label: str, level: str, levels: str,
             full_names: dict[str, set[str]], paper: LocalPaper) -> Mention | None:
    """The first mention of the region of that level (县, 市) the document names most, its short form counted with
    it (岳阳 and 岳阳市 are one; 义乌 alone, whose full name is 义乌市, is of that level too where it opens the headline with
    a count: 义乌6家企业入选…); with none of that level, the short form the document names most (江津 for 我区, 宁夏 for
    我区 in a report of the autonomous region); of several named as often, the one whose local paper reports (雅安日报讯:
    `paper`)."""
    named: dict[str, list[Mention]] = {}
    short: dict[str, list[Mention]] = {}
    headline_end = headline_span(text)[1]
    # (a headline of its own line; not where the body puts a district or zone in the home, 落户我市秀洲区: a prefecture's)
    headline_short = headline_end < len(text.rstrip()) and not HOME_DISTRICT.search(text)
    for m in mentions:
        name = text[m.start:m.end]
        if m.label != label:
            continue
        if name.endswith(level):
            named.setdefault(name[:-1], []).append(m)
        elif name[-1] not in levels:
            short.setdefault(name, []).append(m)
            if level in "市县" and headline_short and m.end <= headline_end and HEADLINE_CLAUSE.fullmatch(
                    text, 0, m.start) and COUNT_AFTER.match(text, m.end) and (
                    fulls := full_names.get(name)) and all(full.endswith(level) for full in fulls):
                named.setdefault(name, [])  # (义乌6家企业…: the headline's subject; not 赴深圳…, 杭州公布…)
    if named:
        for stem in named:
            named[stem] = named[stem] + short.get(stem, [])
        ranked = named
    else:
        ranked = short
    if not ranked:
        return None
    # the one the headline names (up to the first line break), then the one named most; several named as often: none
    titled = [ms for ms in ranked.values() if any(m.start < headline_end for m in ms)]
    if len(titled) == 1:
        best = titled[0]
    else:
        most = max(len(ms) for ms in ranked.values())
        tied = [ms for ms in ranked.values() if len(ms) == most]
        if len(tied) > 1:  # (of a place of the home word's level: a full name with it, or a short form of such names only)
            of_level = [stem for stem, ms in ranked.items() if len(ms) == most and (ranked is named or full_names.get(stem) and all(
                full.endswith(level) for full in full_names[stem]))]
            local = paper.places(text, of_level, level, full_names)
            tied = [ranked[stem] for stem in of_level if stem in local]
        if len(tied) != 1:
            return None
        best = tied[0]
    with_level = [m for m in best if text[m.start:m.end].endswith(level)]
    return min(with_level or best, key=lambda m: m.start)


COUNT_AFTER = re.compile(r"\s*(?:\d+|[一二三四五六七八九十两]+)\s*[家个项]")  # (义乌6家企业…)
HEADLINE_CLAUSE = re.compile(r"\s*(?:[^\n]*[！!？?，,：:\s])?")  # what may stand before a clause of the first line
HOME_DISTRICT = re.compile(r"我市[\u4e00-\u9fff]{2,8}?(?:区|开发区|经开区|高新区)")  # (落户我市秀洲区)
# a short clause of its own before a sentence's topic (据了解，)
LEAD_IN = re.compile(r"[^，,：:。；;]{1,8}[，,：:]")


def _topic_of(text: str, mentions: list[Mention], starts: list[int], sentence: tuple[int, int], labels,
              lead_in: bool = False) -> Mention | None:
    """The mention of one of `labels` that opens `sentence` (its topic), if one does (with `lead_in`, after a short
    clause of its own: 据了解，某公司…)."""
    first = bisect.bisect_left(starts, sentence[0])
    opening = text[sentence[0]:mentions[first].start].strip() if first < len(mentions) else ""
    if first < len(mentions) and mentions[first].start < sentence[1] and mentions[first].label in labels and \
            (not opening or lead_in and LEAD_IN.fullmatch(opening)):
        return mentions[first]
    return None


def _last_of(mentions: list[Mention], ends: list[int], label: str, before: int, earliest: int,
             text: str = "", noun: str = "") -> Mention | None:
    """The last mention of `label` before `before` (whose name ends with `noun`, with one)."""
    for i in range(bisect.bisect_right(ends, before) - 1, -1, -1):
        m = mentions[i]
        if m.start < earliest:
            return None
        if m.label == label and (not noun or text.endswith(noun, m.start, m.end)):
            return m
    return None


def _district_topic(text: str, mentions: list[Mention], ends: list[int], before: int, earliest: int) -> bool:
    """青山区聚焦…，依托某工业园区…。落户该区的…: a district opening its clause within reach is what 该区 stands for (not
    江宁区委书记…, 开发区位于康巴什区, 宁夏回族自治区, a headline's 江津区：)."""
    for i in range(bisect.bisect_right(ends, before) - 1, -1, -1):
        m = mentions[i]
        if m.start < earliest:
            return False
        if m.label == REGION and text.endswith("区", m.start, m.end) and not text.endswith("自治区", m.start, m.end) and (
                m.start == 0 or text[m.start - 1] in CLAUSE_OPENING) and not DISTRICT_ORGAN.match(text, m.end):
            return True
    return False


def _last_list(text: str, mentions: list[Mention], ends: list[int], label: str, before: int, earliest: int,
               joint: re.Pattern) -> list[Mention]:
    """The members of the last run of mentions of `label`, joined by `joint`, that ends before `before` and after
    `earliest` (where it may start before, a list one member a line)."""
    members: list[Mention] = []
    for i in range(bisect.bisect_right(ends, before) - 1, -1, -1):
        m = mentions[i]
        if (not members and m.start < earliest) or (members and (m.label != label or not joint.fullmatch(text, m.end, members[0].start))):
            break
        if not members and m.label != label:
            continue
        members.insert(0, m)
    return members
