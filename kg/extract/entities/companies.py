"""Companies by their full names (company.yaml): a stem before a legal form (有限公司) or a group word (集团); also what the
other rules ask: a short name's shape (`is_short_name`), the names a text declares (（以下简称“胜禹新材”）)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from kg.extract.gazetteer import Gazetteer
from kg.extract.entities.names import QUOTES, NameText, bare
from kg.extract.entities.branches import Branches
from kg.extract.entities.declared_names import DeclaredNames
from kg.extract.entities.group_names import GROUP_NAME_RULE, GroupNames
from kg.extract.entities.plant_names import PlantNames
from kg.extract.entities.state import DocState
from kg.extract.search import alternation, compile_rare
from kg.extract.segmenter import Segmenter
from kg.model import Mention
from kg.schema import COMPANY, PARK

PHASE_END = re.compile(r"[（(]?[一二三四五六七八九十\d]期(?:工程)?[）)]?$")  # a project's phase after its developer
SUM_REACH = 15  # characters of a sum invested before 的 and a project (投资3000万元的…项目)
PLACE_BRAND_TAGS = ("nz", "ns", "nt")  # a word read as a brand or a place before 和: a name's (宏达和盛新材料, 中科和光电子)
FIRM_ENDINGS = ("公司", "集团")  # a list member named so is a firm, even in a list of projects (A公司、B公司等项目)
PRODUCT_OR_WORKS = re.compile(r"\d|(?:产业化|加工|生产线?|制造|技改|扩能|扩建|改造|建设|养殖|种植|基地)$")  # (…和藏羊蛋白肽产业化)
GROUP_IN_BRACKETS = re.compile(r"[（(](?:集团|控股|股份)[）)]$")
LEADING_NOTE = re.compile(r"[（(](?!集团|控股|股份)[^（）()]{1,12}[）)]\s*(?=[^\W\d_]{2})")  # no name opens with a note
LIST_SEPARATORS = ("、", "：", ":")  # before a list's member (…、廊坊开发区某某有限公司: a park opening it is its name's)
BARE_FIRM_WORD = "企业"  # a description of no kind (某某有限公司企业技术中心…: 企业 opens the centre's name)
DESCRIPTION_WORDS = ("企业", "强", "上市", "大户")  # what a description before a name holds (member_descriptor)


class CompanyRecogniser(PlantNames, Branches, DeclaredNames, GroupNames):
    def __init__(self, company: dict[str, Any], names: NameText, gazetteer: Gazetteer, other_suffixes: re.Pattern,
                 selection_cues: list[str]):
        self.names, self.gazetteer = names, gazetteer
        self.state_group_openings = tuple(company["state_group_openings"])  # 中国某某集团: a state group
        self.macro_region_openings = tuple(company["macro_region_openings"])
        self.legal_suffix_re = re.compile(alternation(company["legal_suffixes"]))
        self.listed_legal_re = re.compile(f"(?:{self.legal_suffix_re.pattern})[、等]")  # 某市有A有限公司、B…等N家
        self.legal_suffixes = tuple(sorted(company["legal_suffixes"], key=len, reverse=True))
        self.branch_suffixes = frozenset(company["branch_suffixes"])
        self.bracketed_forms = frozenset(company["bracketed_legal_forms"])
        self.nation_openings = tuple(sorted(company["nation_openings"], key=len, reverse=True))
        self.joint_endings = (*FIRM_ENDINGS, *company["firm_words"])  # a firm's name (凯岚科技) ends at a joint after these
        self.firm_joint_re = re.compile(rf"(?:{alternation(self.joint_endings)}|项目|工程)[和与及、]")  # (某某的6个项目和某某集团)
        self.plant_partner_re = re.compile(rf"[与同跟、]|(?<=公司|集团|[^工]厂)[和及]|(?<=[县市区旗])[和及]")
        self.partner_marks = re.compile("[与跟]")  # (not 同: 山西同达药业)
        # 徐州和徐工集团签署…: what a place and its partner do together, after the partner's name
        self.partner_deed_re = re.compile(rf"(?:{names.adverbs})*(?:的(?!就))?(?:{alternation(company['partner_verbs'])})")
        self.partner_re = re.compile("[和与及、同跟有对]")  # (对: 某局对某某有限公司作出批复)
        # 市政府决定对某某有限公司给予奖励: 对 after a verb of deciding opens the partner (not 某某对虾养殖有限公司)
        self.verb_before_dui = re.compile(f"(?:{alternation(company['verbs_before_dui'])})$")
        self.person_before = re.compile(f"(?:{alternation(company['people_titles'])})(?:[\u4e00-\u9fff]{{2,3}})?$")  # 书记王勇|同, 县长|与
        # a copula or a role ending just before a region (签约方为湖南…, 投资方系浙江…, 中标江苏…)
        self.kin_suffixes = frozenset(company["kin_suffixes"])
        self.kin_suffixes_in = tuple(sorted(self.kin_suffixes))  # (for str.startswith)
        self.not_plain_starts = tuple(company["not_plain_companies"])
        self.not_company_inside = tuple(company["not_company_inside"])
        self.not_short_name, self.firm_titles = re.compile(company["not_short_name"]), tuple(company["firm_titles"])  # (no names)
        self.material_re, self.kin_stem_endings = re.compile(company["material_opening"]), tuple(company["kin_stem_endings"])
        self.before_region_re = re.compile(f"(?:{alternation(company['before_region_words'])})")
        self.role_re = re.compile(rf"(?:{alternation(company['role_words'])})(?!面)(?:为|是|系)?")  # (not 一方面)
        self.descriptor_re = re.compile(company["member_descriptor"])  # 深交所上市企业B有限公司: B's name after it
        self.group_suffix_re, self.plant_suffix_re = re.compile(alternation(company["group_suffixes"])), compile_rare(company["plant_suffix"])
        self.bureau_re, self.not_plant_re = re.compile(company["bureau_name"]), re.compile(f"(?:{alternation(company['not_plant_words'])})$")
        self.plant_built_re = re.compile(alternation(company["building_verbs"]))
        self.plant_modifiers = tuple(company["plant_modifiers"])
        self.group_suffixes = tuple(company["group_suffixes"])
        self.group_words_after = tuple(x for x in self.group_suffixes if x.endswith("集团"))
        self.not_firm_groups, self.generic_aliases = tuple(company["not_firm_groups"]), frozenset(company["generic_aliases"])
        self.industry_words, self.product_words = frozenset(company["industry_words"]), frozenset(company["product_words"])
        self.firm_words = tuple(company["firm_words"])  # (a tuple: names are tested with endswith too)
        industry_words = alternation(company["industry_words"])
        self.industry_word_re = re.compile(industry_words)
        self.industry_suffix_re = re.compile(rf"(?:{industry_words})\Z")
        self.not_company = tuple(company["not_company_suffixes"])
        self.not_company_openings = tuple(company["not_company_openings"])
        self.max_short, self.max_list_developer = int(company["max_short_name"]), int(company["max_list_developer"])
        self.brand_tags, self.not_brand_tags = frozenset(company["brand_tags"]), frozenset(company["not_brand_tags"])
        self.program_heads = tuple(company["company_program_heads"])  # (programs whose members are firms)
        self.plant_program_heads = tuple(company["plant_program_heads"])
        self.shaped_name_re = re.compile(rf"([^\W\d_]{{2,{self.max_short}}}?)(?:{industry_words})")
        self.segmenter: Segmenter | None = None  # loaded on first use: most documents never ask
        # a short name never holds another type's suffix (a park's) or a selection cue (program.yaml)
        self.other_suffixes = other_suffixes
        self.selection_cue_re = re.compile(alternation(selection_cues) + "了?")  # (入选了P)
        self.location_cue_re = re.compile(alternation(company["location_cues"] + company["investment_cues"]))
        self.not_after_group_re = re.compile(alternation(company["not_after_group_suffix"]))
        self.passive_re = re.compile(f"[{re.escape(company['passive_marks'])}]")
        self.share_verb_re = re.compile(f"(?:{alternation(company['share_verbs'])})$")
        # 控股 the verb of holding (其中某某控股51%; 由某某控股，…) and its holder, group 1: before a share, before a clause's end
        holder, openers = rf"([^\W\d_]{{2,{self.max_short}}}?)控股", company["holder_openers"]
        self.holding_share_re = re.compile(company["holding_share"])
        words = company["group_function_words"]
        self.group_function_words = (frozenset(words["tags"]), words["brand_chars"], frozenset(words["after_tags"]))
        self.group_kind_after_place_re = re.compile(company["group_kind_after_place"])
        self.member_note_re = re.compile(company["member_note_after_group"])
        self.holder_res = (re.compile(rf"(?:{openers['share']}){holder}(?={company['holding_share']})", re.M),
                           re.compile(rf"(?:{openers['clause_end']}){holder}(?={company['holding_clause_end']})"))
        # a short name never holds the words for a company's people (蒲山镇主要负责人: a list member, not a name)
        self.people_re = re.compile(alternation(company["short_name_contexts"]))
        # an investment verb ending where a project's name starts (matched backwards from the project)
        self.investment_cue_re = re.compile(
            f"(?:(?:{alternation(company['investment_cues'])})了?|{company['invested_project_cue']})$")
        self.longest_investment_cue = max(map(len, company["investment_cues"])) + 1 + SUM_REACH
        # what may follow a company's name: 入选…, 落户…, after adverbs (A、B等(则)入选…)
        self.name_end_re = re.compile(
            f"(?:{names.adverbs})*(?:{alternation(list(company['location_cues']) + list(selection_cues))})")
        markers, q = alternation(company["alias_markers"]), re.escape(QUOTES)
        self.alias_re = re.compile(rf"[（(]\s*(?:{markers})[：:]?\s*[{q}]?([^{q}（）()，。、]{{2,12}})[{q}]?\s*[）)]")

    # ---------------------------------------------------------------- full names
    def legal_names(self, text: str) -> list[tuple[int, int]]:
        """(suffix start, end) of each legal form in the text."""
        return [(m.start(), m.end()) for m in self.legal_suffix_re.finditer(text)
                if not (m.group() == "分行" and text.startswith("业", m.end()))]  # 细分行业 (not 某某公司业务)

    def bureau_names(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each numbered bureau of a state builder (中铁十二局, 中建二局)."""
        return [(m.start(), m.end()) for m in self.bureau_re.finditer(text)] if "局" in text else []

    def add_bureau_name(self, doc: DocState, start: int, end: int) -> None:
        if not doc.names.overlaps(start, end):
            doc.names.add(start, end, COMPANY, "company.bureau")

    def is_legal_name(self, doc: DocState, mention: Mention) -> bool:
        return mention.label == COMPANY and doc.text.endswith(self.legal_suffixes, mention.start, mention.end)

    def is_firm_name(self, doc: DocState, mention: Mention) -> bool:
        return self.is_legal_name(doc, mention) or self.is_group_name(doc, mention)

    def is_group_name(self, doc: DocState, mention: Mention) -> bool:
        """鸿跃集团, and a group's unit or name with a plain 公司 after its group word (某某集团焦化公司, 某某实业公司)."""
        return (mention.label == COMPANY and (doc.text.endswith(self.group_suffixes, mention.start, mention.end)
                                              or mention.rule == GROUP_NAME_RULE)
                and not self.is_legal_name(doc, mention))

    def add_legal_name(self, doc: DocState, suffix_start: int, end: int) -> None:
        text, names, region_re = doc.text, self.names, self.gazetteer.region_re
        if text[suffix_start:end] in self.branch_suffixes and self._add_branch(doc, suffix_start, end):
            return
        if text.endswith(self.kin_stem_endings, 0, suffix_start) and text[suffix_start:end] in self.kin_suffixes:
            return  # 铜陵有色控股子公司, 其全资子公司: a tie to a company, no name of its own
        previous = doc.names.last_before(suffix_start)
        if text[suffix_start:end] in self.bracketed_forms and previous and previous.end == suffix_start \
                and previous.label == COMPANY:  # 某某合伙企业（有限合伙）: the firm's form, after its name
            doc.names.remove(previous)
            doc.names.add(previous.start, end, COMPANY, previous.rule)
            return
        start = self._legal_start(doc, suffix_start)
        self._add_partner_before(doc, start)
        previous = doc.names.last_before(suffix_start)  # (the partner just added, if one was)
        if previous and previous.end == start and (self.is_group_name(doc, previous) or previous.label == PARK
                                                   and self._listed_after_park(text, previous.start, start, end)):
            doc.names.remove(previous)  # 莲花健康产业集团食品（项城）有限公司: the group's name opens the legal name
            if previous.label == PARK:  # (…、廊坊开发区中油新星电信工程有限公司和…: so does a park's, in a list)
                doc.aliases.append((COMPANY, text[start:end], text[previous.start:end]))
            start = previous.start
        group = GROUP_IN_BRACKETS.search(text, start, suffix_start)  # 某某发展投资（集团）有限公司: the stem before 集团
        stem_end = group.start() if group else suffix_start
        own = bare(text[start:stem_end])  # (兰州新区铝业有限责任公司: a bare trade, named after the park too)
        if (names.is_generic(own) or own in self.industry_words) and previous and previous.label != COMPANY and (
                previous.end <= start) and (previous.end == start or names.name_run.fullmatch(text, previous.end, stem_end)):
            # 双福工业园建设开发有限公司: the company is named after the park before it (no park of its own)
            doc.names.remove(previous)
            park_name = text[previous.start:previous.end]
            doc.aliases = [a for a in doc.aliases if (a[0], a[1]) != (previous.label, park_name)]
            start = self._legal_start(doc, suffix_start, barrier=doc.names.last_end_before(previous.start))
        stem = bare(text[start:stem_end])
        # (以及北京分公司: a branch named by its place alone, of no firm named before it, is no name)
        unowned_branch = text[suffix_start:end] in self.branch_suffixes and self._unowned_branch(doc, start, stem)
        if (not names.is_generic(stem) or self._macro_region_and_trade(stem)) and not unowned_branch:
            doc.names.add(start, end, COMPANY, "company.legal_suffix")

    def _listed_after_park(self, text: str, park_start: int, start: int, end: int) -> bool:
        """…、廊坊开发区中油新星电信工程有限公司: a list's member (after 、 or ：, or alone on its line) opening with a park's
        name, no place opening the rest (not 入选的有：九江经开区江西博瑞…有限公司: the park, then a firm of its own)."""
        member = text[park_start - 1:park_start] in LIST_SEPARATORS or (
            text[park_start - 1:park_start] in ("\n", "") and text[end:end + 1] in ("\n", ""))
        return member and not self.gazetteer.region_re.match(text, start)

    def _place_has_firms(self, text: str, start: int, have_at: int, suffix_start: int) -> bool:
        """常州市有A有限公司、B…等: a place (from `start`) that has (有 at `have_at`) the firms of a list; not 重庆有友食品…,
        山东有研半导体…: 有 and one character before the trade's word are a brand's (nor 有色, 有机: a word)."""
        return (self.gazetteer.region_re.fullmatch(text, start, have_at) is not None
                and not text.startswith(self.names.having_words, have_at)
                and self.listed_legal_re.match(text, suffix_start) is not None
                and self.industry_word_re.match(text, have_at + 2) is None)

    def _add_partner_before(self, doc: DocState, start: int) -> None:
        """凯岚科技 of 凯岚科技与博远集团有限公司: a short name, a brand and a firm's word, before the joint the legal
        name starts after is a company too (not 金融科技与某某银行…: a trade)."""
        text, joint = doc.text, start - 1
        if joint < 2 or text[joint] not in "和与及" or not text.endswith(self.firm_words, 0, joint):
            return
        run_start = self.names.extend_left(text, joint, doc.names.last_end_before(joint), self.max_short)
        first = self.names.trim_left(text, run_start, joint, doc.regions, True)
        if self.is_short_name(text[first:joint]) and self.is_coined(text[first:joint]) and not doc.names.overlaps(first, joint):
            doc.names.add(first, joint, COMPANY, "company.partner_before")

    def past_nation(self, name: str) -> str | None:
        """金鹰集团 of 新加坡金鹰集团: a company's name past the country it opens with (`nation_openings`), when its own
        opens with a brand (not 黄金集团 of 中国黄金集团, 铝业公司 of 中国铝业公司, 电子 of 美国电子: a trade's word)."""
        nation = name.startswith(self.nation_openings) and next(n for n in self.nation_openings if name.startswith(n))
        own = name[len(nation):] if nation else ""
        legal = self.legal_suffix_re.search(own)
        stem = own[:legal.start()] if legal else own
        return own if own and self.is_short_name(own) and len(stem) >= 2 and stem not in self.industry_words and self.is_coined(stem) else None

    def _macro_region_and_trade(self, stem: str) -> bool:
        """华南材料 (有限公司): a part of the country and a trade (not 华南地区: the part itself)."""
        return stem.startswith(self.macro_region_openings) and len(stem) >= 4 and not stem.startswith(
            self.macro_region_openings, 2) and stem[2:4] not in ("地区", "区域", "片区", "市场", "各地", "一带")

    def _legal_start(self, doc: DocState, suffix_start: int, barrier: int | None = None) -> int:
        """Where the legal name whose stem ends at `suffix_start` starts: past context words, a clause's verb, a
        partner before it, a role before its region, and a city before the province opening its name."""
        text, names, region_re = doc.text, self.names, self.gazetteer.region_re
        start = self._past_stop_char(doc, names.legal_stem_start(doc, suffix_start, barrier, self.words, self.industry_words))
        start = names.after_project_label(text, names.after_generic_subject(text, start, suffix_start), suffix_start)
        note = LEADING_NOTE.match(text, start, suffix_start)
        if note:  # 某某有限公司（绵阳）双福工业园建设开发有限公司: the bracket closes the name before
            start = note.end()
        joined = [m.end() for m in self.partner_re.finditer(text, start, suffix_start)
                  if (m.group() != "同" and region_re.match(text, m.end()))
                  or (m.group() in "和与及、" and text.endswith(self.joint_endings, start, m.start())  # A公司和B有限公司
                      and not names.is_generic(text[m.end():suffix_start]))  # (某某科技与发展有限公司: one name)
                  or (m.group() == "和" and text.endswith("、", 0, start) and suffix_start - m.end() >= 4  # A、B和C公司
                      and self.ends_with_industry_word(text[start:m.start()]) and not region_re.match(text, start, m.start())
                      and not self.names.is_generic(text[m.end():suffix_start]))
                  or ((m.group() != "有" or not text.startswith(names.having_words, m.start()))
                      and text.endswith(self.not_company, start, m.start()))
                  or (m.group() == "有" and self._place_has_firms(text, start, m.start(), suffix_start))
                  or (m.group() == "对" and self.verb_before_dui.search(text, max(start, m.start() - 2), m.start()))
                  or (m.group() in "同与和跟" and self.person_before.search(text, start, m.start()))  # (市委书记某某同某公司)
                  or (m.group() in "与跟" and self._place_ends(text, start, m.start()))]
        # 铂川电池和东莞市恒铄精密模具有限公司: a list, the name starts at its region (企业有苏州…); 区政府与某某有限公司: a body
        start = joined[-1] if joined else start  # and its partner (某市环境保护局对某县某某有限公司)
        if start + 3 < suffix_start and (start == 0 or not self.names.is_name_char(text[start - 1])) and (
                text[start] in "向对" and not text.startswith(("向阳", "向日", "对外"), start)
                or text[start] in "与和同跟" and region_re.match(text, start + 1, suffix_start)
                or text[start] in "和及与" and text[start - 1:start] in ("）", ")")):  # A（注）和B有限公司
            start += 1  # …、向某某股份有限公司提供: a preposition opening the clause, not the name
        roles = [m.end() for m in self.role_re.finditer(text, start, suffix_start - 2) if self.opens_role(text, m.start())]
        if roles:  # 项目投资方唯酷光电有限公司: the role, then the name
            start = roles[-1]
        opens_with_region = region_re.match(text, start, suffix_start) is not None
        for cue in self.before_region_re.finditer(text, start, min(suffix_start, start + 16)):
            # 乙方为四川某某有限公司: the name opens at its region, after the role; 孝昌本土企业湖北某某有限公司: after a place
            # and a word for firms (not 江苏为民…: one character after a region is part of the name)
            if region_re.match(text, cue.end(), suffix_start) and not (opens_with_region and len(cue.group()) < 2):
                start = cue.end()
                break
        start = self.after_description(text, start, suffix_start)  # 是深交所上市企业盛新锂能集团股份有限公司
        place = region_re.match(text, start, suffix_start)
        province = place and region_re.match(text, place.end(), suffix_start)
        if (place and place.group() in self.gazetteer.full_region_names and province
                and province.group() in self.gazetteer.province_names and not place.group().startswith(province.group())):
            start = place.end()  # 锦州市辽宁春光制药装备股份有限公司: the city where the 辽宁… company is (not 青海省青海湖…)
        former = text.find("原", start, start + 2)  # 该厂原中国振华…有限公司: its former name (not 原平市…: a city's firm)
        return former + 1 if former != -1 and not place and (
            region_re.match(text, former + 1) or text.startswith("中国", former + 1)) else start

    def _place_ends(self, text: str, start: int, end: int) -> bool:
        """A place, a word for one (该县, 我市) or a body (县里) ends at `end`: 遂昌与某某有限公司, the county and its partner."""
        if text[end - 1] in "县市区旗镇" and end - start >= 2 or text.endswith(self.not_company, start, end):
            return True
        return any(text[i:end] in self.gazetteer.region_names for i in range(max(start, end - 8), end - 1))

    def partner_start(self, text: str, start: int, suffix_start: int) -> int:
        """Where a group's name starts after a place or a body and the partner word before it (县里与某某集团)."""
        lookback = max(0, suffix_start - self.max_short - 6)
        for m in reversed(list(self.partner_marks.finditer(text, lookback, suffix_start - 2))):
            if self._place_ends(text, max(lookback, m.start() - 8), m.start()):
                return max(start, m.end())
        return start

    def opens_role(self, text: str, position: int) -> bool:
        """A role word at `position` names a party (项目投资方, ，施工单位), not a word inside a name (湖南建设方圆…)."""
        return position == 0 or not self.names.is_name_char(text[position - 1]) or \
            text.endswith(("项目", "的", "为", "另"), 0, position)  # (合同的另一方是某某有限公司)

    def after_description(self, text: str, start: int, end: int, needs_kind: bool = False) -> int:
        """Where a name starts after what describes it (世界500强企业B; member_descriptor), or `start`; with `needs_kind`,
        only after a description longer than a bare word for firms (某某有限公司企业技术中心…项目: the firm's centre)."""
        if all(text.find(word, start, end) == -1 for word in DESCRIPTION_WORDS):
            return start  # (most names: a test of two words before the pattern's backtracking)
        described = self.descriptor_re.match(text, start, end)
        return described.end() if described and end - described.end() >= 2 and not (
            needs_kind and described.end() - start <= len(BARE_FIRM_WORD)) else start

    def _past_stop_char(self, doc: DocState, start: int) -> int:
        """安徽冯了性中药材饮片有限公司: a stop character (了) inside a legal name that opens with a region."""
        text = doc.text
        if start < 2 or text[start - 1] not in self.names.stop_chars or text[start - 1] == "的":
            return start
        for opening in range(start - 3, max(-1, start - 9), -1):  # the nearest region opening a run of characters
            if not self.names.han_run.fullmatch(text, opening, start - 1):
                break
            region = self.gazetteer.region_re.match(text, opening)
            if region and not doc.names.overlaps(opening, start - 1):
                # 德阳设立了全资子公司: a verb before the stop character ends a clause, not a name's part
                verb = self.names.leading_word_re.search(text, region.end(), start - 1) or any(
                    not m.group("keep") for m in self.names.cut_after_words.finditer(text, region.end(), start - 1))
                return start if verb else opening
        return start

    # ---------------------------------------------------------------- the shape of a short name
    def is_short_name(self, name: str, longest: int = 0) -> bool:
        """A name a company may be called by: short (up to `longest`, 0: max_short_name), not generic, not a region's, a park's or a body's."""
        return 2 <= len(name) <= (longest or self.max_short) and self._is_name_of_any_length(name)

    @lru_cache(maxsize=1 << 16)  # (the length apart: the cache holds one answer a name, whatever length the caller allows)
    def _is_name_of_any_length(self, name: str) -> bool:
        return not self._is_generic_short_name(name) and self._has_shape_of_any_length(name)

    def has_short_name_shape(self, name: str, longest: int = 0) -> bool:
        """Short (up to `longest` characters, 0: max_short_name), with nothing of a region, a park, a body, a title or a list in
        it: a firm's short name if it is not generic (能源投资 is, after a place: 麻城市能源投资公司)."""
        return 2 <= len(name) <= (longest or self.max_short) and self._has_shape_of_any_length(name)

    @lru_cache(maxsize=1 << 16)
    def _has_shape_of_any_length(self, name: str) -> bool:
        return (not name.endswith(self.firm_titles)
                and not name.startswith(self.not_company_openings)
                and not any(word in name for word in self.not_company_inside) and not self.not_short_name.search(name)
                and not self.material_re.match(name)
                and name not in self.gazetteer.region_names and not name.endswith(self.not_company)
                and not self.other_suffixes.search(name) and not self.selection_cue_re.search(name)
                and not any(ch in QUOTES for ch in name) and not self.joins_words(name) and not self.people_re.search(name))

    def joins_words(self, name: str) -> bool:
        """生物医药及大健康, 施工现场和: a conjunction joins two things or ends a phrase (及 never stands in a name)."""
        if "及" in name or "、" in name:
            return True
        if name[-1] in "和与及或":  # (施工现场|和: a phrase's end; not 众|和, 三|和, 祥和: a brand's own two characters)
            words = self.words(name)
            return len(words[-1][0]) == 1 and (len(words) == 1 or len(words[-2][0]) >= 2 or words[-2][0] in FIRM_ENDINGS)
        if all(part in self.gazetteer.region_names for part in re.split("[和与]", name)):
            return True  # 九寨沟县和庆元县: two places (由…共同出资成立的某公司)
        # 羊奶粉和脱脂粉, 制造业和生物医药: the segmenter reads 和 as a conjunction after a word of two characters or more and
        # before a word of the language (not 安徽三和电力: 三|和; nor 茅台和义兴: a brand after it; nor 内蒙古草原和牛公司)
        if not 2 <= name.find("和", 2) <= len(name) - 3 or name.endswith(FIRM_ENDINGS):
            return False
        words = self.words(name)
        return any(word == "和" and tag == "c" and len(words[i - 1][0]) >= 2 and words[i + 1][1] not in self.brand_tags
                   and words[i - 1][1] not in PLACE_BRAND_TAGS for i, (word, tag) in enumerate(words[:-1]) if i)

    def _is_generic_short_name(self, name: str) -> bool:
        """新型材料 says nothing of its own; 领新电子科技 does: its stem before the industry words opens with no generic word."""
        stem = name
        while word := self.industry_suffix(stem):
            stem = stem[: -len(word)]
        if stem != name and (stem in self.industry_words or self.names.generic.fullmatch(stem) or stem[-1:] in
                             self.names.bound_generic_chars and self.names.generic.fullmatch(stem, 0, len(stem) - 1)):
            return True  # 锂电新能源, 规上工业, 农业新技术: industry words after nothing of a name's own
        if not self.names.is_generic(name):
            return False
        return (stem == name or len(stem) < 2 or self.names.generic.match(stem) is not None
                or any(ch in stem for ch in "及和与、") or stem in self.gazetteer.region_names)

    def shaped_name_at(self, text: str, start: int) -> int | None:
        """雷晟新材料主攻…: the end of the company-shaped name (a stem and its longest industry word) opening at start."""
        m = self.shaped_name_re.match(text, start)
        return m.end() if m else None

    def joins_two_members(self, name: str) -> bool:
        """某某和某某: 和 joins two members of a list (not 三和科技: a brand's; nor 瑞肽生物牦牛和藏羊蛋白肽产业化: a firm's two
        products, the rest a product's or works' words, opening with no firm's name; 长安汽车和赛力斯: two firms)."""
        joint = name.find("和", 2)
        opening = self.shaped_name_at(name, 0)
        return joint != -1 and (opening is None or joint < opening or self.shaped_name_at(name, joint + 1) is not None
                                or not PRODUCT_OR_WORKS.search(name, joint + 1))

    @lru_cache(maxsize=1 << 12)
    def is_coined(self, name: str) -> bool:
        """雷晟新材料, 海富轻金属: the stem before the industry words is a brand, not words of the language: the segmenter
        (jieba's dictionary) reads no common word of two characters or more in it (brand_tags). 高端装备, 先进基础材料,
        可穿戴设备电池 hold words: 高端, 先进|基础, 穿戴."""
        stem = name
        while word := self.industry_suffix(stem):
            stem = stem[: -len(word)]
        if len(stem) < 2:
            return False
        words = self.words(stem)
        return all((len(word) == 1 and tag not in self.not_brand_tags) or tag in self.brand_tags
                   for word, tag in words) and not (
            len(words) == 1 and words[0][1] == "ns")  # (a place alone is no brand)

    def is_trade(self, name: str) -> bool:
        """生物医药, 纺织服装: a word of the language before the industry word names a trade (not 凯岚食品, 申和化纤)."""
        stem = name[:len(name) - len(self.industry_suffix(name))]
        return any(len(word) > 1 and tag not in self.brand_tags for word, tag in self.words(stem))

    def is_kind_of_works(self, name: str) -> bool:
        """道路改造、学校建设等35个项目: a common noun and a verb of works, no name (two words, the second a verb)."""
        if len(name) != 4 or self.ends_with_industry_word(name):
            return False  # (骄阳包装: a firm's trade)
        words = self.words(name)
        return len(words) == 2 and len(words[0][0]) == 2 and words[0][1] == "n" and words[1][1] in ("v", "vn")

    def words(self, text: str) -> list[tuple[str, str]]:
        """The segmenter's words and tags of the text (the segmenter loaded on first use)."""
        if self.segmenter is None:
            self.segmenter = Segmenter()
        return self.segmenter.cut(text)

    def ends_as_park(self, name: str) -> bool:
        """某某产业园, 某某园区 listed among projects: a park's name (guidelines; not 医院北区)."""
        return name.endswith(("园", "园区")) and any(m.end() == len(name) for m in self.other_suffixes.finditer(name))

    def ends_with_industry_word(self, name: str) -> bool:
        """渝丰线缆: an industry word ends the name, and something stands before it; a product's word (`product_words`)
        only after a brand (华宏金属; not 再生金属, 集成电路: a product)."""
        word = self.industry_suffix(name)
        return bool(word) and (word not in self.product_words or self.is_coined(name))

    def developer_in(self, name: str) -> str:
        """The developer a member of a list of projects names: 赫比电子 itself, 金龙铜业 of 金龙铜业二期; '' for
        清河某某高温合金: a place opens it, so it says where the project is, and whether the rest is the firm's short
        name or its brand and product (某某 or 某某高温合金) is not written."""
        name = PHASE_END.sub("", name)  # 金龙铜业二期: the company's second phase
        firm = name.find("公司", 2)
        if 0 < firm <= len(name) - 4 and self.is_short_name(name[:firm]) and not name.startswith(self.not_plain_starts):
            return name[:firm + 2]  # 圣丰公司铸型材料: the firm, then its product
        if not (self.ends_with_industry_word(name) and self.is_short_name(name)):
            return ""
        product = self.industry_suffix(name)
        if name[:-len(product)].endswith(self.firm_words) and len(name) - len(product) >= 4:
            name = name[:-len(product)]  # 三和科技新材料: the firm (三和科技) and its product
        place = self.gazetteer.region_re.match(name)
        if len(name) > self.max_list_developer and not name.endswith(self.firm_words):
            return ""  # 绿建智能制造: a brand and its product
        return name if place is None or len(name) - place.end() < 2 else ""

    @lru_cache(maxsize=1 << 16)
    def industry_suffix(self, name: str) -> str:
        """The longest industry word ending the name with something before it, or '' (cached, as a short name's shape)."""
        m = self.industry_suffix_re.search(name, 1)  # the leftmost match is the longest: all end at the end
        return m.group() if m else ""
