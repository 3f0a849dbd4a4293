"""The forms one text uses for one program (全市X and 重庆市X, 省X and 某省第四批省级X, a list with and without its
year): aliases, found once every program of the text is known; and the judgements of a name with no head of ours.
Mixed into ProgramRecogniser, whose patterns (program.yaml) they use."""
from __future__ import annotations

import re

from kg.extract.entities.names import QUOTES
from kg.extract.entities.program_titles import ProgramTitles
from kg.extract.entities.state import DocState
from kg.extract.search import ClauseOpening, alternation, compile_rare
from kg.extract.text import in_order
from kg.schema import COMPANY, PARK, PROGRAM

HAN = re.compile("[\u4e00-\u9fff]")
TITLE_GOES_ON = ("前", "中", "里", "上", "内", "的", "名单", "榜", "排")  # after a list's title written again: its members (前10位, 名单)
RANKED = re.compile(r"(?:\d+|[十百千])\s*[强快佳]")  # 1. 制造业发展综合10强县（市）：A、B: a ranking heads its members
YEAR_OPENING = re.compile(r"^\d{4}(?:\s*[—–\-－~～至]\s*\d{4})?\s*年度?")
BATCH_OPENING = re.compile(r"^(?:首批|新一批|第[一二三四五六七八九十\d]+批)")
CLAUSE_END = re.compile("[，,。；;！？!?\n]")
# a designation's list or its winners after its name (某市政府质量奖的获奖名单, “某县县长质量奖”的获奖企业)
OWN_LIST = compile_rare(r"的?(?:(?:获奖|入选|获评)(?:企业|单位)?名单|获奖(?:企业|单位))")
QUOTED_BEFORE = re.compile(rf"[{re.escape(QUOTES)}]([^{re.escape(QUOTES)}，。；\n]{{4,36}})[{re.escape(QUOTES)}]$")
TWO_AWARDS = re.compile("[和及与][^和及与]*奖$")  # 表彰某县县长质量奖和县长质量贡献奖获奖单位: two awards' winners
# 在其中的2021年度国家级绿色工厂名单里，A、B入围: a list named as where its members stand (not 在A和B两份榜单上)
LIST_BODY = r"([^，,。；;：:\n在的和及与]{4,36}?(?:名单|榜单|名录|清单))(?:中|里|上|内)(?=[，,])"
LIST_SETTING = ClauseOpening("，,。；;：:在", r"(?:其中的|这份|这批|本次|该)?" + LIST_BODY)
PUBLISHED_LIST_SETTING = re.compile(r"(?<=在)[^，,。；;：:\n]{0,16}?(?:公示|公布|发布|印发)的" + LIST_BODY)  # (在某部网站公示的P中，A…)
QUALIFIER_END = re.compile(r"[（(][^（）()]{1,10}[）)]$")  # 首批化工园区（化工集中区）: which kind the list takes
SESSION_IN_BRACKETS = re.compile(r"^[（(](第[一二三四五六七八九十\d]+届)[）)]")
DESIGNATION_END = re.compile(r"[，,。；;、和及与）)\n]|$")  # what may follow a designation's name
HELD_TITLE_END = re.compile(r"称号$|[两三四五六七八九十\d]块牌子$")  # (not 荣誉: prizes of people; nor “暂停营业”牌子: a notice)
APPOSITIVE_HEAD = ("企业", "企业”")  # what ends a designation of firms before a firm's name
APPOSITIVE_JOINTS = "与和及同跟的、"  # after a place: a partner or a place's own, not a designation's scope
MIN_SIBLING = 5  # characters of a list's member taken for a program like its siblings (a scope and a name of its own)
RANK_TAIL = re.compile(r"(?:\d+|[一二三四五六七八九十百千]+)强$")  # 江苏民营企业创新100强: a ranking's count
RANKED_RUN = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:\d+|[一二三四五六七八九十百千]+)强")  # 创新100强: a run ending in a count
SHORT_FORM_AFTER = "在的"  # what may stand right before a ranking's short form (在创新100强中, 南通的创新100强)


class ProgramForms(ProgramTitles):
    def _find_again(self, doc: DocState) -> None:
        """A program's name found once (in the headline after its cue) names it wherever the text writes it again, and
        so do a quoted title of a list without its quotes and list word, and a ranking's short form."""
        text = doc.text
        names = {text[m.start:m.end] for m in doc.programs if m.end - m.start >= MIN_SIBLING}
        quoted = {core.group(1): name for name in names if (core := self.quoted_list_re.fullmatch(name))}
        for name in sorted(names | quoted.keys(), key=lambda n: (-len(n), n)):  # (the longest first, in an order of the names' own)
            position = text.find(name)
            if name in quoted and position != -1:  # “2025四川民营企业100强”榜单, later 2025四川民营企业100强: the list's title
                doc.aliases.append((PROGRAM, quoted[name], name))
            while position != -1:
                end = position + len(name)
                # no name there, or only a park's shorter name inside it (某省十强产业集聚区名单如下), which gives way
                inside = doc.names.overlapping(position, end)
                if name in quoted and (HAN.match(text, end) and not text.startswith(TITLE_GOES_ON, end) or text[position - 1:position] == "《"):
                    position = text.find(name, end)  # (2025某省民营企业100强峰会, 《…100强调研分析报告》: another thing's name)
                    continue
                if not doc.programs.overlaps(position, end) and all(
                        m.label == PARK and position <= m.start and m.end <= end and m.end - m.start < len(name) for m in inside):
                    for m in inside:
                        doc.names.remove(m)
                    doc.programs.add(position, end, PROGRAM, "program.again")
                position = text.find(name, end)
        self._find_ranked_short_forms(doc)

    def _find_ranked_short_forms(self, doc: DocState) -> None:
        """创新100强, 民营制造业100强 after 江苏民营企业创新100强, 江苏民营企业制造业100强: a ranking named again by some of its
        words, in their order, and its count, its scope left off (a run of its own, after a clause's start, 在 or 的; the
        words of one ranking of the text only: not 民企500强 after 中国民营企业500强 and 中国制造业民营企业500强, nor
        江苏民营企业100强 after 江苏民营企业创新100强, nor 苏州民营企业500强)."""
        text = doc.text
        rankings = {text[m.start:m.end] for m in doc.programs if RANK_TAIL.search(text, m.start, m.end)}
        runs = list(RANKED_RUN.finditer(text)) if rankings else []
        written = {run.group() for run in runs if not doc.programs.overlaps(*run.span())}  # (rankings no cue made programs)
        for run in runs:
            if text[run.start() - 1:run.start()] not in SHORT_FORM_AFTER and HAN.match(text, run.start() - 1) or \
                    doc.programs.overlaps(*run.span()) or doc.names.overlaps(*run.span()):
                continue
            tail = RANK_TAIL.search(run.group()).group()
            words = run.group()[:-len(tail)]
            held = [r for r in rankings | written - {run.group()} if r.endswith(tail) and in_order(words, r[:-len(tail)])
                    and not r.startswith(words[0])]
            if len(words) >= 2 and len(held) == 1 and held[0] in rankings:
                doc.programs.add(*run.span(), PROGRAM, "program.ranked_short_form")
                doc.aliases.append((PROGRAM, held[0], run.group()))

    def _find_held_titles(self, doc: DocState) -> None:
        """拥有“A”和“B”两块牌子, 获得“A”称号: quoted titles closed by a word of titles are programs, whatever verb holds them."""
        for run in self.title_run_re.finditer(doc.text) if "”" in doc.text else ():
            if HELD_TITLE_END.search(run.group()):
                self._quoted_titles(doc, run.start())

    def _find_selected(self, doc: DocState) -> None:
        """2020年湖南省产业高质量发展园区的评选: what a scope or a place opens before the selecting of it is a program,
        unless it joins two (A和B的遴选), holds a name (江苏省苏州工业园区的评选成绩) or another program of the text holds it
        or is held by it."""
        text = doc.text
        named = {self._core(text[m.start:m.end]) for m in doc.programs}  # (山东省某某的评选 where a batch of it is named)
        for selection in self.selection_of_re.finditer(text) if "的" in text else ():
            end = selection.start()
            start = self.names.extend_left(text, end, max(0, end - self.max_length), self.max_length)
            found = self._program_in(text, start, end, needs_scope=False)
            name = text[found[0]:found[1]] if found else ""
            core = self._core(name) if found else ""
            if found and found[1] == end and self._scoped_at(text, found[0]) and not doc.programs.overlaps(*found) and \
                    not doc.names.overlaps(*found) and \
                    not self.split_re.search(name) and not any(core in other or other in core for other in named):
                doc.programs.add(*found, PROGRAM, "program.selected")
                self._short_forms(doc, text[found[0]:found[1]])

    def _core(self, name: str) -> str:
        """第一批河南省制造业单项冠军企业: 制造业单项冠军企业, without its year, batch, scope and place."""
        name = self.batch_re.sub("", YEAR_OPENING.sub("", name.strip(QUOTES)))
        for opening in (self.scope_re.match(name), self.gazetteer.region_re.match(name)):
            name = name[opening.end():] if opening and len(name) - opening.end() >= 4 else name
        return name

    def _find_designated_parks(self, doc: DocState) -> None:
        """成为广东省产业转移工业园, 被列为湖南省有色金属重点产业园, 升格为自治区级A类产业园: a park's name that a level or a
        province opens, right after a cue of selection, names the designation a park gets (a program), not a park."""
        text = doc.text
        for cue in self.selection_cue_re.finditer(text):
            if cue.group() in self.naming_cues:
                continue  # (命名为甘肃某某工业园区: the park's new name)
            skipped = self.before_name_re.match(text, cue.end())  # (成为全市首个省级高新技术产业园)
            start = skipped.end() if skipped else cue.end()
            opening = self.scope_re.match(text, start) or self.gazetteer.region_re.match(text, start)
            if opening is None or not (opening.re is self.scope_re or opening.group() in self.gazetteer.province_names):
                continue
            end = DESIGNATION_END.search(text, opening.end(), opening.end() + self.max_length)
            # (after a province, a kind of park: 广东省产业转移工业园; not 江西省宁都凯岚产业园, a park's own name)
            if end is None or not text.endswith(self.park_suffixes, start, end.start()) or \
                    opening.re is not self.scope_re and not self.park_kind_re.search(text, opening.end(), end.start()) or \
                    doc.programs.overlaps(start, end.start()) or self._no_rank_held(text, cue.end(), end.start()) or \
                    any(m.start < start or m.label != PARK for m in doc.names.overlapping(start, end.start())):
                continue
            for park in doc.names.overlapping(start, end.start()):
                doc.names.remove(park)
            doc.programs.add(start, end.start(), PROGRAM, "program.designated_park")

    def _read_appositives(self, appositive: dict) -> None:
        self.weak_designation_re = re.compile(rf"(?:{alternation(appositive['weak'])})$")
        self.appositive_level_re = re.compile(appositive["levels"])
        self.market_scope_re = re.compile(rf"(?:{alternation(appositive['market_scopes'])})")
        self.rank_only_re = re.compile(appositive["rank_only"])

    def find_appositives(self, doc: DocState) -> None:
        """“瞪羚”企业某某有限公司, 国家级专精特新“小巨人”企业某某集团, 江苏省专精特新中小企业某某公司: a designation of firms
        right before a firm's name is one it holds (program.yaml `appositive`). Not a rank alone (世界500强企业), a market's
        or a trade's leader (行业龙头企业, 全球光伏龙头企业, 安化龙头企业: a leader's word needs a level, 国家级…龙头企业), nor
        a run with a place inside it or a partner before it (某经开区龙头企业某公司, 某区与世界500强企业某集团)."""
        text = doc.text
        for firm in [m for m in doc.names if m.label == COMPANY and text.endswith(APPOSITIVE_HEAD, 0, m.start)]:
            if doc.programs.overlaps(firm.start - 1, firm.start):
                continue
            start = self.names.extend_left(text, firm.start, max(0, firm.start - self.max_length), self.max_length)
            while start > 0 and text[start - 1] in QUOTES and start > firm.start - self.max_length:
                start = self.names.extend_left(text, start - 1, max(0, firm.start - self.max_length), self.max_length)
            found = self._program_in(text, self.names.trim_left(text, start, firm.start, doc.regions), firm.start, needs_scope=False)
            if found and found[1] == firm.start and self._designates(doc, *found):
                doc.programs.add(*found, PROGRAM, "program.appositive")

    def _designates(self, doc: DocState, start: int, end: int) -> bool:
        """The run before a firm's name is a designation of its own, perhaps scoped by a place opening it."""
        text = doc.text
        places = doc.regions.overlapping(start, end)
        if len(places) > 1 or places and (places[0].start != start or text[places[0].end] in APPOSITIVE_JOINTS):
            return False  # (某经开区的…, 曹妃甸区与世界500强企业: a place inside, or a partner's)
        core = text[places[0].end if places else start:end]
        return bool(self.designation_re.search(core)) and core.strip(QUOTES) not in self.not_programs and \
            not self.rank_only_re.fullmatch(core) and not self.market_scope_re.match(core) and \
            not doc.names.overlapping(start, end) and not doc.programs.overlaps(start, end) and \
            not (self.weak_designation_re.search(core) and not self.appositive_level_re.search(core))

    def _find_sections(self, doc: DocState) -> None:
        """一、某市市长质量奖（3家） (line break) 1. A; 名单如下：…二、十强工业企业 (line break) A: the program a section of a
        list is headed by."""
        if "、" not in doc.text:
            return
        announced = self.announcement_re.search(doc.text)
        announced_lines = self.announced_section_re.finditer(doc.text, announced.end()) if announced else ()
        for line in (*self.section_re.finditer(doc.text), *announced_lines):
            found = self._program_in(doc.text, *line.span(1), needs_scope=False)
            if found and QUALIFIER_END.fullmatch(doc.text, found[1], line.end(1)):  # 十强工业强镇（乡、街道）: the qualifier
                doc.aliases.append((PROGRAM, doc.text[found[0]:line.end(1)], doc.text[found[0]:found[1]]))  # stays; one program
                found = (found[0], line.end(1))
            if found and line.re is self.announced_section_re and not (self._scoped_at(doc.text, found[0]) or RANKED.search(doc.text, *found)):
                continue  # (一、绿色园区 under a plan's list: a kind of its members, the plan's own program)
            if found and found[1] == line.end(1) and not doc.programs.overlaps(*found):
                doc.programs.add(*found, PROGRAM, "program.section")

    def _find_counted_sets(self, doc: DocState) -> None:
        """是全国520户重点大型国有企业之一: a scoped set of a count that something is one of."""
        for member in self.counted_set_re.finditer(doc.text):
            if not doc.programs.overlaps(*member.span(1)):
                doc.programs.add(*member.span(1), PROGRAM, "program.counted_set")

    def _find_lists_of(self, doc: DocState) -> None:
        """首届莆田市政府质量奖的获奖名单, “2017年度（第七届）某县县长质量奖”的获奖企业: the designation whose list or winners
        follow its name (in quotes, the quotes hold it)."""
        text = doc.text
        for own in OWN_LIST.finditer(text):
            quoted = QUOTED_BEFORE.search(text, max(0, own.start() - 40), own.start())
            start, end = quoted.span(1) if quoted else (self.names.trim_left(text, self.names.extend_left(
                text, own.start(), max(0, own.start() - self.max_length), self.max_length), own.start(), doc.regions),
                own.start())
            found = self._program_in(text, start, end, needs_scope=True)
            if found and found[1] == end and not doc.programs.overlaps(*found) and not TWO_AWARDS.search(text, *found):
                doc.programs.add(*found, PROGRAM, "program.list_of")
        for setting in (*LIST_SETTING.finditer(text), *PUBLISHED_LIST_SETTING.finditer(text)):
            found = self._program_in(text, *setting.span(1), needs_scope=True)
            if found and found[1] == setting.end(1) and self._scoped_at(text, found[0]) and not doc.programs.overlaps(*found):
                doc.programs.add(*found, PROGRAM, "program.list_setting")  # (a year, a scope or a place opens it)
                self._short_forms(doc, text[found[0]:found[1]])

    def _generic_core(self, bare: str) -> bool:
        """省级称号, 国家级公示名单, 两份公示名单: a count, a scope and a procedure around a generic word (or none) name no
        program."""
        core = self.procedure_re.sub("", self.scope_re.sub("", self.count_opening_re.sub("", bare, count=1), count=1))
        return bare in self.not_programs or not core or core in self.title_words

    def find_scope_aliases(self, doc: DocState) -> None:
        """全市制造业领军企业 is 重庆市制造业领军企业 (and 制造业领军企业) when a text names both."""
        text = doc.text
        # (in order, so that every process writes the same aliases, in the same direction)
        names = sorted({self.list_word_re.sub("", text[m.start:m.end]) for m in doc.programs})
        for name in names:
            scope = next((w for w in self.scope_words if name.startswith(w)), None)
            if not scope:
                continue
            rest = name[len(scope):]
            if rest in names:  # 全省扩权赋能强县改革名单 and 扩权赋能强县改革名单: one list, with its scope and without
                doc.aliases.append((PROGRAM, name, rest))
            for other in names:
                region = self.gazetteer.region_re.match(other)
                if region and other[region.end():] == rest and region.group().endswith(scope[-1]):
                    doc.aliases.append((PROGRAM, other, name))
        for name in names:
            self._level_alone(doc, name, names)
            self._bare_designation(doc, name, names)
        self._forms_of_one_list(doc, names)
        self._forms_of_one_award(doc, names)
        self._batch_short_forms(doc, names)

    def _short_forms(self, doc: DocState, name: str) -> None:
        """某某企业公示名单 is 某某企业: the procedure of publishing is no part of the list's name; 工业和信息化部第六批…名单
        is 第六批…名单: nor is the body that issues it (both forms stay names of the list)."""
        words = self.publication_word_re.search(name)
        if words and len(name[:words.start()]) >= 4:
            doc.aliases.append((PROGRAM, name, name[:words.start()]))
        unlisted = self.list_word_re.sub("", name)
        if unlisted != name and len(unlisted) >= 4:
            # 省重点项目计划 is 省重点项目 (the graph merges only 名单, 榜单 and 清单 by itself)
            doc.aliases.append((PROGRAM, name, unlisted))
            listed = self.procedure_end_re.sub("", unlisted)
            if len(listed) >= 4 and listed != unlisted:
                doc.aliases.append((PROGRAM, name, listed))  # 某某企业认定通过名单 is 某某企业
        issuer = self.issuer_re.match(name)
        if issuer and len(name) - issuer.end() >= 4:
            doc.aliases.append((PROGRAM, name, name[issuer.end():]))

    def _batch_short_forms(self, doc: DocState, names: list[str]) -> None:
        """第二批示范基地拟确定名单 after 第二批福建省省级工业旅游示范基地: the batch's list named again by the end
        of its designation, when one list of that batch ends so."""
        keys = {name: self.form_words_re.sub("", name) for name in names}
        for short, short_key in keys.items():
            batch = self.batch_re.match(short_key)
            if not batch or len(short_key) - batch.end() < 4:
                continue
            rest = short_key[batch.end():]
            fuller = [name for name, key in keys.items() if name != short and key.startswith(batch.group())
                      and key.endswith(rest) and len(key) > len(short_key)]
            if len(fuller) == 1:
                doc.aliases.append((PROGRAM, fuller[0], short))

    def _level_alone(self, doc: DocState, name: str, names: list[str]) -> None:
        """我县5家企业上榜市专精特新“小巨人”企业: the list of the level named, when the text names one list of that
        level in full (台州市第四批市级专精特新“小巨人”企业)."""
        level = re.match(r"([省市县区])级?", name)
        if not level or len(name) - level.end() < 4:
            return
        rest = name[level.end():]
        full = []
        for other in names:
            region = self.gazetteer.region_re.match(other)
            if (other != name and region and region.group().endswith(level.group(1)) and other.endswith(rest)
                    and self.level_between_re.fullmatch(other, region.end(), len(other) - len(rest))):
                full.append(other)
        if len(full) == 1:
            doc.aliases.append((PROGRAM, full[0], name))

    def _forms_of_one_award(self, doc: DocState, names: list[str]) -> None:
        """潍坊第十届市长质量奖 (headline) and 第十届潍坊市市长质量奖: one award, its session and places apart (not 宁都县县长
        质量奖 and 于都县县长质量奖: two places' awards; a form naming no place is one of the place's when one place is named)."""
        forms: dict[tuple[str, frozenset[str]], list[str]] = {}
        for name in (n for n in names if n.strip(QUOTES).endswith("奖")):
            plain = name.replace("“", "").replace("”", "")
            rest = self.gazetteer.region_re.sub("", plain)  # (before the session: 潍坊第十届…)
            rest = self.award_title_re.sub("", self.award_session_re.sub("", rest))
            if len(rest) >= 4:
                places = frozenset(m.group().rstrip("省市县区旗") for m in self.gazetteer.region_re.finditer(plain))
                forms.setdefault((rest, places), []).append(name)
        for (rest, places), group in forms.items():
            if not places:
                continue  # (joined to the one place's forms below, and to no other place's)
            if sum(1 for r, p in forms if r == rest and p) == 1:
                group = group + forms.get((rest, frozenset()), [])
            sessions = {m.group().strip("（）()") for n in group for m in [self.award_session_re.search(n)] if m}
            if len(group) > 1 and len(sessions) <= 1:
                for other in group[1:]:
                    doc.aliases.append((PROGRAM, group[0], other))

    def _forms_of_one_list(self, doc: DocState, names: list[str]) -> None:
        """湖南省专精特新“小巨人” and 2022年湖南省专精特新“小巨人”企业认定和复核名单: one list."""
        forms: dict[str, list[str]] = {}
        years: dict[str, set[str]] = {}
        for name in names:
            year = re.match(r"\d{4}年度?", name)
            rest = name[year.end():] if year else name
            # (2017年度（第七届）某县县长质量奖 and 第七届某县县长质量奖: the session in brackets after the year)
            key = self.form_words_re.sub("", SESSION_IN_BRACKETS.sub(r"\1", rest.replace("“", "").replace("”", "")))
            if len(key) >= 4:
                forms.setdefault(key, []).append(name)
                years.setdefault(key, set()).add(year.group()[:4] if year else "")
        for key, group in forms.items():
            if len(group) > 1 and len(years[key] - {""}) <= 1:
                for other in group[1:]:
                    doc.aliases.append((PROGRAM, group[0], other))
        # 第三批国家级专精特新“小巨人”, 全国第三批专精特新“小巨人”企业名单 and 第三批专精特新“小巨人”企业名单: the list
        # named with its level (国家级, or 全国 before it) and without is one, unless the text names it at two levels
        # or in two batches
        by_bare: dict[str, list[str]] = {}
        levels: dict[str, set[str]] = {}
        batches: dict[str, set[str]] = {}
        qualifiers: dict[str, set[str]] = {}
        for key in forms:
            scope = self.level_scope_re.match(key)
            inner = self.inner_scope_re.search(key, scope.end() if scope else 0)
            bare_key, level = key, ""
            if scope:
                bare_key, level = key[scope.end():], self.scope_levels[scope.group()]
            if inner:
                start = inner.start() - (len(key) - len(bare_key))
                bare_key = bare_key[:start] + bare_key[start + len(inner.group()):]
                level = level or self.scope_levels.get(inner.group(), inner.group())
            place = None if scope else self.gazetteer.region_re.match(bare_key)
            if place:  # 四川省X: the list of a place, a level of its own
                bare_key, level = bare_key[place.end():], level or place.group()
            batch = self.batch_re.match(bare_key)  # 第四批国家级X is 国家级X when the text names one batch
            if batch:
                bare_key = bare_key[batch.end():]
            qualifier = QUALIFIER_END.search(bare_key)  # X（化工集中区） is X when the text names one such X
            if qualifier and qualifier.start() >= 4:
                bare_key = bare_key[:qualifier.start()]
            qualifiers.setdefault(bare_key, set()).add(qualifier.group() if qualifier else "")
            by_bare.setdefault(bare_key, []).append(key)
            levels.setdefault(bare_key, set()).add(level)
            batches.setdefault(bare_key, set()).add(batch.group() if batch else "")
        for bare_key, keys in by_bare.items():
            if (len(keys) > 1 and len(levels[bare_key] - {""}) == 1 and len(batches[bare_key] - {""}) <= 1
                    and len(qualifiers[bare_key] - {""}) <= 1
                    and len(set().union(*(years[k] for k in keys)) - {""}) <= 1):
                for key in keys[1:]:
                    doc.aliases.append((PROGRAM, forms[keys[0]][0], forms[key][0]))

    def _bare_designation(self, doc: DocState, name: str, names: list[str]) -> None:
        """获认定为专精特新中小企业 after 2023年重庆市专精特新中小企业名单: a designation named bare in a text
        that names it once with its year and region is that program; not when the text names it with
        different levels or batches (国家级X and 省级X: the bare X says neither)."""
        if len(name) < 4 or self.scope_re.match(name) or self.gazetteer.region_re.match(name) or name[:1].isdigit():
            return
        fuller = [other for other in names if other != name and other.endswith(name)]
        prefixes = [other[:-len(name)] for other in fuller]
        if fuller and all(self._year_and_region(prefix) for prefix in prefixes) or (
                len(fuller) == 1 and self._year_and_region(prefixes[0], with_batch=True)):
            # (one fuller name alone may hold its batch and level too: 企业技术中心名单如下 after 甘肃省第十六批省级认定
            # 企业技术中心)
            for other in fuller:
                doc.aliases.append((PROGRAM, other, name))

    def _year_and_region(self, prefix: str, with_batch: bool = False) -> bool:
        year = re.match(r"\d{4}年度?", prefix)
        rest = prefix[year.end():] if year else prefix
        region = self.gazetteer.region_re.match(rest)
        rest = rest[region.end():] if region else rest
        if with_batch:
            rest = self.procedure_re.sub("", rest[self.level_between_re.match(rest).end():])
        return rest == ""

    def _like_its_siblings(self, doc: DocState, first: int, end: int, found_ends: set[str], titles: bool,
                           after: bool, between: bool) -> bool:
        """荣获国家卫生县城、全国农民工返乡创业试点县、全国首批采煤沉陷区综合治理县: a member of a cue's list with no
        head of ours, opening with a scope or a region and ending as a program of the same list does, is one too;
        and whatever its end in a list of `titles` (获得中国五金机械产业城、中国实木家具之乡等称号; where no member ends as a
        program does, only a designation's end: `lone_title_heads`, not 杭州亚运会官方供应商), or opening with a scope
        `after` a program of the list (入选国家智能制造示范工厂、国家智能制造优秀场景; not 获得自治区创新型、专精特新企业称号:
        the head after it is shared), or standing `between` two programs of the list."""
        text = doc.text
        name = text[first:end]
        scoped = self.scope_re.match(name) is not None
        opened = scoped or self.gazetteer.region_re.match(name) is not None
        headed = any(head.end() == len(name) for head in self.heads.finditer(name))
        return (MIN_SIBLING <= len(name) <= self.max_length
                and (between and headed or opened and (titles and (found_ends or self.lone_title_re.search(name))
                                                       or name[-1] in found_ends) or scoped and after)
                and self.names.name_run.fullmatch(name) is not None
                and (not self.names.is_generic(name) or scoped and after and name[-1] in found_ends and self._qualified(name))
                and not doc.programs.overlaps(first, end) and not doc.names.overlaps(first, end))

    def _qualified(self, name: str) -> bool:
        """全省先进开发区 (A、全省先进开发区): words of its own between the scope and the head (not 全省开发区, 全市首批开发区)."""
        head = next((m for m in self.heads.finditer(name) if m.end() == len(name)), None)
        rest = BATCH_OPENING.sub("", name[self.scope_re.match(name).end():head.start() if head else len(name)])
        return len(rest) >= 2

    def _no_rank_held(self, text: str, position: int, end: int) -> bool:
        """A kind of park after a copula cue at `position` is no rank held when a word of an aim stands before the cue in its
        clause (力争让某园区晋升为国家级开发区; not 在…推动下，某园区获批…), or when words go on after it (成为某经济开发区招商工作的主线)."""
        if not text.endswith(self.copula_cues, 0, position):
            return False
        start = max(0, position - 30)
        start = max((m.end() for m in CLAUSE_END.finditer(text, start, position)), default=start)
        return self.aim_re.search(text, start, position) is not None or (
            HAN.match(text, end) is not None and text[end] not in "的和及与")

    def _designated_kind(self, text: str, start: int, end: int) -> bool:
        """亚洲投资价值示范开发区: a designation word right before the kind of park that ends the name."""
        head = next(h for h in self.level_heads if text.endswith(h, start, end))
        return any(m.end() == end - len(head) for m in self.designation_re.finditer(text, start, end))

    def _joins_two(self, text: str, start: int, end: int, joint: re.Match) -> bool:
        """示范开发区和典范园区, 二星级产业集聚区和优秀产业集聚区: 和 between two designations of zones, the first with a
        designation's word (not 国家级工业园区和产业集群数字化转型试点, 示范区和自由贸易试验区协同创新平台: one title); 某某百强市和
        某某百强市: two of places ending alike."""
        left, right = text[start:start + joint.start()], text[start + joint.end():end]
        if min(len(left), len(right)) >= 4 and left[-2:] == right[-2:] and left.endswith(self.place_levels) and \
                self._ends_in_head(left):
            return True  # 全国先进制造业百强市和外贸百强市: two rankings of places
        return min(len(left), len(right)) >= 4 and left.endswith(("区", "园")) and right.endswith(("区", "园")) and \
            self.designation_re.search(left) is not None

    def _ends_in_head(self, name: str) -> bool:
        return any(head.end() == len(name.rstrip("”")) for head in self.heads.finditer(name.rstrip("”")))

    def _level_only(self, name: str) -> bool:
        """国家级经济技术开发区, 江苏省先进开发区: a scope or a region, then generic words, before the kind of park."""
        head = next(h for h in self.level_heads if name.endswith(h))
        stem = name[:-len(head)]
        scope = self.scope_re.match(stem) or self.gazetteer.region_re.match(stem)
        rest = stem[scope.end():] if scope else stem
        if scope and scope.group() in self.scope_words:
            return False  # 位列全市开发区首位: the parks of a place together
        if not rest and not self.scope_re.match(stem):
            return False  # 获白银高新区备案: a place and the kind of park is the park's name
        return bool(scope or self.inner_scope_re.search(stem)) and (not rest or self.names.is_generic(rest))

    def _batch_title(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """获认定为“第四批广西轻工园”: a quoted name after a cue that opens with its batch is a designation, whatever
        its head."""
        first, stop = start + (text[start:start + 1] in QUOTES), end - (text[end - 1:end] in QUOTES)
        batch = self.batch_re.match(text, first, stop)
        if (batch and first > start and stop < end and stop - batch.end() >= 4
                and self.names.name_run.fullmatch(text, batch.end(), stop)):
            return first, stop
        return None
