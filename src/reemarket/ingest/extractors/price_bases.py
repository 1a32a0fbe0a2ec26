"""Finders of the day or period a price level or move is based on.

A level's own "ago", labelled, earlier-assessment, parallel, paragraph and possessive base
days; the spans of "the week to", "five sessions to", running spans and month edges; and
the trailing and leading date references a change span is read from. ``prices``,
``price_changes`` and ``price_passes`` use them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.date_base import EARLIER_ASSESSMENT_WORDS
from reemarket.ingest.dates import MONTH_HEAD, WEEKDAY, WORKDAY, DateMention, month_close
from reemarket.ingest.extractors.comparison import cmp_of
from reemarket.ingest.extractors.date_binding import (
    RUNNING_SINCE,
    bind_period,
    day_span,
    postfix_date,
    prev_trading,
    sentence_anchor,
)
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.numbers import Quantity
from reemarket.ingest.startwords import Prechecked

CHANGE_TAIL = re.compile(
    # "a 14¢ rise on the mid-point", "a $2/kg gain over the week": the amount of a move noun
    # "$12.64/kg or 20.1% higher than ...": the amount with its percent twin before the word
    r"\s*(?:,?\s*or\s+[\d.]+\s*(?:%|per\s*cent|pc)\s*,?\s*(?=higher|lower|more|less|above|below))?"
    r"(?:(?:/\s*(?:kg|t|mt|tonne)\s*)?(?:rise|gain|increase|drop|fall|decline|jump|dip|slide|"
    r"loss|advance|climb|decrease)\s+(?:on|over|from|since|against|in|at|for|week|day|month)\b"
    r"|(?:higher|lower)\s+(?:at|on)\s+(?:both|either|each)\s+ends?\b"  # "a cent lower at both ends"
    # one end's own move: "4,000 yuan higher at the bottom", "lower at the top end"
    r"|(?:higher|lower)\s+at\s+the\s+(?:bottom|top|low|high|lower|upper)(?:\s+end)?\b"
    r"|(?:higher|lower|more|less)\s+(?:(?:at|on)\s+(?:both|either|each)\s+ends?\s+)?"
    r"(?:than|from|on|over|compared)\b"
    # "one cent up on the week", "4,000 yuan/t down over the session": the move of a span
    r"|(?:up|down)\s+(?:on|over)\s+(?:the|a)\s+(?:week|day|month|session|year|fortnight)\b"
    r"|(?:higher|lower)\s+(?:[wdmy]/[wdmy]|wow|dod|mom|yoy|(?:week|day|month|year)[- ]on[- ]"
    r"(?:week|day|month|year))\b|(?:above|below|under)\s+"
    rf"(?:the\s+)?(?:previous|prior|last|{MONTH_HEAD}"
    rf"[a-z]*\b|{WEEKDAY}(?:'s)?\b|yesterday|"
    r"a\s+(?:day|week|month|year)\s+(?:ago|earlier)"
    # "below the $92.40 high of June 9": a gap to a dated level, the move since its day
    r"|(?:the|its)\s+(?=(?:[^.;]|\.\d){0,30}?\b(?:peak|high|low|trough|close|print)\s+(?:of|on)\b)"
    # a level told by the verb that set it: "below the $97.68 printed a week earlier", "above
    # the 1,620 yuan/kg assessed on 5 September"
    r"|(?:the|its)\s+(?=(?:[^.;]|\.\d){0,30}?\b(?:printed|assessed|quoted|recorded|posted"
    r"|reported|seen|fetched)\b))"
    # the amount, then its percent: "64 cents, or 1.1%, higher than at the end of May"
    r"|\s*,\s*or\s+(?:about\s+|around\s+|roughly\s+)?[\d.]+\s*(?:%|per\s*cent|percent)\s*,?\s*"
    r"(?:higher|lower)\s+(?:than|from|on)\b)",
    re.I,
)
FROM = re.compile(r"\bfrom\s*(?:about|around|approximately|roughly)?\s*$", re.I)
BASE_LEAD = re.compile(
    r"\b(?:than|against|versus|vs\.?|compared\s+(?:with|to)|from)\s+(?:the\s+)?"
    r"(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)
_ORDINAL_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4}
#: "up from 19,109 yuan in the third": a quarter named by its ordinal alone.
_BARE_ORDINAL = Prechecked(
    re.compile(r"[^.;\d]{0,25}?\bin\s+the\s+(first|second|third|fourth)\b(?!\s+quarter)", re.I)
)


def ordinal_quarter(view: SentenceView, q: Quantity) -> Period | None:
    """The quarter a base names by its ordinal alone, after the sentence named one in full."""
    bare = _BARE_ORDINAL.match(view.text, q.end)
    if bare is None:
        return None
    named = next(
        (
            d.period
            for d in view.dates
            if d.period is not None
            and d.end <= q.start
            and d.period.granularity is Granularity.QUARTER
            and not d.period.is_span
        ),
        None,
    )
    if named is None:
        return None
    return Period.quarter(named.start.year, _ORDINAL_Q[bare.group(1).lower()])


#: The words between a level and the day of the earlier assessment it was
#: ("$52-55/kg in the prior assessment on 14 October", "at the last session of March 4").
_EARLIER_ASSESSMENT_GAP = re.compile(
    r"^\s*(?:/\s*(?:kg|t|mt|tonne|ton)\s*)?,?\s*(?:in|at|on)\s+(?:the|its)\s+"
    + EARLIER_ASSESSMENT_WORDS,
    re.I,
)


#: A span of its own an average is told over, which we cannot date: "over the four sessions".
_OWN_SPAN = re.compile(
    r"\b(?:over|in|during|across|for)\s+the\s+(?:past\s+|last\s+)?(?:\w+\s+)?"
    r"(?:sessions?|days?|trading\s+days?|weeks?)\b",
    re.I,
)


#: An average told of one day or session: "averaged X on the day", "for the session".
_ON_THE_DAY = re.compile(
    r"\b(?:on|for|during|in|over|across)\s+the\s+(?:trading\s+)?(?:day|session)\b", re.I
)


def day_average(view: SentenceView) -> bool:
    """Whether "X averaged Y" is one day's mean quote: the sentence names one day, or "on the day".

    "Pr-Nd oxide averaged 560,000 yuan/t on the day", "On Thursday terbium oxide averaged
    6,800 yuan/kg"; not "over the five sessions" (a span we cannot date).
    """
    if _ON_THE_DAY.search(view.text):
        return True
    if _OWN_SPAN.search(view.text):
        return False
    return names_day(view)


def told_average(view: SentenceView, st: DocState) -> Period | None:
    """The period of the average told just before, for an "X averaged Y" naming none of its own."""
    told = st.last_average
    if (
        told is None
        or st.paragraph - told[0] > 2
        or any(not d.is_ref and d.period is not None for d in view.dates)
        or _OWN_SPAN.search(view.text)
    ):
        return None
    return told[1]


_AGO_KINDS = ("rel_year", "rel_month", "rel_week", "fortnight")
#: What may come before a leading "a year ago" in its clause: nothing, a bullet, a conjunction.
_CLAUSE_LEAD = re.compile(r"[\s,;:*•-]*(?:(?:and|but|while|whereas|yet)\s+)?", re.I)


def own_ago_date(view: SentenceView, q: Quantity) -> DateMention | None:
    """The "a year ago" a level is told of: leading its clause, or right after it.

    "A year ago Pr-Nd oxide sold for X", "A month ago, terbium oxide was at X", "Pr-Nd oxide
    was X a year earlier", "... was X two weeks ago": the level of then, not of the report's
    day. One after a comparison word ("up from X a year ago") is a base, read elsewhere; a
    leading one with another figure before the level ("A year ago X was Y; it is now Z")
    dates only the first.
    """
    a, _b = view.clause_of(q.start)
    if any(
        o.kind not in _AGO_KINDS and not o.is_ref and o.period is not None and o.start >= a
        for o in view.dates
    ):
        return None  # "A month earlier, on October 27, X was quoted at Y": the day named
    for d in view.dates:
        if d.kind not in _AGO_KINDS or not re.search(r"\bago\b|\bearlier\b", d.text, re.I):
            continue
        if d.start >= q.end:
            if d is postfix_date(view, q) and not BASE_LEAD.search(
                view.text, max(0, q.start - 30), q.start
            ):
                return d
            continue
        between = [o for o in view.qtys if d.end <= o.start < q.start]
        if (
            d.start >= a
            and _CLAUSE_LEAD.fullmatch(view.text, a, d.start)
            # "A week earlier, X had traded at A and Y at B": B shares the verb and its time
            and (not between or GAPPED_AT.search(view.text, between[-1].end, q.start))
        ):
            return d
    return None


def ago_day(view: SentenceView, ago: DateMention, st: DocState) -> Period | None:
    """The day a base "a year (month, week) ago" stands for, in a sentence of day quotes."""
    if ago.kind not in _AGO_KINDS or not re.search(r"\bago\b|\bearlier\b", ago.text, re.I):
        return None
    if any(
        not d.is_ref
        and d.period is not None
        and (d.period.granularity is not Granularity.DAY or d.period.is_span)
        for d in view.dates
    ):
        return None  # "averaged X in Q3, against Y a year earlier": the quarter a year before
    anchor = sentence_anchor(view, st)
    if anchor is None:
        return None
    if ago.kind == "rel_week":
        return Period.day(anchor - timedelta(days=7))
    if ago.kind == "fortnight":
        return Period.day(anchor - timedelta(days=14))
    return Period.day(months_before(anchor, 12 if ago.kind == "rel_year" else 1))


#: A level labelled as the previous assessment's: "EUR 83.69/kg (previous week: EUR 84.51/kg)",
#: "$61.20 (prior session $60.90)", "US$118/kg; a week ago: US$121/kg", "(last week 95.40)".
LABELLED_BASE = Prechecked(
    re.compile(
        r"(?:^|[(\[;,]|\bvs\.?|\bversus|\bagainst)\s*(?:the\s+)?(?:(?:previous|prior|last)\s+"
        r"(?P<unit>week|day|session|close|month)|(?:a|one)\s+(?P<ago>week|day|month)\s+"
        r"(?:ago|earlier|before))(?:'s)?(?:\s+(?:price|level|quote|assessment|close))?\s*[:=]?\s*"
        r"(?:at\s+)?(?:EUR|USD|US\$|\$|€|RMB|CNY|¥|yuan)?\s*$",
        re.I,
    )
)


def labelled_base_day(view: SentenceView, q: Quantity, st: DocState) -> Period | None:
    """The day of a level labelled as the previous week's (day's, month's) assessment."""
    m = LABELLED_BASE.search(view.text, max(0, q.start - 40), q.start)
    if m is None:
        return None
    anchor = sentence_anchor(view, st)
    if anchor is None:
        return None
    step = (m.group("unit") or m.group("ago")).lower()
    if step == "week":
        return Period.day(anchor - timedelta(days=7))
    if step == "month":
        return Period.day(months_before(anchor, 1))
    return Period.day(prev_trading(anchor))


def earlier_assessment_day(view: SentenceView, q: Quantity) -> Period | None:
    """The day of the earlier assessment a level is said to be ("... at the prior assessment on 11 March")."""
    for d in view.dates:
        if d.start < q.end:
            continue
        p = d.period
        if (
            _EARLIER_ASSESSMENT_GAP.match(view.text[q.end : d.start])
            and p is not None
            and p.granularity is Granularity.DAY
            and not p.is_span
        ):
            return p
        return None
    return None


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the last day of a shorter month)."""
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    for d in range(day.day, 27, -1):
        try:
            return date(y, m + 1, d)
        except ValueError:
            continue
    return date(y, m + 1, min(day.day, 28))


def named_month_base(st: DocState, anchor: date) -> date | None:
    """The previous monthly assessment an earlier sentence named, 25 to 35 days back.

    "... from X at the 30 April assessment" makes 30 April the base of later monthly moves.
    """
    near = [d for d in st.base_days if 25 <= (anchor - d).days <= 35]
    return near[-1] if near else None


#: A second move set beside the first: ", while B rose ...", ", whereas B ...".
_PARALLEL = re.compile(r"[,;]\s*(?:while|whereas)\b", re.I)


def parallel_base_day(view: SentenceView, q: Quantity) -> Period | None:
    """The day a parallel move's base names, for an undated base before it.

    "La oxide fell to X from Y, while Ce oxide rose to Z from W at the end of October": Y,
    like W, is October's close.
    """
    for o in view.qtys:
        if o.start <= q.end or o.dimension not in ("price", "money"):
            continue
        if not _PARALLEL.search(view.text, q.end, o.start):
            continue
        if not FROM.search(view.text[max(0, o.start - 20) : o.start]):
            continue
        d = postfix_date(view, o)
        if d is None or d.period is None:
            return None
        if d.period.granularity is Granularity.DAY:
            return d.period if not d.period.is_span else None
        edge = month_edge(view, d)  # "at the end of October": its last close
        return Period.day(edge) if edge is not None else None
    return None


def paragraph_base_day(view: SentenceView, q: Quantity, st: DocState) -> tuple[Period, str] | None:
    """The day an undated base takes from the move told just before it in the paragraph.

    "Nd oxide was $96.76/kg on Friday, down from $98.67 on Thursday. Ce oxide eased to
    $1.75/kg from $1.78": the second move spans the same two days, so $1.78 is Thursday's.
    Only when the level moved from is of the day the earlier move ended on. Gives the day
    and the earlier base's market.
    """
    day, _dm = bind_period(view, q, st, price=True)
    if day is None or day.granularity is not Granularity.DAY or day.is_span:
        return None
    found = st.para_base_days.get(day.start)
    if found is None or found[0] != st.paragraph:
        return None
    return Period.day(found[1]), found[2]


def own_days(view: SentenceView) -> bool:
    """Whether the sentence names a period of its own (not a comparison base)."""
    return any(not d.is_ref and d.period is not None for d in view.dates)


def later_level_is_base(view: SentenceView, d: Draft, drafts: list[Draft]) -> bool:
    """Whether a level of the move's product after it is set as its base ("from X")."""
    return any(
        lv.subject == d.subject
        and lv.metric.startswith("price")
        and lv.q.start > d.q.end
        and FROM.search(view.text, max(0, lv.q.start - 30), lv.q.start) is not None
        for lv in drafts
    )


#: What joins a move in money to its twin in percent: "6,000 yuan/t or 1.3%", "$2 (1.5%)".
_TWIN_GAP = re.compile(r"\s*(?:,\s*)?(?:or|and|\()\s*")


def twin_cmp(view: SentenceView, d: Draft, drafts: list[Draft]) -> str | None:
    """The comparison word of a move's twin told right after it ("X or Y% w-o-w" gives X's)."""
    for o in drafts:
        if (
            o is not d
            and o.subject == d.subject
            and o.metric in ("change", "change_pct")
            and o.metric != d.metric
            and o.q.start > d.q.end
            and _TWIN_GAP.fullmatch(view.text, d.q.end, o.q.start)
        ):
            return cmp_of(view, o.q, None)
    return None


#: Metrics of quoted levels and averages, which a span phrase never belongs to.
QUOTED_METRICS = ("price", "price_low", "price_high", "average")


#: Words putting a day before a move in an event of its own: "after the holiday on Monday".
_EVENT_DAY = re.compile(
    r"\b(?:after|following|since|before|until|ahead\s+of|on\s+the\s+eve\s+of)\b[^,;\d]{0,30}$",
    re.I,
)


def _leads(view: SentenceView, m: DateMention, d: Draft, drafts: list[Draft]) -> bool:
    """Whether a day before a move dates it: no event of its own, no other move between.

    "after the holiday on Monday" is an event's day; in "slid 1% on Tuesday and is down 4%
    over the past two weeks", Tuesday is the 1%'s.
    """
    if _EVENT_DAY.search(view.text, max(0, m.start - 40), m.start):
        return False
    return not any(
        o.metric not in QUOTED_METRICS and o.q is not d.q and postfix_date(view, o.q) == m
        for o in drafts
    ) and not any(
        o.metric not in QUOTED_METRICS and m.end <= o.q.start < d.q.start and o.q is not d.q
        for o in drafts
    )


def trail_anchor(view: SentenceView, d: Draft, drafts: list[Draft], st: DocState) -> date | None:
    """The day a span counted back ends on: the move's own day, else the report's.

    Its own day is one named before it ("On Thursday, X was up 3% over the past week") or
    right after it or its level ("... to 445,000 yuan/t on Thursday"), else the day its
    level in the sentence is quoted for ("..., Fastmarkets said on Thursday"); a day in a
    clause about something else ("as sellers cut offers after the holiday on Monday") or
    another move's day is not. With none, the day the paragraph's prices are stated for,
    else publication.
    """
    dm = d.date_mention
    p = dm.period if dm is not None else None
    if dm is not None and p is not None and p.granularity is Granularity.DAY and not p.is_span:
        if dm.end <= d.q.start and _leads(view, dm, d, drafts):
            return p.start
        _a, b = view.clause_of(d.q.start)
        own = [o for o in view.qtys if o.start >= d.q.start and o.end <= b]
        if any(postfix_date(view, o) == dm for o in own):
            return p.start
    for m in view.dates:
        mp = m.period
        if (
            m.end <= d.q.start
            and not m.is_ref
            and mp is not None
            and mp.granularity is Granularity.DAY
            and not mp.is_span
            and _leads(view, m, d, drafts)
        ):
            return mp.start
    for lv in drafts:  # "rose 2% over the past week to X, Fastmarkets said on Thursday"
        lm, lp = lv.date_mention, lv.period
        if (
            lv.subject == d.subject
            and lv.metric in ("price", "price_low")
            and lv.q.start > d.q.end  # its own level, told after it ("to X")
            and lm is not None
            and lp is not None
            and lp.granularity is Granularity.DAY
            and not lp.is_span
            and not _EVENT_DAY.search(view.text, max(0, lm.start - 40), lm.start)
        ):
            return lp.start  # the move ends on the day its level is quoted for
    if st.para_day is not None:
        return st.para_day.start
    return st.dates.published


def trail_span(trail: str, day: date) -> Period:
    """The span of days a counted-back phrase names, ending on ``day``."""
    if trail == "mtd":
        return day_span(prev_trading(day.replace(day=1)), day)  # from last month's close
    if trail == "wtd":
        return day_span(prev_trading(day - timedelta(days=day.weekday())), day)
    n = int(trail[7:])
    if trail.startswith("trail_s"):  # "over the past five sessions": from the close before
        first = day
        for _ in range(n):
            first = prev_trading(first)
        return day_span(first, day)
    if trail.startswith("trail_m"):
        return day_span(months_before(day, n), day)
    return day_span(day - timedelta(days=n), day)


#: The words between a move and its own base level: "up $3.02 from", "13.6% higher than the".
TO_OWN_BASE = re.compile(
    r"[^.;\d]{0,30}?\b(?:from|than|against|on|over)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[A-Z][a-z]+day's\s+|[\w.]+\s+[\w.]+'s\s+)?(?:US\$|\$|€|¥|yuan\s+|rmb\s*)?",
    re.I,
)


def own_base_day(view: SentenceView, d: Draft, drafts: list[Draft]) -> date | None:
    """The day of the level a move is set against right after it ("up $3 from Tuesday's $123")."""
    for lv in drafts:
        if (
            lv.subject == d.subject
            and lv.metric in ("price", "price_low")
            and lv.period is not None
            and lv.period.granularity is Granularity.DAY
            and not lv.period.is_span
            and lv.q.start > d.q.end
            and TO_OWN_BASE.fullmatch(view.text, d.q.end, lv.q.start)
        ):
            return lv.period.start
    return None


def sessions_after(view: SentenceView, q: Quantity) -> Period | None:
    """The run of sessions a move is told over, after it in its clause.

    "the five sessions to July 5": the move runs from the close before the first of them.
    """
    end = view.clause_of(q.start)[1]
    for m in view.dates:
        if m.kind == "sessions_to" and q.end <= m.start < end and m.period is not None:
            return m.period
    return None


def note_base_days(view: SentenceView, st: DocState) -> None:
    """Remember the comparison days a sentence names, for later sentences' monthly moves."""
    for d in view.dates:
        p = d.period
        if (
            d.is_ref
            and p is not None
            and p.granularity is Granularity.DAY
            and not p.is_span
            and p.start not in st.base_days
        ):
            st.base_days.append(p.start)


def names_day(view: SentenceView) -> bool:
    """Whether the sentence names a day of its own ("on Thursday", "yesterday")."""
    return any(
        not d.is_ref
        and d.period is not None
        and d.period.granularity is Granularity.DAY
        and not d.period.is_span
        for d in view.dates
    )


#: A week named by its last day: "the week to December 4", "week ending Friday, 27 Nov".
_WEEK_TO = re.compile(rf"\bweek\s+(?:to|ending|ended|through)\s+(?:{WORKDAY},?\s+)?$", re.I)


def week_to(view: SentenceView, dm: DateMention | None) -> bool:
    """Whether the day ``dm`` is named as the last day of a week ("in the week to Dec 4").

    The span phrasing "in the week to Thursday" (``span_to``) names it with its week.
    """
    if dm is None or dm.period is None:
        return False
    if dm.kind == "span_to":
        return "week" in view.text[dm.start : dm.end].lower()
    if dm.period.granularity is not Granularity.DAY:
        return False
    return _WEEK_TO.search(view.text, max(0, dm.start - 30), dm.start) is not None


def five_sessions_to(day: date) -> Period:
    """The five trading sessions ending on ``day``: a week told by its last day."""
    first = day
    for _ in range(4):
        first = prev_trading(first)
    return Period.span(Period.day(first), Period.day(day))


#: A level a move reached: "... to 590,000", "to around X".
_TO_LEVEL = re.compile(r"\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$", re.I)


def running_span_level(view: SentenceView, q: Quantity, dm: DateMention | None) -> bool:
    """Whether ``q`` is the level reached ("to X") after a move over a span running to now.

    The span ("so far this year", "year to date", "this month") is the move's, told before
    the figure; the level is the one the move ended on.
    """
    if dm is None or dm.kind not in ("ytd", "rel_month") or dm.end > q.start:
        return False
    if dm.kind == "rel_month" and dm.relative is not None:
        return False  # "last month", "next month": not a span running to now
    return _TO_LEVEL.search(view.text, max(0, q.start - 20), q.start) is not None


#: A move since an earlier level told before: "has since risen to", "since then it has".
_SINCE_THEN = re.compile(r"\b(?:has|have|had)\s+since\b|\bsince\s+then\b", re.I)


def since_then(view: SentenceView, q: Quantity, lo: int = 0) -> bool:
    """Whether a level follows "has since (risen)" after an earlier figure of its sentence.

    "X, which averaged 405,000 yuan/t last year, has since risen to 444,000 yuan/t": the
    second level is the current one, not the earlier period's (nor its average).
    """
    found = list(_SINCE_THEN.finditer(view.text, lo, q.start))
    if not found:
        return False
    at = found[-1].start()
    return any(lo <= o.end <= at and o is not q for o in view.qtys)


#: A relative period owning the level right after it: "last week's", "yesterday's".
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:level|price|quote|close|assessment)\s+of\s+)?")


def possessive_base_day(view: SentenceView, q: Quantity, st: DocState) -> Period | None:
    """The day of a base level owned by a relative period: "from last week's CNY 566,000/t".

    A week back (or the trading day before, for "yesterday's", "the previous session's") from
    the sentence's day.
    """
    for d in view.dates:
        if d.end > q.start or not _POSSESSIVE_GAP.fullmatch(view.text, d.end, q.start):
            continue
        anchor = sentence_anchor(view, st)
        if anchor is None:
            return None
        if d.relative == "week":
            return Period.day(anchor - timedelta(days=7))
        if d.relative == "prev_day":
            return Period.day(prev_trading(anchor))
    return None


#: The verb of an earlier level gapped before a second one: "... and terbium oxide at ".
GAPPED_AT = Prechecked(
    re.compile(r"\band\s+(?:[\w-]+\s+){1,4}?at\s+(?:about\s+|around\s+)?$", re.I)
)
_LEADING = re.compile(
    r"^\W*(?:since|compared\s+(?:with|to)|versus|against|relative\s+to)\s+(?:the\s+)?"
    r"(?:(?:end|start|beginning|close)\s+of\s+(?:the\s+)?|end-)?$",
    re.I,
)


_TRAILING = re.compile(
    r"[^.;]{0,45}?\b(?:compared\s+(?:with|to)|against|versus|vs\.?|since)\s+(?:the\s+)?"
    r"(?:(?:end|close|start|beginning)\s+of\s+(?:the\s+)?|end-)?",
    re.I,
)


def trailing_base(view: SentenceView, q: Quantity) -> DateMention | None:
    """A base told after the move and its percentage, no other product between.

    "down 17,000 yuan/mt, or 2.9%, set against the previous month-end".
    """
    for d in view.dates:
        if d.start < q.end:
            continue
        if _TRAILING.fullmatch(view.text, q.end, d.start) and not any(
            q.end <= p.start < d.start for p in view.products
        ):
            return d
        return None
    return None


_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


def tail_day(view: SentenceView, q: Quantity, anchor: date) -> date | None:
    """The day a move is measured against right after it ("2,000 yuan/mt below Wednesday").

    A weekday is the last one before ``anchor``; a dated base is its day.
    """
    m = CHANGE_TAIL.match(view.text, q.end)
    if m is None:
        return None
    word = m.group(0).strip().split()[-1].lower().removesuffix("'s")
    if word.endswith("day") and word[:-3] in _WEEKDAYS:
        back = (anchor.weekday() - _WEEKDAYS.index(word[:-3])) % 7 or 7
        return anchor - timedelta(days=back)
    for d in view.dates:
        p = d.period
        if (
            m.start() < d.end
            and d.start <= m.end() + 8
            and p is not None
            and p.granularity is Granularity.DAY
            and not p.is_span
            and p.start < anchor
        ):
            return p.start
    return None


def running_ref(view: SentenceView, q: Quantity) -> DateMention | None:
    """The base of a running total: "taking its slide since March 3 to CNY11,000"."""
    for d in view.dates:
        if (
            d.is_ref
            and d.end <= q.start
            and re.fullmatch(r"\s*to\s+(?:about\s+|around\s+)?", view.text[d.end : q.start])
            and RUNNING_SINCE.search(view.text, max(0, d.start - 45), d.start)
        ):
            return d
    return None


def leading_ref(view: SentenceView, q: Quantity) -> DateMention | None:
    """A base opening the sentence ("Compared with a month ago, X is down 3.4%")."""
    for d in view.dates:
        if d.end > q.start:
            break
        if d.is_ref and _LEADING.match(view.text[: d.start]):
            return d
    return None


_EDGE = re.compile(
    r"\b(?:(?:end|close)\s+of\s+(?:the\s+)?|end-|(?P<start>start|beginning)\s+of\s+(?:the\s+)?)$",
    re.I,
)


def month_edge(view: SentenceView, ref: DateMention | None) -> date | None:
    """The close a change runs from when its base is a month's (quarter's, year's) end or start.

    "since the end of June": the last trading day of June; "since the start of June": the
    last trading day before June; "at the end of Q1": the last trading day of March. None
    for other bases.
    """
    if ref is None or ref.period is None or ref.period.granularity is Granularity.DAY:
        return None
    edge = _EDGE.search(view.text[max(0, ref.start - 25) : ref.start])
    if edge is None:
        return None
    if edge.group("start"):
        return prev_trading(ref.period.start)
    last = ref.period.end  # "the end of Q1", "end-2024", "the end of H1": its last month's close
    return month_close(last.year, last.month)
