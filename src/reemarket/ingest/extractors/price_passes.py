"""Passes over a sentence's price drafts once every figure is read.

Money moves and the levels they reached ("up/down <amount> from <date>", "an increase of
<amount>", "lost <amount>"), their spans and bases, shared and paired moves and levels,
one-end moves, VAT pairs, average bases, flat moves, paired and reading days, and the levels
the document remembers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest import trace
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.dates import WORKDAY, DateMention, month_close
from reemarket.ingest.extractors.comparison import cmp_of, shift_year
from reemarket.ingest.extractors.date_binding import (
    day_span,
    postfix_date,
    prev_trading,
    ref_after,
    sentence_anchor,
)
from reemarket.ingest.extractors.figure_words import in_parentheses
from reemarket.ingest.extractors.price_bases import (
    FROM,
    QUOTED_METRICS,
    TO_OWN_BASE,
    later_level_is_base,
    leading_ref,
    month_edge,
    months_before,
    named_month_base,
    names_day,
    note_base_days,
    own_base_day,
    own_days,
    running_ref,
    sessions_after,
    tail_day,
    trail_anchor,
    trail_span,
    trailing_base,
    twin_cmp,
)
from reemarket.ingest.extractors.prices import MARKETS, VAGUE_PART, price_unit
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.lexicon import (
    find_products,
)
from reemarket.ingest.numbers import Quantity
from reemarket.ingest.startwords import Prechecked


def move_markets(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """Give a move the market of its product's level in a sentence that names no market.

    "Praseodymium oxide was quoted at $59.40-60.20 per kg on the same basis, a rise of 1.1%
    from last Friday": the level took the market of the dollar quote before it (FOB China),
    and the 1.1% is that quote's move, not a domestic one.
    """
    if view.markets:
        return
    levels: dict[str, set[str]] = {}
    for d in drafts:
        if d.kind == "price" and d.metric in ("price", "price_low", "price_high"):
            levels.setdefault(d.subject, set()).add(d.entity)
    for d in drafts:
        if d.kind != "price" or d.metric not in ("change", "change_pct") or d.entity != "china":
            continue
        markets = levels.get(d.subject, set())
        if len(markets) == 1 and (market := next(iter(markets))) in MARKETS:
            d.entity = market


_OVER_THE_MONTH = re.compile(r"\b(?:over|on|in)\s+the\s+month\b", re.I)


#: A move said to run over a span the sentence names without its first day: "a loss of 3,500
#: yuan at each end over the three months", "a gain of $4 over the quarter", "across the period".
_OVER_SPAN = re.compile(
    r"\b(?:over|during|across|through(?:out)?|in)\s+the\s+(?:(?:past|last|previous)\s+)?"
    r"(?:(?:two|three|four|five|six|\d{1,2})\s+months|quarter|period|half|month|year)\b",
    re.I,
)


#: Words setting the level after them as a base: "from X", "against X", "vs X".
_BASE_BEFORE_LEVEL = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:about\s+|around\s+)?"
    r"(?:RMB|CNY|US\$|\$|€)?\s*$",
    re.I,
)


_LEVEL_METRICS = ("price", "price_low", "price_high")


def _one_day(d: Draft) -> bool:
    return d.period is not None and d.period.granularity is Granularity.DAY and not d.period.is_span


def _day_level_before(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The last level of the move's product told before it, dated to one day."""
    return next(
        (
            lv
            for lv in reversed(drafts)
            if lv.kind == "price"
            and lv.subject == d.subject
            and lv.metric in ("price", "price_low")
            and lv.q.end <= d.q.start
            and _one_day(lv)
        ),
        None,
    )


def paired_days(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """Date an undated level by the day its base day was set against earlier in the document.

    "Nd oxide ended the month at X on 30 November, against Y at the end of October", then
    "La oxide fell to A from B at the end of October": A is November 30's, not the report's day.
    """
    levels = [d for d in drafts if d.kind == "price" and d.metric in _LEVEL_METRICS and _one_day(d)]
    if len(levels) < 2:
        return
    bases = [
        b for b in levels if _BASE_BEFORE_LEVEL.search(view.text, max(0, b.q.start - 25), b.q.start)
    ]
    for b in bases:
        mains = [
            m
            for m in levels
            if m.subject == b.subject
            and m.q.end <= b.q.start
            and m.date_mention is not None
            and m.period is not None
            and b.period is not None
            and m.period.start > b.period.start
        ]
        if mains and mains[-1].period is not None and b.period is not None:
            st.day_pairs[b.period.start] = mains[-1].period.start
            if b.date_mention is not None:
                st.para_base_days[mains[-1].period.start] = (
                    st.paragraph,
                    b.period.start,
                    b.entity,
                )
    fallback = {st.dates.published, st.para_day.start if st.para_day else None} - {None}
    for m in levels:
        if m.date_mention is not None or m.period is None or m.period.start not in fallback:
            continue
        own = next(
            (
                x
                for x in bases
                if x.subject == m.subject and x.q.start > m.q.end and x.period is not None
            ),
            None,
        )
        base_day = own.period.start if own is not None and own.period is not None else None
        later = st.day_pairs.get(base_day) if base_day is not None else None
        if later is not None and base_day is not None and base_day < later != m.period.start:
            m.period = Period.day(later)


def level_bases(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """A move over a span with no first day runs from the earlier level it is the difference to.

    "Nd oxide entered the quarter at 369,800-377,800 yuan on April 1 ... by June 28 it had eased
    to 366,300-374,300 yuan, a loss of 3,500 yuan at each end over the three months": the move
    is June 28's level less April 1's, so it runs from April 1. Only a level of the same product
    and market read earlier in the document whose every end differs by the move counts.
    """
    changes = [
        d for d in drafts if d.kind == "price" and d.metric == "change" and d.period is not None
    ]
    if not changes or _OVER_SPAN.search(view.text) is None:
        return
    for d in changes:
        now = [
            lv
            for lv in drafts
            if lv.subject == d.subject
            and lv.entity == d.entity
            and lv.unit == d.unit
            and lv.metric in ("price", "price_low", "price_high")
            and lv.period is not None
            and lv.period.granularity is Granularity.DAY
            and not lv.period.is_span
        ]
        if not now:
            continue
        day = now[0].period.start  # type: ignore[union-attr]
        ends = {lv.metric: lv.value for lv in now if lv.period.start == day}  # type: ignore[union-attr]
        for then_day, then_ends in reversed(st.levels.get((d.subject, d.entity, d.unit), [])):
            if then_day >= day or set(then_ends) != set(ends):
                continue
            if all(abs(ends[k] - then_ends[k] - d.value) < 1e-6 for k in ends):
                d.period = day_span(then_day, day)
                break


def remember_levels(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """Keep the day levels read (per product, market and unit) for :func:`level_bases`."""
    got: dict[tuple[str, str, str, date], dict[str, float]] = {}
    for d in drafts:
        p = d.period
        if (
            d.kind == "price"
            and d.metric in ("price", "price_low", "price_high")
            and p is not None
            and p.granularity is Granularity.DAY
            and not p.is_span
            and d.subject
        ):
            got.setdefault((d.subject, d.entity, d.unit, p.start), {})[d.metric] = d.value
    for (subject, entity, unit, day), ends in got.items():
        st.levels.setdefault((subject, entity, unit), []).append((day, ends))


def reading_dates(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """Date the levels and moves of a sentence under a note naming the two readings compared.

    "Every change compares the May 2 reading with the April 2 one." over bullets
    ("* Nd oxide rose 27.4% to $95,120/t"): a level with no day of its own is the later
    reading's, a move with no base of its own runs from the earlier reading to the later.
    """
    if st.reading_span is None or own_days(view):
        return
    early, late = st.reading_span
    for d in drafts:
        if d.kind != "price" or d.date_mention is not None:
            continue
        p = d.period
        if p is None or p.granularity is not Granularity.DAY:
            continue
        if d.metric in ("price", "price_low", "price_high") and not p.is_span:
            if p.start != early:
                d.period = Period.day(late)
        elif d.metric in ("change", "change_pct") and d.cmp in (None, "mom"):
            d.period = day_span(early, late)


#: A move's own span word right after it: "+3k d/d", "+9k on the week", "up 2% on the week",
#: "-2 w/w"; not when the move's own base level follows ("up 13.5% on the week from X last
#: Friday": that base decides).
_OWN_SPAN_AFTER = re.compile(
    r"\s*(?:(?:on|over|in)\s+the\s+(?:week|day|session)\b|(?:(?:higher|lower|up|down)\s+)?"
    r"(?:d/d|dod|w/w|wow|w-o-w|day[\s-]on[\s-]day|week[\s-]on[\s-]week"
    # a year's or month's move beside a week's base: "up 1.1% w/w and 9% y/y"
    r"|y/y|yoy|y-o-y|year[\s-]on[\s-]year|m/m|mom|m-o-m|month[\s-]on[\s-]month)(?![\w/]))"
    r"(?!\s*,?\s*(?:from|against|vs\.?|versus|compared)\b)",
    re.I,
)


#: A base named right after a move: "2% since the end of December", "3.1% since 2 January".
_SINCE_RIGHT_AFTER = re.compile(
    r"\s*(?:[a-z/-]{1,12}\s+)?since\s+(?:the\s+)?(?:(?:end|close|start|beginning)\s+of\s+"
    r"|end-)?",
    re.I,
)


def _whole_month(p: Period | None) -> bool:
    """Whether a period is one calendar month."""
    return p is not None and p.granularity is Granularity.MONTH and not p.is_span


def _month_end_or_report(p: Period, st: DocState) -> date:
    """The last trading day of month ``p``, or the report's day when that comes first."""
    close = month_close(p.end.year, p.end.month)
    pub = st.dates.published
    return min(close, pub) if pub is not None else close


def change_spans(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """Give each change in a sentence the span it runs over (first day to last)."""
    note_base_days(view, st)
    levels: dict[str, set[object]] = {}
    for d in drafts:
        if (
            d.kind == "price"
            and d.metric in ("price", "price_low", "price_high")
            and d.period is not None
            and d.period.granularity is Granularity.DAY
            and not d.period.is_span
        ):
            levels.setdefault(d.subject, set()).add(d.period.start)
    shared: dict[str, Period] = {}
    vague: list[Draft] = []
    ytd = next((m for m in view.dates if m.relative == "ytd"), None)
    for d in drafts:
        if d.kind != "price" or d.metric not in ("change", "change_pct"):
            continue
        if ytd is not None:  # "since the start of the year": from the last close of last year
            day = sentence_anchor(view, st)
            if day is not None:
                d.period = day_span(prev_trading(date(day.year, 1, 1)), day)
                continue
        days = sorted(levels.get(d.subject, set()))  # type: ignore[type-var]
        own = own_base_day(view, d, drafts) if len(days) >= 2 else None
        now = sentence_anchor(view, st) if own is not None else None
        if (
            own is not None
            and now is not None
            and isinstance(days[-1], date)
            and now > days[-1]
            and not any(
                lv.subject == d.subject
                and lv.metric.startswith("price")
                and lv.q.start < d.q.start
                and not any(TO_OWN_BASE.fullmatch(view.text, o.end, lv.q.start) for o in view.qtys)
                for lv in drafts
            )
        ):  # (a level before the move counts only when it is an earlier move's base)
            # "That was up $3 from Tuesday's $123 and 13% higher than the $111 of January 30",
            # no level of its own: each move runs from its base level to the sentence's day
            d.period = day_span(own, now)
            continue
        since = ref_after(view, d.q)
        if (
            len(days) >= 2
            and since is not None
            and _SINCE_RIGHT_AFTER.fullmatch(view.text, d.q.end, since.start)
        ):
            days = []  # "EUR 1.49 (previous week: EUR 1.52), a loss of 2% since the end of
            # December": the move's own base, not the two levels' span
        if (
            len(days) >= 2
            and _OWN_SPAN_AFTER.match(view.text, d.q.end)
            and not later_level_is_base(view, d, drafts)
        ):
            # "¥452k/t, +3k d/d and +9k on the week (¥443k last Thu)", "closed Tuesday at X,
            # up 2% on the week, after touching Y on Monday": each move's own span, not the
            # two levels'
            days = []
        if len(days) >= 2:
            first = days[0]  # "... on 28 May, down from X at the 30 April assessment"
            if isinstance(first, date) and first not in st.base_days:
                st.base_days.append(first)
            d.period = day_span(days[0], days[-1])  # type: ignore[arg-type]
            shared[d.subject] = d.period
            st.last_change_span = d.period  # "... over the same period" in a later sentence
            continue
        trail = _trailing_of(view, d, drafts)
        if (
            trail is not None
            and since is not None
            and _SINCE_RIGHT_AFTER.fullmatch(view.text, d.q.end, since.start)
        ):
            trail = None  # "fallen in each of the last six sessions and lost X since the end
            # of October": the move's own base wins over a span told of another verb
        if isinstance(trail, Period):  # "in the 30 days to October 10"
            d.period = trail
            shared.setdefault(d.subject, trail)
            st.last_change_span = trail
            continue
        day = trail_anchor(view, d, drafts, st) if trail is not None else None
        if trail is not None and day is not None:
            d.period = trail_span(trail, day)
            shared.setdefault(d.subject, d.period)
            st.last_change_span = d.period
            continue
        anchor_p = d.period
        anchor = (
            anchor_p.start
            if anchor_p is not None
            and anchor_p.granularity is Granularity.DAY
            and not anchor_p.is_span
            else None
        )
        if anchor is None and (anchor_p is None or anchor_p.granularity is Granularity.DAY):
            anchor = sentence_anchor(view, st)
        ref = (
            running_ref(view, d.q)
            or ref_after(view, d.q)
            or leading_ref(view, d.q)
            or trailing_base(view, d.q)
        )
        if (
            ref is not None
            and ref.start > d.q.end
            and ref.period is not None
            and ref.period.granularity is not Granularity.DAY
            and _OWN_SPAN_AFTER.match(view.text, d.q.end)
        ):
            ref = None  # "0.3% on the week and ... 1.4% below end-August": its own span
        if (
            ref is not None
            and ref.period is not None
            and ref.period.granularity is not Granularity.DAY
            and VAGUE_PART.search(view.text, max(0, ref.start - 14), ref.start)
        ):  # "has climbed 40% since early July": no day the move starts on
            vague.append(d)
            continue
        cmp = d.cmp
        if cmp is None:
            cmp = cmp_of(view, d.q, None)  # "up 2 cents w/w", "5,000 yuan/t lower m/m"
        if cmp is None:
            cmp = twin_cmp(view, d, drafts)  # "up CNY 6,000/t or 1.3% w-o-w"
        span: Period | None = None
        tail = tail_day(view, d.q, anchor) if anchor is not None else None
        if anchor is not None and tail is not None:
            span = day_span(tail, anchor)  # "2,000 yuan/mt below Wednesday"
        if span is None and (run := sessions_after(view, d.q)) is not None:
            span = day_span(prev_trading(run.start), run.end)  # "in the four sessions to May 9"
        month_end = month_edge(view, ref)
        if anchor is None and month_end is not None and _whole_month(anchor_p):
            # "finished the month 1.4% below end-August": from that close to this month's
            # (or the report's day, within the month)
            anchor = _month_end_or_report(anchor_p, st)  # type: ignore[arg-type]
        if (
            month_end is not None
            and anchor is not None
            and ref is not None
            and ref.relative == "prev_month"
            and month_end >= anchor
        ):  # "the end of last month" in a review of that month: the month before the anchor
            before = anchor.replace(day=1) - timedelta(days=1)
            month_end = month_close(before.year, before.month)
        to_date = _TO_DATE.search(view.text) if anchor is not None else None
        if span is not None:
            pass
        elif anchor is not None and to_date is not None:
            month = any(to_date.group(i) for i in (1, 2, 3))
            first = anchor.replace(day=1) if month else anchor - timedelta(anchor.weekday())
            span = day_span(prev_trading(first), anchor)  # "month-to-date", "week-to-date"
        elif anchor is not None and month_end is not None and month_end < anchor:
            span = day_span(month_end, anchor)  # "since the end of June": from its last close
        elif anchor is not None:
            if ref is not None and ref.relative == "prev_day":
                span = day_span(prev_trading(anchor), anchor)
            elif ref is not None and ref.relative == "fortnight":
                span = day_span(anchor - timedelta(days=14), anchor)
            elif ref is not None and ref.kind == "mpart":
                span = None  # against part of a month: no first-day-to-last-day span
            elif (ref is not None and ref.relative == "week") or cmp == "wow":
                span = day_span(anchor - timedelta(days=7), anchor)
            elif cmp in ("mom", "yoy") or (
                ref is not None
                and ref.kind == "rel_month"
                and re.search(r"ago|earlier", ref.text, re.I)
            ):
                months = 12 if cmp == "yoy" else 1  # "up 45% year on year": the same day before
                base = months_before(anchor, months)
                if months == 1 and anchor == month_close(anchor.year, anchor.month):
                    base = prev_trading(anchor.replace(day=1))  # against the month before's close
                if months == 1:
                    base = named_month_base(st, anchor) or base
                span = day_span(base, anchor)
            elif _OVER_THE_MONTH.search(view.text) and (named := named_month_base(st, anchor)):
                span = day_span(named, anchor)  # "fell 4.1% over the month": since that assessment
            elif (
                ref is not None
                and ref.period is not None
                and ref.period.granularity is Granularity.DAY
            ):
                span = day_span(ref.period.start, anchor)
        if span is None and ref is not None and ref.kind == "mpart":
            d.period = None
            continue
        if span is None and d.subject in shared:
            span = shared[d.subject]
        if (
            span is None
            and anchor is not None
            and (anchor_p is None or anchor_p.granularity is Granularity.DAY)
        ):
            if (st.weekly_report and not names_day(view)) or (
                re.search(
                    r"(?<!rest of )(?<!past )(?<!last )\b(?:this|the) week\b|\bweekly\b",
                    view.text,
                    re.I,
                )
                and not any(m.kind == "week_close" for m in view.dates)  # "as the week closed"
            ):  # a weekly report's moves run from the week before, unless a day is named
                span = day_span(anchor - timedelta(days=7), anchor)
            elif cmp is None:
                span = day_span(prev_trading(anchor), anchor)
        if (
            (_SAME_SPAN.search(view.text) or _RESTATED.match(view.text))
            and st.last_change_span is not None
            and (ref is None or ref.kind == "same_day")
        ):
            span = st.last_change_span  # "Holmium oxide added 2.4% across that span"
        if span is not None:
            d.period = span
            shared.setdefault(d.subject, span)
            if span.is_span and cmp != "yoy":  # "from a year earlier" is no period told
                st.last_change_span = span
        elif anchor_p is None or anchor_p.granularity is Granularity.DAY:
            d.period = None
    for d in vague:
        trace.veto("base_unknown", (d.q.start, d.q.end), "price")
        drafts.remove(d)


def _trailing_of(view: SentenceView, d: Draft, drafts: list[Draft]) -> str | Period | None:
    """The span counted back that a move runs over: "trail_d7", "trail_m3", "mtd", "wtd".

    A span counted back from a named day ("in the 30 days to October 10") is its period.

    "over the past week", "in the last 30 days": the phrase is the move's when the move is
    the figure nearest to it (levels aside), or that figure's twin in money or percent
    ("gained 6,000 yuan/t, or 1.4%, over the past week"); in "rose 2% on Thursday, taking
    its gain over the past month to 8%" it is the 8%'s, not the 2%'s. "so far this month",
    "week to date": in the move's clause, or anywhere in a sentence with one move only.
    """
    for m in view.dates:
        if m.kind == "between_days" and m.period is not None and m.end <= d.q.start:
            return m.period  # "Between 31 May and 28 June, A fell X ..., and B shed Y": both
        counted = m.kind == "span_to" and m.period is not None
        if counted or (m.relative is not None and m.relative.startswith("trail_")):
            owner = _nearest_move_figure(view, m, drafts)
            if owner is not None and (owner is d.q or _twin(view, owner, d, drafts)):
                return m.period if counted and m.period is not None else m.relative
    a, b = view.clause_of(d.q.start)
    moves = sum(1 for o in drafts if o.kind == "price" and o.metric in ("change", "change_pct"))
    to_date = _TO_DATE.search(view.text)
    if to_date is not None and (a <= to_date.start() < b or moves == 1):
        return "mtd" if any(to_date.group(i) for i in (1, 2, 3)) else "wtd"
    return None


def _nearest_move_figure(
    view: SentenceView, m: DateMention, drafts: list[Draft]
) -> Quantity | None:
    """The figure nearest a span phrase, quoted levels aside: a move, or a figure unread."""
    levels = {id(o.q) for o in drafts if o.metric in QUOTED_METRICS}
    moves = {id(o.q) for o in drafts if o.metric not in QUOTED_METRICS}
    best: tuple[int, Quantity] | None = None
    for q in view.qtys:
        if id(q) in levels and id(q) not in moves:
            continue
        gap = m.start - q.end if q.end <= m.start else q.start - m.end
        if gap >= 0 and (best is None or gap < best[0]):
            best = (gap, q)
    return best[1] if best else None


def _twin(view: SentenceView, owner: Quantity, d: Draft, drafts: list[Draft]) -> bool:
    """Whether ``d`` is the same move as the figure ``owner`` in the other measure."""
    other = next((o for o in drafts if o.q is owner), None)
    if other is None or other.subject != d.subject or other.metric == d.metric:
        return False
    lo, hi = sorted((owner, d.q), key=lambda q: q.start)
    return hi.start - lo.end <= 25 and not any(
        lo.end <= q.start < hi.start for q in view.qtys if q is not owner and q is not d.q
    )


_SAME_SPAN = Prechecked(
    re.compile(
        r"\b(?:over|in|during|for|across)\s+the\s+same\s+(?:period|span|time|week|fortnight"
        r"|month|stretch)\b",
        re.I,
    )
)
#: A sentence restating the last move in percent ("That is a 1.6% gain on the mid-point"):
#: the move's span.
_RESTATED = re.compile(
    r"[\s\-–•*]*(?:that|this|it)\s+(?:is|was|'s|’s|represents|amounts\s+to)\s+(?:a|an)\s+"
    r"(?:about\s+|around\s+|roughly\s+)?[\d.]+\s*(?:%|per\s?cent)",
    re.I,
)
_TO_DATE = Prechecked(
    re.compile(
        r"\b(?:(month)[- ]to[- ]date|week[- ]to[- ]date|so far this (?:(month)|week))\b|\b(MTD)\b|\bWTD\b",
        re.I,
    )
)


_SPAN_CUE = re.compile(
    r"\b(?:(?:this|the|last|previous|a) week|weekly|week[- ]on[- ]week|wow|w/w|on the day|"
    r"day[- ]on[- ]day|dod|d/d|previous (?:trading |working )?day|week (?:earlier|ago))\b",
    re.I,
)
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s*$", re.I)
_TO_LEAD = re.compile(r"\bto\s*(?:about|around|approximately|roughly)?\s*$", re.I)


def _base_level(
    view: SentenceView, y: Quantity, st: DocState, unit: str, averages: frozenset[int]
) -> tuple[float, bool] | None:
    """The level a move started from ("from 540,000 to 565,000 yuan/mt", "to $62 from $60").

    A figure read as an average (starting at one of ``averages``) is no level a move left
    ("averaged $2.07 in March, compared with $1.86 in February, ... closing March at $2.12").
    """
    found = _base_quantity(view, y, st, unit, averages)
    return None if found is None else (found.value, postfix_date(view, found) is not None)


def _base_quantity(
    view: SentenceView, y: Quantity, st: DocState, unit: str, averages: frozenset[int]
) -> Quantity | None:
    """The figure of the level a move to ``y`` started from (none read as an average)."""
    a, b = view.clause_of(y.start)
    for x in view.qtys:
        if x is y or not a <= x.start < b or x.high is not None or x.start in averages:
            continue
        lead = view.text[max(0, x.start - 20) : x.start]
        if not FROM.search(lead) and not (
            _COMPARED.search(lead) and postfix_date(view, x) is not None
        ):
            continue
        if x.dimension == "price" and price_unit(x, st) != unit:
            continue
        if x.dimension == "money" and price_unit(x, st) != unit.split("/")[0]:
            continue
        if x.dimension not in ("price", "money", "bare"):
            continue
        if x.dimension == "bare" and not (x.end < y.start and 0.5 <= x.value / y.value <= 2):
            continue
        return x
    return None


def moves(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """A move between two levels ("rose from X to Y") is a change of Y - X."""
    if "from" not in view.low and "compared" not in view.low:
        return
    changed = {d.subject for d in drafts if d.kind == "price" and d.metric == "change"}
    averages = frozenset(d.q.start for d in drafts if d.kind == "price" and d.metric == "average")
    for d in list(drafts):
        if d.kind != "price" or d.metric != "price" or d.subject in changed or d.q.high:
            continue
        if not d.q.value:
            continue
        if "compared" not in view.low and not _TO_LEAD.search(
            view.text[max(0, d.q.start - 20) : d.q.start]
        ):
            continue
        found = _base_level(view, d.q, st, d.unit, averages)
        if found is None:
            continue
        base, dated = found
        if not dated and not _SPAN_CUE.search(view.text):
            continue  # no day for the earlier level: the span of the move is unknown
        move = d.derive("change", d.value - base, d.unit, d.q)
        drafts.append(move)
        changed.add(d.subject)
        x = _base_quantity(view, d.q, st, d.unit, averages)
        if not dated and x is not None:
            view.memo.setdefault(("undated_bases",), []).append((move, d, x))  # type: ignore[attr-defined]


#: A day the sentence names as its move's base: "on the previous trading day", "a week
#: earlier", "than yesterday".
_BASE_DAY_CUE = re.compile(
    r"\b(?:previous|prior|last)\s+(?:trading\s+|working\s+)?(?:day|session)\b"
    r"|\b(?:a|one)\s+week\s+(?:earlier|ago|before)\b|\byesterday\b",
    re.I,
)


def span_bases(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """Date the earlier level of a move by the span the sentence names for it.

    "Prices of Pr-Nd oxide rose from 489,000 yuan/mt to 495,000 yuan/mt today, a 1.2% gain
    on the previous trading day": the move runs over the previous trading day, so 489,000 is
    that day's level (read once the move's span is known).
    """
    undated = view.memo.get(("undated_bases",))
    if not undated or _BASE_DAY_CUE.search(view.text) is None:
        return  # "over the week" is the move's span, not the day of its earlier level
    for move, level, x in undated:  # type: ignore[attr-defined]
        p = move.period
        if p is None or not p.is_span or p.granularity is not Granularity.DAY:
            continue
        base = level.derive("price", x.value, level.unit, x)
        base.period = Period.day(p.start)
        drafts.append(base)


#: A move told once for several quotes: "each range 1,500 yuan/mt lower at either end",
#: "all three quotes fell 500 yuan/kg", "each of the oxides gained 2,000 yuan/t".
_EACH = re.compile(
    r"\b(?:each|every|all|both)\s+(?:of\s+(?:the|these|those|them)\s+)?(?:two\s+|three\s+|four\s+)?"
    r"(?:ranges?|quotes?|quotations?|prices?|assessments?|products?|oxides?|metals?|grades?"
    r"|two|three|four)\b"
    # a move told of all the quotes before it: "..., both up RMB3,000/t", "all lower by"
    r"|\b(?:each|all|both)\s+(?:up|down|higher|lower|off|rose|fell|gained|lost|added|shed"
    r"|climbed|dropped|rising|falling)\b",
    re.I,
)
#: A move given as the one told before: "was cut by the same step", "by an
#: identical margin", "matching the move".
_SAME_AMOUNT = re.compile(
    r"\b(?:by\s+)?(?:the\s+same|an?\s+(?:identical|equal|similar|like))\s+"
    r"(?:amount|margin|sum|step|increment|decrement)\b",
    re.I,
)


#: Two goods sharing one noun and one move: "Dysprosium and terbium oxides both rose 2%",
#: "Neodymium and praseodymium oxides each gave back 5,000 yuan".
_PAIR_NAMED = re.compile(
    r"(?P<a>[a-z]+)(?:\s+(?:oxides?|metals?))?\s+and\s+(?P<b>[a-z]+)\s+(?P<form>oxide|metal)s?"
    # "Dysprosium and terbium oxide prices both rose 2%": the shared noun may be their prices
    r"(?:\s+prices?)?(?=\s*,?\s+(?:both|each|alike|respectively)\b"
    # or "respectively" after the figures: "... oxides rose 3% and 2% respectively"
    r"|\s+[^,;.\d]{0,40}?\d[^;]{0,40}?\d[^;.]{0,20}?\brespectively\b)",
    re.I,
)


def paired_moves(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """A move two goods share gives each of them that move.

    "Dysprosium and terbium oxides both rose 2%": Dy oxide rose 2% as well as Tb oxide;
    "Terbium and dysprosium oxides both gave up 8,000 yuan" is Nd oxide's and Pr
    oxide's move, not Pr-Nd oxide's ("both" makes them two).
    """
    if not any(w in view.low for w in (" both ", " each ", " alike", " respectively")):
        return
    for d in list(drafts):
        if d.kind != "price" or d.metric not in ("change", "change_pct") or d.bound:
            continue  # ("each lost more than 8%": a bound, no move to hand on)
        pair = None
        for m in _PAIR_NAMED.finditer(view.text):  # its lookahead may pass the figure
            if m.end() <= d.q.start:
                pair = m
        if pair is None or not _ONLY_MOVE_WORDS.fullmatch(view.text, pair.end(), d.q.start):
            continue
        named = [find_products(f"{pair.group(k)} {pair.group('form')}") for k in ("a", "b")]
        ids = [found[0].id for found in named if len(found) == 1]
        if len(ids) != 2 or ids[0] == ids[1]:
            continue
        if _respective(view, pair, drafts, ids):
            return
        if d.subject not in ids:
            d.subject = ids[1]  # the pair was read as one product ("Nd and Pr oxides")
        other = ids[0] if d.subject == ids[1] else ids[1]
        twin = d.derive(d.metric, d.value, d.unit, d.q)
        twin.subject = other
        drafts.append(twin)


def _respective(
    view: SentenceView, pair: re.Match[str], drafts: list[Draft], ids: list[str]
) -> bool:
    """Whether a pair's moves are told "respectively": the first figure the first good's.

    "Terbium and dysprosium oxides respectively rose 3% and 2%" (or "rose 3% and 2%
    respectively"): Tb oxide 3%, Dy oxide 2% (never one shared move, which is "both" or
    "each"). The pair's first two moves after it go to its goods in order; with fewer than
    two, nothing is told of the second.
    """
    if "respectively" not in view.low[pair.end() :]:
        return False
    moves = sorted(
        (
            d
            for d in drafts
            if d.kind == "price"
            and d.metric in ("change", "change_pct")
            and not d.bound
            and d.q.start >= pair.end()
        ),
        key=lambda d: d.q.start,
    )
    starts = sorted({d.q.start for d in moves})[:2]
    if len(starts) < 2:
        return True
    for d in moves:
        if d.q.start in starts:
            d.subject = ids[starts.index(d.q.start)]
    return True


#: Between a shared noun and its move: "both gave back", ", each rising", "alike fell".
_ONLY_MOVE_WORDS = re.compile(r"[\s,]*(?:both|each|alike|respectively)?\s+[^,;.\d]{0,40}?", re.I)


def shared_moves(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """A move that holds for several quotes, or repeats the one told just before.

    "Nd oxide and Pr oxide were offered at X and Y respectively, each range
    1,500 yuan/mt lower at either end": each quote before the move gets it. "Pr oxide was
    cut by the same step to X": the quote gets the last move read (its sign from the verb).
    """
    changes = [d for d in drafts if d.kind == "price" and d.metric == "change"]
    low = view.low
    if changes and ("each" in low or "all" in low or "both" in low):
        for c in changes:
            lead = view.text[max(0, c.q.start - 45) : c.q.start]
            if not _EACH.search(lead):
                continue
            moved = {d.subject for d in drafts if d.metric == "change"}
            for d in list(drafts):
                if (
                    d.kind == "price"
                    and d.metric in ("price", "price_low")
                    and d.q.end <= c.q.start
                    and d.subject not in moved
                    and d.unit == c.unit
                ):
                    drafts.append(d.derive("change", c.value, c.unit, c.q))
                    moved.add(d.subject)
    if "same" in low or "identical" in low or "equal" in low or "similar" in low:
        m = _SAME_AMOUNT.search(view.text)
        last = changes[-1] if changes else None
        told = (last.value, last.unit) if last is not None else st.last_change
        if m is not None and told is not None:
            moved = {d.subject for d in drafts if d.metric == "change"}
            levels = [
                d
                for d in drafts
                if d.kind == "price"
                and d.metric in ("price", "price_low")
                and d.subject not in moved
                and d.unit == told[1]
            ]
            if levels:
                d = min(levels, key=lambda x: abs(x.q.start - m.start()))
                fake = Quantity(m.start(), m.end(), abs(told[0]), None, told[1])
                sign = view.sign_near(fake) or (1 if told[0] >= 0 else -1)
                drafts.append(d.derive("change", sign * abs(told[0]), told[1], fake))
    for d in drafts:
        if d.kind == "price" and d.metric == "change":
            st.last_change = (d.value, d.unit)


_FLAT_HINT = re.compile(r"unchanged|flat|stable|steady")
_FLAT = re.compile(
    r"\b(?:unchanged|flat|stable|steady)\s+(?:from|on|compared\s+(?:with|to)|versus|against|over)?"
    r"\s*(?=(?:the\s+|a\s+)?(?:last|previous|prior|week|day|wow|w/w|dod|d/d|yesterday|"
    rf"{WORKDAY})\b)",
    re.I,
)


#: The tax basis written right after a price: "including VAT", "(... excluding VAT)",
#: "ex-VAT", "VAT incl.", "before tax".
_VAT_WORDS = (
    r"(?:\b(?P<ex>excluding|excl\.?|ex|before|without|net\s+of|exclusive\s+of)[\s-]*"
    r"(?:VAT|tax)\b"
    r"|\b(?:including|incl\.?|with|plus|inclusive\s+of)[\s-]*(?:\d{1,2}(?:\.\d)?\s*%\s*)?"
    r"(?:VAT|tax)\b"
    r"|\b(?:VAT|tax)[\s-]*(?:(?P<ex2>excl(?:\.|usive|uded)?)|incl(?:\.|usive|uded)?))"
)
#: The tax basis written right after a price: "including VAT", "(... excluding VAT)",
#: "ex-VAT", "VAT incl.", "including 13% VAT", "inclusive of VAT", "before tax".
_VAT_AFTER = re.compile(r"[^\d;]{0,14}?" + _VAT_WORDS, re.I)
#: The basis told before the price in its clause: "prices excluding VAT stood at".
_VAT_BEFORE = re.compile(_VAT_WORDS + r"[^\d;]{0,40}$", re.I)


def _vat_basis(view: SentenceView, d: Draft) -> str | None:
    """The tax basis written right after a price, or just before it ("ex" or "inc")."""
    m = _VAT_AFTER.match(view.text, d.q.end) or _VAT_BEFORE.search(
        view.text, max(view.clause_of(d.q.start)[0], d.q.start - 50), d.q.start
    )
    if m is None:
        return None
    return "ex" if m.group("ex") or m.group("ex2") else "inc"


#: One end of a range named as what moved: "with the low end of the range up by $30", "the
#: top of the range rose 500 yuan/t"; "both ends", "at either end" move the quote.
_ONE_END = Prechecked(
    re.compile(
        r"\b(?:the\s+)?(?:low(?:er)?|high(?:er)?|upper|top|bottom)\s+(?:end|side)\b"
        r"(?:\s+of\s+the\s+range)?[^.;,\d]{0,25}$"
        r"|\b(?:the\s+)?(?:top|bottom)\s+of\s+the\s+range\b[^.;,\d]{0,25}$",
        re.I,
    )
)


#: Two products joined and said to share what follows: "Pr6O11 and Nd2O3 both closed at X",
#: "Nd oxide and Pr oxide each traded at X".
_JOINED = re.compile(r"\s+and\s+")
_BOTH_AFTER = re.compile(r"(?:\s*\([^()]{0,20}\))?\s*,?\s*(?:both|each|alike)\b", re.I)


def shared_levels(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """Give the first of two products "both" quoted at one level the second's level and move.

    "Nd2O3 and Pr6O11 both ended at RMB 471k/t, down RMB 2k/t day on day": one level and one
    move read for the product next to them are the first product's too (not with
    "respectively", where each has its own figure).
    """
    if "both" not in view.low and "each" not in view.low and "alike" not in view.low:
        return
    if "respectively" in view.low:
        return
    prods = view.products
    for first, second in pairwise(prods):
        if (
            first.id == second.id
            or not _JOINED.fullmatch(view.text, first.end, second.start)
            or not _BOTH_AFTER.match(view.text, second.end)
        ):
            continue
        own = {d.metric for d in drafts if d.subject == first.id}
        for d in list(drafts):
            if (
                d.kind == "price"
                and d.subject == second.id
                and d.metric not in own
                # "..., with dysprosium oxide at X": a figure the second is named for again
                and not any(second.end < p.start < d.q.start for p in prods)
            ):
                drafts.append(replace(d, subject=first.id))


def one_end_moves(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """Drop a move told of one end of a range only: the quote as a whole moved by no one figure."""
    if "end" not in view.low and "top" not in view.low and "bottom" not in view.low:
        return
    for d in list(drafts):
        if d.kind != "price" or d.metric not in ("change", "change_pct"):
            continue
        if _ONE_END.search(view.text, max(0, d.q.start - 45), d.q.start):
            trace.veto("one_end", (d.q.start, d.q.end), "price")
            drafts.remove(d)


#: What may stand between a level and a bracket that opens on its move: a day or span
#: ("at 1,600 yuan/kg a week earlier (+2%)", "at X on Thursday (+1.2% w/w)").
_LEVEL_TO_BRACKET = re.compile(r"[^()\d;]{0,40}\(\s*$")
#: How far a bracketed percent may be from the move between two levels and still be it
#: (the percent is rounded to whole or tenths of a point).
_PCT_SLACK = 0.6


def _bracket_level(view: SentenceView, drafts: list[Draft], d: Draft) -> Draft | None:
    """The level whose bracket holds the percent move ``d``, if a bracket follows one."""
    before = [
        x for x in drafts if x.kind == "price" and x.metric in _LEVELS and x.q.end <= d.q.start
    ]
    if not before:
        return None
    level = max(before, key=lambda x: x.q.end)
    if any(level.q.end <= o.start < d.q.start for o in view.qtys):
        return None
    return level if _LEVEL_TO_BRACKET.fullmatch(view.text, level.q.end, d.q.start) else None


def base_bracket_moves(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """Drop a bracketed move of a base level that is not the move from the base to the quote.

    "at 1,650 yuan/kg on Friday, against 1,600 yuan/kg (+2%) a week earlier": 1,600 to
    1,650 is +3.1%, so +2% is the base's own move, no move of the quote; so is a second
    bracket when the quote has its own ("at X on Thursday (+1.2% w/w) and at Y a week
    earlier (-0.5%)"). A base's bracket that is the move ("down from X last week (-1.6%)")
    stays.
    """
    if "(" not in view.text:
        return
    for d in list(drafts):
        if d.kind != "price" or d.metric != "change_pct" or not in_parentheses(view, d.q):
            continue
        base = _bracket_level(view, drafts, d)
        if base is None:
            continue
        quote = next(
            (
                x
                for x in drafts
                if x.kind == "price"
                and x.metric == base.metric
                and x.subject == base.subject
                and x.unit == base.unit
                and x.q.end <= base.q.start
            ),
            None,
        )
        if quote is None or not base.value:
            continue  # the bracket follows the sentence's quote itself
        own = any(
            x is not d
            and x.metric == "change_pct"
            and x.subject == d.subject
            and quote.q.end <= x.q.start < base.q.start
            for x in drafts
        )
        move = (quote.value / base.value - 1.0) * 100.0
        if own or abs(d.value - move) > _PCT_SLACK:
            trace.veto("base_level", (d.q.start, d.q.end), "price")
            drafts.remove(d)


def vat_pairs(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """Keep one quote per tax basis pair: the VAT-inclusive one, the market's usual basis.

    "452,000-455,000 yuan/t including VAT (400,000-402,650 yuan/t excluding VAT)" and
    "8.9 million yuan/t excluding VAT, or 10.06 million yuan/t including VAT" are one quote
    told twice; the ex-VAT twin in the same currency is dropped (a quote given ex-VAT only
    stays).
    """
    if "vat" not in view.low and "tax" not in view.low:
        return
    basis = {id(d): _vat_basis(view, d) for d in drafts if d.kind == "price"}
    inc = {
        (d.subject, d.entity, d.metric, d.unit.split("/")[0])
        for d in drafts
        if basis.get(id(d)) == "inc"
    }
    for d in list(drafts):
        if (
            basis.get(id(d)) == "ex"
            and (d.subject, d.entity, d.metric, d.unit.split("/")[0]) in inc
        ):
            trace.veto("ex_vat", (d.q.start, d.q.end), "price")
            drafts.remove(d)


#: The words between a percent and the period of the average it is measured against: "21.4%
#: on July's average", "51.1% above the August 2024 average".
_ON_BASE_AVERAGE = re.compile(
    r"\s*(?:on|above|below|over|against|from|than)\s+(?:the\s+|its\s+)?$", re.I
)
#: A level told as the average of a year before the main one: "55% higher than a year
#: earlier, when it averaged just $1.11/kg".
_YEAR_AGO_AVERAGED = re.compile(
    r"\ba\s+year\s+(?:earlier|ago|before),?\s+when\s+(?:it|they|prices?|the\s+price)\s+"
    r"averaged\s+(?:just\s+|only\s+|about\s+|around\s+|roughly\s+)?$",
    re.I,
)


def average_bases(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """Moves and levels of a month's average told against another period's average.

    In "X averaged $82.38/kg over the month, a gain of 21.4% on July's average of $67.87/kg
    and 51.1% above the August 2024 average of $54.52/kg" the periods after the percents are
    their bases: the year-on-year move is of the main average's month, and a move against
    the month before has no metric of its own (dropped). "..., 55% higher than a year
    earlier, when it averaged just $1.11/kg": that level is the average a year before.
    """
    main = next((d for d in drafts if d.kind == "price" and d.metric == "average"), None)
    if main is None or main.period is None or "averag" not in view.low:
        return
    for d in list(drafts):
        if d.kind != "price" or d.q.start <= main.q.start or d.subject != main.subject:
            continue
        dm = next(
            (
                x
                for x in view.dates
                if x.start >= d.q.end and _ON_BASE_AVERAGE.match(view.text, d.q.end, x.start)
            ),
            None,
        )  # the period right after the percent and its base word
        if d.metric in ("average_yoy_pct", "change_pct") and dm is not None and dm.period:
            if dm.period == shift_year(main.period):
                d.metric, d.period, d.date_mention = "average_yoy_pct", main.period, None
            elif (
                dm.period.granularity is main.period.granularity
                and not dm.period.is_span
                and 0 < (main.period.start - dm.period.end).days <= 1
            ):
                drafts.remove(d)  # against the month before: no metric for it
        elif d.metric == "average" and _YEAR_AGO_AVERAGED.search(view.text, 0, d.q.start):
            d.period = shift_year(main.period)
        elif (
            d.metric == "change_pct"
            and d.period == main.period
            and main.period.granularity is not Granularity.DAY
            and any(
                o.metric == "average"
                and o.subject == main.subject
                and o.period == shift_year(main.period)
                for o in drafts
            )
        ):
            # "averaged $70.71 over January-October, compared with $55.18 in January-October
            # 2024, a 28.1% rise": the move between the two averages is the year-on-year one
            d.metric = "average_yoy_pct"


#: The words between a move and the dated level it is measured from: "down 8.7% from the
#: average of 409,300 yuan quoted on May 20", "3,000 yuan below the 372,800 of May 20".
_FROM_LEVEL = re.compile(
    r"\s*(?:(?:yuan|cents?|per\s*cent|percent|pct|pc)\s+)?(?:from|below|above|on)\s+(?:the\s+)?"
    # a day's possessive before the level: "below last Friday's US$96.97/kg"
    r"(?:(?:last|previous|the\s+previous)\s+)?(?:[A-Za-z]+day's\s+)?"
    r"(?:(?:average|mean|level|price|quote|close)\s+of\s+)?(?:about\s+|around\s+|some\s+)?",
    re.I,
)


def moves_from_dated_level(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """A move told "from" a level dated earlier runs from that level's day to its own end.

    "That is down about 8.7 percent from the average of 409,300 yuan quoted on May 20": the
    move ends on the sentence's day (the quote before it) and starts on May 20.
    """
    for d in drafts:
        if d.kind != "price" or d.metric not in ("change", "change_pct") or d.period is None:
            continue
        base = next(
            (
                lv
                for lv in drafts
                if lv.kind == "price"
                and lv.subject == d.subject
                and lv.metric in ("price", "price_low")
                and lv.q.start >= d.q.end
                and _FROM_LEVEL.fullmatch(view.text, d.q.end, lv.q.start)
                and lv.period is not None
                and lv.period.granularity is Granularity.DAY
                and not lv.period.is_span
            ),
            None,
        )
        if base is None or base.period is None:
            continue
        end = d.period.end
        pub = st.dates.published
        if pub is not None and (
            d.period.granularity is not Granularity.DAY or end <= base.period.start
        ):
            # a month named later in the sentence is no end day, nor is the base's own day
            # ("is down 3,500 yuan/t from the X it fetched that day"): the move runs to now
            end = pub
        if base.period.start < end:
            d.period = day_span(base.period.start, end)


#: A move in the present perfect right before its amount: "has gained 150", "have lost
#: about 4,000", "has since shed a further 2,000".
_PERFECT_MOVE = Prechecked(
    re.compile(
        r"\b(?:has|have)\s+(?:(?:now|since|also|already|so\s+far)\s+)?(?:gained|lost|risen"
        r"|fallen|added|shed|climbed|dropped|slipped|eased|firmed|jumped|declined|increased"
        r"|decreased|put\s+on|given\s+(?:up|back))\s+(?:(?:about|around|some|roughly|nearly"
        r"|another|a\s+further|a\s+total\s+of)\s+)?(?:US\$|\$|€|¥|CNY\s*|RMB\s*)?$",
        re.I,
    )
)


#: What may follow such a move and still leave its base the dated level: "since", "since
#: then", "over the week", "on the week".
_SINCE_BASE = re.compile(
    r"(?:\s*(?:yuan|/\s*(?:t|kg|mt)|per\s+\w+))*\s*(?:since\b|(?:over|on|in)\s+the\s+week\b)",
    re.I,
)


def moves_since_dated_level(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """A move in the present perfect after a level dated in the past runs from that day to now.

    "A month ago, on 20 October, it was at X, so the range has gained 150 yuan/kg since";
    "it closed last Friday at X, so both ends have lost 4,000 yuan/t over the week": the
    dated level is the move's base, and "has gained" runs up to the move's own day when that
    lies past the base's, else to the report's day.
    """
    pub = st.dates.published
    if pub is None or not ("has " in view.low or "have " in view.low):
        return
    for d in drafts:
        if d.kind != "price" or d.metric not in ("change", "change_pct") or d.period is None:
            continue
        if not _PERFECT_MOVE.search(view.text, max(0, d.q.start - 60), d.q.start):
            continue
        if any(d.q.end <= m.start < d.q.end + 40 for m in view.dates) and not _SINCE_BASE.match(
            view.text, d.q.end
        ):
            continue  # "has gained 3% this month": a span of its own, not since the level
        base = _day_level_before(d, drafts)
        if base is None or base.period is None:
            continue
        # the move's own end when it lies past the base (the paragraph's price day), else now
        end = d.period.end if d.period.end > base.period.start else pub
        if base.period.start < end:
            d.period = day_span(base.period.start, end)


#: A clause joined after a dated level that goes on to a later move: "fell to X on Thursday
#: and recovered by seven cents", "slid to X on Monday before regaining 4,000 yuan/t".
_THEN_CLAUSE = re.compile(
    r"[^.;:\d]{0,40}?(?:,\s*)?\b(?:and|then|before|but)\s+(?:then\s+|later\s+)?[^.;:\d]{0,30}$",
    re.I,
)

#: A span of the move's own right after it: "2% higher on the week", "up 3 cents w/w".
_MOVE_OWN_SPAN = re.compile(
    r"[^.;,\d]{0,25}?(?:\b(?:on|over|in|for)\s+the\s+(?:week|day|session|month|year|fortnight)\b"
    r"|\b(?:w/w|d/d|m/m|y/y|yoy|wow|mom|dod)(?![\w/])|\b(?:week|day|month|year)[\s-]on[\s-])",
    re.I,
)


def moves_after_dated_level(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """A move told in a clause after a dated level runs on from that level's day.

    "Tb oxide dipped to X on Tuesday and recovered by eight cents into the close": from
    Tuesday to the report's day; "slid to X on Monday before recovering 4,000 yuan/t by
    Friday": Monday to Friday. A move with a span of its own ("and ended 2% down on the
    week") keeps it.
    """
    pub = st.dates.published
    if pub is None or not any(w in view.low for w in ("and ", "then ", "before ", "but ")):
        return
    for d in drafts:
        if d.kind != "price" or d.metric not in ("change", "change_pct") or d.period is None:
            continue
        base = _day_level_before(d, drafts)
        if base is None or base.period is None:
            continue
        if _MOVE_OWN_SPAN.match(view.text, d.q.end):
            continue  # "... and ended 2% higher on the week": its own span
        if not _THEN_CLAUSE.match(view.text, base.q.end, d.q.start) or any(
            base.q.end <= m.start < d.q.start and m.period != base.period for m in view.dates
        ):
            continue
        own = next(
            (
                m.period
                for m in view.dates
                if d.q.end <= m.start < d.q.end + 30
                and m.period is not None
                and m.period.granularity is Granularity.DAY
                and not m.period.is_span
            ),
            None,
        )
        if own is not None:
            end = own.end  # "... before recovering 4,000 yuan/t by Friday"
        elif d.period.end <= base.period.start:
            end = pub  # "... and recovered by seven cents into the close"
        else:
            continue
        if base.period.start < end:
            d.period = day_span(base.period.start, end)


def flat_moves(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """A zero change of the quote before "unchanged from last week", "flat day on day"."""
    if not _FLAT_HINT.search(view.low):
        return
    for m in _FLAT.finditer(view.text):
        quotes = [
            d
            for d in drafts
            if d.kind == "price" and d.metric in ("price", "price_low") and d.q.start < m.start()
        ]
        if not quotes:
            continue
        base = quotes[-1]
        if any(d.subject == base.subject and d.metric == "change" for d in drafts):
            continue
        fake = Quantity(m.end(), m.end(), 0.0, None, base.unit)
        drafts.append(base.derive("change", 0.0, base.unit, fake))


#: A level told in a clause on the base of a move before it: "down 1.06% from the previous
#: working day, when it stood at X", "Compared with May 2024, when the average was X".
_WHEN_LEVEL = re.compile(
    r"\bwhen\s+(?:it|they|the\s+(?:oxide|metal|price)|prices?|(?P<avg>the\s+(?:(?:monthly|"
    r"quarterly|annual|yearly)\s+)?average))\s+(?:stood|was|were|traded|closed|sat|"
    r"changed\s+hands)\s+(?:at\s+)?(?:about\s+|around\s+|near\s+|roughly\s+)?"
    r"(?:US\$|\$|€|¥|CNY\s*|RMB\s*)?$",
    re.I,
)
_LEVELS = ("price", "price_low", "price_high")
#: A level or an average (a named set, not a starred tuple in ``in``, which mypyc rejects).
_LEVELS_OR_AVERAGE = frozenset((*_LEVELS, "average"))
_AVERAGE_BEFORE = re.compile(r"\baverage\b", re.I)


def when_base_levels(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """A level in a "when it stood at X" clause is the level on the base it follows.

    The base is the period named right before the clause ("Compared with May 2024, when the
    average was X": May 2024's average), else the first day of the move told before it
    ("down 1.06% from the previous working day, when it stood at X": that day's level).
    """
    for d in drafts:
        if d.kind != "price" or d.metric not in _LEVELS_OR_AVERAGE:
            continue
        when = _WHEN_LEVEL.search(view.text, max(0, d.q.start - 60), d.q.start)
        if when is None or (d.metric == "average" and not when.group("avg")):
            continue
        # "averaged X in October, up from September, when the average was Y": Y read as an
        # average already (the sentence's "averaged"), still September's
        named = [
            x
            for x in view.dates
            if x.end <= when.start()
            and x.period is not None
            and not view.text[x.end : when.start()].strip(" ,")
        ]
        period = named[-1].period if named else None
        # "the quarterly average was down 20.8% from Q2 2023, when it stood near X": the
        # average is what the clause goes on telling
        avg = when.group("avg") or _AVERAGE_BEFORE.search(view.text, 0, when.start())
        if period is not None and avg and period.granularity is not Granularity.DAY:
            d.metric, d.period, d.date_mention = "average", period, None  # that period's mean
            continue
        if period is not None and period.granularity is Granularity.DAY and not period.is_span:
            d.period, d.date_mention = period, None
            continue
        spans = [
            m.period
            for m in drafts
            if m.kind == "price"
            and m.metric in ("change", "change_pct")
            and m.q.end <= when.start()
            and m.period is not None
            and m.period.is_span
            and m.period.granularity is Granularity.DAY
        ]
        if spans:
            d.period, d.date_mention = Period.day(spans[-1].start), None


#: A level named by its own day and kind: "the 6 November peak of $62.43/kg", "the 30 January
#: print of US$111.25/kg", "its 2 July close of X".
_DATED_NOUN = re.compile(
    r"\b(?:the|its)\s+(?P<day>[^.;,]{3,25}?)\s+(?:peak|high|low|trough|print|close|level|reading"
    r"|assessment|quote)\s+of\s+(?:about\s+|around\s+)?(?:US\$|\$|€|¥|CNY\s*|RMB\s*)?$",
    re.I,
)


#: A move told as standing now: "it is now 20,000 yuan/t lower than at the start of the
#: month", "prices now sit $2 above", "today's level is US$1.05/kg lower".
_NOW_MOVE = Prechecked(
    re.compile(
        r"(?:\b(?:is|are|stands?|sits?|trades?)\s+now|\bnow\s+(?:is|are|stands?|sits?|trades?)"
        r"|\btoday's\s+(?:level|price|quote|close)\s+is)\s+"
        r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?:US\$|\$|€|¥|CNY\s*|RMB\s*)?$",
        re.I,
    )
)


#: The start of a span named right after a move: "lower than at the start of the month".
_SPAN_START_AFTER = re.compile(
    r"[^.;\d]{0,40}?\b(?:start|beginning|outset)\s+of\s+(?:the|this)\s+(?P<span>week|month|year)\b",
    re.I,
)


def _span_first_day(span: str, day: date) -> date:
    """The first day of the week, month or year holding ``day``."""
    if span == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1) if span == "month" else day.replace(month=1, day=1)


def moves_standing_now(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """A move told as where prices stand now ends on the report's day.

    "Nd oxide opened May, on the 6th, at X, so it is now 20,000 yuan/t lower than at the
    start of the month": from the 6th (the opening level the sentence gives, inside the
    move's span) to the report's day, not a move up to the 6th.
    """
    pub = st.dates.published
    if pub is None or ("now" not in view.low and "today's" not in view.low):
        return
    for d in drafts:
        if d.kind != "price" or d.metric not in ("change", "change_pct") or d.period is None:
            continue
        if not _NOW_MOVE.search(view.text, max(0, d.q.start - 40), d.q.start):
            continue
        start = d.period.start
        edge = _SPAN_START_AFTER.match(view.text, d.q.end)
        if edge is not None:  # "... lower than at the start of the month": that span's base
            start = prev_trading(_span_first_day(edge.group("span").lower(), pub))
        if start >= pub:
            continue
        opening = [
            lv.period.start
            for lv in drafts
            if lv.kind == "price"
            and lv.subject == d.subject
            and lv.metric in _LEVELS
            and lv.q.end <= d.q.start
            and lv.period is not None
            and lv.period.granularity is Granularity.DAY
            and not lv.period.is_span
            and start <= lv.period.start < pub
        ]
        d.period, d.date_mention = day_span(max(opening, default=start), pub), None


#: A level told as where a span began: "having started the week at X", "after opening the
#: month at X", "it began this week at X".
_SPAN_OPENING = Prechecked(
    re.compile(
        r"\b(?:start|open|begin|began|begun)\w*\s+(?:the|this)\s+(?P<span>week|month)\s+at\s+"
        r"(?:about\s+|around\s+|roughly\s+)?(?:US\$|\$|€|¥|CNY\s*|RMB\s*)?$",
        re.I,
    )
)


def span_opening_levels(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """A level a week or month opened at is that span's base: the close before it began.

    "ended at X, having started the week at Y" in a report of Friday 24 May: Y is Friday
    17 May's close (the week's base), as a weekly change is measured; "opened the month at
    Y" in May is April's last close.
    """
    if "week" not in view.low and "month" not in view.low:
        return
    anchor = sentence_anchor(view, st)
    if anchor is None:
        return
    for d in drafts:
        if d.kind != "price" or d.metric not in _LEVELS:
            continue
        m = _SPAN_OPENING.search(view.text, max(0, d.q.start - 60), d.q.start)
        if m is None:
            continue
        first = _span_first_day(m.group("span").lower(), anchor)
        d.period, d.date_mention = Period.day(prev_trading(first)), None


#: A level named before its kind and day: "the $92.40 high of June 9", "its 6,900 yuan/kg
#: close on Tuesday" (the level right after "the"/"its", the day after the noun).
_NOUN_BEFORE_LEVEL = re.compile(r"\b(?:the|its)\s+(?:US\$|\$|€|¥|CNY\s*|RMB\s*)?$", re.I)
_NOUN_OF_DAY = re.compile(
    r"(?:\s*/\s*(?:kg|t|mt|tonne))?\s+(?:(?:peak|high|low|trough|print|close|level)\s+(?:of|on)\s+"
    # or by the verb that set it: "the $61.20 printed a week earlier on Friday 4 April",
    # "the 1,620 yuan/kg assessed on 5 September", "the 372,000 yuan/t quoted last Monday"
    r"|(?:printed|assessed|quoted|recorded|posted|reported|fetched)\s+)",
    re.I,
)


#: The side of a dated level a gap is told on, right before it: "below the", "above its".
_GAP_SIDE = re.compile(r"\b(below|under|beneath|lower\s+than|above|over|higher\s+than)\s*$", re.I)


def _level_day(view: SentenceView, d: Draft) -> tuple[int, Period] | None:
    """The start of a dated level's noun phrase and the day it names, else None.

    "the 14 March peak of $71.05/kg" (the day first) or "the $92.40 high of June 9".
    """
    m = _DATED_NOUN.search(view.text, max(0, d.q.start - 50), d.q.start)
    lo, hi = (m.start("day"), m.end("day")) if m is not None else (-1, -1)
    start = m.start() if m is not None else -1
    if m is None:
        lead = _NOUN_BEFORE_LEVEL.search(view.text, max(0, d.q.start - 12), d.q.start)
        tail = _NOUN_OF_DAY.match(view.text, d.q.end)
        if lead is None or tail is None:
            return None
        lo, hi, start = tail.end(), tail.end() + 40, lead.start()
    day = next(
        (
            x.period
            for x in view.dates
            if lo <= x.start < hi
            and x.period is not None
            and x.period.granularity is Granularity.DAY
            and not x.period.is_span
        ),
        None,
    )
    return (start, day) if day is not None else None


def _free_main_figures(
    drafts: list[Draft], base: Draft, begin: int, day: Period, st: DocState
) -> None:
    """Give back the sentence's own day to figures before a dated base that took its day.

    "Tb oxide closed at $912.40/kg, $3.10 below the $915.50 printed on Monday 8 September":
    Monday is the base's day; the close and the move before it are the paragraph's (or the
    report's) day.
    """
    anchor = st.para_day.start if st.para_day is not None else st.dates.published
    if anchor is None or anchor <= day.start:
        return
    for o in drafts:
        if (
            o is not base
            and o.kind == "price"
            and o.q.end <= begin
            and o.date_mention is not None
            and o.date_mention.start >= begin
        ):
            o.period, o.date_mention = Period.day(anchor), None


def dated_noun_levels(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """Levels named by their own day, and the moves measured from them.

    "It now sits 4.2% under the 14 March peak of $71.05/kg": the peak is 6 November's level
    and the 7.7% runs from that day; so does "up 21.7% month-to-date from the 30 January
    print of US$111.25/kg" (the day named beats the span's default start).
    """
    for d in drafts:
        if d.kind != "price" or d.metric not in _LEVELS:
            continue
        found = _level_day(view, d)
        if found is None:
            continue
        begin, day = found
        d.period, d.date_mention = day, None
        _free_main_figures(drafts, d, begin, day, st)
        # ("$7.20/kg, or 7.2%, below the ... high": a move's percent twin may come between)
        moves = {(m.q.start, m.q.end) for m in drafts if m.metric in ("change", "change_pct")}
        for move in drafts:
            if (
                move.kind == "price"
                and move.metric in ("change", "change_pct")
                and move.subject == d.subject
                and move.q.end <= begin
                and not any(
                    o.start > move.q.end and (o.start, o.end) not in moves
                    for o in view.qtys
                    if o.end <= begin
                )
                and move.period is not None
                and move.period.end > day.start
            ):
                end = Period.day(move.period.end)
                move.period, move.date_mention = Period.span(day, end), None
                side = _GAP_SIDE.search(view.text, max(0, begin - 20), begin)
                if side is not None:  # "X, or Y%, below the ... high": a fall since that day
                    low = side.group(1).lower() in ("below", "under", "beneath", "lower than")
                    move.value = -abs(move.value) if low else abs(move.value)


#: A pass over a sentence's drafts: (the sentence, its drafts, the document state).
SentencePass = Callable[[SentenceView, list[Draft], DocState], None]

#: The passes over a sentence's price drafts once its figures are read, in the order they
#: run (a later one reads what an earlier one set: change spans before the bases dated by
#: them). Each returns at once, on a substring or draft test, when its cue is absent.
PASSES: tuple[SentencePass, ...] = (
    vat_pairs,
    base_bracket_moves,
    one_end_moves,
    shared_levels,
    moves,
    flat_moves,
    paired_moves,
    average_bases,
    shared_moves,
    change_spans,
    moves_from_dated_level,
    move_markets,
    span_bases,
    moves_since_dated_level,
    moves_after_dated_level,
    span_opening_levels,
    moves_standing_now,
    reading_dates,
    level_bases,
    paired_days,
    when_base_levels,
    dated_noun_levels,
    remember_levels,
)


def run(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """Run :data:`PASSES` in order over a sentence's drafts.

    Every pass acts on price drafts only and none makes one from nothing, so a sentence
    without one (an output, trade or financial figure) skips them all; it still notes the
    base days it names, the one thing :func:`change_spans` does without a price draft.
    """
    if not any(d.kind == "price" for d in drafts):
        note_base_days(view, st)
        return
    for step in PASSES:
        step(view, drafts, st)
