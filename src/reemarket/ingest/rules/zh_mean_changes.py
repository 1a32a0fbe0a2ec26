"""A mean price's change against an earlier mean: "3月氧化镨钕均价…，较2月均价上涨3.2%".

The base is a mean over a month or a week, not a day: the rate runs over the span from the
base period to the mean's own ("2025-02/2025-03" for two months; from the first day of last
week to the last of this one for two weeks), as the golds file a month-on-month rate of
monthly means. The mean's own period is the one its sentence names ("3月", "本月", "本周",
"上周"), the base's the one named after 较/环比 ("2月均价", "上月均价", "上周均价"). A level
said after the rate ("…下跌1.8%，报1685元/公斤") is the mean's, not a day's quote. A day's
quote set against last month's or last week's mean ("12月5日…均价为X，较上月均价上涨2%") runs
from that month's (week's) first day to the quote's day.
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest.dates import trading_week
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import PRICE_UNITS, Cand, Sent, rate_cand, sign
from reemarket.ingest.rules.zh_dates import previous
from reemarket.ingest.rules.zh_past_spans import mean_period, span_word, text_month
from reemarket.ingest.rules.zh_price_levels import quote_entity

#: a week word of the mean's own: "本周", "周均价"
_WEEK = re.compile(r"本周|当周|周均价|周度均价")


def _own_period(m: re.Match[str], s: Sent) -> Period | None:
    """The period of the mean whose change is said: the sentence's own span before the base."""
    lo, at = s.clause_start(m.start()), m.start("base")
    word = span_word(s, lo, at)
    if word is not None:
        return mean_period(word, s)
    own = [d for d in s.dates if d.end <= at and not d.base]
    if own:
        # a single day is a day's mean price set against an earlier period's mean
        return own[-1].period
    day = s.day()
    if _WEEK.search(s.text, lo, at) and day is not None:
        return trading_week(day, cap=day)
    return text_month(s) if "月" in s.text[lo:at] else None


def _base_period(m: re.Match[str], s: Sent, own: Period) -> Period | None:
    """The period of the base mean: a date named after 较, else last week's or month's."""
    a, b = m.start("base"), m.end("base")
    named = [d.period for d in s.dates if a <= d.start < b]
    if named:
        return named[0]
    if own.granularity is Granularity.MONTH and not own.is_span:
        return previous(own)  # "较上月均价", "环比上月"
    if own.granularity is Granularity.DAY and own.is_span:
        return trading_week(own.start, 1)  # "较上周均价"
    if own.granularity is Granularity.DAY:  # a day's price against last month's or week's mean
        word = s.text[a:b]
        if "上月" in word or "上个月" in word:
            return previous(Period.month(own.start.year, own.start.month))
        if "上周" in word:
            return trading_week(own.start, 1)
    return None


def _span(base: Period, own: Period) -> Period | None:
    """From the base's first day (or month) to the mean's last."""
    if base.start >= own.start:
        return None
    if own.granularity is Granularity.MONTH and base.granularity is Granularity.MONTH:
        return Period.span(base, own)
    return Period.span(Period.day(base.start), Period.day(own.end))


def resolve_mean_change(m: re.Match[str], s: Sent) -> list[Cand]:
    """The rate between two means, and the mean's level said after it ("，报1685元/公斤")."""
    own = _own_period(m, s)
    way = sign(m.group("cue"))
    if own is None or not way:
        return []
    base = _base_period(m, s, own)
    span = _span(base, own) if base is not None else None
    if span is None:
        return []
    pid = s.products_id(m) if m.group("p") else s.product_before(m.start())
    if pid is None:
        return []
    ent = quote_entity(s, m.start())
    out = [rate_cand(ent, pid, span, way, m, "pct", "price_mean_change")]
    v = s.quantity(m.group("v"), "price_mean_change") if m.group("v") else None
    if v is not None and v[1] in PRICE_UNITS:
        at, end = m.start("v"), m.end("v")
        out.append(
            Cand("price", ent, pid, "average", own, v[0], v[1], at, end, "price_mean_change")
        )
    return out


RULE = REGISTRY.add(
    Rule(
        "price_mean_change",
        "price change",
        "zh",
        # the product before the mean, or said in an earlier clause ("…，周均价X，较上周均价…")
        r"(?:{PROD:p}[^,，。;；%]{0,6}?|(?<=[,，;；])\s*(?:全周|本周|当周|本月|当月)?\s*[周月]?)"
        r"{AVERAGE}[^。;；%]{0,20}?(?:较|环比|相比|比)\s*"
        r"(?P<base>[^,，。;；%\d]{0,3}\d{0,2}\s*[^,，。;；%\d]{0,3}?)(?:的)?\s*(?:{AVERAGE})\s*"
        r"(?:[(（]?\s*{Q}\s*[)）]?)?\s*(?:相比)?\s*[,，]?\s*(?:{MOM})?\s*(?P<cue>{UP}|{DOWN})\s*"
        r"(?P<pct>{NUM})\s*%(?:\s*[,，]\s*(?:报|为|至)\s*{Q:v})?",
        resolve_mean_change,
        (
            Example(  # a month's mean against the month before's: a m/m rate of the means
                "4月氧化镨钕均价为44.6万元/吨，较3月均价上涨2.1%。",
                (
                    ("price", "prnd_oxide", "average", "2024-04", 446000, "CNY/t"),
                    ("price", "prnd_oxide", "change_pct", "2024-03/2024-04", 2.1, "%"),
                ),
                published="2024-05-06",
            ),
            Example(  # 本月 against 上月, the level after the rate is the month's mean
                "本月氧化铽均价较上月均价下跌2.6%，报6450元/公斤。",
                (
                    ("price", "tb_oxide", "change_pct", "2024-06/2024-07", -2.6, "%"),
                    ("price", "tb_oxide", "average", "2024-07", 6450, "CNY/kg"),
                ),
                published="2024-07-26",
            ),
            Example(  # 环比 with the base month named
                "氧化镝6月均价为1650元/公斤，环比5月均价下滑3.4%。",
                (
                    ("price", "dy_oxide", "average", "2024-06", 1650, "CNY/kg"),
                    ("price", "dy_oxide", "change_pct", "2024-05/2024-06", -3.4, "%"),
                ),
                published="2024-07-02",
            ),
            Example(  # two weekly means: from last week's Monday to this week's Friday
                "本周氧化钬均价较上周均价上涨1.8%。",
                (("price", "ho_oxide", "change_pct", "2024-06-24/2024-07-05", 1.8, "%"),),
            ),
            Example(  # the product in an earlier clause, the week's mean and its rate after
                "本周氧化钬最高价48.5万元/吨，最低价47.1万元/吨，周均价47.8万元/吨，较上周均价上涨0.6%。",
                (
                    ("price", "ho_oxide", "price_high", "2024-07-01/2024-07-05", 485000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-07-01/2024-07-05", 471000, "CNY/t"),
                    ("price", "ho_oxide", "average", "2024-07-01/2024-07-05", 478000, "CNY/t"),
                    ("price", "ho_oxide", "change_pct", "2024-06-24/2024-07-05", 0.6, "%"),
                ),
            ),
            Example(  # a day's quote against last month's mean: from that month's first day
                "1月9日氧化钆市场均价为16.2万元/吨，较上月均价上涨3.1%。",
                (
                    ("price", "gd_oxide", "price", "2025-01-09", 162000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-12-01/2025-01-09", 3.1, "%"),
                ),
                published="2025-01-09",
            ),
            Example(  # a day's quote against last week's mean: from that week's first day
                "3月14日氧化钬均价47.2万元/吨，较上周均价下跌0.8%。",
                (
                    ("price", "ho_oxide", "price", "2025-03-14", 472000, "CNY/t"),
                    ("price", "ho_oxide", "change_pct", "2025-03-03/2025-03-14", -0.8, "%"),
                ),
                published="2025-03-14",
            ),
            Example(  # a day's average against the day before is no mean's change
                "氧化镨钕均价较上一交易日上涨1.2%。",
                (("price", "prnd_oxide", "change_pct", "2024-07-04/2024-07-05", 1.2, "%"),),
            ),
        ),
        doc="a mean's rate of change against an earlier mean (a month's or a week's)",
    )
)
