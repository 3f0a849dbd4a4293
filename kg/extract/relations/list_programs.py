"""The program of a spelled-out list (`分别是`, `如下`) when no member has one yet: the nearest program named in the
list's sentence or the ones before it; after `名单如下：` a list's name, the headline's when the nearest is a designation
named in passing. Mixed into ListReader, whose patterns (`lists` in rules/relations.yaml) it uses."""
from __future__ import annotations

import re

from kg.extract.relations.sentence import CONDITION, PLACES, mentions_back, shared_ending
from kg.extract.search import alternation, compile_scan
from kg.extract.text import in_order
from kg.model import Mention
from kg.schema import PARK, PROGRAM, REGION

# (not 获评P的企业中，有A、B, 获评P的企业分别是A、B: the frame of the list)
CLASS_OF = re.compile(r"的(?:企业|园区|单位|项目)(?!中|\s*(?:分别|依次)?(?:是|为|有|包括)[：:]?)")
# 中国制造业500强: firms' ranking (县域经济10强, 全国县域制造业百强: places')
FIRMS_RANKED = re.compile("(?<!县域)(?<!城市)(?:企业|民企|制造业|服务业|上市公司|品牌)")
# 其中某市占6席，分别为A、B: a part of those counted opens the list's line
PART = re.compile(r"\s*(?:其中|另外|此外)?[，,]?[^，,。；;\n]{0,24}?(?:占|有)?(?:\d+|[一二三四五六七八九十两]+)\s*[个席家户名][，,：:为]")
OPENER_REACH = 40  # characters before a list's first member searched for its opener
# 这次获批的9家企业分别是：A、B: a count of the members, which the sentence naming their program gave before
COUNTED_OPENER = re.compile(r"(\d+|[一二三四五六七八九十两]+)\s*家(?:企业|单位)?(?:分别|依次)?(?:是|为)[：:]?\s*$")
ANY_COUNT = re.compile(r"(?<![\d一二三四五六七八九十两])(\d+|[一二三四五六七八九十两]+)\s*家")
SELECTED_REACH = 12  # sentences back an opener that says its members were selected may look for their list
SAME_LIST_ENDING = 4  # characters a published list's name shares at its end with the program that it is (园区名单)
OTHER_LIST = re.compile(r"(?:发布|公布|出炉|揭晓)[^。；;\n]{0,30}?(?:排行|榜|名单|名录)|(?:排行|榜单|名单|名录)(?:发布|公布|出炉|揭晓)")
SELECTED_OPENER = re.compile(r"[^，,。；;：:\n]{2,30}?(?:包括|有|是|为|如下)\s*[：:]\s*$")  # 上榜的企业中包括：
NAMED_BY_TAIL = re.compile(r"([\u4e00-\u9fff]{2}(?:名单|榜单|名录))(?:前\s*\d+\s*[项家个名])?如下[：:]\s*(?:\d{1,3}\s*[.．、]?\s*)?$")
# 新认定的省三星级园区包括：(line break) 1. A: the words before the opener that name one of the lists named before in short
NAMED_IN_SHORT = re.compile(r"([\u4e00-\u9fff]{4,16})(?:包括|如下|分别是|分别为)[：:]\s*(?:\d{1,3}\s*[.．、]?\s*)?$")
MIN_SHORT_NAME = 4  # characters of such a short name
LINE_FIELD = re.compile(r"[，,]\s*([\u4e00-\u9fff]{2})\s*[。；;]?\s*$")  # …，所在地某县，培育: the line's last field
INTRO_END = compile_scan(r"(?P<named>名单|榜单|名录)?如下(?:[（(][^（）()\n]{1,20}[）)])?[：:]?\s*$")  # a list one per line


class ListPrograms:
    """Needs ListReader's `pattern`, `place_program`, `heading`, `colon_after`, `selection_cue`, `look_back`,
    `section_line`, `numbered_line`, `colon_line_end` and `_own_place_start`, and sets its own patterns in
    `_read_list_programs` (called by ListReader.__init__)."""

    def _read_list_programs(self, lists: dict) -> None:
        self.named_list_opener, self.count_heading = re.compile(lists["named_list_opener"]), re.compile(lists["count_heading"])
        # sentence -> where its walk back over numbered lines stops (_walk_back), for one document's sentences at a time
        # (a pipeline reads one document at a time; builds run in processes, not threads)
        self._walks: dict[int, int] = {}
        self._walks_of: list | None = None
        self.own_kind_close = re.compile(lists["own_kind_close"])
        self.parts_opener = re.compile(lists["parts_opener"])
        self.pointing_ahead, self.withheld_section = (re.compile(lists[k]) for k in ("pointing_ahead", "withheld_section"))
        self.list_word_end = re.compile(rf"(?:{alternation(lists['list_words'])})(?:[（(][^（）()\n]{{1,20}}[）)])?$")
        pattern = self.pattern.get("list_program")
        self.park_program, self.any_kind_program = (pattern.regex(k) if pattern and k in pattern.values else None
                                                    for k in ("park_tail", "any_kind_tail"))

    def _numbered_since(self, text, sentences, s: int) -> int | None:
        """The sentence whose colon opens the numbered lines down to sentence `s` (名单如下：(line break) 1. A (line
        break) 2. (no name found) (line break) 3. B; lines headed by a count are numbered too: 宜昌市6个：A), or None."""
        k = self._walk_back(text, sentences, s - 1)
        return k if k < s - 1 and self.colon_line_end.search(text, sentences[k][0], sentences[k + 1][0]) else None

    def _walk_back(self, text, sentences, k: int) -> int:
        """The first sentence from `k` back that is neither a numbered line nor the line under a section's heading
        (一、先进市州 (line break) A、B (line break) 二、…); remembered for the text's sentences, so that each line of a
        long list does not walk back over all the lines before it."""
        if self._walks_of is not sentences:
            self._walks, self._walks_of = {}, sentences
        walks, path = self._walks, []
        while k > 0 and k not in walks and (self.numbered_line.match(text, sentences[k][0])
                                            or self.section_line.match(text, sentences[k - 1][0])):
            path.append(k)
            k -= 1
        k = walks.get(k, k)
        walks.update(dict.fromkeys(path, k))
        return k

    def _program_headed(self, text: str, mentions: list[Mention], index: int, first: Mention) -> bool:
        """漳州市十强茶叶企业：A、B: a line headed by a program and a colon spells out its members, and so does a section's
        heading that is a program alone (三、十强工业企业 (line break) A (line break) B)."""
        heading = mentions[index - 1] if index else None
        if not heading or heading.label != PROGRAM:
            return False
        line_start = text.rfind("\n", 0, heading.start) + 1
        return bool(self.colon_after.fullmatch(text, heading.end, first.start) and "\n" not in text[heading.end:first.start]
                    or self.section_line.fullmatch(text, line_start, heading.start) and text[heading.end:first.start].strip() == "")

    def _after_intro(self, text: str, sentences: list[tuple[int, int]], s: int) -> int:
        """The first sentence searched for the program of a list one per line from sentence `s`: the line that
        introduces it (…排列如下：), and the sentences before that line when it names a list selected into
        (河南入选的17个县名单如下：, after the sentence that named the list published)."""
        intro = INTRO_END.search(text, *sentences[s - 1])
        if intro is None:
            return s
        named = intro["named"] and self.selection_cue.search(text, sentences[s - 1][0], intro.start())
        return max(s - self.look_back, 0) if named else s - 1

    def _of_places(self, name: str, label: str | None = None) -> bool:
        """A program whose members are places (县域经济10强: places' ranking); of regions, not of parks (绿色工业园区名单)."""
        if self.park_program is not None and self.park_program.search(name) and label in (REGION, PARK):
            return label == PARK  # (a list of parks: 某省第一批小微企业园认定名单)
        return bool(self.place_program.search(name)) or name.endswith("强") and not FIRMS_RANKED.search(name)

    def _fits(self, name: str, label: str, of_places: bool) -> bool:
        """The program may select members of the list's kind (先进单位: of any kind)."""
        return self._of_places(name, label) == of_places or bool(self.any_kind_program and self.any_kind_program.search(name))

    def _program_of(self, text, mentions, index: int, members, sentence_of, sentences) -> list:
        s, pattern = sentence_of[members[0]], self.pattern["list_program"]
        if self.own_kind_close.match(text, members[-1].end):
            return []  # 还有A、B等一批骨干企业: the list's own kind, no program's
        if self._parts_listed(text, sentences[s][0], members[0]):
            return []  # 某开发区下辖A、B: a park's or a place's parts
        of_places = members[0].label in PLACES
        headed = self.heading.fullmatch(text, text.rfind("\n", 0, members[0].start) + 1, members[0].start)  # its line's
        back = s if headed else s - SELECTED_REACH if self._selected_opener(text, members[0]) else s - self.look_back
        # a list under a section's heading after its opener (名单如下：(line break) 一、A类 (line break) B、C (line break) 二、…,
        # or 一、A类：B、C, whose heading's own program comes first if it names one; not 3. 昌吉州：A, a place's line)
        sectioned = s and not headed and self.section_line.match(text, sentences[s - 1][0])
        section = s and headed and self.section_line.match(text, sentences[s][0])
        counted = not headed and self.count_heading.match(text, sentences[s][0])  # 宜昌市6个：A、B (line break) 黄石市2个：C
        opener = self._numbered_since(text, sentences, s + 1 if section or counted else s) if sectioned or section or counted else None
        if opener is not None and INTRO_END.search(text, *sentences[opener]):
            intro = max(opener + 1 - self.look_back, 0) if counted else self._intro_back(text, sentences, sentence_of, opener)
            back = min(back, intro)
        if sectioned and self.withheld_section.search(text, *sentences[s - 1]):
            return []  # (二、未通过复核企业 (line break) 1. A: a section set apart)
        program = next((m for m in mentions_back(mentions, index, sentence_of, back, s)
                        if m.label in pattern.tail and self._fits(text[m.start:m.end], members[0].label, of_places)
                        and not CLASS_OF.match(text, m.end) and not CONDITION.match(text, m.end)), None)  # (已进入P的企业将…)
        if program is not None and sentence_of[program] < s - self.look_back and \
                _other_list(text, program, members[0].start):
            program = None  # (…发布2024民营企业营收排行。上榜的企业中包括：A: the list named last, not found as a program)
        opener = self.named_list_opener.search(text, max(0, members[0].start - OPENER_REACH), members[0].start)
        if opener and (program is None or not self.list_word_end.search(text, program.start, program.end)
                       and program.start < text.rfind("\n", 0, opener.start()) + 1):
            # 名单如下：1. A after a designation named in passing on a line before (进入“某某”500强企业组): the
            # headline's list (not 另有3家企业获评P，名单如下：, whose own line names its program)
            headline_end = text.find("\n")
            program = next((m for m in mentions if m.end <= headline_end and m.label in pattern.tail
                            and self.list_word_end.search(text, m.start, m.end)
                            and self._fits(text[m.start:m.end], members[0].label, of_places)), program)
        program = self._named_by_tail(text, mentions, index, members[0], of_places) or self._named_in_short(
            text, mentions, index, members[0], of_places) or program
        if program is not None and sentence_of[program] < s:  # (not 获评P的9家企业分别是: the list's own sentence names it)
            program = self._program_counting(text, mentions, index, members[0], program, sentence_of, s) or program
        if program is None:
            return []
        named_before = {text[m.start:m.end]: m for m in mentions[:index] if m.label in pattern.tail}
        return [pattern.relation_of(x, self._marked(text, named_before, x) or program, sentence_of[x])
                for x in members if x.label in pattern.head]

    def _places_back(self, text: str, sentences, sentence_of: dict[Mention, int], s: int) -> int:
        """The first sentence a list of places from sentence `s` may find its program in: its opener alone, a program in
        it, or before it a part of those counted (其中某市占6席，分别为A、B; not 在以下县区举行)."""
        back = s - self.look_back if PART.match(text, sentences[s][0]) else s
        back = self._after_intro(text, sentences, s) if s and back == s else back
        opener = self._numbered_since(text, sentences, s) if back == s and s else None
        if opener is not None and INTRO_END.search(text, *sentences[opener]):
            return self._intro_back(text, sentences, sentence_of, opener)
        return back

    def _intro_back(self, text: str, sentences, sentence_of: dict[Mention, int], opener: int) -> int:
        """The first sentence searched for the program of a list under the line `opener` that introduces it (…如下：): that
        line, or the sentence before it when the line names nothing and that sentence points ahead to the list (下列单位命名为
        P。名单按类别公布如下：(line break) 一、A类 …; `pointing_ahead`)."""
        names_nothing = opener not in sentence_of.values()  # (no mention's sentence)
        points = opener > 0 and names_nothing and self.pointing_ahead.search(text, *sentences[opener - 1])
        return opener - 1 if points else opener

    def _parts_listed(self, text: str, sentence_start: int, first: Mention) -> bool:
        """某开发区…调整为“一区五园”，即：A、B: the list its sentence opens as the parts of what is named before them, unless
        the sentence selects them before that (入选的园区包括：某某“一区两园”即A、B)."""
        parts = self.parts_opener.search(text, sentence_start, first.start)
        return parts is not None and self.selection_cue.search(text, sentence_start, parts.start()) is None

    @staticmethod
    def _marked(text: str, named_before: dict[str, Mention], member: Mention) -> Mention | None:
        """1. 某某农业科技园区，所在地某县，培育: a field closing a member's line that names one of the lists before it
        (…创建名单, …培育名单) by its word."""
        line_end = text.find("\n", member.end)
        field = LINE_FIELD.search(text, member.end, len(text) if line_end == -1 else line_end)
        marked = [m for name, m in named_before.items() if field.group(1) + "名单" in name] if field else []
        return marked[0] if len(marked) == 1 else None

    def _named_by_tail(self, text: str, mentions: list[Mention], index: int, first: Mention, of_places: bool) -> Mention | None:
        """…一是2019年某某创建名单，二是…。创建名单前11项如下：1. A: the list the opener names by the end of its name, the
        nearest program before that ends so."""
        end = self._own_place_start(text, text.rfind("\n", 0, first.start) + 1, first.start)  # (1.北京市密云区…)
        named = NAMED_BY_TAIL.search(text, max(0, end - OPENER_REACH), end)
        if named is None:
            return None
        tail = self.pattern["list_program"].tail
        return next((m for m in reversed(mentions[:index]) if m.label in tail and text.endswith(named.group(1), m.start, m.end)
                     and "\n" not in text[m.start:m.end] and self._fits(text[m.start:m.end], first.label, of_places)), None)

    def _named_in_short(self, text: str, mentions: list[Mention], index: int, first: Mention, of_places: bool) -> Mention | None:
        """…等41个园区被评为省三星级现代农业园区，…省四星级…。新认定的省三星级园区包括：1. A: the one list named before whose
        name holds the opener's last words in their order (the longest such words that some list's name holds; none if
        they fit several)."""
        named = NAMED_IN_SHORT.search(text, max(0, first.start - OPENER_REACH), first.start)
        if named is None:
            return None
        tail = self.pattern["list_program"].tail
        lists = {text[m.start:m.end]: m for m in mentions[:index] if m.label in tail and "\n" not in text[m.start:m.end]
                 and self._fits(text[m.start:m.end], first.label, of_places)}
        words = named.group(1)
        for start in range(len(words) - MIN_SHORT_NAME + 1):
            held = [m for name, m in lists.items() if name.endswith(words[-1]) and in_order(words[start:], name)]
            if held:
                return held[0] if len(held) == 1 else None
        return None

    def _selected_opener(self, text: str, first: Mention) -> bool:
        """上榜的温州企业（排名不分先后）中包括：A: the opener says its members were selected, into the list the text
        named last, up to `SELECTED_REACH` sentences before, unless another list is said to be published in between."""
        opener = SELECTED_OPENER.search(text, max(0, first.start - OPENER_REACH), first.start)
        return opener is not None and self.selection_cue.search(opener.group()) is not None

    def _program_counting(self, text, mentions, index: int, first: Mention, nearest: Mention, sentence_of,
                          s: int) -> Mention | None:
        """这次获批的9家企业分别是：A、B after 某某名单正式发布，某区有A等9家企业榜上有名: when the nearest program's
        sentence counts other firms (共有11家企业被认定为P), the program of the sentence before that counts as many."""
        counted = COUNTED_OPENER.search(text, max(0, first.start - 20), first.start)
        if counted is None:
            return None
        counts = [c.group(1) for c in ANY_COUNT.finditer(text, *_sentence_around(text, nearest))]
        if not counts or counted.group(1) in counts:
            return None  # (the nearest program's sentence counts none, or these)
        tail = self.pattern["list_program"].tail
        return next((m for m in mentions_back(mentions, index, sentence_of, 0, sentence_of[nearest] - 1)
                     if m.label in tail and counted.group(1) in
                     [c.group(1) for c in ANY_COUNT.finditer(text, *_sentence_around(text, m))]), None)


def _other_list(text: str, program: Mention, end: int) -> bool:
    """A list said to be published after the program and before `end`, other than the program: not one whose name ends
    as the program's (湖北第一批拟认定合格化工园区名单出炉 (line break) 湖北省公布全省第一批拟认定合格的化工园区名单)."""
    said = OTHER_LIST.search(text, program.end, end)
    name = text[program.start:program.end]
    return said is not None and len(shared_ending(name, said.group())) < SAME_LIST_ENDING


def _sentence_around(text: str, m: Mention) -> tuple[int, int]:
    start = max(text.rfind(ch, 0, m.start) for ch in "。！？\n") + 1
    return start, min((e for e in (text.find(ch, m.end) for ch in "。！？\n") if e != -1), default=len(text))
