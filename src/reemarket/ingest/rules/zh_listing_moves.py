"""A company's monthly listing price and what follows it in the same clause chain.

News of a listing (挂牌价) states each product's price for the month, then how it moved:
"氧化镝挂牌价180万元/吨, 较上月下调6万元/吨, 降幅3.23%", or with the month before's
price first: "金属钕3月挂牌价为55.6万元/吨, 2月为52.1万元/吨, 每吨上调3.5万元". The level may
follow 挂牌价 without 为. The moves are against the month before, the holder is the company
whose list it is (a spot quote in the same story stays China's).
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import PRICE_UNITS, Cand, Sent, sign
from reemarket.ingest.rules.zh_dates import previous
from reemarket.ingest.rules.zh_price_levels import quote_entity
from reemarket.ingest.rules.zh_text import compile_pattern, parse_number, price_holder

_Q = compile_pattern("{Q}").pattern
_CUE = compile_pattern("{UP}|{DOWN}").pattern
_FIGURE = compile_pattern("{Q}")
#: "2月为52.1万元/吨": the month before's listing, said right after this month's
_PREV = re.compile(r"\s*[,，]\s*(?P<m>\d{1,2})\s*月份?\s*(?:为|是|报)\s*(?P<q>" + _Q + ")")
#: "（含税）", "(不含税)": the basis said in brackets after the level
_BASIS = compile_pattern(r"\s*[（(]\s*(?:{VAT_INCL}|{VAT_EXCL})\s*[)）]")
#: "较上月下调6万元/吨", "较2月上调2.8万元/吨", "每吨上调3.5万元", "较上月下调4000元",
#: "环比上调4%" (the move as a rate alone)
_MOVE = re.compile(
    r"\s*[,，]\s*(?:(?:较|比)\s*(?:上月|上个月|(?P<m>\d{1,2})\s*月份?)\s*|环比\s*)?(?P<per>每吨)?\s*"
    r"(?P<cue>"
    + _CUE
    + r")\s*(?:约)?\s*(?:(?P<pct>\d+(?:\.\d+)?)\s*%|(?P<q>"
    + _Q
    + r")|(?P<n>\d+(?:\.\d+)?)\s*(?P<sc>[万]?)元(?!/))"
)
#: "涨幅20.11%", "降幅5%": the move as a rate
_RATE = re.compile(
    r"\s*[,，]\s*(?:环比\s*)?(?P<dir>涨幅|增幅|跌幅|降幅)\s*(?:为|达)?\s*(?P<pct>\d+(?:\.\d+)?)\s*%"
)


#: after a month, the list it names: "11月挂牌价：", "11月份稀土产品挂牌价格"
_HEAD = compile_pattern(r"\s*份?\s*(?:稀土)?(?:产品)?\s*{LISTING}")


def _month(s: Sent, m: re.Match[str]) -> Period | None:
    """The month named in the product's clause ("氧化钕8月挂牌价"), else the notice's month.

    Not the month of an earlier figure: "…，2月为52.1万元/吨；氧化镝挂牌价…" is March's list.
    """
    # the last month said before the level with no figure between ("7月份，…氧化镨钕挂牌价为")
    own = [
        d.period
        for d in s.dates
        if d.end <= m.start("v") and not d.base and not _FIGURE.search(s.text, d.end, m.start())
    ]
    # else the month the list is announced for ("公布11月挂牌价：…")
    heads = [
        d.period
        for d in s.dates
        if d.end <= m.start("v") and _HEAD.match(s.text, d.end) is not None
    ]
    for p in (*own[::-1], *heads[::-1], s.ctx.main, s.ctx.month):
        if p is not None and p.granularity is Granularity.MONTH and not p.is_span:
            return p
    return None


def _listing_level(
    m: re.Match[str], s: Sent, rule: str
) -> tuple[str, Period, tuple[float, str]] | None:
    """A listing level's holder, month and price (group ``v``), or None when one is missing.

    The market ("china") holds no listing: a news story's "北方稀土公布的8月挂牌价显示,
    氧化镨钕挂牌价为…" gives the list to the company named before it.
    """
    ent = quote_entity(s, m.start())
    named = s.company_before(m.start())
    if ent == "china" and named is not None:
        ent = price_holder(named)
    month = _month(s, m)
    v = s.quantity(m.group("v"), rule)
    if ent == "china" or month is None or v is None or v[1] not in PRICE_UNITS:
        return None
    return ent, month, v


def resolve_listing_chain(m: re.Match[str], s: Sent) -> list[Cand]:
    """The listing price of the month, the month before's when said, the move and its rate."""
    level = _listing_level(m, s, "price_listing_chain")
    if level is None:
        return []
    ent, month, v = level
    pid = s.products_id(m)
    before = previous(month)
    span = Period.span(before, month)

    def cand(metric: str, period: Period, value: float, unit: str, a: int, b: int) -> Cand:
        return Cand("price", ent, pid, metric, period, value, unit, a, b, "price_listing_chain")

    out = [cand("price", month, v[0], v[1], m.start("v"), m.end("v"))]
    at = m.end()
    basis = _BASIS.match(s.text, at)
    at = basis.end() if basis is not None else at
    pm = _PREV.match(s.text, at)
    if pm is not None and int(pm.group("m")) == before.start.month:
        q = s.quantity(pm.group("q"), "price_listing_chain")
        if q is not None and q[1] in PRICE_UNITS:
            out.append(cand("price", before, q[0], q[1], pm.start("q"), pm.end("q")))
            at = pm.end()
    mv = _MOVE.match(s.text, at)
    if mv is not None and (mv.group("m") is None or int(mv.group("m")) == before.start.month):
        if mv.group("pct"):
            k = sign(mv.group("cue"))
            pct = k * float(mv.group("pct"))
            return [*out, cand("change_pct", span, pct, "%", mv.start("pct"), mv.end("pct"))]
        if mv.group("q"):
            chg = s.quantity(mv.group("q"), "price_listing_chain")
            g = "q"
        else:
            chg = (parse_number(mv.group("n"), mv.group("sc")), "CNY")
            g = "n"
        if chg is not None and chg[1] in ("CNY", "USD"):
            # a move in bare currency ("每吨上调3.5万元", "较上月上调3000元") is in the level's unit
            per = "/t" if mv.group("per") else v[1][len(chg[1]) :]
            chg = (chg[0], chg[1] + per) if v[1] == chg[1] + per else None
        k = sign(mv.group("cue"))
        if chg is not None and k and chg[1] == v[1]:
            out.append(cand("change", span, k * chg[0], chg[1], mv.start(g), mv.end(g)))
            at = mv.end()
            r = _RATE.match(s.text, at)
            if r is not None:
                way = -1 if r.group("dir") in ("跌幅", "降幅") else 1
                out.append(
                    cand(
                        "change_pct",
                        span,
                        way * float(r.group("pct")),
                        "%",
                        r.start("pct"),
                        r.end("pct"),
                    )
                )
    elif mv is None and (r := _RATE.match(s.text, at)) is not None:
        # "…9月份为48.0万元/吨，环比涨幅5.21%": the rate alone after the month before's level
        way = -1 if r.group("dir") in ("跌幅", "降幅") else 1
        pct = way * float(r.group("pct"))
        out.append(cand("change_pct", span, pct, "%", r.start("pct"), r.end("pct")))
    return out


RULE = REGISTRY.add(
    Rule(
        "price_listing_chain",
        "price level",
        "zh",
        r"{PROD:p}\s*(?:\d{1,2}\s*月份?)?\s*(?:{VAT_INCL}|{VAT_EXCL})?\s*{LISTING}\s*"
        r"(?:为|是|(?:{UP}|{DOWN})至|调整为|调整至|调至)?\s*{Q:v}",
        resolve_listing_chain,
        (
            Example(  # the level without 为, the move against the month named, then its rate
                "北方稀土公布2024年11月挂牌价。金属镨钕挂牌价53.10万元/吨，较10月上调2.50万元/吨，"
                "涨幅4.94%；氧化钕11月挂牌价为44.20万元/吨，10月为42.00万元/吨，每吨上调2.20万元；"
                "金属钕挂牌价54.80万元/吨，每吨上调2.60万元。10月份，北方稀土氧化镨钕挂牌价为41.00万元/吨。",
                (
                    ("price", "prnd_metal", "price", "2024-11", 531000, "CNY/t"),
                    ("price", "prnd_metal", "change", "2024-10/2024-11", 25000, "CNY/t"),
                    ("price", "prnd_metal", "change_pct", "2024-10/2024-11", 4.94, "%"),
                    ("price", "nd_oxide", "price", "2024-11", 442000, "CNY/t"),
                    ("price", "nd_oxide", "price", "2024-10", 420000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-10/2024-11", 22000, "CNY/t"),
                    ("price", "nd_metal", "price", "2024-11", 548000, "CNY/t"),
                    ("price", "nd_metal", "change", "2024-10/2024-11", 26000, "CNY/t"),
                    ("price", "prnd_oxide", "price", "2024-10", 410000, "CNY/t"),
                ),
                published="2024-11-01",
            ),
            Example(  # the month before's level, then the rate alone
                "北方稀土公布2024年6月挂牌价。金属镨钕挂牌价为45.6万元/吨，5月份为47.0万元/吨，"
                "环比跌幅2.98%。",
                (
                    ("price", "prnd_metal", "price", "2024-06", 456000, "CNY/t"),
                    ("price", "prnd_metal", "price", "2024-05", 470000, "CNY/t"),
                    ("price", "prnd_metal", "change_pct", "2024-05/2024-06", -2.98, "%"),
                ),
                published="2024-06-03",
            ),
            Example(  # a news story naming the company whose list it reports
                "行情方面, 6月30日氧化镨钕报45万元/吨。北方稀土发布的7月挂牌价显示, "
                "氧化镨钕挂牌价为45.5万元/吨, 较6月上调2.3万元/吨。",
                (
                    ("price", "prnd_oxide", "price", "2025-06-30", 450000, "CNY/t"),
                    ("price", "prnd_oxide", "price", "2025-07", 455000, "CNY/t"),
                    ("price", "prnd_oxide", "change", "2025-06/2025-07", 23000, "CNY/t"),
                ),
                published="2025-07-01",
            ),
            Example(  # the month before the product, moves in bare yuan in the level's unit
                "北方稀土9月氧化镝挂牌价为176万元/吨，8月为171万元/吨，每吨上调5万元；"
                "9月金属镨钕挂牌价为58.2万元/吨，较上月下调4000元。",
                (
                    ("price", "dy_oxide", "price", "2024-09", 1760000, "CNY/t"),
                    ("price", "dy_oxide", "price", "2024-08", 1710000, "CNY/t"),
                    ("price", "dy_oxide", "change", "2024-08/2024-09", 50000, "CNY/t"),
                    ("price", "prnd_metal", "price", "2024-09", 582000, "CNY/t"),
                    ("price", "prnd_metal", "change", "2024-08/2024-09", -4000, "CNY/t"),
                ),
                published="2024-09-02",
            ),
            Example(  # the level said as where the list was cut to, then the move
                "北方稀土2月金属镝挂牌价下调至205万元/吨, 较1月下调8万元/吨。",
                (
                    ("price", "dy_metal", "price", "2025-02", 2050000, "CNY/t"),
                    ("price", "dy_metal", "change", "2025-01/2025-02", -80000, "CNY/t"),
                ),
                published="2025-02-05",
            ),
            Example(  # the tax basis before the price word; the month only in the heading clause,
                # an earlier item's figure between; 比上月; a level the list was adjusted to
                "北方稀土公布6月挂牌价：氧化钕含税挂牌价为42.3万元/吨，较5月上调0.8万元/吨；"
                "金属钕挂牌价格为52万元/吨，比上月上调1万元/吨；氧化镝挂牌价调整为166万元/吨，环比下调1.2%。",
                (
                    ("price", "nd_oxide", "price", "2025-06", 423000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2025-05/2025-06", 8000, "CNY/t"),
                    ("price", "nd_metal", "price", "2025-06", 520000, "CNY/t"),
                    ("price", "nd_metal", "change", "2025-05/2025-06", 10000, "CNY/t"),
                    ("price", "dy_oxide", "price", "2025-06", 1660000, "CNY/t"),
                    ("price", "dy_oxide", "change_pct", "2025-05/2025-06", -1.2, "%"),
                ),
                published="2025-06-03",
            ),
            Example(  # the basis in brackets after the level; the move as a month-on-month rate
                "北方稀土氧化镨钕6月挂牌价为40.1万元/吨（含税），环比上调3.5%。",
                (
                    ("price", "prnd_oxide", "price", "2025-06", 401000, "CNY/t"),
                    ("price", "prnd_oxide", "change_pct", "2025-05/2025-06", 3.5, "%"),
                ),
                published="2025-06-03",
            ),
        ),
        doc="a listing's level of the month, the month before's, the move and its rate",
    )
)


def resolve_shared_listing(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化镧、氧化铈挂牌价持平，均为0.4万元/吨": one listing level for each product named."""
    level = _listing_level(m, s, "price_listing_shared")
    if level is None:
        return []
    ent, month, v = level
    ids = [p.id for p in s.products if m.start("ps") <= p.start and p.end <= m.end("ps")]
    at, end = m.start("v"), m.end("v")
    return [
        Cand("price", ent, pid, "price", month, v[0], v[1], at, end, "price_listing_shared")
        for pid in dict.fromkeys(ids)
    ]


SHARED_RULE = REGISTRY.add(
    Rule(
        "price_listing_shared",
        "price level",
        "zh",
        r"(?P<ps>{PROD}(?:\s*{SEP}\s*{PROD})+)\s*(?:\d{1,2}\s*月份?)?\s*(?:的)?\s*{LISTING}"
        r"[^,，。;；\d]{0,6}?[,，]?\s*(?:均为|都为|均是|均报|同为)\s*{Q:v}",
        resolve_shared_listing,
        (
            Example(  # two products that share one level, said once for both
                "北方稀土5月挂牌价公布: 氧化钐、氧化钆挂牌价维持不变, 均为1.2万元/吨。",
                (
                    ("price", "sm_oxide", "price", "2025-05", 12000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2025-05", 12000, "CNY/t"),
                ),
                published="2025-05-06",
            ),
        ),
        doc="one listing level said for several products at once",
    )
)

LEADING_RULE = REGISTRY.add(
    Rule(
        "price_listing_lead",
        "price level",
        "zh",
        r"(?:{VAT_INCL}|{VAT_EXCL})?\s*{LISTING}\s*[:：]?\s*{PROD:p}\s*(?:\d{1,2}\s*月份?)?\s*"
        r"(?:为|是|报)\s*{Q:v}",
        resolve_listing_chain,
        (
            Example(  # the listing word (with its tax basis) before the product, then the move;
                # the day the list came out dates no price of its own
                "北方稀土10月8日发布10月份产品价格, 含税挂牌价氧化铽为720万元/吨, "
                "较9月上调15万元/吨, 涨幅2.13%。",
                (
                    ("price", "tb_oxide", "price", "2024-10", 7200000, "CNY/t"),
                    ("price", "tb_oxide", "change", "2024-09/2024-10", 150000, "CNY/t"),
                    ("price", "tb_oxide", "change_pct", "2024-09/2024-10", 2.13, "%"),
                ),
                published="2024-10-08",
            ),
            Example(  # the month named after the product; the tax basis in brackets; a bare rate
                "北方稀土公布3月挂牌价, 挂牌价氧化钕3月为41.6万元/吨(含税), 环比下调2.5%。",
                (
                    ("price", "nd_oxide", "price", "2025-03", 416000, "CNY/t"),
                    ("price", "nd_oxide", "change_pct", "2025-02/2025-03", -2.5, "%"),
                ),
                published="2025-03-03",
            ),
        ),
        doc="a listing said with its price word first: the product's level, then its move",
    )
)
