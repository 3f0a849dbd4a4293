"""Projects listed after a count of projects and an opener (project.yaml, `list_openers`):
6个城市功能完善类项目分别是A、B、C项目, or one a line after 共有N个项目…：  — every member names a
project, as A and A项目 (guidelines)."""
from __future__ import annotations

import re
from functools import partial
from typing import Any, Callable

from kg.extract.entities.brands import brand_named, is_kind
from kg.extract.entities.companies import FIRM_ENDINGS, CompanyRecogniser
from kg.extract.gazetteer import Gazetteer
from kg.extract.entities.names import QUOTES, NameText, bare, before_amount_note
from kg.extract.entities.state import DocState
from kg.extract.search import alternation, compile_rare, compile_scan
from kg.extract.text import LIST_COMMA, count_value, leading_count
from kg.model import Mention
from kg.schema import COMPANY, PARK, PROJECT

# a batch of firms and projects (一批企业和项目, 一批企业的优质项目, 一批企业项目, 一批企业投资项目, 一批本地企业陆续建设新项目,
# 一批招商企业也纷纷新上了优质项目;
# not 一批高新技术企业项目: a kind; nor 一批企业建设项目: the projects firms build)
FIRMS_TOO = re.compile("(?:企业|公司)(?:[和及与、的]|(?:也|陆续|纷纷|先后|相继|正在|均|都)*(?:新上|新建|建设|实施|开工|上马|启动|推进)(?=[^项]))"
                       "|(?<!技术)(?<!科技型)(?<!创新型)(?:企业|公司)(?:投资)?$")
LIST_MEMBER = re.compile("(?:[^、和及与]|(?<![目程])[和及与])+")  # A项目、B项目和C项目: 、, or a joiner after a suffix
MEMBER_END = re.compile(r"[。；;！？!?\n]")
TALLY_END = re.compile(r"(?:共计|合计|总计|共)\s*$")
KINDS_END = re.compile(r"(?:[两三四五六七八九十\d]+\s*[大个]?|几大|多个)(?:类别|大类|类|领域|板块|方面)$")  # (…和民生三大类)
LAST_JOINED = re.compile(r"、[^、，,]+?(?:和|及|以及|与)[^、，,和及与]{2,}$")  # A、B和C: a list whose last member 和 joins
LIST_CLOSE = re.compile(r"等(?!离子|级)(?:\d+|[一二三四五六七八九十两]+)?[个项批]?[^、，。；]{0,12}?(?:项目|工程)?$")
PHASE = re.compile(r"[一二三四五六七八九十\d]期")
LIST_SPLIT = re.compile("、|和|及")
PHASE_IN_BRACKETS = re.compile(r"[（(][一二三四五六七八九十\d]期[）)]")
CLAUSE_START = re.compile(r"[，。；：,;:\n]")
LISTED_RULES = ("project.list_member", "project.counted_list")
ETC_IN_CLAUSE = re.compile(r"[^，。；,;：:\n等]{0,60}?等")
# heads of lists of other things, between 等 and a 项目 further on (A、B等要素围着项目转, 借助A、B等平台签约项目; 市发改委、
# 经信局等部门负责人和各项目单位代表: bodies and people), and what such things do to projects (盯住用地、规划、资金等影响项目的关键环节)
OTHER_HEADS = ("要素", "方面", "领域", "环节", "因素", "资源", "渠道", "手段", "方式", "形式", "平台签约", "平台招商", "平台引进",
               "载体", "活动", "展会", "节会", "部门", "负责人", "领导")
HOLDING_UP = re.compile(r"(?:影响|制约|困扰|阻碍|掣肘)[^，。；、等的]{0,4}?(?:项目|工程)")  # (not 等影响全局的重大项目)
FRAME_WORDS = ("建设",)  # what a list's verb adds to each member (推动A建设、…等项目建设)
FRAME_AFTER = re.compile(r"[^，。；,;\n]{0,12}?(?:项目|工程)建设")  # the list's head takes the frame's word too
MIN_MEMBER = 3  # 道路、排水、绿化等7项基础设施工程: two characters name a kind of works
PAIR_MEMBER_MIN = 5  # 学校和医院等项目: kinds; 某某COF-IC和新型电池集流体材料等项目: names
KIND_COUNT_AT = re.compile(r"\s*(\d+|[一二三四五六七八九十两]+)\s*[个项][“”\"]?(?!的)([^，。；、\n等“”\"项]{0,4})[“”\"]?(?:项目|工程)")
AMOUNT_OR_SPACE = re.compile(r"\s+|(?:\d+(?:\.\d+)?\s*)?[万亿]*元(?:及?以上)?")  # 5000 万元以上, 亿元以上: a threshold, not a kind
UNCLOSED_NOTE = re.compile(r"[（(][^（）()]*$")
# 产业转型类12项，分别是A、B、C: a kind of projects counted by 项 (no suffix to find it by), then its list
PROJECT_CONTEXT, KIND_CONTEXT = re.compile("项目|工程"), 80  # …what was counted is projects: the words before say so
KIND_COUNT_OPENER = re.compile(r"类(?:项目)?\s*(\d+|[一二三四五六七八九十两]+)\s*[项个]\s*[，,]?\s*(?:分别是|分别为|依次是|依次为|包括)[：:]?")
AMOUNT_OPENING = re.compile(r"(?:总)?投资(?:额)?(?:约|近|超过?|达)?\s*\d+(?:\.\d+)?\s*[万亿]?元的")
PAIR_JOINT = re.compile("以及|[和及与]")
OUTPUT_OPENING = re.compile(r"\s*(?:年产|年加工|年处理|\d)")  # what opens the second of a pair of one firm's outputs
LAST_JOINT = re.compile("以及|和")
# a capacity (40亿立方米, 200万吨, 80万千瓦): what each of several projects before one suffix makes
CAPACITY_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*[万亿千百]*\s*(?:吨|立方米|千瓦|兆瓦|千瓦时|瓦|MW|GW|kW|MWh|GWh|件|台|套|辆|头)")
OUTPUT = re.compile(r"年产|年加工|年处理|[\d.]+\s*[万亿千百]?\s*(?:吨|千瓦|兆瓦|瓦|MW|GW|kW|MWh|GWh)")
# 1. A项目 / （2）B / 3、C；: one member of a numbered list on its line
# “年产10万吨…”和“钒钛合金铸件生产”两个项目: quoted members, closed by a count of projects
QUOTED_MEMBERS = compile_rare(r"((?:“[^“”，。；\n]{2,30}”[、和与及]?){2,})(?:等)?\s*(?:\d+|[一二三四五六七八九十两]+)\s*[个项]"
                            r"(?:重点|重大)?(?:项目|工程)")
QUOTED = re.compile(r"“([^“”]+)”")
ROUTE_IN_BRACKETS = re.compile(r"(?<=[（(])[^（）()，,。；;、]{1,12}[—－-][^（）()，,。；;、]{1,12}(?=[）)])")  # 某路（五常—尚志段）
NUMBERED_LINE = re.compile(r"[ \t]*[（(]?\d{1,3}[.．、）)][ \t]*([^\n。；;]+?)[ \t]*[。；;，,]?[ \t]*(?=\n|$)")


class ProjectLists:
    def __init__(self, project: dict[str, Any], names: NameText, gazetteer: Gazetteer, companies: CompanyRecogniser):
        self.names, self.gazetteer, self.companies = names, gazetteer, companies
        self.is_kind = partial(is_kind, names, re.compile(alternation(project["kinds_of_works"])))  # 写字楼、星级酒店等: kinds
        self.brand_named = partial(brand_named, companies)  # (汽车零部件、生物医药等11个亿元以上制造业项目: trades, none a brand's)
        self.suffix_words, self.document_words = tuple(project["suffixes"]), tuple(project["document_words"])
        suffixes = alternation(project["suffixes"])
        count = r"(?:(?:\d+|[一二三四五六七八九十两]+)\s*[个项]|多个|数个|几个)"
        openers = alternation(project["list_openers"])
        each = alternation([w for w in project["list_openers"] if w.startswith("分别")])  # 分别有: one for each
        # each is matched around one suffix (项目, 工程), so that no pattern is tried at every character:
        # 4个基础设施类项目分别是：, 此次开工的项目共7个，分别是： a count of projects and an opener
        self.count_before_re = compile_scan(rf"(等|在内的)?\s*({count})([^，。；、\n等]{{0,16}})$")  # (包括A、B在内的14个项目)
        # (签下2个项目，分别为A和B项目; 新签约项目28个，同比增长154.5%，其中包括…: a short clause between)
        self.opener_after_re = re.compile(rf"[^，。；、\n]{{0,4}}?[，,]?(?:其中)?(?:{openers})[：:]?|[：:](?!\s*\n)")  # (5个重大项目：A、B)
        self.count_opener_after_re = re.compile(
            rf"(?:共有|共|有)?\s*({count})(?:[，,]?(?:{openers})|[，,][^，。；：:、\n]{{1,16}}?[，,]"
            rf"(?:其中(?:{openers})|(?:{each})))[：:]?")
        self.clause_summary_re = re.compile(rf"\s*{count}[，,][^，。；：:、\n]{{1,16}}?[，,](?:{project['clause_summary_opener']}"
                                            rf"|(?P<named>{project['clause_summary_named_opener']}))[：:]?")
        # 一批补链强链项目相继落地，其中包括A、B和C: a batch of projects, then its list
        self.batch_opener_after_re = re.compile(rf"[^，。；、\n]{{0,8}}[，,](?:其中)?(?:{openers})[：:]?|[：:](?!\s*\n)")
        self.batch_words = tuple(project["kind_quantities"])
        # 共有5个项目获得支持，名单如下：, then one member a line (1. A项目)
        self.colon_line_after_re = re.compile(r"[^。；\n]{0,20}?[：:][ \t]*\n")
        self.count_in_clause_re = re.compile(rf"{count}[^。；\n]{{0,30}}$")
        self.suffix_end_re = re.compile(rf"(?:{suffixes})$")
        # 当天开工的项目有41项，总投资…亿元，主要有：A、B、C等。 a count after the suffix, then the list's opener
        self.summary_after_re = re.compile(
            rf"有\s*{count}[^。；\n]{{0,30}}?(?:{alternation(project['summary_openers'])})[：:]")
        self.kind_opener_after_re = re.compile(rf"(?:{alternation(project['kind_openers'])})[：:]?")
        self.event_kind_re = re.compile(rf"(?:^|(?<=[，。；：,;:\n]))(?:{project['event_kinds']})$")
        self.fields_close_re, self.trade_close_re = re.compile(project["fields_close"]), re.compile(project["trade_close"])
        self.has_opener_re = re.compile(project["has_opener"])
        self.has_opener_reach, self.has_member_min = int(project["has_opener_reach"]), int(project["has_member_min"])
        self.has_list_close_re = re.compile(project["has_list_close"])
        # 等4个项目, 2个项目, 等4个省级重点项目 (count_before_re), 等项目22个: the close of a list of projects
        self.count_after_re = re.compile(rf"\s*{count}")
        # A、B等一批民生工程和基础设施项目: a batch of a kind closes the list, or of kinds listed none of which is another
        # thing's (一批基础性、节点性项目; project.yaml batch_other_kinds)
        other = "".join(f"(?<!{'|'.join(ws)})" for ws in _by_length(project["batch_other_kinds"]))  # (fixed-width look-behinds)
        kinds = rf"(?:[^，。；、\n等]{{1,8}}{other}、)+[^，。；、\n等]{{0,20}}{other}"
        words = rf"(?:[^，。；、\n等和及与]{{2,6}}{other}、)+[^，。；、\n等和及与]{{2,6}}{other}"  # (…等新材料、新能源项目: no batch)
        self.batch_before_re = re.compile(rf"等(?:(?:一批|一大批|一系列)({kinds}|[^，。；、\n等]{{0,20}})|({words}))$")

    def _suffixes(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every project suffix, found by plain string search."""
        found = []
        for word in self.suffix_words:
            i = text.find(word)
            while i != -1:
                found.append((i, i + len(word)))
                i = text.find(word, i + len(word))
        return sorted(found)

    def find(self, doc: DocState) -> None:
        text = doc.text
        for start, end in self._suffixes(text):
            window = max(0, start - 24)
            counted = self.count_before_re.search(text, window, start) if (
                text.find("个", window, start) != -1 or text.find("项", window, start) != -1) else None
            opener = self.opener_after_re.match(text, end) if counted else None
            size = counted.group(2) if opener else None
            if opener is None:
                opener = self.count_opener_after_re.match(text, end)
                size = opener.group(1) if opener else None
            opener = opener or self.summary_after_re.match(text, end) or self._clause_summary(text, end) or \
                self._kind_opener(text, start, end) or self._batch_opener(text, window, start, end)
            if opener:
                self._opened_list(doc, opener.end(), leading_count(size))
            after = None if counted else self.count_after_re.match(text, end)
            etc = text.startswith("等", start - 1)
            batch = self.batch_before_re.search(text, window, start) if text.find("批", window, start) != -1 or \
                text.find("系列", window, start) != -1 or text.find("、", window, start) != -1 else None
            if batch and (FIRMS_TOO.search(batch.group(1) or batch.group(2) or "") or self._of_trades(text, batch.start())):
                pass  # A、B等一批企业和项目: the members are firms (company_lists); A、B等一批…产品项目: products
            elif batch:  # A和B等一批重大项目: the pair's; A、B等一批…: the list's
                if not self._pair_before(doc, batch.start()):
                    self._counted_members(doc, batch.start(), True)
            elif counted and len(AMOUNT_OR_SPACE.sub("", counted.group(3).rpartition("的")[2])) <= 6 and not (
                    counted.group(1) == "等" and self._of_trades(text, counted.start(), marked=self.brand_named)):
                # 等4个省级重点项目, 等 50 个 5000 万元以上项目: a short kind, its threshold or description aside (等17个投资过百亿元的产业项目)
                self._counted_members(doc, counted.start(), counted.group(1) is not None)
            elif etc and not after and text[start - 2:start - 1] not in "、":
                self._pair_before(doc, start - 1)  # A和B等项目
            elif after and etc:
                self._counted_members(doc, start - 1, True)  # A、B等项目22个
            elif after:
                self._counted_members(doc, start, False)
            if not (counted or after or etc or batch) and text.find("、", max(0, start - 150), start) != -1:
                self._shared_suffix(doc, start, end)
            colon = self.colon_line_after_re.match(text, end) if text.find("\n", end, end + 24) != -1 else None
            if colon and (counted or self.count_in_clause_re.search(text, max(0, start - 40), start)):
                self._numbered_list(doc, colon.end())
        if "”" in text:
            for run in QUOTED_MEMBERS.finditer(text):
                for member in QUOTED.finditer(text, run.start(1), run.end(1)):
                    self._add_member(doc, *member.span(1), outputs=True)
        for kind in KIND_COUNT_OPENER.finditer(text) if "类" in text else ():
            if PROJECT_CONTEXT.search(text, max(0, kind.start() - KIND_CONTEXT), kind.start()):  # (not 示范类5项: awards)
                self._opened_list(doc, kind.end(), leading_count(kind.group(1)))
        self._listed_members_in_their_frame(doc)

    def _kind_opener(self, text: str, start: int, end: int) -> re.Match | None:
        """开工项目包括: a clause opening with the projects of an event and a word opening their list (not 等产业领域)."""
        opener = self.kind_opener_after_re.match(text, end)
        if opener is None:
            return self._has_opener(text, start, end)
        if not self.event_kind_re.search(text, max(0, start - 12), end):
            return None
        member_end = MEMBER_END.search(text, opener.end())
        etc = text.find("等", opener.end(), member_end.start() if member_end else len(text))
        if etc != -1 and (self.fields_close_re.match(text, etc) or self._of_trades(text, etc, opener.end())):
            return None
        return opener

    def _of_trades(self, text: str, etc: int, start: int | None = None, marked: Callable[[str], bool] | None = None) -> bool:
        """装备制造、生物医药等高端制造业项目: trades or products before projects of a trade (from `start` or the clause's), no
        member `marked` as a name (by default a phase, an output or a proper name opens it)."""
        return self.trade_close_re.match(text, etc) is not None and not any((marked or self._marked)(m.strip()) for m in
            LIST_SPLIT.split(text[start if start is not None else max(text.rfind(mark, 0, etc) for mark in "，,。；;：:\n") + 1:etc]))

    def _clause_summary(self, text: str, end: int) -> re.Match | None:
        """工业项目11个，年内计划投资10.1亿元，主要有A、B、C等；: a count, a clause, then the list it sums up, closed by 等, by
        a last member that 和 joins, or after 以下项目 (not 主要有序推进…, 主要有来自广东、浙江的企业, 主要有产业、基础设施和民生三大类,
        主要有A、B等企业投资: no list of projects)."""
        opener = self.clause_summary_re.match(text, end)
        if opener is None:
            return None
        clause_end, close = self._list_close(text, opener.end())
        listed = text[opener.end():close.start() if close else clause_end]  # (A、B等; A、B和C; 以下项目：A、B)
        if opener.group("named") and not (close and all(self._marked(m.strip()) for m in listed.split("、"))):
            return None  # (包括道路建设、消防站建设等: kinds of works)
        return opener if "、" in listed and (close and not self.fields_close_re.match(text, close.start())
                                             or not close and (LAST_JOINED.search(listed) or "以下" in opener.group())
                                             and not KINDS_END.search(listed)) else None

    def _has_opener(self, text: str, start: int, end: int) -> re.Match | None:
        """产业项目有A、B、C等: a clause opening with projects of a kind and 有, a list with 、 closed by 等 (not
        项目有19个, 项目有序推进; not a list of fields: 等产业领域)."""
        opener = self.has_opener_re.match(text, end)  # (most suffixes: none, and no clause to look for)
        if opener is None or start > self.has_opener_reach and max(
                text.rfind(mark, start - self.has_opener_reach, start) for mark in "，,。；;：:\n") == -1:
            return None
        close = self._list_close(text, opener.end())[1]
        members = text[opener.end():close.start()].split("、") if close else []
        if len(members) < 2 or any(len(m.strip()) < self.has_member_min for m in members) or \
                self.fields_close_re.match(text, close.start()) or not any(self._marked(m.strip()) for m in members):
            return None  # (签约项目有高效光伏组件、动力储能电池系统等: products, no member a name's)
        return opener

    def _list_close(self, text: str, position: int) -> tuple[int, re.Match | None]:
        """The end of the clause of a list opened at `position`, and the 等 that closes the list in it, if any."""
        member_end = MEMBER_END.search(text, position)
        clause_end = member_end.start() if member_end else len(text)
        return clause_end, self.has_list_close_re.search(text, position, clause_end)

    def _marked(self, member: str) -> bool:
        """A phase, an output or a proper name (a place, a brand) marks a member as one project's name."""
        words = self.companies.words(member)
        return bool(PHASE.search(member) or OUTPUT.search(member) or words and words[0][1] in self.companies.brand_tags
                    or self.gazetteer.region_re.match(member))

    def _shared_suffix(self, doc: DocState, suffix_start: int, end: int) -> None:
        """北控40亿立方米煤制气、伊泰200万吨煤制油以及久泰50万吨乙二醇项目: outputs listed with 、 and one joiner
        before one suffix are as many projects, each named without the suffix but the last."""
        text = doc.text
        clause = max((m.end() for m in CLAUSE_START.finditer(text, max(0, suffix_start - 150), suffix_start)),
                     default=max(0, suffix_start - 150))
        bounds = [clause] + [m.end() for m in LIST_COMMA.finditer(text, clause, suffix_start)]
        members = [(s, e - 1) for s, e in zip(bounds, bounds[1:])] + [(bounds[-1], suffix_start)]
        suffixed = [i for i, (s, e) in enumerate(members[:-1]) if self.suffix_end_re.search(text, s, e)]
        members = members[suffixed[-1] + 1:] if suffixed else members  # (A项目、B项目、C烧碱和D聚氯乙烯项目: A, B have their own)
        joints = list(LAST_JOINT.finditer(text, *members[-1]))
        if len(joints) != 1 or text.find("等", *members[-1]) != -1:
            return  # (A、B和C等赤泥综合利用项目: the products of a kind of projects)
        if len(members) < 2 and not (suffixed and not OUTPUT_OPENING.match(text, joints[0].end())):
            return  # (A项目、B20万吨烧碱和20万吨聚氯乙烯项目: one firm's pair; not A项目、B400万吨…和C60万吨…项目: two firms')
        members[-1:] = [(members[-1][0], joints[0].start()), (joints[0].end(), end)]
        first = members[0]
        place = next((m for m in doc.names.overlapping(*first) if m.label != PROJECT and m.end < first[1]), None)
        start = self.names.trim_left(text, place.end if place else first[0], first[1], doc.regions)
        members[0] = (start, first[1])
        if text.startswith("年", members[0][0]) or not all(CAPACITY_AMOUNT.search(text, s, e) for s, e in members):
            return  # (年产10万吨锂电池、5万吨正极材料和2万吨负极材料项目: one plant's yearly products)
        for m in doc.names.overlapping(members[0][0], end):
            if m.label == PROJECT:
                doc.names.remove(m)
        for s, e in members[:-1]:
            self._add_member(doc, s, e, outputs=True)
        doc.names.add(members[-1][0], end, PROJECT, "project.counted_list")

    def _batch_opener(self, text: str, window: int, start: int, end: int) -> re.Match | None:
        """一批补链强链项目相继落地，其中包括A、B和C: a batch of projects, then the list that opens it."""
        if (opener := self.batch_opener_after_re.match(text, end)) is None:
            return None  # (most suffixes: no list after them, and no batch to look for)
        clause = max(window - 1, *(text.rfind(mark, window, start) for mark in "，,。；;\n")) + 1
        return opener if any(text.find(word, clause, start) != -1 for word in self.batch_words) else None

    def _listed_members_in_their_frame(self, doc: DocState) -> None:
        """Listed members corrected by what follows: 推动某某铝材建设、…等项目建设 (the frame's 建设); A、B等要素…项目 (no projects)."""
        text = doc.text
        for m in [m for m in doc.names if m.label == PROJECT and m.rule in LISTED_RULES]:
            name = text[m.start:m.end]
            etc = ETC_IN_CLAUSE.match(text, m.end)
            if etc and (text.startswith(OTHER_HEADS, etc.end()) or HOLDING_UP.match(text, etc.end())):
                doc.names.remove(m)  # 平台、资金、园区等要素围着招商项目转: the list's head is 要素
                continue
            framed = etc is not None and FRAME_AFTER.match(text, etc.end()) is not None
            if (name.endswith(FRAME_WORDS) and framed and len(name) - 2 >= 4
                    and not self.names.is_generic(name[:-2])):  # (A、B民宿建设等9个项目: the name's own 建设)
                doc.names.remove(m)
                doc.names.add(m.start, m.end - 2, PROJECT, m.rule)
                doc.aliases.append((PROJECT, name[:-2], name[:-2] + "项目"))

    def _opened_list(self, doc: DocState, position: int, size: int | None = None) -> None:
        text = doc.text
        end = MEMBER_END.search(text, position)
        end = end.start() if end else len(text)
        etc = LIST_CLOSE.search(text, position, end)  # A、B、C等。 A、B等项目。
        end = etc.start() if etc else end
        members = []
        for member in LIST_MEMBER.finditer(text[position:end]):
            comma = re.search("[，,]", member.group())
            if comma:  # A、B、C项目，投资…，行业包括D、E: the list ends with the clause of its last member
                last = position + member.start() + comma.start()
                etc = LIST_CLOSE.search(text, position + member.start(), last)  # (包括A、B、C等，累计…)
                members.append((position + member.start(), etc.start() if etc else last, False))
                break
            members.append((position + member.start(), position + member.end(), True))
        if size and len(members) > size:  # 两个项目分别为A项目和B高频、高速、覆铜板项目: 、 inside a name
            members = [(s, e, suffixed) for s, e, suffixed in members if self.suffix_end_re.search(text, s, e)]
        if size and len(members) == size - 1 and not etc:
            members = members[:-1] + self._counted_pair(doc, *members[-1])
        elif len(members) >= 2 and not any(self.suffix_end_re.search(text, s, e) for s, e, _ in members[:-1]):
            # A基地、B和C基地: the last 和 of a list joins its last member (not A项目、B电池和储能系统项目: a name's 和)
            members = members[:-1] + self._joined_last_member(doc, *members[-1])
        for start, member_end, suffixed in members:
            member_end = before_amount_note(text, start, member_end)  # A（22亿元）: the sum is no part of A
            unclosed = UNCLOSED_NOTE.search(text, start, member_end)  # A（22亿元，已开工）: the list's 、 split the note
            member_end = unclosed.start() if unclosed else member_end
            amount = AMOUNT_OPENING.match(text, start, member_end)  # 总投资20.8亿元的A、…: the sum is no part of A
            self._add_member(doc, amount.end() if amount else start, member_end, outputs=amount is not None,
                             suffixed=suffixed)

    def _counted_pair(self, doc: DocState, start: int, end: int, suffixed: bool) -> list[tuple[int, int, bool]]:
        """签下2个项目，分别为A和B项目: the count says the last member is two, joined by its one 和 (a name across gives way)."""
        joints = list(PAIR_JOINT.finditer(doc.text, start, end))
        return self._split_at(doc, start, end, suffixed, joints[0]) if len(joints) == 1 else [(start, end, suffixed)]

    def _joined_last_member(self, doc: DocState, start: int, end: int, suffixed: bool) -> list[tuple[int, int, bool]]:
        """包括A、B和C: one 和 (or 以及) in the last member of a list, with a name's length on either side, joins C;
        及 and 与 stay inside names (生产基地及产业集群)."""
        joints = list(LAST_JOINT.finditer(doc.text, start, end))
        shortest = PAIR_MEMBER_MIN - 1
        if len(joints) != 1 or joints[0].start() - start < shortest or end - joints[0].end() < shortest or \
                CAPACITY_AMOUNT.match(doc.text, joints[0].end()) and OUTPUT.search(doc.text, start, joints[0].start()):
            return [(start, end, suffixed)]  # (某某年产150万套服装和1万台缝纫机: one project's outputs)
        return self._split_at(doc, start, end, suffixed, joints[0])

    @staticmethod
    def _split_at(doc: DocState, start: int, end: int, suffixed: bool, joint: re.Match) -> list[tuple[int, int, bool]]:
        """Two members either side of the joint; a project found across it gives way."""
        for m in doc.names.overlapping(joint.start(), joint.end()):
            if m.label == PROJECT and m.start < joint.start() and m.end > joint.end():
                doc.names.remove(m)
        return [(start, joint.start(), suffixed), (joint.end(), end, suffixed)]

    def _numbered_list(self, doc: DocState, position: int) -> None:
        text = doc.text
        for line in NUMBERED_LINE.finditer(text, position):
            if line.start() != position and text[line.start() - 1] != "\n":
                break
            self._add_member(doc, line.start(1), line.end(1))
            if line.end() >= len(text) or not NUMBERED_LINE.match(text, line.end() + 1):
                break

    def _counted_members(self, doc: DocState, list_end: int, etc: bool) -> None:
        """某工业园A年产2万吨X、B等4个项目, 集中开工A、B、C等项目22个: the members the list rules of companies
        leave (a park or a verb before the first, an output inside one, a company's short name as one)."""
        text = doc.text
        if not etc and text.find("、", max(0, list_end - 150), list_end) == -1:
            return  # 今年共有40个项目: a count, no list
        clause = max((m.end() for m in CLAUSE_START.finditer(text, max(0, list_end - 150), list_end)),
                      default=max(0, list_end - 150))
        members, position = [], clause
        for comma in LIST_COMMA.finditer(text, clause, list_end):
            members.append((position, comma.start()))
            position = comma.end()
        members = [(s, e) for s, e in members + [(position, list_end)] if e > s]
        if not members or (not etc and len(members) < 2):
            return  # 今年共有40个项目: a count, no list
        start, end = members[0]
        place = next((m for m in doc.names.overlapping(start, end) if start <= m.start and m.end < end
                      and m.label != COMPANY and not text[start:m.start].strip()), None)
        if place and not self._developer_after_place(doc, place.end, end):
            place = None  # 绿色食品产业园标准化厂房二期: a project named after its park
        amount = AMOUNT_OPENING.match(text, start, end)  # (投资12亿元的A液晶取向膜: after the sum, no word is cut)
        first = place.end if place else amount.end() if amount else self.names.trim_left(text, start, end, doc.regions)
        opening = re.match(r"的?有", text[first:end])
        after_de = opening and "的" in (opening.group()[0], text[first - 1:first])  # (not 的有机肥…: a word of 有)
        if opening and (doc.names.starts_at(first + opening.end()) or after_de and not text.startswith(
                self.names.having_words, first + opening.end() - 1)):
            first += opening.end()  # 开工的有A、B等4个项目: the list follows 有
        elif text.startswith("的", first):
            first += 1  # 园区投产的A、B5个项目: what the place did, then the list
        members[0] = (first, end)
        kind = KIND_COUNT_AT.match(text, list_end)
        if kind is not None and count_value(kind.group(1)) == len(members) + 1 and \
                self.names.name_run.fullmatch(text, *members[-1]):
            members = members[:-1] + self._joined_last(text, *members[-1])  # A、B、C和D4个项目: D is a member too
        tally = TALLY_END.search(text, *members[-1])
        if tally:  # A项目、B项目共5个项目: the tally's word ends the last member
            members[-1] = (members[-1][0], tally.start())
        exact = kind is not None and count_value(kind.group(1)) == len(members) and \
            not text.startswith(OTHER_HEADS, kind.start(2)) and (  # (政策、制度…四个方面压实项目推进责任)
                kind.group(2) or all(len(bare(text[s:e])) >= PAIR_MEMBER_MIN for s, e in members[1:]))
        # (A、B5个项目, no kind named: names of works, not brands: 广州双桥、三峡油漆2个项目 are the firms')
        for start, end in members:
            amount = AMOUNT_OPENING.match(text, start, end)
            start = amount.end() if amount else start  # 、投资12亿元的B: the sum is no part of B
            member = text[start:end]
            if not etc and not (OUTPUT.search(member) or PHASE.search(member)) and (
                    not exact or len(bare(member)) < 3 or self.names.is_generic(member)
                    or self.companies.ends_with_industry_word(member) and self.companies.is_short_name(member)):
                # (教育、医疗、养老3个民生项目: kinds of project)
                # 广州双桥、三峡油漆4个项目: without 等, the companies whose projects they are (but 宝海东路、盛海路、旺海路
                # 3个子项目: as many as a count of a kind of project, none shaped like a company's name, are projects)
                continue
            if "和" in member or any(not m.group("keep") for m in self.names.cut_after.finditer(member)):
                continue  # 某路和某基地等16个项目, 某路（某大道至某路）: two names, or a phrase
            if all(start <= m.start and m.end <= end and (m.label == COMPANY or m.label == PARK and m.start == start)
                   for m in doc.names.overlapping(start, end)):
                self._add_member(doc, start, end, outputs=True)  # (榆横工业区连接线: the park opens the name)

    @staticmethod
    def _joined_last(text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The last member of a list, or the two that one 和 joins in it (新能源重卡换电站和富辰八路大桥)."""
        joints = [m.start() for m in re.finditer("[和及]", text[start:end])]
        if len(joints) != 1:
            return [(start, end)]
        joint = start + joints[0]
        return [(start, joint), (joint + 1, end)]

    def _pair_before(self, doc: DocState, list_end: int) -> bool:
        """某某COF-IC和新型电池集流体材料等项目: two members joined by 和 or 及, without 、, before 等项目. True if the
        clause joins its members so (whether or not they name projects)."""
        text = doc.text
        clause = max((m.end() for m in CLAUSE_START.finditer(text, max(0, list_end - 60), list_end)),
                     default=max(0, list_end - 60))
        if text.find("、", clause, list_end) != -1:
            return False
        joints = [m for m in re.finditer("[和及与]", text[clause:list_end])]
        if len(joints) != 1:
            return bool(joints)
        joint = clause + joints[0].start()
        first_start = self.names.trim_left(text, self.names.extend_left(text, joint, clause, 30), joint, doc.regions)
        members = [(first_start, joint), (joint + 1, list_end)]
        if all(len(bare(text[s:e])) >= PAIR_MEMBER_MIN and not self.names.is_generic(text[s:e]) for s, e in members):
            for s, e in members:
                self._add_member(doc, s, e, outputs=True)
        return True

    @staticmethod
    def _ends_member(text: str, name_end: int, end: int) -> bool:
        return name_end == end or PHASE_IN_BRACKETS.fullmatch(text, name_end, end) is not None

    def _developer_after_place(self, doc: DocState, start: int, end: int) -> bool:
        """某工业园A年产2万吨X: what follows the park opens with its developer or states an output, so the park
        says where the project is."""
        rest = doc.text[start:end]
        known = any(rest.startswith(n) for n, label in doc.short_names.items() if label == COMPANY)
        return known or OUTPUT.search(rest) is not None or doc.names.starts_at(start) or (
            self.companies.ends_with_industry_word(rest) and self.companies.is_short_name(rest))

    def _suffixed_member(self, doc: DocState, start: int, end: int) -> None:
        """分别是：…、某县物流产业园项目、…: a counted list's member with its suffix names a project, even when its words
        alone would be a place and a kind; not a phrase (博远科技公司的智能制造项目, 某某投资建设的…项目)."""
        text = doc.text
        suffix = self.suffix_end_re.search(text, start, end)
        stem = self.names.strip_region_prefix(text, start, suffix.start())
        if (suffix.start() - stem >= 4 and not doc.names.overlapping(start, end)
                and not self.names.count.match(text, start, end)  # (其中包括1项可再生能源制氢项目)
                and self.names.name_run.fullmatch("".join(ch for ch in text[start:end] if ch not in QUOTES))
                and "的" not in text[start:end]
                and not self.names.cut_after.search(text, start, end)
                and not self.names.is_generic(text[stem:suffix.start()])):
            doc.names.add(start, end, PROJECT, "project.counted_list")

    def _add_member(self, doc: DocState, start: int, end: int, outputs: bool = False, suffixed: bool = False) -> None:
        text = doc.text
        while start < end and text[start] in QUOTES + " ":
            start += 1
        while end > start and text[end - 1] in QUOTES + " ":
            end -= 1
        name = text[start:end]
        if suffixed and self.suffix_end_re.search(text, start, end):
            self._suffixed_member(doc, start, end)
            return
        counted = self.names.count.match(name) or (self.names.count.search(name) and not (
            outputs and OUTPUT.search(name)))  # 青海某某年产2万吨…: an output, not a count of things
        company_shaped = self.companies.ends_with_industry_word(name) and self.companies.is_short_name(name)
        generic = self.names.is_generic(name) and not (outputs and company_shaped)  # 大源新材料: a developer's name
        generic = generic or self.companies.is_kind_of_works(name) or self.is_kind(name)
        if (self.suffix_end_re.search(bare(name)) or not MIN_MEMBER <= len(bare(name)) <= 40 or generic
                or name.endswith(FIRM_ENDINGS)  # 湘桂公司、乐斯福公司等项目: the firms whose projects they are
                or name in self.gazetteer.region_names or counted or name.endswith(self.document_words)
                or any(not (self.names.is_name_char(ch) or ch in "（）()/") for ch in ROUTE_IN_BRACKETS.sub("", name))):
            return  # a member with its suffix was found as a name; punctuation means it is no plain list
        overlapping = doc.names.overlapping(start, end)
        inside = [m for m in overlapping if start <= m.start and m.end <= end]
        if any(m.label != COMPANY and (m.start == start or m.label == PARK) and self._ends_member(text, m.end, end)
               for m in inside) or len(inside) != len(overlapping):
            return  # the member is another type's name (首都某某物流园（一期）: a park and its phase), or crosses one
        for m in inside:  # a park or a company inside a project's name belongs to it (guidelines)
            doc.names.remove(m)
            if m.label == COMPANY:
                doc.nested.append(m)
        if self.companies.ends_as_park(name):
            doc.names.add(start, end, PARK, "park.list_member")  # 分别是A项目、某某产业园区和B: a park
            return
        doc.names.add(start, end, PROJECT, "project.counted_list")
        doc.aliases.append((PROJECT, name, name + "项目"))
        if any(m.start == start and m.end == end for m in inside):
            return  # 大源新材料 (a company's short name) names its project too: nested above
        developer = self.companies.developer_in(name)
        if developer:
            doc.nested.append(Mention(start, start + len(developer), COMPANY, "company.list_project"))


def _by_length(words: list[str]) -> list[list[str]]:
    """The words grouped by their length, each group one fixed-width look-behind."""
    return [[w for w in words if len(w) == n] for n in sorted({len(w) for w in words})]
