"""Rule data: the YAML and CSV files in this folder, plus any folders a user adds.

A user folder holds files with the same names as ours (any subset). Lists in
it extend ours, other values replace ours, and rows of its
`admin_divisions.csv` are added to the gazetteer. A key we do not know is an
error naming the file, so that a typo never silently does nothing.

`types/` holds one file for each entity type named by a suffix alone (see
`kg.extract.entities.suffix_types`); a user's `types/` may extend one of ours
or add another type of the ontology.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import yaml

from kg.schema import COMPANY, ENTITY_TYPES, ONTOLOGY, PARK, PROGRAM, PROJECT, REGION


# libyaml's loader where PyYAML was built with it: the rules load some ten times faster (start-up of every build)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PACKAGE_RULES = Path(__file__).parent
SECTIONS = ("common", "company", "park", "project", "program", "region", "relations")
DIVISIONS_FILE = "admin_divisions.csv"
TYPES_FOLDER = "types"
# the keys of a file in types/, with their kinds (`type` and `suffixes` are required)
TYPE_KEYS = {"type": str, "suffixes": list, "max_stem": int, "min_stem": int, "not_before": list, "not_names": list}


class RulesError(Exception):
    """A rule file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class Rules:
    common: dict[str, Any]
    company: dict[str, Any]
    park: dict[str, Any]
    project: dict[str, Any]
    program: dict[str, Any]
    region: dict[str, Any]
    relations: dict[str, Any]
    divisions: tuple[tuple[str, str], ...]  # (code, full name) of administrative divisions
    types: dict[str, dict[str, Any]] = field(default_factory=dict)  # entity type -> its rules in types/


def load_rules(extra_dirs: Sequence[Path] = ()) -> Rules:
    """Our rules, extended by each folder in `extra_dirs` in turn."""
    sections = {name: _read_yaml(PACKAGE_RULES / f"{name}.yaml") for name in SECTIONS}
    sections["relations"]["patterns"] = _merge_patterns([], sections["relations"].get("patterns", []),
                                                        PACKAGE_RULES / "relations.yaml")
    divisions = _read_divisions(PACKAGE_RULES / DIVISIONS_FILE)
    types = _read_types(PACKAGE_RULES / TYPES_FOLDER, {})
    for folder in extra_dirs:
        folder = Path(folder)
        if not folder.is_dir():
            raise RulesError(f"{folder}: rules folder not found")
        known = {f"{name}.yaml" for name in SECTIONS} | {DIVISIONS_FILE}
        for path in sorted(folder.iterdir()):
            if path.suffix in {".yaml", ".yml", ".csv"} and path.name not in known:
                raise RulesError(f"{path}: unknown rule file (expected one of {', '.join(sorted(known))})")
        for name in SECTIONS:
            path = folder / f"{name}.yaml"
            if path.exists():
                sections[name] = _merge(sections[name], _read_yaml(path), path)
        if (folder / DIVISIONS_FILE).exists():
            divisions += _read_divisions(folder / DIVISIONS_FILE)
        types = _read_types(folder / TYPES_FOLDER, types)
    return Rules(**sections, divisions=tuple(dict.fromkeys(divisions)), types=types)


def _read_types(folder: Path, types: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """`types` with the type files in `folder` added (a type already there is extended)."""
    own_rules = {COMPANY: "company", PARK: "park", PROJECT: "project", PROGRAM: "program", REGION: "region"}
    types = dict(types)
    paths = sorted(p for p in folder.iterdir() if p.suffix in {".yaml", ".yml"}) if folder.is_dir() else []
    for path in paths:
        data = _read_yaml(path)
        for key, value in data.items():
            if key not in TYPE_KEYS:
                raise RulesError(f"{path}: unknown rule '{key}' (known: {', '.join(TYPE_KEYS)})")
            if not isinstance(value, TYPE_KEYS[key]) or isinstance(value, bool):
                raise RulesError(f"{path}: rule '{key}' must be a {TYPE_KEYS[key].__name__}")
        label = data.get("type")
        if label is None:
            raise RulesError(f"{path}: 'type' missing: the entity type of ontology/kg.ttl these rules find")
        if label not in ENTITY_TYPES:
            raise RulesError(f"{path}: type '{label}' is not an entity type of {ONTOLOGY.name} "
                             f"(known: {', '.join(ENTITY_TYPES)})")
        if label in own_rules:
            raise RulesError(f"{path}: type '{label}' has recognisers of its own: its rules are in {own_rules[label]}.yaml")
        if label in types:  # another file for a type already declared: its lists extend, its numbers replace
            merged = dict(types[label])
            for key, value in data.items():
                old = merged.get(key, [])
                merged[key] = old + [v for v in value if v not in old] if isinstance(value, list) else value
            types[label] = merged
        else:
            if not data.get("suffixes") or not all(isinstance(s, str) and s for s in data["suffixes"]):
                raise RulesError(f"{path}: 'suffixes' must be a non-empty list of words")
            types[label] = data
    return types


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        raise RulesError(f"{path}: cannot read rule file ({err})") from err
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise RulesError(f"{path}: expected a mapping of rule names to values")
    return data


def _merge(base: dict[str, Any], extra: dict[str, Any], path: Path) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if key not in base:
            raise RulesError(f"{path}: unknown rule '{key}' (known: {', '.join(sorted(base))})")
        old = base[key]
        if key == "patterns":
            merged[key] = _merge_patterns(old, value, path)
        elif isinstance(old, dict):
            if not isinstance(value, dict):
                raise RulesError(f"{path}: rule '{key}' must be a mapping")
            merged[key] = _merge(old, value, path)
        elif isinstance(old, list):
            if not isinstance(value, list):
                raise RulesError(f"{path}: rule '{key}' must be a list")
            merged[key] = old + [v for v in value if v not in old]
        elif isinstance(old, str) and isinstance(value, str) and key.endswith(("_chars", "measure_words")):
            merged[key] = old + "".join(ch for ch in value if ch not in old)
        else:
            merged[key] = value
    return merged


def _merge_patterns(base: list, extra: Any, path: Path) -> list:
    """Relation patterns by id: a record with a known id changes that pattern (its lists extended,
    other values replaced), a new id adds a pattern at the end. Each keeps the file that last changed
    it (`source`), for the errors of kg.extract.relations.patterns."""
    if not isinstance(extra, list) or not all(isinstance(r, dict) and "id" in r for r in extra):
        raise RulesError(f"{path}: 'patterns' must be a list of records, each with an id")
    ids = [r["id"] for r in extra]
    twice = sorted({str(i) for i in ids if ids.count(i) > 1})
    if twice:
        raise RulesError(f"{path}: pattern {', '.join(map(repr, twice))} defined twice")
    merged = [dict(r) for r in base]
    by_id = {r.get("id"): r for r in merged}
    for record in extra:
        old = by_id.get(record["id"])
        if old is None:
            merged.append({**record, "source": str(path)})
            by_id[record["id"]] = merged[-1]
            continue
        old["source"] = str(path)
        for key, value in record.items():
            if isinstance(old.get(key), list) and isinstance(value, list):
                old[key] = old[key] + [v for v in value if v not in old[key]]
            else:
                old[key] = value
    return merged


def _read_divisions(path: Path) -> list[tuple[str, str]]:
    try:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    except (OSError, UnicodeDecodeError) as err:
        raise RulesError(f"{path}: cannot read ({err})") from err
    rows = list(csv.DictReader(lines))
    if rows and "name" not in rows[0]:
        raise RulesError(f"{path}: expected a header with a 'name' column")
    return [((row.get("adcode") or "").strip(), row["name"].strip()) for row in rows if (row.get("name") or "").strip()]
