"""A mean price whose period an earlier sentence named: "月均价" in a monthly review.

A monthly review names its month once ("6月氧化钕月均价为…") and then goes on product by product
("氧化镨钕月均价为…", "氧化镧、氧化铈…月均价分别为…", "其中氧化铈月均价同比上涨…"). A 月均价 with
no month in its own sentence is the month the text speaks of; a 周均价 is the report's week.
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest.dates import trading_week
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import PRICE_UNITS, Cand, Sent, sign

_MEAN_WORD = re.compile(r"(?P<w>月|周)(?:度)?(?:均价|平均价)")


def carried_mean_period(s: Sent, words: str) -> Period | None:
    """The period of a "月均价"/"周均价" in ``words`` when its sentence names none."""
    w = _MEAN_WORD.search(words)
    if w is None:
        return None
    if w.group("w") == "月":
        month = s.ctx.month
        return month if month is not None and month.granularity is Granularity.MONTH else None
    day = s.day()
    return None if day is None else trading_week(day, cap=day)


def resolve_mean_rate(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "其中氧化铈月均价同比上涨38%": the y/y of a mean whose level was said elsewhere."""
    period = s.period_before(m.start("pct")) or carried_mean_period(s, m.group("mw"))
    way = sign(m.group("dir"))
    if period is None or not way or period.granularity is Granularity.DAY:
        return []
    return [
        Cand(
            "price",
            "china",
            s.products_id(m),
            "average_yoy_pct",
            period,
            way * float(m.group("pct")),
            "%",
            m.start("pct"),
            m.end("pct"),
            "price_mean_rate",
        )
    ]


RULE = REGISTRY.add(
    Rule(
        "price_mean_rate",
        "average",
        "zh",
        r"{PROD:p}\s*(?P<mw>月(?:度)?均价)\s*同比\s*(?P<dir>[^\d,，。;；%]{1,4}?)\s*"
        r"(?P<pct>\d+(?:\.\d+)?)\s*%",
        resolve_mean_rate,
        (
            Example(  # the month named in the sentence before; the rate alone in this one
                "5月氧化钆月均价为15.2万元/吨。其中氧化铕月均价同比下跌6.5%。",
                (
                    ("price", "gd_oxide", "average", "2024-05", 152000, "CNY/t"),
                    ("price", "eu_oxide", "average_yoy_pct", "2024-05", -6.5, "%"),
                ),
                published="2024-06-03",
            ),
            Example(  # a monthly review: the month said once, 该均价 an earlier month's mean
                "据统计，7月氧化钆月均价为15.6万元/吨，同比下跌3.2%，6月该均价为15.9万元/吨；"
                "氧化钬月均价为47万元/吨，同比下跌5%。氧化铕月均价为19万元/吨。"
                "氧化镧、氧化铈全月未有变动，月均价分别为4100元/吨和7000元/吨。",
                (
                    ("price", "gd_oxide", "average", "2024-07", 156000, "CNY/t"),
                    ("price", "gd_oxide", "average_yoy_pct", "2024-07", -3.2, "%"),
                    ("price", "gd_oxide", "average", "2024-06", 159000, "CNY/t"),
                    ("price", "ho_oxide", "average", "2024-07", 470000, "CNY/t"),
                    ("price", "ho_oxide", "average_yoy_pct", "2024-07", -5, "%"),
                    ("price", "eu_oxide", "average", "2024-07", 190000, "CNY/t"),
                    ("price", "la_oxide", "average", "2024-07", 4100, "CNY/t"),
                    ("price", "ce_oxide", "average", "2024-07", 7000, "CNY/t"),
                ),
                published="2024-08-01",
            ),
            Example(  # a half-year 市场均价 in a results story
                "公司半年报显示，上半年氧化钬市场均价为46.5万元/吨，同比下跌8.1%。",
                (
                    ("price", "ho_oxide", "average", "2024-01/2024-06", 465000, "CNY/t"),
                    ("price", "ho_oxide", "average_yoy_pct", "2024-01/2024-06", -8.1, "%"),
                ),
                published="2024-08-28",
            ),
        ),
        doc="the y/y of a product's monthly mean, the level said elsewhere",
    )
)


def resolve_week_mean(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化钕: 周五报…。全周均价52.7万元/吨, 较上周均价53.1万元/吨下降0.8%".

    A week's mean said after the product's own quotes (its clause names no product): the
    product is the last one the sentence, else the paragraph, priced; the week is the report's.
    A mean of the week before said with it is that week's, and the rate between the two means
    runs from the first day of the week before to the last of this one.
    """
    day = s.day()
    prod = s.product_before(m.start()) or s.ctx.para_product
    v = s.quantity(m.group("v"), "price_week_mean")
    if day is None or prod is None or v is None or v[1] not in PRICE_UNITS:
        return []
    week = s.ctx.week if s.ctx.week is not None and s.ctx.week.end == day else None
    week = week or trading_week(day, cap=day)
    out = [
        Cand(
            "price",
            "china",
            prod,
            "average",
            week,
            v[0],
            v[1],
            m.start("v"),
            m.end("v"),
            "price_week_mean",
        )
    ]
    if m.group("b") is None:
        return out
    b = s.quantity(m.group("b"), "price_week_mean")
    if b is None or b[1] != v[1]:
        return out
    before = trading_week(week.start, 1)
    out.append(
        Cand(
            "price",
            "china",
            prod,
            "average",
            before,
            b[0],
            b[1],
            m.start("b"),
            m.end("b"),
            "price_week_mean",
        )
    )
    if m.group("pct") is not None and sign(m.group("cue")):
        span = Period.span(Period.day(before.start), Period.day(week.end))
        pct = sign(m.group("cue")) * float(m.group("pct"))
        out.append(
            Cand(
                "price",
                "china",
                prod,
                "change_pct",
                span,
                pct,
                "%",
                m.start("pct"),
                m.end("pct"),
                "price_week_mean",
            )
        )
    return out


WEEK_MEAN = REGISTRY.add(
    Rule(
        "price_week_mean",
        "average",
        "zh",
        r"(?:^|[,，;；])\s*(?:全周|本周|周内|当周|一周)?\s*周?(?:度)?(?<=周)均价\s*(?:为|达|报|是)?\s*{Q:v}"
        r"(?:\s*[,，]?\s*较\s*上(?:一)?周(?:的)?\s*(?:周?均价)?\s*(?:为)?\s*{Q:b}"
        r"(?:\s*(?P<cue>{UP}|{DOWN})\s*(?P<pct>{NUM})\s*%)?)?",
        resolve_week_mean,
        (
            Example(  # the product from the paragraph's quote before it, the week before's mean
                "氧化钆: 周一至周五连续走低, 周五报15.2万-15.6万元/吨。"
                "全周均价15.5万元/吨, 较上周均价15.9万元/吨下降2.52%。",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-05", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 156000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-07-01/2024-07-05", 155000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-06-24/2024-06-28", 159000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-06-24/2024-07-05", -2.52, "%"),
                ),
            ),
            Example(  # the mean after the day's move, in the product's own sentence
                "氧化钬周五报47万元/吨, 较上周五上涨1万元/吨, 周均价46.6万元/吨。",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 470000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-06-28/2024-07-05", 10000, "CNY/t"),
                    ("price", "ho_oxide", "average", "2024-07-01/2024-07-05", 466000, "CNY/t"),
                ),
            ),
            Example(
                "周五氧化钬报47万元/吨; 均价46.6万元/吨。",
                (("price", "ho_oxide", "price", "2024-07-05", 470000, "CNY/t"),),
            ),
        ),
        doc="a week's mean price after the product's quotes, and the week before's with it",
    )
)
