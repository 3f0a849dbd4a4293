"""某市产业园区工业总产值同比增长14.8%，…，其中A、B等7个园区势头强劲: a list opened by 其中 and closed by its count of
a kind (园区, 企业, 项目) picks its members out of the things of that kind a place named earlier in the sentence
has (the place right before the kind's word, with at most a few words between: 某市规上工业企业)."""

from __future__ import annotations

import re

from kg.extract.relations.sentence import after_brackets
from kg.extract.text import clause_start
from kg.model import Mention

KINDS = "园区|企业|公司|项目"
_OPENING = re.compile(r"\s*其中\s*[，,：:]?\s*(?:有|包括)?\s*")
_CLOSING = re.compile(rf"\s*等\s*(?:\d+|[一二三四五六七八九十两]+)\s*[余多]?\s*[个家户项]\s*(?:[^，,。；;、\n]{{0,4}}?)(?P<kind>{KINDS})")


def kind_frame(text: str, sentences: list[tuple[int, int]], mentions: list[Mention], index: int,
               sentence_of: dict[Mention, int], list_end: int, places: tuple[str, ...]) -> Mention | None:
    """The one place of the sentence before the list (at `index`, ending at `list_end`) that the list's kind follows."""
    first = mentions[index]
    sentence_start = sentences[sentence_of[first]][0]
    if text.find("其中", sentence_start, first.start) == -1:
        return None  # (most lists: no 其中 before them in the sentence, so none opening their clause)
    if not _OPENING.fullmatch(text, clause_start(text, sentence_start, first.start), first.start):
        return None
    closing = _CLOSING.match(text, list_end)
    if closing is None:
        return None
    before = [m for m in mentions[:index] if sentence_of[m] == sentence_of[first]]
    owner = re.compile(rf"的?[^，,。；;、\n]{{0,6}}?{closing.group('kind')}")
    found = {text[m.start:m.end]: m for m in before
             if m.label in places and owner.match(text, after_brackets(text, m.end))}
    return next(iter(found.values())) if len(found) == 1 else None
