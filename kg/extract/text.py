"""Sentence and clause boundaries of Chinese text.

A sentence ends at 。！？； (full or half width), at a line break, or after a
closing quote that follows one of those. Clauses split a sentence at ，：.
"""
from __future__ import annotations

import re

QUOTES = "“”\"‘’「」『』"
SENTENCE_END_CHARS, CLAUSE_BREAK_CHARS = "。！？!?；;", "，,：:"
# 、 between list members, not between the phases of one project (某某风电一、二期; not 、三期40万吨/年有机硅)
LIST_COMMA = re.compile(r"、(?![一二三四五六七八九十\d]{1,3}期(?:项目|工程|等|[、，,。；;\s]|$))")
# a run of sentence-end marks and the closing quotes after them, or of line breaks: written to open with one
# character class, which the regex engine skips to by itself (it tried the two branches at every position)
SENTENCE_END = re.compile(rf"[{SENTENCE_END_CHARS}\n](?:(?<=\n)\n*|[{SENTENCE_END_CHARS}]*[”’」』）)]*)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence, white space trimmed."""
    spans = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        end = m.start() if m.group().startswith("\n") else m.end()
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def clause_start(text: str, sentence_start: int, position: int) -> int:
    """Start of the clause that holds `position` (the last clause break before it: a search of each break character,
    not a step per character, so that a long run of text without one costs little)."""
    return max(sentence_start, *(text.rfind(ch, sentence_start, position) + 1 for ch in CLAUSE_BREAK_CHARS))


def clause_end(text: str, position: int) -> int:
    """End of the clause that holds `position`: its next clause or sentence break, or line break (or the text's end)."""
    ends = (text.find(ch, position) for ch in CLAUSE_BREAK_CHARS + SENTENCE_END_CHARS + "\n")
    return min((end for end in ends if end >= 0), default=len(text))


def sentence_end(text: str, position: int) -> int:
    """End of the sentence (or line) that holds `position`: its next 。, ； or line break (or the text's end)."""
    return min((i for i in (text.find(end, position) for end in "。；\n") if i != -1), default=len(text))


NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def count_value(written: str) -> int | None:
    """12, 十二, 二十, 两: the number a count writes (None for what is not one)."""
    if written.isdigit():
        return int(written)
    if "十" in written:
        tens, _, ones = written.partition("十")
        value = (NUMERALS.get(tens, 0) if tens else 1) * 10 + (NUMERALS.get(ones, 0) if ones else 0)
        return value if all(c in NUMERALS for c in tens + ones) else None
    return NUMERALS.get(written) if len(written) == 1 else None


def leading_count(written: str | None) -> int | None:
    """4个, 十二项: the number a count opens with (None for none)."""
    number = re.match(r"\d+|[一二三四五六七八九十两]+", written.strip()) if written else None
    return count_value(number.group()) if number else None


def listed_after(text: str, items: list[tuple[int, int, str]], close: str) -> list[tuple[int, int, str]]:
    """The members of a list after the word that closes a list of something else (集研发、生产、销售于一体的A、B等企业:
    A and B, after 于一体的); none when fewer than two follow it, all when the word is not there."""
    at = text.find(close, items[0][0], items[-1][1])
    if at == -1:
        return items
    after = at + len(close) + (text[at + len(close):at + len(close) + 1] == "的")
    listed = [(max(start, after), end, follow) for start, end, follow in items if end > after]
    return listed if len(listed) >= 2 else []


def line_end(text: str, position: int) -> int:
    """Where the line holding `position` ends (its line break, or the text's end)."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def headline_span(text: str) -> tuple[int, int]:
    """(start, end) of a document's headline: its first line that is not blank (the whole text if it has one line)."""
    start = len(text) - len(text.lstrip())
    return start, line_end(text, start)


def in_order(words: str, name: str) -> bool:
    """Every character of `words` stands in `name`, in the same order (创新100强 in 江苏民营企业创新100强)."""
    rest = iter(name)
    return all(char in rest for char in words)


def in_brackets(text: str, start: int, position: int) -> bool:
    """A bracket opened between `start` and `position` is still open there."""
    return text.count("（", start, position) + text.count("(", start, position) > \
        text.count("）", start, position) + text.count(")", start, position)
