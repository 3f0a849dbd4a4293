"""Short company names (company.yaml) found by what stands around them (derived_names.py: from full names).

Each rule here only confirms a name (`doc.short_names`); `tag` then marks every
occurrence of every confirmed name in the text.
"""
from __future__ import annotations

import re
from itertools import chain
from typing import Any

from kg.extract.entities.brands import not_plain_endings
from kg.extract.entities.companies import CompanyRecogniser
from kg.extract.gazetteer import Gazetteer
from kg.extract.entities.names import CLOSE_BRACKETS, OPEN_BRACKETS, QUOTES, NameText, bare
from kg.extract.entities.plain_names import PlainNames
from kg.extract.entities.programs import ProgramRecogniser
from kg.extract.entities.state import DocState
from kg.extract.search import ClauseOpening, alternation, compile_rare, gated, leftmost_longest
from kg.extract.text import CLAUSE_BREAK_CHARS, SENTENCE_END, SENTENCE_END_CHARS
from kg.model import Mention
from kg.schema import COMPANY, PARK, PROJECT, REGION


LOCAL_LEVELS = ("镇", "乡", "村", "县", "区")  # a town or county before a trade names no firm (not 重庆建峰化工)
FIRM_WORDS = ("公司", "企业", "集团")  # a firm's word right before a name's start: what follows is its department
DEMONSTRATIVE = re.compile("(?:这个|这座|这家|该|此|一个|一座|一家)$")  # 这个光伏组件生产车间: a kind, no name
LEAD_MEMBER = re.compile("[^、和及与]+")  # 以A、B和C为龙头
CLAUSE_END, SIGNER_JOINTS = re.compile(r"[，,。；;！？!?\n]"), re.compile("[、和及]")  # (A、B和C与某区签约: signers' joints)
SIGNERS_REACH, DESCRIPTION_WINDOW = 60, 6  # characters read before 与 for signers (凯岚机械与…签订), before a description for its verb
MIN_COINED_AGENT = 4  # 由凯岚博远投资建设: a brand alone after 由 (not 由张建国投资建设: a person's name, two or three characters)
QUOTED_NAME = re.compile(r"“([^“”\s，。、；：]{3,12})”")
CLAUSE_OPENERS = SENTENCE_END_CHARS + CLAUSE_BREAK_CHARS + "\n 　"  # what stands before a clause's first word


class ShortNames(PlainNames):
    def __init__(self, company: dict[str, Any], names: NameText, gazetteer: Gazetteer, companies: CompanyRecogniser,
                 programs: ProgramRecogniser):
        self.names, self.gazetteer, self.companies, self.programs = names, gazetteer, companies, programs
        self.not_plain_re = not_plain_endings(company)  # 子公司, 上市公司 (not 凯岚电子公司): no plain name ends before them
        self.firms_program_heads = companies.program_heads + companies.plant_program_heads + tuple(company["firm_designations"])
        self.title_word_re = re.compile(alternation(company["program_title_words"]))  # between a program and its firm's 的
        self.role_words, self.longest_intent = tuple(company["role_words"]), max(map(len, company["intent_words"])) + 1
        modifiers, contexts = alternation(company["context_modifiers"]), alternation(company["short_name_contexts"])
        weak, titles = alternation(company["weak_short_name_contexts"]), alternation(company["title_modifiers"])
        self.context_re = compile_rare(rf"(?:{modifiers})?(?:(?:{titles})?({contexts})|的?{weak})")  # (某某的生产线上)
        self.copula_re = re.compile(alternation(company["copula_cues"]))
        self.after_place_re = re.compile(rf"(?:{alternation(names.position_words)})*的")
        self.company_head_re, self.investment_re = re.compile(r"企业|公司|厂商|制造商|供应商"), re.compile(alternation(company["investment_cues"]))
        self.invested_sum_re, self.brand_verbs = compile_rare(company["invested_sum_then_place"]), tuple(company["brand_subject_verbs"])
        # a clause's opening words before one of the verbs (the subject may not hold a verb of its own: no cut there)
        self.subject_verb_re = ClauseOpening(
            SENTENCE_END_CHARS + CLAUSE_BREAK_CHARS + "、", rf"([^\W\d_]{{2,{companies.max_short}}}?)(?:{gated(names.adverbs)})*{gated(alternation(company['subject_verbs']))}")
        self.agent_re = re.compile(
            rf"由([^\W\d_]{{2,{companies.max_short}}}?)(?:{names.adverbs})*(?:{alternation(company['agent_verbs'])})"
            rf"(?!公司|集团|有限|控股)")  # (由某市能源投资公司主导建设: a word of the firm's own name)
        self.holder_not_re = re.compile(company["holder_not"])  # (由中方控股: a party, no firm)
        # 由黄山市政、休宁国投和杭州路桥三方共同出资: the partners of a joint investment, listed
        self.agent_list_re = re.compile(
            rf"由((?:[^\W\d_]{{2,{companies.max_short}}}[、和与及])+[^\W\d_]{{2,{companies.max_short}}}?)"
            rf"(?:[两三四五六七八九十\d]+[方家])?(?:{names.adverbs})*(?:{alternation(company['agent_verbs'])})")
        # searched verb first (few places hold one), then the clause's opening before it
        self.placed_verb_re = re.compile(f'(?:{alternation(company["placed_subject_verbs"])})(?!{company["placed_verb_body"]})')
        self.placed_subject_re = re.compile(
            rf"(?:^|(?<=[{re.escape(SENTENCE_END_CHARS + CLAUSE_BREAK_CHARS)}\n]))([^\W\d_]{{4,{companies.max_short}}}?)"
            rf"(?:{names.adverbs}|{alternation(company['intent_words'])})*$", re.M)
        self.longest_placed_subject = companies.max_short + 12
        self.adverb_run_re = re.compile(f"(?:{names.adverbs})+")  # 宁夏累计建成…: a place and an adverb, no brand
        self.adverb_partner_re = re.compile(f"(?:{names.adverbs})+[与和同跟]")  # 某县还与某某公司: the partner after it
        # 拟在, 计划于: an intent and a preposition of place, between a subject and its place
        self.intent_re = re.compile(rf"(?:{alternation(company['intent_words'])})?[在于]$")
        self.intent_in_re = re.compile(rf"(?:{alternation(company['intent_words'])})在")  # 准备在北海: an intent and a place
        partner, signs = rf"[^\W\d_]{{2,{companies.max_short + 4}}}?", rf"(?:{names.adverbs})*(?:{alternation(company['partner_verbs'])})"
        self.partner_name_re = re.compile(rf"(?:{alternation(company['partner_words'])})({partner}){signs}")
        # 凯岚机械、博远铝业与城区工业园签订的…项目, A和B与某区签约: the firms opening a clause that sign with a partner
        # (the partner and the verb found first, few places hold them; then the clause's opening before the joint)
        self.signing_re = compile_rare(rf"(?:{alternation(company['partner_words'])}|同){partner}{signs}")
        self.signers_re = re.compile(
            rf"(?:^|(?<=[{re.escape(SENTENCE_END_CHARS + CLAUSE_BREAK_CHARS)}\n]))"
            rf"((?:[^\W\d_]{{2,{companies.max_short}}}?[、和及])*[^\W\d_]{{2,{companies.max_short}}}?)(?:{names.adverbs})*$")
        self.partner_joints, self.placed_trade_ends = company["partner_joints"], tuple(company["placed_trade_ends"])
        self.kind_before_re = re.compile(f"(?:{alternation(company['kind_before_place'])})$")
        self.acquired_re = re.compile(  # (a lookahead: 某控股公司收购了某装备, the first verb's match does not hide the second)
            rf"(?=(?:{alternation(company['acquiring_verbs'])})了?([^\W\d_]{{2,{companies.max_short + 4}}}?)(?=[，。；,;！？\n]|后[，,]|$))")
        self.lead_frame_re, self.leader_not_endings = compile_rare(company["lead_frame"]), tuple(company["leader_not_endings"])
        self.led_re, self.led_reach = re.compile(alternation(company["led_words"])), int(company["led_reach"])
        self.kin_re, self.described_re = re.compile(alternation(company["kin_words"])), compile_rare(company["described_words"])
        self.governing_tags = frozenset(company["governing_tags"])
        # 院长彭寿，: a person's name of two or three characters between a title and a break (not 某某电子: a trade's word ends it)
        breaks = "[，,、。；;\\s]"
        self.titled_person_re = re.compile(rf"(?:{alternation(company['titles_before_a_person'])})"
                                           rf"((?!.?(?:{companies.industry_word_re.pattern}){breaks})[\u4e00-\u9fff]{{2,3}})(?={breaks})")
        self.latin_brand_re, self.latin_not_brands = re.compile(company["latin_brand"]), frozenset(company["latin_not_brands"])
        self.kin_name_end_re = re.compile(f"{names.cut_after.pattern}|{names.adverbs}")  # (a name after a kin word ends)

    # ---------------------------------------------------------------- found by what stands around them
    def before_cues(self, doc: DocState) -> None:
        """江小白获评重庆市独角兽企业: a short subject of a company-type program is a company."""
        text, names = doc.text, self.names
        for program in doc.programs:
            name = self.programs.list_word_re.sub("", text[program.start:program.end].strip(QUOTES)).strip(QUOTES)
            plant = name.endswith(self.companies.plant_program_heads)
            if not name.endswith(self.companies.program_heads) and not plant:
                continue  # 火锅食材获评…特色产业集群: the subject of a cluster program is an industry
            cue_start = program.start
            while cue_start > 0 and text[cue_start - 1] in QUOTES:
                cue_start -= 1
            cue = None
            for m in self.companies.selection_cue_re.finditer(text, max(0, cue_start - 6), cue_start):
                if m.end() == cue_start:
                    cue = m
            if cue is None:
                continue
            cue_begin = cue.start()
            barrier = max(doc.names.last_end_before(cue_begin), doc.programs.last_end_before(cue_begin))
            run_start = names.extend_left(text, cue_begin, barrier, 20)
            if run_start > 0 and text[run_start - 1] == "、":
                continue  # a list: handled by CompanyLists
            start = names.trim_left(text, run_start, cue_begin, doc.regions)
            subject = names.trailing_adverbs.sub("", text[start:cue_begin])
            if self._bracketed_other_name(doc, start, subject):
                continue
            if not plant or self.companies.is_coined(subject):
                self._confirm(doc, start, subject)

    def _bracketed_other_name(self, doc: DocState, start: int, subject: str) -> bool:
        """勐海茶业有限责任公司（勐海茶厂）入选…: a bracket right after a company's name holds another name of it."""
        if len(subject) < 4 or subject[0] not in OPEN_BRACKETS or subject[-1] not in CLOSE_BRACKETS:
            return False
        company = doc.names.last_before(start)
        if company is None or company.label != COMPANY or company.end != start:
            return False
        self._confirm(doc, start + 1, subject[1:-1])  # (its alias: CompanyRecogniser.find_bracketed_aliases)
        return True

    def before_copulas(self, doc: DocState) -> None:
        """星海新材是一家专注薄膜材料的…企业: the subject of such a description is a company."""
        text = doc.text
        for m in self.copula_re.finditer(text):
            sentence_end = SENTENCE_END.search(text, m.end())
            if not self.company_head_re.search(text, m.end(), sentence_end.start() if sentence_end else len(text)):
                continue
            start = self.names.stem_start(doc, m.start(), 12)
            self._confirm(doc, start, self.names.trailing_adverbs.sub("", text[start:m.start()]))

    def leading(self, doc: DocState) -> None:
        """以洁驰新能源为龙头打造…产业集群: the firms that lead a cluster, a chain or other firms."""
        text = doc.text
        for m in self.lead_frame_re.finditer(text):
            clause_end = CLAUSE_END.search(text, m.end())
            if self.led_re.search(text, m.end(), min(m.end() + self.led_reach, clause_end.start() if clause_end else len(text))):
                for member in LEAD_MEMBER.finditer(text, m.start(1), m.end(1)):
                    if self._firm_shaped(member.group()) and not member.group().endswith(self.leader_not_endings):
                        self._confirm(doc, member.start(), member.group())

    def _firm_shaped(self, name: str) -> bool:
        """A brand, an industry word, a firm's word or a region (洁驰新能源, 中联重科, 华西公司, 湘潭钢铁; not 石化)."""
        return bool(self.gazetteer.region_re.match(name)) or name.endswith(FIRM_WORDS) or \
            self.companies.is_coined(name) or self.companies.ends_with_industry_word(name)

    def before_investments(self, doc: DocState) -> None:
        """星河气体则投建星河新材料项目: the subject of an investment verb whose object is a project is a company."""
        text, names, companies = doc.text, self.names, self.companies
        for project in [m for m in doc.names if m.label == PROJECT]:
            m = companies.investment_cue_re.search(text, max(0, project.start - companies.longest_investment_cue), project.start)
            if m is None:
                continue
            start = names.stem_start(doc, m.start(), self.companies.max_short + 4, words_only=True)
            subject = names.trailing_adverbs.sub("", text[start:m.start()])
            if text[start - 1:start] in ("在", "于", "到") or self.intent_in_re.search(subject):
                continue  # 拟在宜宾翠屏区投建…项目, 准备在北海投资建设…项目: where it is built, not who builds it
            if m.group().endswith("的") and not (companies.ends_with_industry_word(subject) or subject.endswith("公司")):
                continue  # 台商投资的…项目, 决定将投资10亿元的…项目: a firm's shape after all (汇金环保投资的…)
            for partner_start, partner in self._partners(start, subject):  # (A与B合资建设…项目: both)
                self._confirm(doc, partner_start, partner)

    def before_owned_projects(self, doc: DocState) -> None:
        """瑞圣化工的粗酚精制项目: a name of a firm's shape (a brand and an industry word) opening a clause before 的 and a
        project is the company whose project it is."""
        text, names, companies = doc.text, self.names, self.companies
        for project in [m for m in doc.names if m.label == PROJECT]:
            if text[project.start - 1:project.start] != "的":
                continue
            start = names.stem_start(doc, project.start - 1, companies.max_short, words_only=True)
            subject = text[start:project.start - 1]
            if (start == 0 or text[start - 1] in CLAUSE_OPENERS) and companies.ends_with_industry_word(subject) and \
                    companies.is_coined(subject):  # (not 精细化工的…项目: a trade's words alone)
                self._confirm(doc, start, subject)

    def before_placed_investments(self, doc: DocState) -> None:
        """中国某某拟在某某市投资建设…: the subject of an investment in a named place is a company."""
        text, names, companies = doc.text, self.names, self.companies
        for cue in self.investment_re.finditer(text):
            place = doc.regions.at(cue.start() - 1) or doc.names.at(cue.start() - 1)
            if place is None or place.end != cue.start() or place.label not in (PARK, REGION):
                continue
            intent = self.intent_re.search(text, max(0, place.start - self.longest_intent), place.start)
            if intent is None:
                continue
            start = names.stem_start(doc, intent.start(), companies.max_short + 4, words_only=True)
            self._confirm(doc, start, names.trailing_adverbs.sub("", text[start:intent.start()]))

    def before_invested_sums(self, doc: DocState) -> None:
        """齐耀新能源计划投资15亿元，在乐山建设…项目: the subject of a sum invested in a named place is a company."""
        text, names = doc.text, self.names
        for cue in self.invested_sum_re.finditer(text):
            park = doc.names.at(cue.end())
            if not (doc.regions.starts_at(cue.end()) or park is not None and park.start == cue.end() and park.label == PARK):
                continue
            start = names.stem_start(doc, cue.start(), self.companies.max_short + 4, words_only=True)
            self._confirm(doc, start, names.trailing_adverbs.sub("", text[start:cue.start()]))

    def after_places(self, doc: DocState) -> None:
        """位于天府软件园的极屿数据、云栈科技: company-shaped names after a place's 的."""
        text, names, companies = doc.text, self.names, self.companies
        for place in list(doc.names) + list(doc.regions):
            if place.label not in (PARK, REGION):
                continue
            m = self.after_place_re.match(text, place.end)
            position = m.end() if m else None
            while position is not None:
                end = names.name_run.match(text, position, position + companies.max_short + 3).end()
                run = text[position:end]
                name = next((run[:cut] for cut in range(len(run), 1, -1)  # the longest opening ending in an industry word
                             if companies.industry_suffix_re.search(run, 0, cut)), "")
                after = position + len(name)
                ends_run = after >= len(text) or not names.is_name_char(text[after]) or companies.name_end_re.match(text, after)
                if name and ends_run and companies.ends_with_industry_word(name) and not names.cut_after.search(name) \
                        and len(name) - len(companies.industry_suffix(name)) >= 2:  # (九寨沟县的劳动力: 劳|动力)
                    self._confirm(doc, position, name)
                position = end + 1 if end < len(text) and text[end] == "、" and name == run else None

    def before_contexts(self, doc: DocState) -> None:
        """渝丰线缆生产车间, 渝丰科技相关负责人: what stands before such words is a company."""
        text, reach = doc.text, self.companies.max_short + 4
        persons = {m.group(1) for m in self.titled_person_re.finditer(text)}
        for m in self.context_re.finditer(text):
            if persons & {text[m.start() - 2:m.start()], text[m.start() - 3:m.start()]}:
                continue  # 院长彭寿，… 彭寿董事长: a person's name, written after a title elsewhere
            placed = None
            if m.group(1) is None and not self.companies.industry_suffix_re.search(
                    text, max(0, m.start() - reach + 1), m.start()):
                placed = self.gazetteer.region_re.search(text, max(0, m.start() - reach), m.start())
                if not placed:
                    continue  # a weak context after no industry word nor place: no company's shape, wherever it starts
            start = self.names.stem_start(doc, m.start(), reach)
            subject = text[start:m.start()]
            if m.group(1) is None and placed and self._place_and_coined_brand(subject) and \
                    self.companies.is_short_name(subject):
                self._confirm(doc, start, subject)  # 安徽锦恒的生产线上: a place and a brand
                continue
            before = doc.names.last_before(start)
            if subject.endswith(self.role_words):
                continue  # 同施工单位负责人交流: a party's role, not its name
            if DEMONSTRATIVE.search(text, max(0, start - 2), start) or text.endswith(FIRM_WORDS, 0, start):
                continue  # (该公司销售负责人: the firm's department)
            if m.group(1) is not None and not (len(words := self.companies.words(subject)) == 1 and (
                    words[0][1] == "b" or subject in self.companies.industry_words)) or (self.companies.ends_with_industry_word(subject)
                                          and self.companies.is_coined(subject)  # not 自动化玻璃生产线
                                          and not any(doc.text.endswith(LOCAL_LEVELS, r.start, r.end)  # (凯岚镇化工1家企业)
                                                      for r in doc.regions.overlapping(start, m.start()))
                                          and text[start - 1:start] != "的"
                                          and not (before and before.label == COMPANY
                                                   and text[before.end:start] in ("", "，", ","))):
                # a strong context after no lone word of a trade or kind (其电池生产车间; not 格力), or a company's shape (not
                # 该公司的LED芯片产品, 某某药业有限公司民族医药产品, 某某食品有限公司，果汁饮料生产线…: a product's)
                self._confirm(doc, start, subject)

    def before_verbs(self, doc: DocState) -> None:
        """达沃斯光电实现当年签约、当年投产: a company-shaped subject opening a clause, before a verb of its deeds."""
        text, names, companies = doc.text, self.names, self.companies
        for m in self.subject_verb_re.finditer(text):
            if not companies.industry_suffix_re.search(text, m.start(1) + 1, m.end(1)):
                continue  # no industry word ends the subject, wherever it starts
            start = names.trim_left(text, m.start(1), m.end(1), doc.regions)  # 支持某某光电申报…
            start = companies.after_place_partner(text, start, m.end(1))  # (沂水县与华润电力签订…: the place's partner)
            subject = text[start:m.end(1)]
            if companies.ends_with_industry_word(subject) and names.name_run.fullmatch(subject) and (
                    companies.is_coined(subject) or not text.endswith(self.brand_verbs, 0, m.end())):
                self._confirm(doc, start, subject)
        for signing in self.signing_re.finditer(text):
            m = self.signers_re.search(text, max(0, signing.start() - SIGNERS_REACH), signing.start())
            if m is None:
                continue
            position = m.start(1)
            for member in SIGNER_JOINTS.split(m.group(1)) if self._signers_joined(m.group(1)) else m.group(1).split("、"):
                start = names.trim_left(text, position, position + len(member), doc.regions)  # (其中某某精密与…)
                signer = text[start:position + len(member)]
                if (companies.ends_with_industry_word(signer) and names.name_run.fullmatch(signer)
                        and (companies.is_coined(signer) or self._place_and_brand(signer))):
                    self._confirm(doc, start, signer)
                position += len(member) + 1
        for verb in self.placed_verb_re.finditer(text):  # 湖北某某注册资本…: a place and a brand
            if text[verb.start() - 1:verb.start()] == "总":
                continue  # 某某公园总投资1.8亿元: the total of a project
            m = self.placed_subject_re.search(text, max(0, verb.start() - self.longest_placed_subject), verb.start())
            if m is None:
                continue
            subject = m.group(1)
            place = self.gazetteer.region_re.match(subject)
            own = subject[place.end():] if place else ""
            if (place and self._is_own_brand(own) and names.name_run.fullmatch(subject)
                    and not names.cut_after.search(own) and not self.adverb_run_re.fullmatch(own)):
                self._confirm(doc, m.start(1), subject)

    def after_agent_word(self, doc: DocState) -> None:
        """由某某科技投资的…项目: a company-shaped name between 由 and a verb of paying or building is a company; so is
        the holder of a firm's shares (由云南中烟控股)."""
        text, names, companies = doc.text, self.names, self.companies
        for m in self.agent_re.finditer(text):
            agent = m.group(1)
            if (companies.ends_with_industry_word(agent) or self._place_and_brand(agent)
                    or len(agent) >= MIN_COINED_AGENT and companies.is_coined(agent)) and names.name_run.fullmatch(agent):
                self._confirm(doc, m.start(1), agent)
        holders = chain(*(holder_re.finditer(text) for holder_re in companies.holder_res)) if "控股" in text else ()
        for m in holders:  # (由比亚迪控股: any short name holds shares)
            holder = m.group(1)
            if companies.is_short_name(holder) and names.name_run.fullmatch(holder) and not self.holder_not_re.search(holder):
                self._confirm(doc, m.start(1), holder)
        for m in self.agent_list_re.finditer(text):
            for start, member in self._partners(m.start(1), m.group(1)):
                if names.name_run.fullmatch(member) and (
                        companies.ends_with_industry_word(member) or self._place_and_brand(member)
                        or member.endswith("公司") and companies.is_short_name(member[:-2])):  # (由某某公司、…三家共同出资)
                    self._confirm(doc, start, member)

    def after_partner_word(self, doc: DocState) -> None:
        """某区与天津某某生物科技签订…, 并与禾美供应链开展合作: a company-shaped partner of a deal is a company."""
        self._cued_firms(doc, self.partner_name_re, place_brands=True)  # (a place and a coined brand too; not 雅安方面)

    def after_acquiring_verb(self, doc: DocState) -> None:
        """收购了金麦通药业，…: a company-shaped name that a clause ends with after a verb of taking over is a company."""
        self._cued_firms(doc, self.acquired_re, place_brands=False)

    def _cued_firms(self, doc: DocState, cue_re: re.Pattern, place_brands: bool) -> None:
        """The names `cue_re` captures that are shaped as a firm's: an industry word ending a name with a place or a
        coined brand before it (not 与江西医疗合作, 与温州鞋业达成合作: a place's trade, no firm)."""
        names, companies = self.names, self.companies
        for m in cue_re.finditer(doc.text):
            name = m.group(1)
            if not names.name_run.fullmatch(name) or names.cut_after.search(name):
                continue
            place = self.gazetteer.region_re.match(name)
            own = name[place.end():] if place and len(name) - place.end() >= 2 else name
            if own in companies.industry_words:
                continue
            if companies.ends_with_industry_word(name) and (own != name or companies.is_coined(own)) or (
                    place_brands and self._place_and_coined_brand(name)):
                self._confirm(doc, m.start(1), name, shape=own)

    @staticmethod
    def _partners(start: int, listed: str) -> list[tuple[int, str]]:
        """(start, name) of each member of A、B和C: split at 、, and the last piece at its last 和 (与, 及) only (由和邦生物…)."""
        pieces, position = [], start
        for piece in listed.split("、"):
            pieces.append((position, piece))
            position += len(piece) + 1
        last_start, last = pieces.pop()
        joiner = max(last.rfind(word) for word in "和与及")
        if joiner >= 2 and len(last) - joiner - 1 >= 2:
            pieces += [(last_start, last[:joiner]), (last_start + joiner + 1, last[joiner + 1:])]
        else:
            pieces.append((last_start, last))
        return [(s, name) for s, name in pieces if len(name) >= 2]

    def _place_and_brand(self, name: str) -> bool:
        """休宁国投, 黄山市政: a place's name (or its short form) and two characters or more of the firm's own."""
        place = self.gazetteer.region_re.match(name)
        ends = [place.end()] if place else []
        if name[:2] in self.gazetteer.short_forms:
            ends.append(2)
        return any(self._is_own_brand(name[end:]) for end in ends)

    def _place_and_coined_brand(self, name: str) -> bool:
        """安徽锦恒, 四川旅投: a place's name and a brand of the firm's own that the segmenter reads as no common word."""
        place = self.gazetteer.region_re.match(name)
        return place is not None and self._is_own_brand(own := name[place.end():]) and self.companies.is_coined(own)

    def _is_own_brand(self, own: str) -> bool:
        """What follows a place in a company's name is its own: two characters or more, no generic word, no place."""
        return (len(own) >= 2 and not self.names.is_generic(own) and own not in self.gazetteer.region_names
                and not self.gazetteer.region_re.match(own))

    def after_kin_words(self, doc: DocState) -> None:
        """控股子公司湖北某某计划在…, 其全资子公司某某科技的…: the name after a word of its tie to another company."""
        for m in self.kin_re.finditer(doc.text):
            name = self._name_after(doc.text, m.end())
            place = self.gazetteer.region_re.match(name)
            if self.companies.ends_with_industry_word(name) or (place and len(name) - place.end() >= 2):
                self._confirm(doc, m.end(), name)

    def after_descriptions(self, doc: DocState) -> None:
        """碱性电池生产企业南孚电池, 链主企业某某新材料: the name after the description of a firm (cut from it where it
        was found glued: 主要产销企业华峰集团)."""
        text = doc.text
        for m in self.described_re.finditer(text):
            glued = doc.names.at(m.start())
            if glued is not None and glued.label == COMPANY and glued.start == m.start() and glued.end - m.end() >= 2:
                doc.names.remove(glued)
                doc.names.add(m.end(), glued.end, COMPANY, glued.rule)
            name = self._name_after(text, m.end()).split("等", 1)[0]  # (提供商某某科技等龙头企业: the list's close)
            if self._described_firm(text, m.start(), name):
                self._confirm(doc, m.end(), name)

    def after_programs(self, doc: DocState) -> None:
        """入选国家级专精特新“小巨人”企业的凯岚科技, 获评省级绿色工厂的某某电子: the firm a firms' program and 的 describe."""
        text, heads = doc.text, self.firms_program_heads
        for program in doc.programs:
            of = program.end + (text[program.end:program.end + 1] in QUOTES)
            of += len(m.group()) if (m := self.title_word_re.match(text, of)) else 0  # (荣获“某某”称号的, 入选某某名单的)
            name = self.programs.list_word_re.sub("", bare(text[program.start:program.end]).strip(QUOTES)).strip(QUOTES)
            if text[of:of + 1] != "的" or not name.endswith(heads):
                continue
            found = self._name_after(text, of + 1).split("等", 1)[0]
            place = self.gazetteer.region_re.match(found)
            if self.companies.ends_with_industry_word(found) and self.companies.is_coined(found[place.end():] if place else found):
                self._confirm(doc, of + 1, found)

    def _name_after(self, text: str, start: int) -> str:
        """The run of name characters at `start`, up to a word that ends a name."""
        run_end = self.names.name_run.match(text, start, start + self.companies.max_short + 4).end()
        end = next((c.start() for c in self.kin_name_end_re.finditer(text, start, run_end) if not c.group("keep")), run_end)
        return text[start:end]

    def _described_firm(self, text: str, word_start: int, name: str) -> bool:
        """气动元件制造商SMC, 生产企业南孚电池: a Latin brand, or a coined brand and its trade (not 中小企业公共服务平台:
        words; nor 督促企业严格执行…, 企业有A、B: the firms a verb governs)."""
        companies = self.companies
        place = self.gazetteer.region_re.match(name)
        latin = self.latin_brand_re.fullmatch(name) is not None and name not in self.latin_not_brands
        if not (latin or companies.ends_with_industry_word(name) and companies.is_short_name(name)
                and companies.is_coined(name[place.end():] if place else name)):
            return False
        before = companies.words(text[max(0, word_start - DESCRIPTION_WINDOW):word_start])
        return not (before and before[-1][1] in self.governing_tags or companies.words(name)[0][1] in self.governing_tags)

    def quoted_names(self, doc: DocState) -> None:
        """“丰泽木业”为…腾出厂房: a brand of two characters and its industry words, in quotes of their own, are a
        company's short name (not “物联网技术”: a longer stem is more often a term; nor “晋江鞋业”: a place's trade)."""
        text, companies = doc.text, self.companies
        for m in QUOTED_NAME.finditer(text):
            name = m.group(1)
            stem = name[: len(name) - len(companies.industry_suffix(name))]
            if (len(stem) == 2 and stem not in self.gazetteer.region_names
                    and companies.is_coined(name)):
                self._confirm(doc, m.start(1), name)

    def _signers_joined(self, signers: str) -> bool:
        """凯岚科技和博远化工与…签订: 和 or 及 joins two signers when an industry word ends the one before it too."""
        parts = SIGNER_JOINTS.split(signers)
        return len(parts) > len(signers.split("、")) and all(
            len(part) >= 4 and self.companies.ends_with_industry_word(part) for part in parts)

    def named_projects(self, doc: DocState) -> None:
        """丰硕科技项目: a project named by a company-shaped name ending in a firm's word and 项目 is that company's."""
        text, companies = doc.text, self.companies
        for project in doc.names:
            if project.label != PROJECT or not text.endswith("项目", project.start, project.end):
                continue
            stem = text[project.start:project.end - 2]
            if (stem.endswith(companies.firm_words) and companies.ends_with_industry_word(stem)
                    and not any(ch.isdigit() for ch in stem)):
                self._confirm(doc, project.start, stem, inside=True)

    def _confirm(self, doc: DocState, start: int, name: str, inside: bool = False, shape: str | None = None,
                 generic: bool = False, longest: int = 0) -> None:
        """A rule's short name is a company if it (or the `shape` it is judged by, of up to `longest` characters, 0 for
        company.yaml's max_short_name) looks like one, a `generic` one too (a place before it names the firm), and no name
        holds it."""
        fits = self.companies.has_short_name_shape if generic else self.companies.is_short_name
        if _closes_unopened(name):
            return  # 某某有限公司（以下简称润通集团）入选…: the end of a note, the name in it already declared
        if fits(shape or name, longest) and not self.names.count.search(name) and not self.names.date_in_name.search(name) and (
                inside or not doc.names.overlaps(start, start + len(name))):  # (陵城区3家企业拟入选…: a count; 早在2015年就: a date)
            doc.short_names.setdefault(name, COMPANY)

    # ---------------------------------------------------------------- every occurrence
    def tag(self, doc: DocState) -> None:
        """Every occurrence of a confirmed short name is a mention."""
        text = doc.text
        for label, _, alias in doc.aliases:
            if label == PARK:
                doc.short_names.setdefault(alias, PARK)
        tagged = []  # added together: the occurrences do not overlap, so each is checked against the others' names
        for start, end, name in leftmost_longest(text, doc.short_names):
            label = doc.short_names[name]
            if doc.names.label_at(start) == PROJECT and doc.names.at(start).start == start:
                if label == COMPANY:  # (a park's other name opening a project's is the project's own word)
                    doc.nested.append(Mention(start, end, label, "company.in_project"))
            elif not doc.names.overlaps(start, end) and not doc.programs.overlaps(start, end):
                tagged.append(Mention(start, end, label, "company.short_name"))
        doc.names.add_all(tagged)


def _closes_unopened(name: str) -> bool:
    return name.count("）") + name.count(")") > name.count("（") + name.count("(")
