"""A weekly report's quotes at the two ends of its week: "周初均价为X, 周末均价为Y, 周内跌幅p%".

Weekly price notes (生意社 and others) give each product's mean quote on the week's first and
last trading day. Each is a dated price (the day's mean quote), not a mean over the week. The
week is the span of days the report names ("本周（3.13-3.17）"), else Monday to Friday of the
report's week. After the week-end quote come the week's change (周内跌幅p%, or 较周初的X下跌p%
with the week-start quote as its base) and the change on the same day a year before (较去年同期).
"""

from __future__ import annotations

import re
from datetime import date

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest.dates import trading_week
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import PRICE_UNITS, Cand, Sent, paired_prices, sign
from reemarket.ingest.rules.zh_price_levels import listed_products
from reemarket.ingest.rules.zh_text import compile_pattern

_Q = compile_pattern("{Q}")
_PCT = r"(?P<pct>\d+(?:\.\d+)?)\s*%"
#: The week's own change after the week-end quote: "周内跌幅5.4%", "周涨幅2%", "较周初的X下跌5%".
_WEEK_MOVE = re.compile(
    r"\s*[,，]\s*(?:周内|全周|本周|一周)?\s*(?P<dir>涨幅|跌幅)\s*(?:为|达)?\s*"
    + _PCT
    + r"|\s*[,，]\s*较\s*周初(?:的|均价)?\s*(?P<base>"
    + _Q.pattern
    + r")?\s*(?P<dir2>[^\d,，。;；%]{1,4}?)\s*"
    + _PCT.replace("pct", "pct2")
)
#: The change against the same day a year before, said after the week-end quote.
_YEAR_AGO = re.compile(
    r"\s*[,，]\s*较\s*(?:去年|上年)同期\s*(?P<dir>[^\d,，。;；%]{1,4}?)\s*" + _PCT
)


def _week(s: Sent, at: int) -> tuple[date, date] | None:
    """The first and last day of the week the text speaks of (else its trading days)."""
    spans = [
        d.period
        for d in s.dates
        if d.end <= at and d.period.is_span and d.period.granularity is Granularity.DAY
    ]
    if spans and 1 <= (spans[-1].end - spans[-1].start).days <= 6:
        return spans[-1].start, spans[-1].end
    week, day = s.ctx.week, s.day()  # named before: "本周（4.7-4.12）…。氧化钕周初均价…"
    if week is not None and day is not None and week.start <= day <= week.end:
        return week.start, week.end
    if day is None:
        return None
    week = trading_week(day, cap=day)  # its trading days, none after the report's
    return week.start, week.end


def _products(m: re.Match[str], s: Sent) -> list[str]:
    """The products of a "A、B…分别为" pair, else the one product before the quote."""
    if m.group("ps"):
        return listed_products(m, s)
    one = s.product_before(m.start("w")) or s.ctx.price_subject
    return [one] if one else []


def resolve_week_end(m: re.Match[str], s: Sent) -> list[Cand]:
    """The week-start or week-end quote(s), and after a week-end one its changes."""
    week = _week(s, m.start("w"))
    prods = _products(m, s)
    qs = list(_Q.finditer(m.group("qs")))
    if week is None or not prods or len(prods) != len(qs):
        return []
    first, last = Period.day(week[0]), Period.day(week[1])
    when = first if m.group("w") == "周初" else last
    out = paired_prices(s, prods, qs, m.start("qs"), "price", when, "price_week_end")
    if not out or len(prods) != 1 or when != last:
        return out
    pid, at = prods[0], m.end()
    mv = _WEEK_MOVE.match(s.text, at)
    if mv is not None:
        if mv.group("base"):
            v = s.quantity(mv.group("base"), "price_week_end")
            if v is not None and v[1] in PRICE_UNITS:
                out.append(
                    Cand(
                        "price",
                        "china",
                        pid,
                        "price",
                        first,
                        v[0],
                        v[1],
                        mv.start("base"),
                        mv.end("base"),
                        "price_week_end",
                    )
                )
        g = "pct" if mv.group("pct") else "pct2"
        if mv.group("dir"):
            way = -1 if mv.group("dir") == "跌幅" else 1
        else:
            way = sign(mv.group("dir2") or "")
        if way:
            out.append(
                Cand(
                    "price",
                    "china",
                    pid,
                    "change_pct",
                    Period.span(first, last),
                    way * float(mv.group(g)),
                    "%",
                    mv.start(g),
                    mv.end(g),
                    "price_week_end",
                )
            )
        at = mv.end()
    ya = _YEAR_AGO.match(s.text, at)
    if ya is not None and sign(ya.group("dir")):
        try:
            then = Period.day(week[1].replace(year=week[1].year - 1))
        except ValueError:  # 29 February
            return out
        out.append(
            Cand(
                "price",
                "china",
                pid,
                "change_pct",
                Period.span(then, last),
                sign(ya.group("dir")) * float(ya.group("pct")),
                "%",
                ya.start("pct"),
                ya.end("pct"),
                "price_week_end",
            )
        )
    return out


RULE = REGISTRY.add(
    Rule(
        "price_week_end",
        "price level",
        "zh",
        r"(?:(?P<ps>{PROD}(?:{SEP}{PROD})+)[^。;；\d]{0,16}?)?(?P<w>周初|周末)\s*{AVERAGE}\s*"
        r"(?:分别)?\s*(?:为|报|是)?\s*(?P<qs>{Q}(?:\s*{SEP}\s*{Q})*)",
        resolve_week_end,
        (
            Example(  # the week named in brackets; the week's fall; the same day a year before
                "本周（5.6-5.10）氧化铽价格走低，周初均价为7200元/公斤，周末均价为7020元/公斤，"
                "周内跌幅2.50%，较去年同期下跌12.10%。",
                (
                    ("price", "tb_oxide", "price", "2024-05-06", 7200, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-05-10", 7020, "CNY/kg"),
                    ("price", "tb_oxide", "change_pct", "2024-05-06/2024-05-10", -2.5, "%"),
                    ("price", "tb_oxide", "change_pct", "2023-05-10/2024-05-10", -12.1, "%"),
                ),
                published="2024-05-10",
            ),
            Example(  # the week-start quote as the base of the week's move; a pair with 分别
                "氧化钆周末均价为158000元/吨，较周初的160000元/吨下跌1.25%。"
                "氧化镧、氧化铈本周持稳，周末均价分别为4100元/吨和7000元/吨。",
                (
                    ("price", "gd_oxide", "price", "2024-05-10", 158000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-05-06", 160000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-05-06/2024-05-10", -1.25, "%"),
                    ("price", "la_oxide", "price", "2024-05-10", 4100, "CNY/t"),
                    ("price", "ce_oxide", "price", "2024-05-10", 7000, "CNY/t"),
                ),
                published="2024-05-10",
            ),
            Example(  # a short week named in the sentence before, starting on a Tuesday
                "据监测，本周（6.3-6.6）氧化钬价格走强。氧化钬周初均价为470000元/吨，"
                "周末均价为480000元/吨，周内涨幅2.13%。",
                (
                    ("price", "ho_oxide", "price", "2025-06-03", 470000, "CNY/t"),
                    ("price", "ho_oxide", "price", "2025-06-06", 480000, "CNY/t"),
                    ("price", "ho_oxide", "change_pct", "2025-06-03/2025-06-06", 2.13, "%"),
                ),
                published="2025-06-06",
            ),
            Example(  # no week named, a week cut short by 清明 (Thursday and Friday closed)
                "本周氧化镝价格小幅上行。氧化镝周末均价为1745元/公斤，周内涨幅1.4%。",
                (
                    ("price", "dy_oxide", "price", "2024-04-03", 1745, "CNY/kg"),
                    ("price", "dy_oxide", "change_pct", "2024-04-01/2024-04-03", 1.4, "%"),
                ),
                published="2024-04-04",
            ),
        ),
        doc="a weekly note's first- and last-day mean quotes, the week's move after them",
    )
)
