"""A benchmark corpus of any size, made by recombining the sentences of our demo corpus (kg/demo).

Each document is a title and a few paragraphs of sentences drawn at random
(seeded, so the same size gives the same files). The demo texts are ours, so the
corpus can be written anywhere and shared; no third-party text is used.
"""
from __future__ import annotations

import random
from pathlib import Path

from kg.extract.text import sentence_spans
from kg.ingest.read import read_document
from kg.run.build import DEMO_CORPUS


def demo_sentences() -> list[str]:
    sentences = []
    for path in sorted(DEMO_CORPUS.glob("*.txt")):
        text = read_document(path).text
        sentences += [text[start:end] for start, end in sentence_spans(text)]
    return sentences


def generate(characters: int, folder: Path, seed: int = 6, prefix: str = "doc") -> tuple[int, int]:
    """Write documents of about 300 to 3,000 characters into `folder` until `characters` are written.

    Returns (documents, characters written).
    """
    pool = demo_sentences()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written = documents = 0
    while written < characters:
        title = rng.choice(pool).rstrip("。！？；")
        paragraphs = ["".join(rng.choice(pool) for _ in range(rng.randint(2, 5))) for _ in range(rng.randint(2, 8))]
        text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
        (folder / f"{prefix}{documents:07d}.txt").write_text(text, encoding="utf-8")
        written += len(text)
        documents += 1
    return documents, written


def recombine(source: Path, folder: Path, copies: int = 60, seed: int = 6) -> tuple[int, int]:
    """A realistic-density corpus: each .txt of `source` (the development corpus, ../shared/corpus)
    `copies` times, its first paragraph (the title) kept and the others shuffled (seeded).

    The development texts are not ours to republish: the corpus is written at bench time into a
    temporary folder and never kept. Returns (documents, characters written).
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written = documents = 0
    texts = [(path.stem, read_document(path).text) for path in sorted(source.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"{source}: no .txt files to recombine")
    for copy in range(copies):
        for stem, text in texts:
            paragraphs = [p for p in text.split("\n\n") if p.strip()]
            head, rest = paragraphs[:1], paragraphs[1:]
            rng.shuffle(rest)
            recombined = "\n\n".join(head + rest) + "\n"
            (folder / f"{stem}-{copy:03d}.txt").write_text(recombined, encoding="utf-8")
            written += len(recombined)
            documents += 1
    return documents, written
