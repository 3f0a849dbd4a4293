"""Finding many words in a text at once: one regex for a word list, and leftmost-longest search."""
from __future__ import annotations

import re

ONE_BY_ONE_LIMIT = 64  # up to this many words, `leftmost_longest` finds them without a regex
TRIE_GROUP = 64  # up to this many branches are tried one by one
# more (the gazetteer's first characters) are split in TRIE_FAN groups, and those again down to TRIE_LEAF
# branches: a lookahead on a group's first characters skips all of its branches
TRIE_FAN, TRIE_LEAF = 4, 16


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
    else:  # the gazetteer's first characters: hundreds of branches
        # one test of all first characters rejects most positions before the groups are tried
        body = _first_characters(branches) + _grouped(branches)
    return f"(?:{body})?" if "" in node else body


def _grouped(branches: list[tuple[str, str]]) -> str:
    """The branches (sorted, one per first character) in groups of groups, each behind a test of its first
    characters: a few tests find the branches of the character at hand."""
    if len(branches) <= TRIE_LEAF:
        return "(?:" + "|".join(pattern for _, pattern in branches) + ")"
    size = max(TRIE_LEAF, -(-len(branches) // TRIE_FAN))
    groups = [branches[i:i + size] for i in range(0, len(branches), size)]
    return "(?:" + "|".join(_first_characters(group) + _grouped(group) for group in groups) + ")"


def _first_characters(branches: list[tuple[str, str]]) -> str:
    return "(?=[" + "".join(re.escape(ch) for ch, _ in branches) + "])"


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
