"""Projects (project.yaml): a stem before 项目 or 工程, the company or park its name opens with, and its other names."""
from __future__ import annotations

import re
from typing import Any, Callable

from kg.extract.entities.companies import CompanyRecogniser
from kg.extract.gazetteer import Gazetteer
from kg.extract.entities.names import QUOTES, NameText, bare
from kg.extract.entities.project_developers import ProjectDevelopers
from kg.extract.entities.project_openings import LIST_OF_PROJECTS, ProjectOpenings
from kg.extract.entities.project_stems import ProjectStems
from kg.extract.entities.state import DocState
from kg.extract.search import alternation
from kg.extract.segmenter import COMMON_WORD_TAGS
from kg.model import Mention
from kg.schema import COMPANY, PARK, PROJECT

BRACKETED = re.compile(r"[（(][^（）()，。、]{1,8}[）)]")
DIGIT = re.compile(r"\d")
QUOTED_BEFORE = re.compile(f"[“\"][^{re.escape(QUOTES)}，。；、\\s]{{2,8}}[”\"]$")  # a short quoted term
QUOTED_STEM = re.compile(f"“([^{re.escape(QUOTES)}，。；、\\s]{{3,30}})”$")  # 某某集团公司“煤矿生态矿山建设”项目: the quotes hold it
# characters of a name before a quoted term inside it (惠利甘蔗“双高”…项目); what stands before a list member (not a clause:
MAX_BEFORE_QUOTE, MEMBER_OPENERS = 8, "、\n"  # 某某农机“揭榜挂帅”某某项目)
# A list's member after or before a project's 、, ending in 项目 (乡村振兴全域旅游项目: project.yaml neighbour_not, counted_projects)
NEIGHBOUR_AFTER = re.compile(r"(?<=、)[^、，,。；;：:\s（）()“”和及与等]{4,30}?(?:项目|工程)(?=[、，,。；;和及与等]|以及)")
NEIGHBOUR_BEFORE = re.compile(r"(?<=、)[^、，,。；;：:\s（）()“”和及与等]{4,30}?(?:项目|工程)(?=、$)")
MIN_COMMON_NEIGHBOUR = 11  # characters of a stem of common words that tell one project (not 园区配套基础设施建设项目)
COUNT_REACH = 80  # characters around a neighbour searched for the list's count of projects
JOINERS_IN_GAP = "等和及与或"  # words that join two names or close a list (某某工程等民生和文化项目)


class ProjectRecogniser(ProjectOpenings, ProjectStems):
    def __init__(self, project: dict[str, Any], names: NameText, gazetteer: Gazetteer, companies: CompanyRecogniser,
                 is_place_zone: Callable[[str], bool]):
        self.names, self.gazetteer, self.companies = names, gazetteer, companies
        self.developers, self.is_place_zone = ProjectDevelopers(project, names, gazetteer, companies), is_place_zone  # (上饶经开区: a zone of a place)
        phase = project["phase"]  # (某某基地项目一期二、三阶段: a phase that stages follow is the stages', not the name's)
        self.suffix_re = re.compile(rf"(?:{alternation(project['suffixes'])})(?!{project['suffix_not_before']})"
            rf"(?:{phase}(?![一二三四五六七八九十\d、]|阶段)|[（(]{phase}[）)])?")
        self.joined_project_re, self.measured_after_re = re.compile(project["joined_projects"]), re.compile(project["measured_after"])
        self.route_word_re, self.named_works_re = (re.compile(alternation(project[k])) for k in ("route_words", "named_works"))
        self.route_origin_re = re.compile(r"(?:^|[、，,：:；;。\n的])((?:(?!的)[\u4e00-\u9fffA-Z\d]){2,16})(?<!延伸|提升|扩大|扩展|增加|增长|下降|上升|搬迁|降低|调整|升级)至$")
        self.output_re, self.indefinite_re = re.compile(project["output"]), re.compile(project["indefinite_before"])
        self.not_neighbour_re, self.counted_projects_re = re.compile(project["neighbour_not"]), re.compile(project["counted_projects"])
        self.quoted_owner_re = re.compile(f"(?:{project['quoted_project_after']})$")
        self.quoted_event_re, self.quoted_not_re = (re.compile(project[k]) for k in ("quoted_project_event", "quoted_project_not"))
        self.announced_list_re = re.compile(f"(?:{alternation(project['list_openers'])})[：:]?[^。；;！？\\n]*$")
        self.quoted_long_after_re = re.compile(f"(?:{project['quoted_long_after']})$")
        self.quoted_long_event_re, self.quoted_long_min = re.compile(project["quoted_long_event"]), int(project["quoted_long_min"])
        self.max_stem, self.not_before = int(project["max_stem"]), tuple(project["not_before"])
        self.min_stem, self.min_stem_after_sum, self.ji_not_after = (
            int(project["min_stem"]), int(project["min_stem_after_sum"]), tuple(project["ji_not_after"]))
        self.output_before_re, self.sum_stem_not_re = re.compile(project["output_before"] + "$"), re.compile(project["sum_stem_not"])
        self.sum_before_re = re.compile(f"(?:{project['sum_before']}|{project['output_before']})$")
        self.not_stems_after_company, self.own_works_after_company, self.own_parks_after_company = (
            frozenset(project["not_stems_after_company"]), frozenset(project["own_works_after_company"]),
            frozenset(project["own_parks_after_company"]))
        self.company_project_not_before = self.not_before + tuple(project["company_project_not_before"])
        self.site_after, self.built_kinds = re.compile(project["site_after"]), tuple(project["built_kinds"])
        self.description_before_re, self.predicate_before_re = (re.compile(project[k]) for k in ("description_before", "predicate_before"))
        # of those, the words (not a character such as 科, which may open a name: 项目科丰…)
        self.other_words_after = tuple(w for w in self.not_before if len(w) >= 2)
        self.campaign_re = re.compile(alternation(project["campaign_words"]))
        self.campaign_endings, self.kind_endings = tuple(project["campaign_endings"]), tuple(project["kind_endings"])
        self.phase_re, self.suffix_end_re = re.compile(project["phase"]), re.compile(rf"(?:{self.suffix_re.pattern})$")
        # a town's or a park's name opening a project's; an amount; a site
        self.place_opening_re, self.amount_opening_re, self.site_opening_re = (
            re.compile(project[k]) for k in ("place_opening", "amount_opening", "site_opening"))
        self.place_verb_re = re.compile(alternation(project["place_verbs"]))
        self.not_project_endings, self.stem_ending_words, self.product_endings = (tuple(project[k]) for k in (
            "not_project_stem_endings", "project_stem_ending_words", "output_product_endings"))
        self.joining_model_re = re.compile(alternation(project["joining_models"]))
        # 某某经济合作区建设PPP项目: the park's own construction, financed by a model
        self.park_model_re = re.compile(
            f"(?:{alternation(project['park_project_words'])})(?:{alternation(project['joining_models'])})")
        self.joined_parts_re, self.joined_part_end_re = re.compile(project["joined_parts"]), re.compile(project["joined_part_ending"])
        self.works_re = re.compile(f"(?:{alternation(project['works_verbs'])})+")
        self.built_by_re = re.compile(rf"(?:{alternation(project['builder_verbs'])})+的$")
        self.firm_built_re = re.compile(rf"(?:{project['firm_built_at']})?{self.built_by_re.pattern}")
        self.not_built_stems, self.park_project_words = (frozenset(project[k]) for k in ("firm_built_not_stems", "park_project_words"))
        self.park_works_counted_re = re.compile(project["park_works_counted"])
        self.line_of_work_re = re.compile(f"(?:{alternation(project['line_of_work_verbs'])})$")
        self.counted_re = re.compile(project["counted_after"])  # 科创中心项目 8 项: a kind of project
        self.list_tally_re = re.compile(project["list_tally"])  # (、申和新材料项目3个产业项目: the list's tally)
        # 从A、B…四个方面压实项目推进责任: a count of aspects inside the stem says what is done, no project's name
        self.aspects_re = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)个(?:方面|环节|领域|维度|层面|方向|渠道)")
        # 汽车零部件强链壮链项目有A年产…、B年产…: a kind of project, then its members
        self.members_after_re = re.compile(r"有(?!望|序|效|力|关|限|所|利|助|待|着|了)[^，。；：,;:\n]{2,40}、[^，。；：,;:\n]{0,60}等")
        # 等5个, 中国电子科技4个光伏发电: a count inside the stem counts projects, no name
        self.list_count_re = re.compile(project["counted_in_stem"])
        self.batch_after_re, self.industry_list_close_re, self.kind_of_list_re, self.output_opening_re = (
            re.compile(project[k]) for k in ("batch_after", "industry_list_close", "kind_of_list", "output_opening"))
        self.not_project_opening_re = re.compile("|".join(project["not_project_stem_openings"]))
        self.product_line_re = re.compile(f"(?:{alternation(project['product_line_words'])})$")
        self.generic_stem_word_re = re.compile(alternation(project["generic_stem_words"] + project["kinds_of_works"]))
        self.cut_after_verb_re, self.kind_inside_re = (re.compile(alternation(project[k])) for k in ("cut_after_verbs", "kind_quantities"))
        # 一批A、B项目: the stem follows a quantity of kinds, alone or after other kinds joined by 、, or after a
        # description of them (一批国内外知名的锂电和光伏制造项目)
        self.class_before_re, self.class_after_re = re.compile(project["class_before"]), re.compile(project["class_after"])
        self.kind_quantity_re = re.compile(
            rf"(?:{alternation(project['kind_quantities'])})(?:[^，。；：、,;:\s]{{0,16}}的)?(?:[^，。；：、,;:\s]*、)*$")

    def suffixes(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each project suffix (with its phase) in the text."""
        return [(m.start(), m.end()) for m in self.suffix_re.finditer(text)]

    def add(self, doc: DocState, suffix_start: int, end: int) -> None:
        text, names = doc.text, self.names
        previous = doc.names.last_before(suffix_start)
        # what stands between the name before and this suffix, when it is short (a phase, PPP, 建设)
        gap = text[previous.end:suffix_start] if previous and suffix_start - previous.end <= 8 else None
        if gap is not None and previous.label == PROJECT and (
                gap == "" or self.joining_model_re.fullmatch(gap)
                or text.endswith("工程", 0, previous.end) and (self.joined_parts_re.fullmatch(gap) or self._works_of_firm(
                    doc, previous, gap))):
            # 某某整治工程PPP项目: one project, financed as a PPP; 某某建设项目一期工程: one project and its phase;
            # 某某道路工程及附属设施建设项目: the works and what goes with them
            doc.names.remove(previous)
            doc.names.add(previous.start, end, PROJECT, previous.rule)
            return
        if gap is not None and previous.label == PARK and (gap == "" or self.phase_re.fullmatch(gap)
                                                           or gap in self.park_project_words
                                                           and not self.park_works_counted_re.match(text, end)
                                                           or self.park_model_re.fullmatch(gap)
                                                           or BRACKETED.fullmatch(gap)) and (
                not self.batch_after_re.match(text, end)):
            # 智能终端产业园三期工程: a project named after the park it builds; 某某产业园（某某汽车）项目: and
            # a qualifier in brackets (its tenant, its section)
            if gap == "" and self.is_place_zone(text[previous.start:previous.end]):
                return  # 上饶经开区项目建设: the zone's projects, no project of its own
            doc.names.remove(previous)
            opening = self._route_before(doc, self._opening_before_park(doc, previous.start), suffix_start)
            stem = text[opening:suffix_start]
            if gap == "" and opening == previous.start and self._place_and_kind(stem):
                # TCL黄冈智能制造产业园项目: a brand glued to a place's park of a kind names the project
                opening = self._whole_run_before(doc, previous.start)
                stem = text[opening:suffix_start]
            if not (self._generic_stem(stem) or gap == "" and self._place_and_kind(stem)):
                # (首期产业园项目, 某市新材料产业园项目: no name, and no park; 某某产业园（中联重科）项目: its tenant's)
                doc.names.add(opening, end, PROJECT, "project.park_name")
            return
        if (previous and previous.end == suffix_start and self.companies.is_legal_name(doc, previous)
                and text[suffix_start:end] == "项目" and not text.startswith(self.company_project_not_before, end)):
            doc.names.remove(previous)  # 是某某生物科技有限公司项目: the company's project, named after it
            doc.nested.append(previous)
            doc.names.add(previous.start, end, PROJECT, "project.company_name")
            return
        closed = text[suffix_start - 1:suffix_start] == "”"  # (most suffixes follow no quote: no search then)
        quoted = QUOTED_STEM.search(text, max(0, suffix_start - 32), suffix_start) if closed else None
        owned = quoted and (previous and previous.label == COMPANY and text[previous.end:quoted.start()] in ("", "的")
                            or self.quoted_owner_re.search(text, max(0, quoted.start() - 20), quoted.start()) or self.quoted_event_re.match(text, end)
                            or len(quoted.group(1)) >= self.quoted_long_min and (
                                self.quoted_long_after_re.search(text, max(0, quoted.start() - 8), quoted.start())
                                or self.quoted_long_event_re.match(text, end)))
        if owned and not (names.is_generic(quoted.group(1)) or self.suffix_re.search(quoted.group(1))
                          or self.quoted_not_re.search(quoted.group(1)) or self.names.count.match(text, end)
                          or doc.names.overlapping(quoted.start(), end)):  # (“湘商回归”项目: a kind of projects)
            doc.names.add(quoted.start(), end, PROJECT, "project.quoted")
            doc.aliases.append((PROJECT, text[quoted.start():end], quoted.group(1)))
            return
        start = names.stem_start(doc, suffix_start, self.max_stem)
        if text[start - 2:start] in ("（含", "(含"):  # 某某车间（含配套设施）项目: what the works include
            start = names.stem_start(doc, start - 2, self.max_stem)
        start = self._joined_by_ji(doc, start, suffix_start)
        start = self.companies.after_description(text, start, suffix_start, needs_kind=True)  # (龙头企业某某公司年产…项目)
        signed = self._after_cut_verb(text, previous.end if previous else 0, suffix_start)
        # 某某有限公司瑞昌项目: the company's project at a place
        at_place = self.gazetteer.region_re.fullmatch(text, previous.end, suffix_start) if previous else None
        works = previous and self.works_re.match(text, previous.end, suffix_start)
        if previous and not signed and self.companies.is_legal_name(doc, previous) and (
                previous.end == self._after_quoted(doc, start) or self._output_after(doc, previous, start, end)
                or works and works.end() >= start) and (
                at_place or self._valid(text, previous.end, suffix_start, end, after_company=True, after_name=True)
                or works and works.end() == suffix_start and not text.startswith(self.company_project_not_before, end)):
            # 谷城达兴矿业有限公司高纯石英砂加工项目: the project's name opens with its company's full name
            doc.names.remove(previous)
            doc.nested.append(previous)
            doc.names.add(previous.start, end, PROJECT, "project.company_name")
            if at_place or end - previous.end >= 8 and not names.is_generic(text[previous.end:suffix_start]):
                # named again without its company, it is the same project
                doc.aliases.append((PROJECT, text[previous.start:end], text[previous.end:end]))
            return
        if previous and not signed and self.companies.is_group_name(doc, previous) and names.stem_start(
                doc, suffix_start, 40) == previous.end:
            # 鸿跃集团功能性面料研发生产基地项目: a project named after its company
            doc.names.remove(previous)
            doc.nested.append(previous)
            stem_start = names.stem_start(doc, suffix_start, self.max_stem)
            if self._valid(text, stem_start, suffix_start, end):
                doc.names.add(previous.start, end, PROJECT, "project.suffix")
            else:
                doc.names.add(previous.start, previous.end, previous.label, previous.rule)
            return
        signed = self._after_cut_verb(text, start, suffix_start)
        if signed:  # 与某某公司签署现代装备制造项目: what is signed is named, however generic its words
            if self._valid(text, signed, suffix_start, end, after_company=True):
                doc.names.add(signed, end, PROJECT, "project.suffix")
            return
        built = previous and self.companies.is_firm_name(doc, previous) and self.firm_built_re.fullmatch(text, previous.end, start)
        plain = built and self.companies.is_legal_name(doc, previous) and self.built_by_re.fullmatch(text, previous.end, start)
        stem = text[start:suffix_start]
        if built and self._valid(text, start, suffix_start, end, after_company=True) and not self.phase_re.fullmatch(stem) \
                and (stem.endswith(self.built_kinds) or not names.is_generic(stem)) and (plain or stem not in self.not_built_stems):
            # 某某有限公司投资的新能源产业园项目: what a named firm builds is named, however generic; 某集团在某区投资3亿元
            # 建设的…园区项目: so is what a group or a firm builds at a place or for a sum (not 扩建项目, 厂房项目, 第四期项目)
            doc.names.add(start, end, PROJECT, "project.suffix")
            return
        start = self._after_place_heading(doc, start, suffix_start)
        start = self._route_before(doc, start, suffix_start)
        if previous and previous.label == PARK and previous.end == start and self._valid(text, start, suffix_start, end) \
                and self._after_joined_project(text, start, suffix_start, end) == start:
            # 城陵矶港区冷链物流中心项目: a project's name may open with its park's (guidelines), unless
            # another project's name ends in it (某产业园一期项目和某某项目) or a company's follows the park (双福工业园诺比倪科技…项目: the company's project in the park);
            # a company's full name before the park opens it (某某有限公司兰州新区防水新材料产业基地项目)
            owner = doc.names.last_before(previous.start)
            owned = owner is not None and owner.end == previous.start and self.companies.is_legal_name(doc, owner)
            if owned or not self.developers.company_opening(text, Mention(start, end, PROJECT, "")):
                doc.names.remove(previous)
                opening = self._opening_before_park(doc, previous.start) if owned else self._region_before(
                    doc, previous.start)
                doc.names.add(opening, end, PROJECT, "project.park_name")
                if owned:  # named again without its company, it is the same project
                    doc.aliases.append((PROJECT, text[opening:end], text[previous.start:end]))
                return
        year = re.search(r"\d{4}年$", text[max(0, start - 5):start])
        if year and names.is_name_char(text[start - 6:start - 5] or "。") is False:
            start -= len(year.group())  # 2024年…一体化项目: a year opening a project's name belongs to it
        start = names.after_item_number(text, start)
        # a region opening a project's name stays in it (项城市桥涵工程建设项目, 贺州市东融广场项目), unless a verb follows it (南宁市有…项目)
        after_region = names.strip_region_prefix(text, start, suffix_start)
        joined = names.after_joining_word(doc, after_region, suffix_start)
        start = joined if joined != after_region else names.after_joining_word(doc, start, suffix_start)
        place = self.gazetteer.region_re.match(text, start, suffix_start)
        while place and (inner := self.gazetteer.region_re.match(text, place.end(), suffix_start)):
            place = inner  # 在江西丰城建设某某项目: a province and its county
        verb = place and self.place_verb_re.match(text, place.end(), suffix_start)
        if verb and suffix_start - verb.end() >= self.min_stem:
            start = verb.end()  # 在乐山建设某某项目: the place where it is built, then its name
        site = self.site_opening_re.search(text, max(0, start - 8), suffix_start)
        if site and site.start() < start < site.end() and suffix_start - site.end() >= self.min_stem:
            start = site.end()  # 在某某产业基地建设某某项目 (a site the rules do not know as a place), 在开发区建设某某项目
        start = self._products_opening(doc, start, end)
        start = self._after_joined_project(text, start, suffix_start, end)
        if (inner := self._kind_before(text, start, suffix_start)) is not None:
            start = names.after_joining_word(doc, inner, suffix_start)  # 全区重点工业项目宝沃乘用车项目: a kind, then the one named
        if not self._valid(text, start, suffix_start, end) or self.line_of_work_re.search(text, max(0, start - 4), start):
            return
        if self.kind_quantity_re.search(text, max(0, start - 30), start) or self.kind_inside_re.search(
                text, start, suffix_start) or self._indefinite(text, start, suffix_start) or \
                self.class_before_re.search(text, max(0, start - 2), start) and not self._brand_opening(text, start, suffix_start) \
                or self.class_after_re.match(text, end):
            return  # 一批补链强链、产业转型升级项目, 储备一批新基建项目: kinds of projects
        if (self.description_before_re.search(text, max(0, start - 48), start) or self._described_as_kind(text, start, suffix_start)) \
                and not self.gazetteer.region_re.match(text, start, suffix_start) and not DIGIT.search(text, start, suffix_start) \
                and not self.developers.company_opening(text, Mention(start, end, PROJECT, "")):
            return  # 这是一个集…于一体的某某项目, 这是石化产业的关键节点项目: the project named before, described
        quoted = QUOTED_BEFORE.search(text, max(0, start - 12), start)
        if quoted and (not quoted.start() or not names.is_name_char(text[quoted.start() - 1])):
            start = quoted.start()  # “一江三河”水系综合治理工程: a quoted term opening the name is part of it
        elif quoted:
            start = self._member_before_quote(doc, quoted.start()) or start
        doc.names.add(start, end, PROJECT, "project.suffix")
        name = text[start:end]
        for phase in self.phase_re.finditer(name):
            if phase.end() == len(name):  # 双江航电枢纽工程一期 is 双江航电枢纽一期工程
                base = name[:phase.start()]
                doc.aliases.append((PROJECT, name, base[:-2] + phase.group() + base[-2:]))
                if not self._other_phase(text, base, phase.group()):
                    doc.aliases.append((PROJECT, name, base))  # …and 双江航电枢纽工程, its only phase named

    def find_list_neighbours(self, doc: DocState) -> None:
        """某某产业园项目、乡村振兴全域旅游项目、某某组装项目: a list's member next to a project, ending in its suffix."""
        text, found = doc.text, [m for m in doc.names if m.label == PROJECT]
        while found:
            added = []
            for project in found:
                after = NEIGHBOUR_AFTER.match(text, project.end + 1) if text[project.end:project.end + 1] == "、" else None
                before = NEIGHBOUR_BEFORE.search(text, max(0, project.start - 35), project.start)
                for member in (m for m in (after, before) if m and self._neighbour(doc, *m.span())):
                    doc.names.add(*member.span(), PROJECT, "project.list_neighbour")
                    added += [n] if (n := doc.names.at(member.end() - 1)) and n.label == PROJECT else []
            found = added

    def _neighbour(self, doc: DocState, start: int, end: int) -> bool:
        text, stem = doc.text, doc.text[start:end - 2]  # (only where a count of projects frames the list: …等12个项目)
        return not doc.names.overlaps(start, end) and not self.not_neighbour_re.search(stem) and \
            self.counted_projects_re.search(text, max(0, start - COUNT_REACH), end + COUNT_REACH) is not None and \
            not (len(stem) < MIN_COMMON_NEIGHBOUR and self.names.is_generic(stem)) and \
            not self.names.count.search(text, start, end) and self.names.name_run.fullmatch(text, start, end) is not None

    def _other_phase(self, text: str, base: str, phase: str) -> bool:
        """某某项目一期 where the text names 某某项目二期 too: phases of one project, each a project of its own."""
        return any(m.group() != phase for m in self.phase_re.finditer(text) if text.endswith(base, 0, m.start()))

    def _works_of_firm(self, doc: DocState, previous: Mention, gap: str) -> bool:
        """江苏金龙智能工程钢构研制项目: 工程 after a brand and its trade (金龙智能: a firm, not 开阳县化工: a place's trade, nor
        某某配置工程, 某某修复工程: works) and a product after it make one name."""
        firm = doc.text[previous.start:previous.end - 2]
        place = self.gazetteer.region_re.match(firm)
        firm = firm[place.end():] if place else firm
        return self.companies.ends_with_industry_word(firm) and self.companies.is_coined(firm) and len(gap) >= 2 and \
            bool(self.names.name_run.fullmatch(gap)) and not self.names.is_generic(gap) and \
            not any(ch in gap for ch in JOINERS_IN_GAP) and gap[0] not in self.names.leading_chars

    def _after_joined_project(self, text: str, start: int, suffix_start: int, end: int) -> int:
        """某某物流产业园项目和某某资源化利用项目: two projects; this one is named after the joiner (when that names it);
        not 某某道路工程及附属设施建设项目: one project, the works and what goes with them."""
        joints = [m.end() for m in self.joined_project_re.finditer(text, start, suffix_start)
                  if not (text.startswith("工程", m.start()) and self.joined_parts_re.fullmatch(text, m.end() - 1, suffix_start))]
        return joints[-1] if joints and self._valid(text, joints[-1], suffix_start, end) else start

    def _member_before_quote(self, doc: DocState, quote: int) -> int | None:
        """A、惠利甘蔗“双高”器材设备生产项目: a short run of a name's words before a quoted term, opening a list's member
        or a line, is the name's opening; the quote itself when only words that open no name stand before it (None if
        neither)."""
        text, names = doc.text, self.names
        run = names.extend_left(text, quote, doc.names.last_end_before(quote), MAX_BEFORE_QUOTE)
        trimmed = names.trim_left(text, run, quote, doc.regions)
        if run < quote and trimmed >= quote - 1:
            return quote  # 共同推进“宁电入湘”特高压直流工程: the words before are the clause's, the quotes open the name
        if quote - run < 2 or (run and text[run - 1] not in MEMBER_OPENERS) or doc.names.overlaps(run, quote):
            return None
        return run if trimmed == run else None

    def _kind_before(self, text: str, start: int, suffix_start: int) -> int | None:
        """The end of a generic kind of projects (重点工业项目) opening the stem before a name of its own, if any (not
        项目管理, 项目公司: the suffix's word there is another word's)."""
        for suffix in reversed(list(self.suffix_re.finditer(text, start, suffix_start))):
            if suffix.end() < suffix_start and not text.startswith(self.other_words_after, suffix.end()) and \
                    self.names.is_generic(text[start:suffix.start()]):
                return suffix.end()
        return None

    def _after_cut_verb(self, text: str, start: int, suffix_start: int) -> int | None:
        """Where a name starts after the last verb that never stands inside one (签署, 投产), if any."""
        if not self.cut_after_verb_re.search(text, start, suffix_start):
            return None
        return [m.end() for m in self.cut_after_verb_re.finditer(text, start, suffix_start)][-1]

    def _after_place_heading(self, doc: DocState, start: int, suffix_start: int) -> int:
        """吕梁市山西某某…项目, 太原市新建…项目: a full region name followed by a province's or a city's short
        name or by a verb heads the item (it says where the project is); 大同市浑源县… is one compound region,
        and a county's short form is often a word (益阳市滨江景观…)."""
        text = doc.text
        if not doc.regions.starts_at(start):
            return start  # (the gazetteer's pattern is only tried where the regions pass found a region)
        region = self.gazetteer.region_re.match(text, start, suffix_start)
        if not region or region.group() not in self.gazetteer.full_region_names:
            return start
        verb = self.names.leading_word_re.match(text, region.end(), suffix_start)
        if verb:
            while (more := self.place_verb_re.match(text, verb.end(), suffix_start)) and suffix_start - more.end() >= 2:
                verb = more  # 某县投资建设…项目: every verb of building before the name (not 服务外包…: a word of it)
            return verb.end()
        if text[region.end():region.end() + 1].isdigit():  # 长治市20万吨/年…项目: an amount opens the name
            return region.end()
        other = self.gazetteer.region_re.match(text, region.end(), suffix_start)
        gazetteer = self.gazetteer
        if other and (other.group() in gazetteer.city_short_forms or other.group() in gazetteer.province_names) and (
                other.group() not in gazetteer.full_region_names) and not self.names.is_generic(
                text[other.end():suffix_start]):
            return region.end()
        return start

    def _joined_by_ji(self, doc: DocState, start: int, suffix_start: int) -> int:
        """某某度假酒店暨某某公园建设项目: 暨 joins two parts of one project's name (not 推介会暨项目集中签约仪式, 动工仪式暨一期
        项目, 标准厂房暨某某项目: an event's, a document's or a building's name before it, or no name of its own after it)."""
        text = doc.text
        if text[start - 1:start] != "暨" or suffix_start - start < self.min_stem:
            return start
        previous = doc.names.last_before(start)
        park = previous is not None and previous.end == start - 1 and previous.label == PARK
        before = previous.start if park else self.names.stem_start(doc, start - 1, self.max_stem)
        if len(part := text[before:start - 1]) < self.min_stem or part.endswith(self.ji_not_after) or self.names.is_generic(part):
            return start
        if park:
            doc.names.remove(previous)  # (the park the first part names is the project's, no park of its own here)
        return before

    def _after_quoted(self, doc: DocState, start: int) -> int:
        """某某有限公司“源网荷储一体化”示范项目: a quoted term after a company's full name is part of the stem."""
        text = doc.text
        if not start or text[start - 1] not in QUOTES:
            return start
        opening = max(text.rfind(q, max(0, start - 14), start - 1) for q in QUOTES)
        company = doc.names.last_before(start)
        if opening > 0 and company and company.end == opening and self.companies.is_legal_name(doc, company):
            return opening
        return start

    def _indefinite(self, text: str, start: int, suffix_start: int) -> bool:
        """另有一个共享储能电站项目: one of a kind, not named (not 一个宁德时代储能电池项目: a place or a brand names it)."""
        return self.indefinite_re.search(text, max(0, start - 2), start) is not None and not self._named_opening(
            text, start, suffix_start)

    def _described_as_kind(self, text: str, start: int, suffix_start: int) -> bool:
        """该工程是…的关键节点项目: after a copula and 的, common words only (not 这是某集团的凯盛光伏材料项目: a name)."""
        return self.predicate_before_re.search(text, max(0, start - 48), start) is not None and all(
            len(word) >= 2 and tag in COMMON_WORD_TAGS for word, tag in self.companies.words(text[start:suffix_start]))

    def _brand_opening(self, text: str, start: int, suffix_start: int) -> bool:
        """A place or a word the segmenter reads as a proper name opens the stem (属于凯岚科技…项目; not 属于低碳循环经济项目)."""
        words = self.companies.words(text[start:suffix_start])
        return bool(self.gazetteer.region_re.match(text, start, suffix_start) or words and words[0][1] in self.companies.brand_tags)

    def _named_opening(self, text: str, start: int, suffix_start: int) -> bool:
        """A place or a brand opens the stem (宁德时代…, 凯岚科技年产…项目)."""
        return bool(self.gazetteer.region_re.match(text, start, suffix_start)
                    or self.companies.is_coined(text[start:start + 2]) or self.companies.is_coined(text[start:start + 3]))

    def _generic_stem(self, stem: str) -> bool:
        """省市两级重点工程建设, 保投产（含部分投产）: generic once levels of government, quantities and
        what brackets add are set aside."""
        return self.names.is_generic(self.generic_stem_word_re.sub("", bare(stem)))

    def _place_and_kind(self, stem: str) -> bool:
        """荣昌区春季重点工业, 2020年上海市重大产业: a place's kind of projects; 合肥淮北亳州: places apart (not 宁波北仑)."""
        stem = bare(stem)
        dated = self.names.date_end(stem)
        place_end, places = dated, []
        while place := self.gazetteer.region_re.match(stem, place_end):
            place_end, places = place.end(), places + [place.group()]
        apart = len(places) > 1 and not any(self.gazetteer.contains_any(a, b) for a, b in zip(places, places[1:]))
        return dated < place_end and (apart if place_end == len(stem) else self.names.is_generic(stem[place_end:]))
