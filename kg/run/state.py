"""What a build keeps in its output folder, so that `kg build --update` can add documents.

`DIR/.kg/state.json` holds the build's settings, its `NameTable` (names,
alias links, facts), the name → IRI map, the document ids, and for each graph
file where its document sections start, its size and its digest (a graph file
that changed since is not trusted). `DIR/.kg/spool/` holds the
records of each chunk, to write the old documents again in the rare update that
merges two existing entities (their IRIs then change).

The state and the spool files are sealed JSON (kg.run.sealed): reading a folder
someone else built can never run code, and a damaged state is recognised and
set aside, never used.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from kg.model import About, Key
from kg.resolve.table import NameTable
from kg.run.sealed import SealedFileError, read_sealed, seal

STATE_DIR, STATE_FILE, SPOOL_DIR = ".kg", "state.json", "spool"
STATE_KIND, STATE_VERSION = "build-state", 5  # 5: the name table keeps each document's title and date
KG = Path(__file__).parent.parent
EXTRACTION_CODE = ("ingest", "extract")  # with kg/*.py (model, schema): what the extraction depends on


def pipeline_fingerprint(rules_dirs: Sequence[Path]) -> str:
    """A digest of kg's code, its configuration and every rule file: what the extraction depends on."""
    digest = hashlib.sha1()
    files = sorted(KG.glob("*.py")) + [KG / "ontology" / "kg.ttl"]
    for package in EXTRACTION_CODE:
        files += sorted(path for path in (KG / package).rglob("*") if "__pycache__" not in path.parts)
    for folder in map(Path, rules_dirs):
        files += sorted(folder.iterdir()) if folder.is_dir() else []  # a missing folder: kg.extract.rules says so
    for path in files:
        if path.is_file():
            name = path.relative_to(KG).as_posix() if path.is_relative_to(KG) else path.name
            digest.update(name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
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

    def matches(self, folder: Path) -> bool:
        """True if the graph files are those this state describes."""
        return self.graph.unchanged(folder)


def state_path(folder: Path) -> Path:
    return Path(folder) / STATE_DIR / STATE_FILE


def spool_dir(folder: Path) -> Path:
    return Path(folder) / STATE_DIR / SPOOL_DIR


class StateError(Exception):
    """A state that cannot be used: damaged (`corrupt`) or written by another version of kg."""

    def __init__(self, message: str, corrupt: bool):
        super().__init__(message)
        self.corrupt = corrupt


def load_state(folder: Path) -> BuildState | None:
    """The state of the build in `folder`, None if it has none, StateError if it has one kg cannot use."""
    path = state_path(folder)
    if not path.exists():
        return None
    try:
        return _state_from(read_sealed(path, STATE_KIND, STATE_VERSION))
    except SealedFileError as err:
        raise StateError(str(err), err.corrupt) from err
    except (KeyError, TypeError, ValueError) as err:  # sealed, but not by this kg's state layout
        raise StateError(f"{path}: damaged (its contents are not a build state)", corrupt=True) from err


def dump_state(state: BuildState) -> bytes:
    names = state.names
    return seal(STATE_KIND, STATE_VERSION, {
        "settings": [state.settings.base, state.settings.min_confidence, state.settings.pipeline],
        "surfaces": [[*key, sorted(spellings)] for key, spellings in names.surfaces.items()],
        "mentions": [[*key, sample] for key, sample in names.mentions.items()],
        "links": sorted([*name, *alias] for name, alias in names.links),
        "written": [[*key, sorted(forms)] for key, forms in names.written.items()],
        "facts": [[*head, relation, *tail, document, sentence, confidence, rule]
                  for head, relation, tail, document, sentence, confidence, rule in names.facts],
        "evidence": [[*place, text] for place, text in names.evidence.items()],
        "about": [[document, a.title, a.date] for document, a in names.about.items()],
        "iri_of": [[*key, iri] for key, iri in state.iri_of.items()],
        "documents": state.documents,
        "spool": state.spool,
        "graph": [state.graph.name, state.graph.sections_start, state.graph.size, state.graph.sha1],
        "document_triples": state.document_triples,
    })


def _state_from(data: dict) -> BuildState:
    names = NameTable(
        surfaces={(label, key): set(spellings) for label, key, spellings in data["surfaces"]},
        mentions={(label, key): [(document, index) for document, index in sample]
                  for label, key, sample in data["mentions"]},
        links={((a_label, a_key), (b_label, b_key)) for a_label, a_key, b_label, b_key in data["links"]},
        # (none in a state written before it kept them)
        written={(label, key): set(forms) for label, key, forms in data.get("written", ())},
        facts=[((hl, hk), relation, (tl, tk), document, sentence, confidence, rule)
               for hl, hk, relation, tl, tk, document, sentence, confidence, rule in data["facts"]],
        evidence={(document, index): text for document, index, text in data["evidence"]},
        about={document: About(title, date) for document, title, date in data["about"]},
    )
    base, min_confidence, pipeline = data["settings"]
    name, sections_start, size, sha1 = data["graph"]
    return BuildState(Settings(base, min_confidence, pipeline), names,
                      {(label, key): iri for label, key, iri in data["iri_of"]},
                      list(data["documents"]), list(data["spool"]), GraphFile(name, sections_start, size, sha1),
                      data["document_triples"])
