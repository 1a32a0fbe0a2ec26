"""Binding a figure to its date: the date after it, before it or later in its clause.

A date that belongs to a comparison base ("from 430,000 yuan/mt on May 2") is not the
figure's; with no date in the sentence, the paragraph's period (or day, for a price) holds.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest import vocab
from reemarket.ingest.annotate import DOWN, UP, SentenceView
from reemarket.ingest.dates import DateMention, previous_trading_day
from reemarket.ingest.extractors.bases import result_base
from reemarket.ingest.extractors.state import DocState
from reemarket.ingest.fastre import Folded
from reemarket.ingest.numbers import Quantity
from reemarket.ingest.startwords import Prechecked

_GAP_POSTFIX = re.compile(
    r"^[\s,]*\)?[\s,]*(?:(?:per|a|/)\s*(?:kg|t|mt|ton|tonne)\s*)*"
    # "1,600 yuan/kg (+2%) a week earlier": the level's own bracketed move before its day
    r"(?:\(\s*[+\-\u2212\u2013]\d[\d.]*\s*%[^()\d]{0,12}\)[\s,]*)?"
    r"(?:(?:fob|cif|ddp|exw|ex-works)\s+[a-z]+\s*)?"
    r"(?:(?:year[- ]on[- ]year|yoy|y/y|mom|month[- ]on[- ]month|wow|week[- ]on[- ]week|qoq)\s*)?"
    # "... 405,300 yuan/t we assessed last Friday", "the X it fetched on Monday": the
    # level's own day, told after the clause that says who priced it
    r"(?:(?:(?:we|they|it|sellers|buyers|traders)\s+)?(?:recorded|assessed|reported|quoted"
    r"|registered|seen|posted|noted|fetched|reached|printed)\s+)?"
    r"(?:back\s+)?(?:on|as\s+of|at|in|for|of|during|by|over|until|to)?\s*(?:the\s+)?"
    r"(?:(?:end|close)\s+of\s+(?:the\s+)?|end-)?(?:(?:calendar|fiscal|financial)\s+(?:year\s+)?)?"
    # "860 in mid-January": the month is the level's, and its vague part vetoes it
    r"(?:(?:early|mid|late)[\s-]+)?"
    # "last Friday, 17 May": the weekday and its day are read as one date after "last"
    r"(?:(?:last|this|previous)\s+)?$",
    re.IGNORECASE,
)


_GAP_POSTFIX_F = Folded(_GAP_POSTFIX)


def postfix_date(view: SentenceView, q: Quantity) -> DateMention | None:
    """A date right after the number ("431,500 yuan/mt on March 14")."""
    for d in view.dates:
        if d.start >= q.end:
            if d.start - q.end > 30:
                return None
            rx, hay = _GAP_POSTFIX_F.pick(view.text, view.low)
            return d if rx.match(hay[q.end : d.start]) else None
    return None


def _weak(d: DateMention) -> bool:
    return d.kind in ("today",) or (
        d.kind == "rel_year"
        and "year" in d.text.lower()
        and not re.search(r"this|last|next|previous", d.text, re.I)
    )


#: The words that make the figure after them a comparison base ("vs 9.4m t in December":
#: December is the base's, not the figures' before it).
_FROM_END = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?|(?<!more\s)(?<!less\s)(?<!fewer\s)than)"
    r"\s*(?:the\s+)?"
    # "from the average of X quoted on May 20": the level named by its kind first
    r"(?:(?:average|mean|level|price|quote|close)\s+of\s+)?"
    r"(?:about|around)?\s*$",
    re.I,
)


_BASE_GAP = re.compile(
    r"^\s*(?:[a-z]+\s+){0,3}?(?:in|for|during|at|over|of)\s+(?:the\s+)?$|^\s*(?:in\s+)?$", re.I
)


_POSSESSIVE = re.compile(
    r"['’]s(?:,?\s+when\s+[^.;]{0,50}?)?\s+(?:about\s+|around\s+|roughly\s+)?$", re.I
)
#: A base period followed by a clause telling its own volume: "from May, when they had
#: slumped to 1,238 t", "against April, when shipments stood at 5,210 t".
WHEN_THEN = re.compile(
    r",\s+when\s+[^.;,]{0,50}?\b(?:to|at)\s+(?:about\s+|around\s+|roughly\s+|just\s+)?$", re.I
)
#: The comparison word before a base's own period ("from May's 5,800 t", "on FY23's 5,700t",
#: "fewer than in May's 5,800 t").
LEAD_BEFORE_DATE = re.compile(
    r"\b(?:from|than(?:\s+in)?|against|versus|vs\.?|compared\s+(?:with|to)|below|above|under"
    r"|on)\s+(?:the\s+)?$",
    re.I,
)


def possessive_base_date(view: SentenceView, q: Quantity) -> DateMention | None:
    """The period a comparison base is named by before it, in the possessive or a "when" clause.

    "from August's 5,800 t", "down 5% on FY23's 5,700t", "than August's, when they shipped
    5,800 t": August's (FY23's) volume, not the sentence's main period.
    """
    for d in view.dates:
        if (
            d.end <= q.start
            and d.period is not None
            and (
                _POSSESSIVE.match(view.text, d.end, q.start)
                or WHEN_THEN.match(view.text, d.end, q.start)
            )
            and LEAD_BEFORE_DATE.search(view.text, max(0, d.start - 25), d.start)
        ):
            return d
    return None


def base_date(view: SentenceView, q: Quantity) -> DateMention | None:
    """The date of a comparison figure: right after it, or after a short verb phrase.

    "the 210 million yuan it made in 2023", "the 2,410 tonnes made in the June quarter".
    """
    d = postfix_date(view, q)
    if d is not None:
        return d
    for d in view.dates:
        if d.start >= q.end:
            gap = view.text[q.end : d.start]
            gap = re.sub(r"^\s*(?:yuan|rmb|tonnes|tons|t|metric\s+tons)\b", "", gap, flags=re.I)
            if len(gap) <= 40 and _BASE_GAP.match(gap):
                return d
            return None
    return None


def _owned_by_base(view: SentenceView, d: DateMention) -> bool:
    """A date that belongs to a comparison base ("from 430,000 yuan/mt on May 2 to ...")."""
    for o in view.qtys:
        if o.end <= d.start and postfix_date(view, o) == d:
            if result_base(view, o):
                return True
            return bool(_FROM_END.search(view.text[max(0, o.start - 25) : o.start]))
        if o.end <= d.start and result_base(view, o) and base_date(view, o) == d:
            return True
    return False


#: A relative clause in the past perfect ("Lanthanum oxide, which had risen to X on Tuesday,
#: ..."): its date is an earlier level's, not the sentence's.
_PAST_CLAUSE = re.compile(r",\s*(?:which|that)\s+had\b(?:[^,;]|,(?=\d)){0,80}$", re.I)


def earlier_clause_date(view: SentenceView, d: DateMention) -> bool:
    """Whether a date sits in a past-perfect relative clause ("which had climbed ... on Friday")."""
    return bool(_PAST_CLAUSE.search(view.text, max(0, d.start - 90), d.start))


#: A move's amount, its verb just before it ("rose 1,000", "climbing RMB10,000", "lost about").
_MOVE_VERB = Prechecked(
    re.compile(
        rf"\b(?:{UP}|{DOWN})\s+(?:by\s+)?(?:about\s+|some\s+|around\s+)?(?:RMB|CNY|US\$|\$|€)?\s*$",
        re.I,
    )
)
#: A level named right after the move's day ("... on Tuesday to 6,600-7,130"): that day's level.
_LEVEL_AFTER = re.compile(
    # the currency may stand apart from the figure: "... yesterday to RMB 8,250/kg"
    r"\s*,?\s*(?:to|at)\s+(?:about\s+|around\s+)?(?:(?:RMB|CNY|US\$|\$|€|Yn|¥)\s?)?\d",
    re.I,
)


_GAP_BREAK = re.compile(r"[\d;]|\b(?:to|and|while|but)\b", re.I)


def move_of_day(view: SentenceView, d: DateMention, *, level_too: bool = False) -> Quantity | None:
    """The move amount a single named day dates ("rose 1,000 yuan/mt ... yesterday"), if any.

    Such a day dates that change only: a level in a new clause ("and now stands at ..."),
    later sentences and later sections keep the report's day. A level joined to the day
    ("on Tuesday to 6,600-7,130") is that day's, unless ``level_too`` (the day still is
    the move's, not the paragraph's).
    """
    if d.period is None or d.period.granularity is not Granularity.DAY or d.period.is_span:
        return None
    before = [o for o in view.qtys if o.end <= d.start]
    if not before:
        return None
    o = before[-1]
    gap = view.text[o.end : d.start]
    if len(gap) > 40 or _GAP_BREAK.search(gap):
        return None
    if not _MOVE_VERB.search(view.text, max(0, o.start - 40), o.start):
        return None
    if not level_too and _LEVEL_AFTER.match(view.text, d.end):
        return None
    return o


def prefix_date(view: SentenceView, q: Quantity) -> DateMention | None:
    """The closest date before the number that is not a comparison base."""
    strong = weak = None
    for d in view.dates:
        if (
            d.end <= q.start
            and not d.is_ref
            and d.kind not in ("until",)
            and not _owned_by_base(view, d)
            and not earlier_clause_date(view, d)
            and ("/" not in q.unit or move_of_day(view, d) is None)  # a price level
        ):
            if _weak(d):
                weak = d
            else:
                strong = d
    return strong or weak


#: A day of another event told after a figure: "... after the holiday on Monday, October 7",
#: "ahead of the auction on Tuesday" (not the figure's day).
EVENT_DAY = re.compile(
    r"\b(?:after|following|before(?!\s+(?:tax|vat)\b)|ahead\s+of|until|on\s+the\s+eve\s+of)\b"
    r"[^,;\d()]{0,30}$",
    re.I,
)


def later_date(view: SentenceView, q: Quantity, *, sentence: bool = False) -> DateMention | None:
    """A date after the number in its clause ("... by 6.99% ... in February").

    With ``sentence``, anywhere later in the sentence ("A was X, while B was Y on the same day").
    """
    _a, b = view.clause_of(q.start)
    if sentence:
        b = len(view.text)
    for d in view.dates:
        if (
            q.end <= d.start < b
            and not d.is_ref
            and d.kind != "until"
            and not _owned_by_base(view, d)
            and not _COMPARED_BEFORE.search(view.text, max(0, d.start - 50), d.start)
            and ("/" not in q.unit or move_of_day(view, d) in (None, q))
            and not _other_bracket(view.text, q.end, d)
            and not (
                "/" in q.unit and EVENT_DAY.search(view.text, max(q.end, d.start - 40), d.start)
            )
            and not ("/" in q.unit and _event_level_day(view, q, d))
            and not _fronts_later_figure(view, q, d)
        ):
            return d
    return None


#: A joiner that opens a clause of its own: ", and", ", while", ", but", "; ".
_NEXT_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\b|;", re.I)


def _fronts_later_figure(view: SentenceView, q: Quantity, d: DateMention) -> bool:
    """Whether ``d`` opens a later clause ahead of a figure of its own, not ``q``'s date.

    "NdPr output was a record 6,558 t, and in the June quarter alone it was 2,080 t": the
    quarter is the 2,080 t's; the 6,558 t keeps the period it would have without it.
    """
    if _NEXT_CLAUSE.search(view.text, q.end, d.start) is None:
        return False
    return any(
        o.dimension == q.dimension and d.end <= o.start and o.start - d.end <= 40 for o in view.qtys
    )


#: A clause of an earlier or later event after a level: "after touching", "before easing to".
_EVENT_WORD = re.compile(r"\b(?:after|before|following|having)\b", re.I)


def _event_level_day(view: SentenceView, q: Quantity, d: DateMention) -> bool:
    """Whether ``d`` dates a level of another event told after ``q``, not ``q`` itself.

    "dropped back to X after touching Y on Tuesday": Tuesday is Y's day (right after Y, in
    the "after" clause), so X keeps the report's day.
    """
    for o in view.qtys:
        if (
            q.end <= o.start < d.start
            and "/" in o.unit
            and postfix_date(view, o) is d
            and _EVENT_WORD.search(view.text, q.end, o.start) is not None
        ):
            return True
    return False


def _other_bracket(text: str, after: int, d: DateMention) -> bool:
    """Whether ``d`` sits in brackets opened after ``after`` that hold a figure of their own.

    "¥452k/t (¥443k last Fri)", "1.82 (last Fri 1.75)", "(Thu US$1.00/kg)", "(Thursday:
    442,000)": the bracket's day is its own level's, not the day of the figure before it.
    """
    opening = text.rfind("(", after, d.start)
    if opening < 0 or ")" in text[opening : d.start]:
        return False
    close = text.find(")", d.end)
    rest = text[opening + 1 : d.start] + text[d.end : close if close >= 0 else len(text)]
    return any(c.isdigit() for c in rest)


#: Words that make the date after them a comparison base ("12.5% more than in the first
#: batch of 2023", "compared with the June quarter"), when no figure stands between.
_COMPARED_BEFORE = Prechecked(
    re.compile(r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|against)(?!\w)[^\d,;]{0,45}$", re.I)
)


#: A running total's own base: "..., taking its decline since " (the date is the later
#: figure's, not the move before it).
RUNNING_SINCE = re.compile(
    r"\b(?:taking|bringing|pushing|putting)\s+(?:its|the)\s+(?:\w+\s+)?\w+\s+since\s+$", re.I
)


def ref_after(view: SentenceView, q: Quantity) -> DateMention | None:
    """A comparison base after the number in its clause ("from the previous trading day")."""
    _a, b = view.clause_of(q.start)
    for d in view.dates:
        if q.end <= d.start < b and (d.is_ref or d.relative in ("week", "prev_day", "fortnight")):
            if RUNNING_SINCE.search(view.text, max(q.end, d.start - 45), d.start):
                continue  # "shed 3,000 on Tuesday, taking its slide since March 3 to 11,000"
            return d
    return None


def bind_period(
    view: SentenceView, q: Quantity, st: DocState, *, price: bool
) -> tuple[Period | None, DateMention | None]:
    """The period a number refers to, and the mention it came from (computed once per number)."""
    key = ("period", q.start, price)
    found = view.memo.get(key)
    if found is None:
        found = view.memo[key] = _bind_period(view, q, st, price=price)
    return found  # type: ignore[return-value]


def _months_to_date(period: Period, st: DocState, named: Period | None = None) -> Period:
    """A monthly figure's "year to date": January to the last month named.

    ``named`` is a month the sentence itself names before it ("output in October was X,
    and YTD output reached Y"); else the document's last month, else January to the
    month before publication; never a span of days.
    """
    year = period.end.year
    last = named or st.dates.last_month
    if last is None or last.start.year != year:
        last = Period.month(year, max(1, period.end.month - 1))
    if last.start.month == 1:
        return last
    return Period.span(Period.month(year, 1), last)


#: A reporting verb right before a date and "that" after it: the day (or month) the news
#: came out, not the period of the figures it reports ("said last month that",
#: "reported on Tuesday that", "announced in January that").
_SAID_BEFORE = re.compile(
    r"\b(?:" + vocab.alternation("announcement", "said") + r")\s+(?:on\s+|in\s+)?$",
    re.I,
)
_THAT_AFTER = re.compile(r"\s*,?\s*that\b", re.I)


def _announcement(view: SentenceView, d: DateMention) -> bool:
    return bool(
        _THAT_AFTER.match(view.text, d.end)
        and _SAID_BEFORE.search(view.text, max(0, d.start - 30), d.start)
    )


#: A relative clause set off by commas: ", where trial mining began in June,".
_REL_ASIDE = re.compile(r",\s*(?:where|which|who)\b[^,;]*,")


def _without_aside_dates(view: SentenceView, q: Quantity) -> SentenceView:
    """The sentence without the dates of a relative clause aside the figure is not in.

    "Output at its Brazil project, where mining began in June, came to 1,850 t": June is
    when mining began, not the output's period.
    """
    if not view.dates or "," not in view.text:
        return view
    asides = [
        m.span() for m in _REL_ASIDE.finditer(view.text) if not m.start() <= q.start < m.end()
    ]
    if not asides:
        return view
    keep = [d for d in view.dates if not any(a <= d.start < b for a, b in asides)]
    if len(keep) == len(view.dates):
        return view
    return replace(view, dates=keep, memo={})


def bind_coarse(
    view: SentenceView, q: Quantity, st: DocState
) -> tuple[Period | None, DateMention | None]:
    """Like bind_period, for figures of a month, quarter or year.

    An announcement day ("reported on Tuesday ...") is not their period.
    """
    view = _without_aside_dates(view, q)
    period, dm = bind_period(view, q, st, price=False)
    if dm is not None and _announcement(view, dm):
        # "Lynas said last month that it produced 2,103 t in the December quarter"
        key = ("announced", q.start)
        found = view.memo.get(key)
        if found is None:
            dates = [d for d in view.dates if not _announcement(view, d)]
            found = view.memo[key] = _bind_period(
                replace(view, dates=dates, memo={}), q, st, price=False
            )
        period, dm = found  # type: ignore[misc]
    if dm is not None and dm.kind == "ytd" and period is not None:
        months = [
            d.period
            for d in view.dates
            if d.end <= dm.start
            and not d.is_ref
            and d.period is not None
            and d.period.granularity is Granularity.MONTH
            and not d.period.is_span
        ]
        return _months_to_date(period, st, months[-1] if months else None), dm
    if period is None or period.granularity is not Granularity.DAY or period.is_span:
        return period, dm
    key = ("coarse", q.start)
    found = view.memo.get(key)
    if found is None:
        days = [
            d for d in view.dates if d.period is None or d.period.granularity is not Granularity.DAY
        ]
        found = _bind_period(replace(view, dates=days, memo={}), q, st, price=False)
        if found[0] is not None and found[0].granularity is Granularity.DAY:
            found = (None, None)
        view.memo[key] = found
    return found  # type: ignore[return-value]


_EARLIER_WORD = re.compile(r"earlier|ago|before|last|previous", re.I)
_DAY_EARLIER = re.compile(r"(?:day|session)\s+(?:earlier|before)", re.I)


#: Spans whose level is their last day's (a move over them is the span's).
_SPANS_TO_DAY = ("span_to", "between_days")


def _bind_period(
    view: SentenceView, q: Quantity, st: DocState, *, price: bool
) -> tuple[Period | None, DateMention | None]:
    found = _bind_mention(view, q, st, price=price)
    d = found[1]
    if price and d is not None and d.kind in _SPANS_TO_DAY and d.period is not None:
        # "in the week to Thursday, X was Y", "between 31 May and 28 June, X fell 2% to Y": the
        # last day's level
        return Period.day(d.period.end), d
    return found


def _bind_mention(
    view: SentenceView, q: Quantity, st: DocState, *, price: bool
) -> tuple[Period | None, DateMention | None]:
    d = postfix_date(view, q)
    if d is not None and d.relative == "week" and price and _EARLIER_WORD.search(d.text):
        anchor = sentence_anchor(view, st)
        if anchor is not None:
            return Period.day(anchor - timedelta(days=7)), d
        return None, d
    if d is not None and d.relative == "prev_day" and price and _DAY_EARLIER.search(d.text):
        anchor = sentence_anchor(view, st)  # "from US$1.78 a day earlier": the session before
        return (Period.day(previous_trading_day(anchor)) if anchor else None), d
    if d is not None and not d.is_ref:
        return d.period, d
    d = prefix_date(view, q)
    if d is not None:
        if d.period is None and d.relative == "this_week" and st.dates.published:
            return Period.day(st.dates.published), d
        return d.period, d
    d = later_date(view, q) or (later_date(view, q, sentence=True) if price else None)
    if d is not None:
        return d.period, d
    if price:
        if st.para_day is not None:
            return st.para_day, None
        if st.dates.published:
            return Period.day(st.dates.published), None
        return None, None
    return st.para_period or st.section_period, None


def sentence_anchor(view: SentenceView, st: DocState) -> date | None:
    """The main day a sentence speaks of: its first non-comparison day, else the document date."""
    for d in view.dates:
        if (
            not d.is_ref
            and d.period is not None
            and d.period.granularity is Granularity.DAY
            and not d.period.is_span
        ):
            return d.period.start
    if st.para_day is not None:
        return st.para_day.start
    return st.dates.published


def day_span(a: date, b: date) -> Period:
    """The span of days from ``a`` to ``b``."""
    lo, hi = min(a, b), max(a, b)
    return Period.span(Period.day(lo), Period.day(hi))


def prev_trading(day: date) -> date:
    """The previous Shanghai trading day."""
    return previous_trading_day(day)


#: A bracketed comparative labelled by its period: "(2023: profit of RMB 98 m)",
#: "(prior quarter: 3,010 t)" is not one (no period), "(1HFY25: 3,400t)" is.
_LABEL = re.compile(r"\(\s*$")
_LABEL_AFTER = re.compile(r"\s*:")


def bracket_labelled(view: SentenceView, q: Quantity) -> tuple[SentenceView, DateMention | None]:
    """The sentence as a figure reads it when periods label bracketed comparatives.

    A period opening brackets and followed by a colon dates only the figures inside them:
    in "output of 5,100 t (2023: 4,700 t)" the label is the 4,700 t's period (returned with
    the view narrowed to it), and the 5,100 t reads the sentence without it.
    """
    drop = []
    for d in view.dates:
        if _LABEL.search(view.text, max(0, d.start - 3), d.start) and _LABEL_AFTER.match(
            view.text, d.end
        ):
            close = view.text.find(")", d.end)
            if d.end <= q.start < (len(view.text) if close < 0 else close):
                # the label is the figure's own period, though the bracket after a "YoY" may
                # have read it as a base ("+64.2% YoY (1H23: 41.3mn)")
                own = d._replace(is_ref=False)
                return replace(view, dates=[own], memo={}), own
            drop.append(d)
    if not drop:
        return view, None
    return replace(view, dates=[d for d in view.dates if d not in drop], memo={}), None
