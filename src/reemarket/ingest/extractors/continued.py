"""A sentence that goes on about the figure the sentence before it gave.

"Exports in March came to 4,310 tonnes. That was 12.5% more than in February, but 3.2% less
than in March 2024." A sentence led by a pointer to that figure ("That was", "This is",
"It was", "The mining figure is") names no goods and no measure of its own: its changes
are the figure's changes, each against the base its own words name (month on month, year on
year), and a tonnage it sets them against ("than last year's total of 255,000 tonnes") is
the same series' base. Volumes, quotas, results and demand indicators all read it so; a
count with no unit ("production reached 12.9 million units") still gives its sector's
change. Chinese sentences say it with 同比/环比 after the figure, which the Chinese rules read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reemarket.domain.periods import Period
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors import demand
from reemarket.ingest.extractors.comparison import cmp_of, cumulative, shift_year
from reemarket.ingest.extractors.date_binding import bind_coarse
from reemarket.ingest.extractors.figure_words import if_consequence
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.numbers import Quantity

#: The kinds whose figure a later sentence may go on about.
_KINDS = ("trade", "production", "quota", "financial", "demand")
#: The kinds whose change is only told against the year before.
_YOY_ONLY = ("quota", "financial", "demand")

#: The pointer leading the sentence, and its verb: "That was", "This is", "It was", "The
#: mining figure is", "The total represents".
_LEAD = re.compile(
    r"\s*(?:that|this|it|the\s+(?:[\w'’-]+\s+){0,2}?(?:figure|total|tally|number|amount|"
    r"result|level|volume|tonnage|allowance|allocation))\s+"
    r"(?:was|is|were|are|represents|represented|marks|marked|stood|came)\b",
    re.I,
)
#: The comparative after a percent, which gives its sign: "6.4% more than", "3.1% less than".
_COMPARATIVE = re.compile(
    r"\s*(?P<dir>more|higher|above|greater|up|less|lower|below|fewer|down)\b", re.I
)
_SHARE_OF = re.compile(r"\s*of\b", re.I)
_DOWN = frozenset(("less", "lower", "below", "fewer", "down"))
#: What leads a base tonnage: "than last year's total of", "from", "against".
_BASE_LEAD = re.compile(
    r"\b(?:than|from|against|compared\s+(?:with|to))\b[^,;\d]{0,40}$",
    re.I,
)
#: A count figure's words in a demand sentence: "12.9 million units", "3.2 million vehicles".
_COUNT = re.compile(r"\s*(?:million|mn|m|thousand)?\s*(?:units|vehicles|cars|turbines)\b", re.I)
_PRODUCED = re.compile(r"\b(?:production|output|produced|made|built)\b", re.I)
_SOLD = re.compile(r"\b(?:sales|sold|deliveries|delivered)\b", re.I)


@dataclass(slots=True)
class Said:
    """The figures of the last sentence that gave some, in the paragraph ``paragraph``.

    ``drafts`` are its volumes, quotas, results and demand levels (not percents); when it
    gave none, ``count`` is a sector's count in it ("12.888 million units") and ``view``
    that sentence, for the change a pointer sentence tells of it.
    """

    paragraph: int
    drafts: tuple[Draft, ...]
    view: SentenceView | None = None
    count: Quantity | None = None


def remember(view: SentenceView, st: DocState, found: list[Draft]) -> None:
    """Keep the figures of a sentence with digits, for a pointer sentence after it."""
    if _LEAD.match(view.text):
        return  # a pointer sentence goes on about the same figure
    drafts = tuple(
        d
        for d in found
        if d.kind in _KINDS
        and d.unit != "%"
        and not d.metric.endswith("_pct")
        and d.period not in st.base_periods
    )
    count = None
    if not drafts:
        count = next(
            (q for q in view.qtys if q.dimension == "bare" and _COUNT.match(view.text, q.end)),
            None,
        )
    st.last_said = Said(view.paragraph, drafts, view if count else None, count)


def _base_draft(view: SentenceView, said: Said) -> Draft | None:
    """The figure the pointer sentence is about: the one whose goods it names, else the first."""
    named = {m.id for m in (*view.products, *view.quota_types, *view.sectors)}
    for d in said.drafts:
        if d.subject in named:
            return d
    return said.drafts[0] if said.drafts else None


def _sign(view: SentenceView, q: Quantity) -> int:
    """The direction of a percent: its sign, its direction word, else its comparative."""
    if q.signed:
        return 1
    near = view.sign_near(q)
    if near:
        return near
    m = _COMPARATIVE.match(view.text, q.end)
    if m is None:
        return 0
    return -1 if m.group("dir").lower() in _DOWN else 1


def _adjacent(view: SentenceView, st: DocState, said: Said) -> bool:
    """Whether the pointer sentence follows the figures in their paragraph or opens the next."""
    if said.paragraph == view.paragraph:
        return True
    return said.paragraph == view.paragraph - 1 and st.para_lead == view.text


def applies(view: SentenceView, st: DocState) -> bool:
    """Whether the sentence points to the figures of the last sentence that gave some."""
    said = st.last_said
    if said is None or not view.qtys or _LEAD.match(view.text) is None:
        return False
    if view.qtys[0].dimension != "percent" and _EARLIER.match(view.text) is None:
        return False  # "The December figure was 4,396 t, 8.6% below ...": a figure of its own
    return _adjacent(view, st, said)


def extract(view: SentenceView, q: Quantity, st: DocState) -> list[Draft] | None:
    """The drafts of a figure in a pointer sentence, else None (the figure is read as usual)."""
    said = st.last_said
    if said is None or not applies(view, st):
        return None
    if q.dimension not in ("percent", "mass", "money") or if_consequence(view, q):
        return None
    if said.count is not None and said.view is not None:
        return _count_change(view, q, st, said.view, said.count)
    base = _base_draft(view, said)
    if base is None:
        return None
    if q.dimension == "mass":
        return _base_volume(view, q, base)
    if q.dimension == "money":
        return _earlier_result(view, q, base)
    sign = _sign(view, q)
    if sign == 0 or _SHARE_OF.match(view.text, q.end):
        return None  # "That is 12% of world supply": a share, no change
    cmp = cmp_of(view, q, base.period)
    if cmp is None and base.period is not None and cumulative(base.period):
        cmp = "yoy"  # "That was 6.8% more than a year earlier" of a year's imports
    if cmp is None or (base.kind in _YOY_ONLY and cmp != "yoy"):
        return None
    value = -q.value if sign < 0 and not q.signed else q.value
    return [base.derive(f"{base.metric}_{cmp}_pct", value, "%", q)]


def _base_volume(view: SentenceView, q: Quantity, base: Draft) -> list[Draft] | None:
    """A tonnage the pointer sentence sets the figure against: the series' earlier value.

    "The separation figure is 4.2% above the previous year's total of 210,000 tonnes": the
    quota of the year before; a date named just before the tonnage gives its period.
    """
    if base.unit != "t" or not _BASE_LEAD.search(view.text, max(0, q.start - 50), q.start):
        return None
    own = [d for d in view.dates if q.start - 30 <= d.start and d.end <= q.start]
    period: Period | None = own[-1].period if own else None
    if period is None or period == base.period:
        period = shift_year(base.period)
    twin = base.derive(base.metric, q.value, "t", q)
    twin.period = period
    return [twin]


#: A pointer to the year before the figure's: "The previous year's result", "The
#: year-earlier figure", "Last year's total".
_EARLIER = re.compile(
    r"\s*(?:the\s+)?(?:previous|prior|preceding|last|year[\s-]earlier|year[\s-]ago)\b", re.I
)


def _earlier_result(view: SentenceView, q: Quantity, base: Draft) -> list[Draft] | None:
    """A sum the pointer sentence gives for the year before: the same result then.

    "Net profit was A$51 million for the year to June. The prior year's figure was
    A$306.0 million": net profit of the fiscal year before.
    """
    if base.kind != "financial" or base.unit == "%" or not _EARLIER.match(view.text):
        return None
    if any(o.dimension == "money" and o.end <= q.start for o in view.qtys):
        return None  # the first sum only
    twin = base.derive(base.metric, q.value, base.unit, q)
    twin.period = shift_year(base.period)
    return [twin]


def _count_change(
    view: SentenceView, q: Quantity, st: DocState, before: SentenceView, count: Quantity
) -> list[Draft] | None:
    """The year-on-year change of a sector's count told in the sentence before.

    "NEV production reached 12.9 million units in 2024. That was 34% more than the year
    before.": NEV production's change in 2024 (the count itself is no fact).
    """
    if q.dimension != "percent" or (sign := _sign(view, q)) == 0:
        return None
    sector = demand.sector_for(before, count)
    entity = demand.entity_for(before)
    lead = before.text[: count.start]
    produced = [m.end() for m in _PRODUCED.finditer(lead)]
    sold = [m.end() for m in _SOLD.finditer(lead)]
    if sector is None or entity is None or not (produced or sold):
        return None
    metric = "production" if max(produced, default=-1) > max(sold, default=-1) else "sales"
    period, _dm = bind_coarse(before, count, st)
    cmp = cmp_of(view, q, period)
    if cmp not in ("yoy", None) or period is None or (cmp is None and not cumulative(period)):
        return None
    value = -q.value if sign < 0 and not q.signed else q.value
    return [Draft("demand", entity, sector, f"{metric}_yoy_pct", period, value, "%", q)]
