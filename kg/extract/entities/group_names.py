"""Firms named by a group word (鸿跃集团, 锦纶实业, 海天股份), with a group's unit after it (山西某某集团焦化公司); not 控股
the verb of holding shares (其中某某控股51%, 由某某控股，…). Mixed into kg.extract.entities.companies.CompanyRecogniser."""
from __future__ import annotations

import re

from kg.extract.entities.names import CLOSE_BRACKETS, OPEN_BRACKETS
from kg.extract.entities.state import DocState
from kg.schema import COMPANY, PROJECT

PLACE_PARTNER = re.compile("[市县区镇旗]?(?:[与和同跟及]|是)")  # after a place: its partner follows (某县与…, 某市与…; 宁夏是某集团…选定的)
MIN_PARTNER_NAME = 2  # characters of a partner's name after a place and a joint (四川与雅保公司)
BRAND_JOINTS, LEVEL_ENDS = "和同跟", ("市", "县", "区", "省", "旗", "盟", "镇", "乡")  # joints that open brands too (not 州: 杭州)
WORKS_IN_GROUP_NAMES = ("工程",)  # a project suffix that is a trade in a group's name (中国能源工程集团)
BIG_ONES = re.compile(r"[两二三四五六七八九十几]大$")  # 两大集团: the big ones counted
GROUP_NAME_RULE = "company.group_name"  # the rule of a name found by its group word (a group's unit too: 某某集团焦化公司)
GROUP_BREAK = re.compile(r"[）)][与和及、]|、|(?<=[\u4e00-\u9fff]{2})与")  # before a group's name: the partner's end


class GroupNames:
    """Needs the CompanyRecogniser's patterns (`group_suffix_re`, `legal_suffix_re`, `not_after_group_re`, `share_verb_re`,
    `holding_share_re`, `holder_res`, `industry_word_re`, `alias_re`, `firm_joint_re`, `role_re`, `passive_re`,
    `partner_deed_re`, `group_kind_after_place_re`, `member_note_re`), its word
    lists (`group_words_after`, `kin_suffixes_in`, `not_firm_groups`, `state_group_openings`, `group_function_words`),
    `max_short`, `names`, `gazetteer`, `words`, `industry_suffix`, `is_short_name`, `joins_words`, `past_nation`,
    `after_description`, `partner_start` and `opens_role`; a place's partner (`after_place_partner`) the plain and short
    names use too."""

    def group_names(self, text: str) -> list[tuple[int, int]]:
        """(suffix start, end) of each group word that is not part of a legal form (集团, not 集团有限公司)."""
        # (哈尔滨某某实业公司: a plain 公司 after the group word is the name's)
        return [(m.start(), self._unit_end(text, m))
                for m in self.group_suffix_re.finditer(text)
                if not self.legal_suffix_re.match(text, m.start()) and not self.legal_suffix_re.match(text, m.end())
                and not self.not_after_group_re.match(text, m.end())
                and not text.startswith(self.group_words_after, m.end())  # 东莞市实业投资集团: the group word after ends it
                and not (m.group() == "股份" and self.share_verb_re.search(text, max(0, m.start() - 2), m.start()))
                and not (m.group() == "控股" and self._holds(text, m.start(), m.end()))]

    def _unit_end(self, text: str, group: re.Match) -> int:
        """Where a group's name ends: after a plain 公司 right after it (哈尔滨某某实业公司), or after a trade and 公司, the
        group's unit (山西某某集团焦化公司)."""
        if text.startswith("公司", group.end()):
            return group.end() + 2
        unit = self.industry_word_re.match(text, group.end()) if group.group() in self.group_words_after else None
        return unit.end() + 2 if unit and text.startswith("公司", unit.end()) else group.end()

    def _function_word_in(self, stem: str) -> bool:
        """未来将为集团…, 陈武对湘桂集团: a word of one character the segmenter tags as a preposition, an adverb or a
        conjunction, after the stem's first word, is no part of a group's name; one a brand's second character may be (卓为集团,
        美至集团) only after a word so tagged or a verb (将为). company.yaml `group_function_words`."""
        tags, brand_chars, after_tags = self.group_function_words
        words = self.words(stem)
        return any(len(word) == 1 and tag in tags and (word not in brand_chars or before in after_tags)
                   for (_, before), (word, tag) in zip(words, words[1:]))

    def after_place_partner(self, text: str, start: int, position: int, name_end: int | None = None) -> int:
        """四川与雅保公司, 平阴县和某某公司: a place and a joint open the run; the partner's name starts after the joint when
        two characters or more of it stand before 公司 or its industry word (not 江苏和达电子: a brand that opens with the joint;
        和, 同 and 跟 only after a place's level, or before a deed of two parties after the name's end, `name_end`: 徐州和徐工集团签署…;
        never where a place's name opens at the joint: 天津和平区)."""
        region_re = self.gazetteer.region_re
        place = region_re.match(text, start, position)
        partner = place and PLACE_PARTNER.match(text, place.end(), position)
        if not partner or region_re.match(text, partner.end() - 1, position):
            return start  # (天津和平区某某公司, 安徽省和县…: a district's name opens at the joint)
        if text[partner.end() - 1] in BRAND_JOINTS and not text.endswith(LEVEL_ENDS, start, partner.end() - 1) and not (
                name_end is not None and self.partner_deed_re.match(text, name_end)):
            return start  # (北京和利时科技公司, 江苏同力日升机械公司: a brand opening with 和 or 同 after a province or a city)
        own = text[partner.end():position]
        return partner.end() if len(own) - len(self.industry_suffix(own)) >= MIN_PARTNER_NAME else start

    def _holds(self, text: str, start: int, end: int) -> bool:
        """控股 at [start, end) the verb: 某某控股51%; 由某某控股，… (company.yaml `holder_openers`)."""
        return self.holding_share_re.match(text, end) is not None or any(
            m.end() == end for m in self.holder_res[1].finditer(text, max(0, start - self.max_short - 1), end + 1))

    def add_group_name(self, doc: DocState, suffix_start: int, end: int) -> None:
        """鸿跃集团: a short stem before a group suffix names a company; 中国能源工程集团: a project's suffix is its trade."""
        works = doc.names.last_before(suffix_start)
        trade = works is not None and works.label == PROJECT and works.end == suffix_start and \
            doc.text.endswith(WORKS_IN_GROUP_NAMES, works.start, works.end)
        if trade:
            doc.names.remove(works)
        self._add_group_name(doc, suffix_start, end)
        if trade and not doc.names.covers(works.start):  # (公路改扩建工程集团化管理: no group, the project stays)
            doc.names.add(works.start, works.end, works.label, works.rule)

    def _add_group_name(self, doc: DocState, suffix_start: int, end: int) -> None:
        if end < len(doc.text) and doc.text[end] in OPEN_BRACKETS + CLOSE_BRACKETS and not self.alias_re.match(doc.text, end) \
                and not self.member_note_re.match(doc.text, end):
            return  # 重庆润通控股（集团）有限公司: part of a legal name (not 中国联合水泥集团（简称中联集团）, 维维集团（第24位）)
        if doc.text.startswith((*self.kin_suffixes_in, "股东"), end):
            return  # 铜陵有色控股子公司, 某某控股股东: holding, not a group's name (the name before is named by its tie)
        if doc.text[suffix_start - 1:suffix_start] == "是":
            return  # 松江泗泾是集团创始人…的第一站: the copula before a bare group word, no name (为 opens brands: 卓为集团)
        start = self.names.stem_start(doc, suffix_start, self.max_short, words_only=True)
        if not self.is_short_name(doc.text[start:end]) or self._function_word_in(doc.text[start:suffix_start]):
            # 某某制药是四环医药控股集团的…: a copula before the name; 未来将为集团…: a preposition's word in the run
            start = max(start, self.names.stem_start(doc, suffix_start, self.max_short))
        start = self.names.after_generic_subject(doc.text, start, suffix_start)
        # 明达油脂公司和鸿福集团, 凯岚科技与博远集团: the firm before and its partner
        start = max((m.end() for m in self.firm_joint_re.finditer(doc.text, start, suffix_start)), default=start)
        start = max((m.end() for m in GROUP_BREAK.finditer(doc.text, start, suffix_start - 2)), default=start)  # (鞍钢）与本钢集团)
        start = self.after_description(doc.text, start, suffix_start)  # 中国民企500强万洋集团
        roles = [m.end() for m in self.role_re.finditer(doc.text, max(0, start - 6), suffix_start - 2)
                 if m.end() > start and self.opens_role(doc.text, m.start())]
        if roles:  # 项目的实施者丹泉集团: the role, then the name (its first characters may have been cut as a verb)
            start = roles[-1]
        start = self.after_place_partner(doc.text, start, suffix_start, end)  # 顺昌县与凯岚集团: the place and its partner
        start = self.partner_start(doc.text, start, suffix_start)  # 县里与某某集团洽谈, 市政府与中国某某集团签约
        passive = [m.end() for m in self.passive_re.finditer(doc.text, start + 2, suffix_start - 2)]
        if passive:  # 湖南某某由博远股份控股: the group is the agent after 由
            start = passive[-1]
        name = doc.text[start:end]
        if self.names.leading_word_re.fullmatch(doc.text, start, suffix_start) or BIG_ONES.search(doc.text, start, suffix_start) \
                or any(m.end() == suffix_start for m in self.names.count.finditer(doc.text, start, suffix_start)):
            return  # 将建成集团的第三大生产基地: a verb before 集团, no name; (邀请)两家集团, 中石油、中石化两大集团: a count
        place = self.gazetteer.region_re.match(doc.text, start, suffix_start)
        own = name[place.end() - start:] if place and suffix_start - place.end() >= 2 else name
        inner = self.gazetteer.region_re.match(own)
        if place and inner and self.gazetteer.contains_any(place.group(), inner.group()) and len(own) - inner.end() >= 2 and \
                not self.group_kind_after_place_re.match(own, inner.end()):
            own = own[inner.end():]  # 天津和平区凯岚集团, 济南市平阴县凯岚集团: a place and a place inside it
        elif inner:
            own = name  # 朔州市山西玉龙集团: two places, the first the group's location, not its name
        # the length limit is the name's own, past its region (广东大智汇控股集团: 大智汇控股集团)
        national = (name.startswith(self.state_group_openings) and doc.text.startswith("集团", suffix_start)
                    and suffix_start - start >= 4 and not self.joins_words(name)
                    and all(self.names.is_name_char(ch) for ch in name))
        if 2 <= suffix_start - start and not name.endswith(self.not_firm_groups) and (
                self.is_short_name(name) or own != name and self.is_short_name(own) or national or self.past_nation(name)):
            # (中国电子信息产业集团: a state group is named by the country and its trades alone; 新加坡益海嘉里集团: past its country)
            doc.names.add(start, end, COMPANY, GROUP_NAME_RULE)
