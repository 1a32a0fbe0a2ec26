"""Resolvers of the Chinese price rules for changes: moves to a level, changes on a base, rates.

The rule records that use them are in ``zh_prices``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reemarket.domain.periods import Granularity, Period
from reemarket.domain.trading_calendar import get_calendar
from reemarket.errors import PeriodError
from reemarket.ingest.dates import month_close, previous_trading_day
from reemarket.ingest.rules.zh_base import PRICE_UNITS, Cand, Sent, day_span, rate_cand, sign
from reemarket.ingest.rules.zh_dates import ZhDate, previous
from reemarket.ingest.rules.zh_past_spans import move_span
from reemarket.ingest.rules.zh_price_levels import (
    Q_SPLIT,
    listed_products,
    quote_entity,
    quote_unit,
    range_cands,
)
from reemarket.ingest.rules.zh_text import compile_pattern, parse_number, word_class

#: a span the move is said over: "本周累计上涨", "月内下跌", "今年以来"
_SPAN_WORD = re.compile(r"本周|这周|周内|本月|当月|月内|今年|年内|累计|以来")


def resolve_move(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "{product} 下调10万元/吨至570万元/吨": the day's change and the level it reached."""
    prod = s.product_before(m.start())
    own = _own_days(s, m.start("cue"))
    day = own[-1].period.start if own else s.day()
    chg = _per_quote(s, m.start(), s.quantity(m.group("chg"), "price_move"))
    out: list[Cand] = []
    if prod is None or day is None or chg is None or chg[1] not in PRICE_UNITS:
        return out
    ent = quote_entity(s, m.start())
    k = sign(m.group("cue"))
    named = list(_BASE_RE.finditer(s.text, s.clause_start(m.start("cue")), m.start("cue")))
    spanned = _SPAN_WORD.search(s.text, s.clause_start(m.start("cue")), m.start("cue"))
    lvl = (
        None if m.group("v") else _per_quote(s, m.start(), s.quantity(m.group("lvl"), "price_move"))
    )
    if (not named or named[-1].group("prev")) and spanned is None:
        # "较上周五上涨20元/公斤，报X": a move against another base is price_change's, not a day's;
        # "本周累计上涨X，报Y" the week's (price_to_date)
        out.append(
            Cand(
                "price",
                ent,
                prod,
                "change",
                _chained_span(s, own, k * chg[0], lvl) or day_span(day),
                k * chg[0],
                chg[1],
                m.start("chg"),
                m.end("chg"),
                "price_move",
            )
        )
    if m.group("v"):  # "下调0.2万元/吨至16.1万-16.5万元/吨": the range it reached
        return out + range_cands(s, m, prod, Period.day(day), "price_move")
    if lvl is not None and lvl[1] in PRICE_UNITS:
        out.append(
            Cand(
                "price",
                ent,
                prod,
                "price",
                Period.day(day),
                lvl[0],
                lvl[1],
                m.start("lvl"),
                m.end("lvl"),
                "price_move",
            )
        )
    return out


def resolve_day_move(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "周四报X, 周五继续上调0.1元/公斤": a move on the day its clause opens on.

    The move is that session's, against the trading day before it. A sentence naming no
    product moves the product its paragraph is about (a list item's later sentence).
    """
    prod = s.product_before(m.start("cue")) or (None if s.products else s.ctx.para_product)
    days = [
        d.period
        for d in s.dates
        if m.start("d") <= d.start < m.end("d")
        and d.period.granularity is Granularity.DAY
        and not d.period.is_span
    ]
    chg = s.quantity(m.group("chg"), "price_day_move")
    if prod is None or not days or chg is None or chg[1] not in PRICE_UNITS:
        return []
    value = sign(m.group("cue")) * chg[0]
    span = day_span(days[0].start)
    ent = quote_entity(s, m.start())
    at, end = m.start("chg"), m.end("chg")
    return [Cand("price", ent, prod, "change", span, value, chg[1], at, end, "price_day_move")]


#: a base the sentence names for its moves: "较上周五", "与1月5日相比", "比前一周"
_NAMED_BASE = re.compile(r"较|相比|比(?:上|前|去|昨)")


def resolve_move_after_dated(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化铈周五报1.75美元，周四为1.78美元，微跌0.03美元": the move since that day.

    A move said right after an earlier day's level, with no base of its own, runs from that
    day to the day of the sentence's quote.
    """
    prod = s.product_before(m.start())
    then = [
        d.period
        for d in s.dates
        if m.start("d") <= d.start < m.end("d")
        and d.period.granularity is Granularity.DAY
        and not d.period.is_span
    ]
    day = s.day()
    chg = _per_quote(s, m.start("chg"), s.quantity(m.group("chg"), "price_move_after_dated"))
    if prod is None or not then or day is None or chg is None or chg[1] not in PRICE_UNITS:
        return []
    if then[0].start >= day:
        return []
    span = Period.span(then[0], Period.day(day))
    value = sign(m.group("cue")) * chg[0]
    ent = quote_entity(s, m.start())
    at, end = m.start("chg"), m.end("chg")
    return [Cand("price", ent, prod, "change", span, value, chg[1], at, end, "price_move_after")]


def _own_days(s: Sent, at: int) -> list[ZhDate]:
    """The sentence's own days (no base, no span) named before ``at``, in order."""
    return [
        d
        for d in s.dates
        if d.end <= at
        and not d.base
        and d.period.granularity is Granularity.DAY
        and not d.period.is_span
    ]


def _chained_span(
    s: Sent, own: list[ZhDate], move: float, lvl: tuple[float, str] | None
) -> Period | None:
    """The span of a move from the level the sentence gave on an earlier day, if it is that.

    "氧化钕于9月29日报97.81美元，10月9日升0.86美元至98.67美元": the move runs from the quote
    of 9月29日 when the earlier level and the move add up to the level reached.
    """
    if len(own) < 2 or lvl is None:
        return None
    before, now = own[-2], own[-1]
    quotes = list(Q_SPLIT.finditer(s.text, before.end, now.start))
    if not quotes or before.period.start >= now.period.start:
        return None
    prior = _per_quote(s, quotes[-1].start(), s.quantity(quotes[-1].group(), "price_move"))
    if prior is None or prior[1] != lvl[1] or abs(prior[0] + move - lvl[0]) > 1e-6 * abs(lvl[0]):
        return None
    return Period.span(before.period, now.period)


def resolve_mid_move(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化钕报X-Y，区间均价下跌7700元/吨": the day's move of the range, by its middle.

    A base named before it ("与上周五（1月5日）相比，中间价下跌…") is another rule's span.
    """
    prod = s.product_before(m.start())
    day = s.day()
    if _NAMED_BASE.search(s.text, 0, m.start()) or any(
        d.base and d.end <= m.start() for d in s.dates
    ):
        return []
    chg = _per_quote(s, m.start(), s.quantity(m.group("chg"), "price_mid_move"))
    if prod is None or day is None or chg is None or chg[1] not in PRICE_UNITS:
        return []
    value = sign(m.group("cue")) * chg[0]
    ent = quote_entity(s, m.start())
    at, end = m.start("chg"), m.end("chg")
    return [
        Cand("price", ent, prod, "change", day_span(day), value, chg[1], at, end, "price_mid_move")
    ]


def resolve_month_move(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "月初报…, 月末报…, 月内下跌0.65万元/吨": from the month's first to last trading day."""
    prod = s.product_before(m.start()) or s.ctx.price_subject
    month = s.period_before(m.start()) or s.ctx.month
    if month is not None and month.granularity is Granularity.DAY and not month.is_span:
        month = Period.month(month.start.year, month.start.month)  # "月末(6月28日)…, 月内下跌"
    chg = s.quantity(m.group("chg"), "price_month_move")
    if prod is None or month is None or chg is None or chg[1] not in PRICE_UNITS:
        return []
    if month.granularity is not Granularity.MONTH or month.is_span:
        return []
    try:
        first = get_calendar("sse").next_trading_day(month.start - timedelta(days=1))
    except PeriodError:
        return []
    last = month_close(month.start.year, month.start.month)
    if s.ctx.published is not None:
        last = min(last, s.ctx.published)
    if last <= first:
        return []
    return [
        Cand(
            "price",
            quote_entity(s, m.start()),
            prod,
            "change",
            Period.span(Period.day(first), Period.day(last)),
            sign(m.group("cue")) * chg[0],
            chg[1],
            m.start("chg"),
            m.end("chg"),
            "price_month_move",
        )
    ]


#: A listing price said just before a move ("氧化镨钕挂牌价为X, 7月为Y, 每吨上调Z").
_LISTING_BEFORE = re.compile(r"挂牌价")


def resolve_contract_move(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "较第二季度上调579元/吨, 环比上涨3.12%" / "本次每吨上调1327元": a contract notice's move.

    The notice's own period (named before, else its main one) against the period before it.
    """
    # the product of its clause chain ("…；金属钕挂牌价X, 每吨上调Y"), else the notice's
    pid = s.product_before(m.start()) or s.ctx.price_subject
    named, main = s.period_before(m.start()), s.ctx.main
    now = named or main
    if named is not None and main is not None and main.granularity is named.granularity:
        now = max(
            named, main, key=lambda p: p.start
        )  # "第二季度价格为…, 本次每吨上调": the notice's
    if s.ctx.price_company is None or pid is None or now is None:
        return []
    if _LISTING_BEFORE.search(s.text, s.clause_start(m.start()) - 40, m.start()):
        return []  # a listing's move is its chain's (price_listing_chain), from its own month
    if now.is_span or now.granularity not in (Granularity.QUARTER, Granularity.MONTH):
        return []
    span = Period.span(previous(now), now)
    ent = s.ctx.price_company
    if m.group("chg"):
        chg = s.quantity(m.group("chg"), "price_contract_move")
        if chg is not None and chg[1] == "CNY":
            chg = (chg[0], "CNY/t")  # "每吨上调1327元"
    else:
        chg = (parse_number(m.group("n"), m.group("sc")), "CNY/t")
    out: list[Cand] = []
    if chg is not None and chg[1] in PRICE_UNITS:
        at, end = (m.start("chg"), m.end("chg")) if m.group("chg") else (m.start("n"), m.end("n"))
        k = sign(m.group("cue"))
        out.append(
            Cand(
                "price",
                ent,
                pid,
                "change",
                span,
                k * chg[0],
                chg[1],
                at,
                end,
                "price_contract_move",
            )
        )
    if m.group("pct"):
        k = sign(m.group("dir")) or 1
        out.append(rate_cand(ent, pid, span, k, m, "pct", "price_contract_move"))
    return out


def resolve_adjusted_pct(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "本次调整后价格环比下降14.36%": the notice's own period against the one before."""
    now, pid = s.ctx.main, s.ctx.price_subject
    if now is None or now.is_span or now.granularity is Granularity.DAY or pid is None:
        return []
    ent, span = s.ctx.price_company or "china", Period.span(previous(now), now)
    k = sign(m.group("cue")) or 1
    return [rate_cand(ent, pid, span, k, m, "pct", "price_adjusted_pct")]


def resolve_per_tonne_move(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "金属钕:每吨上调3.6万元": a listing price move against the month before."""
    month = s.period_before(m.start()) or s.ctx.month
    if month is None or month.granularity is not Granularity.MONTH:
        return []
    v = parse_number(m.group("n"), m.group("sc")) * sign(m.group("cue"))
    pid = s.products_id(m)
    return [
        Cand(
            "price",
            quote_entity(s, m.start()),
            pid,
            "change",
            Period.span(previous(month), month),
            v,
            "CNY/t",
            m.start("n"),
            m.end("n"),
            "listing_move",
        )
    ]


#: A month-on-month word ("环比", "较上月"): a later product's bare rate carries it.
_MOM = compile_pattern("{MOM}")


def resolve_period_move_pct(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "本季度精矿价格环比上涨37.13%": a change against the period before."""
    g = "" if m.group("p") else "2" if m.group("p2") else "3"
    if g and not m.group("pw") and s.ctx.price_company is None:
        return []  # "金属镨钕环比上调4.9%" is a price only in a listing or contract notice
    if g == "3" and _MOM.search(s.text, 0, m.start()) is None:
        return []  # "，金属镨钕上调5.9%" carries the 环比 of the rate before it, or nothing
    period = s.period_before(m.start()) or s.ctx.main
    if period is None or period.is_span or period.granularity is Granularity.DAY:
        return []
    k = sign(m.group("cue" + g)) or 1
    ent, pid = s.ctx.price_company or "china", s.products_id(m, "p" + g)
    span = Period.span(previous(period), period)
    return [rate_cand(ent, pid, span, k, m, "pct" + g, "price_period_pct")]


#: The base of a day's change: "较上一交易日", "比上一交易日", "较7月31日", "较15日",
#: "较上周五(5月17日)", "较节前(4月3日)" (the day before a holiday, named in brackets).
#: The last trading (quoting) day before a holiday closure: "节前", "节前最后一个交易日",
#: "春节前最后报价日", "国庆长假前" (the day in brackets after it, else found in the calendar).
EVE = (
    r"(?:(?:春节|国庆|清明|五一|端午|中秋)(?:节|长假|假期|假)?|长假|假期|节|假)前"
    r"(?:的)?(?:最后(?:一个?)?(?:交易日|报价日))?"
)
BASE = (
    # "与上周五（1月5日）相比，…下跌X": the base between 与 and 相比, the move after the comma
    r"(?:较|(?<![同环占])比|(?P<vs>与))(?:(?P<prev>上一交易日|前一交易日|昨日|前一日|上个交易日)"
    r"|(?P<eve>" + EVE + r")(?:\s*\(\s*(?:\d{1,2}月)?\d{1,2}日\s*\))?"
    r"|[^,，。;；\d]{0,2}\(?(?:\d{1,2}月)?\d{1,2}日\)?|上周[一二三四五]|(?P<lastweek>上周|一周前|一星期前)(?![一二三四五六日末均])"
    r"|(?:\d{1,2}月|上月)(?:末|底)|(?:本|今)?(?:月|年)初)"
    r"(?:\s*\([^()]{1,12}\))?(?(vs)\s*相比\s*[,，]?|)"
)
_BASE_RE = re.compile(BASE)
#: a change against the same day a week before said with no 较: "周环比上涨1.1%", "环比上周下跌"
WEEK_ON_WEEK = r"(?<![上本下])(?P<wow>周环比|环比上周)"
_MONTH_END = re.compile(r"(?:(?P<m>\d{1,2})月|上月)(?:末|底)")
#: the start of the month or year the quote is in: "较月初", "较年初" (its first trading day)
_PERIOD_START = re.compile(r"(?:本|今)?(?P<unit>月|年)初")
_LAST_WEEK = re.compile(r"(?:上周|一周前|一星期前)(?![一二三四五六日末均])")
#: A change rate said after the change: "跌幅3.05%", "涨幅为1.2%".
RATE_TAIL = (
    r"(?:\s*[,，]\s*[日周月]?(?P<rate>{RATE_UP}|{RATE_DOWN})\s*(?:为|达)?\s*(?P<pct>{NUM})\s*%)?"
)


def holiday_eve(day: date, within: int = 45) -> date | None:
    """The last trading day before the latest closure of more than a weekend up to ``day``.

    A closure is a gap of four days or more between two trading days (Spring Festival,
    National Day, Qingming, a Monday holiday); none within ``within`` days gives None.
    """
    later = day
    for _ in range(within):
        try:
            earlier = get_calendar("sse").previous_trading_day(later)
        except PeriodError:
            return None
        if (later - earlier).days >= 4:
            return earlier
        if (day - earlier).days > within:
            return None
        later = earlier
    return None


def eve_day(s: Sent, day: date) -> date | None:
    """The day a bare 节前 names: the eve the text named with its day, else the calendar's."""
    named = s.ctx.eve
    if named is not None and named.start < day and (day - named.start).days <= 45:
        return named.start
    return holiday_eve(day)


def _first_trading_day(first: date) -> date:
    """The first Shanghai trading day on or after ``first`` (``first`` itself if unknown)."""
    try:
        days = get_calendar("sse").trading_days(first, first + timedelta(days=14))
    except PeriodError:
        return first
    return days[0] if days else first


def _week_before(span: Period) -> Period:
    """The week that ended where ``span`` (a week to the quote's day) began."""
    return Period.span(Period.day(span.start - timedelta(days=7)), Period.day(span.start))


def _base_span(s: Sent, lo: int, hi: int, prev: bool, week: bool, day: date) -> Period | None:
    """The span of a change to ``day`` whose base the text at ``lo:hi`` names.

    "较上周" (no day named) is the same day a week before, like "周涨".
    """
    if week and _LAST_WEEK.search(s.text, lo, hi):
        return Period.span(Period.day(day - timedelta(days=7)), Period.day(day))
    end = _MONTH_END.search(s.text, lo, hi)
    if end is not None:  # "较2月末": the last trading day of that month
        mo = int(end.group("m")) if end.group("m") else (day.month - 2) % 12 + 1
        y = day.year if mo < day.month else day.year - 1
        close = month_close(y, mo)
        return Period.span(Period.day(close), Period.day(day)) if close < day else None
    since = [d.period for d in s.dates if lo <= d.start < hi]
    start = _PERIOD_START.search(s.text, lo, hi)
    if start is not None and not since:
        # "较月初下跌5万元/吨": from the first trading day of the quote's month (year)
        first = day.replace(day=1) if start.group("unit") == "月" else date(day.year, 1, 1)
        opened = _first_trading_day(first)
        return Period.span(Period.day(opened), Period.day(day)) if opened < day else None
    if since:
        if since[0].is_span or since[0].granularity.value != "day" or since[0].start >= day:
            return None
        return Period.span(since[0], Period.day(day))
    if re.search(EVE, s.text[lo:hi]):
        eve = eve_day(s, day)  # "较节前上涨2万元/吨": the last trading day before the closure
        return None if eve is None else Period.span(Period.day(eve), Period.day(day))
    if prev:
        return day_span(day)
    if week:  # "周涨": against the same day a week before
        return Period.span(Period.day(day - timedelta(days=7)), Period.day(day))
    return None


def _changes(
    m: re.Match[str], s: Sent, prod: str, span: Period, chg: tuple[float, str], rule: str
) -> list[Cand]:
    """The change, and the rate said after it ("跌幅3.05%") over the same span."""
    k = sign(m.group("cue"))
    ent = quote_entity(s, m.start())
    out = [
        Cand(
            "price",
            ent,
            prod,
            "change",
            span,
            k * chg[0],
            chg[1],
            m.start("chg"),
            m.end("chg"),
            rule,
        )
    ]
    if m.group("pct") is not None:
        way = -1 if word_class(m.group("rate"), ("rate_up", "rate_down")) == "rate_down" else 1
        out.append(rate_cand(ent, prod, span, way, m, "pct", rule))
    return out


#: Words that make one change every product of the part's: "两者均下跌", "二者较昨日持平",
#: "A、B均上涨", "双双上调" (not "均价", nor a range's two ends: "两端均上调").
_JOINT = re.compile(r"(?P<n>两|二|三)者|(?<!两端)(?<!上下限)(?<!高低端)(?:均|都|皆|双双)(?!价)")
_PART_CUT = re.compile(r"[;；。!?！？]")


def joint_products(s: Sent, lo: int, at: int) -> list[str]:
    """The products a change at ``at`` is said of jointly, when the words from ``lo`` say so.

    "氧化钕报X，氧化镨报Y，两者较10月末均下跌Z": both; "两者"/"二者" the last two products of the
    part (since the last semicolon), "三者" the last three, "均"/"双双" every product it names.
    An empty list when the change is one product's.
    """
    said = list(_JOINT.finditer(s.text, lo, at))
    if not said:
        return []
    j = said[-1]
    cuts = [c.end() for c in _PART_CUT.finditer(s.text, 0, at)]
    start = cuts[-1] if cuts else 0
    ids: list[str] = []
    for p in s.products:
        if start <= p.start and p.end <= at and p.id not in ids:
            ids.append(p.id)
    if j.group("n"):
        n = {"两": 2, "二": 2, "三": 3}[j.group("n")]
        return ids[-n:] if len(ids) >= n else []
    return ids if len(ids) >= 2 else []


def _paired(s: Sent, at: int) -> bool:
    """Whether 分别 stands between the last product named and ``at`` (figures paired in order)."""
    last = max((p.end for p in s.products if p.end <= at), default=0)
    return "分别" in s.text[last:at]


def _per_quote(s: Sent, at: int, chg: tuple[float, str] | None) -> tuple[float, str] | None:
    """A change in bare yuan ("上涨1.2万元") in the unit of the quote before it in the sentence."""
    if chg is None or chg[1] not in ("CNY", "USD"):
        return chg
    quotes = [
        q
        for q in (s.quantity(x.group(), "price_change") for x in Q_SPLIT.finditer(s.text, 0, at))
        if q is not None and q[1] in PRICE_UNITS
    ]
    if not quotes or not quotes[-1][1].startswith(chg[1] + "/"):
        unit = quote_unit(s, at, chg[1])  # a unit-first quote before it ("每吨86.5万元")
        return chg if unit is None else (chg[0], unit)
    return chg[0], quotes[-1][1]


def resolve_eve_level(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "…报每吨86.5万元, 春节前(2月12日)为79.8万元": the level on the eve of the closure.

    The eve is the day in brackets, else the one the text named, else the calendar's; a bare
    currency takes the unit of the quote before it. The eve then is the base of the moves
    after it ("累计上涨6.7万元").
    """
    day = s.day()
    prod = s.product_before(m.start("v")) if m.group("p") else None  # "节前(2月8日)氧化镝报…"
    prod = prod or s.product_before(m.start()) or s.ctx.price_subject
    if day is None or prod is None:
        return []
    inside = [
        d.period.start
        for d in s.dates
        if m.start("eve") <= d.start < m.start("v")
        and d.period.granularity is Granularity.DAY
        and not d.period.is_span
    ]
    if not inside and s.ctx.eve is not None and s.ctx.eve.start >= day:
        return []  # the eve the text named is not before this day: the day is in doubt
    eve = inside[0] if inside else eve_day(s, day)
    v = s.quantity(m.group("v"), "price_eve_level")
    if v is not None and v[1] in ("CNY", "USD"):
        unit = quote_unit(
            s, m.end("v"), v[1]
        )  # its own unit first ("报每公斤1700元"), else the last
        v = None if unit is None else (v[0], unit)
    if eve is None or eve >= day or v is None or v[1] not in PRICE_UNITS:
        return []
    s.ctx.list_base = Period.span(Period.day(eve), Period.day(day))
    at, end = m.start("v"), m.end("v")
    ent = quote_entity(s, m.start())
    return [
        Cand("price", ent, prod, "price", Period.day(eve), v[0], v[1], at, end, "price_eve_level")
    ]


def resolve_change(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "较上一交易日上涨0.35万元/吨" / "较7月31日上涨3.3万元/吨": a change to the report's day."""
    prod = s.product_before(m.start()) or s.ctx.price_subject
    day = s.day()
    chg = _per_quote(s, m.start(), s.quantity(m.group("chg"), "price_change"))
    if prod is None or day is None or chg is None or chg[1] not in PRICE_UNITS:
        return []
    if _paired(s, m.start("cue")):
        return []  # "A、B分别较昨日上调X和Y": price_change_each (or _spread) pairs them
    if m.group("vs") and any(m.end("vs") <= p.start < m.start("cue") for p in s.products):
        return []  # "与6月28日相比，氧化钆累计下跌X": the product after 相比 (price_since)
    week = bool(m.group("week")) or bool(m.group("lastweek"))
    span = _base_span(s, m.start(), m.start("cue"), bool(m.group("prev")), week, day)
    if span is not None and m.groupdict().get("prior"):
        # "上一周下跌10万元/吨": the week before the quote's, not a base of the quote's move
        span = _week_before(span)
    elif span is not None:
        s.ctx.list_base = s.ctx.report_base = span
    if span is None:
        return []
    last = max((p.end for p in s.products if p.end <= m.start("cue")), default=0)
    both = joint_products(s, max(last, s.clause_start(m.start())), m.start("cue"))
    out: list[Cand] = []
    for pid in both or [prod]:
        out += _changes(m, s, pid, span, chg, "price_change")
    return out


_SPREAD_ITEM = re.compile(
    r"(?P<flat>持平|不变|持稳)|(?P<dir>"
    + compile_pattern("{UP}|{DOWN}").pattern
    + r")?\s*(?P<q>"
    + compile_pattern("{Q}").pattern
    + r")"
)


def resolve_change_spread(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化镧报X，氧化铈报Y，较10月末分别下跌650元/吨和上涨490元/吨": paired in order.

    The products are those the part (since the last semicolon) named before 分别, each maybe
    with its own quote between; each change has its own direction word, else the one before.
    """
    day = s.day()
    if day is None:
        return []
    cuts = [c.end() for c in _PART_CUT.finditer(s.text, 0, m.start())]
    start = cuts[-1] if cuts else 0
    prods: list[str] = []
    for p in s.products:
        if start <= p.start and p.end <= m.start() and p.id not in prods:
            prods.append(p.id)
    items = list(_SPREAD_ITEM.finditer(m.group("qs")))
    if len(prods) != len(items) or len(prods) < 2:
        return []
    bases = list(_BASE_RE.finditer(s.text, start, m.start("qs")))
    if bases:
        b = bases[-1]
        span = _base_span(
            s, b.start(), b.end(), bool(b.group("prev")), bool(b.group("lastweek")), day
        )
    else:
        span = s.ctx.list_base
    if span is None:
        return []
    out: list[Cand] = []
    way = 0
    off = m.start("qs")
    units = [s.quantity(it.group("q"), "price_change_spread") for it in items if it.group("q")]
    for pid, it in zip(prods, items, strict=True):
        v: tuple[float, str] | None
        if it.group("flat"):  # "分别下跌1000元/吨、持平": no move, in the list's unit
            v, k = ((0.0, units[0][1]) if units and units[0] else None), 1
        else:
            way = sign(it.group("dir")) if it.group("dir") else way
            v, k = s.quantity(it.group("q"), "price_change_spread"), way
        if not k or v is None or v[1] not in PRICE_UNITS:
            return []
        out.append(
            Cand(
                "price",
                quote_entity(s, m.start()),
                pid,
                "change",
                span,
                k * v[0],
                v[1],
                off + it.start(),
                off + it.end(),
                "price_change_spread",
            )
        )
    return out


_MEANS = re.compile(r"均价|均值|平均价")


def resolve_change_rate(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "较一周前上涨2.3%": a quote's rate of change since the base named, no amount said."""
    prod = s.product_before(m.start()) or s.ctx.price_subject
    day = s.day()
    if prod is None or day is None or _paired(s, m.start("cue")):
        return []  # "A、B周环比分别上涨x和y": price_change_each pairs them
    last = max((p.end for p in s.products if p.end <= m.start()), default=0)
    if m.group("wow") and _MEANS.search(s.text, last, m.start()):
        return []  # "本周均价X，上周为Y，周环比下降Z%": the two means' rate, not the quote's
    week = bool(m.group("lastweek") or m.group("wow"))
    span = _base_span(s, m.start(), m.start("cue"), bool(m.group("prev")), week, day)
    if span is None:
        return []
    ent, k = quote_entity(s, m.start()), sign(m.group("cue"))
    return [rate_cand(ent, prod, span, k, m, "pct", "price_change_rate")]


_ENDS = re.compile(r"周初|周末|月初|月末|月底|均价")
_MOVE = re.compile(BASE + "|" + compile_pattern("{UP}|{DOWN}|{RATE_UP}|{RATE_DOWN}").pattern)


def resolve_week_rate(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "本周氧化钕FOB中国价格大幅跟涨，周内涨幅13.51%": the week's rate, said alone.

    A rate after an amount said against a base ("较6月28日上涨0.8万元/吨, 周涨幅5.26%") is
    that change's (RATE_TAIL), so a figure between the product and the rate leaves it there.
    """
    last = max((p.end for p in s.products if p.end <= m.start()), default=None)
    prod = s.product_before(m.start()) or s.ctx.price_subject
    day = s.day()
    between = s.text[last or 0 : m.start()]
    if prod is None or day is None or (re.search(r"\d", between) and _MOVE.search(between)):
        return []  # a move said before (against its base) owns the rate; a day's level does not
    if re.search(r"\d", between) and _ENDS.search(between):
        return []  # "周初均价X，周末均价Y，周内涨幅Z": from the week's first day, not a week back
    span = Period.span(Period.day(day - timedelta(days=7)), Period.day(day))
    if m.group("cue"):
        way = sign(m.group("cue"))
    else:
        way = -1 if word_class(m.group("rate"), ("rate_up", "rate_down")) == "rate_down" else 1
    return [rate_cand(quote_entity(s, m.start()), prod, span, way, m, "pct", "price_week_rate")]


def resolve_day_rate(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化镨钕报56.5万元/吨，单日涨幅1.8%", "…，日涨50元/千克": the day's move, said alone.

    It runs from the previous trading day to the quote's, as "较上一交易日" does; a move said
    before it against a base of its own owns it (that move's rate, RATE_TAIL).
    """
    last = max((p.end for p in s.products if p.end <= m.start()), default=None)
    prod = s.product_before(m.start()) or s.ctx.price_subject
    day = s.day()
    between = s.text[last or 0 : m.start()]
    if prod is None or day is None or _paired(s, m.start()):
        return []
    if re.search(r"\d", between) and _MOVE.search(between):
        return []  # "较8月12日上涨X，单日涨幅Y%": the rate of the move before
    span = day_span(day)
    if m.group("chg") is not None:
        chg = _per_quote(s, m.start(), s.quantity(m.group("chg"), "price_day_rate"))
        if chg is None or chg[1] not in PRICE_UNITS:
            return []
        return _changes(m, s, prod, span, chg, "price_day_rate")
    ent = quote_entity(s, m.start())
    if m.group("cue"):  # "单日上涨1.5%"
        return [rate_cand(ent, prod, span, sign(m.group("cue")), m, "rp", "price_day_rate")]
    way = -1 if word_class(m.group("rate"), ("rate_up", "rate_down")) == "rate_down" else 1
    return [rate_cand(ent, prod, span, way, m, "pct", "price_day_rate")]


def resolve_month_to_date(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化镨钕29日报…, 8月累计上涨16.6%": the month's change so far.

    It runs from the close of the month before to the quote's day; the month named must be
    the quote's own. "月初以来，{product}价格累计…" names the product after the month.
    """
    prod = s.product_before(m.start("cue")) or s.ctx.price_subject
    day = s.day()
    if prod is None or day is None or _paired(s, m.start()):
        return []
    if m.group("mo") is not None and int(m.group("mo")) != day.month:
        return []
    y, mo = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    close = month_close(y, mo)
    if close >= day:
        return []
    span = Period.span(Period.day(close), Period.day(day))
    if m.group("chg") is None:
        ent, k = quote_entity(s, m.start()), sign(m.group("cue"))
        return [rate_cand(ent, prod, span, k, m, "rp", "price_month_to_date")]
    chg = _per_quote(s, m.start(), s.quantity(m.group("chg"), "price_month_to_date"))
    if chg is None or chg[1] not in PRICE_UNITS:
        return []
    return _changes(m, s, prod, span, chg, "price_month_to_date")


def resolve_past_span_move(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化镝上月累计上涨4.6%", "上周氧化钕价格累计下跌1.2万元/吨": a past span's move.

    Last week's runs from the last trading day before it to its last, last month's from the
    close of the month before it to its own close (zh_past_spans).
    """
    text = m.group("w1") or m.group("w2")
    if text is None or _paired(s, m.start("cue")):
        return []
    if any(c.start <= m.start("p") < c.end for c in s.companies):
        return []  # "中国稀土上周累计上涨5.2%": a company's shares, not the product
    word = "lw" if LAST_WEEK_RE.fullmatch(text) else "tm" if THIS_MONTH_RE.fullmatch(text) else "lm"
    span = move_span(word, s)
    if span is None:
        return []
    prod = s.products_id(m)
    if m.group("chg") is None:
        ent, k = quote_entity(s, m.start()), sign(m.group("cue"))
        return [rate_cand(ent, prod, span, k, m, "rp", "price_past_span_move")]
    chg = _per_quote(s, m.start(), s.quantity(m.group("chg"), "price_past_span_move"))
    if chg is None or chg[1] not in PRICE_UNITS:
        return []
    return _changes(m, s, prod, span, chg, "price_past_span_move")


LAST_WEEK_RE = compile_pattern("{LAST_WEEK}")
THIS_MONTH_RE = compile_pattern("{THIS_MONTH}")


def resolve_change_carried(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "A较前一交易日下跌3000元/吨; B报41.1-41.5万元/吨, 跌3000元/吨": the base said before.

    The product may open the clause of the move ("；氧化镨同步下跌3000元/吨").
    """
    prod = s.product_before(m.start("cue"))
    day = s.day()
    bases = list(_BASE_RE.finditer(s.text, 0, m.start()))
    led = any(m.start() <= p.start < m.start("cue") for p in s.products)
    if led and (not bases or "相比" in s.text[: m.start()]):
        return []  # a product opening its move's clause takes only a 较 base said before it
    chg = _per_quote(s, m.start(), s.quantity(m.group("chg"), "price_change"))
    if prod is None or day is None or chg is None or chg[1] not in PRICE_UNITS:
        return []
    if bases:
        b = bases[-1]
        span = _base_span(
            s, b.start(), b.end(), bool(b.group("prev")), bool(b.group("lastweek")), day
        )
    else:
        span = s.ctx.list_base  # a paragraph's (a list's) moves share the base named first
        if span is None and s.ctx.report_base is not None and s.ctx.report_base.end == day:
            span = s.ctx.report_base  # a later paragraph's bare move: the report's base
    return [] if span is None else _changes(m, s, prod, span, chg, "price_change_carried")


def resolve_since(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "与上周五相比, 氧化镝累计上涨35元/千克": a change since a day the sentence named first."""
    day = s.day()
    bases = [
        d.period
        for d in s.dates
        if d.base
        and d.end <= m.start()
        and not d.period.is_span
        and d.period.granularity.value == "day"
    ]
    chg = s.quantity(m.group("chg"), "price_since")
    if (
        not bases
        or day is None
        or chg is None
        or chg[1] not in PRICE_UNITS
        or bases[0].start >= day
    ):
        return []
    return [
        Cand(
            "price",
            quote_entity(s, m.start()),
            s.products_id(m),
            "change",
            Period.span(bases[0], Period.day(day)),
            sign(m.group("cue")) * chg[0],
            chg[1],
            m.start("chg"),
            m.end("chg"),
            "price_since",
        )
    ]


def resolve_from_level(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化钕成交价由44.2万元/吨上调至45万元/吨": with no date said, the level reached now.

    The level moved from has no day of its own; a sentence naming any date or 同期 is left
    to the dated rules (``price_from_to``, ``price_level_since``).
    """
    day = s.day()
    b = s.quantity(m.group("b"), "price_from_level")
    if s.dates or "同期" in s.text or day is None or b is None or b[1] not in PRICE_UNITS:
        return []
    ent = quote_entity(s, m.start())
    at, end = m.start("b"), m.end("b")
    return [
        Cand(
            "price",
            ent,
            s.products_id(m),
            "price",
            Period.day(day),
            b[0],
            b[1],
            at,
            end,
            "price_from_level",
        )
    ]


def resolve_from_to(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "金属镨钕由5月的47.79万元/吨降至45.89万元/吨": the earlier level with its own date.

    An average named before ("年均价由2023年的62美元/公斤降至2024年的58美元/公斤") gives averages,
    and a later level with its own year is that year's.
    """
    then = [d.period for d in s.dates if m.start("d") <= d.start < m.end("d")]
    now = s.ctx.day or s.ctx.published
    if not then and _PREVIOUS_SESSION.fullmatch(m.group("d")):
        # "7月2日，…均价由前一交易日的X涨至Y": the trading day before the sentence's day, Y that day's
        now = _sentence_day(m, s)
        then = [Period.day(previous_trading_day(now))] if now is not None else []
    a = s.quantity(m.group("a"), "price_from_to")
    if not then or a is None or a[1] not in PRICE_UNITS:
        return []
    pid = s.products_id(m)
    ent = quote_entity(s, m.start())
    mean = re.search("均价", m.group("gap") or "") is not None and not then[0].is_span
    metric = "average" if mean and then[0].granularity is not Granularity.DAY else "price"
    out = [
        Cand(
            "price",
            ent,
            pid,
            metric,
            then[0],
            a[0],
            a[1],
            m.start("a"),
            m.end("a"),
            "price_from_to",
        )
    ]
    later = [d.period for d in s.dates if m.group("d2") and m.start("d2") <= d.start < m.end("d2")]
    b = s.quantity(m.group("b"), "price_from_to") if m.group("b") else None
    if metric == "average" and later and b is not None and b[1] == a[1]:
        at, end = m.start("b"), m.end("b")
        out.append(
            Cand("price", ent, pid, "average", later[0], b[0], b[1], at, end, "price_from_to")
        )
    b2 = s.quantity(m.group("b2"), "price_from_to") if m.group("b2") else None
    if metric == "price" and _recent(then[0], now) and b2 is not None and b2[1] == a[1]:
        # "由上周五的X降至Y": from a day of the last weeks (or last week) to today's level
        assert now is not None
        at, end = m.start("b2"), m.end("b2")
        out.append(
            Cand(
                "price", ent, pid, "price", Period.day(now), b2[0], b2[1], at, end, "price_from_to"
            )
        )
    return out


#: The trading day before the sentence's, named as such: "由前一交易日的X", "由上一交易日的X".
_PREVIOUS_SESSION = re.compile(r"\s*(?:前一|上一|上个)(?:个)?交易日\s*")


def _sentence_day(m: re.Match[str], s: Sent) -> date | None:
    """The day a move is told of: the last day the sentence names before it, else the report's."""
    days = [
        d.period.start
        for d in s.dates
        if d.end <= m.start()
        and not d.base
        and not d.period.is_span
        and d.period.granularity is Granularity.DAY
    ]
    return days[-1] if days else (s.ctx.day or s.ctx.published)


def _recent(then: Period, now: date | None) -> bool:
    """Whether a base is a day, or a span of days, within the fortnight before ``now``."""
    if now is None or then.granularity is not Granularity.DAY or then.end >= now:
        return False
    return (now - then.start).days <= 14


def _since_day(s: Sent, at: int) -> Period | None:
    """The last day named before ``at`` (own or base), if earlier than the report's day."""
    days = [
        d.period
        for d in s.dates
        if d.end <= at and not d.period.is_span and d.period.granularity is Granularity.DAY
    ]
    today = s.ctx.published
    if not days or today is None or days[-1].start >= today:
        return None
    return days[-1]


def resolve_level_since(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "6月3日氧化钕均价尚为40万元/吨, 至今累计下跌8%": an earlier day's level, the move since.

    Also "氧化镨同期由40万元/吨跌至37万元/吨, 跌幅7.5%": the same span, from the day named before.
    """
    ga, gp = ("a", "pct") if m.group("a") else ("a2", "pct2")
    then = _since_day(s, m.start(ga))
    a = s.quantity(m.group(ga), "price_level_since")
    pid = s.product_before(m.start(ga))
    today = s.ctx.published
    if then is None or a is None or a[1] not in PRICE_UNITS or pid is None or today is None:
        return []
    ent = quote_entity(s, m.start())
    span = Period.span(then, Period.day(today))
    rule = "price_level_since"
    at, end = m.start(ga), m.end(ga)
    out = [Cand("price", ent, pid, "price", then, a[0], a[1], at, end, rule)]
    b = s.quantity(m.group("b"), rule) if m.group("b") else None
    if b is not None and b[1] == a[1]:
        at, end = m.start("b"), m.end("b")
        out.append(Cand("price", ent, pid, "change", span, b[0] - a[0], a[1], at, end, rule))
    if m.group(gp):
        if m.group("cue"):
            k = sign(m.group("cue")) or 1
        else:
            k = -1 if word_class(m.group("rate"), ("rate_up", "rate_down")) == "rate_down" else 1
        out.append(rate_cand(ent, pid, span, k, m, gp, rule))
    return out


def resolve_move_to_day(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "3月5日（周二）氧化钬成交于47万元/吨，截至今日累计上涨1.5万元/吨": the move since then.

    The move runs from the last day the sentence named before it (the day of the level quoted
    there) to the day it names after 至/到, or the report's day for 今日.
    """
    rule = "price_move_to_day"
    then = _since_day(s, m.start())
    pid = s.product_before(m.start())
    named = [
        d.period
        for d in s.dates
        if m.start("to") <= d.start < m.end("to")
        and not d.period.is_span
        and d.period.granularity is Granularity.DAY
    ]
    today = s.ctx.published
    end = named[-1] if named else Period.day(today) if today is not None else None
    if then is None or pid is None or end is None or not then.end < end.start:
        return []
    ent = quote_entity(s, m.start())
    span = Period.span(then, end)
    k = sign(m.group("cue")) or 1
    if m.group("pct") is not None:
        return [rate_cand(ent, pid, span, k, m, "pct", rule)]
    chg = s.quantity(m.group("chg"), rule)
    if chg is None or chg[1] not in PRICE_UNITS:
        return []
    at, stop = m.start("chg"), m.end("chg")
    return [Cand("price", ent, pid, "change", span, k * chg[0], chg[1], at, stop, rule)]


def resolve_change_that_day(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "周二市场承压，氧化钆和氧化钬当天各下跌2000元/吨": a day's move, no base named.

    The day is the last one the sentence named before the move (当天 points back to it),
    else the sentence's; the move is against the trading day before it. Products listed
    together share it.
    """
    rule = "price_change_that_day"
    named = [
        d.period.start
        for d in s.dates
        if d.end <= m.start("cue")
        and not d.base
        and not d.period.is_span
        and d.period.granularity is Granularity.DAY
    ]
    day = named[-1] if named else s.day()
    chg = s.quantity(m.group("chg"), rule)
    prods = listed_products(m, s)
    if day is None or chg is None or chg[1] not in PRICE_UNITS or not prods:
        return []
    if s.ctx.published is not None and day > s.ctx.published:
        return []
    ent, k = quote_entity(s, m.start()), sign(m.group("cue"))
    at, end = m.start("chg"), m.end("chg")
    return [
        Cand("price", ent, pid, "change", day_span(day), k * chg[0], chg[1], at, end, rule)
        for pid in prods
    ]


def resolve_change_each(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化镝、氧化铽分别下跌5元/千克和10元/千克": changes paired in order, one base."""
    prods = listed_products(m, s)
    qs = list(Q_SPLIT.finditer(m.group("qs")))
    day = s.day()
    if len(prods) != len(qs) or len(prods) < 2 or day is None:
        return []
    bases = list(_BASE_RE.finditer(s.text, 0, m.start("cue")))
    if bases:
        b = bases[-1]
        span = _base_span(
            s, b.start(), b.end(), bool(b.group("prev")), bool(b.group("lastweek")), day
        )
    else:
        span = s.ctx.list_base
    if span is None:
        return []
    k = sign(m.group("cue"))
    out: list[Cand] = []
    base = m.start("qs")
    for pid, q in zip(prods, qs, strict=True):
        v = s.quantity(q.group(), "price_change_each")
        if v is None or v[1] not in PRICE_UNITS:
            return []
        out.append(
            Cand(
                "price",
                quote_entity(s, m.start()),
                pid,
                "change",
                span,
                k * v[0],
                v[1],
                base + q.start(),
                base + q.end(),
                "price_change_each",
            )
        )
    return out


def resolve_change_bracket(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "镨钕金属报45.5万~46.0万元/吨(-0.3万)": the change in brackets after a quote.

    A bare figure is in the quote's own unit ("37.38万元/吨(-0.40)" is -4000 元/吨); one with
    万 is in the quote's unit without it.
    """
    prod = s.product_before(m.start("v"))
    day = s.day()
    unit_q = Q_SPLIT.search(m.group("v"))
    lvl = s.quantity(unit_q.group(), "price_change_bracket") if unit_q else None
    if prod is None or day is None or lvl is None or lvl[1] not in PRICE_UNITS or unit_q is None:
        return []
    nums = re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", unit_q.group())
    scale = lvl[0] / float(nums[-1].replace(",", ""))
    if m.group("sc"):  # the change's own 万 on the quote's unit without its 万
        scale = scale / (1e4 if "万" in unit_q.group() else 1.0) * 1e4
    value = float(m.group("chg").replace("−", "-")) * scale
    span = s.ctx.list_base or day_span(day)
    return [
        Cand(
            "price",
            quote_entity(s, m.start()),
            prod,
            "change",
            span,
            value,
            lvl[1],
            m.start("chg"),
            m.end("chg"),
            "price_change_bracket",
        )
    ]


#: A base day named with its level before a to-date move: "与6月3日的61.36美元相比，".
_NAMED_BASE_BEFORE = re.compile(
    r"(?:与|较|同)\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^,，。;；]{0,16}的[^,，。;；]+相比"
)


def resolve_to_date(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "本周以来累计下跌1.8万元/吨" in a Wednesday note: from the last close before the week.

    A move said to run since the week, the month or the year began is against the last
    trading day before it began (the Friday before, the last close of the month or year
    before) and runs to the sentence's day.
    """
    day = s.day()
    prod = s.product_before(m.start("cue")) or s.ctx.para_product
    if day is None or prod is None:
        return []
    if _NAMED_BASE_BEFORE.search(s.text, 0, m.start()):
        return []  # "与6月3日的X相比，本月以来累计上涨Y%": from the day named (price_base's)
    since = m.group("since") or m.group("wk") or m.group("mo")
    if not m.group("since") and (_MEANS.search(m.group()) or m.group("pct") is not None):
        # "本周均价上涨…": the week's mean moved, not the quote; a bare week's rate is
        # price_week_rate's
        return []
    if m.group("wk"):
        # "周内累计上涨150元/公斤": against the same day a week before, as "周涨"
        first = day - timedelta(days=6)
    elif since in ("本周", "这周"):
        first = day - timedelta(days=day.weekday())
    elif since in ("本月", "当月", "这个月"):
        first = day.replace(day=1)
    else:
        first = date(day.year, 1, 1)
    try:
        base = previous_trading_day(first)
    except PeriodError:
        return []
    if base >= day:
        return []
    span = Period.span(Period.day(base), Period.day(day))
    k = sign(m.group("cue"))
    ent = quote_entity(s, m.start())
    if m.group("pct") is not None:
        pct = float(m.group("pct"))
        at, end = m.start("pct"), m.end("pct")
        return [
            Cand("price", ent, prod, "change_pct", span, k * pct, "%", at, end, "price_to_date")
        ]
    chg = s.quantity(m.group("chg"), "price_to_date")
    if chg is None or chg[1] not in PRICE_UNITS:
        return []
    at, end = m.start("chg"), m.end("chg")
    return [Cand("price", ent, prod, "change", span, k * chg[0], chg[1], at, end, "price_to_date")]
