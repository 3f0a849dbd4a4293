"""Firms named before a plain 公司, no legal form after it (大连某某投资公司, 某某电缆公司, 隆基公司, 德国西门子公司): a region and a
name of its own, an industry word or a brand before it. Mixed into kg.extract.entities.short_names.ShortNames, whose
patterns and `_confirm` it uses."""
from __future__ import annotations

from kg.extract.entities.state import DocState
from kg.schema import COMPANY

SUBSIDIARY_STEM = 10  # the longest unit's name after its group (国际经济贸易)
MIN_PLACED_TRADE = 4  # 南京环保科技公司: a place's trade of two words (深圳科技公司: of one, a kind of firm)
LONG_PLACED_NAME = 12  # the longest own name after a place when a brand opens it and trades end it (甘肃某某新能源电力科技公司)
PLAIN_REACH = LONG_PLACED_NAME + 4  # characters read back from 公司 for its name: a place and the longest own name
NOT_PLAIN_REACH = 6  # characters read back from 公司 for a word it ends that is no name (这家公司, 西门子公司: its lookbehind's)


class PlainNames:
    """Needs ShortNames' `names`, `gazetteer`, `companies`, `not_plain_re`, `adverb_partner_re`, `partner_joints`,
    `placed_trade_ends`, `kind_before_re` and `_confirm`."""

    def plain_names(self, doc: DocState) -> None:
        """大连某某投资公司, 某某电缆公司, 隆基公司: a name before a plain 公司 (no legal form) is a company's when it
        opens with a region and has two characters of its own after it, ends in an industry word or is a brand."""
        text, names, companies = doc.text, self.names, self.companies
        position = text.find("公司")
        while position != -1:
            if not doc.names.covers(position) and not self.not_plain_re.search(text, max(0, position - NOT_PLAIN_REACH), position + 2):
                start = names.stem_start(doc, position, PLAIN_REACH, words_only=True)
                group = doc.names.last_before(start + 1)
                if (group is not None and group.end == start and companies.is_group_name(doc, group)
                        and 2 <= position - start <= SUBSIDIARY_STEM and names.name_run.fullmatch(text, start, position)
                        and not names.cut_after.search(text, start, position)
                        and (companies.ends_with_industry_word(text[start:position])  # (not 某集团收购某某公司)
                             or text[start:position] in self.gazetteer.region_names  # (某控股香港公司)
                             or text[start:position] in companies.macro_region_openings)):  # (某集团西北公司)
                    # 鞍钢集团国际经济贸易公司, 某某控股香港公司: a group's unit (a trade, a place, a macro-region) named after it
                    doc.names.remove(group)
                    doc.names.add(group.start, position + 2, COMPANY, "company.group_unit")
                    position = text.find("公司", position + 2)
                    continue
                region, run_start = doc.regions.last_before(position), start
                if region and start < region.start and region.end + 2 <= position and not any(
                        not cut.group("keep") for cut in names.cut_after.finditer(text, region.end, position)):
                    start = region.start  # 记者9月15日从琼海市城投公司: a region inside the run opens the name
                if companies.passive_re.match(text, start) and position - start > 3:
                    start += 1  # 由某某公司…共同出资: the agent after 由
                start = max([start] + [m.end() for m in self.adverb_partner_re.finditer(text, start, position)])
                start = companies.after_place_partner(text, start, position)  # (四川与雅保公司: the place, then its partner)
                start = companies.after_description(text, start, position)  # (太阳能科技企业某某能源公司)
                # else the run after a preposition in it (运输车从百矿公司出发, 纸机从芬兰某某公司引进)
                for start in [start] + names.inner_starts(text, start, position):
                    stem, place = text[start:position], self.gazetteer.region_re.match(text, start, position)
                    own = stem[place.end() - start:] if place else companies.past_nation(stem) or stem  # (德国西门子公司)
                    if len(own) < 2 or own in self.gazetteer.region_names or not names.name_run.fullmatch(stem):
                        continue
                    # (a brand, after the place or not, and trades ending it make a longer name: 甘肃某某新能源电力科技公司,
                    # 京洋半导体材料科技公司)
                    longest = LONG_PLACED_NAME if companies.ends_with_industry_word(own) and companies.is_coined(own[:2]) else 0
                    if place and self._placed_trade(text, start, own, start == run_start):
                        self._confirm(doc, start, stem + "公司", shape=own, generic=True, longest=longest)
                        break
                    if (not names.is_generic(own) and companies.is_short_name(own, longest)
                            and (place or companies.ends_with_industry_word(own) or companies.is_coined(own))):
                        # (the region opening it does not count against a short name's length: 深圳某某半导体公司; nor
                        # does 公司: 哈尔滨正阳楼肉类食品公司)
                        self._confirm(doc, start, stem + "公司", shape=own, longest=longest)
                        if place and companies.is_coined(own) and doc.short_names.get(stem + "公司") == COMPANY:
                            # 理塘蓝逸公司 is 蓝逸公司 (宜宾市烟草公司 is not 烟草公司: every place's firm of a trade is)
                            doc.aliases.append((COMPANY, stem + "公司", own + "公司"))
                        break
            position = text.find("公司", position + 2)

    def _placed_trade(self, text: str, start: int, trade: str, opens_run: bool) -> bool:
        """南京环保科技公司, 麻城市能源投资公司: a place opening a run, or after a partner's joint, and a trade of industry words
        name one firm before a plain 公司, the trade generic or not (not 深圳知名公司, 深圳科技公司: a trade of one word;
        nor 一批深圳环保科技公司: firms of a kind; nor 华润电力内蒙古新能源公司: a group's unit)."""
        return (len(trade) >= MIN_PLACED_TRADE and (self.companies.ends_with_industry_word(trade)
                                                     or trade.endswith(self.placed_trade_ends))
                and (opens_run or not self.names.is_name_char(text[start - 1]) or text[start - 1] in self.partner_joints)
                and not self.kind_before_re.search(text, max(0, start - 3), start))
