"""Stage 2b: relations. Sentences with typed mentions in, relations out.

The patterns are data: named records in `kg/extract/rules/relations.yaml` (`patterns`), each a
shape (kg.extract.relations.shapes) with its slot types, cue words, gaps and score, checked against
kg.schema (kg.extract.relations.patterns), run by one engine (kg.extract.relations.engine); lists
(kg.extract.relations.lists) and anaphors (kg.extract.relations.discourse) on top. Each pattern has
its cases in `kg/extract/rules/cases/`. A learned model (kg.extract.relations.learned, trained by kg/learn.py)
then adds the relations of the pairs it judges related that no rule relates.
"""
from kg.extract.relations.engine import RelationFinder
from kg.extract.relations.patterns import Pattern, load_patterns
from kg.model import Relation

__all__ = ["Pattern", "Relation", "RelationFinder", "load_patterns"]
