"""Short company names derived from full names (company.yaml): 耐世特 from 重庆耐世特转向系统有限公司, when the text
writes the shorter form elsewhere."""
from __future__ import annotations

from typing import Any

from kg.extract.entities.companies import CompanyRecogniser
from kg.extract.entities.names import NameText, bare
from kg.extract.entities.state import DocState
from kg.extract.gazetteer import Gazetteer
from kg.extract.search import occurrences
from kg.schema import COMPANY, PROJECT


class DerivedNames:
    def __init__(self, company: dict[str, Any], names: NameText, gazetteer: Gazetteer, companies: CompanyRecogniser):
        self.names, self.gazetteer, self.companies = names, gazetteer, companies
        self.min_derived = int(company["min_derived_name"])

    def derive(self, doc: DocState) -> None:
        """耐世特 from 重庆耐世特转向系统有限公司, when the shorter form occurs elsewhere in the text."""
        text, companies, region_re = doc.text, self.companies, self.gazetteer.region_re
        found: dict[tuple[str, int], str | None] = {}  # doc.names is fixed here: search each name once
        derived: dict[str, set[str]] = {}  # short name -> the full names it was derived from
        for mention in [m for m in doc.names if m.label == COMPANY]:
            full = text[mention.start:mention.end]
            core = bare(full)
            suffix = next((s for s in companies.legal_suffixes if core.endswith(s)), "")
            core = core[: len(core) - len(suffix)]
            bases = []  # (name, length of its region prefix), least stripped first
            region = ""
            while (m := region_re.match(core)) and len(core) - m.end() >= 2:
                region, core = region + m.group(), core[m.end():]
                bases.append((core, 0))
            bases = (bases or [(core, 0)]) + ([(region + core, len(region))] if region else [])
            group = next((g for g in companies.group_suffixes if g in full[len(full) - len(suffix) - 6:]), None)
            if group:  # 福建鸿跃（集团）有限公司 is called 鸿跃集团
                stem = core.removesuffix(group)  # (广西丰林木业集团股份有限公司 is called 丰林集团)
                while w := companies.industry_suffix(stem):
                    stem = stem[: -len(w)]
                bases = [(stem + group, 0)] + bases
            for base, region_len in bases:
                if (base, region_len) not in found:
                    found[base, region_len] = self._longest_prefix_elsewhere(doc, base, region_len)
                short = found[base, region_len]
                if short:
                    placed = region + short if region and not region_len else ""
                    if placed and doc.free_positions(placed):  # 湘潭离心机 from 湘潭离心机有限公司: the place too
                        derived.setdefault(placed, set()).add(full)
                        if all(text.startswith(region, p - len(region)) for p in doc.free_positions(short)):
                            break  # (离心机 never written without it)
                    if short != full:
                        derived.setdefault(short, set()).add(full)
                    break
        for short, fulls in derived.items():
            doc.short_names.setdefault(short, COMPANY)
            fulls = self._legal_names_of(fulls)
            if len(fulls) == 1:  # 岚图电气 beside 四川岚图电气… and 湖北岚图电气…: the name of neither
                doc.aliases.append((COMPANY, next(iter(fulls)), short))

    def _legal_names_of(self, fulls: set[str]) -> set[str]:
        """湖北宜昌某某化工集团 and 湖北宜昌某某化工集团股份有限公司: of a group's name and its legal name, one firm, the legal
        name only."""
        return {f for f in fulls if not any(other.startswith(f) and self.companies.legal_suffix_re.fullmatch(other, len(f))
                                            for other in fulls if other != f)}

    def _trade_words_only(self, rest: str) -> bool:
        """工业科技: nothing but industry words."""
        while rest and (word := self.companies.industry_suffix(rest)):
            rest = rest[: -len(word)]
        return rest == ""

    def _longest_prefix_elsewhere(self, doc: DocState, base: str, region_len: int) -> str | None:
        """The longest prefix of `base` (a name without legal suffix) that the text uses on its own.

        Without a region (region_len 0) the prefix must say something of its own once
        industry words are taken off (耐世特, 盛今科技); after a region it must be a
        whole word: the rest of the name, an industry word, or a distinctive stem
        (重庆齿轮箱, 重庆金汇能, not 重庆齿轮).
        """
        text, openings = doc.text, None
        for k in range(len(base), region_len + 1, -1):
            if len(base) - k == 1 and not self.companies.industry_suffix(base[region_len:k]):
                continue  # 源动力电|池: leaving one character cuts a word (晟禾新材|料 keeps an industry word: 新材)
            prefix = base[:k]
            own = prefix[region_len:]
            industry = self.companies.industry_suffix(own)
            distinctive = own[: len(own) - len(industry)]
            # 江苏博俊工业科技… and 博俊汽车零部件项目: a brand of two characters after the region, only where it
            # opens a project's name
            opening_only = False
            if region_len == 0:
                if (len(prefix) < self.min_derived or self.names.is_generic(distinctive)
                        or distinctive in self.gazetteer.region_names or own in self.companies.industry_words):
                    continue  # 齿轮箱 alone says nothing of its own; 重庆齿轮箱 does
            elif not (k == len(base) or distinctive != own or len(own) >= self.min_derived):
                if not (len(own) >= 2 and not self.names.is_generic(own) and own not in self.gazetteer.region_names
                        and self._trade_words_only(base[k:])):
                    continue  # (重庆凯盛长寿新材料: a place after the brand, the name is more than brand and trade)
                prefix, opening_only = own, True
            if openings is None:  # (where the name stands is found once, not once for each of its prefixes)
                openings = doc.starts(base[:region_len + 2])
            for position in occurrences(text, prefix, doc.starts(prefix) if opening_only else openings):
                covering = doc.names.at(position)
                if opening_only:
                    if (covering is not None and covering.label == PROJECT and covering.start == position
                            and self.companies.industry_word_re.match(text, position + len(prefix))):
                        return prefix
                elif (covering is None or covering.label == PROJECT or (covering.start, covering.end) == (
                        position, position + len(prefix))) and not self._cuts_a_word(text, position + len(prefix)):
                    return prefix
        return None

    def _cuts_a_word(self, text: str, end: int) -> bool:
        """博远光|伏组件项目 where the text names 博远光电科技有限公司: an industry word runs over the prefix's end."""
        word = self.companies.industry_word_re.match(text, end - 1)
        return word is not None and word.end() > end

    def link_placed_brands(self, doc: DocState) -> None:
        """上海汇辽, found as a firm where the text names 上海汇辽建筑装饰工程有限公司: a place and a brand that open one full
        name of the text (and only one) are a short name of it."""
        text, companies = doc.text, self.companies
        firms = [m for m in doc.names if m.label == COMPANY]
        fulls = {text[m.start:m.end] for m in firms if companies.is_legal_name(doc, m)}
        for short in {text[m.start:m.end] for m in firms} - fulls:
            place = self.gazetteer.region_re.match(short)
            if place is None or not 2 <= len(short) - place.end() <= 4:
                continue
            opened = [full for full in fulls if full.startswith(short) and len(full) - len(short) >= 4]
            if len(opened) == 1:
                doc.aliases.append((COMPANY, opened[0], short))
