"""Relations of enumerations: what a text says of a list, it says of every member.

News names companies and projects in lists far more often than one by one:
`楚雄高新区滇中有色、明翔、马大泡等6户企业名列其中`, `廊坊开发区共有3家企业入选，分别是A、B和C`,
`名单如下：1. A 2. B`. The sentence patterns (kg.extract.relations) usually find a relation for one member, or none;
this reader finds the lists and gives every member

- the relations any member has (`list`; developedBy only among members joined by 、 和 及 with no developer of their own);
- the place that frames the list: named right before it, with only a link word, a collective verb or a count and
  an opener between (`frame`), or in the count sentence just before (`这3家企业分别是…`, `count`);
- the program of a spelled-out list (`分别是`, `如下`) with none of its members': the nearest before (`program`).

The words and limits are data (`lists` in rules/relations.yaml); the ids, scores and slot types are those of the
patterns of shapes `list_shared`, `list_frame`, `list_count`, `list_after` and `list_program`.
"""
from __future__ import annotations

import re
from typing import Iterable

from kg.extract.gazetteer import Gazetteer
from kg.extract.relations.counted_sets import CountedSets
from kg.extract.relations.kinds import kind_frame
from kg.extract.relations.list_programs import ListPrograms
from kg.extract.relations.list_topics import ListTopics
from kg.extract.relations.patterns import Pattern
from kg.extract.relations.report import report_park
from kg.extract.relations.sentence import EACH, MEMBERS, PLACES, after_brackets, bracket_note, last_before, listed_member, mentions_back, outer_place, shared_ending
from kg.extract.rules import Rules
from kg.extract.search import alternation, compile_scan
from kg.extract.text import CLAUSE_BREAK_CHARS, SENTENCE_END_CHARS, clause_start, count_value
from kg.model import Mention, Relation
from kg.schema import COMPANY, PARK, PROGRAM, PROJECT, REGION

BUILT = {PARK, PROJECT}  # a list of projects may hold a park (A项目、B科技城等一批项目)

BARE_OPENER = re.compile(r"\s*(?:具体|拟认定|认定)?名单如下(?:[（(][^（）()]{1,16}[）)])?[：:]?\s*")
PLACE_DE = r"(?:(?!召开|举行|举办|开幕|开展|发布)[^，,。；;\n]){2,10}的"  # 在某县的: a place's, not an event's
# A、竹溪县某化工园区, or one a line (A (line break) 三明市某产业园): the region opening the next member's name
JOINT_THEN_REGION = re.compile(r"(?:、|[ \t]*\n[ \t]*(?:\d{1,3}[ \t.．、)）]*)?)\s*[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗|州|盟)")
MEMBER_ENDS = ("、", "，", "。", "；", ";", "\n", "等", "（", "(", "")  # what follows a list's member (not a cue: …园获评P)
LINE_HEAD = re.compile(r"[^\n：:、，,。；;]{2,8}[：:]\s*")  # 成都市：A、B: a line's head, a place or a kind before its members
HEADED_JOINT = re.compile(r"\s*[。；;]?\s*\n+\s*(?P<label>[^\n：:、，,。；;]{2,8})[：:]\s*")  # A (line break) 自贡市：B: one list by place
TIGHT_JOINT = re.compile(r"\s*(?:、|和|及|与|以及)\s*")  # members of one clause, not of clauses or lines
OTHER_FIRMS_COUNTED = re.compile(r"\s*等\s*(?:\d+|[一二三四五六七八九十两]+)[余多]?家")
BRACKET_NOTE = re.compile(r"[（(][^（）()]{1,10}[）)]")  # 某高新区（某区）北区工业园: the district between two parks
UNREAD_MEMBER = re.compile(r"、([^、，,。；;：:\n]{2,40})、")  # one member between two, its name not read
MIN_SHARED_ENDING = 2  # characters of the ending the members around an unread one share (现代农业产业园)
# 某镇人民政府与A、B等5家企业共同举办签约仪式, 某县集中签下一批项目，A、B等15家企业参与签约: partners that sign with a
# place, not in it (the place signs between it and the list; not 某市本地企业A、B…参与签约, 某区有5家企业签约落户，A…参加签约)
PARTNERS_BEFORE, PARTNERS_AFTER = re.compile(r"(?:与|同|跟)\s*$"), re.compile(r"[^，,。；;\n]{0,12}?(?:参与|参加)签约")
PLACE_SIGNS, PLACE_OWNS = re.compile("签"), re.compile("本地|本土|辖区|区内|园内|落户|入驻")


def _unread_member(text: str, previous: Mention, m: Mention) -> bool:
    """A、中新食品区紫苏-水稻-玉米现代农业产业园、B: a member whose name was not read, between two that end alike, ending
    so itself: the list goes on past it."""
    if (gap := UNREAD_MEMBER.fullmatch(text, previous.end, m.start)) is None:
        return False
    before, after = text[previous.start:previous.end], text[m.start:m.end]
    ending = shared_ending(before, after)
    return len(ending) >= MIN_SHARED_ENDING and gap.group(1).endswith(ending)


class ListReader(ListPrograms, ListTopics):
    def __init__(self, rules: Rules, patterns: list[Pattern], gazetteer: Gazetteer | None = None):
        lists, self.gazetteer = rules.relations["lists"], gazetteer
        self.shared = {p.relation: p for p in patterns if p.shape == "list_shared"}
        self.item_number = re.compile(rules.common["item_number"])
        self.pattern = {p.shape: p for p in patterns if p.shape != "list_shared"}  # the last of each shape
        self._read_list_programs(lists)
        separators = alternation(lists["separators"])
        note, bullet = lists["member_note"], lists["bullet"]
        self.numbered_line, self.section_line = (re.compile(rf"\s*(?:{b})") for b in (f"{bullet}|{lists['section_bullet']}|{lists['count_heading']}", lists['section_bullet']))
        lead = f"(?:{lists['member_lead']})?"  # 投资30亿元的A和投资25亿元的B: what each member's amount adds before it
        self.member_note = re.compile(rf"\s*{note}")
        # 集聚了某某百强企业A、B: after a verb or an opener, a description of the first member
        described = f"(?:{lists['member_lead']}|{lists['member_description']})?"
        self.joint = re.compile(rf"\s*(?:{note})?\s*(?:(?:{separators})\s*(?:{bullet})?|{bullet}|\n+\s*(?:{bullet})?){lead}")
        self.built_joint = re.compile(rf"\s*(?:、|和|及|与|以及)\s*{lead}")  # (not 在某开发区，A项目: the frame, no member)
        # numbered lines whose names were not found stand between two members of one list (5. A (line break) 6. ? 7. B)
        self.unread_items = re.compile(rf"\s*(?:{note})?[ \t]*\n(?:[ \t]*(?:{bullet})[^\n]*\n)+[ \t]*(?:{bullet})")
        # nothing at all between two names, one per line joined by the reader, after a legal form's end
        self.run_together, openers = tuple(lists["run_together_after"]), alternation(lists["openers"])
        self.opened = compile_scan(rf"(?<![握拥持具享])(?:{openers})\s*[：:]?\s*(?:{bullet})?{described}$")  # 握有A、B: held, no list of a program
        self.bullet_only, self.colon_after = re.compile(rf"\s*(?:{bullet})?"), re.compile(r"\s*[：:]\s*")
        self.colon_line_end = re.compile(rf"[：:]\s*\n\s*(?:{bullet})?$")
        self.heading = re.compile(rf"\s*(?:{bullet}|[（(]?[一二三四五六七八九十]{{1,2}}[、)）])[^，,。；;：:\n]{{4,24}}[：:]\s*")
        count, verbs, deed = lists["count_phrase"], alternation(lists['frame_verbs']), lists.get("deed_prefix", "")
        gather = rf"(?:{lists['gather_trade']})?{lists['gather_verbs']}"  # (某经开区现代物流服务产业集聚了A、B)
        self.frame_gap = re.compile(
            rf"(?:{alternation(lists['frame_links'])}|(?:{lists.get('frame_count', '(?!)')}){lead}|{lists['member_lead']}|{deed}(?:(?:{verbs})+了?|{gather})的?{described}(?:{lists['unread_first']})?)"
            rf"|(?:{lists.get('time_opening') or '(?!)'}[，,])?(?:(?!{alternation(lists['aid_words'])})[^{SENTENCE_END_CHARS}，,\n]){{0,{int(lists['max_frame_gap'])}}}?[，,]?(?:{openers})\s*[：:]?\s*{lead}"
            rf"|(?:{lists.get('subset_gap', '(?!)')})(?:{openers})?\s*[：:]?\s*{lead}")
        away = alternation(lists.get("away_words") or ["(?!)"])
        self.line_frame = re.compile(rf"(?!.*?(?:{away}))(?:{self.frame_gap.pattern}|[^{SENTENCE_END_CHARS}\n]{{0,{int(lists['max_frame_gap'])}}}?(?:{openers})\s*[：:]?\s*{lead})")
        # 某开发区举行重大项目集中开工仪式，A、B等12个项目…: the place's event, then the list (not a park's)
        self.event_clause = re.compile(
            rf"[^{SENTENCE_END_CHARS}\n]{{0,{int(lists['max_frame_gap'])}}}?(?:{verbs})[^，,。；;\n]{{0,6}}[，,：:]\s*")
        self.bare_opening = re.compile(rf"(?:这|上述|以上|此次|其中|分别)?(?:{count})?[^。；\n]{{0,8}}?(?:{openers})\s*[：:]?\s*{lead}")
        self.selecting, self.unselected = re.compile(selecting := alternation(lists["selecting_verbs"])), re.compile(lists["unselected_deed"])
        self.count_after_place = re.compile(rf"\s*(?:(?!{selecting}|{alternation(lists['aid_words'])})[^，。；\n]){{0,6}}?{count}")
        # how far back a spelled-out list may take the place counted before it, if it counts the list's kind
        self.count_reach = int(lists["count_reach"])
        self.counted_kinds = {unit: kind for kind, units in lists["counted_kinds"].items() for unit in units}
        # 目前秀屿区拟签约项目6个，分别为A、B: a word of time before the place; 此次签约落户某区的有A、B: where they settle
        settled = f"|{lists['settled_opening']}" if lists.get("settled_opening") else ""
        self.clause_opening = re.compile(rf"(?:{lists.get('frame_subjects') or '(?!)'})?(?:{lists.get('time_opening') or '(?!)'})?"
                                         rf"(?:(?:在|其中|而|此外|另外|同时)?[，,]?{settled})")
        self.place_has = re.compile(lists["place_has"]) if lists.get("place_has") else None
        self.at_opening = re.compile(rf"(?:而|同样)?[在于](?:{PLACE_DE})?")  # (在某县的某产业园，; not 在深圳召开的某会上)
        self.at_place = re.compile(rf"[在于](?:{PLACE_DE})?\Z")
        # the frame clause ends, and the list follows: 在准东开发区，A; 在南昌市获评P的企业中，有A; 在某园，某某走访了A
        self.frame_end = re.compile(rf"[^{SENTENCE_END_CHARS}\n]{{0,{int(lists['max_frame_gap'])}}}?[{CLAUSE_BREAK_CHARS}]\s*"
                                    rf"(?:{openers}|{lists.get('visit_opening', '(?!)')})?\s*[：:]?\s*")
        self.look_back, self.tail_location = int(lists["program_look_back"]), re.compile(lists["tail_location"])
        self.comma_place_deeds, self.title_line = re.compile(lists["comma_place_deeds"]), re.compile(lists["title_line"])
        # A、B等12家江津企业: a place between the list's count and what it counts
        self.place_in_count = (re.compile(lists["count_of_place"].replace("{count}", count)),
                               re.compile(lists["counted_at_place"])) if lists.get("count_of_place") else None
        self.unnamed_first = re.compile(rf"[^{SENTENCE_END_CHARS}{CLAUSE_BREAK_CHARS}、\n]{{2,{int(lists['max_frame_gap'])}}}、")
        self.closed_by_count, self.clause_break = re.compile(lists["closed_by_count"]), re.compile(rf"[{CLAUSE_BREAK_CHARS}]")
        # 佛山新增29家企业入选P。…A、B等29家企业…: the place (and program) of the count the list's own count repeats
        self.counted_sets = CountedSets(lists, count, self.count_after_place, self.counted_kinds)
        self.list_count = self.counted_sets.list_count
        self.paired_opener = re.compile(rf"[，,；;]\s*(?:{lists['paired_openers']})\s*$")
        paired_verbs = alternation(list(lists['frame_verbs']) + list(lists.get('paired_verbs', [])))
        self.paired_verb = re.compile(rf"[，,；;]\s*(?:(?:{paired_verbs})+|{gather})[^{SENTENCE_END_CHARS}{CLAUSE_BREAK_CHARS}\n]{{0,8}}?$")
        # 园区得到…支持，…，先后引进A、B等一批企业落户: a clause of a deed with no subject, in a sentence whose topic is a place
        self.deed_clause = re.compile(rf"\s*{deed}(?:(?:{paired_verbs})+|{gather})\s*")
        (self.topic_opening, self.topic_means, self.people, self.attendance, self.counted_at, self.counted_clause_close,
         self.settled_here) = (re.compile(lists[k].replace("{count}", count)) if lists.get(k) else None for k in (
            "topic_opening", "topic_means", "people", "attendance", "counted_at", "counted_clause_close", "settled_here"))
        self.counted_clause_gap = re.compile(rf"[^{SENTENCE_END_CHARS}{CLAUSE_BREAK_CHARS}\n]{{0,12}}[，,]\s*(?:(?:{openers})\s*[：:]?\s*)?")
        self.built_there, self.park_built = re.compile(lists["built_there"]), re.compile(lists["park_built"])
        program = self.pattern.get("list_program")
        self.place_program = program.regex("place_tail", "{place_tails}$") if program else None
        self.subset_by_deed = re.compile(lists["subset_by_deed"].replace("{count}", count).replace(
            "{openers}", openers)) if lists.get("subset_by_deed") else None
        self._read_list_topics(rules)
        self.selection_cue = re.compile(rf"{alternation(rules.relations['selected_as']['cues'])}|{lists['list_words']}")

    def relations(self, text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                  sentence_of: dict[Mention, int], found: Iterable[Relation]) -> list[Relation]:
        found = list(found)
        out: list[Relation] = []
        by_head: dict[Mention, list[Relation]] = {}  # what the sentences said of each head
        for r in found:
            by_head.setdefault(r.head, []).append(r)
        said = {(r.head, r.relation) for r in found}  # and what the lists said too
        # the first sentence that said it: 这两家企业此前已是P1 after a list does not keep the list from its program
        said_at: dict[tuple[Mention, str], int] = {}
        for r in found:
            key = (r.head, r.relation)
            said_at[key] = min(said_at.get(key, r.sentence), r.sentence)

        def add(relations: list[Relation]) -> None:
            out.extend(relations)
            said.update((r.head, r.relation) for r in relations)
            for r in relations:
                said_at.setdefault((r.head, r.relation), r.sentence)

        framed: tuple[int, tuple[Mention, Pattern]] | None = None  # the sentence and place of the last framed list
        own_places = {m.end: text[m.start:m.end] for m in mentions if m.label == REGION}
        report = report_park(text, mentions) if self.settled_here is not None else None
        for index, members in self._lists(text, mentions):
            add(self._shared(text, members, by_head, sentence_of))
            first = members[0]
            list_end = self._list_end(text, mentions, index)
            spelled_out = self._is_spelled_out(text, sentences, first, sentence_of[first]) or \
                self._program_headed(text, mentions, index, first)
            place = self._framing_place(text, sentences, mentions, index, sentence_of, spelled_out, len(members)) or \
                self._place_after(text, mentions, index + len(members), members, sentence_of) or \
                self._counted_clause(text, sentences, mentions, index, members, sentence_of) or \
                self._framed(kind_frame(text, sentences, mentions, index, sentence_of, list_end, PLACES), "list_count")
            # 中山的企业中，既有A、B等…，也有C、D等…: the second list of the pair has the first one's frame
            # 某区开工建设A等项目10个，…，竣工投产B等项目8个: a later clause opening with a deed of the place goes on with it
            if place is None and framed is not None and framed[0] == sentence_of[first] and (
                    self.paired_opener.search(text, sentences[framed[0]][0], first.start) or
                    self._paired_clause(text, sentences, mentions, index, framed, sentence_of)):
                place = framed[1]
            program = None
            if place is None:
                place, program = self._same_count(text, sentences, mentions, members, sentence_of, list_end)
            place = place or self._topic(text, sentences, mentions, index, sentence_of) or \
                self._report_topic(text, sentences, mentions, index, members, sentence_of, report)
            if program is not None and (self.counted_sets.one_of(members, text, list_end) or not any(
                    (m, program[1].relation) in said for m in members)):  # (one of a set holds its program, and its own)
                add([program[1].relation_of(m, program[0], sentence_of[m]) for m in members
                     if m.label in program[1].head])
            if place is not None and (PARTNERS_BEFORE.search(text, max(0, first.start - 2), first.start)
                                      or PARTNERS_AFTER.match(text, list_end) and PLACE_SIGNS.search(
                                          between := text[place[0].end:first.start]) and not PLACE_OWNS.search(between)):
                place = None
            if place is not None:
                framed = (sentence_of[first], place)
                pattern, frame = place[1], text[place[0].start:place[0].end]  # (、公主岭市B园 framed by 梨树县: B's own)
                add([pattern.relation_of(m, place[0], sentence_of[m]) for m in members if m is not place[0] and m.label in
                     pattern.head and not (self.gazetteer and self.gazetteer.apart(own_places.get(m.start), frame))])
            if self.place_program is not None and spelled_out and not self._set_apart(text, sentences, first, sentence_of) and \
                    not any(said_at.get((m, self.pattern["list_program"].relation), len(sentences)) <= sentence_of[m]
                            for m in members):
                add(self._program_of(text, mentions, index, members, sentence_of, sentences))
        # 拟确定以下6个县为P。名单如下：1. 某县 2. 某县 (the places heading lines, 成都市：A, frame the members)
        heads = {m.start for m in mentions if m.label in PLACES and LINE_HEAD.fullmatch(
            text, text.rfind("\n", 0, m.start) + 1, text.find("：", m.end) + 1 or m.end)}
        places = [m for m in mentions if m.start not in heads]
        for index, members in [(i, ms) for i, ms in self._lists(text, places, PLACES, heads) if len(ms) > 1]:
            s = sentence_of[members[0]]
            back = self._places_back(text, sentences, sentence_of, s)
            if self.place_program is not None and (self._program_headed(text, places, index, members[0]) or self._is_spelled_out(
                    text, sentences, members[0], s) and (s and BARE_OPENER.fullmatch(text, *sentences[s - 1])
                                                         or any(m.label == PROGRAM and back <= sentence_of[m] <= s for m in mentions))):
                add(self._program_of(text, places, index, members, sentence_of, sentences))
        return out

    def _paired_clause(self, text, sentences, mentions, index: int, framed, sentence_of) -> bool:
        """The list's clause opens with a verb of the place's deeds (`paired_verbs`), and no place is named between
        the place of the list before and this list."""
        first = mentions[index]
        # 钦州市开竣工A项目一期二、三阶段，B工程等50个项目: a clause that is only the rest of the enumeration, closed by its count
        go_on = clause_start(text, sentences[framed[0]][0], first.start) == first.start and \
            self.list_count.match(text, self._list_end(text, mentions, index)) is not None
        if not go_on and not self.paired_verb.search(text, sentences[framed[0]][0], first.start):
            return False
        place = framed[1][0]
        for i in range(index - 1, -1, -1):
            m = mentions[i]
            if m.start < place.end:
                return True
            if m.label in PLACES and not listed_member(text, m):  # (a park listed among the members before)
                return False
        return True

    def _is_spelled_out(self, text, sentences, first: Mention, s: int) -> bool:
        """…分别是A、B; 名单如下：(line break) 1. A: an opener before the first member (or its line);
        其中，无锡市8家：(line break) A (line break) B: a line that ends with a colon before a list one per line (or
        line by place: 按市排列如下：(line break) 成都市：A (line break) 自贡市：B、C)."""
        start = sentences[s][0]
        opening = self._own_place_start(text, start, first.start)  # (1.宜春市富硒大米产业园: the member's own place first)
        headed = s and LINE_HEAD.fullmatch(text, start, opening)
        bulleted = s and self.bullet_only.fullmatch(text, start, opening)
        if bulleted or headed:  # a numbered line (or one by place): its opener ends the line before
            if self.colon_line_end.search(text, sentences[s - 1][0], opening if bulleted else start) or bulleted and (
                    self._numbered_since(text, sentences, s) is not None or self.numbered_line.match(text, start)
                    and s > 1 and self.title_line.fullmatch(text, *sentences[s - 1])):  # (not a headline: 某县1家企业入选某名单)
                return True
            if headed and self.count_heading.match(text, start) and self._numbered_since(text, sentences, s) is not None:
                return True  # 名单如下：(line break) 宜昌市6个：A (line break) 黄石市2个：B
            start = sentences[s - 1][0] if bulleted else start
        return self.opened.search(text[start:opening]) is not None or \
            self.heading.fullmatch(text, start, first.start) is not None  # 1. 省级绿色园区：A、B和C

    def _own_place_start(self, text: str, start: int, end: int) -> int:
        """Where a place opening a numbered or headed line's member starts (1.宜春市富硒大米产业园, 咸宁市1个：嘉鱼县潘湾化工园区),
        else `end`."""
        head = self.bullet_only.match(text, start, end)
        head = head if head.end() > start else LINE_HEAD.match(text, start, end)
        own = self.gazetteer and head and head.end() > start and self.gazetteer.region_re.fullmatch(text, head.end(), end)
        return head.end() if own else end

    def _lists(self, text: str, mentions: list[Mention], kinds=MEMBERS, heads: set[int] = frozenset()
               ) -> list[tuple[int, list[Mention]]]:
        """Each run of mentions joined as one list (its first member's index): one label's, or places' (1. 某县 2. 某高新区)."""
        lists, current, first = [], mentions[:1], 0
        for i in range(1, len(mentions)):
            previous, m = current[-1], mentions[i]
            nxt = mentions[i + 1] if i + 1 < len(mentions) else m
            if m.label == REGION and previous.label in (PARK, PROJECT) and nxt.label == previous.label and nxt.start == m.end \
                    and JOINT_THEN_REGION.fullmatch(text, previous.end, m.end) and text[nxt.end:nxt.end + 1] in MEMBER_ENDS:
                continue  # A、竹溪县金铜岭化工园区: the region opening the next member's name, inside the list
            if m.start == previous.end and previous.label == REGION and m.label in (PARK, PROJECT) and m.label in kinds \
                    and text[m.end:m.end + 1] in MEMBER_ENDS:
                current[-1] = m  # 4 滑县煤化工产业园 (line break), A、宜城市精细化工产业园区、B: the region opens a member's name
                first = i if len(current) == 1 else first
                continue
            note = self.member_note.match(text, previous.end) if previous.label in MEMBERS else None
            if note and note.start() < m.start and m.end < note.end():
                continue  # 1. 浙江晨越轴承有限公司（新昌县）2. …, 9. 某某公司：“某某项目”: a name in a member's note is part of it
            mixed = {m.label, previous.label} == BUILT and self.built_joint.fullmatch(text, previous.end, m.start)
            if (m.label == previous.label or kinds == PLACES or mixed) and m.label in kinds and previous.label in kinds and (
                    self.joint.fullmatch(text, previous.end, m.start) or
                    self.unread_items.fullmatch(text, previous.end, m.start) or _unread_member(text, previous, m) or
                    m.label in (PARK, PROJECT) and JOINT_THEN_REGION.fullmatch(text, previous.end, m.start) or
                    (joint := HEADED_JOINT.fullmatch(text, previous.end, m.start)) and joint.start("label") in heads or
                    (m.start == previous.end and text.endswith(self.run_together, previous.start, previous.end))):
                current.append(m)
                continue
            lists.append((first, current))
            current, first = [m], i
        lists.append((first, current))
        return [(i, members) for i, members in lists if members and members[0].label in kinds]

    def _shared(self, text: str, members: list[Mention], by_head: dict[Mention, list[Relation]],
                sentence_of: dict[Mention, int]) -> list:
        if len(members) < 2:
            return []
        note = self.member_note.match(text, members[-1].end)
        span = range(members[0].start, note.end() if note else members[-1].end)  # a place in a member's note is its own
        # 浏阳市A、株洲市B: when the other members open with places of their own, so does the first
        own = {m.start for m in members} if any(JOINT_THEN_REGION.fullmatch(text, a.end, b.start)
                                                for a, b in zip(members, members[1:])) else ()
        said = {(r.relation, r.tail): r for m in members for r in by_head.get(m, ())
                if r.relation in self.shared and r.tail not in members and r.tail.start not in span
                and not r.rule.endswith(EACH) and r.tail.end not in own and not self._opens_item(text, r.tail, members)}
        out = []
        tight = all(TIGHT_JOINT.fullmatch(text, a.end, b.start) for a, b in zip(members, members[1:]))
        for (relation, tail), r in said.items():
            pattern = self.shared[relation]
            # `tight`: 建设A项目和B项目, one clause's members (not A项目；B项目由某公司…, nor a numbered list's items),
            # and only those that name no such relation of their own
            strict = pattern.value("tight", False)
            own = {m for m in members for x in by_head.get(m, ()) if x.relation == relation} if strict else set()
            if tail.label in pattern.tail and (tight or not strict):
                out += [pattern.relation_of(m, tail, sentence_of[m], min(pattern.confidence, r.confidence))
                        for m in members if m.label in pattern.head and m not in own]
        return out

    def _opens_item(self, text: str, place: Mention, members: list[Mention]) -> bool:
        """3. 金华市A园（孝顺） (line break) 4. B园: a place opening a numbered item, before its member, is that item's own
        (not 1. 宜宾市A园、B园获评P: the item's own list, on its line)."""
        return any(m.start == place.end for m in members) and "\n" in text[place.end:members[-1].start] and \
            self.item_number.fullmatch(text, text.rfind("\n", 0, place.start) + 1, place.start) is not None

    def _framing_place(self, text, sentences, mentions, index: int, sentence_of,
                       spelled_out: bool, size: int) -> tuple[Mention, Pattern] | None:
        first = mentions[index]
        s = sentence_of[first]
        before = mentions[index - 1] if index else None  # (安庆市获评P的3家企业分别是：A: the place before the program)
        before = mentions[index - 2] if index > 1 and (before.label == PROGRAM or bracket_note(  # (某经开区（某区）集聚了A、B:
            text, mentions[index - 2], before)) else before  # the park that the place in brackets notes)
        if before is not None and before.label in PLACES and sentence_of[before] == s \
                and self._opens_clause(text, sentences, s, before):
            gap_start = after_brackets(text, before.end if mentions[index - 1].label == PROGRAM else mentions[index - 1].end)
            if self.frame_gap.fullmatch(text, gap_start, first.start) or \
                    (first.label != PARK and self.event_clause.fullmatch(text, gap_start, first.start)):
                return self._framed(before, "list_frame")
            # 格尔木工业园X年产…、B、C等4个项目: a first member that is no name, then the list closed by its count
            if self.unnamed_first.fullmatch(text, after_brackets(text, before.end), first.start) and \
                    self.closed_by_count.match(text, self._list_end(text, mentions, index)):
                return self._framed(before, "list_frame")
        # 有3家企业位于P，分别是A、B和C: a count and a cue of place before the place, an opener before the list
        if before is not None and before.label in PLACES and sentence_of[before] == s and spelled_out and \
                self._counted_at(text, sentences, s, before, first.label) and \
                self.frame_end.fullmatch(text, after_brackets(text, before.end), first.start):
            return self._framed(before, "list_frame")
        # 在准东开发区，A、B…; 在南昌市获评P的企业中，有A、B…: a place opening the sentence's frame clause
        opening_at = last_before(mentions, index, sentence_of, s)
        opening = mentions[opening_at] if opening_at is not None else None
        outer = outer_place(mentions, opening_at)  # 在江州区某产业园内，: the park, in the run that 在 opens
        if opening is not None and opening.label in PLACES and self.at_place.search(text, max(outer.start - 14, 0), outer.start) and \
                self._opens_clause(text, sentences, s, outer, at=True) and (
                self.frame_end.fullmatch(text, after_brackets(text, opening.end), first.start)
                or self.place_has and self.place_has.fullmatch(text, after_brackets(text, opening.end), first.start)):
            return self._framed(opening, "list_frame")
        # 平潭共有3家企业入选…。这3家企业分别是A、B; 某区共有3家企业入选P，它们分别是A、B; 某区共有4家企业获得认定，
        # 名单如下：(line break) 1. A: the place counted before a spelled-out list, in its sentence or the one before
        bare = self.bare_opening.fullmatch(text, sentences[s][0], first.start)
        if not bare and not spelled_out:
            return None
        numbered = s > 0 and self.bullet_only.fullmatch(text, sentences[s][0], first.start)
        heading, line = (next(mentions_back(mentions, index, sentence_of, s - 1), None), sentences[s - 1]) if numbered else (None, None)
        # 湖州市：(line break) A (line break) B: a line that is a place and a colon heads the list
        if heading is not None and heading.label in PLACES and self.bullet_only.fullmatch(text, line[0], heading.start) and \
                self.colon_after.fullmatch(text, after_brackets(text, heading.end), line[1]):
            return self._framed(heading, "list_frame")
        earliest = s - 1 if bare or numbered else s  # a numbered list: the count in its opener's sentence
        # (这7家企业均来自某县，名单如下：: a count and a cue of place before the place; not 其中2家来自某县: a part)
        counted = (m for m in mentions_back(mentions, index, sentence_of, max(earliest, 0), s)
                   if m.label in PLACES and (self.counted_sets.counts(text, m, first.label) or (
                       self._counted_at(text, sentences, sentence_of[m], m, first.label)
                       and "其中" not in text[clause_start(text, sentences[sentence_of[m]][0], m.start):m.start])))
        place = self.counted_sets.unless_topped(text, next(counted, None), sentences[s][0], first.start)
        # a line framing the members in its place heads them too (此次签约落户某开发区的项目有：; 某县此次开工的项目共3个，…分别是：)
        if place is None and heading is not None and heading.label in PLACES and self.colon_line_end.search(text, *line) \
                and self._opens_clause(text, sentences, s - 1, heading) and self.line_frame.fullmatch(text, heading.end, line[1]):
            return self._framed(heading, "list_frame")
        if place is None and spelled_out:
            place = self._counted_before(text, mentions, index, sentence_of, first.label, s, size, (sentences[s][0], first.start))
        return self._framed(place, "list_count") if place is not None else None

    def _counted_clause(self, text, sentences, mentions, index: int, members: list[Mention], sentence_of
                        ) -> tuple[Mention, Pattern] | None:
        """淮安共有8家企业上榜，A、B、C等企业名列其中: a place's clause counts the list's kind, the list opens the next
        clause, closed by 等 or a word putting its members among those counted (`counted_clause_close`)."""
        if self.counted_clause_close is None or not index:
            return None
        first, before, s = mentions[index], mentions[index - 1], sentence_of[mentions[index]]
        if before.label not in PLACES or sentence_of[before] != s or not self._opens_clause(text, sentences, s, before):
            return None
        count = self.counted_sets.count_after(text, before)
        if count is None or self.counted_kinds.get(count.group("unit"), first.label) != first.label or \
                not self.counted_clause_gap.fullmatch(text, count.end(), first.start) or \
                not self.counted_clause_close.match(text, self._list_end(text, mentions, index)):
            return None
        return self._framed(before, "list_frame")

    def _counted_at(self, text, sentences, s: int, place: Mention, kind: str) -> bool:
        """The place's clause counts things of this kind and says with a cue that they are at the place."""
        found = self.counted_at and self.counted_at.search(text[clause_start(text, sentences[s][0], place.start):place.start])
        return found is not None and self.counted_kinds.get(found.group("unit"), kind) == kind

    def _list_end(self, text: str, mentions: list[Mention], index: int) -> int:
        """Where the list that starts at `index` ends (after its last member's note)."""
        last = mentions[index]
        for m in mentions[index + 1:]:
            if m.label != last.label or not (self.joint.fullmatch(text, last.end, m.start) or m.start == last.end):
                break
            last = m
        note = self.member_note.match(text, last.end)
        return note.end() if note else last.end

    def _same_count(self, text, sentences, mentions, members: list[Mention], sentence_of, list_end: int
                    ) -> tuple[tuple[Mention, Pattern] | None, tuple[Mention, Pattern] | None]:
        place, program = self.counted_sets.find(text, sentences, mentions, members, sentence_of, list_end)
        pattern = self.pattern.get("list_program")
        return self._framed(place, "list_count"), \
            (program, pattern) if program is not None and pattern is not None else None

    def _counted_before(self, text, mentions, index: int, sentence_of, kind: str, s: int, size: int, opener: tuple[int, int]):
        """我市共有7个项目签约。…。其中外企项目4个，分别是A、B: the nearest place counted before, counting this kind, and as many
        as the list's opener states if it does (福清市共有9家… before 福清获评P的9家企业分别是, not 其中福州上榜20家), none if it
        names a ranking's top and no place counts as many (成都42家企业上榜 before 某榜单前10位分别为)."""
        stated = self.counted_sets.stated(text, *opener)
        first = max(s - self.count_reach, 0)  # and the headline (敦煌市20个重点项目集中开工), which frames every list
        reach = [*mentions_back(mentions, index, sentence_of, first, s), *(mentions_back(mentions, index, sentence_of, 0) if first else ())]
        counted = [(m, count) for m in reach
                   if m.label in PLACES and self.counted_sets.counts_here(text, m, kind)
                   and (count := self.counted_sets.count_after(text, m))]
        if not counted:
            return None
        place, count = next(((m, c) for m, c in counted if stated and count_value(c.group("number")) == stated), counted[0])
        if any(m.label in MEMBERS and m is not place for m in mentions_back(mentions, index, sentence_of, s)):
            return None  # (株洲市国投集团投资的企业有两家，分别为A和B: the firm before the list owns its count, not a place)
        if self.counted_sets.unless_topped(text, place, *opener) is None or any(  # (a ranking's top; 哈尔滨有8家，齐齐哈尔有2家:
                sentence_of[m] == sentence_of[place] and text[m.start:m.end] != text[place.start:place.end] for m, _ in counted[1:]):
            return None  # a count per place is a distribution, not the list's frame)
        closing = self.list_count.match(text, self._list_end(text, mentions, index))
        # 济源1家企业入选…。…A、B等7家企业: another count's list is not the place's, nor several when it counts one (达州一家…)
        counted = count_value(count.group("number"))
        same = (closing is None or count_value(closing.group("number")) == counted) and not (  # (新增1家A、5家B: five too)
            counted == 1 and size > 1 and not self.counted_sets.counts_more(text, count.end())) and not (
            self.counted_sets.settled(count) and sentence_of[place] != s and stated != counted)  # (在某县落户的…有5家。…3家企业分别是)
        return place if same and self.counted_kinds.get(count.group("unit")) == kind else None

    def _place_after(self, text, mentions, after: int, members: list[Mention], sentence_of
                     ) -> tuple[Mention, Pattern] | None:
        """A、B等125个重点项目在青岛西海岸新区集中开工: the place after the list's count and a location cue. A park alone
        is framed so only when built there (某数创园在黄埔开工; not 某高新区在北京与…签约: its deed's place), and nothing
        by a place that 的 follows (某公司选择把在平湖的项目作为…: the place of what follows it)."""
        last = members[-1]
        if after >= len(mentions):
            return None
        place = mentions[after]
        place_end = after_brackets(text, place.end)
        note = BRACKET_NOTE.match(text, place.end)
        inner = next((m for m in mentions[after + 1:after + 3] if m.label == PARK and m.start == (note.end() if note else -1)), None)
        if text.startswith("的", place_end) or \
                (len(members) == 1 and last.label == PARK and not self.park_built.match(text, place_end)) or \
                (len(members) == 1 and last.label == COMPANY and not OTHER_FIRMS_COUNTED.match(text, last.end)):
            # (a firm alone before 在P: locatedIn.company_at's; not 某公司等15家企业在某产业园集中开工)
            return None
        if place.label in PLACES and sentence_of[place] == sentence_of[last] and self.place_in_count is not None and \
                self.place_in_count[0].fullmatch(text, after_brackets(text, last.end), place.start) and \
                self.place_in_count[1].match(text, after_brackets(text, place.end)):
            return self._framed(place, "list_after")  # A、B等71家滨海新区企业入围: the place inside the count's noun
        if place.label in PLACES and sentence_of[place] == sentence_of[last] and \
                self.tail_location.fullmatch(text, after_brackets(text, last.end), place.start) and \
                not (last.label == COMPANY and self.built_there.match(text, after_brackets(text, place.end))) and \
                not self._attended(text, after_brackets(text, last.end), place) and (
                    text.find("，", last.end, place.start) == -1 and text.find(",", last.end, place.start) == -1
                    or self.comma_place_deeds.match(text, after_brackets(text, (inner or place).end))):
            # (在某高新区（某区）北区工业园开工: the park inside the park)
            return self._framed(inner if place.label == PARK and inner is not None else place, "list_after")
        return None

    def _attended(self, text: str, list_end: int, place: Mention) -> bool:
        """A、B等企业负责人在某区分会场参加活动: people of the companies at an event, not the companies at a place."""
        return (self.people is not None and self.people.search(text, list_end, place.start) is not None) or \
            (self.attendance is not None and self.attendance.match(text, after_brackets(text, place.end)) is not None)

    def _framed(self, place: Mention, shape: str) -> tuple[Mention, Pattern] | None:
        pattern = self.pattern.get(shape)
        return (place, pattern) if place is not None and pattern is not None and place.label in pattern.tail else None

    def _opens_clause(self, text, sentences, s: int, place: Mention, at: bool = False) -> bool:
        """The place opens its clause (after 在 alone, with `at`)."""
        start = sentences[s][0]
        clause = max([start] + [i + 1 for i in range(start, place.start) if text[i] in "，,：:"])
        return (self.at_opening if at else self.clause_opening).fullmatch(text, clause, place.start) is not None

    def _set_apart(self, text, sentences, first: Mention, sentence_of) -> bool:
        """已上市的有6家，分别是A、B: the list's count follows a deed other than a selection (`subset_by_deed`; not
        新认定的16家企业分别是：A、B, whose deed selects them)."""
        start = sentences[sentence_of[first]][0]
        subset = self.subset_by_deed.search(text, start, first.start) if self.subset_by_deed is not None else None
        # 在这份名单中，某集团投资的企业有两家: within the list itself, they are its members
        return subset is not None and self.selection_cue.search(text, start, first.start) is None and \
            (not self.selecting.search(subset["deed"]) or self.unselected.search(subset["deed"]))
