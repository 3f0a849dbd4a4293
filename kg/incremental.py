"""What a build keeps in its output folder, so that `kg build --update` can add documents.

`DIR/.kg/state.pickle` holds the build's settings, its `NameTable` (names,
alias links, facts), the name → IRI map, the document ids, and for each graph
file where its document sections start, its size and its digest (a graph file
that changed since is not trusted). `DIR/.kg/spool/` holds the
records of each chunk, to write the old documents again in the rare update that
merges two existing entities (their IRIs then change).

The state is private to kg (a pickle: only load folders you built yourself).
"""
from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from kg.resolve import Key, NameTable
from kg.rules import PACKAGE_RULES

STATE_DIR, STATE_FILE, SPOOL_DIR = ".kg", "state.pickle", "spool"
STATE_VERSION = 4  # 4: the name table keeps each document's title and date
CODE = Path(__file__).parent


def pipeline_fingerprint(rules_dirs: Sequence[Path]) -> str:
    """A digest of kg's code, its configuration and every rule file: what the extraction depends on."""
    digest = hashlib.sha1()
    files = sorted(CODE.glob("*.py")) + [CODE / "config.cfg"] + sorted(PACKAGE_RULES.iterdir())
    for folder in map(Path, rules_dirs):
        files += sorted(folder.iterdir()) if folder.is_dir() else []  # a missing folder: kg.rules says so
    for path in files:
        if path.is_file():
            digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass(frozen=True)
class Settings:
    """What must stay the same between a build and its updates."""

    base: str
    min_confidence: float
    pipeline: str  # pipeline_fingerprint


@dataclass(frozen=True)
class GraphFile:
    name: str
    sections_start: int  # byte offset of the first document section
    size: int
    sha1: str  # of the contents: a copied folder still matches, an edited file does not

    def unchanged(self, folder: Path) -> bool:
        path = Path(folder) / self.name
        try:
            return path.stat().st_size == self.size and file_sha1(path) == self.sha1
        except OSError:
            return False


def file_sha1(path: Path) -> str:
    with open(path, "rb") as file:
        return hashlib.file_digest(file, "sha1").hexdigest()


@dataclass
class BuildState:
    settings: Settings
    names: NameTable
    iri_of: dict[Key, str]
    documents: list[str]  # ids, in output order
    spool: list[str]  # spool file names, in chunk order
    graph: GraphFile  # graph.ttl
    document_triples: int  # in the document sections
    version: int = STATE_VERSION

    def matches(self, folder: Path) -> bool:
        """True if the graph files are those this state describes."""
        return self.graph.unchanged(folder)


def state_path(folder: Path) -> Path:
    return Path(folder) / STATE_DIR / STATE_FILE


def spool_dir(folder: Path) -> Path:
    return Path(folder) / STATE_DIR / SPOOL_DIR


def load_state(folder: Path) -> BuildState | None:
    """The state of the build in `folder`, or None if there is none this version of kg can use."""
    try:
        state = pickle.loads(state_path(folder).read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    if not isinstance(state, BuildState) or state.version != STATE_VERSION:
        return None
    return state


def dump_state(state: BuildState) -> bytes:
    return pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
