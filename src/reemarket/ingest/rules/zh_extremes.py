"""A period's high or low price: "本月氧化镨钕最高报46.2万元/吨，最低报42.8万元/吨".

The high is the period's ``price_high`` and the low its ``price_low`` (the two ends of the
range the price moved in over the period), bound to the period the sentence names: the year
so far ("年内高点", "今年以来最低"), this week ("本周最高价"), this month, last week or last
month (``zh_past_spans.extreme_period``); with no period, the day's own high or low. An
all-time high (历史) has no period and gives none. The words are the ``extreme_high`` and
``extreme_low`` classes of ``data/vocab/zh.toml``.
"""

from __future__ import annotations

import re

from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import PRICE_UNITS, Cand, Sent
from reemarket.ingest.rules.zh_past_spans import extreme_period
from reemarket.ingest.rules.zh_price_levels import quote_entity
from reemarket.ingest.rules.zh_text import compile_pattern, word_class

_ALL_TIME = re.compile(r"历史|有史以来|历年")


def _product(s: Sent, at: int) -> str | None:
    """The last product named before ``at``, not a word inside a company's name."""
    names = [(c.start, c.end) for c in s.companies]
    own = [p for p in s.products if p.end <= at and not any(a <= p.start < b for a, b in names)]
    return own[-1].id if own else s.ctx.price_subject


def resolve_extreme(m: re.Match[str], s: Sent) -> list[Cand]:
    """The period's high or low the figure is."""
    if _ALL_TIME.search(s.text, max(0, m.start() - 6), m.start("ext")):
        return []  # "历史高点": no period
    pid = _product(s, m.start())
    period = extreme_period(s, m.start())
    v = s.quantity(m.group("v"), "price_extreme")
    if pid is None or period is None or v is None or v[1] not in PRICE_UNITS:
        return []
    high = word_class(m.group("ext"), ("extreme_high", "extreme_low")) == "extreme_high"
    metric = "price_high" if high else "price_low"
    at, end = m.start("v"), m.end("v")
    ent = quote_entity(s, m.start())
    return [Cand("price", ent, pid, metric, period, v[0], v[1], at, end, "price_extreme")]


EXTREME_WORD = compile_pattern("{EXTREME_HIGH}|{EXTREME_LOW}")

RULE = REGISTRY.add(
    Rule(
        "price_extreme",
        "price level",
        "zh",
        # "最高报", "最低为", "最高触及", "最低下探至", "刷新年内新高，达到…"
        r"(?P<ext>{EXTREME_HIGH}|{EXTREME_LOW})\s*(?:价格|报价)?\s*(?:[,，]\s*)?"
        r"(?:[^,，。;；\d%]{0,3}?(?:报|为|达|达到|至|在|录得|触及))?"
        r"\s*{Q:v}(?!\s*(?:[-~至到—]|－))",
        resolve_extreme,
        (
            Example(  # the month's high and low, the month still running: the month so far
                "本月氧化钕最高报47.3万元/吨，最低报44.1万元/吨。",
                (
                    ("price", "nd_oxide", "price_high", "2024-07-01/2024-07-05", 473000, "CNY/t"),
                    ("price", "nd_oxide", "price_low", "2024-07-01/2024-07-05", 441000, "CNY/t"),
                ),
            ),
            Example(  # the week's
                "氧化镝本周最高价1690元/公斤，最低价1640元/公斤。",
                (
                    ("price", "dy_oxide", "price_high", "2024-07-01/2024-07-05", 1690, "CNY/kg"),
                    ("price", "dy_oxide", "price_low", "2024-07-01/2024-07-05", 1640, "CNY/kg"),
                ),
            ),
            Example(  # the year's so far: a high set, a low fallen to
                "氧化铽价格创下年内高点7380元/公斤。金属镨钕价格跌至年内低点53.6万元/吨后企稳。",
                (
                    ("price", "tb_oxide", "price_high", "2024-01-02/2024-07-05", 7380, "CNY/kg"),
                    ("price", "prnd_metal", "price_low", "2024-01-02/2024-07-05", 536000, "CNY/t"),
                ),
            ),
            Example(  # last month's, a monthly review published after it
                "上月氧化镨钕最高报45.8万元/吨。",
                (("price", "prnd_oxide", "price_high", "2024-06", 458000, "CNY/t"),),
            ),
            Example(  # other verbs: touched, probed down to; a new high, then its level
                "5月份氧化钕价格最高触及46.2万元/吨，最低下探至42.5万元/吨。"
                "氧化镝价格刷新年内新高，达到1750元/公斤。",
                (
                    ("price", "nd_oxide", "price_high", "2024-05", 462000, "CNY/t"),
                    ("price", "nd_oxide", "price_low", "2024-05", 425000, "CNY/t"),
                    ("price", "dy_oxide", "price_high", "2024-01-02/2024-07-05", 1750, "CNY/kg"),
                ),
            ),
            Example("氧化镝价格接近历史高点350万元/吨。", ()),
        ),
        doc="a period's high or low price, bound to the period the sentence names",
    )
)
