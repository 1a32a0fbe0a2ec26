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
from reemarket.ingest.rules.zh_base import Cand, Sent, sign

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
