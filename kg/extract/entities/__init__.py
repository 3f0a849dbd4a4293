"""Stage 2a: entity rules. Text in, typed mentions out.

`EntityFinder(rules).find(text)` runs the passes below over one document, in
the order `EntityFinder.passes` lists them; each reads what the earlier ones
found in the document's state (`state.DocState`) and adds its own. One module
per recogniser, each with its rules file:

- `regions` (region.yaml and the gazetteer): administrative divisions, towns;
- `companies`, `parks`, `projects` (company.yaml, park.yaml, project.yaml): a
  stem before a suffix (有限公司, 工业园, 项目), found together in one pass
  from left to right, because a name may open with the one before it
  (鸿跃集团功能性面料…项目, 智能终端产业园三期工程);
- `suffix_types` (rules/types/*.yaml): any other type of the ontology named by
  a suffix alone (README, "Adding an entity type");
- `programs` (program.yaml): names after a selection cue (入选 …企业名单);
- `project_lists` (project.yaml): the members of a list of projects after a
  count (6个某类项目分别是A、B、C项目);
- `joined_products`: the products listed by 、 inside one project's name, after
  the firm or park it is named after (某某有限公司开关、低压电器…生产项目);
- `project_developers` (project.yaml): the companies that projects' names open
  with (武骏光能年产8GW…项目);
- `project_openings`: what opens a project named after a park (a company, a
  brand or a region written right before the park: TCL黄冈智能制造产业园项目);
- `short_names`, `company_lists` (company.yaml): short company names, derived
  from full names, in lists (A、B等企业), before cues and context words; once
  found, every occurrence in the text is tagged.

Besides the mentions (`Findings.mentions`, which become `doc.ents`), a document's findings hold
the names inside others (`Findings.nested`: a company opening a project's name) and the region
opening a park's or a project's name (`Findings.name_regions`: 莒南县 in 莒南县某某不锈钢项目, 澧县 in
常德市澧县高新区, whose city stays a region mention of its own). The pipeline hands both to the
relation stage as its `nested` mentions (`doc.spans["kg_name_regions"]`, kg.extract.nlp).

Shared machinery: `names` (where a name starts, common.yaml), `kg.extract.gazetteer`
(also the relation stage's, for which province a name is of),
`search` (word-list regexes), `spans` (non-overlapping mentions). It is plain
Python; `kg.extract.nlp` wraps it in a spaCy component that turns the result
into `doc.ents`.
"""
from __future__ import annotations

import re
from functools import partial

from kg.extract.entities.boundaries import NameBoundaries, TrimmedSpans
from kg.extract.entities.companies import CompanyRecogniser
from kg.extract.entities.company_lists import CompanyLists
from kg.extract.entities.derived_names import DerivedNames
from kg.extract.gazetteer import gazetteer_of
from kg.extract.entities.names import NameText
from kg.extract.entities.park_towns import ParkTowns
from kg.extract.entities.parks import ParkRecogniser
from kg.extract.entities.programs import ProgramRecogniser
from kg.extract.entities.joined_products import JoinedProducts
from kg.extract.entities.project_lists import ProjectLists
from kg.extract.entities.owned_projects import OwnedProjects
from kg.extract.entities.projects import ProjectRecogniser
from kg.extract.entities.regions import RegionRecogniser, declare_region_aliases
from kg.extract.entities.shaped_names import ShapedNames
from kg.extract.entities.short_names import ShortNames
from kg.extract.entities.state import DocState, Findings
from kg.extract.entities.suffix_types import SuffixRecogniser
from kg.extract.rules import Rules
from kg.extract.search import alternation, compile_rare
from kg.extract.text import CLAUSE_BREAK_CHARS, SENTENCE_END_CHARS, clause_start
from kg.model import Mention
from kg.schema import COMPANY, ENTITY_TYPES, PARK, PROGRAM, PROJECT, REGION

__all__ = ["EntityFinder", "Findings"]


COUNT_REACH = 8  # characters before a program searched for a count of its kind (22家省级企业技术中心)
# a former name closes its clause (X，它的前身为Y，…)
FORMER_END = re.compile(rf"\s*(?:[{re.escape(SENTENCE_END_CHARS + CLAUSE_BREAK_CHARS)}（(\n]|$)")

# when two candidates overlap with the same length, the earlier type wins (types declared by a rules file last)
PRIORITY = (PROGRAM, PROJECT, COMPANY, PARK, REGION)


class EntityFinder:
    def __init__(self, rules: Rules, segment_boundaries: bool = False):
        gazetteer = gazetteer_of(rules)
        self.names = names = NameText(rules.common, gazetteer)
        self.regions = RegionRecogniser(rules.region, names, gazetteer, rules.company["legal_suffixes"])
        self.park_towns = ParkTowns(rules.region, names)
        self.parks = ParkRecogniser(rules.park, names, gazetteer, rules.company["group_suffixes"],
                                    rules.company["industry_words"], rules.company["brand_tags"])
        self.programs = ProgramRecogniser(rules.program, names, gazetteer, tuple(rules.park["suffixes"]))
        self.companies = CompanyRecogniser(rules.company, names, gazetteer, self.parks.suffix_re,
                                           rules.program["selection_cues"])
        self.projects = ProjectRecogniser(rules.project, names, gazetteer, self.companies, self.parks.is_place_zone)
        self.short_names = ShortNames(rules.company, names, gazetteer, self.companies, self.programs)
        self.derived_names = DerivedNames(rules.company, names, gazetteer, self.companies)
        self.shaped_names = ShapedNames(rules.company, names, self.companies, gazetteer)
        self.company_lists = CompanyLists(rules.company, rules.project, names, gazetteer, self.companies)
        self.project_lists = ProjectLists(rules.project, names, gazetteer, self.companies)
        self.owned_projects = OwnedProjects(rules.project, rules.park["suffixes"], names)
        self.joined_products = JoinedProducts(rules.project, self.companies)
        self.suffix_types = [SuffixRecogniser(type_rules, names, gazetteer) for type_rules in rules.types.values()]
        order = list(PRIORITY) + [t for t in ENTITY_TYPES if t not in PRIORITY]
        self.priority = {label: i for i, label in enumerate(order)}
        # the passes, in order: each sees what the ones before it found
        self.passes = [
            self.regions.find,
            self._find_suffixed,  # full company names, group names, parks, projects
            self.parks.keep_places_of_namesakes,  # 德惠市水稻…产业园、榆树市水稻…产业园: two parks
            self.park_towns.join,  # 金华开发区秋滨街道: a town named after its zone
            *(recogniser.find for recogniser in self.suffix_types),
            self.parks.find_listed,  # A、B、C3家园区
            self.parks.find_counted,  # “六园”分别是A、B，以及C
            self.parks.find_list_neighbours,  # A产业园、B加工集中区、C产业园
            self.companies.find_declared_aliases,  # （以下简称“胜禹新材”）, for every type found so far
            partial(declare_region_aliases, alias_re=self.companies.alias_re),  # 伊金霍洛旗（以下简称“伊旗”）
            self.programs.find,
            self.programs.find_appositives,  # “瞪羚”企业某某有限公司
            self.derived_names.derive,
            self.company_lists.find,
            self.company_lists.find_numbered,  # 企业名单如下：(line break) 1. A (line break) 2. B
            self.project_lists.find,  # 6个某类项目分别是A、B、C
            self.owned_projects.find,  # 3个项目分别是：A公司的X，以及B公司的Y
            self.projects.find_list_neighbours,  # A项目、乡村振兴全域旅游项目、C项目
            self.short_names.before_cues,
            self.short_names.before_copulas,
            self.short_names.leading,  # 以某某新能源为龙头打造…产业集群
            self.short_names.before_investments,
            self.short_names.before_owned_projects,
            self.short_names.before_placed_investments,
            self.short_names.before_invested_sums,  # 某某计划投资15亿元，在乐山建设…
            self.short_names.after_places,
            self.short_names.before_contexts,
            self.short_names.before_verbs,
            self.short_names.after_kin_words,  # 控股子公司某某
            self.short_names.after_descriptions,  # 碱性电池生产企业南孚电池
            self.short_names.after_programs,  # 入选省级绿色工厂的某某电子
            self.short_names.after_agent_word,  # 由某某科技投资的…
            self.short_names.after_partner_word,  # 与某某科技签订…
            self.short_names.after_acquiring_verb,  # 收购了某某药业，
            self.short_names.plain_names,  # 大连某某投资公司
            self.short_names.quoted_names,  # “丰泽木业”为…
            self.short_names.named_projects,  # 丰硕科技项目
            self.shaped_names.issuer_headline,  # 众望布艺：子公司拟投资… (headline)
            self.shaped_names.listed_names,  # ST八菱, 永吉股份（603058）
            self.shaped_names.pairs,  # 神剑新材料和鑫科铜业入围…
            self.shaped_names.find,  # 丹澳药业、鑫通钢铁: a brand and an industry word where a subject stands
            self.shaped_names.before_quoted_works,  # 利晟资源“废料再生资源回收利用项目”
            self.short_names.tag,  # every occurrence of the short names confirmed so far
            self.derived_names.link_placed_brands,  # 上海汇辽 where the text names 上海汇辽建筑装饰工程有限公司
            self.joined_products.find,  # 某某有限公司开关、低压电器…生产项目: one project
            self.joined_products.find_after_firms,  # 某某有限公司餐饮生产、管理、配送项目 (配送项目 no name alone)
            self.projects.developers.find,
            self.projects.find_short_names,
            self.projects.find_output_names,  # 年产16万吨的EPS项目
            self.programs.find_scope_aliases,
            self.companies.find_bracketed_aliases,  # 某某有限责任公司（某某茶厂）
            self.parks.find_suffix_forms,  # 文山高新区三七产业园, later 三七产业园
            self._placed_names,  # 达日县 before 5万千瓦光伏发电项目: 达日县5万千瓦光伏发电项目 too
            self._parks_opening_projects,  # 玉溪高新区 in 玉溪高新区年产2万台…项目
            self._renamed,  # 某经济开发区改为某工业园区: two names of one park
            self._drop_bylines,
        ]
        self.byline_re = compile_rare(rules.common["byline"])
        self.member_only_heads = tuple(rules.program["member_only_heads"])
        self.list_word_re = re.compile(f"(?:{alternation(rules.program['list_words'])})$")  # (省重点项目名单 too)
        self.counted_after = re.compile(rules.program["counted_after"])
        self.counted_before = re.compile(rules.program["counted_before"] + "$")
        self.division_ends = tuple(rules.common["division_ends"])
        self.renamed_re = compile_rare(f"{rules.common['renaming']}|{rules.common['former_name']}")
        self.former_name_re = re.compile(rules.common["former_name"])
        self.renaming_cause_re = re.compile(rules.common["renaming_cause"])
        opening_suffixes = [s for s in rules.park["suffixes"] if s not in rules.project["park_opening_not_suffixes"]]
        opening_suffixes += rules.project["park_opening_more_suffixes"]
        self.opening_park_re = re.compile(alternation(opening_suffixes))
        self.park_rest_not_re = re.compile(rules.project["park_opening_rest_not"])
        self.park_not_before_re = re.compile(rules.project["park_opening_not_before"])
        self.park_min_rest = int(rules.project["park_opening_min_rest"])
        self.park_stem_not_re = re.compile(rules.project["park_opening_stem_not"])
        self.boundaries = None
        if segment_boundaries:  # name starts by a word segmenter (boundaries.py)
            company_suffixes = rules.company["legal_suffixes"] + rules.company["group_suffixes"]
            self.boundaries = NameBoundaries(rules.common, gazetteer, company_suffixes + rules.park["suffixes"]
                                             + rules.project["suffixes"], company_suffixes,
                                             rules.company["industry_words"], rules.project["works_verbs"],
                                             rules.park["building_verbs"], rules.company["firm_words"])
            self.boundaries.is_generic = names.is_generic

    def find(self, text: str) -> Findings:
        doc = DocState(text)
        if self.boundaries:
            doc.names, doc.programs = TrimmedSpans(text, self.boundaries), TrimmedSpans(text, self.boundaries)
        for find in self.passes:
            find(doc)
        found = doc.result(self.priority)
        found.member_programs = [m for m in found.mentions if m.label == PROGRAM and (
            self.list_word_re.sub("", text[m.start:m.end]).endswith(self.member_only_heads) or self.counted_after.match(text, m.end)
            or self.counted_before.search(text, max(0, m.start - COUNT_REACH), m.start))]
        return found

    def _renamed(self, doc: DocState) -> None:
        """宝龙山经济开发区改为宝龙山工业园区, 某某公司更名为某某集团: the old name and the new are one park or firm (a firm's
        only by a word of naming: 更名, 改名)."""
        text = doc.text
        for renamed in self.renamed_re.finditer(text):
            start = renamed.end()
            place = doc.regions.at(start)
            if place and place.start == start and not doc.names.starts_at(start):
                start = place.end  # 更名为宁都县博远工业园区: the new name after its place
            old, new = doc.names.last_before(renamed.start()), doc.names.at(start)
            former = self.former_name_re.fullmatch(renamed.group()) is not None
            if former and (old is None or new is None or not FORMER_END.match(text, new.end) or self._named_before_in_clause(
                    doc, old)):
                continue  # X，它的前身为Y: Y, closing its clause, is X's former name (not 其前身为博远集团下属的…)
            named = "名" in renamed.group() or renamed.group().startswith("现") or former
            # (not 由A改为B: a move or a new owner, unless a word of naming says so; nor 改为B的配套园区: what it became
            # part of)
            if old and new and old.label == new.label and old.label in (PARK, COMPANY) and \
                    (text[old.end:renamed.start()] in ("", "（", "(") or named and self.renaming_cause_re.fullmatch(
                        text, old.end, renamed.start())) and new.start == start \
                    and text[new.end:new.end + 1] != "的" \
                    and (named or old.label == PARK and text[old.start - 1:old.start] != "由"):
                doc.aliases.append((old.label, text[old.start:old.end], text[new.start:new.end]))

    @staticmethod
    def _named_before_in_clause(doc: DocState, mention: Mention) -> bool:
        """凯岚高新区毗邻博远工业园区，其前身为…: a name stands before `mention` in its clause (it is no subject)."""
        sentence = max(doc.text.rfind(ch, 0, mention.start) for ch in SENTENCE_END_CHARS + "\n") + 1
        start = clause_start(doc.text, sentence, mention.start)
        return any(start <= m.start < mention.start for m in doc.names)

    def _placed_names(self, doc: DocState) -> None:
        """A division written right before a park's, a project's or a company's name names it too, and so does a park
        before a company's or a project's (邛崃市天府新区…功能区 is 天府新区…功能区, 苏州工业园区某某有限公司 is 某某有限公司,
        滇中新区某某生产基地项目 is 某某生产基地项目), and a company's
        name past the country it opens with (新加坡金鹰集团 is 金鹰集团): the names with the place are aliases. A project
        named by an amount alone takes the place into its name (达日县5万千瓦光伏发电项目: 5万千瓦光伏发电项目 would name
        every county's)."""
        text = doc.text
        for name in [m for m in doc.names if m.label in (PARK, PROJECT, COMPANY)]:
            region = doc.regions.last_before(name.start)
            if region is not None and region.end == name.start and text[region.end - 1] in self.division_ends:
                if name.label == PROJECT and self.projects.amount_opening_re.match(text, name.start):
                    doc.names.remove(name)  # 达日县5万千瓦光伏发电项目: an amount alone names no project, the place does
                    doc.names.add(region.start, name.end, name.label, name.rule)
                    continue
                doc.aliases.append((name.label, text[name.start:name.end], text[region.start:name.end]))
            if name.label == PARK:
                continue
            park = doc.names.last_before(name.start)
            if park is not None and park.label == PARK and park.end == name.start:
                doc.aliases.append((name.label, text[name.start:name.end], text[park.start:name.end]))
            if name.label == COMPANY and (own := self.companies.past_nation(text[name.start:name.end])):
                doc.aliases.append((COMPANY, text[name.start:name.end], own))

    def _parks_opening_projects(self, doc: DocState) -> None:
        """A park's name opening a project's name (after a division or a company written there) is the park the project
        is in: a name nested in the project's, as a company opening it is (玉溪高新区年产2万台…项目, 镇原县金龙工业集中区
        污水处理厂项目: 金龙工业集中区, also 镇原县金龙工业集中区)."""
        text = doc.text
        openings = {m.start: m.end for m in doc.nested if m.label == COMPANY}
        for project in [m for m in doc.names if m.label == PROJECT]:
            start = openings.get(project.start, project.start)
            region = doc.regions.at(start) if doc.regions.starts_at(start) else None
            placed = region is not None and text[region.end - 1] in self.division_ends
            park_start = region.end if placed else start
            suffix = self.opening_park_re.search(text, park_start, project.end)
            # 哈市经济技术开发区…项目, 临沭县经济开发区…项目: a city's or a county's kind of park (not 广东雷州经济开发区A区项目)
            region_named = placed and suffix is not None and suffix.start() == park_start and text[park_start - 1] in "市县旗"
            if region_named:
                park_start, placed = region.start, False
            if suffix is None or suffix.start() - park_start < 2 or self.park_not_before_re.match(text, suffix.end()):
                continue  # (东部新区域…, 某经济区块链…: a longer word)
            stem = text[park_start:suffix.start()]
            if not self._names_own_project(text[suffix.end():project.end]) or self.names.is_generic(stem) and not region_named or \
                    not all(map(self.names.is_name_char, stem)) or self.park_stem_not_re.search(stem):
                continue
            doc.nested.append(Mention(park_start, suffix.end(), PARK, "park.in_project"))
            if placed:
                doc.aliases.append((PARK, text[park_start:suffix.end()], text[region.start:suffix.end()]))

    def _names_own_project(self, rest: str) -> bool:
        """What follows a park in a project's name names a project of its own: not only its suffixes, phases and the park's
        own works (某某产业园项目二期工程, 某某产业园建设工程项目), nor a joined part (及配套, （二期）)."""
        while (bare_rest := self.projects.suffix_end_re.sub("", rest)) != rest:
            rest = bare_rest
        return len(rest) >= self.park_min_rest and rest not in self.projects.park_project_words and \
            not self.park_rest_not_re.match(rest)

    def _drop_bylines(self, doc: DocState) -> None:
        """来源：某某日报 2021-12-20: what a byline names published the text; it is not in it. A park is kept: a park that
        publishes the text (发布单位：某某高新技术产业园) is what its own news is about (not a paper's name before its
        reporters', (某某信息港 罗茜 雷波))."""
        for line in self.byline_re.finditer(doc.text):
            for spans in (doc.regions, doc.names, doc.programs):
                for m in spans.overlapping(line.start(), line.end()):
                    if m.label != PARK or line.group()[0] in "（(":
                        spans.remove(m)

    def _find_suffixed(self, doc: DocState) -> None:
        """Full company names, group names, parks and projects: a stem before a suffix.

        The suffixes are taken in the order they end, so that a name can take in the
        one just before it (莲花健康产业集团食品（项城）有限公司, 智能终端产业园三期工程).
        """
        text = doc.text
        candidates = [(end, start, 0, self.companies.add_legal_name) for start, end in self.companies.legal_names(text)]
        candidates += [(end, start, 1, self.parks.add) for start, end in self.parks.suffixes(text)]
        candidates += [(end, start, 2, self.projects.add) for start, end in self.projects.suffixes(text)]
        candidates += [(end, start, 3, self.companies.add_group_name) for start, end in self.companies.group_names(text)]
        candidates += [(end, start, 4, self.companies.add_plant_name) for start, end in self.companies.plant_names(text)]
        # (a bureau is found whole: its start is passed where the others pass their suffix's)
        candidates += [(end, start, 5, self.companies.add_bureau_name) for start, end in self.companies.bureau_names(text)]
        for end, suffix_start, _, add in sorted(candidates, key=lambda c: c[:3]):
            if not doc.names.covers(suffix_start):
                add(doc, suffix_start, end)
