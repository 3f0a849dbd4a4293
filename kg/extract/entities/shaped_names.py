"""Short company names known by their shape alone: a brand of two characters that are no word of the language, then an
industry word (丹澳药业, 鑫通钢铁, 凯旺电子), standing where a firm stands: opening a clause before a firm's deed (投产,
签约, 入选…), or listed beside a company. A name the text writes once, with no cue around it, is read by its shape
(company.yaml `industry_words`; the segmenter's dictionary says what is a word)."""
from __future__ import annotations

import re
from typing import Any

from kg.extract.entities.companies import CompanyRecogniser
from kg.extract.entities.names import NameText
from kg.extract.entities.state import DocState
from kg.extract.gazetteer import Gazetteer
from kg.extract.search import ClauseOpening, alternation, gated
from kg.extract.text import CLAUSE_BREAK_CHARS, SENTENCE_END_CHARS
from kg.schema import COMPANY

BRAND = 2  # characters of the brand before the industry word
RARE = 5  # at most this often in the segmenter's dictionary is a brand no word (保健: 1093, 汽摩: 7; 天合: 5)
ELEMENTS = frozenset("硅锰铁铜铝锌镍钴锂钛钒铬钼钨锡铅碳氟磷硫钾钠钙镁锆铌钽锗镓铟")  # 硅锰合金: a material, no brand
FIELDS = re.compile(r"[^，,。；;]*?等[^，,。；;]{0,8}?(?:产业|行业|领域|集群|业态|板块)")  # A、B等产业: fields, no firms
# a subject: a shaped name then a firm's deed (or a joiner, its neighbour in a list)
SHAPED_SUBJECT = (r"([^\W\d_]{4,6}?)(?=[、和与及等]|(?:也|已|还|均|都|将|先后|分别|正式|成功)*"
                  r"(?:投资|投建|投产|签约|落户|入驻|进驻|上市|中标|建设|设立|成立|获评|入选|被评为|荣获|与|在|"
                  r"计划|拟|新建|扩建|抓住|是|成为))")
# …where a copula's complement ends in a firm's word (凯岚水泥是…的控股子公司; not 钠电材料已成为该区第二大产业, 海工装备是全市
# 上市企业最多的产业: a trade)
COPULA = re.compile(r"(?:也|已|还|均|都|将|先后|分别|正式|成功)*(?:是|成为)")
FIRM_COMPLEMENT = re.compile(r"[^，,。；;\n]{0,30}?(?:企业|公司|集团|厂商|供应商)(?=[，,。；;！!\n]|$)")
SHAPED = ClauseOpening("，,。；;、：:", SHAPED_SUBJECT)  # …opening a clause
KIND_BEFORE = re.compile(r"(?<=[^等家户个\d]企业)" + SHAPED_SUBJECT)  # …or after the kind of firm it is (园区企业威力传动在…)
JOINERS = "、和与及"
VERB_TAGS = frozenset({"v", "vn", "vd", "d"})  # (也是落实“…工程”: a deed, no name)
# a brand right before the quoted name of its works (引进了泽长实业“矿山机电设备制造项目”、利晟资源“废料…项目”)
QUOTED_WORKS = ClauseOpening("，,。；;、：:了", r"([^\W\d_]{2,8}?)(?=“[^“”\n]{2,40}?(?:项目|工程)”)")
LETTERS_END = re.compile(r"[^\W\d_]*$")
NEIGHBOUR_BEFORE = re.compile(r"[^\W\d_]{2,12}$")
NEIGHBOUR_AFTER = re.compile(r"[^\W\d_]{2,12}?(?=[、和与及等，,。；;]|$)")


class ShapedNames:
    def __init__(self, company: dict[str, Any], names: NameText, companies: CompanyRecogniser, gazetteer: Gazetteer):
        self.companies, self.gazetteer, self.names = companies, gazetteer, names
        short = rf"([^\W\d_]{{2,{companies.max_short}}}?)"
        self.issuer_re = re.compile(company["issuer_headline"])
        self.owner_endings = tuple(company["works_owner_endings"])
        self.stock_mark_re = re.compile(company["stock_mark_name"])
        self.stock_code_re = re.compile(company["stock_code"])
        self.pair_re = ClauseOpening(SENTENCE_END_CHARS + CLAUSE_BREAK_CHARS + "、", rf"{short}[和与及]{short}"
                                     rf"(?:{gated(names.adverbs)})*{gated(alternation(company['subject_verbs']))}")

    def issuer_headline(self, doc: DocState) -> None:
        """众望布艺：子公司拟投资… (a headline): a listed firm's short name before the colon of its announcement."""
        issuer = self.issuer_re.match(doc.text)
        if issuer and self.companies.is_short_name(issuer.group(1)) and not (
                doc.names.overlaps(*issuer.span(1)) or doc.regions.overlaps(*issuer.span(1))):
            doc.short_names.setdefault(issuer.group(1), COMPANY)

    def listed_names(self, doc: DocState) -> None:
        """ST八菱发布公告, 永吉股份（603058）: a stock's name, by its ST mark or its code in brackets, is a firm's."""
        text = doc.text
        spans = [(*m.span(), False) for m in self.stock_mark_re.finditer(text)] if "ST" in text else []
        for code in self.stock_code_re.finditer(text):
            bound = self.names.stem_start(doc, code.start(), self.companies.max_short, words_only=True)
            start = code.start() - len(LETTERS_END.search(text, bound, code.start()).group())  # (2022-10-19众望布艺)
            if (described := text.rfind("公司", start, code.start() - 2)) != -1:
                start = described + 2  # (上市公司钧达股份: no stock's name holds 公司)
            elif start and text[start - 1] in "）)" and text[start] in JOINERS:
                start += 1  # 东方园林（002310）与中福实业（000592）: the joiner after another stock's code
            if code.start() - start >= 2 and self.companies.is_short_name(text[start:code.start()]):
                spans.append((start, code.start(), True))
        for start, end, coded in spans:
            # (湖南发展（000722）: a code makes a stock's name of a place opening it and a word a firm's; not 寄湖南长沙（410005）)
            places = doc.regions.overlapping(start, end)
            if not (doc.names.overlaps(start, end) or places and not (coded and len(places) == 1 and places[0].start == start)):
                doc.short_names.setdefault(text[start:end], COMPANY)
                self._stock_of_legal_name(doc, text[start:end])

    @staticmethod
    def _stock_of_legal_name(doc: DocState, stock: str) -> None:
        """ST八菱 is 南宁八菱科技股份有限公司: its brand after the mark stands in the one listed firm's legal name the text
        gives (not in its parent's 八菱集团, nor in a partner's 八菱新能源科技有限公司)."""
        brand = stock.lstrip("*").removeprefix("ST")
        listed = {doc.text[m.start:m.end] for m in doc.names if m.label == COMPANY
                  and doc.text.endswith("股份有限公司", m.start, m.end) and brand in doc.text[m.start:m.end]}
        if brand != stock and len(listed) == 1:
            doc.aliases.append((COMPANY, listed.pop(), stock))

    def pairs(self, doc: DocState) -> None:
        """神剑新材料和鑫科铜业入围…: two company-shaped names joined, opening a clause before a firm's deed."""
        for m in self.pair_re.finditer(doc.text):
            # (one of them may be a word of the language: 神剑新材料)
            if all(self._firm_shaped(doc, m, group) for group in (1, 2)) and any(
                    self.companies.is_coined(m.group(group)) for group in (1, 2)):
                for group in (1, 2):
                    doc.short_names.setdefault(m.group(group), COMPANY)

    def _firm_shaped(self, doc: DocState, m: re.Match, group: int) -> bool:
        name, span, companies = m.group(group), m.span(group), self.companies
        return companies.ends_with_industry_word(name) and not self.names.is_generic(name) and companies.is_short_name(
            name) and self.names.name_run.fullmatch(name) is not None and not (
            doc.names.overlaps(*span) or doc.regions.overlaps(*span) or doc.programs.overlaps(*span))

    def find(self, doc: DocState) -> None:
        # a member found makes its neighbour in the list a member: read again while one is found
        kinds = list(KIND_BEFORE.finditer(doc.text)) if "企业" in doc.text else []
        while found := [m.group(1) for m in [*SHAPED.finditer(doc.text), *kinds]
                        if m.group(1) not in doc.short_names and self._shaped(doc, m, kinded=m.re is KIND_BEFORE)]:
            for name in found:
                doc.short_names.setdefault(name, COMPANY)

    def before_quoted_works(self, doc: DocState) -> None:
        """利晟资源“废料再生资源回收利用项目”: a short name opening with a brand (two characters no word of the
        language) and ending in a firm's word (`works_owner_endings`, industry words), whose works are named in quotes
        right after it, is a firm."""
        for m in QUOTED_WORKS.finditer(doc.text) if "”" in doc.text else ():
            name, span = m.group(1), m.span(1)
            if self._owner_shaped(name) and not (
                    doc.names.overlaps(*span) or doc.regions.overlaps(*span) or doc.programs.overlaps(*span)):
                doc.short_names.setdefault(name, COMPANY)

    def _owner_shaped(self, name: str) -> bool:
        """A firm's short name: a brand opening it, a firm's word ending it, no verb or function word in it."""
        companies = self.companies
        return companies.is_short_name(name) and not self.names.is_generic(name) and name not in self.gazetteer.region_names \
            and (companies.ends_with_industry_word(name) or name.endswith(self.owner_endings)) \
            and companies.is_coined(name[:BRAND]) and self.names.name_run.fullmatch(name) is not None and not any(
                tag in companies.not_brand_tags or tag in VERB_TAGS for _, tag in companies.words(name))

    def _shaped(self, doc: DocState, m: re.Match, kinded: bool) -> bool:
        """A brand of two characters and an industry word; after the kind of firm it is (`kinded`), a brand the
        segmenter reads as a place the gazetteer does not know is one too (生产企业北沙制药)."""
        name, span, companies = m.group(1), m.span(1), self.companies
        return len(name) - len(companies.industry_suffix(name)) == BRAND and name[:BRAND] not in \
            self.gazetteer.region_names and not ELEMENTS.issuperset(name[:BRAND]) and companies.is_short_name(name) and \
            (companies.is_coined(name) or kinded and all(tag in companies.brand_tags for _, tag in companies.words(
                name[:BRAND]))) and self._rare(name[:BRAND]) and not FIELDS.match(doc.text, m.end(1)) and \
            self._placed(doc, *span) and self._firm_complement(doc.text, span[1]) and not (
                doc.names.overlaps(*span) or doc.regions.overlaps(*span) or doc.programs.overlaps(*span))

    @staticmethod
    def _firm_complement(text: str, end: int) -> bool:
        """No copula after the name, or one whose clause ends in a firm's word (凯岚水泥是…的控股子公司)."""
        copula = COPULA.match(text, end)
        return copula is None or FIRM_COMPLEMENT.match(text, copula.end()) is not None

    def _rare(self, brand: str) -> bool:
        self.companies.words(brand)  # (loads the segmenter)
        return (self.companies.segmenter.freq(brand) or 0) <= RARE

    @staticmethod
    def _placed(doc: DocState, start: int, end: int) -> bool:
        """A subject opening its clause, or a list's member next to a company (not 服装、婴童服饰等: trades listed)."""
        text = doc.text
        listed_before, listed_after = text[start - 1:start] == "、", text[end:end + 1] in JOINERS
        if not (listed_before or listed_after):
            return True
        neighbours = [NEIGHBOUR_BEFORE.search(text, max(0, start - 13), start - 1) if listed_before else None,
                      NEIGHBOUR_AFTER.match(text, end + 1) if listed_after else None]
        return any(n and (n.group() in doc.short_names or doc.names.label_at(n.start()) == COMPANY) for n in neighbours)
