"""Branches of companies (company.yaml `branch_suffixes`): 某某有限公司佛山分公司 is named with its company; 以及北京分公司,
a branch named by its place alone where no firm is named before it, is no name."""
from __future__ import annotations

from kg.extract.entities.state import DocState
from kg.schema import COMPANY

OWNER_WORDS = ("其", "该公司", "该集团", "公司")  # 其西安分公司: a firm named before owns the branch
LONGEST_BRANCH = 12  # characters of a branch's own name after its company's (北京新能源技术开发分公司: a place and its trades)


class Branches:
    """Needs the CompanyRecogniser's `names`, `gazetteer`, `partner_re` and `is_legal_name`."""

    def _add_branch(self, doc: DocState, suffix_start: int, end: int) -> bool:
        """某某有限公司佛山分公司: a branch written right after its company's full name is named with it."""
        company = doc.names.last_before(suffix_start)
        if company is None or not self.is_legal_name(doc, company) or suffix_start - company.end > LONGEST_BRANCH:
            return False
        if (not self.names.name_run.fullmatch(doc.text, company.end, suffix_start)
                or self.partner_re.search(doc.text, company.end, suffix_start)  # A有限公司和B分公司: two
                or self.names.trim_left(doc.text, company.end, suffix_start, doc.regions, True) != company.end):
            return False  # 某某有限公司设立佛山分公司: a verb between, the branch is named on its own
        doc.names.remove(company)
        doc.names.add(company.start, end, COMPANY, "company.branch")
        return True

    def _unowned_branch(self, doc: DocState, start: int, stem: str) -> bool:
        """以及北京分公司: a branch named by its place alone where no firm is named before it in its sentence (not 某某集团…，
        其西安分公司, 该公司重庆分公司, 某某集团设有合肥分公司)."""
        before = doc.names.last_before(start)
        sentence = max(doc.text.rfind(ch, 0, start) for ch in "。！？\n")
        return self.gazetteer.region_re.fullmatch(stem) is not None and not doc.text.endswith(OWNER_WORDS, 0, start) and not (
            before is not None and before.label == COMPANY and before.end > sentence)
