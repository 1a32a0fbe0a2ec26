"""Chinese price rules: levels, moves, averages, listing and contract prices."""

from __future__ import annotations

import re

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import PRICE_UNITS, Cand, Sent, day_span, sign
from reemarket.ingest.rules.zh_dates import previous
from reemarket.ingest.rules.zh_text import compile_pattern, parse_number

_Q_SPLIT = compile_pattern("{Q}")
_PCT = re.compile(r"(\d+(?:\.\d+)?)\s*%")


def _entity(s: Sent, at: int) -> str:
    """A listing or contract price is the company's; a spot quote is China's market."""
    return s.ctx.price_company or "china"


def _move(m: re.Match[str], s: Sent) -> list[Cand]:
    """"{product} 下调10万元/吨至570万元/吨": the day's change and the level it reached."""
    prod = s.product_before(m.start())
    day = s.day()
    chg = s.quantity(m.group("chg"), "price_move")
    out: list[Cand] = []
    if prod is None or day is None or chg is None or chg[1] not in PRICE_UNITS:
        return out
    ent = _entity(s, m.start())
    k = sign(m.group("cue"))
    out.append(
        Cand("price", ent, prod, "change", day_span(day), k * chg[0], chg[1],
             m.start("chg"), m.end("chg"), "price_move")
    )
    lvl = s.quantity(m.group("lvl"), "price_move")
    if lvl is not None and lvl[1] in PRICE_UNITS:
        out.append(
            Cand("price", ent, prod, "price", Period.day(day), lvl[0], lvl[1],
                 m.start("lvl"), m.end("lvl"), "price_move")
        )
    return out


def _level(m: re.Match[str], s: Sent) -> list[Cand]:
    """"{product}报36.25万元/吨": a quoted price on the report's day."""
    day = s.day()
    v = s.quantity(m.group("v"), "price_level")
    if day is None or v is None or v[1] not in PRICE_UNITS:
        return []
    return [
        Cand("price", _entity(s, m.start()), s.products_id(m), "price", Period.day(day), v[0], v[1],
             m.start("v"), m.end("v"), "price_level")
    ]


def _each(m: re.Match[str], s: Sent) -> list[Cand]:
    """"A与B分别报X和Y" / "A、B全年均价分别为X、Y, 同比分别下降p、q": paired in order."""
    prods = [p.id for p in s.products if m.start("ps") <= p.start and p.end <= m.end("ps")]
    qs = list(_Q_SPLIT.finditer(m.group("qs")))
    if len(prods) != len(qs) or len(prods) < 2:
        return []
    avg = "均价" in m.group("mid") or "平均" in m.group("mid")
    period = s.period_before(m.start("qs")) if avg else None
    day = s.day()
    if avg and period is None:
        return []
    if not avg:
        if day is None:
            return []
        period = Period.day(day)
    out: list[Cand] = []
    base = m.start("qs")
    for pid, q in zip(prods, qs, strict=True):
        v = s.quantity(q.group(), "price_each")
        if v is None or v[1] not in PRICE_UNITS:
            return []
        out.append(Cand("price", "china", pid, "average" if avg else "price", period, v[0], v[1],
                        base + q.start(), base + q.end(), "price_each"))
    tail = s.text[m.end() : m.end() + 80]
    yo = re.match(r"\s*[,，]?\s*同比(?:分别)?\s*(\S{1,3}?)\s*((?:\d+(?:\.\d+)?%[、,，和及与]?)+)", tail)
    if avg and yo:
        pcts = _PCT.findall(yo.group(2))
        k = sign(yo.group(1)) or 1
        if len(pcts) == len(prods):
            at = m.end() + yo.start(2)
            for pid, p in zip(prods, pcts, strict=True):
                out.append(Cand("price", "china", pid, "average_yoy_pct", period, k * float(p), "%",
                                at, at + len(yo.group(2)), "price_each"))
    return out


def _average(m: re.Match[str], s: Sent) -> list[Cand]:
    """"四季度氧化镨钕均价为41.6万元/吨, 同比下降15.4%, 环比上涨6.9%"."""
    period = s.period_before(m.start("v"))
    v = s.quantity(m.group("v"), "price_average")
    if period is None or v is None or v[1] not in PRICE_UNITS:
        return []
    if period.granularity is Granularity.DAY and not period.is_span:
        metric = "price"  # a day's 均价 is that day's quote
    else:
        metric = "average"
    pid = s.products_id(m)
    out = [Cand("price", _entity(s, m.start()), pid, metric, period, v[0], v[1],
                m.start("v"), m.end("v"), "price_average")]
    tail = s.text[m.end() : m.end() + 60]
    for cm in re.finditer(r"(同比|环比)\s*(\S{0,3}?)\s*(\d+(?:\.\d+)?)\s*%", tail):
        k = sign(cm.group(2)) or 1
        at = m.end() + cm.start(3)
        if cm.group(1) == "同比" and metric == "average":
            out.append(Cand("price", out[0].entity, pid, "average_yoy_pct", period,
                            k * float(cm.group(3)), "%", at, at + len(cm.group(3)), "price_average"))
        elif cm.group(1) == "环比" and metric == "average":
            span = Period.span(previous(period), period) if not period.is_span else None
            out.append(Cand("price", out[0].entity, pid, "change_pct", span,
                            k * float(cm.group(3)), "%", at, at + len(cm.group(3)), "price_average"))
    return out


def _per_tonne_move(m: re.Match[str], s: Sent) -> list[Cand]:
    """"金属钕:每吨上调3.6万元": a listing price move against the month before."""
    month = s.period_before(m.start()) or s.ctx.month
    if month is None or month.granularity is not Granularity.MONTH:
        return []
    v = parse_number(m.group("n"), m.group("sc")) * sign(m.group("cue"))
    pid = s.products_id(m)
    return [Cand("price", _entity(s, m.start()), pid, "change", Period.span(previous(month), month),
                 v, "CNY/t", m.start("n"), m.end("n"), "listing_move")]


def _contract(m: re.Match[str], s: Sent) -> list[Cand]:
    """"2025年第四季度稀土精矿交易价格确定为不含税26205元/吨": a company's contract price."""
    period = s.period_before(m.start("v")) or s.ctx.main
    v = s.quantity(m.group("v"), "contract_price")
    if period is None or v is None or v[1] not in PRICE_UNITS:
        return []
    ent = s.company_before(m.start()) or s.ctx.price_company or "china"
    return [Cand("price", ent, s.products_id(m), "price", period, v[0], v[1],
                 m.start("v"), m.end("v"), "contract_price")]


def _period_move_pct(m: re.Match[str], s: Sent) -> list[Cand]:
    """"本季度精矿价格环比上涨37.13%": a change against the period before."""
    period = s.period_before(m.start()) or s.ctx.main
    if period is None or period.is_span or period.granularity is Granularity.DAY:
        return []
    k = sign(m.group("cue")) or 1
    return [Cand("price", s.ctx.price_company or "china", s.products_id(m), "change_pct",
                 Period.span(previous(period), period), k * float(m.group("pct")), "%",
                 m.start("pct"), m.end("pct"), "price_period_pct")]


D = "2024-07-05"
RULES = [
    Rule("price_move", "price change", "zh",
         r"{PREV_DAY}?\s*(?P<cue>{UP}|{DOWN})\s*{ABOUT}?\s*{Q:chg}\s*(?:至|到|[,，]\s*收于|[,，]\s*报)\s*{Q:lvl}",
         _move,
         (Example("氧化镝较前一交易日下调2万元/吨至160万元/吨。",
                  (("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -20000, "CNY/t"),
                   ("price", "dy_oxide", "price", "2024-07-05", 1600000, "CNY/t"))),
          Example("金属镨報價單日上漲8000元/噸至52萬元/噸。",
                  (("price", "pr_metal", "change", "2024-07-04/2024-07-05", 8000, "CNY/t"),
                   ("price", "pr_metal", "price", "2024-07-05", 520000, "CNY/t"))))),
    Rule("price_level", "price level", "zh",
         r"{PROD:p}(?:报价|现货)?(?:报|收于|维持在|报价为|成交于)\s*{Q:v}", _level,
         (Example("氧化钕报43.5万元/吨, 成交清淡。",
                  (("price", "nd_oxide", "price", "2024-07-05", 435000, "CNY/t"),)),)),
    Rule("price_each", "price level", "zh",
         r"(?P<ps>{PROD}(?:{SEP}{PROD})+)(?P<mid>[^。;；]{0,12}?)分别(?:报|为|是|达)?\s*(?P<qs>{Q}(?:\s*{SEP}\s*{Q})+)",
         _each,
         (Example("氧化镝和氧化铽2023年均价分别为2100元/公斤和8000元/公斤, 同比分别下降10%和5%。",
                  (("price", "dy_oxide", "average", "2023", 2100, "CNY/kg"),
                   ("price", "tb_oxide", "average", "2023", 8000, "CNY/kg"),
                   ("price", "dy_oxide", "average_yoy_pct", "2023", -10, "%"),
                   ("price", "tb_oxide", "average_yoy_pct", "2023", -5, "%"))),)),
    Rule("price_average", "average", "zh",
         r"{PROD:p}(?:全年|季度|月度|月)?(?:现货)?{AVERAGE}(?:为|达|报|是)?\s*{Q:v}", _average,
         (Example("2023年三季度氧化镨钕均价为50万元/吨, 同比下降20%, 环比上涨2.5%。",
                  (("price", "prnd_oxide", "average", "2023-Q3", 500000, "CNY/t"),
                   ("price", "prnd_oxide", "average_yoy_pct", "2023-Q3", -20, "%"),
                   ("price", "prnd_oxide", "change_pct", "2023-Q2/2023-Q3", 2.5, "%"))),)),
    Rule("listing_move", "price change", "zh",
         r"{PROD:p}\s*[:：]?\s*(?:挂牌价)?\s*每吨(?P<cue>{UP}|{DOWN})\s*{ABOUT}?\s*(?P<n>{NUM})\s*(?P<sc>[万亿]?)元(?!/)",
         _per_tonne_move,
         (Example("北方稀土公布2022年3月挂牌价。\n氧化镨钕: 每吨上调2万元;",
                  (("price", "prnd_oxide", "change", "2022-02/2022-03", 20000, "CNY/t"),)),)),
    Rule("contract_price", "price level", "zh",
         r"{PROD:p}(?:{CONTRACT}|{LISTING})[^,，。;；]{0,12}?(?:为|至|达到|确定为|调整为|调整至)\s*(?:不含税|含税)?\s*{Q:v}",
         _contract,
         (Example("北方稀土公告, 2024年第一季度稀土精矿交易价格调整为不含税16000元/吨。",
                  (("price", "re_concentrate", "price", "2024-Q1", 16000, "CNY/t"),)),)),
    Rule("price_period_pct", "price change", "zh",
         r"{PROD:p}(?:交易)?价格\s*{MOM}\s*(?P<cue>{UP}|{DOWN})\s*(?P<pct>{NUM})\s*%", _period_move_pct,
         (Example("北方稀土公布2024年第二季度稀土精矿交易价格; 本季度稀土精矿价格环比下降5.5%。",
                  (("price", "re_concentrate", "change_pct", "2024-Q1/2024-Q2", -5.5, "%"),)),)),
]
for _r in RULES:
    REGISTRY.add(_r)
