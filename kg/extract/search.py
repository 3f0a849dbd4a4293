"""Finding many words in a text at once: one regex for a word list, and leftmost-longest search."""
from __future__ import annotations

import re

ONE_BY_ONE_LIMIT = 64  # up to this many words, `leftmost_longest` finds them without a regex
TRIE_GROUP = 64  # branches per group; a lookahead on the group's first characters skips the others


def alternation(words) -> str:
    """A regex alternation that prefers the longest word.

    It is written as a trie (公司|公园 → 公(?:司|园)): the regex engine then tests
    each character once instead of trying every word in turn, which matters for
    the gazetteer's thousands of names. Words that match at one position are
    prefixes of each other, and the optional longer branches are tried first, so
    the matches (and the order of backtracking) are those of a plain
    longest-first alternation.
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [(ch, re.escape(ch) + _trie_pattern(child)) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1:
        body = branches[0][1]
    elif len(branches) <= TRIE_GROUP:
        body = "(?:" + "|".join(pattern for _, pattern in branches) + ")"
    else:  # the gazetteer's first characters: hundreds of branches, tried one by one without groups
        groups = [branches[i:i + TRIE_GROUP] for i in range(0, len(branches), TRIE_GROUP)]
        # one test of all first characters rejects most positions before the groups are tried
        body = "(?=[" + "".join(re.escape(ch) for ch, _ in branches) + "])(?:" + "|".join(
            "(?=[" + "".join(re.escape(ch) for ch, _ in group) + "])(?:" + "|".join(p for _, p in group) + ")"
            for group in groups) + ")"
    return f"(?:{body})?" if "" in node else body


def leftmost_longest(text: str, words) -> list[tuple[int, int, str]]:
    """Occurrences of the words, scanning left to right and taking the longest at each position.

    The same matches as a regex alternation of the words. A few words are found
    one by one, without compiling a regex for every document's own set of words;
    many (a long report's) by the regex, in one pass over the text.
    """
    if len(words) > ONE_BY_ONE_LIMIT:
        return [(m.start(), m.end(), m.group()) for m in re.finditer(alternation(filter(None, words)), text)]
    found = []
    for word in filter(None, words):
        position = text.find(word)
        while position != -1:
            found.append((position, -len(word), word))
            position = text.find(word, position + 1)
    found.sort()
    matches, end = [], 0
    for start, minus_length, word in found:
        if start >= end:
            end = start - minus_length
            matches.append((start, end, word))
    return matches
