"""What a figure is compared with: yoy, mom, qoq or wow, a year-ago base, the same period a year away."""

from __future__ import annotations

import re

from reemarket.domain.periods import Granularity, Period, parse_period
from reemarket.errors import PeriodError
from reemarket.ingest import vocab
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors.bases import result_base, than_base
from reemarket.ingest.extractors.date_binding import base_date, ref_after
from reemarket.ingest.fastre import Folded
from reemarket.ingest.numbers import Quantity

#: Comparison words per base (data/vocab/en.toml, [comparison]), nearest words first.
_CMP = [
    (key, rf"\b(?:{vocab.alternation('comparison', key)})\b")
    for key in ("yoy", "mom", "qoq", "wow")
]
_CMP_RE = re.compile("|".join(f"(?P<{c}>{p})" for c, p in _CMP), re.I)
_CMP_F = Folded(_CMP_RE)


_SAME_OF = re.compile(r"\bsame\s+(?:period|quarter|month|half|week)\s+(?:of|in|a)\s+$", re.I)


_PREVIOUS_YEAR = re.compile(
    r"\b(?:than|from|on|over) (?:the )?(?:previous|last|prior) year\b|\bprevious year's\b", re.I
)


#: What may stand between a figure and its own comparison: a comparative ("11.8% more than
#: in the same month last year"), nothing else.
_OWN_WORDS = re.compile(r"[\s,]*(?:(?:more|less|higher|lower|above|below)\s+)?", re.I)


def _sequential(m: re.Match[str], anchor: Period | None) -> str | None:
    """The comparison a matched word names; "sequentially" is the figure's own period before.

    "up 19% sequentially" of a quarter's output is quarter on quarter, of a month's month on
    month (the word is filed under ``mom`` in en.toml).
    """
    if (
        m.lastgroup == "mom"
        and m.group().lower().startswith("sequential")
        and anchor is not None
        and not anchor.is_span
        and anchor.granularity is Granularity.QUARTER
    ):
        return "qoq"
    return m.lastgroup


def cmp_of(view: SentenceView, q: Quantity, anchor: Period | None) -> str | None:
    """yoy, mom, qoq, wow or None: what a percentage is compared with (nearest words first)."""
    a, b = view.clause_of(q.start)
    nxt = min([o.start for o in view.qtys if o.start > q.start] + [b, q.end + 60])
    prev_end = max([o.end for o in view.qtys if o.end <= q.start], default=-1)
    prv = max(prev_end, a, q.start - 40)
    cmp_re, hay = _CMP_F.pick(view.text, view.low)
    first = cmp_re.search(hay[q.end : nxt])
    if first is not None:
        return _sequential(first, anchor)
    before = hay[prv : q.start]
    found = list(cmp_re.finditer(before))
    if (
        len(found) == 1
        and prev_end >= a
        and _OWN_WORDS.fullmatch(hay, prev_end, prv + found[0].start()) is not None
    ):
        # "up 9.2% y/y and 3.8% more than in December", "11.8% more than in the same month
        # last year and up 4.3% from October": the comparison is the figure before's
        found = []
    if found:
        return found[-1].lastgroup
    after = view.text[q.end : nxt]
    before = view.text[prv : q.start]
    around = before + " " + after
    nxt_q = next((o for o in view.qtys if o.start > q.end and o.start <= q.end + 25), None)
    if (
        nxt_q is not None
        and anchor is not None
        and (result_base(view, nxt_q) or than_base(view, nxt_q))
    ):
        own = base_date(view, nxt_q)  # "up 6% on the 2,410 tonnes made in the June quarter"
        if own is not None and own.period is not None:
            return gap_cmp(own.period, anchor)
    if (
        nxt_q is not None
        and anchor is not None
        and _THAN_FIGURE.match(view.text, q.end, nxt_q.start)
        and (own := base_date(view, nxt_q)) is not None
        and own.period is not None
        and (by_gap := gap_cmp(own.period, anchor)) is not None
    ):
        return by_gap  # "30% less than the 5,800 t shipped in August"
    if (
        nxt_q is not None
        and anchor is not None
        and _POSSESSIVE_BASE.match(view.text, q.end, nxt_q.start)
        and (by_gap := _named_gap(view, q.end, nxt_q.start, anchor)) is not None
    ):
        return by_gap  # "up 8% on the December quarter's 2,100 t", "down 5% from May's 4,650 t"
    if nxt_q is not None and _THAN_FIGURE.match(view.text, q.end, nxt_q.start):
        # "6% more than the 1,085t of NdPr made in the previous quarter": the base's words
        tail = hay[nxt_q.end : min(b, nxt_q.end + 60)]
        after_base = cmp_re.search(tail)
        if after_base is not None:
            return after_base.lastgroup
        last = _LAST_UNIT.search(tail)
        if last is not None:
            return _UNIT_CMP[last.group(1).lower()]
    ref = ref_after(view, q)
    if ref is not None and ref.period is not None and anchor is not None:
        rp, ap = ref.period, anchor
        if (
            rp.granularity is Granularity.MONTH
            and ap.granularity is Granularity.MONTH
            and not rp.is_span
        ):
            months = (ap.start.year - rp.start.year) * 12 + ap.start.month - rp.start.month
            if months == 1:
                return "mom"
            if months == 12:
                return "yoy"
        if (
            rp.granularity is Granularity.QUARTER
            and ap.granularity is Granularity.QUARTER
            and gap_cmp(rp, ap) == "qoq"
        ):
            return "qoq"  # "12% more than in the second quarter" of a third-quarter figure
        if rp.start.year == ap.start.year - 1 and rp.granularity == ap.granularity:
            return "yoy"
        if (
            rp.granularity is Granularity.YEAR
            and rp.start.year == ap.start.year - 1
            and _SAME_OF.search(view.text, max(0, ref.start - 30), ref.start)
        ):
            return "yoy"  # "21.5% above the same quarter of 2023"
    if _PREVIOUS_YEAR.search(around):
        return "yoy"
    return None


#: A base figure after its period's possessive: "on the September quarter's 245 t", "from May's".
_POSSESSIVE_BASE = re.compile(
    r"\s+(?:on|from|over|against|versus|vs\.?)\s+(?:the\s+)?[^,;%]{2,30}?['’]s\s+"
    r"(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)


def _named_gap(view: SentenceView, start: int, end: int, anchor: Period) -> str | None:
    """yoy, qoq or mom from the one period named between ``start`` and ``end``."""
    named = [d for d in view.dates if start <= d.start and d.end <= end and d.period is not None]
    if len(named) != 1 or named[0].period is None:
        return None
    return gap_cmp(named[0].period, anchor)


#: The period just before, named after a base figure: "(made) in the previous quarter".
_LAST_UNIT = re.compile(
    r"\b(?:in|during|over|for)\s+the\s+(?:previous|prior|preceding)\s+(quarter|month|year|week)\b",
    re.I,
)
_UNIT_CMP = {"quarter": "qoq", "month": "mom", "year": "yoy", "week": "wow"}


#: A comparative percentage followed by the figure it is measured against.
_THAN_FIGURE = re.compile(
    r"\s*(?:(?:less|more|lower|higher|fewer|below|above)\s+)?(?:than|from|on)\s+(?:the\s+)?"
    r"(?:about\s+|around\s+)?$",
    re.I,
)


def gap_cmp(base: Period, anchor: Period) -> str | None:
    """yoy, qoq or mom from how far a base period lies before the figure's period."""
    if base.granularity is not anchor.granularity or base.is_span != anchor.is_span:
        return None
    months = (anchor.start.year - base.start.year) * 12 + anchor.start.month - base.start.month
    if months == 12:
        return "yoy"
    if months == 3 and base.granularity is Granularity.QUARTER:
        return "qoq"
    if months == 1 and base.granularity is Granularity.MONTH and not base.is_span:
        return "mom"
    return None


_BASE_LEAD = re.compile(
    r"\b(?:compared\s+(?:with|to)|from|versus|vs\.?|against|than|revers(?:ing|ed)"
    # a multiple of the base: "nearly triple the 194 t", "twice the", "three times the"
    r"|double|triple|quadruple|twice|(?:two|three|four|five)\s+times)\s*"
    r"(?:the\s+|an?\s+)?(?:(?:(?:net|recurring)\s+)?(?:loss|profit|income)\s+of\s+)?(?:about|around)?\s*$",
    re.I,
)
_YEAR_AGO = re.compile(
    # the base's own verb, in a relative clause with its subject or not: "the 70 t made a
    # year earlier", "the 70 t it turned out a year earlier", "the $9m that they lost"
    r"^\s*(?:(?:that|which)\s+)?(?:(?:it|they|the\s+(?:company|group|miner|producer))\s+)?"
    r"(?:had\s+)?(?:(?:booked|reported|recorded|posted|earned|generated|made|lost|sold|"
    r"[a-z]+ed)(?:\s+(?:out|up|in)(?=\s))?\s+)?"
    r"(?:in\s+|for\s+)?(?:the\s+)?(?:a\s+year\s+(?:earlier|ago|before)|same\s+(?:period|quarter|"
    r"month|half)\s+(?:of\s+|in\s+|a\s+year\s+)?(?:last|the\s+previous|the\s+prior|a)\s+year|"
    r"same\s+period\s+(?:a\s+year\s+)?(?:earlier|ago)|prior[- ]year\s+(?:period|quarter)|"
    r"previous\s+year|last\s+year|year\s+earlier|year\s+before(?!\s+last))",
    re.I,
)


def shift_year(period: Period | None, years: int = -1) -> Period | None:
    """The same period ``years`` years away ("2025-Q3" -> "2024-Q3")."""
    if period is None:
        return None
    text = re.sub(r"(?<!\d)(\d{4})(?!\d)", lambda m: str(int(m.group(1)) + years), str(period))
    try:
        return parse_period(text)
    except (ValueError, PeriodError):
        return None


#: A base's period named as the main one's in a given year: "in the same period of 2024",
#: "for the same quarter in 2023", "in the same ten months of 2024".
_SAME_PERIOD_OF = re.compile(
    r"[\s,]*(?:in\s+|for\s+|during\s+|over\s+)?the\s+same\s+(?:[\w-]+\s+)?"
    r"(?:period|quarter|months?|half|weeks?|time)\s+(?:of|in)\s+(?P<y>(?:19|20)\d\d)(?!\d)",
    re.I,
)


def comparison_base(view: SentenceView, q: Quantity) -> str | None:
    """'year_ago' for "compared with X a year earlier", 'other' for another base, else None.

    "against X in the same period of 2024" is 'year_ago' too: :func:`year_ago_period` then
    gives the year it names.
    """
    if not _BASE_LEAD.search(view.text[max(0, q.start - 40) : q.start]) and not result_base(
        view, q
    ):
        return None
    if _SAME_PERIOD_OF.match(view.text, q.end):
        return "year_ago"
    return "year_ago" if _YEAR_AGO.match(view.text[q.end : q.end + 50]) else "other"


def year_ago_period(view: SentenceView, q: Quantity, main: Period | None) -> Period | None:
    """The period of a base told a year away from the main figure's period ``main``.

    "..., against 41,000 t in the same period of 2024": ``main`` in 2024, the year named;
    "compared with X a year earlier": ``main`` a year back.
    """
    m = _SAME_PERIOD_OF.match(view.text, q.end)
    if m is None or main is None:
        return shift_year(main)
    return shift_year(main, int(m.group("y")) - main.start.year)


def cumulative(period: Period) -> bool:
    """A span of months, a quarter or a year: a bare change is then against a year before.

    A single month may be compared either way (SMM's monthly output is month-on-month).
    """
    return period.is_span or period.granularity in (Granularity.QUARTER, Granularity.YEAR)
