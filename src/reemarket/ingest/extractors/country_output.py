"""Mine output country by country, as statistical summaries tell it in prose.

USGS-style summaries and the wires that relay them list producers one clause at a time:
"World mine output rose to 390,000 t in 2025 (2024: 380,000 t). Australia held at
29,000 t. Burma slipped to 22,000 t from 27,000 t, while Thailand climbed to 4,800 t". The
country opening the clause holds the figure, ``world`` is the global total, and once a
paragraph has named mine output the bare country clauses that follow are output too.
Figures are in rare-earth-oxide equivalent unless a product is named (``total_reo``).

The earlier year comes three ways: a bracketed label ("(2024: 45,500 t)"), a ``from``
base after the level ("to 22,000 t from 27,000 t": the year before), and a flat verb
("unchanged from 2024", "steady at 29,000 t": the same figure the year before).
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Period, parse_period
from reemarket.errors import PeriodError
from reemarket.ingest import vocab
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors.comparison import shift_year
from reemarket.ingest.extractors.date_binding import bind_coarse
from reemarket.ingest.extractors.figure_words import bound_of
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.lexicon import COUNTRIES, DEMONYM_NAMES, DEMONYMS
from reemarket.ingest.numbers import Quantity

_WORLD = {"global": "global", "worldwide": "global"}
_NAMES = "|".join(
    re.escape(k)
    for k in sorted([*COUNTRIES, *_WORLD], key=len, reverse=True)
    if not k.startswith("world t")
)
#: A country (or the world) opening a clause: "Burma fell ...", "while Thailand rose ...".
_LEAD = re.compile(
    # "..., with China accounting for 240,000 t": a country bringing its share of the total
    rf"(?:^|[,;:]\s*|\b(?:while|whereas|and|but|with)\s+)"
    # "Production in Burma decreased to X from Y": the country the clause's output is of
    rf"(?:(?:mine\s+)?(?:production|output)\s+in\s+)?"
    # "The US was a distant second at 43,000 t": the capitalised abbreviation only
    rf"(?:the\s+)?(?P<c>{_NAMES}|(?-i:US))(?:'s)?\b(?!\s+(?:said|says|imported|exported))"
    # a country by its adjective before its output: "while Burmese output came to X"
    rf"|(?:^|[,;:]\s*|\b(?:while|whereas|and|but|with)\s+)(?-i:(?P<d>{DEMONYM_NAMES}))"
    rf"\s+(?:mine\s+)?(?:production|output|supply)\b",
    re.I,
)
_ABBREVIATIONS = {"us": "united_states"}
#: Country adjectives in any case ("Australian", "australian"), the two-letter US aside.
_ADJECTIVES = "|".join(
    sorted((re.escape(k) for k in DEMONYMS if len(k) > 4), key=len, reverse=True)
)
#: A source's estimate of one country's output, the figure right after it: "(the USGS)
#: puts Australian mine output at", "estimates India's mine production at", "pegs
#: Brazil's output at about". The country named there holds the figure, not one in the
#: source's own name ("the US Geological Survey").
_SOURCE_PUTS = re.compile(
    rf"\b(?:{vocab.alternation('holder', 'source_puts')})\s+(?:the\s+)?"
    rf"(?:(?P<c>{_NAMES}|(?-i:US))(?:['’]s)?|(?P<d>{_ADJECTIVES}))"
    r"\s+(?:mine\s+|mined\s+|mining\s+)?(?:output|production|supply)\s+(?:at|of)\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|an\s+estimated\s+)?$",
    re.I,
)
#: The world's total named right before the figure: "70 percent of the world's total of
#: 300,000 tons", "the global output of".
_WORLD_TOTAL = re.compile(
    r"\b(?:the\s+)?(?:world|global)(?:['’]s)?\s+(?:total|output|production|supply)"
    r"(?:\s+(?:of|at|was|stood\s+at))?\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    re.I,
)
#: The world's total as the whole a country's tonnage is part of: "270,000 t of the world's
#: estimated 390,000 t", "of the global total of".
_OF_WORLD = re.compile(
    r"\bof\s+(?:the\s+)?(?:world|global)(?:['’]s)?\s+(?:(?:estimated|total|combined)\s+)?"
    r"(?:total\s+(?:of\s+)?)?(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    re.I,
)
#: A country's part of a total, told as a share verb before its tonnage.
_ACCOUNTING = re.compile(r"\baccount(?:ed|s|ing)?\s+for\s+(?:about\s+|around\s+|some\s+)?$", re.I)
#: Words that make a clause about mine output ("world mine production", "mined", "output").
_MINE = re.compile(r"\b(?:mine[ds]?\b|mining\s+output|mine\s+(?:output|production|supply))", re.I)
#: A bracketed year label right before the figure: "(2024: 45,500 t)", "(2024 - 45,500 t".
_LABEL = re.compile(
    r"\(\s*(?:in\s+)?((?:19|20)\d{2})\s*[:=–—-]\s*(?:about\s+|an?\s+estimated\s+)?$"
)
#: A base right before the figure ("from 27,000 t", "down from", "versus", "against").
_FROM = re.compile(r"\b(?:from|versus|vs\.?|against|compared\s+with)\s+(?:about\s+)?$", re.I)
#: The same figure as the year before ("unchanged from 2024", "steady at", "flat at").
_FLAT = re.compile(r"\b(?:unchanged|steady|stable|flat|level|held|holding|unmoved)\b", re.I)
_FLAT_YEAR = re.compile(
    r"\b(?:unchanged|flat|level)\s+(?:from|on|with|against)\s+((?:19|20)\d{2})\b", re.I
)


def _lead(view: SentenceView, q: Quantity) -> tuple[str, int] | None:
    """The country opening the figure's clause, as (slug, position), or None."""
    put = _SOURCE_PUTS.search(view.text, max(0, q.start - 90), q.start)
    if put is not None:
        if put.group("d"):
            return DEMONYMS[put.group("d").lower()], put.start("d")
        name = put.group("c").lower()
        named = COUNTRIES.get(name) or _WORLD.get(name) or _ABBREVIATIONS.get(name)
        return (named, put.start("c")) if named is not None else None
    a, _b = view.clause_of(q.start)
    found = None
    for m in _LEAD.finditer(view.text, 0, q.start):
        found = m
    if found is None:
        return None
    if found.group("d"):
        slug: str | None = DEMONYMS.get(found.group("d").lower())
        return None if slug is None else (slug, found.start("d"))
    name = found.group("c").lower()
    slug = COUNTRIES.get(name) or _WORLD.get(name) or _ABBREVIATIONS.get(name)
    if slug is None:
        return None
    if any(found.end() <= c.start < q.start for c in view.companies):
        return None  # a company between the country and the figure holds it
    if found.start("c") < a and found.start("c") > 0:
        between = view.text[found.end() : q.start]
        if re.search(r"[.;]", between):
            return None
    return slug, found.start("c")


def applies(view: SentenceView, q: Quantity, st: DocState, tag: str | None) -> bool:
    """Whether a volume is a country's (or the world's) mine output."""
    if q.dimension != "mass":
        return False
    if tag not in (None, "production") and not (
        tag == "share" and _ACCOUNTING.search(view.text, max(0, q.start - 40), q.start)
    ):
        return False
    lead = _lead(view, q)
    if lead is None:
        return False
    if any(c.start < q.start for c in view.companies):
        return False
    if _MINE.search(view.text[: q.start]) or _MINE.search(view.text[q.end : q.end + 40]):
        return True
    return st.para_mine_output


def _period_of(view: SentenceView, q: Quantity, st: DocState) -> Period | None:
    """The figure's year: its own date, else the paragraph's main figure's."""
    period, dm = bind_coarse(view, q, st)
    if dm is not None and (
        (
            view.text[: dm.start].rstrip().endswith("(")
            and re.match(r"\s*[:=]", view.text[dm.end :]) is not None
        )
        or (dm.start > q.start and _FLAT_YEAR.search(view.text) is not None)
    ):
        dm = None  # a bracketed label's year, or the base of "unchanged from 2024"
    if dm is None:
        return st.para_main or period
    return period


def extract(view: SentenceView, q: Quantity, st: DocState, prev: Draft | None) -> list[Draft]:
    """The country's output, and the earlier year's when the clause gives it."""
    lead = _lead(view, q)
    if lead is None:
        return []
    entity, _pos = lead
    if _MINE.search(view.text):
        st.para_mine_output = True
    prod = view.nearest_before(view.products, q.start) or view.first_after(
        view.products, q.end, min(len(view.text), q.end + 30)
    )
    # "mined 210,000 tons of rare earths": a country's output is counted as oxide
    subject = "total_reo" if prod is None or prod.id in ("re_oxides", "rare_earths") else prod.id
    if _WORLD_TOTAL.search(view.text, max(0, q.start - 60), q.start) or _OF_WORLD.search(
        view.text, max(0, q.start - 60), q.start
    ):
        entity = "global"  # "some 60 percent of a world total of 350,000 tons"
    before = view.text[max(0, q.start - 40) : q.start]
    label = _LABEL.search(before)
    if label is not None:
        try:
            period: Period | None = parse_period(label.group(1))
        except (ValueError, PeriodError):
            return []
        if prev is not None and prev.kind == "production":
            entity = prev.entity
        return [_draft(entity, subject, period, q.value, q, view)]
    if _FROM.search(before) and prev is not None and prev.kind == "production":
        return [_draft(prev.entity, prev.subject, shift_year(prev.period), q.value, q, view)]
    period = _period_of(view, q, st)
    if period is None:
        return []
    st.para_main = period
    out = [_draft(entity, subject, period, q.value, q, view)]
    a, b = view.clause_of(q.start)
    rest = view.text[a:b]
    flat_year = _FLAT_YEAR.search(rest)
    if flat_year is not None or _FLAT.search(view.text[max(a, q.start - 30) : q.start]):
        earlier = shift_year(period)
        if earlier is not None:
            out.append(_draft(entity, subject, earlier, q.value, q, view))
        if flat_year is not None:  # "unchanged from 2024": a zero change too
            out.append(_draft(entity, subject, period, 0.0, q, view, "production_yoy_pct", "%"))
    return out


def _draft(
    entity: str,
    subject: str,
    period: Period | None,
    value: float,
    q: Quantity,
    view: SentenceView,
    metric: str = "production",
    unit: str = "",
) -> Draft:
    return Draft(
        "production",
        entity,
        subject,
        metric,
        period,
        value,
        unit or q.unit,
        q,
        bound=bound_of(view, q),
    )
