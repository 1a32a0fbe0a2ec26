"""Extraction rules as data: registered records with their examples (design convention 12).

A :class:`Rule` names its family, its pattern over the sentence's typed mentions (a template
whose ``{CLASS:name}`` slots are filled from the language's vocabulary file and catalogs),
its resolver, and example sentences with the facts they must give. A :class:`Veto` is a rule
too: it drops what a rule found and leaves a reason code. ``tests/ingest/test_rule_examples.py``
runs every registered rule's and veto's examples, in every language (``zh.py`` registers the
Chinese rules, ``en.py`` the English families).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

ExampleFact = tuple[str, str, str, str, float | tuple[float, float], str]
"""An expected fact of an example: (kind, subject, metric, period, value, unit)."""


@dataclass(frozen=True)
class Example:
    """A sentence (or short text) and the facts a rule must give for it."""

    text: str
    facts: tuple[ExampleFact, ...]
    published: str = "2024-07-05"
    entity: str | None = None
    """When set, the holder every fact of the example must have (a company slug, ``china``,
    ``global``): for examples about whose a figure is."""
    holders: tuple[str, ...] = ()
    """When set, the holder of each listed fact, in order: for examples whose figures have
    different holders ("X made 25,000 t, while China's output reached 270,000 t")."""
    statuses: tuple[str, ...] = ()
    """When set, the status of each listed fact, in order: for capacity examples whose plants
    are at different stages ("已投产…，在建…，规划…")."""


@dataclass(frozen=True)
class Rule:
    """One extraction rule: family, pattern over typed mentions, resolver, examples."""

    name: str
    family: str
    lang: str
    pattern: str
    resolve: Callable[..., Any]
    examples: tuple[Example, ...] = ()
    doc: str = ""
    cues: tuple[str, ...] = ()
    """The cue-word classes (``section.key`` of the language's vocabulary file) it reads."""


@dataclass(frozen=True)
class Veto:
    """A rule that drops candidate facts of some families, with a stable reason code."""

    name: str
    reason: str
    lang: str
    pattern: str
    families: frozenset[str]
    examples: tuple[Example, ...] = ()
    scope: str = "clause"
    """Where the pattern is looked for, relative to the candidate figure. The language module
    reads it; Chinese knows ``clause`` (the figure's clause up to it), ``sentence`` (the
    sentence up to it), ``after`` (starting right after it), ``since_product`` (from the last
    product named before it), ``around`` (its clause through it and a little beyond, or the
    text just before it), ``national_clause`` (``clause``, for the country's figures only) and ``figure_clause`` (a rate's: from the clause of the last amount
    before it; an amount's: its own clause)."""


@dataclass
class Registry:
    """Every rule and veto, by language."""

    rules: dict[str, list[Rule]] = field(default_factory=dict)
    vetoes: dict[str, list[Veto]] = field(default_factory=dict)

    def add(self, rule: Rule) -> Rule:
        """Register a rule (names are unique per language)."""
        have = self.rules.setdefault(rule.lang, [])
        if any(r.name == rule.name for r in have):
            raise ValueError(f"rule {rule.name!r} registered twice")
        have.append(rule)
        return rule

    def add_veto(self, veto: Veto) -> Veto:
        """Register a veto."""
        self.vetoes.setdefault(veto.lang, []).append(veto)
        return veto


REGISTRY = Registry()
"""The one registry every language module adds its rules to."""
