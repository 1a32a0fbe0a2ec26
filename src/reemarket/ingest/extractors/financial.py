"""Company results.

Company results: "revenue of 7.41 billion yuan, 12% higher than a year ago", "profit
attributable to owners of the parent of 215 million yuan", "net profit excluding one-off
items", "operating cash flow", "pre-tax profit of 1.2 billion yuan".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from reemarket.domain.companies import profiles
from reemarket.domain.periods import Granularity, Period, parse_period
from reemarket.errors import PeriodError
from reemarket.ingest import trace, vocab
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.dates import DateMention
from reemarket.ingest.extractors.comparison import (
    comparison_base,
    gap_cmp,
    shift_year,
    year_ago_period,
)
from reemarket.ingest.extractors.date_binding import base_date, bind_coarse, bracket_labelled
from reemarket.ingest.extractors.figure_words import sentence_dollar, signed
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.extractors.subjects import company_for
from reemarket.ingest.numbers import Quantity
from reemarket.ingest.startwords import Prechecked

METRICS = {
    "revenue": "revenue",
    "net_profit": "net_profit_attributable",
    "recurring": "net_profit_attributable_recurring",
    "total_profit": "total_profit",
    "cash_flow": "operating_cash_flow",
}


#: Someone else's estimate of a company's result (a company's own preliminary estimate of a
#: finished year stays a result).
_THIRD_PARTY_VIEW = Prechecked(
    re.compile(
        r"(?:\b(?:analysts?|brokerages?|brokers?|economists?|consensus)\b[^.;]{0,50}?"
        r"\b(?:expect|forecast|predict|estimate|see|project)\w*"
        # an analyst's own model: "our forecasts assume 2025 net profit of ..."
        r"|\bour\s+(?:forecasts?|estimates?|models?|projections?)\s+(?:assume|imply|put|see)\w*"
        # a forecast told as a participle clause: "..., forecasting net profit of about X"
        r"|,\s*(?:forecasting|predicting|projecting|expecting|estimating)(?=\s+[^.;]{0,40}$)"
        # the writer revising its own numbers: "We raise our FY26E net profit by 10%"
        r"|\bwe\s+(?:raise|lift|cut|lower|trim|revise)\b)"
        r"\b[^.;]{0,70}$",
        re.I,
    )
)


#: An estimate verb leading a result figure in its clause, whoever makes the estimate.
_ESTIMATE_LEAD = Prechecked(
    re.compile(
        r"\b(?:estimat|expect|forecast|predict|project|anticipat|guid)(?:es|e|s|ed|ing)?\b"
        r"[^.;]{0,70}$",
        re.I,
    )
)

#: A whole year told without its number ("full-year", "this year", "for the year").
_UNNAMED_YEAR = re.compile(
    r"\b(?:full[-\s]year|this\s+year|the\s+(?:whole|full|current)\s+year|annual)\b", re.I
)


def _estimate_ahead(view: SentenceView, q: Quantity, st: DocState) -> bool:
    """Whether a result figure is an estimate of a year not yet over at publication.

    "Our house estimates full-year net profit of about RMB 300 million" in an August note,
    "the company expects 2026 revenue of A$900m": an outlook, whoever makes it. A company's
    own preliminary estimate of a finished period ("expects 2024 net profit of X" in a
    January notice, an unnamed full year in the first quarter after it) stays a result, and
    so does a preliminary notice of a quarter ("expects Q1 net profit of X" in March).
    """
    lead = _ESTIMATE_LEAD.search(view.text, max(0, q.start - 110), q.start)
    pub = st.dates.published
    if lead is None or pub is None:
        return False
    clause = (lead.start(), q.end + 30)
    named = [
        m.period
        for m in view.dates
        if m.period is not None and clause[0] <= m.start < clause[1] and not m.is_ref
    ]
    if named:  # a year (calendar or fiscal) still running; a quarter's notice stays a result
        return all(p.end > pub and p.days >= 300 for p in named)
    return pub.month > 3 and bool(_UNNAMED_YEAR.search(view.text, clause[0], clause[1]))


def extract(
    view: SentenceView, q: Quantity, st: DocState, tag: str, cmp: str | None
) -> list[Draft] | None:
    """A result figure or its year-on-year change."""
    if tag == "net_profit" and (
        _excluding_recurring(view, q) or _EXCLUDING_LEAD.match(view.text, 0, q.start)
    ):
        tag = "recurring"  # "Excluding one-off items, net profit came to ..."
    if _THIRD_PARTY_VIEW.search(view.text, max(0, q.start - 120), q.start):
        trace.veto("outlook", (q.start, q.end), "financial")
        return None  # "analysts expect full-year net profit to pass 1.5 billion yuan"
    if _estimate_ahead(view, q, st):
        trace.veto("outlook", (q.start, q.end), "financial")
        return None  # "The desk estimates full-year net profit of about X" in mid-year
    metric = METRICS[tag]
    entity = company_for(view, q, st, fallback_main=True)
    if entity is None or _segment(view, q):
        return None
    period, dm = bind_coarse(_without_other_labels(view, q), q, st)
    loss = _is_loss(view, q)
    if q.dimension == "percent":
        if loss:
            return None  # "the net loss narrowed 20%": not a change of profit
        if view.text[q.end : q.end + 6].strip().startswith("of"):
            return None
        if cmp not in ("yoy", None):
            return None
        period = fiscal_span(
            view,
            dm,
            # "Revenue slipped 7.3% to A$254.3m, from A$274.2m in the December half of 2023":
            # the change is of the period a year after its base's
            st.figure_period(period, dm, entity) or _year_after_base(view, q, st),
            entity,
            st,
        )
        if not_yoy(pct_base_period(view, q), period):
            return None  # "up 52% on the March quarter" of a June-quarter figure: q/q
        sign = view.sign_near(q)
        value = signed(q.value, q, sign)
        high = None if q.high is None else signed(q.high, q, sign)
        return [
            Draft(
                "financial",
                entity,
                "",
                f"{metric}_yoy_pct",
                period,
                value,
                "%",
                q,
                high=high,
                date_mention=dm,
            )
        ]
    if q.dimension != "money":
        return None
    if _PER_SHARE.search(view.text, max(0, q.start - 50), q.start) or _PER_SHARE_AFTER.match(
        view.text, q.end
    ):
        trace.veto("per_share", (q.start, q.end), "financial")
        return []  # "basic earnings per share were 0.43 yuan": not the company's total
    if _conversion(view, q):
        trace.veto("conversion", (q.start, q.end), "financial")
        return []  # "CNY291 million (USD40.1 million)": the bracket converts the reported sum
    if _product_amount(view, q):
        return []  # "the oxide had eased to 366,300 yuan, a loss of 3,500 yuan": a price move
    low, high_q = _range_ends(view, q)
    if low is None:
        trace.veto("range_end", (q.start, q.end), "financial")
        return []  # the upper end of "RMB 2.1 billion to RMB 2.4 billion", read with the lower
    unit = sentence_dollar(view, q, st.dollar)
    negative = (
        loss
        or bool(_NEGATIVE.search(view.text[max(0, low.start - 12) : low.start]))
        or (tag == "cash_flow" and _outflow(view, q))
    )
    value = -abs(low.value) if negative else low.value
    top = high_q.value if high_q is not None else q.high
    high = None if top is None else (-abs(top) if negative else top)
    base = comparison_base(view, q)
    if base is not None:  # "compared with A$170.8 million a year earlier"
        main = [o for o in view.qtys if o.end <= q.start and o.dimension == "money"]
        own = base_date(view, q)
        mine = bind_coarse(view, main[-1], st)[0] if main else None
        if (
            base == "other"
            and own is not None
            and own.period is not None
            and (fiscal := _fiscal_base(own.period, mine)) is not None
        ):
            # "rose 20% to A$556.5m for the year to June 30, against A$463.3m in 2024": the
            # bare year of a fiscal year's base is the fiscal year ending in it
            period, dm = fiscal, own
        elif base == "other" and own is not None and own.period is not None:
            # "compared with RMB 1.5 billion in H1 2024"; "down from A$84.5 million in fiscal
            # 2024" is that company's fiscal year
            period, dm = fiscal_span(view, own, own.period, entity, st), own
        elif base == "other" and own is None and shift_year(mine) in st.base_periods:
            # "The net loss shrank to $12.4 million from $18.7 million" after a sentence
            # comparing with a year earlier: the bare base is that year-ago period too
            period, dm = shift_year(mine), None
        elif base == "other" or not main:
            return []
        else:
            # "annual net profit of A$8 million, down from A$84.5 million a year earlier":
            # the year before the main figure's own period (a fiscal year stays fiscal)
            mine = _figure_period(view, main[-1], entity, st)
            period, dm = year_ago_period(view, q, mine), None
        if period is None:
            return []
        st.base_periods.append(period)
    else:
        if dm is not None and _base_owns_date(view, q, dm):
            period, dm = None, None  # "a net loss of $22.6m, wider than the $16.5m it lost in Q1"
        period = st.figure_period(period, dm, entity) or _year_after_base(view, q, st)
        period = fiscal_span(view, dm, period, entity, st)
        if dm is not None and period is not None:
            st.note_main(entity, period)
    return [
        Draft("financial", entity, "", metric, period, value, unit, q, high=high, date_mention=dm)
    ]


def _fiscal_base(named: Period, main: Period | None) -> Period | None:
    """The fiscal year before ``main`` when a base names its closing calendar year, else None."""
    if (
        main is None
        or not main.is_span
        or main.end.month == 12
        or (main.end - main.start).days < 300
        or named.is_span
        or named.granularity is not Granularity.YEAR
        or named.start.year != main.end.year - 1
    ):
        return None
    return shift_year(main)


def _base_owns_date(view: SentenceView, q: Quantity, dm: DateMention) -> bool:
    """Whether the date after a main sum belongs to a comparison base between them.

    "It booked a net loss of $22.6 million, wider than the $16.5 million it lost in the
    first quarter of 2024": the quarter is the base's, not the main figure's.
    """
    return dm.start > q.end and any(
        o.dimension == "money" and q.end <= o.start < dm.start and comparison_base(view, o)
        for o in view.qtys
        if o is not q
    )


def _figure_period(view: SentenceView, q: Quantity, entity: str, st: DocState) -> Period | None:
    """The period a sentence's main money figure is reported for, fiscal years resolved."""
    period, dm = bind_coarse(view, q, st)
    period = st.figure_period(period, dm, entity)
    return fiscal_span(view, dm, period, entity, st)


_FY = re.compile(r"\s*(?:FY|fiscal(?:\s+year)?|financial\s+year)\s*'?\d", re.I)
#: A bare "annual" ("a 90% drop in annual profit"): a company's whole reporting year.
_ANNUAL_WORD = re.compile(r"annual|full[\s-]year|yearly", re.I)
_FY_BEFORE = re.compile(r"(?:\bFY|\bfiscal(?:\s+year)?|\bfinancial\s+year)\s*'?$", re.I)
#: A year named before the words "financial year" ("for the 2025 financial year").
_FY_AFTER = re.compile(r"\s+(?:fiscal|financial)\s+year\b", re.I)


def fiscal_span(
    view: SentenceView,
    dm: DateMention | None,
    period: Period | None,
    entity: str,
    st: DocState,
) -> Period | None:
    """A fiscal year named as such ("FY2025", "fiscal 2025") as its months, by the company.

    A company whose year ends on 30 June calls July 2024 - June 2025 "FY2025"; one whose
    year is the calendar year keeps the calendar year. An undated figure after it in the
    paragraph takes that fiscal year too.
    """
    if dm is not None and dm.kind == "fyq" and period is not None:
        return _fiscal_part(period, entity)
    if dm is not None and dm.kind == "half" and not any(c.isdigit() for c in dm.text):
        return _bare_fiscal_half(dm, period, entity, st)
    if period is None or period.granularity is not Granularity.YEAR or period.is_span:
        return period
    main = st.para_main
    if dm is None:
        if (
            main is not None
            and main.is_span
            and main.end.year == period.start.year
            and main.end.month != 12
            and (main.end - main.start).days > 300
        ):
            return main  # "... for FY2025. Net profit after tax fell 90.5% ..."
        # a bullet under the results, a paragraph on: the company's fiscal year last reported
        return st.fiscal_main(entity, period.start.year) or period
    annual = dm.kind == "rel_year" and _ANNUAL_WORD.fullmatch(dm.text.strip()) is not None
    if (
        not annual
        and not _FY.match(view.text, dm.start)
        and not _FY_BEFORE.search(view.text, max(0, dm.start - 16), dm.start)
        and not _FY_AFTER.match(view.text, dm.end)
    ):
        return period
    profile = next((p for p in profiles() if entity in p.entities), None)
    pub = st.dates.published
    if profile is None or profile.fiscal_year_end[0] == 12:
        if annual and pub is not None and period.start.year >= pub.year:
            return Period.year(pub.year - 1)  # "annual profit" told mid-year: last year's
        return period
    month = profile.fiscal_year_end[0]
    year = period.start.year
    if annual and pub is not None:  # "annual profit": the last fiscal year ended by then
        year = pub.year if pub.month > month else pub.year - 1
    start = f"{year - 1}-{month % 12 + 1:02d}" if month != 12 else f"{year}-01"
    try:
        return parse_period(f"{start}/{year}-{month:02d}")
    except (ValueError, PeriodError):
        return period


_PER_SHARE = re.compile(
    r"\b(?:(?:earnings|profit|income|loss|dividends?|book\s+value)\s+per\s+(?:share|unit)|"
    r"eps)\b[^.;,]{0,30}$",
    re.I,
)
_OPEN = re.compile(r"\s*[(（]\s*(?:or\s+|about\s+|around\s+|roughly\s+|some\s+|~)?$", re.I)


#: A sum per share written after it: "a loss of $16.7 million ($0.07 per share)",
#: "net income of 1.1 billion yuan, or 0.42 yuan a share".
_PER_SHARE_AFTER = re.compile(r"\s*(?:per|a)\s+(?:basic\s+|diluted\s+)?(?:share|unit)\b", re.I)


def _product_amount(view: SentenceView, q: Quantity) -> bool:
    """An unscaled sum told of a product, in a sentence naming no company: a price or its move.

    "By June 28 the oxide had eased to 366,300 to 374,300 yuan, a loss of 3,500 yuan at each
    end": company results come in millions and name (or follow) the company.
    """
    return (
        not q.scaled
        and not view.companies
        and (
            any(p.start < q.start for p in view.products)
            or _FORM_WORD.search(view.text, 0, q.start) is not None
        )
        and (q.high is not None or q.value < 1e6)
    )


#: A product named by its form ("the oxide", "the metal") or a price word before a sum.
_FORM_WORD = re.compile(
    r"\b(?:the|that|this)\s+(?:oxide|metal|alloy|concentrate)s?\b|\bprices?\b", re.I
)


def _conversion(view: SentenceView, q: Quantity) -> bool:
    """A sum in brackets right after one in another currency: its conversion, not a fact.

    The reported currency comes first ("A$254.3m (US$165m)", "1.2 billion yuan ($165
    million)"); the bracket restates it for readers.
    """
    i = view.qtys.index(q)
    if i == 0:
        return False
    prev = view.qtys[i - 1]
    if prev.dimension != "money" or not _OPEN.search(view.text, prev.end, q.start):
        return False
    return prev.unit != q.unit or not q.unit


def _bare_fiscal_half(
    dm: DateMention, period: Period | None, entity: str, st: DocState
) -> Period | None:
    """A company's "first half" with no year, not yet over by the calendar: its fiscal half.

    A company whose year ends on 30 June means July-December by its "first half" and
    January-June by its "second half"; told without a year, when the calendar half the date
    table gives has not ended by publication, the half is the last one of that name ended
    by then ("first-half output was 4,100t" in a note of late January 2025 is July-December
    2024). A calendar-year company, or a calendar half already over, keeps the table's half.
    """
    profile = next((p for p in profiles() if entity in p.entities), None)
    pub = st.dates.published
    if profile is None or profile.fiscal_year_end[0] == 12 or pub is None:
        return period
    if period is not None and period.end < pub:
        return period
    second = dm.text.strip().lower().startswith(("second", "h2", "2h"))
    first = (profile.fiscal_year_end[0] + (6 if second else 0)) % 12  # its first month, 0-11
    n = pub.year * 12 + pub.month - 1  # the publication month, counted from year 0
    start = n - 6  # the last six months ended before it, moved back to the half's first month
    start -= (start - first) % 12
    try:
        return Period.span(
            Period.month(start // 12, start % 12 + 1),
            Period.month((start + 5) // 12, (start + 5) % 12 + 1),
        )
    except (ValueError, PeriodError):
        return period


def _fiscal_part(period: Period, entity: str) -> Period:
    """A fiscal half or quarter ("H1 FY25", "Q1 FY26") by the company's own year end.

    The date table reads them for a year ending on 30 June (the Australian habit); a company
    whose profile ends its year in another month has its halves and quarters moved by the
    months between (a calendar-year company's "H1 FY25" is January-June 2025).
    """
    profile = next((p for p in profiles() if entity in p.entities), None)
    if profile is None or profile.fiscal_year_end[0] == 6:
        return period
    shift = profile.fiscal_year_end[0] - 6

    def moved(d: date) -> tuple[int, int]:
        n = d.year * 12 + d.month - 1 + shift
        return n // 12, n % 12 + 1

    first, last = moved(period.start), moved(period.end)
    try:
        if period.granularity is Granularity.QUARTER and not period.is_span:
            return Period.quarter(first[0], (first[1] - 1) // 3 + 1)
        return Period.span(Period.month(*first), Period.month(*last))
    except (ValueError, PeriodError):
        return period


def _year_after_base(view: SentenceView, q: Quantity, st: DocState) -> Period | None:
    """The period of an undated result compared with a dated one, a year on from it.

    "a net loss of $30.9 million, against a loss of $26.8 million in the second quarter of
    2024" is 2025-Q2, when that period has ended by publication.
    """
    pub = st.dates.published
    for o in view.qtys:
        if o.start <= q.end or o.dimension != "money":
            continue
        # "against a loss of ... in the second quarter of 2024"; "+64.2% YoY (1H23: 41.3mn)"
        labelled = bracket_labelled(view, o)[1] if _YOY_NEAR.search(view.text) else None
        if comparison_base(view, o) or labelled is not None:
            own = labelled or base_date(view, o)
            period = shift_year(own.period, 1) if own is not None else None
            if period is not None and pub is not None and period.end <= pub:
                return period
            return None
    return None


#: A year-on-year word, for a bracketed comparative labelled by its period to be the
#: previous year's ("+64.2% YoY (1H23: 41.3mn)").
_YOY_NEAR = re.compile(r"\b(?:yoy|y/y|y-o-y|year[\s-]on[\s-]year)\b", re.I)
_TO = re.compile(r"\s*(?:to|-|–|and)\s*$", re.I)


def _range_ends(view: SentenceView, q: Quantity) -> tuple[Quantity | None, Quantity | None]:
    """The two ends of a range written as two figures ("820 million yuan to 900 million yuan").

    Returns (low, high): (q, None) for a single figure, (None, None) for the upper end of a
    range whose lower end is a money figure itself (it is read there); a move "from X to Y"
    is not a range.
    """
    i = view.qtys.index(q)
    prev = view.qtys[i - 1] if i else None
    nxt = view.qtys[i + 1] if i + 1 < len(view.qtys) else None
    if prev is not None and _joined(view, prev, q):
        return (None, None) if prev.dimension == "money" else (prev, q)
    if nxt is not None and nxt.dimension == "money" and _joined(view, q, nxt):
        return q, nxt
    return q, None


def _joined(view: SentenceView, a: Quantity, b: Quantity) -> bool:
    gap = view.text[a.end : b.start]
    if not _TO.match(gap) or not (a.scaled or a.dimension == "money") or a.value > b.value:
        return False
    return not re.search(r"\b(?:from|between)\s+\S*\s*$", view.text[max(0, a.start - 12) : a.start])


_EXCLUDING = re.compile(
    r"\b(?:" + vocab.alternation("financial", "excluding", any_space=True) + r")\b[^.;]{0,25}$",
    re.I,
)


#: A sentence opening on what its profit leaves out, the usual non-recurring items named:
#: "Stripping out government grants and investment gains, the company lost X", "Excluding
#: subsidies and asset disposals, it earned Y".
_EXCLUDING_LEAD = re.compile(
    r"\s*(?:(?:after|once)\s+)?(?:excluding|exclusive\s+of|stripping\s+out|strip\s+out"
    r"|leaving\s+out|setting\s+aside|net\s+of)\s+[^.;,]{0,80}?\b(?:grants?|subsid(?:y|ies)"
    r"|one-?(?:off|time)|non-?recurring|exceptional|extraordinary|(?:investment|disposal|"
    r"fair[\s-]value)\s+gains?|gains?\s+on)\b[^.;]{0,80}?,",
    re.I,
)
#: A recurring keyword that itself says what is left out ("excl. one-off items, ...").
_EXCLUDING_START = re.compile(r"exclud|excl\b|strip|before\b|net of\b")


def _excluding_recurring(view: SentenceView, q: Quantity) -> bool:
    """Whether an earlier "excluding non-recurring items" governs the figure."""
    for t in view.tags:
        if t.end > q.start:
            break
        if t.id == "recurring" and (
            _EXCLUDING.search(view.low[max(0, t.start - 30) : t.start])
            or _EXCLUDING_START.match(view.low, t.start)
        ):
            return True
    return False


_SEGMENT = re.compile(
    r"\b(?<!main )(?:segment|division|business|arm|unit)\b(?!\s+(?:revenue|income))[^;]*$", re.I
)


def _segment(view: SentenceView, q: Quantity) -> bool:
    """A segment's figure ("Its zirconium business contributed 1.3 billion yuan of revenue")."""
    a, _ = view.clause_of(q.start)
    m = _SEGMENT.search(view.text, a, q.start)
    if m is None:
        return False
    return not _listed_arm(view, m.start(), q.start)


_APPOSITIVE = re.compile(r",\s+(?:the\s+|its\s+|a\s+)?[^,;]{0,50}?", re.I)


def _listed_arm(view: SentenceView, start: int, end: int) -> bool:
    """Whether the segment word names a listed arm ("the unit of <Group> said ...").

    Such an arm reports its own results; it is not a segment of the reporter's.
    """
    m = re.match(
        r"(?:arm|unit)\s+of\s+(?:the\s+)?(?:(?:state|privately)[\s-]owned\s+|listed\s+|parent\s+)?",
        view.text[start:end],
        re.I,
    )
    if m is not None:
        at = start + m.end()  # "the listed arm of a state-owned rare earth group"
        return any(c.start == at for c in view.companies)
    # an appositive after the company: "<Company>, the group's magnet arm, saw revenue ..."
    return (
        any(
            c.end <= start and _APPOSITIVE.fullmatch(view.text, c.end, start) is not None
            for c in view.companies
        )
        and re.match(r"(?:arm|unit)\s*,", view.text[start:end], re.I) is not None
    )


_NEGATIVE = re.compile(r"\b(?:negative|minus)\s*(?:of\s*)?$", re.I)
_OUTFLOW = re.compile(r"outflow|\bused\b", re.I)


def _outflow(view: SentenceView, q: Quantity) -> bool:
    """Whether a cash-flow keyword names an outflow ("net operating cash outflow of A$7.9m")."""
    t = view.tag_before(q.start)
    return (
        t is not None
        and t.id == "cash_flow"
        and _OUTFLOW.search(view.text, t.start, t.end) is not None
    )


#: A loss named right before the figure: "a net loss attributable to shareholders of",
#: "reversing a loss of", "the loss widened to", "a loss of about" (not "gains and losses").
_LOSS_BEFORE = re.compile(
    r"(?<!and )(?<!& )(?<!/)\blosse?s?\b(?:[\s-]+(?!profit\b)[a-z-]+){0,5}?[\s-]+(?:of|to|at|was|were|totall?ing)"
    r"(?:\s+(?:about|around|roughly|some|nearly|almost|an?|RMB|CNY|US|A))*\s*\W{0,2}$",
    re.I,
)


def _is_loss(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure's keyword names a loss ("net loss of", "swung to a loss of").

    The keyword may be a profit one ("net profit attributable ... was 412 million yuan,
    reversing a loss of 131 million yuan"): a loss named right before the figure governs it.
    """
    t = view.tag_before(q.start)
    if t is None or t.id not in ("net_profit", "recurring"):
        return False
    if view.low.startswith(("lost", "loses"), t.start):  # "the company lost X"
        return True
    if "loss" in view.low[t.start : t.end]:  # "a net loss of X, compared with a profit of Y"
        return re.search(r"\bprofits?\b", view.low[t.end : q.start]) is None
    a, _ = view.clause_of(q.start)
    return _LOSS_BEFORE.search(view.text, max(a, q.start - 70), q.start) is not None


def _without_other_labels(view: SentenceView, q: Quantity) -> SentenceView:
    """The sentence without the period labels of bracketed comparatives the figure is not in.

    "a loss of RMB 76 m (2023: profit of RMB 98 m); ... RMB 135 m": the label dates only the
    figure inside its brackets, not those before or after them (``bracket_labelled``).
    """
    view, label = bracket_labelled(view, q)
    if label is not None:
        return view  # the figure is the labelled one
    drop = []
    for d in view.dates:  # "up 52% on the March quarter": the base's period, not the figure's
        if (
            not d.is_ref
            and _PCT_BASE.search(view.text, max(0, d.start - 40), d.start)
            and not d.start <= q.start < d.end
        ):
            drop.append(d)
    if not drop:
        return view
    return replace(view, dates=[d for d in view.dates if d not in drop], memo={})


#: A period a percent change is measured against: "up 52% on the March quarter".
_PCT_BASE = re.compile(
    r"%\s+(?:on|over|from|against|versus|vs\.?|compared\s+(?:with|to)|than)\s+(?:the\s+)?$",
    re.I,
)


def not_yoy(against: Period | None, period: Period | None) -> bool:
    """Whether a change against the period ``against`` is not a year-on-year one."""
    if against is None:
        return False
    if period is None:
        return against.granularity in (Granularity.QUARTER, Granularity.MONTH)
    return gap_cmp(against, period) in ("qoq", "mom")


def pct_base_period(view: SentenceView, q: Quantity) -> Period | None:
    """The period right after "X% on the" that a percent is measured against."""
    for d in view.dates:
        if (
            d.start >= q.end
            and not d.is_ref
            and _PCT_BASE.fullmatch("%" + view.text[q.end : d.start])
        ):
            return d.period
    return None
