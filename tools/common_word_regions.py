"""Print the county short forms that are also common Chinese words, for kg/extract/rules/region.yaml.

A county-level short form (资源 from 资源县, 合作 from 合作市) is listed when jieba's
dictionary knows it as a common word (a part of speech that is not a proper
noun: not ns, nr, nz, ...) with a frequency of at least MIN_FREQUENCY. Provinces
and prefecture-level cities are left out: news names them by their short form. jieba is not a dependency of the
project; get its dictionary once with

    pip download jieba==0.42.1 --no-deps -d /tmp/jieba && tar xzf /tmp/jieba/jieba-0.42.1.tar.gz -C /tmp/jieba

and run  .venv/bin/python tools/common_word_regions.py /tmp/jieba/jieba-0.42.1/jieba/dict.txt
"""
from __future__ import annotations

import sys
from pathlib import Path

from kg.extract.rules import load_rules

MIN_FREQUENCY = 100
PROPER_NOUN_TAGS = {"ns", "nr", "nrt", "nrfg", "nz"}


def main(dictionary: Path) -> None:
    words = {}
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, frequency, tag = line.split()
        words[word] = (int(frequency), tag)
    rules = load_rules()
    strip = sorted(rules.region["strip_suffixes"], key=len, reverse=True)
    full_only = tuple(rules.region["full_name_only_suffixes"])
    found = set()
    for code, name in rules.divisions:
        if code.endswith("00") or name.endswith(full_only):
            continue
        suffix = next((s for s in strip if name.endswith(s)), None)
        short = name[: -len(suffix)] if suffix else ""
        frequency, tag = words.get(short, (0, "ns"))
        if len(short) == 2 and tag not in PROPER_NOUN_TAGS and frequency >= MIN_FREQUENCY:
            found.add(short)
    print("common_word_short_forms: [")
    ordered = sorted(found)
    for i in range(0, len(ordered), 20):
        print("  " + ", ".join(ordered[i:i + 20]) + ",")
    print("]")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
