"""Figures no family keeps: a purity or grade, a target, a threshold, a skip keyword.

:func:`is_grade` and :func:`skip_code` give the figure chain (:mod:`.figure_chain`) its
vetoes before any family reads the figure.
"""

from __future__ import annotations

import re

from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.numbers import Quantity
from reemarket.ingest.startwords import Prechecked

_GRADE_BEFORE = re.compile(r"\b(?:Nd|Pr|Dy|Tb|La|Ce|REO|TREO|purity|grade|min(?:imum)?)\s*$", re.I)
#: A comparison right after a percent: the figure is a change ("5.9% more than", "3% lower").
_CHANGE_AFTER = re.compile(
    r"\s*(?:more|less|higher|lower|above|below|up|down|year[- ]on[- ]year|y/y|yoy)\b", re.I
)
_GRADE_AFTER = re.compile(r"\s*(?:min(?:imum)?|purity|grade|ratio|REO)\b", re.I)


def is_grade(view: SentenceView, q: Quantity) -> bool:
    """A purity or ratio right after a product name ("oxide 99.5%", "(Nd 75% Pr 25%)")."""
    if q.dimension != "percent":
        return False
    before = view.text[max(0, q.start - 4) : q.start]
    if any(0 <= q.start - p.end <= 2 for p in view.products):
        # "... 240,000 t of rare earth oxide, 4.1% more than in 2022": a change, no purity
        return _CHANGE_AFTER.match(view.text, q.end) is None
    if _GRADE_BEFORE.search(before):
        return True
    return bool(_GRADE_AFTER.match(view.text[q.end : q.end + 10]))


_PLAN_WORDS = ("target", "goal", "completion", "guidance", "budget")
_PLAN = re.compile(r"\b(?:targets?|goals?|completion|guidance|budget(?:ed)?)\b", re.I)


#: An intention to move a figure, the figure after it: "aims to raise output to X", "plans
#: to lift sales by X", "intends to cut production to X".
_INTENT = Prechecked(
    re.compile(
        r"\b(?:aims?|aiming|plans?|planning|intends?|intending|hopes?|seeks?|wants?)\s+to\s+"
        r"(?:raise|lift|increase|boost|expand|double|triple|grow|bring|cut|reduce|lower|take)\b"
        r"[^.;]{0,40}$",
        re.I,
    )
)
_AFTER_SKIP = re.compile(r"[\s\w]{0,6}\b(?:threshold|floor|ceiling|target)\b", re.I)


_CAPACITY_AFTER = re.compile(r"\s*(?:of\s+)?(?:[\w-]+\s+){0,3}?capacity\b", re.I)
_SUPERSEDED = Prechecked(
    re.compile(
        r"\brevised\s+(?:up(?:ward)?|down(?:ward)?|higher|lower)?\s*from\s+(?:an?\s+|the\s+)?"
        r"(?:preliminary|initial|provisional|earlier|first)\s+(?:estimate\s+of\s+|reading\s+of\s+)?$",
        re.I,
    )
)
_INVENTORY = Prechecked(re.compile(r"\b(?:stocks|inventor(?:y|ies)|stockpiles?)\s+of\b", re.I))


def skip_code(view: SentenceView, q: Quantity) -> str | None:
    """The veto code of a figure no family keeps (a target, a threshold, a skip keyword)."""
    t = view.tag_before(q.start)
    if (
        t is not None
        and t.id == "skip"
        and q.start - t.end <= 50
        and not (
            # "targets 60,000 t/yr of magnet capacity by 2027": a planned capacity
            q.dimension == "mass_rate"
            and view.low.startswith("target", t.start)
            and _CAPACITY_AFTER.match(view.text, q.end)
        )
    ):
        return "skip_word"
    inv = (
        _INVENTORY.search(view.text, view.clause_of(q.start)[0], q.start)
        if q.dimension == "mass"
        else None
    )
    if inv is not None and not any(
        inv.end() <= o.start < q.start and o.id != "production" for o in view.tags
    ):
        return "skip_word"  # "stocks of separated oxides ... reached some 3,000 t": a holding
    if (
        q.dimension in ("money", "percent", "mass")
        and any(w in view.low for w in _PLAN_WORDS)
        # the figure's own clause or cell ("an A$7.40 target; shares closed at A$6.15",
        # "Target: RMB 9.00 | Close (14 Mar): RMB 7.65")
        and _PLAN.search(
            view.text,
            max(view.clause_of(q.start)[0], view.text.rfind(" | ", 0, q.start) + 1),
            q.start,
        )
    ):
        return "plan"
    intent = (
        _INTENT.search(view.text, view.clause_of(q.start)[0], q.start)
        if q.dimension in ("money", "percent", "mass")
        else None
    )
    if intent is not None and "capacit" not in intent.group(0).lower():
        # "aims to raise output to 30,000 t in 2025": an intention, not output (a capacity
        # aimed at is a planned capacity, read by its family)
        return "plan"
    if _SUPERSEDED.search(view.text, max(0, q.start - 60), q.start):
        return "skip_word"  # "revised up from a preliminary 1,190 t": a figure replaced
    after = view.text[q.end : q.end + 18]
    return "threshold" if _AFTER_SKIP.match(after) else None
