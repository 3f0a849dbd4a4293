"""Whether a project suffix's stem names one project (project.yaml): not a kind of projects (工业项目, A、B等项目), an amount
or a phase alone (新上的80万吨项目, 其中一期5万吨项目), a campaign (立德树人工程), a deed (加快推进项目) or a firm's legal name's
inside. Mixed into kg.extract.entities.projects.ProjectRecogniser, whose patterns it uses."""
from __future__ import annotations

import re

from kg.extract.entities.names import QUOTES
from kg.extract.text import clause_end
from kg.model import Mention
from kg.schema import PROJECT

# (FIRM_IN_STEM: 中铝广西分公司结构调整项目, a firm's; TOWN_ONLY: 海兴县苏基镇项目, a town's; JOINED: 高速公路和铁路项目: two kinds)
FIRM_IN_STEM, TOWN_ONLY, JOINED = re.compile(r"公司|集团|厂"), re.compile(r"(?:[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道|村|社区))?"), re.compile("[和及与]")
OUTPUT_IN_TONS = re.compile(r"\d+(?:\.\d+)?\s*[万千百]?\s*吨")  # 1000吨色氨酸项目 (not 3台套…)
MAX_CAMPAIGN_STEM, CAMPAIGN_HEAD_REACH = 8, 2  # a campaign's longest stem (新时代立德树人工程); what may follow its word
AMOUNT = r"\d+(?:\.\d+)?\s*[万亿千百]?\s*(?:吨|千瓦|兆瓦|件|台|套|辆|头|只|箱|平方米|立方米)"
# an amount after a product's name (模具200套), not after the verb of output (年产200套) nor opening the stem; an amount
# alone names no project (新上的80万吨项目)
PRODUCT_AMOUNT, AMOUNT_ONLY = re.compile(rf"(?<=[\u4e00-\u9fff])(?<![产年]){AMOUNT}"), re.compile(AMOUNT)
DEED_TAGS, ADVERB_TAGS = frozenset({"v", "d", "ad", "vd", "c", "p"}), frozenset({"d", "ad", "c", "p"})  # segmenter tags
MAX_DEED_STEM = 6  # characters of the longest stem read for them
MIN_STEM_AFTER_COMPANY = 2  # 某某食品有限公司屠宰项目: after its company, two characters say what the project does


class ProjectStems:
    """Needs the ProjectRecogniser's patterns and word lists (`output_re`, `phase_re`, `not_project_opening_re`, …), `names`,
    `gazetteer` and `companies`."""

    def _measured(self, text: str, start: int, suffix_start: int, end: int, after_company: bool = False) -> bool:
        """某某科技…项目用地200亩, 加快某某科技…项目建设: a project named (its firm, output, place or works of its own)."""
        stem = text[start:suffix_start]  # (the place is looked for only when nothing before names the project)
        return self.measured_after_re.match(text, end) is not None and bool(
            after_company or self.output_re.search(stem) or FIRM_IN_STEM.search(stem) or self.named_works_re.search(stem) and not JOINED.search(stem)
            or (place := self.gazetteer.region_re.match(text, self.names.date_end(text, start, suffix_start), suffix_start))
            and not TOWN_ONLY.fullmatch(text, place.end(), suffix_start) or self.developers.company_opening(text, Mention(start, end, PROJECT, "")))

    def _shortest_stem(self, text: str, start: int, stem: str, after_company: bool, after_name: bool = False) -> int:
        """The fewest characters of a stem: fewer after its company (某某公司屠宰项目, 某某物流有限公司物流园项目) or its sum
        (投资1亿元的木糖醇项目)."""
        own_park = after_name and stem in self.own_parks_after_company  # (right after the firm's name: not 签订产业园项目…)
        if after_company and (stem in self.own_works_after_company or own_park or not self.names.is_generic(
                stem) and stem not in self.not_stems_after_company):
            return MIN_STEM_AFTER_COMPANY
        summed = self.sum_before_re.search(text, max(0, start - 16), start) and not self.sum_stem_not_re.search(stem)
        return self.min_stem_after_sum if summed else self.min_stem

    def _valid(self, text: str, start: int, suffix_start: int, end: int, after_company: bool = False,
               after_name: bool = False) -> bool:
        """Whether the stem names one project; after a company's full name a description does (某某有限公司高新电子产业园项目),
        and right `after_name` (the stem opening where the name ends) a park of its own too (某某物流有限公司物流园项目)."""
        stem = text[start:suffix_start]
        outputs = self.output_re.search(stem) is not None  # (年产…3万吨模具200套建设: amounts of an output, no count)
        counted = PRODUCT_AMOUNT.sub("", stem) if outputs else stem
        generic = (self.names.is_generic(counted) or self._generic_stem(counted) or self._place_and_kind(stem)) and not (
            after_company and not self.names.count.search(stem))
        # an amount alone, or after a phase (新上的80万吨项目, 其中一期5万吨项目; not after a firm's legal name: 某某有限公司一期5万吨项目)
        phase = None if after_company else self.phase_re.match(stem)
        amount_only = AMOUNT_ONLY.fullmatch(stem, phase.end() if phase else 0) is not None
        dated = self.names.date_end(stem)
        if 0 < dated < len(stem) and self.names.is_generic(stem[dated:]) or dated == len(stem):
            return False  # 2022年3月项目: a month's projects
        return not (len(stem) < self._shortest_stem(text, start, stem, after_company, after_name) or generic or self.names.count.match(stem) and not OUTPUT_IN_TONS.match(stem)
                    or self.not_project_opening_re.match(stem, self._place_end(stem)) or self.batch_after_re.match(text, end)
                    or self.kind_of_list_re.search(stem) and not self._products_kind(stem, outputs, after_company)
                    or self.industry_list_close_re.match(text, end)
                    or stem.endswith(self.not_project_endings) and not stem.endswith(self.stem_ending_words)
                    and not self.joined_part_end_re.search(stem) and not (outputs and stem.endswith(self.product_endings))
                    or stem.endswith(self.kind_endings) and not outputs
                    or not outputs and self._campaign(stem, text[suffix_start:end]) or stem.endswith(self.campaign_endings)
                    or stem.endswith("等") or stem[-1:] in QUOTES or amount_only
                    or text.startswith(self.not_before, end) and not self.site_after.match(text, end)
                    and not self._measured(text, start, suffix_start, end, after_company)
                    or stem[-1:] in "和及与或、就对向按把" or stem.endswith("给") and stem[-2:-1] not in "供补配"
                    or self.list_count_re.search(stem) or self._counted_after(text, start, end)
                    or self.members_after_re.match(text, end) or self.aspects_re.search(stem)
                    or self._inside_legal_name(text, end) or not after_company and self._deed_only(stem))

    def _counted_after(self, text: str, start: int, end: int) -> bool:
        """科创中心项目 8 项: a count after the suffix makes it a kind of project (not a list's member before the list's tally,
        、申和新材料项目3个产业项目)."""
        return self.counted_re.match(text, end) is not None and not (
            text[start - 1:start] == "、" and self.list_tally_re.match(text, end))

    def _products_kind(self, stem: str, outputs: bool, after_company: bool) -> bool:
        """某某有限公司年产1.2亿米高档印染面料等纺织品生产建设项目: after a company's name, an output and 等 before the kind
        of its products (no list: no 、; not a kind of projects, 等工业项目) name one project."""
        return after_company and outputs and "、" not in stem and not self.names.is_generic(stem[stem.rfind("等") + 1:])

    def _campaign(self, stem: str, suffix: str) -> bool:
        """新兴产业倍增工程, 党建引领基层治理提升工程: a campaign's words in the stem (of one that names no output); before 项目,
        only in a short stem or near its end (not 春风江南全龄健康养生示范项目, 尧头窑旅游扶贫基础设施建设项目: a longer name's own
        word)."""
        words = list(self.campaign_re.finditer(stem))
        return bool(words) and (not suffix.startswith("项目") or len(stem) <= MAX_CAMPAIGN_STEM
                                or len(stem) - words[-1].end() <= CAMPAIGN_HEAD_REACH)

    def _deed_only(self, stem: str) -> bool:
        """及时更新: an adverb, then verbs and adverbs only, no noun, tell what is done to projects (并及时更新项目及进展情况;
        not 改造提升 after a place's name, a name's own works)."""
        words = self.companies.words(stem) if len(stem) <= MAX_DEED_STEM else []
        return bool(words) and words[0][1] in ADVERB_TAGS and all(tag in DEED_TAGS for _, tag in words)

    def _place_end(self, stem: str) -> int:
        """Where the places opening a stem end (耒阳最大投资: 耒阳), 0 if none opens it."""
        place = self.gazetteer.region_re.match(stem)
        return place.end() if place else 0

    def _inside_legal_name(self, text: str, end: int) -> bool:
        """某某工程和技术服务有限公司: the suffix is a word of a company's full name that goes on after it (name characters
        without a verb, up to a legal form; not 某某原料药项目和某某有限公司中间体项目: a project of that firm follows)."""
        run_end = self.names.name_run.match(text, end, end + 14).end()
        legal = self.companies.legal_suffix_re.search(text, end + 1, run_end)
        joined = legal is not None and text[end:end + 1] in "和及与" and self.suffix_re.search(text, legal.end(), clause_end(text, end))
        return legal is not None and not joined and not any(
            not m.group("keep") for m in self.names.cut_after.finditer(text, end, legal.start()))
