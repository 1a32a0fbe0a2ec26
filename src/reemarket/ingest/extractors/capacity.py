"""Capacity facts with their status.

Capacity with its status: "runs 20,000 t/yr of sintered magnet lines" (operating),
"is building a 12,000 tpa separation plant" (under construction), "plans a 5,000 t/year
NdFeB line" (planned).
"""

from __future__ import annotations

import re

from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.extractors.subjects import company_for, product_after, subject_before
from reemarket.ingest.numbers import Quantity

_STATUS = [
    (
        "operating",
        r"(?:has )?completed (?:the )?construction of|construction was completed|"
        r"has completed|completed the construction|completed|currently has|now operates|"
        r"operat(?:es|ing)|existing|in operation|has an? (?:annual )?(?:production )?capacity|"
        r"commissioned|runs|boasts|owns",
    ),
    (
        "under_construction",
        r"under construction|construct(?:ing|ion of)|building|being built|is building|"
        r"initiated|after the project is completed|once completed|upon completion|"
        r"once (?:fully )?commissioned|when commissioned|once (?:fully )?operational|"
        r"will add|launching|launched|ramping|expanding|expansion",
    ),
    (
        "planned",
        r"will have|will reach|would have|to reach|to raise|aims? to raise|"
        r"plans?|planned|planning|proposed|to implement|will build|intends? to|aims? to|"
        r"feasibility|to establish|to build|approved|signed|will construct|is to build|"
        r"announced|unveiled|to invest|invest(?:ing)? in|set to build",
    ),
]
_STATUS_RE = [(s, re.compile(rf"\b(?:{p})\b", re.I)) for s, p in _STATUS]
_ANNUAL = re.compile(r"\b(?:annual|annually|each year|per year|a year|per annum|yearly)\b", re.I)


_AFTER = [
    (
        "planned",
        r"(?:is |are )?(?:due|expected|scheduled|slated|set) (?:to (?:come|go|be|start|begin|enter)|"
        r"on ?stream|online|for)",
    ),
    ("under_construction", r"(?:is|are) (?:being built|under construction)|broke ground"),
    (
        "operating",
        r"(?:was|were) (?:commissioned|completed|put into (?:operation|production))|"
        r"came on ?stream|started (?:operation|production)|(?:is|are) (?:operating|in operation)",
    ),
]
_AFTER_RE = [(s, re.compile(rf"\b(?:{p})\b", re.I)) for s, p in _AFTER]


# an eventual total: "which would take total NdPr capacity to 12,000 t/yr by 2028"
_TOTAL_TO = re.compile(
    r"\b(?:tak(?:e|es|ing)|bring(?:s|ing)?|lift(?:s|ing)?|rais(?:e|es|ing)|boost(?:s|ing)?|"
    r"increas(?:e|es|ing)|expand(?:s|ing)?)\b[^.;\d]{0,50}?\bto\s*(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)


def status_of(view: SentenceView, q: Quantity) -> str:
    """The status cue nearest before the number, else one after it (operating when none).

    A total the plans would reach ("taking capacity to 60,000 t/yr") is planned.
    """
    if _TOTAL_TO.search(view.text[max(0, q.start - 70) : q.start]):
        return "planned"
    best: tuple[int, int, str] | None = None
    tail = view.text[q.end : view.clause_of(q.start)[1]]
    if not any(rx.search(view.text[: q.start]) for _s, rx in _STATUS_RE):
        for status, rx in _AFTER_RE:
            if rx.search(tail):
                return status
    text = view.text[: q.start]
    for status, rx in _STATUS_RE:
        for m in rx.finditer(text):
            cand = (m.end(), m.end() - m.start(), status)
            if best is None or cand[:2] > best[:2]:
                best = cand
    return best[2] if best else "operating"


_PLANT_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:plant|line|facility|factory|project)\b", re.I)
_MORE = re.compile(
    r"\b(?:a\s+further|another|an\s+additional|additional|a\s+second|the\s+rest|the\s+total|"
    r"the\s+remaining|total|the\s+other)\b[^.;\d]{0,25}$|\btotal\s+to\s*$",
    re.I,
)


#: A plant's design rate: "designed to produce approximately 6,000 t of NdPr oxide per
#: year", "built to process up to 60,000 tonnes of monazite a year", "sized to treat 1 Mt
#: of ore annually", "designed to process X of monazite a year and to produce Y of ...".
_DESIGNED = re.compile(
    r"\b(?:designed|built|engineered|sized|configured)\s+to\s+(?:[^.;]{0,90}?\band\s+to\s+)?"
    r"(?:\w+\s+){0,2}?"
    r"(?:produce|process|treat|make|separate|refine|handle|turn\s+out)\b"
    r"(?:\s+(?:up\s+to|about|around|approximately|roughly|some|as\s+much\s+as))?\s*$",
    re.I,
)


def designed(view: SentenceView, q: Quantity) -> bool:
    """Whether a tonnage is a design rate: "designed to produce N t of X per year"."""
    if q.dimension != "mass" or not _DESIGNED.search(view.text, max(0, q.start - 160), q.start):
        return False
    _a, b = view.clause_of(q.start)
    return bool(_ANNUAL.search(view.text, q.end, min(b, q.end + 50)))


#: A qualifier making a product group a part of it ("heavy rare earth oxides").
_PART_OF_GROUP = re.compile(r"\b(?:heavy|light|medium|mid-heavy|middle)[\s-]+$", re.I)


def extract(view: SentenceView, q: Quantity, st: DocState) -> list[Draft] | None:
    """A capacity figure: t/yr, or tonnes stated as annual capacity."""
    if q.dimension == "mass":
        a, b = view.clause_of(q.start)
        if not _ANNUAL.search(view.text[a:b]):
            return None
    elif q.dimension != "mass_rate":
        return None
    prod = product_after(view, q) or subject_before(view, q, view.products)
    subject = prod.id if prod is not None else None
    if prod is not None and _PART_OF_GROUP.search(view.text, max(0, prod.start - 12), prod.start):
        return []  # "750 tpa of heavy rare earth oxides": a part of the group, no one product
    if subject is None and (
        _MORE.search(view.text[max(0, q.start - 30) : q.start])
        or _PLANT_AFTER.match(view.text, q.end)
    ):
        subject = st.para_capacity_subject  # "A further 20,000 t/yr ...", "a 2,000 t/yr plant"
    if subject is None:
        return None
    entity = None
    if view.nearest_before(view.companies, q.start) is None:
        _a, b = view.clause_of(q.start)
        owner = view.first_after(view.companies, q.end, b)  # "a ... plant owned by X"
        entity = owner.id if owner is not None else None
    entity = entity or company_for(view, q, st, fallback_main=True)
    if entity is None:
        return None
    unit = "t/yr"
    scale = 1 if q.unit != "kg" else 1000
    value = q.value / scale
    high = None if q.high is None else q.high / scale
    return [
        Draft(
            "capacity",
            entity,
            subject,
            "capacity",
            None,
            value,
            unit,
            q,
            high=high,
            status=status_of(view, q),
            standing=True,
        )
    ]
