"""Resolvers of the Chinese price rules for levels: quotes, ranges, averages, listing and contract prices.

The rule records that use them are in ``zh_prices``; changes are resolved in
``zh_price_changes``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from reemarket.domain.periods import Granularity, Period
from reemarket.domain.trading_calendar import get_calendar
from reemarket.errors import PeriodError
from reemarket.ingest.dates import previous_trading_day, trading_week
from reemarket.ingest.rules.zh_base import (
    PRICE_UNITS,
    Cand,
    Sent,
    paired_prices,
    rate_cand,
    sign,
)
from reemarket.ingest.rules.zh_dates import previous, shift_year
from reemarket.ingest.rules.zh_past_spans import mean_period, span_word
from reemarket.ingest.rules.zh_period_means import carried_mean_period
from reemarket.ingest.rules.zh_text import compile_pattern, parse_number, word_class

Q_SPLIT = compile_pattern("{Q}")
PCT = re.compile(r"(\d+(?:\.\d+)?)\s*%")


_SPOT = compile_pattern("{SPOT}")
#: A customs unit value's words ("出口均价"): no market quote (zh.py customs_unit_value).
_UNIT_VALUE = compile_pattern("{UNIT_VALUE}")


#: The domestic market named before a product ("6月26日，国内氧化镨钕均价为X")...
_MARKET_BEFORE = re.compile(r"国内|境内|全国")
#: ... or its market between the product and the figure ("氧化镨钕市场月均价为X").
_MARKET_AFTER = re.compile(r"[^,，。；;：:]{0,6}?市场")
#: A company's own price words: a listing, a contract, a settlement.
_OWN_PRICE = re.compile(r"挂牌|长协|合同|结算|采购|收购|交易价格")


def quote_entity(s: Sent, at: int) -> str:
    """A listing or contract price is the company's; a spot quote is China's market.

    In a listing or contract notice, a quote said to be the spot or domestic market's
    ("现货…", "国内氧化镨钕均价为X", "氧化镨钕市场月均价为X") is China's market, not the
    company's, unless its clause names a price of the company's own (挂牌价, 长协价...).
    """
    if not s.ctx.price_company:
        return "china"
    before = s.text[s.clause_start(at) : at + 1]
    after = _MARKET_AFTER.match(s.text, at)
    clause = before + (after.group() if after else "")
    if _SPOT.search(before) is not None:
        return "china"
    if (_MARKET_BEFORE.search(before) or after) and not _OWN_PRICE.search(clause):
        return "china"
    return s.ctx.price_company


#: A clause led by a holiday eve ("春节前（2月8日）氧化镝报…"): its quote is the eve's
#: (rule price_eve_level), not the report day's.
_EVE_LED = re.compile(
    r"\s*(?:(?:春节|国庆|清明|五一|端午|中秋)(?:节|长假|假期|假)?|长假|假期|节|假)前"
    r"(?:的)?(?:最后(?:一个?)?(?:交易日|报价日))?\s*(?:\(\s*(?:\d{1,2}月)?\d{1,2}日\s*\))?\s*$"
)


def eve_led(s: Sent, at: int) -> bool:
    """Whether the clause holding ``at`` (a product's start) opens with a holiday eve."""
    return _EVE_LED.fullmatch(s.text, s.clause_start(at), at) is not None


def resolve_level(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "{product}报36.25万元/吨": a quoted price on the report's day."""
    day = s.day()
    if eve_led(s, m.start()):
        return []
    v = s.quantity(m.group("v"), "price_level")
    if v is not None and v[1] == "USD" and not re.search(r"[万亿]", m.group("v")):
        # "於9月29日報97.81美元" in a story quoting per kilogram: that unit. Bare yuan stay
        # no quote: in market news "报27.10元" is a share's price
        unit = quote_unit(s, m.start(), v[1])
        v = None if unit is None else (v[0], unit)
    if day is None or v is None or v[1] not in PRICE_UNITS:
        return []
    return [
        Cand(
            "price",
            quote_entity(s, m.start()),
            s.products_id(m),
            "price",
            Period.day(day),
            v[0],
            v[1],
            m.start("v"),
            m.end("v"),
            "price_level",
        )
    ]


def resolve_per_unit_first(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化铽每公斤报3000至3200美元": a market quote with its per-unit word first.

    A listing notice's "每吨57.5万元" is the listing rule's; this reads the market's quotes.
    """
    day = s.day()
    ent = quote_entity(s, m.start())
    if day is None or ent != "china" or eve_led(s, m.start("p")):
        return []
    when, metric = Period.day(day), "price"
    if _AVERAGE_WORD.search(s.text, m.end("p"), m.start("per")):
        # "上半年氧化镨钕均价约为每吨43万元": the mean over the period named, else no fact
        when = span_to_day(s, m.start("per")) or s.period_before(m.start("per")) or when
        if when.granularity is Granularity.DAY and not when.is_span:
            if not m.group("day"):
                return []
            # "氧化鐠釹3月2日均價報每噸X": a day named for its 均价 makes it the day's price
        else:
            metric = "average"
    per = "t" if m.group("per") == "吨" else "kg"
    unit = ("USD/" if m.group("cur") == "美元" else "CNY/") + per
    sc = m.group("sc") or ""
    pid = s.products_id(m)
    at, end = m.start("lo"), m.end("hi") if m.group("hi") else m.end("lo")
    lo = parse_number(m.group("lo"), sc)
    if not m.group("hi"):
        return [Cand("price", ent, pid, metric, when, lo, unit, at, end, "price_per_unit_first")]
    if metric == "average":
        return []
    hi = parse_number(m.group("hi"), sc)
    return [
        Cand("price", ent, pid, end_metric, when, v, unit, at, end, "price_per_unit_first")
        for end_metric, v in (("price_low", lo), ("price_high", hi))
    ]


_AVERAGE_WORD = compile_pattern("{AVERAGE}")


def listed_products(m: re.Match[str], s: Sent) -> list[str]:
    """The products named in the match's ``ps`` group, in order ("氧化镝、氧化铽")."""
    return [p.id for p in s.products if m.start("ps") <= p.start and p.end <= m.end("ps")]


_UP = compile_pattern("{UP}").pattern
_DOWN = compile_pattern("{DOWN}").pattern
#: one rate of a "同比分别…" list, with the direction written before it when it has its own
_RATE_ITEM = re.compile(rf"(?P<dir>{_UP}|{_DOWN})?(?P<n>\d+(?:\.\d+)?)%")
_EACH_YOY = re.compile(
    rf"\s*[,，]?\s*同比(?:分别)?\s*(\S{{1,3}}?)\s*((?:\d+(?:\.\d+)?%[、,，和及与]?(?:{_UP}|{_DOWN})?)+)"
)


def resolve_each(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "A与B分别报X和Y" / "A、B全年均价分别为X、Y, 同比分别下降p、q": paired in order."""
    prods = listed_products(m, s)
    qs = list(Q_SPLIT.finditer(m.group("qs")))
    if len(prods) != len(qs) or len(prods) < 2:
        return []
    if re.search(r"周[初末]\s*均价", m.group("mid")):
        return []  # a week's first or last day's mean quotes: the price_week_end rule's
    avg = "均价" in m.group("mid") or "平均" in m.group("mid")
    period = (
        s.period_before(m.start("qs")) or carried_mean_period(s, m.group("mid")) if avg else None
    )
    day = s.day()
    if avg and period is None:
        return []
    if not avg:
        if day is None:
            return []
        period = Period.day(day)
    metric = "average" if avg else "price"
    out = paired_prices(s, prods, qs, m.start("qs"), metric, period, "price_each")
    if not out:
        return []
    if not avg and s.ctx.price_company and _LISTING_WORD.search(m.group("mid")):
        # "氧化镧、氧化铈的挂牌价…分别为X和Y" in a listing notice: the company's prices of
        # the listing's month
        month = _listing_month(s, m.start("qs"))
        if month is None:
            return []
        return [replace(c, entity=s.ctx.price_company, period=month) for c in out]
    tail = s.text[m.end() : m.end() + 80]
    # "同比分别下降10%和5%", or each rate with its own direction: "同比分别下降9.2%和上涨20.1%"
    yo = _EACH_YOY.match(tail)
    if avg and yo:
        items = list(_RATE_ITEM.finditer(yo.group(2)))
        pcts = [i.group("n") for i in items]
        k = sign(yo.group(1)) or 1
        if len(pcts) == len(prods):
            at = m.end() + yo.start(2)
            for pid, p, i in zip(prods, pcts, items, strict=True):
                own = sign(i.group("dir")) if i.group("dir") else 0
                out.append(
                    Cand(
                        "price",
                        "china",
                        pid,
                        "average_yoy_pct",
                        period,
                        (own or k) * float(p),
                        "%",
                        at,
                        at + len(yo.group(2)),
                        "price_each",
                    )
                )
    return out


def _this_week(m: re.Match[str], s: Sent) -> Period | None:
    """A "周均价" with no period named: the trading week (Monday to Friday) of the report's day."""
    if "周" not in s.text[m.end("p") : m.start("v")]:
        return None
    day = s.day()
    return None if day is None else trading_week(day, cap=day)


_TO_DATE = re.compile(
    r"(?:年初|年内|今年以来|年初以来|自年初|1月1日)\s*(?:至|到|以来)?\s*(?:[(（]?\s*截至)?\s*$"
)
_SINCE = re.compile(r"以来\s*[(（,，]?\s*(?:截至|截止到|截止|至)\s*$")


def span_to_day(s: Sent, at: int) -> Period | None:
    """The span of days a mean said before ``at`` runs over, when its dates say one.

    "6月3日-6日" is a span already; "年初至6月13日" runs from 1 January; "二季度以来（截至6月
    13日）" from the start of the quarter. None when the last date is no such span.
    """
    own = [d for d in s.dates if d.end <= at and not d.base]
    if not own:
        return None
    last = own[-1]
    p = last.period
    if p.is_span and p.granularity is Granularity.DAY:
        return p
    if p.is_span or p.granularity is not Granularity.DAY:
        return None
    lead = s.text[max(0, last.start - 10) : last.start]
    if _TO_DATE.search(lead):
        return Period.span(Period.day(p.start.replace(month=1, day=1)), p)
    since_word = _SINCE.search(lead)
    if since_word is not None:
        cut = last.start - len(since_word.group())
        since = [d.period for d in s.dates if d.end <= cut]
        if since and since[-1].start < p.start and not since[-1].is_span:
            return Period.span(Period.day(since[-1].start), p)
    return None


def resolve_average_span(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "本周（6月3日-6日）均价434.6元/千克": a mean over a span of days, product said before."""
    if any(m.start() <= p.start < m.end() for p in s.products):
        return []
    prod = s.product_before(m.start()) or s.ctx.price_subject
    period = span_to_day(s, m.end("d"))
    v = s.quantity(m.group("v"), "price_average_span")
    if prod is None or period is None or v is None or v[1] not in PRICE_UNITS:
        return []
    ent = quote_entity(s, m.start())
    at, end = m.start("v"), m.end("v")
    return [Cand("price", ent, prod, "average", period, v[0], v[1], at, end, "price_average_span")]


def _average_rates(m: re.Match[str], s: Sent, pid: str, period: Period, ent: str) -> list[Cand]:
    """The y/y and m/m rates said after an average, up to the next product or clause break.

    A break (";", "其中") ends them: "…同比上涨37.4%; 其中四季度均价X, 同比上涨36.2%" gives each
    average its own rate.
    """
    out: list[Cand] = []
    nxt = [p.start for p in s.products if p.start > m.end()]
    tail = s.text[m.end() : min([m.end() + 60, *nxt])]
    tail = re.split(r"[;；]|其中", tail, maxsplit=1)[0]
    for cm in re.finditer(
        r"(同比|环比|较(?:\d{4}年|上年|去年)同期)\s*(\S{0,3}?)\s*(\d+(?:\.\d+)?)\s*%", tail
    ):
        k = sign(cm.group(2)) or 1
        at = m.end() + cm.start(3)
        if cm.group(1) != "环比":
            out.append(
                Cand(
                    "price",
                    ent,
                    pid,
                    "average_yoy_pct",
                    period,
                    k * float(cm.group(3)),
                    "%",
                    at,
                    at + len(cm.group(3)),
                    "price_average",
                )
            )
        elif cm.group(1) == "环比":
            if any(
                d.start < m.start() and not d.period.is_span and previous(d.period) == period
                for d in s.dates
            ):
                # "三月均价X，二月均价Y，环比P%": the period before is named second; the rate
                # is the later mean's, said first, not this one's against the period before it
                continue
            span = Period.span(previous(period), period) if not period.is_span else None
            out.append(rate_cand(ent, pid, span, k, cm, 3, "price_average", m.end()))
    return out


#: a move on the trading day before, said after the figure: "较上一交易日上涨0.5万元/吨"
_DAILY_MOVE = re.compile(r"^[,，]\s*(?:较|比)\s*(?:上一|前一|上个)交易日|^[,，]\s*(?:较|比)\s*昨日")


def _day_of_daily_move(m: re.Match[str], s: Sent) -> Period | None:
    """A 均价 with no period, then its move on the day before, is that day's quote."""
    day = s.day()
    if day is None or _DAILY_MOVE.match(s.text[m.end("v") :]) is None:
        return None
    return Period.day(day)


#: Deals summed over a span: "以来", "累计成交", "合计成交"
_SUMMED = re.compile(r"以来|累计|合计|共计")


def resolve_deal_average(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化镨钕成交52吨，成交均价684150元/吨": the day's deals averaged, a day's price.

    A deal average weighs the day's deals by their volume: it is the day's price of the
    product, not the midpoint of a range. Over a month or a week the text named
    ("10月氧化镨钕累计成交800吨，成交均价…") it is that period's average.
    """
    day = s.day()
    v = s.quantity(m.group("v"), "price_deal_average")
    if day is None or v is None or v[1] not in PRICE_UNITS:
        return []
    named = s.period_before(m.start("v"))
    over = named is not None and (named.is_span or named.granularity is not Granularity.DAY)
    if not over and _SUMMED.search(s.text, 0, m.start("v")):
        return []  # "7月以来…累计成交…": deals of a span the text does not bound, no day's
    period = named if over and named is not None else Period.day(day)
    return [
        Cand(
            "price",
            quote_entity(s, m.start()),
            s.products_id(m),
            "average" if over else "price",
            period,
            v[0],
            v[1],
            m.start("v"),
            m.end("v"),
            "price_deal_average",
        )
    ]


#: a month-to-date mean named before its product, no end day said: "7月以来(，)氧化镨钕均价"
_SINCE_MONTH = re.compile(r"(?:(?P<mo>\d{1,2})\s*月份?|本月|当月)以来\s*[,，]?\s*$")


def _month_to_date(m: re.Match[str], s: Sent) -> Period | None:
    """From the 1st of the month named before the product to the report's day (z4_04's span)."""
    since = _SINCE_MONTH.search(s.text, 0, m.start())
    day = s.ctx.published
    if since is None or day is None:
        return None
    month = int(since.group("mo")) if since.group("mo") else day.month
    if not 1 <= month <= 12 or date(day.year, month, 1) >= day:
        return None
    return Period.span(Period.day(date(day.year, month, 1)), Period.day(day))


def resolve_average(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "四季度氧化镨钕均价为41.6万元/吨, 同比下降15.4%, 环比上涨6.9%"."""
    past = span_word(s, s.clause_start(m.start()), m.start("v"))
    period = (
        (mean_period(past, s) if past else None)  # "上周氧化镨钕均价", "氧化铽上月均价"
        or _month_to_date(m, s)
        or span_to_day(s, m.start("v"))
        or s.period_before(m.start("v"))
        or _this_week(m, s)
        or carried_mean_period(s, s.text[m.end("p") : m.start("v")])
        or _day_of_daily_move(m, s)
    )
    v = s.quantity(m.group("v"), "price_average")
    if period is None or v is None or v[1] not in PRICE_UNITS:
        return []
    day_quote = period.granularity is Granularity.DAY and not period.is_span
    metric = "price" if day_quote else "average"  # a day's 均价 is that day's quote
    pid = s.products_id(m)
    out = [
        Cand(
            "price",
            quote_entity(s, m.start("v")),  # "氧化镨钕现货均价": the spot word after the product
            pid,
            metric,
            period,
            v[0],
            v[1],
            m.start("v"),
            m.end("v"),
            "price_average",
        )
    ]
    if metric == "average":
        out.extend(_average_rates(m, s, pid, period, out[0].entity))
    out.extend(_earlier_average(m, s, pid, period, out[0].entity) if metric == "average" else [])
    return out


#: The earlier period's average said right after one: "较一季度的40.52万元/吨", "上周为37万元/吨".
_EARLIER = re.compile(
    r"\s*[,，]\s*(?:较\s*(?P<d>[^的,，。;；]{1,10})的"
    r"|(?P<w>上周|上月)\s*(?:[(（](?P<wd>[^()（）]{1,20})[)）])?\s*(?:[周月]?(?:均价|平均价格?))?"
    r"\s*(?:为|是)?"
    r"|(?P<d3>\d{1,2}\s*月份?)\s*月?(?:均价|平均价格?)\s*(?:为|是|报)?"
    r"|(?:环比|较|相比)\s*(?P<d2>[^的,，。;；()（）\d]{1,8}(?:\d{1,2}月)?)\s*[(（])\s*(?P<q>"
    + Q_SPLIT.pattern
    + ")"
)


def _trading_days(first: date, last: date) -> Period:
    """From the first to the last trading day of ``first..last`` (a week less its holidays)."""
    try:
        cal = get_calendar("sse")
        a = cal.next_trading_day(first - timedelta(days=1))
        b = previous_trading_day(last + timedelta(days=1))
    except PeriodError:
        return Period.span(Period.day(first), Period.day(last))
    if not first <= a < b <= last:
        return Period.span(Period.day(first), Period.day(last))
    return Period.span(Period.day(a), Period.day(b))


def _earlier_average(m: re.Match[str], s: Sent, pid: str, period: Period, ent: str) -> list[Cand]:
    """The earlier period's average said right after this one's ("较一季度的820万元/吨").

    Or in brackets after the period it is of: "环比一季度（40.52万元/吨）下滑2.8%".
    """
    e = _EARLIER.match(s.text, m.end())
    if e is None:
        return []
    then: Period | None = None
    g = next((k for k in ("d", "d2", "d3") if e.group(k) is not None), None)
    if g is not None:  # "较一季度的X", "环比一季度（X）", "2月月均价为X"
        named = [d.period for d in s.dates if e.start(g) <= d.start < e.end(g)]
        then = named[0] if named and named[0].granularity is period.granularity else None
    elif e.group("w") == "上周" and period.granularity is Granularity.DAY and period.is_span:
        named = [
            d.period
            for d in s.dates
            if e.group("wd") and e.start("wd") <= d.start < e.end("wd") and d.period.is_span
        ]
        week = timedelta(days=7)
        then = named[0] if named else _trading_days(period.start - week, period.end - week)
    elif e.group("w") == "上月" and period.granularity is Granularity.MONTH:
        then = previous(period)
    if e.group("d") is not None and _SAME_TIME_LAST_YEAR.fullmatch(e.group("d").strip()):
        then = shift_year(period)  # "较上年同期的X": the same period a year before
    v = s.quantity(e.group("q"), "price_average")
    if then is None or v is None or v[1] not in PRICE_UNITS:
        return []
    out = [
        Cand(
            "price",
            ent,
            pid,
            "average",
            then,
            v[0],
            v[1],
            e.start("q"),
            e.end("q"),
            "price_average",
        )
    ]
    r = _RATE_AFTER_BASE.match(s.text, e.end())
    if r is not None and then == shift_year(period) and sign(r.group("cue")):
        # "较2023年上半年的X下降34.45%": the rate against the mean a year before is the y/y
        at = r.start("n")
        value = sign(r.group("cue")) * float(r.group("n"))
        out.append(
            Cand(
                "price",
                ent,
                pid,
                "average_yoy_pct",
                period,
                value,
                "%",
                at,
                r.end("n"),
                "price_average",
            )
        )
    return out


#: The same period a year before, named as such: "上年同期", "去年同期".
_SAME_TIME_LAST_YEAR = re.compile(r"(?:上年|去年|上一年)同期")
#: A rate right after a base level: "…的52.40万元/吨下降21.37%".
_RATE_AFTER_BASE = compile_pattern(
    r"\s*(?:分别)?\s*(?P<cue>{UP}|{DOWN})\s*(?:了)?\s*(?P<n>\d+(?:\.\d+)?)\s*%"
)


_OWN_PRICE_WORD = compile_pattern(r"\s*(?:\d{1,2}月)?(?:{CONTRACT}|{LISTING}|价格)")


def resolve_contract(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "2024年第三季度稀土精矿交易价格确定为不含税17800元/吨": a company's contract price."""
    pid = s.products_id(m)
    between = [p for p in s.products if m.end("p") <= p.start < m.start("v")]
    if between:  # another product between name and figure: not this product's price, but
        # that product's when its own price word follows it ("中重稀土挂牌价: 氧化镝挂牌价为…")
        last = between[-1]
        if _OWN_PRICE_WORD.match(s.text, last.end) is None:
            return []
        pid = last.id
    ent = s.ctx.price_company or s.company_before(m.start())
    day = s.day()
    if ent is None and day is None:
        return []
    period = s.period_before(m.start("v")) or (
        s.ctx.main if ent else Period.day(day) if day else None
    )
    v = s.quantity(m.group("v"), "contract_price")
    if period is None or v is None or v[1] not in PRICE_UNITS:
        return []
    s.ctx.price_subject = pid
    return [
        Cand(
            "price",
            ent or "china",
            pid,
            "price",
            period,
            v[0],
            v[1],
            m.start("v"),
            m.end("v"),
            "contract_price",
        )
    ]


def resolve_contract_period(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "第二季度价格为不含税17782元/吨" in a contract notice: another period's price.

    The product is the notice's; the period is the one the clause opens with.
    """
    ent, pid = s.ctx.price_company, s.ctx.price_subject
    found = [d.period for d in s.dates if m.start("per") <= d.start < m.end("per") and not d.base]
    v = s.quantity(m.group("v"), "contract_period")
    if ent is None or pid is None or len(found) != 1 or v is None or v[1] not in PRICE_UNITS:
        return []
    if found[0].granularity not in (Granularity.QUARTER, Granularity.MONTH) or found[0].is_span:
        return []
    at, end = m.start("v"), m.end("v")
    return [Cand("price", ent, pid, "price", found[0], v[0], v[1], at, end, "contract_period")]


def resolve_contract_rate(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "二季度价格环比上调1.85%" in a contract notice: the period's rate on the one before.

    The product and holder are the notice's; the rate runs from the period before the one the
    clause opens with (a quarter or a month).
    """
    ent, pid = s.ctx.price_company, s.ctx.price_subject
    found = [d.period for d in s.dates if m.start("per") <= d.start < m.end("per") and not d.base]
    if ent is None or pid is None or len(found) != 1 or found[0].is_span:
        return []
    if found[0].granularity not in (Granularity.QUARTER, Granularity.MONTH):
        return []
    span = Period.span(previous(found[0]), found[0])
    return [rate_cand(ent, pid, span, sign(m.group("cue")) or 1, m, "pct", "contract_rate")]


def resolve_contract_past(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "仍低于2023年第二季度31030元/吨的历史高位": a notice's price of a past period.

    The product and holder are the notice's; the period is the one named right before it.
    """
    ent, pid = s.ctx.price_company, s.ctx.price_subject
    # the quarter is often the base of a comparison ("低于2023年第二季度…"): still its own price
    found = [d.period for d in s.dates if m.start("per") <= d.start < m.end("per")]
    v = s.quantity(m.group("v"), "contract_past")
    if ent is None or pid is None or len(found) != 1 or v is None or v[1] not in PRICE_UNITS:
        return []
    if found[0].granularity is not Granularity.QUARTER or found[0].is_span:
        return []
    at, end = m.start("v"), m.end("v")
    return [Cand("price", ent, pid, "price", found[0], v[0], v[1], at, end, "contract_past")]


def _range(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "{product}报价37.9-38.2万元/吨": the two ends of a day's quoted range."""
    day = s.day()
    if day is None:
        return []
    # a label naming several products ("氧化钕、氧化镨: 氧化钕报X-Y"): the range is the last one's
    pid = s.product_before(m.start("v")) or s.products_id(m)
    s.ctx.price_subject = pid
    # "氧化镧全月维持在3.81-4.19元/公斤" (and the next product's "维持在…"): the month's range
    whole = _WHOLE_MONTH.search(s.text, 0, m.start("v")) is not None
    when = Period.day(day)
    if whole:
        named = s.period_before(m.start("v"))
        month = named is not None and named.granularity is Granularity.MONTH and not named.is_span
        when = named if named is not None and month else Period.month(day.year, day.month)
    else:
        when = _range_frame(m, s) or when
    pub = s.ctx.published
    if (
        _WHOLE_WEEK.search(s.text, 0, m.start("v"))
        and pub is not None
        and when.end < pub
        and trading_week(pub, 0, pub).start <= when.start
    ):
        # "全周维持3.71-4.09元/公斤" in a review: held to the week's last day reviewed, not to
        # a weekday the text named before
        when = Period.day(pub)
    return range_cands(s, m, pid, when, "price_range")


def resolve_level_now(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "本月初氧化镝报1650元/公斤，目前已涨至1700元/公斤": the level reached now.

    The product is the last one named before in the sentence; "目前"/"现已" date it to the
    report, whatever day the clause before named.
    """
    day = s.ctx.published or s.day()
    names = [(c.start, c.end) for c in s.companies]
    own = [
        p for p in s.products if p.end <= m.start() and not any(a <= p.start < b for a, b in names)
    ]
    if day is None or not own or any(p.start > m.start() for p in s.products if p.start < m.end()):
        return []
    pid = own[-1].id
    if m.group("r"):
        return range_cands(s, m, pid, Period.day(day), "price_level_now")
    v = s.quantity(m.group("v"), "price_level_now")
    if v is None or v[1] not in PRICE_UNITS:
        return []
    at, end = m.start("v"), m.end("v")
    ent = quote_entity(s, m.start())
    return [
        Cand("price", ent, pid, "price", Period.day(day), v[0], v[1], at, end, "price_level_now")
    ]


def resolve_vat_clause(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化铽不含税价格为6100元/公斤，含税价格为6890元/公斤": the other VAT basis.

    The same product's price in the clause after its first; the veto ``vat_twin`` keeps one.
    """
    day = s.day()
    names = [(c.start, c.end) for c in s.companies]
    own = [
        p for p in s.products if p.end <= m.start() and not any(a <= p.start < b for a, b in names)
    ]
    if day is None or not own:
        return []
    pid = own[-1].id
    if m.group("r"):
        return range_cands(s, m, pid, Period.day(day), "price_vat_clause")
    v = s.quantity(m.group("v"), "price_vat_clause")
    if v is None or v[1] not in PRICE_UNITS:
        return []
    at, end = m.start("v"), m.end("v")
    ent = quote_entity(s, m.start())
    return [
        Cand("price", ent, pid, "price", Period.day(day), v[0], v[1], at, end, "price_vat_clause")
    ]


def _range_frame(m: re.Match[str], s: Sent) -> Period | None:
    """The span a product's range is said over: "本周氧化铽价格区间为…", "上半年…成交区间为…".

    An own period (not a comparison's base) longer than a day, named before the product or
    in the range's own clause; a single day named there is the day's quote (``s.day``).
    """
    if "p" not in m.re.groupindex or m.start("p") < 0:
        return None
    clause = s.clause_start(m.start("v"))
    said = [
        d.period
        for d in s.dates
        if not d.base and d.end <= m.start("v") and (d.end <= m.start("p") or d.start >= clause)
    ]
    if said and (said[-1].is_span or said[-1].granularity is not Granularity.DAY):
        return said[-1]
    return None


_LOW_WAN = re.compile(r"\s*\d+(?:,\d{3})*(?:\.\d+)?\s*万")


def range_cands(s: Sent, m: re.Match[str], pid: str, day: Period, rule: str) -> list[Cand]:
    """The low and high of the range in group ``v`` ("36.98万-37.78万元/吨", "3.81-4.19元/公斤")."""
    text = m.group("v")
    ends = list(Q_SPLIT.finditer(text))  # "54.8万元/吨至55.2万元/吨": the high end's unit
    if not ends:
        return []
    unit_q = ends[-1]
    hi = s.quantity(unit_q.group(), rule)
    nums = re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", text)
    if hi is None or hi[1] not in PRICE_UNITS or len(nums) != 2:
        return []
    scale = hi[0] / float(nums[1].replace(",", ""))
    lo = float(nums[0].replace(",", "")) * scale
    if _LOW_WAN.match(text) and "万" not in unit_q.group():
        lo *= 1e4  # "3.8万-40000元/吨": the low end's own scale
    ent = quote_entity(s, m.start())
    return [
        Cand(
            "price",
            ent,
            pid,
            "price_low",
            day,
            lo,
            hi[1],
            m.start("v"),
            m.end("v"),
            rule,
        ),
        Cand(
            "price",
            ent,
            pid,
            "price_high",
            day,
            hi[0],
            hi[1],
            m.start("v"),
            m.end("v"),
            rule,
        ),
    ]


#: A unit-first quote ("每公斤88.6美元", "每噸86.5萬元"): its per-unit word and currency.
_PER_FIRST = re.compile(r"每\s*(公斤|千克|吨)[^,，。;；\d]{0,6}?\d[\d,.]*\s*万?\s*(美元|元)")


def quote_unit(s: Sent, at: int, currency: str, *, carry: bool = True) -> str | None:
    """The price unit of the sentence's last quote before ``at`` in this currency.

    A base said in bare currency ("较3月6日的85.2美元") is in the unit of the quote it is
    compared with ("每公斤88.6美元"); with none in the sentence, the unit of the text's last
    price in that currency (a story quoting per kilogram goes on in bare dollars), unless
    ``carry`` is off.
    """
    found: list[tuple[int, str]] = []
    for q in Q_SPLIT.finditer(s.text, 0, at):
        v = s.quantity(q.group(), "price_base")
        if v is not None and v[1] in PRICE_UNITS:
            found.append((q.start(), v[1]))
    for p in _PER_FIRST.finditer(s.text, 0, at):
        cur = "USD" if p.group(2) == "美元" else "CNY"
        found.append((p.start(), f"{cur}/{'t' if p.group(1) == '吨' else 'kg'}"))
    mine = [u for _, u in sorted(found) if u.startswith(currency + "/")]
    if mine:
        return mine[-1]
    return s.ctx.quote_units.get(currency) if carry else None


#: A word pointing back to the price quoted last: "该价格", "这一报价", "此价".
_POINTER = re.compile(r"(?:这一|该|此)(?:价格|报价|价位|价)")


def pointed_back(s: Sent, at: int) -> str | None:
    """The product of the price quoted last, when the sentence points back to it before ``at``.

    "…金属钕报97.68美元/公斤。该价格较上周五的94.85美元/公斤上涨…": the sentence names no
    product; its "该价格" is the series the text quoted last.
    """
    if any(p.start < at for p in s.products) or _POINTER.search(s.text, 0, at) is None:
        return None
    return s.ctx.quoted_product


def resolve_base_level(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "与2023年第四季度的21784元/吨相比": a price of an earlier period.

    A contract price's base is the company's; a spot quote's base on a named earlier day
    ("较上周五（4月12日）的58.40美元/公斤下跌0.90美元/公斤") is the market's. An amount or a
    rate said with it ("较二季度的16269元/吨上调790元/吨, 环比上涨4.86%") is the change from
    that period to the sentence's own.
    """
    then = [d.period for d in s.dates if m.start("d") <= d.start < m.end("d")]
    # "与6月3日的X相比，氧化钕本月以来累计上涨Y%": the product opening the rate's clause
    after = s.products_id(m, "p2") if m.group("p2") else None
    prod = after or s.product_before(m.start()) or pointed_back(s, m.start()) or s.ctx.price_subject
    a = s.quantity(m.group("a"), "price_base")
    if a is not None and a[1] in ("CNY", "USD"):
        unit = quote_unit(s, m.start(), a[1])
        a = None if unit is None else (a[0], unit)
    week_ago = _WEEK_AGO.fullmatch(m.group("d")) is not None
    day_before = _DAY_BEFORE.fullmatch(m.group("d")) is not None
    if not (then or week_ago or day_before) or prod is None or a is None:
        return []
    if a[1] not in PRICE_UNITS:
        return []
    if s.ctx.price_company is not None:
        if not then:
            return []
        ent = s.ctx.price_company
        now = s.period_before(m.start()) or s.ctx.main
    else:  # a spot quote: only a day's, against an earlier day
        day = s.day()
        days = [p for p in then if p.granularity is Granularity.DAY and not p.is_span]
        mean = _AVERAGE_WORD.search(s.text, 0, m.start()) is not None
        if day is not None and not days and week_ago and not mean:
            # "较上周的X": the same day a week before (a week's mean's "上周的" is a mean)
            days = [Period.day(day - timedelta(days=7))]
        if day is not None and not days and day_before:
            # "较前一交易日的82.10美元/千克上涨4.84美元": the trading day before the quote's
            days = [Period.day(previous_trading_day(day))]
        if day is None or not days:
            return []
        then = days[-1:]
        if then[0].start >= day and re.search(r"上周|上週", m.group("d")):
            # "较上周五的X" said of a Friday quote in a Monday report: the Friday before the
            # quote's, not the publication's week before (the quote's own day is no base)
            then = [Period.day(then[0].start - timedelta(days=7))]
        ent, now = quote_entity(s, m.start()), Period.day(day)
    if m.group("v") != m.group("a"):  # "较2月29日的39.34万-40.20万元/吨": the range's two ends
        out = range_cands(s, m, prod, then[0], "price_base")
        out = [replace(c, entity=ent) for c in out]
    else:
        out = [
            Cand(
                "price",
                ent,
                prod,
                "price",
                then[0],
                a[0],
                a[1],
                m.start("a"),
                m.end("a"),
                "price_base",
            )
        ]
    if now is None or now.granularity is not then[0].granularity or not then[0].end < now.start:
        return out
    to = s.quantity(m.group("to"), "price_base") if m.group("to") else None
    if to is not None and to[1] == a[1]:  # "较上周的X上涨至Y": the level it reached, now
        at, end = m.start("to"), m.end("to")
        out.append(Cand("price", ent, prod, "price", now, to[0], to[1], at, end, "price_base"))
    span = Period.span(then[0], now)
    cue = m.group("cue") or m.group("cue2")
    chg = s.quantity(m.group("chg"), "price_base") if m.group("chg") else None
    if chg is not None and chg[1] in ("CNY", "USD") and a[1].startswith(chg[1] + "/"):
        chg = (chg[0], a[1])  # "较…的75.53美元大涨17.07美元": the move in the base's unit
    if chg is not None and chg[1] == a[1]:
        k = sign(cue) or 1
        at, end = m.start("chg"), m.end("chg")
        out.append(
            Cand("price", ent, prod, "change", span, k * chg[0], a[1], at, end, "price_base")
        )
    g = "pct" if m.group("pct") is not None else "pct2" if m.group("pct2") is not None else None
    yoy = bool(m.group("yoy") or m.group("yoy2") or m.group("yoy3"))
    if yoy and then[0] != shift_year(now):
        g = None  # a year-on-year rate is over the span only when the base is a year before
    if g is not None:
        out.append(rate_cand(ent, prod, span, sign(cue) or 1, m, g, "price_base"))
    return out


#: a base a week back with no day named: "上周的", "一周前的"
_WEEK_AGO = re.compile(r"\s*(?:上周|一周前|一星期前)\s*的")
#: a base on the trading day before, no day named: "前一交易日的", "上一交易日的", its mean
#: "前一交易日均价"
_DAY_BEFORE = re.compile(r"\s*(?:(?:前一|上一|上个)交易日|前一日)\s*(?:的|均价)")


def _clause_dates(s: Sent, m: re.Match[str], group: str = "d") -> list[Period]:
    """The periods of the dates that fall inside the match's ``group``."""
    return [d.period for d in s.dates if m.start(group) <= d.start < m.end(group)]


def resolve_level_dated(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化镝: 周一报187万元/吨, 周五收于181万元/吨": a later clause's own day, same product."""
    prod = s.product_before(m.start())
    days = [p for p in _clause_dates(s, m) if p.granularity.value == "day" and not p.is_span]
    v = s.quantity(m.group("v"), "price_level_dated")
    if v is not None and v[1] in ("CNY", "USD"):
        # "…報每公斤1.75美元，周四為1.78美元": the unit of the quote before it in the sentence
        unit = quote_unit(s, m.start(), v[1], carry=False)
        v = None if unit is None else (v[0], unit)
        if _UNIT_VALUE.search(s.text, 0, m.start()):
            v = None  # "出口均价本周为X美元/公斤，周四為Y美元": a customs unit value's day, no quote
    if prod is None or not days or v is None or v[1] not in PRICE_UNITS:
        return []
    return [
        Cand(
            "price",
            quote_entity(s, m.start()),
            prod,
            "price",
            days[0],
            v[0],
            v[1],
            m.start("v"),
            m.end("v"),
            "price_level_dated",
        )
    ]


#: Words pointing back to the price series quoted last: "这一价格", "该报价", "此价位".
POINTS_BACK = re.compile(r"(?:这一|该|此)(?:价格|报价|价位)")


def resolve_this_quote(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "上周五（6月7日）这一价格还在41.20万-41.80万元/吨": the same series on another day.

    "这一价格", "该报价" point back to the product quoted last: the sentence's, else the one
    the text priced before it.
    """
    prod = s.product_before(m.start()) or s.ctx.quoted_product
    days = [p for p in _clause_dates(s, m) if p.granularity.value == "day" and not p.is_span]
    if prod is None or not days:
        return []
    if m.group("rng"):
        return range_cands(s, m, prod, days[0], "price_this_quote")
    v = s.quantity(m.group("v"), "price_this_quote")
    if v is not None and v[1] in PRICE_UNITS:
        at, end = m.start("v"), m.end("v")
        ent = quote_entity(s, m.start())
        return [Cand("price", ent, prod, "price", days[0], v[0], v[1], at, end, "price_this_quote")]
    return []


def resolve_mean_after_level(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化铽报6900-6950元/公斤，均价6925元/公斤": the day's mean of the quote before.

    The clause names no product and no period of its own; the clause before quoted the
    sentence's product or said what of it traded ("氧化镨钕成交52吨，成交均价X"). A span named before ("本周", "上半年") makes it that span's average.
    """
    prod = s.product_before(m.start())
    if prod is None or s.product_before(m.end(), clause=True) is not None:
        return []
    lead = s.text[s.clause_start(max(0, m.start() - 1)) : m.start()]
    if Q_SPLIT.search(lead) is None:
        return []  # no figure of the product in the clause before
    said = [d for d in s.dates if d.end <= m.start("v")]
    metric, when = "price", s.period_before(m.start("v"))
    if any(d.period.granularity is not Granularity.DAY or d.period.is_span for d in said):
        # "本周…，均价X": the mean over the week; "上周…" (a base) or a day after a span: none
        last = said[-1]
        if last.base or not (last.period.is_span or last.period.granularity is not Granularity.DAY):
            return []
        metric, when = "average", last.period
    day = s.day()
    when = when or (Period.day(day) if day is not None else None)
    v = s.quantity(m.group("v"), "price_mean_after_level")
    if when is None or v is None or v[1] not in PRICE_UNITS:
        return []
    return [
        Cand(
            "price",
            quote_entity(s, m.start()),
            prod,
            metric,
            when,
            v[0],
            v[1],
            m.start("v"),
            m.end("v"),
            "price_mean_after_level",
        )
    ]


def _average_of(m: re.Match[str], s: Sent, prod: str | None, rule: str) -> list[Cand]:
    """The average of the period named in group ``d`` (a month, quarter, half, year or week).

    A mean in bare currency ("均价为845美元") is in the unit of the quote before it.
    """
    when = [p for p in _clause_dates(s, m) if p.granularity.value != "day" or p.is_span]
    v = s.quantity(m.group("v"), rule)
    if v is not None and v[1] in ("CNY", "USD"):
        unit = quote_unit(s, m.start("v"), v[1])
        v = None if unit is None else (v[0], unit)
    if prod is None or not when or v is None or v[1] not in PRICE_UNITS:
        return []
    return [
        Cand(
            "price",
            quote_entity(s, m.start()),
            prod,
            "average",
            when[0],
            v[0],
            v[1],
            m.start("v"),
            m.end("v"),
            rule,
        )
    ]


def resolve_average_base(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "6月均价37万元/吨, 较5月均价40.6万元/吨下跌8%": the base period's average."""
    return _average_of(
        m, s, s.product_before(m.start()) or s.ctx.price_subject, "price_average_base"
    )


def resolve_average_carried(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "上半年氧化钕均价40万元/吨; 其中一季度均价41万元/吨": the product said before.

    A sentence that names no product but points back to the series quoted last ("…这一报价
    为X；9月全月均价为Y") goes on with that product.
    """
    if any(m.start() <= p.start < m.end() for p in s.products):
        return []
    prod = s.product_before(m.start())
    if prod is None and not s.products and POINTS_BACK.search(s.text, 0, m.start()):
        prod = s.ctx.quoted_product
    out = _average_of(m, s, prod, "price_average_carried")
    if out and prod is not None and out[0].period is not None and out[0].metric == "average":
        out.extend(_average_rates(m, s, prod, out[0].period, out[0].entity))
    if out and prod is not None and out[0].period is not None:
        # "其中三季度均价59.8万元/吨, 较二季度的45.1万元/吨...": the earlier period's too
        out.extend(_earlier_average(m, s, prod, out[0].period, out[0].entity))
    return out


_MOVE_IN_GAP = compile_pattern(
    "{UP}|{DOWN}|{FLAT}|较|比|同比|环比|{AVERAGE}|区间|{CONTRACT}|{LISTING}|分别"
)


_EXTREME = compile_pattern("{EXTREME_HIGH}|{EXTREME_LOW}")
#: a lead clause moving a mean against an earlier one ("均价较上月均价下跌1.8%")
_MEAN_MOVE = compile_pattern(r"{AVERAGE}\s*(?:较|环比|相比|比)[^,，。;；]{0,8}?{AVERAGE}")
_WHOLE_MONTH = re.compile(r"全月")
_WHOLE_WEEK = re.compile(r"全周|整周")
PROD_RE = compile_pattern("{PROD}")
#: a range a price is expected to move in ("价格运行区间在35万-38万元/吨"): an outlook, not a quote
_OUTLOOK_RANGE = re.compile(r"(?:运行|参考|波动|震荡)区间")
#: the range the day traded or was quoted in: "成交区间", "价格区间为", "现货价格区间在"
_TRADED_RANGE = re.compile(r"(?:成交|报价|价格?)区间\s*(?:为|在)?\s*$")


def _group(m: re.Match[str], name: str) -> str | None:
    """A named group's text, or None when the pattern has no such group."""
    return m.group(name) if name in m.re.groupindex else None


def _plain_gap(m: re.Match[str]) -> bool:
    """Whether the words between product and figure name a level, not a move or a base.

    "成交重心下移至" ends on 至 and names the level reached; "较上周下跌" names a move.
    """
    gap = (m.group("gap") or "") + (_group(m, "noun") or "")  # "交易价格" is a contract's
    lead = m.group("lead") or ""
    own = m.group("p")
    if any(p.group() != own for p in PROD_RE.finditer(lead)):
        return False  # "氧化镝走势强于氧化铽，报…": which product is quoted is unclear
    if _EXTREME.search(gap):
        return False  # "氧化镨钕最高报X": the period's high (price_extreme), not the day's quote
    if _MEAN_MOVE.search(lead):
        return False  # "本月均价较上月均价下跌1.8%，报X": the mean's level (price_mean_change)
    gap = _TRADED_RANGE.sub("", gap)  # "成交区间36.67~37.13万元/吨" is the day's traded range
    if _OUTLOOK_RANGE.search(gap):
        return False
    if gap.rstrip().endswith(("至", "到", "于", "在")):
        return True
    return _MOVE_IN_GAP.search(gap) is None


_LISTING_WORD = compile_pattern("{LISTING}")
#: a listing's price word said just before the product ("含税挂牌价氧化镨钕为…")
_LISTING_LEAD = compile_pattern(r"{LISTING}\s*[:：]?\s*$")


def resolve_level_loose(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化铕195元/公斤" or "氧化镝成交重心下移至190万元/吨": a day's level."""
    if _listing_item(m, s):
        return []  # a listing notice's item is the month's price (resolve_listing_item)
    if _LISTING_LEAD.search(s.text, 0, m.start("p")):
        return []  # "含税挂牌价氧化镨钕为X": the month's listing (price_listing_lead)
    if m.group("about") and _HEARSAY.search(s.text, 0, m.start("v")):
        return []  # "据市场人士称, …报价约X": a rough figure someone gave, not a quote
    return _on_gap_day(m, s, resolve_level(m, s)) if _plain_gap(m) else []


def _on_gap_day(m: re.Match[str], s: Sent, cands: list[Cand]) -> list[Cand]:
    """The quotes dated by the day named between product and verb ("氧化钕于9月29日报X")."""
    if m.group("gap") is None:
        return cands
    days = [
        d.period
        for d in s.dates
        if m.start("gap") <= d.start < m.end("gap")
        and not d.base
        and d.period.granularity is Granularity.DAY
        and not d.period.is_span
    ]
    return [replace(c, period=days[0]) for c in cands] if days else cands


_HEARSAY = compile_pattern("{HEARSAY}")


def resolve_section_level(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "（二）氧化镝 … 月末报1710元/千克": a level with no product, in a product's section."""
    pid = s.ctx.section_subject
    day = s.day()
    if pid is None or s.products or day is None:
        return []
    v = s.quantity(m.group("v"), "price_section_level")
    if v is None or v[1] not in PRICE_UNITS:
        return []
    at, end = m.start("v"), m.end("v")
    ent = quote_entity(s, m.start())
    return [
        Cand(
            "price", ent, pid, "price", Period.day(day), v[0], v[1], at, end, "price_section_level"
        )
    ]


def resolve_range_loose(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化镧3.81-4.19元/公斤" or "氧化铽稳于570-575万元/吨": a day's range.

    Products listed together before a 均 ("氧化镧、氧化铈均稳于X-Y") share the range.
    """
    if not _plain_gap(m):
        return []
    out = _on_gap_day(m, s, _range(m, s))
    if out and _SHARED_GAP.match(m.group("gap") or ""):
        pid = out[0].subject
        others = [o for o in _listed_before(s, m.start("p")) if o != pid]
        out += [replace(c, subject=o) for o in others for c in out if c.subject == pid]
    return out


#: The gap of a range said of every product listed before it: "均稳于", "均报", "都在".
_SHARED_GAP = re.compile(r"\s*(?:均|都|皆)(?!价)")


def _listed_before(s: Sent, at: int) -> list[str]:
    """The products listed right before ``at``, joined by 、/和/及/与 ("氧化镧、氧化铈")."""
    ids: list[str] = []
    for p in sorted(s.products, key=lambda p: p.start, reverse=True):
        if p.end > at:
            continue
        if s.text[p.end : at].strip() not in ("", "、", "和", "及", "与", ",", "，"):
            break
        ids.append(p.id)
        at = p.start
    return ids[::-1]


def resolve_prev_day_level(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "今日报X-Y万元/吨, 前一交易日为X'-Y'万元/吨": the quote of the trading day before."""
    day = s.day()
    pid = s.product_before(m.start()) or s.ctx.price_subject
    if day is None or pid is None:
        return []
    before = Period.day(previous_trading_day(day))
    if m.group("r"):
        return range_cands(s, m, pid, before, "price_prev_day_level")
    v = s.quantity(m.group("v"), "price_prev_day_level")
    if v is None or v[1] not in PRICE_UNITS:
        return []
    return [
        Cand(
            "price",
            quote_entity(s, m.start()),
            pid,
            "price",
            before,
            v[0],
            v[1],
            m.start("v"),
            m.end("v"),
            "price_prev_day_level",
        )
    ]


def resolve_range_dated(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化钕: 周均价38.7万元/吨; 周五报38.03万-38.83万元/吨": a later clause's own day.

    A sentence naming no product that opens on its day ("周二(10月17日)先跌至X-Y") quotes the
    product its paragraph is about (a list item's second sentence).
    """
    prod = s.product_before(m.start()) or (None if s.products else s.ctx.para_product)
    days = [p for p in _clause_dates(s, m) if p.granularity.value == "day" and not p.is_span]
    if prod is None or not days:
        return []
    return range_cands(s, m, prod, days[0], "price_range_dated")


_ITEM = compile_pattern(r"(?P<r>{NUM}\s*万?\s*(?:[-~至到—]|－)\s*{Q})|{Q}")


def _each_item(s: Sent, pid: str, item: re.Match[str], base: int, day: Period) -> list[Cand]:
    """One item of a paired list: a level, or a range's two ends."""
    at, end = base + item.start(), base + item.end()
    if item.group("r"):
        unit_q = Q_SPLIT.search(item.group())
        nums = re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", item.group())
        hi = s.quantity(unit_q.group(), "price_each") if unit_q else None
        if hi is None or hi[1] not in PRICE_UNITS or len(nums) != 2:
            return []
        scale = hi[0] / float(nums[1].replace(",", ""))
        lo = float(nums[0].replace(",", "")) * scale
        if _LOW_WAN.match(item.group()) and unit_q is not None and "万" not in unit_q.group():
            lo *= 1e4
        return [
            Cand("price", "china", pid, "price_low", day, lo, hi[1], at, end, "price_each"),
            Cand("price", "china", pid, "price_high", day, hi[0], hi[1], at, end, "price_each"),
        ]
    v = s.quantity(item.group(), "price_each")
    if v is None or v[1] not in PRICE_UNITS:
        return []
    return [Cand("price", "china", pid, "price", day, v[0], v[1], at, end, "price_each")]


def resolve_each_range(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化铈、氧化镧分别报7.05-7.40元/公斤、3.95-4.30元/公斤": paired in order."""
    prods = listed_products(m, s)
    items = list(_ITEM.finditer(m.group("qs")))
    day = s.day()
    if len(prods) != len(items) or len(prods) < 2 or day is None:
        return []
    if not any(i.group("r") for i in items):
        return []  # levels only: price_each reads them
    out: list[Cand] = []
    for pid, item in zip(prods, items, strict=True):
        got = _each_item(s, pid, item, m.start("qs"), Period.day(day))
        if not got:
            return []
        out.extend(got)
    return out


_PRIOR_MONTH = re.compile(
    # a note on the currency may stand before it: "每吨56.6万元（人民币，下同），8月为…"
    r"\s*(?:人民币)?\s*(?:\(\s*人民币\s*(?:[,，]\s*下同)?\s*\))?"
    r"\s*[,，(]\s*(?P<mo>\d{1,2})\s*月(?:份)?\s*(?:为|是)\s*"
    r"(?P<n>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<sc>[万亿]?)元(?!/)\s*\)?"
)
_MONTH_MOVE = compile_pattern(
    # with the month before named just before it, the move may leave it out: "8月为X，上调Y"
    r"\s*[,，]\s*(?:较\s*(?P<mo>\d{1,2})\s*月(?:份)?)?\s*(?P<cue>{UP}|{DOWN})\s*"
    r"(?P<n>{NUM})\s*(?P<sc>[万亿]?)元(?!/)"
)
_MONTH_RATE = compile_pattern(
    # "月升8.43%", "月跌2%": the month's rate said with its direction right after 月
    r"\s*[,，]\s*(?P<mom>{MOM}|月(?=升|涨|跌|降))\s*(?P<dir>{UP}|{DOWN})?\s*(?P<pct>{NUM})\s*%"
)


def _month_before(month: Period, mo: int) -> Period:
    """The month numbered ``mo`` before ``month`` (last year's when not earlier this year)."""
    year = month.start.year if mo < month.start.month else month.start.year - 1
    return Period.month(year, mo)


def _listing_month(s: Sent, at: int) -> Period | None:
    """The month a listing price is for: named before it, else the notice's own month."""
    for p in (s.period_before(at), s.ctx.main, s.ctx.month):
        if p is not None and p.granularity is Granularity.MONTH and not p.is_span:
            return p
    return None


_LISTING_WORD = compile_pattern("{LISTING}")


def resolve_listing_since(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "9月挂牌价较1月累计上涨40%": a listing's rate since an earlier month of its list."""
    month = _listing_month(s, m.start("cue"))
    pid = s.product_before(m.start()) or s.ctx.price_subject
    if month is None or pid is None or month.start.month != int(m.group("m2")):
        return []
    if m.group("lw") is None and _LISTING_WORD.search(s.text, 0, m.start()) is None:
        return []  # "8月较7月上调X%" is a listing's only after the sentence named the listing
    ent = quote_entity(s, m.start())
    if ent == "china":
        return []  # a spot price's months: not a listing
    then = _month_before(month, int(m.group("m1")))
    k = sign(m.group("cue")) or 1
    return [rate_cand(ent, pid, Period.span(then, month), k, m, "pct", "listing_since")]


def resolve_per_tonne_level(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化镨钕每吨57.5万元, 11月为55.2万元, 月增4.17%": a listing notice's price.

    The products named together ("氧化镧、氧化铈均维持每吨0.42万元") share it; the month said
    after it with its own figure is the earlier listing, and a month-on-month rate is the
    change from that month.
    """
    month = _listing_month(s, m.start())
    if month is None or s.ctx.price_company is None:
        return []
    ent = quote_entity(s, m.start())
    if ent == "china":
        return []  # a spot quote by the tonne is no listing
    prods = listed_products(m, s)
    v = parse_number(m.group("n"), m.group("sc"))
    at, end = m.start("n"), m.end("n")
    if m.group("from") is not None:  # "由7月份的每吨X": the earlier month's listing, alone
        then = _month_before(month, int(m.group("from")))
        return [
            Cand("price", ent, pid, "price", then, v, "CNY/t", at, end, "listing_level")
            for pid in prods
        ]
    out = [
        Cand("price", ent, pid, "price", month, v, "CNY/t", at, end, "listing_level")
        for pid in prods
    ]
    pos = m.end()
    prior = _PRIOR_MONTH.match(s.text, pos)
    if prior is not None and len(prods) == 1:
        then = _month_before(month, int(prior.group("mo")))
        pv = parse_number(prior.group("n"), prior.group("sc"))
        out.append(
            Cand(
                "price",
                ent,
                prods[0],
                "price",
                then,
                pv,
                "CNY/t",
                prior.start("n"),
                prior.end("n"),
                "listing_level",
            )
        )
        pos = prior.end()
    move = _MONTH_MOVE.match(s.text, pos)
    named = move.group("mo") if move is not None else None
    if named is None and prior is not None:
        named = prior.group("mo")  # "8月为52.2万元，上调4.4万元": the move from that month
    if move is not None and named is not None and len(prods) == 1:
        then = _month_before(month, int(named))
        out.append(
            Cand(
                "price",
                ent,
                prods[0],
                "change",
                Period.span(then, month),
                sign(move.group("cue")) * parse_number(move.group("n"), move.group("sc")),
                "CNY/t",
                move.start("n"),
                move.end("n"),
                "listing_level",
            )
        )
        pos = move.end()
    rate = _MONTH_RATE.match(s.text, pos)
    if rate is not None and len(prods) == 1:
        k = sign(rate.group("mom") + (rate.group("dir") or "")) or 1
        span = Period.span(previous(month), month)
        out.append(rate_cand(ent, prods[0], span, k, rate, "pct", "listing_level"))
    return out


#: a listing notice's item: "· 氧化镝: 1680元/公斤, 8月为1640元/公斤, …"
LISTING_ITEM = r"^[\s·•●■\-*]*{PROD:p}\s*[:：]\s*(?:{LISTING})?\s*(?:为)?\s*{Q:v}"
_LISTING_ITEM = compile_pattern(LISTING_ITEM)


def _listing_item(m: re.Match[str], s: Sent) -> bool:
    """Whether a level is the item of a listing notice (read by resolve_listing_item)."""
    if s.ctx.price_company is None or quote_entity(s, m.start()) == "china":
        return False
    item = _LISTING_ITEM.match(s.text)
    return item is not None and item.start("v") == m.start("v")


#: after a listed price: the earlier month's ("8月为555000元/吨"), the move ("上调75000元/吨")
#: and its rate ("涨幅13.51%", "环比上涨4.5%")
_ITEM_PRIOR = compile_pattern(r"\s*[,，]\s*(?P<mo>\d{1,2})\s*月(?:份)?\s*(?:为|是)\s*{Q:pv}")
_ITEM_MOVE = compile_pattern(
    r"\s*[,，]\s*(?:较\s*\d{1,2}\s*月(?:份)?\s*)?(?P<cue>{UP}|{DOWN})\s*{Q:chg}"
)
_ITEM_RATE = compile_pattern(
    r"\s*[,，]\s*(?:{MOM}\s*(?P<dir>{UP}|{DOWN})?|(?P<rate>{RATE_UP}|{RATE_DOWN}))"
    r"\s*(?:为)?\s*(?P<pct>{NUM})\s*%"
)


def resolve_listing_item(m: re.Match[str], s: Sent) -> list[Cand]:
    """A listing notice's item, with the month before, the move and its rate.

    As in "· 氧化镝: 1680元/公斤, 8月为1640元/公斤, 上调40元/公斤, 涨幅2.44%".
    """
    if s.ctx.price_company is None:
        return []
    month = _listing_month(s, m.start())
    ent = quote_entity(s, m.start())
    v = s.quantity(m.group("v"), "listing_item")
    if month is None or ent == "china" or v is None or v[1] not in PRICE_UNITS:
        return []
    pid = s.products_id(m)
    out = [
        Cand(
            "price", ent, pid, "price", month, v[0], v[1], m.start("v"), m.end("v"), "listing_item"
        )
    ]
    then = previous(month)
    pos = m.end()
    prior = _ITEM_PRIOR.match(s.text, pos)
    if prior is not None:
        pv = s.quantity(prior.group("pv"), "listing_item")
        then = _month_before(month, int(prior.group("mo")))
        if pv is not None and pv[1] == v[1]:
            at, end = prior.start("pv"), prior.end("pv")
            out.append(
                Cand("price", ent, pid, "price", then, pv[0], pv[1], at, end, "listing_item")
            )
        pos = prior.end()
    span = Period.span(then, month)
    move = _ITEM_MOVE.match(s.text, pos)
    if move is not None:
        chg = s.quantity(move.group("chg"), "listing_item")
        if chg is not None and chg[1] == v[1]:
            k = sign(move.group("cue"))
            at, end = move.start("chg"), move.end("chg")
            out.append(
                Cand("price", ent, pid, "change", span, k * chg[0], v[1], at, end, "listing_item")
            )
        pos = move.end()
    rate = _ITEM_RATE.match(s.text, pos)
    if rate is not None:
        if rate.group("rate"):
            k = -1 if word_class(rate.group("rate"), ("rate_up", "rate_down")) == "rate_down" else 1
        else:
            k = sign(rate.group("dir") or "") or 1
        out.append(rate_cand(ent, pid, span, k, rate, "pct", "listing_item"))
    return out


def resolve_average_prior(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "2月均价为每公斤124.1美元, 较1月的99.7美元大增24.5%": the earlier period's mean.

    A mean of a period compared with a level of an earlier period of the same kind (a month
    with a month, a quarter with a quarter), named without the word 均价 again, is that
    period's mean, in the unit of the mean before it when written in bare currency.
    """
    if _AVERAGE_WORD.search(s.text, 0, m.start()) is None:
        return []
    then = [d.period for d in s.dates if m.start("d") <= d.start < m.end("d")]
    own = [
        d.period
        for d in s.dates
        if d.end <= m.start() and not d.base and d.period.granularity is not Granularity.DAY
    ]
    prod = s.product_before(m.start()) or s.ctx.price_subject
    if len(then) != 1 or not own or prod is None:
        return []
    now, before = own[-1], then[0]
    if before.granularity is not now.granularity or before.is_span or not before.end < now.start:
        return []
    v = s.quantity(m.group("v"), "price_average_prior")
    if v is not None and v[1] in ("CNY", "USD"):
        unit = quote_unit(s, m.start(), v[1])
        v = None if unit is None else (v[0], unit)
    if v is None or v[1] not in PRICE_UNITS:
        return []
    ent = quote_entity(s, m.start())
    at, end = m.start("v"), m.end("v")
    return [Cand("price", ent, prod, "average", before, v[0], v[1], at, end, "price_average_prior")]
