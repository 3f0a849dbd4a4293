"""What a document says about itself: its title and date, when its text has them.

News texts open with a headline on a line of its own, and carry their date in a
dateline (本报讯 11月8日，…) or a full date near the top (2024年11月8日). The page
names a sentence's document by these, next to its file name.
"""
from __future__ import annotations

import re
from typing import Sequence

from kg.ingest.repair import LINE_END
from kg.model import About

TITLE_LENGTH = range(4, 61)  # characters a headline has
HEAD = 5  # sentences searched for a date
FULL_DATE = re.compile(r"((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})(?!\d)\s*日?")
DATELINE = re.compile(r"(?:^|[讯电]\s*)(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def about(sentences: Sequence[str]) -> About:
    title = ""
    if sentences:
        first = " ".join(sentences[0].split())
        if len(first) in TITLE_LENGTH and first[-1] not in LINE_END:
            title = first
    date = ""
    for sentence in sentences[:HEAD]:
        if found := FULL_DATE.search(sentence):
            year, month, day = (int(g) for g in found.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                date = f"{year:04d}-{month:02d}-{day:02d}"
                break
    if not date:
        for sentence in sentences[:HEAD]:
            if (found := DATELINE.search(sentence.strip())) and 1 <= int(found[1]) <= 12 and 1 <= int(found[2]) <= 31:
                date = f"{int(found[1])}月{int(found[2])}日"
                break
    return About(title, date)
