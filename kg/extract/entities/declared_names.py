"""Other names a text declares for a company: in brackets right after its name (勐海茶业有限责任公司（勐海茶厂）), or as
its short name (以下简称“胜禹新材”)."""
from __future__ import annotations

from kg.extract.entities.state import DocState
from kg.schema import COMPANY


class DeclaredNames:
    """Needs the CompanyRecogniser's `alias_re`, `generic_aliases`, `is_legal_name` and `is_group_name`."""

    def find_bracketed_aliases(self, doc: DocState) -> None:
        """勐海茶业有限责任公司（勐海茶厂）: a company named in brackets right after a company's name is another name of it."""
        text = doc.text
        if "（" not in text and "(" not in text:
            return
        companies = [m for m in doc.names if m.label == COMPANY]
        for named, other in zip(companies, companies[1:]):
            if other.start == named.end + 1 and text[named.end] in "（(" and other.end < len(text) and \
                    text[other.end] in "）)" and not self.is_legal_name(doc, other) and not self.is_group_name(doc, other):
                # (金达控股有限公司（黑龙江金达麻业有限公司）: its subsidiary; 某某有限公司（某某集团）: its parent)
                doc.aliases.append((COMPANY, text[named.start:named.end], text[other.start:other.end]))

    def find_declared_aliases(self, doc: DocState) -> None:
        """重庆胜禹新材料有限公司（以下简称“胜禹新材”）: the short name is the same thing (for any type)."""
        for mention in list(doc.names):
            if (m := self.alias_re.match(doc.text, mention.end)) and m.group(1) not in self.generic_aliases:
                doc.aliases.append((mention.label, doc.text[mention.start:mention.end], m.group(1)))
                doc.short_names[m.group(1)] = mention.label
