"""What opens a project's name (project.yaml): the company, brand or region written right before the park it is named after,
the output that opens its products (某某有限公司年产2万吨A、B项目), and the place or the words its shorter forms leave
off (渝南双江航电枢纽一期工程 → 双江航电枢纽工程)."""
from __future__ import annotations

import re

from kg.extract.entities.names import bare
from kg.extract.entities.state import DocState
from kg.extract.search import endings
from kg.model import Mention
from kg.schema import COMPANY, PROJECT

MIN_PLACED_NAME = 6  # characters of a project's name after the place it opens with, to be a name of its own
ROUTE = re.compile(r"[（(][^（）()，。、；]{1,14}(?:至|到|—)[^（）()，。、；]{1,14}[）)]$")
LIST_OF_PROJECTS = re.compile(r"等(?:\d+|[一二三四五六七八九十两]+)?[个批项]?(?:重点|重大)?(?:项目|工程)")  # 等4个项目: a list's close
CLAUSE_BREAK = re.compile(r"[，。；：,;:\n和及与]")
ANNOUNCED_REACH = 800  # characters read back from a list's member for the opener that announced the list (分别是：)


class ProjectOpenings:
    """Needs the ProjectRecogniser's `names`, `companies`, `gazetteer`, `place_opening_re`, `amount_opening_re`,
    `suffix_re`, `suffix_end_re`, `phase_re`, `route_origin_re`, `route_word_re`, `output_opening_re`, `built_by_re`,
    `product_line_re`, `output_before_re`, `_generic_stem` and `_after_cut_verb`."""

    def find_short_names(self, doc: DocState) -> None:
        """A project named again without its opening words or phase (渝南双江航电枢纽一期工程 → 双江航电枢纽工程)."""
        text = doc.text
        projects = list(dict.fromkeys(text[m.start:m.end] for m in doc.names if m.label == PROJECT))  # (in text order)
        plain = {name: self.phase_re.sub("", name) for name in projects}
        for full in projects:
            if bare(full) != full and bare(full) in projects:  # 某某表面处理（热镀锌）项目 is 某某表面处理项目
                doc.aliases.append((PROJECT, full, bare(full)))
        ending_with = endings(projects, plain.__getitem__, 6)  # (a short name of six characters or more)
        for short in projects:
            doc.aliases += [(PROJECT, full, short) for full in ending_with(plain[short]) if full != short]
        self._place_aliases(doc, projects)

    def find_output_names(self, doc: DocState) -> None:
        """年产16万吨的EPS项目 is EPS项目: a yearly output written before a project's name with 的 names it too."""
        for project in [m for m in doc.names if m.label == PROJECT]:
            if output := self.output_before_re.search(doc.text, max(0, project.start - 20), project.start):
                doc.aliases.append((PROJECT, doc.text[project.start:project.end], doc.text[output.start():project.end]))

    def _place_aliases(self, doc: DocState, projects: list[str]) -> None:
        """陆家镇某某研发二期项目 is 某某研发二期项目, named where it is: a name of its own after the place."""
        for full in projects:
            openings = [m for m in (self.gazetteer.region_re.match(full), self.place_opening_re.match(full)) if m]
            rest = full[max(m.end() for m in openings):] if openings else ""  # (正阳县开发区某某项目: the park too)
            if len(rest) >= MIN_PLACED_NAME and not self._generic_stem(self.suffix_end_re.sub("", rest)) and \
                    not self.amount_opening_re.match(rest) and not self.suffix_re.match(rest):
                # (江津区年产10万吨…项目: the amount names every county's; 某产业园项目二期工程: the park's own)
                doc.aliases.append((PROJECT, full, rest))

    def _opening_before_park(self, doc: DocState, park_start: int) -> int:
        """Start of a project named after a park: the company or region written just before the park opens it
        (某某电子有限公司高新电子产业园项目, 、容县电子信息产业园一期工程)."""
        text = doc.text
        company = doc.names.last_before(park_start)
        if company and company.end == park_start and self.companies.is_legal_name(doc, company):
            doc.names.remove(company)
            doc.nested.append(company)
            return company.start
        if text[park_start - 1:park_start] in "-－" and self.names.is_name_char(text[park_start - 2:park_start - 1] or "。"):
            # 中材-新乐建筑节能产业园项目: a name joined to the park's by a hyphen opens the project's
            run_start = self.names.extend_left(text, park_start, doc.names.last_end_before(park_start), 20)
            return self.names.trim_left(text, run_start, park_start, doc.regions)
        run_start = self.names.extend_left(text, park_start, doc.names.last_end_before(park_start), self.companies.max_short)
        start = self.names.trim_left(text, run_start, park_start, doc.regions)
        opening = text[start:park_start]
        if (start < park_start and not doc.regions.overlaps(start, park_start) and self.companies.ends_with_industry_word(opening)
                and self.companies.is_short_name(opening)):
            # 某某高科马鞍山创智科技园项目: a company's short name before the park opens the project's (its developer)
            doc.nested.append(Mention(start, park_start, COMPANY, "company.in_project"))
            return start
        return self._region_before(doc, park_start)

    def _whole_run_before(self, doc: DocState, park_start: int) -> int:
        """Start of a run of two to `max_short` name characters written right before `park_start`, when nothing
        (a context word, a place, the run's length) cuts it; else `park_start`."""
        text = doc.text
        run_start = self.names.extend_left(text, park_start, doc.names.last_end_before(park_start), self.companies.max_short)
        whole = not self.names.is_name_char(text[run_start - 1:run_start] or "。")
        if (whole and park_start - run_start >= 2 and not doc.regions.overlaps(run_start, park_start)
                and not self.names.leading_word_re.match(text, run_start, park_start)  # (助力黄冈某产业园项目)
                and self.names.trim_left(text, run_start, park_start, doc.regions) == run_start):
            return run_start
        return park_start

    def _region_before(self, doc: DocState, park_start: int) -> int:
        """岑溪市东融新纺织产业园物流中心项目: a region written right before the park opens the project's name; after a
        verb (设在柳州市…) it says where the project is."""
        region = doc.regions.last_before(park_start)
        if (region and region.end == park_start and not doc.names.overlaps(region.start, region.end)
                and not self.names.is_name_char(doc.text[region.start - 1:region.start] or "。")):
            return region.start
        return park_start

    def _route_before(self, doc: DocState, start: int, suffix_start: int) -> int:
        """柳长路（某路口至某收费站）道路拓宽改建工程: a road's section in brackets, longer than a name's usual
        bracketed part, belongs to the name with the road before it; so does the start of a road from A to B
        (百果园至水月寺公路改建工程)."""
        text = doc.text
        origin = self.route_origin_re.search(text, max(0, start - 18), start) if text[start - 1:start] == "至" else None
        if origin and self.route_word_re.search(text, start, suffix_start):
            first = self._after_cut_verb(text, origin.start(1), start - 1) or self.names.trim_left(
                text, origin.start(1), start - 1, doc.regions)
            return first if start - 1 - first >= 2 else start
        close = min((i for i in (text.find("）", max(0, start - 1), suffix_start), text.find(")", max(0, start - 1), suffix_start))
                     if i != -1), default=-1)
        route = ROUTE.search(text, max(0, close + 1 - 32), close + 1) if close != -1 else None
        if route is None or route.start() >= start:
            return start
        opening = route.start()
        run_start = self.names.extend_left(text, opening, doc.names.last_end_before(opening), 16)
        first = self.names.trim_left(text, run_start, opening, doc.regions)
        return first if opening - first >= 2 else start

    def _products_opening(self, doc: DocState, start: int, end: int) -> int:
        """年产2万吨豆浆、乳制品、饮料生产线项目: a stem after 、 whose clause opens with an output (年产, an
        amount) names the products of one project; the name starts at that opening. Not when a count of
        projects closes it (A年产2万吨碳酸锂、B扩能改造项目等4个项目: two projects)."""
        text = doc.text
        if text[start - 1:start] != "、" or LIST_OF_PROJECTS.match(text, end):
            return start
        barrier = max(doc.names.last_end_before(start), start - 40)
        clause = max((m.end() for m in CLAUSE_BREAK.finditer(text, barrier, start)), default=barrier)
        if opening := self.output_opening_re.search(text, clause, start):
            if self.suffix_re.search(text, opening.end(), start - 1) or self._firm_opens(text, start, end) and (
                    self.output_opening_re.search(text, start, end) or self._firm_first(doc, clause, opening.start())):
                # A公司年产10万套X项目、B公司年产…项目: the project before the 、 is one of its own; so, with an output of its own
                # (…、临泽华锐光电年产300万片…项目) or after a firm (亚洁装饰年加工20万套门窗、江海贸易成品油…项目), is one a firm opens
                return start
            return self._brand_before(doc, clause, opening.start())
        relative = text.rfind("的", clause, start)
        if relative != -1 and (self.built_by_re.search(text, clause, relative + 1)
                               or self._owned(doc, relative, start, end)) and all(
                len(part) >= 4 and self.names.name_run.fullmatch(bare(part)) and not self.names.is_generic(part)
                for part in text[relative + 1:start - 1].split("、")):
            # 某公司投资建设的高速铁路…屏障、铁路隧道新型防护门项目, 某某机械有限公司的重装叉车、桩工机械项目: the products
            # of one project its builder names
            return relative + 1
        suffix = self.suffix_re.search(text, start, end)
        if suffix and self.product_line_re.search(text, start, suffix.start()):
            # 新型环保、机械设备生产线项目: one product before the line's other one
            run = self.names.extend_left(text, start - 1, barrier, 8)
            first = self.names.trim_left(text, run, start - 1, doc.regions)
            if text[run - 1:run] != "、" and start - 1 - first >= 2 and not self.suffix_re.search(
                    text, first, start - 1):
                return first
        return start

    def _firm_first(self, doc: DocState, clause: int, opening: int) -> bool:
        """A firm's legal name, found on its own, opens the member before the 、, or a short name does in a list an opener
        announced (这26个项目分别是：…)."""
        text = doc.text
        lead = text[self.names.trim_left(text, clause, opening, doc.regions):opening].lstrip("、")
        return doc.names.label_at(opening - 1) == COMPANY or self.companies.is_short_name(lead) and \
            self.announced_list_re.search(text, max(0, opening - ANNOUNCED_REACH), opening) is not None

    def _firm_opens(self, text: str, start: int, end: int) -> bool:
        """A place and a firm's short name (江海贸易, 武威宏伟物流) opening the text at `start` (not 冷鲜食品, 特医食品: a
        coined-looking product's words)."""
        place = self.gazetteer.region_re.match(text, start)
        if place is None:
            return False
        place_end, companies = place.end() - start, self.companies
        return any(companies.ends_with_industry_word(stem) and companies.is_short_name(stem[place_end:])
                   for stem in (text[start:start + n] for n in range(place_end + 2, place_end + 7) if start + n <= end - 2))

    def _owned(self, doc: DocState, relative: int, start: int, end: int) -> bool:
        """某某机械有限公司的重装叉车、桩工机械项目: a firm's name right before the 的 (not 某公司的技术改造、某纸业年产…项目:
        the member after the 、 has an output or a name of its own, two projects)."""
        owner = doc.names.last_before(start)
        return owner is not None and owner.end == relative and owner.label == COMPANY and not (
            self.output_opening_re.search(doc.text, start, end) or doc.names.overlaps(start, end))

    def _brand_before(self, doc: DocState, clause: int, opening: int) -> int:
        """诺盟化工年产4万吨A、B项目: a company's short name opening the clause before the output opens the name."""
        text, companies = doc.text, self.companies
        first = self.names.trim_left(text, clause, opening, doc.regions)
        name = text[first:opening]
        if (2 < len(name) <= companies.max_short and companies.ends_with_industry_word(name)
                and companies.is_coined(name) and self.names.name_run.fullmatch(name)):
            return first
        return opening

    def _output_after(self, doc: DocState, company: Mention, start: int, end: int) -> bool:
        """某某有限公司年产2万吨A、B项目: the output that opens a project's products follows the company's name."""
        opening = self._products_opening(doc, start, end)
        return opening != start and not doc.text[company.end:opening].strip()
