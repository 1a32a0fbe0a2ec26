"""Chinese price rules: levels, moves, averages, listing and contract prices."""

from __future__ import annotations

import re
from datetime import date, timedelta

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import PRICE_UNITS, Cand, Sent, day_span, sign
from reemarket.ingest.rules.zh_dates import previous
from reemarket.ingest.rules.zh_text import compile_pattern, parse_number, word_class

_Q_SPLIT = compile_pattern("{Q}")
_PCT = re.compile(r"(\d+(?:\.\d+)?)\s*%")


_SPOT = compile_pattern("{SPOT}")


def _entity(s: Sent, at: int) -> str:
    """A listing or contract price is the company's; a spot quote is China's market."""
    if s.ctx.price_company and _SPOT.search(s.text[s.clause_start(at) : at + 1]) is None:
        return s.ctx.price_company
    return "china"


def _move(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "{product} 下调10万元/吨至570万元/吨": the day's change and the level it reached."""
    prod = s.product_before(m.start())
    day = s.day()
    chg = s.quantity(m.group("chg"), "price_move")
    out: list[Cand] = []
    if prod is None or day is None or chg is None or chg[1] not in PRICE_UNITS:
        return out
    ent = _entity(s, m.start())
    k = sign(m.group("cue"))
    out.append(
        Cand(
            "price",
            ent,
            prod,
            "change",
            day_span(day),
            k * chg[0],
            chg[1],
            m.start("chg"),
            m.end("chg"),
            "price_move",
        )
    )
    lvl = s.quantity(m.group("lvl"), "price_move")
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


def _level(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "{product}报36.25万元/吨": a quoted price on the report's day."""
    day = s.day()
    v = s.quantity(m.group("v"), "price_level")
    if day is None or v is None or v[1] not in PRICE_UNITS:
        return []
    return [
        Cand(
            "price",
            _entity(s, m.start()),
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


def _each(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "A与B分别报X和Y" / "A、B全年均价分别为X、Y, 同比分别下降p、q": paired in order."""
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
        out.append(
            Cand(
                "price",
                "china",
                pid,
                "average" if avg else "price",
                period,
                v[0],
                v[1],
                base + q.start(),
                base + q.end(),
                "price_each",
            )
        )
    tail = s.text[m.end() : m.end() + 80]
    yo = re.match(
        r"\s*[,，]?\s*同比(?:分别)?\s*(\S{1,3}?)\s*((?:\d+(?:\.\d+)?%[、,，和及与]?)+)", tail
    )
    if avg and yo:
        pcts = _PCT.findall(yo.group(2))
        k = sign(yo.group(1)) or 1
        if len(pcts) == len(prods):
            at = m.end() + yo.start(2)
            for pid, p in zip(prods, pcts, strict=True):
                out.append(
                    Cand(
                        "price",
                        "china",
                        pid,
                        "average_yoy_pct",
                        period,
                        k * float(p),
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
    if day is None:
        return None
    monday = day - timedelta(days=day.weekday())
    return Period.span(Period.day(monday), Period.day(monday + timedelta(days=4)))


def _average(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "四季度氧化镨钕均价为41.6万元/吨, 同比下降15.4%, 环比上涨6.9%"."""
    period = s.period_before(m.start("v")) or _this_week(m, s)
    v = s.quantity(m.group("v"), "price_average")
    if period is None or v is None or v[1] not in PRICE_UNITS:
        return []
    day_quote = period.granularity is Granularity.DAY and not period.is_span
    metric = "price" if day_quote else "average"  # a day's 均价 is that day's quote
    pid = s.products_id(m)
    out = [
        Cand(
            "price",
            _entity(s, m.start()),
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
    nxt = [p.start for p in s.products if p.start > m.end()]
    tail = s.text[m.end() : min([m.end() + 60, *nxt])]
    for cm in re.finditer(r"(同比|环比)\s*(\S{0,3}?)\s*(\d+(?:\.\d+)?)\s*%", tail):
        k = sign(cm.group(2)) or 1
        at = m.end() + cm.start(3)
        if cm.group(1) == "同比" and metric == "average":
            out.append(
                Cand(
                    "price",
                    out[0].entity,
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
        elif cm.group(1) == "环比" and metric == "average":
            span = Period.span(previous(period), period) if not period.is_span else None
            out.append(
                Cand(
                    "price",
                    out[0].entity,
                    pid,
                    "change_pct",
                    span,
                    k * float(cm.group(3)),
                    "%",
                    at,
                    at + len(cm.group(3)),
                    "price_average",
                )
            )
    out.extend(_earlier_average(m, s, pid, period, out[0].entity) if metric == "average" else [])
    return out


#: The earlier period's average said right after one: "较一季度的40.52万元/吨", "上周为37万元/吨".
_EARLIER = re.compile(
    r"\s*[,，]\s*(?:较\s*(?P<d>[^的,，。;；]{1,10})的|(?P<w>上周|上月)(?:为|是)?)\s*(?P<q>"
    + _Q_SPLIT.pattern
    + ")"
)


def _earlier_average(m: re.Match[str], s: Sent, pid: str, period: Period, ent: str) -> list[Cand]:
    e = _EARLIER.match(s.text, m.end())
    if e is None:
        return []
    then: Period | None = None
    if e.group("d") is not None:
        named = [d.period for d in s.dates if e.start("d") <= d.start < e.end("d")]
        then = named[0] if named and named[0].granularity is period.granularity else None
    elif e.group("w") == "上周" and period.granularity is Granularity.DAY and period.is_span:
        week = timedelta(days=7)
        then = Period.span(Period.day(period.start - week), Period.day(period.end - week))
    elif e.group("w") == "上月" and period.granularity is Granularity.MONTH:
        then = previous(period)
    v = s.quantity(e.group("q"), "price_average")
    if then is None or v is None or v[1] not in PRICE_UNITS:
        return []
    return [
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


def _adjusted_pct(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "本次调整后价格环比下降14.36%": the notice's own period against the one before."""
    now, pid = s.ctx.main, s.ctx.price_subject
    if now is None or now.is_span or now.granularity is Granularity.DAY or pid is None:
        return []
    return [
        Cand(
            "price",
            s.ctx.price_company or "china",
            pid,
            "change_pct",
            Period.span(previous(now), now),
            (sign(m.group("cue")) or 1) * float(m.group("pct")),
            "%",
            m.start("pct"),
            m.end("pct"),
            "price_adjusted_pct",
        )
    ]


def _per_tonne_move(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "金属钕:每吨上调3.6万元": a listing price move against the month before."""
    month = s.period_before(m.start()) or s.ctx.month
    if month is None or month.granularity is not Granularity.MONTH:
        return []
    v = parse_number(m.group("n"), m.group("sc")) * sign(m.group("cue"))
    pid = s.products_id(m)
    return [
        Cand(
            "price",
            _entity(s, m.start()),
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


def _contract(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "2025年第四季度稀土精矿交易价格确定为不含税26205元/吨": a company's contract price."""
    if any(m.end("p") <= p.start < m.start("v") for p in s.products):
        return []  # another product between name and figure: not this product's price
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
    pid = s.products_id(m)
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


def _period_move_pct(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "本季度精矿价格环比上涨37.13%": a change against the period before."""
    g = "" if m.group("p") else "2"
    period = s.period_before(m.start()) or s.ctx.main
    if period is None or period.is_span or period.granularity is Granularity.DAY:
        return []
    k = sign(m.group("cue" + g)) or 1
    return [
        Cand(
            "price",
            s.ctx.price_company or "china",
            s.products_id(m, "p" + g),
            "change_pct",
            Period.span(previous(period), period),
            k * float(m.group("pct" + g)),
            "%",
            m.start("pct" + g),
            m.end("pct" + g),
            "price_period_pct",
        )
    ]


def _range(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "{product}报价37.9-38.2万元/吨": the two ends of a day's quoted range."""
    day = s.day()
    if day is None:
        return []
    pid = s.products_id(m)
    s.ctx.price_subject = pid
    return _range_cands(s, m, pid, Period.day(day), "price_range")


_LOW_WAN = re.compile(r"\s*\d+(?:,\d{3})*(?:\.\d+)?\s*万")


def _range_cands(s: Sent, m: re.Match[str], pid: str, day: Period, rule: str) -> list[Cand]:
    """The low and high of the range in group ``v`` ("36.98万-37.78万元/吨", "3.81-4.19元/公斤")."""
    text = m.group("v")
    unit_q = _Q_SPLIT.search(text)
    if unit_q is None:
        return []
    hi = s.quantity(unit_q.group(), rule)
    nums = re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", text)
    if hi is None or hi[1] not in PRICE_UNITS or len(nums) != 2:
        return []
    scale = hi[0] / float(nums[1].replace(",", ""))
    lo = float(nums[0].replace(",", "")) * scale
    if _LOW_WAN.match(text) and "万" not in unit_q.group():
        lo *= 1e4  # "3.8万-40000元/吨": the low end's own scale
    ent = _entity(s, m.start())
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


#: The base of a day's change: "较上一交易日", "比上一交易日", "较7月31日", "较15日",
#: "较上周五(5月17日)".
BASE = (
    r"(?:较|(?<![同环占])比)(?:(?P<prev>上一交易日|前一交易日|昨日|前一日|上个交易日)"
    r"|[^,，。;；\d]{0,2}(?:\d{1,2}月)?\d{1,2}日|上周[一二三四五]|(?P<lastweek>上周)(?![一二三四五六日末均]))"
    r"(?:\s*\([^()]{1,12}\))?"
)
_BASE_RE = re.compile(BASE)
_LAST_WEEK = re.compile(r"上周(?![一二三四五六日末均])")
#: A change rate said after the change: "跌幅3.05%", "涨幅为1.2%".
RATE_TAIL = (
    r"(?:\s*[,，]\s*[日周月]?(?P<rate>{RATE_UP}|{RATE_DOWN})\s*(?:为|达)?\s*(?P<pct>{NUM})\s*%)?"
)


def _base_span(s: Sent, lo: int, hi: int, prev: bool, week: bool, day: date) -> Period | None:
    """The span of a change to ``day`` whose base the text at ``lo:hi`` names.

    "较上周" (no day named) is the same day a week before, like "周涨".
    """
    if week and _LAST_WEEK.search(s.text, lo, hi):
        return Period.span(Period.day(day - timedelta(days=7)), Period.day(day))
    since = [d.period for d in s.dates if lo <= d.start < hi]
    if since:
        if since[0].is_span or since[0].granularity.value != "day" or since[0].start >= day:
            return None
        return Period.span(since[0], Period.day(day))
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
    ent = _entity(s, m.start())
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
        out.append(
            Cand(
                "price",
                ent,
                prod,
                "change_pct",
                span,
                way * float(m.group("pct")),
                "%",
                m.start("pct"),
                m.end("pct"),
                rule,
            )
        )
    return out


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
        for q in (s.quantity(x.group(), "price_change") for x in _Q_SPLIT.finditer(s.text, 0, at))
        if q is not None and q[1] in PRICE_UNITS
    ]
    if not quotes or not quotes[-1][1].startswith(chg[1] + "/"):
        return chg
    return chg[0], quotes[-1][1]


def _change(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "较上一交易日上涨0.35万元/吨" / "较7月31日上涨3.3万元/吨": a change to the report's day."""
    prod = s.product_before(m.start()) or s.ctx.price_subject
    day = s.day()
    chg = _per_quote(s, m.start(), s.quantity(m.group("chg"), "price_change"))
    if prod is None or day is None or chg is None or chg[1] not in PRICE_UNITS:
        return []
    if _paired(s, m.start()):
        return []  # "A、B分别较昨日上调X和Y": price_change_each pairs them
    week = bool(m.group("week")) or bool(m.group("lastweek"))
    span = _base_span(s, m.start(), m.start("cue"), bool(m.group("prev")), week, day)
    if span is not None:
        s.ctx.list_base = span
    return [] if span is None else _changes(m, s, prod, span, chg, "price_change")


def _change_carried(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "A较前一交易日下跌3000元/吨; B报41.1-41.5万元/吨, 跌3000元/吨": the base said before."""
    prod = s.product_before(m.start())
    day = s.day()
    bases = list(_BASE_RE.finditer(s.text, 0, m.start()))
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
    return [] if span is None else _changes(m, s, prod, span, chg, "price_change_carried")


def _since(m: re.Match[str], s: Sent) -> list[Cand]:
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
            _entity(s, m.start()),
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


def _from_to(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "金属镨钕由5月的47.79万元/吨降至45.89万元/吨": the earlier level with its own date."""
    then = [d.period for d in s.dates if m.start("d") <= d.start < m.end("d")]
    a = s.quantity(m.group("a"), "price_from_to")
    if not then or a is None or a[1] not in PRICE_UNITS:
        return []
    pid = s.products_id(m)
    return [
        Cand(
            "price",
            _entity(s, m.start()),
            pid,
            "price",
            then[0],
            a[0],
            a[1],
            m.start("a"),
            m.end("a"),
            "price_from_to",
        )
    ]


def _base_level(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "与2023年第四季度的21784元/吨相比": a contract price of an earlier period.

    A rate said with it ("较二季度的16269元/吨环比上涨4.86%") is the change from that period
    to the sentence's own.
    """
    then = [d.period for d in s.dates if m.start("d") <= d.start < m.end("d")]
    prod = s.product_before(m.start()) or s.ctx.price_subject
    a = s.quantity(m.group("a"), "price_base")
    if (
        not then
        or prod is None
        or a is None
        or a[1] not in PRICE_UNITS
        or s.ctx.price_company is None
    ):
        return []
    out = [
        Cand(
            "price",
            s.ctx.price_company,
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
    g = "pct" if m.group("pct") is not None else "pct2" if m.group("pct2") is not None else None
    now = s.period_before(m.start()) or s.ctx.main
    if (
        g is not None
        and not m.group("yoy")
        and now is not None
        and now.granularity is then[0].granularity
        and then[0].end < now.start
    ):
        cue = m.group("cue") if g == "pct" else m.group("cue2")
        out.append(
            Cand(
                "price",
                s.ctx.price_company,
                prod,
                "change_pct",
                Period.span(then[0], now),
                (sign(cue) or 1) * float(m.group(g)),
                "%",
                m.start(g),
                m.end(g),
                "price_base",
            )
        )
    return out


def _clause_dates(s: Sent, m: re.Match[str], group: str = "d") -> list[Period]:
    return [d.period for d in s.dates if m.start(group) <= d.start < m.end(group)]


def _level_dated(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化镝: 周一报187万元/吨, 周五收于181万元/吨": a later clause's own day, same product."""
    prod = s.product_before(m.start())
    days = [p for p in _clause_dates(s, m) if p.granularity.value == "day" and not p.is_span]
    v = s.quantity(m.group("v"), "price_level_dated")
    if prod is None or not days or v is None or v[1] not in PRICE_UNITS:
        return []
    return [
        Cand(
            "price",
            _entity(s, m.start()),
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


def _average_of(m: re.Match[str], s: Sent, prod: str | None, rule: str) -> list[Cand]:
    """The average of the period named in group ``d`` (a month, quarter, half or year)."""
    when = [p for p in _clause_dates(s, m) if p.granularity.value != "day"]
    v = s.quantity(m.group("v"), rule)
    if prod is None or not when or v is None or v[1] not in PRICE_UNITS:
        return []
    return [
        Cand(
            "price",
            _entity(s, m.start()),
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


def _average_base(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "6月均价37万元/吨, 较5月均价40.6万元/吨下跌8%": the base period's average."""
    return _average_of(
        m, s, s.product_before(m.start()) or s.ctx.price_subject, "price_average_base"
    )


def _average_carried(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "上半年氧化钕均价40万元/吨; 其中一季度均价41万元/吨": the product said before."""
    if any(m.start() <= p.start < m.end() for p in s.products):
        return []
    prod = s.product_before(m.start())
    out = _average_of(m, s, prod, "price_average_carried")
    if out and prod is not None and out[0].period is not None:
        # "其中三季度均价59.8万元/吨, 较二季度的45.1万元/吨...": the earlier period's too
        out.extend(_earlier_average(m, s, prod, out[0].period, out[0].entity))
    return out


_MOVE_IN_GAP = compile_pattern(
    "{UP}|{DOWN}|{FLAT}|较|比|同比|环比|{AVERAGE}|区间|{CONTRACT}|{LISTING}|分别"
)


def _plain_gap(m: re.Match[str]) -> bool:
    """Whether the words between product and figure name a level, not a move or a base.

    "成交重心下移至" ends on 至 and names the level reached; "较上周下跌" names a move.
    """
    gap = m.group("gap") or ""
    if gap.rstrip().endswith(("至", "到", "于", "在")):
        return True
    return _MOVE_IN_GAP.search(gap) is None


def _level_loose(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化铕195元/公斤" or "氧化镝成交重心下移至190万元/吨": a day's level."""
    return _level(m, s) if _plain_gap(m) else []


def _range_loose(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化镧3.81-4.19元/公斤" or "氧化铽稳于570-575万元/吨": a day's range."""
    return _range(m, s) if _plain_gap(m) else []


def _range_dated(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化钕: 周均价38.7万元/吨; 周五报38.03万-38.83万元/吨": a later clause's own day."""
    prod = s.product_before(m.start())
    days = [p for p in _clause_dates(s, m) if p.granularity.value == "day" and not p.is_span]
    if prod is None or not days:
        return []
    return _range_cands(s, m, prod, days[0], "price_range_dated")


_ITEM = compile_pattern(r"(?P<r>{NUM}\s*万?\s*(?:[-~至到—]|－)\s*{Q})|{Q}")


def _each_item(s: Sent, pid: str, item: re.Match[str], base: int, day: Period) -> list[Cand]:
    """One item of a paired list: a level, or a range's two ends."""
    at, end = base + item.start(), base + item.end()
    if item.group("r"):
        unit_q = _Q_SPLIT.search(item.group())
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


def _each_range(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化镧、氧化铈分别报3.81-4.19元/公斤、6.60-7.13元/公斤": paired in order."""
    prods = [p.id for p in s.products if m.start("ps") <= p.start and p.end <= m.end("ps")]
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


def _change_each(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化镝、氧化铽分别下跌5元/千克和10元/千克": changes paired in order, one base."""
    prods = [p.id for p in s.products if m.start("ps") <= p.start and p.end <= m.end("ps")]
    qs = list(_Q_SPLIT.finditer(m.group("qs")))
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
                _entity(s, m.start()),
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


def _change_bracket(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "镨钕金属报45.5万~46.0万元/吨(-0.3万)": the change in brackets after a quote.

    A bare figure is in the quote's own unit ("37.38万元/吨(-0.40)" is -4000 元/吨); one with
    万 is in the quote's unit without it.
    """
    prod = s.product_before(m.start("v"))
    day = s.day()
    unit_q = _Q_SPLIT.search(m.group("v"))
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
            _entity(s, m.start()),
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


_PRIOR_MONTH = re.compile(
    r"\s*(?:人民币)?\s*[,，(]\s*(?P<mo>\d{1,2})\s*月(?:份)?\s*(?:为|是)\s*"
    r"(?P<n>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<sc>[万亿]?)元(?!/)\s*\)?"
)
_MONTH_MOVE = compile_pattern(
    r"\s*[,，]\s*较\s*(?P<mo>\d{1,2})\s*月(?:份)?\s*(?P<cue>{UP}|{DOWN})\s*"
    r"(?P<n>{NUM})\s*(?P<sc>[万亿]?)元(?!/)"
)
_MONTH_RATE = compile_pattern(
    r"\s*[,，]\s*(?P<mom>{MOM})\s*(?P<dir>{UP}|{DOWN})?\s*(?P<pct>{NUM})\s*%"
)


def _listing_month(s: Sent, at: int) -> Period | None:
    """The month a listing price is for: named before it, else the notice's own month."""
    for p in (s.period_before(at), s.ctx.main, s.ctx.month):
        if p is not None and p.granularity is Granularity.MONTH and not p.is_span:
            return p
    return None


def _per_tonne_level(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "氧化镨钕每吨57.5万元, 11月为55.2万元, 月增4.17%": a listing notice's price.

    The products named together ("氧化镧、氧化铈均维持每吨0.42万元") share it; the month said
    after it with its own figure is the earlier listing, and a month-on-month rate is the
    change from that month.
    """
    month = _listing_month(s, m.start())
    if month is None or s.ctx.price_company is None:
        return []
    ent = _entity(s, m.start())
    if ent == "china":
        return []  # a spot quote by the tonne is no listing
    prods = [p.id for p in s.products if m.start("ps") <= p.start and p.end <= m.end("ps")]
    v = parse_number(m.group("n"), m.group("sc"))
    at, end = m.start("n"), m.end("n")
    out = [
        Cand("price", ent, pid, "price", month, v, "CNY/t", at, end, "listing_level")
        for pid in prods
    ]
    pos = m.end()
    prior = _PRIOR_MONTH.match(s.text, pos)
    if prior is not None and len(prods) == 1:
        mo = int(prior.group("mo"))
        year = month.start.year if mo < month.start.month else month.start.year - 1
        then = Period.month(year, mo)
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
    if move is not None and len(prods) == 1:
        mo = int(move.group("mo"))
        year = month.start.year if mo < month.start.month else month.start.year - 1
        out.append(
            Cand(
                "price",
                ent,
                prods[0],
                "change",
                Period.span(Period.month(year, mo), month),
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
        out.append(
            Cand(
                "price",
                ent,
                prods[0],
                "change_pct",
                Period.span(previous(month), month),
                k * float(rate.group("pct")),
                "%",
                rate.start("pct"),
                rate.end("pct"),
                "listing_level",
            )
        )
    return out


#: A price range, each end with its own 万 or the low end bare: "36.98万-37.78万元/吨".
RANGE = r"{NUM}\s*万?\s*(?:[-~至到—]|－)\s*{Q}"
D = "2024-07-05"
RULES = [
    Rule(
        "price_move",
        "price change",
        "zh",
        r"{PREV_DAY}?\s*(?P<cue>{UP}|{DOWN})\s*{ABOUT}?\s*{Q:chg}\s*(?:至|到|[,，]\s*收于|[,，]\s*报)\s*{Q:lvl}",
        _move,
        (
            Example(
                "氧化镝较前一交易日下调2万元/吨至160万元/吨。",
                (
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -20000, "CNY/t"),
                    ("price", "dy_oxide", "price", "2024-07-05", 1600000, "CNY/t"),
                ),
            ),
            Example(
                "金属镨報價單日上漲8000元/噸至52萬元/噸。",
                (
                    ("price", "pr_metal", "change", "2024-07-04/2024-07-05", 8000, "CNY/t"),
                    ("price", "pr_metal", "price", "2024-07-05", 520000, "CNY/t"),
                ),
            ),
        ),
    ),
    Rule(
        "price_each",
        "price level",
        "zh",
        r"(?P<ps>{PROD}(?:{SEP}{PROD})+)(?P<mid>[^。;；]{0,12}?)分别(?:报|为|是|达)?\s*(?P<qs>{Q}(?:\s*{SEP}\s*{Q})+)",
        _each,
        (
            Example(
                "氧化镝和氧化铽2023年均价分别为2100元/公斤和8000元/公斤, 同比分别下降10%和5%。",
                (
                    ("price", "dy_oxide", "average", "2023", 2100, "CNY/kg"),
                    ("price", "tb_oxide", "average", "2023", 8000, "CNY/kg"),
                    ("price", "dy_oxide", "average_yoy_pct", "2023", -10, "%"),
                    ("price", "tb_oxide", "average_yoy_pct", "2023", -5, "%"),
                ),
            ),
        ),
    ),
    Rule(
        "price_average",
        "average",
        "zh",
        r"{PROD:p}\s*[:：]?\s*(?:\d{1,2}月份?|全年|(?:第)?[一二三四]?季度|上半年|月度|月|周)?(?:现货)?(?:月|周)?"
        r"{AVERAGE}(?:为|达|报|是)?\s*{Q:v}",
        _average,
        (
            Example(
                "2023年三季度氧化镨钕均价为50万元/吨, 同比下降20%, 环比上涨2.5%。",
                (
                    ("price", "prnd_oxide", "average", "2023-Q3", 500000, "CNY/t"),
                    ("price", "prnd_oxide", "average_yoy_pct", "2023-Q3", -20, "%"),
                    ("price", "prnd_oxide", "change_pct", "2023-Q2/2023-Q3", 2.5, "%"),
                ),
            ),
            Example(  # the earlier quarter's average said after it; a quarter after the name
                "2023年二季度氧化铽均价为780万元/吨, 较一季度的820万元/吨下降4.9%; 氧化镝二季度均价为230万元/吨。",
                (
                    ("price", "tb_oxide", "average", "2023-Q2", 7800000, "CNY/t"),
                    ("price", "tb_oxide", "average", "2023-Q1", 8200000, "CNY/t"),
                    ("price", "dy_oxide", "average", "2023-Q2", 2300000, "CNY/t"),
                ),
            ),
            Example(  # a list item's week average, the week before's without 为
                "· 氧化钆: 周均价15.6万元/吨, 上周15.2万元/吨。",
                (
                    ("price", "gd_oxide", "average", "2024-07-01/2024-07-05", 156000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-06-24/2024-06-28", 152000, "CNY/t"),
                ),
            ),
            Example(  # a week's average and the week before's
                "本周氧化钆周均价为15.6万元/吨, 上周为15.2万元/吨, 环比上涨2.6%。",
                (
                    ("price", "gd_oxide", "average", "2024-07-01/2024-07-05", 156000, "CNY/t"),
                    ("price", "gd_oxide", "average", "2024-06-24/2024-06-28", 152000, "CNY/t"),
                ),
            ),
        ),
    ),
    Rule(
        "listing_move",
        "price change",
        "zh",
        r"{PROD:p}\s*[:：]?\s*(?:挂牌价)?\s*每吨(?P<cue>{UP}|{DOWN})\s*{ABOUT}?\s*(?P<n>{NUM})\s*(?P<sc>[万亿]?)元(?!/)",
        _per_tonne_move,
        (
            Example(
                "北方稀土公布2022年3月挂牌价。\n氧化镨钕: 每吨上调2万元;",
                (("price", "prnd_oxide", "change", "2022-02/2022-03", 20000, "CNY/t"),),
            ),
        ),
    ),
    Rule(
        "contract_price",
        "price level",
        "zh",
        r"{PROD:p}(?:\d{1,2}月)?(?:{CONTRACT}|{LISTING}|价格)[^,，。;；\d]{0,12}?(?:为|至|达到|高达|确定为|调整为|调整至)\s*(?:不含税|含税)?\s*{Q:v}",
        _contract,
        (
            Example(
                "北方稀土公告, 2024年第一季度稀土精矿交易价格调整为不含税16000元/吨。",
                (("price", "re_concentrate", "price", "2024-Q1", 16000, "CNY/t"),),
            ),
        ),
    ),
    Rule(
        "price_adjusted_pct",
        "price change",
        "zh",
        r"(?:本次)?调整后(?:的)?(?:{CONTRACT}|价格)\s*{MOM}\s*(?P<cue>{UP}|{DOWN})\s*(?P<pct>{NUM})\s*%",
        _adjusted_pct,
        (
            Example(
                "北方稀土关于2024年第三季度稀土精矿交易价格的公告\n"
                "三季度稀土精矿交易价格为不含税17000元/吨。二季度稀土精矿交易价格为不含税16000元/吨, "
                "本次调整后价格环比上涨6.25%。",
                (
                    ("price", "re_concentrate", "price", "2024-Q3", 17000, "CNY/t"),
                    ("price", "re_concentrate", "change_pct", "2024-Q2/2024-Q3", 6.25, "%"),
                    ("price", "re_concentrate", "price", "2024-Q2", 16000, "CNY/t"),
                ),
            ),
        ),
        doc="the rate of the notice's own adjustment, for the product it priced",
    ),
    Rule(
        "price_period_pct",
        "price change",
        "zh",
        r"(?:{MOM}|本季度|本月)[^,，。;；\d]{0,3}{PROD:p}(?:交易)?价格\s*{MOM}?\s*(?P<cue>{UP}|{DOWN})\s*(?P<pct>{NUM})\s*%|"
        r"{PROD:p2}(?:交易)?价格\s*{MOM}\s*(?P<cue2>{UP}|{DOWN})\s*(?P<pct2>{NUM})\s*%",
        _period_move_pct,
        (
            Example(
                "北方稀土公布2024年第二季度稀土精矿交易价格; 本季度稀土精矿价格环比下降5.5%。",
                (("price", "re_concentrate", "change_pct", "2024-Q1/2024-Q2", -5.5, "%"),),
            ),
        ),
    ),
]
RULES += [
    Rule(
        "price_level_loose",
        "price level",
        "zh",
        r"{PROD:p}(?:\s*[:：]|(?P<gap>[^,，。;；、\d%]{0,12}?)(?:{LEVEL}))?\s*{Q:v}"
        r"(?!\s*(?:[-~至到—]|－))",
        _level_loose,
        (
            Example(
                "轻稀土方面, 氧化铕195元/公斤; 氧化镝成交重心下移至190万元/吨。",
                (
                    ("price", "eu_oxide", "price", "2024-07-05", 195, "CNY/kg"),
                    ("price", "dy_oxide", "price", "2024-07-05", 1900000, "CNY/t"),
                ),
            ),
            Example(  # a move, not a level (the move is the week's change)
                "氧化镨钕较上周下跌3000元/吨, 氧化镨钕库存约2600吨。",
                (("price", "prnd_oxide", "change", "2024-06-28/2024-07-05", -3000, "CNY/t"),),
            ),
            Example(
                "氧化钕报43.5万元/吨, 成交清淡。",
                (("price", "nd_oxide", "price", "2024-07-05", 435000, "CNY/t"),),
            ),
        ),
    ),
    Rule(
        "price_list_item",
        "price level",
        "zh",
        r"^[\s·•●■\-*]*{PROD:p}\s*[:：]?\s*(?P<v>{NUM})(?=\s*(?:[,，;；。]|$))",
        _level,
        (
            Example(
                "当日主要产品均价(单位:元/千克):\n· 氧化镝 1,875.00, 较上周五下跌35.00\n· 氧化铕 195.00\n",
                (
                    ("price", "dy_oxide", "price", "2024-07-05", 1875, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-06-28/2024-07-05", -35, "CNY/kg"),
                    ("price", "eu_oxide", "price", "2024-07-05", 195, "CNY/kg"),
                ),
            ),
            Example("· 氧化镝 1,875.00, 较上周五下跌35.00\n", ()),
        ),
    ),
    Rule(
        "price_range_loose",
        "price level",
        "zh",
        r"{PROD:p}(?P<gap>[^,，。;；、\d%]{0,12}?)(?P<v>" + RANGE + ")",
        _range_loose,
        (
            Example(
                "氧化镧3.81-4.19元/公斤、氧化铈6.6-7.13元/公斤; 氧化铽稳于570-575万元/吨。",
                (
                    ("price", "la_oxide", "price_low", "2024-07-05", 3.81, "CNY/kg"),
                    ("price", "la_oxide", "price_high", "2024-07-05", 4.19, "CNY/kg"),
                    ("price", "ce_oxide", "price_low", "2024-07-05", 6.6, "CNY/kg"),
                    ("price", "ce_oxide", "price_high", "2024-07-05", 7.13, "CNY/kg"),
                    ("price", "tb_oxide", "price_low", "2024-07-05", 5700000, "CNY/t"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 5750000, "CNY/t"),
                ),
            ),
            Example("氧化镝较上周下跌1-2万元/吨。", ()),
            Example(  # a list item's own day stays with that item
                "· 周三(7月3日)氧化钕报45万-46万元/吨。\n· 氧化镧: 全周持平于3.81-4.19元/公斤。\n",
                (
                    ("price", "nd_oxide", "price_low", "2024-07-03", 450000, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-07-03", 460000, "CNY/t"),
                    ("price", "la_oxide", "price_low", "2024-07-05", 3.81, "CNY/kg"),
                    ("price", "la_oxide", "price_high", "2024-07-05", 4.19, "CNY/kg"),
                ),
            ),
            Example(  # a week's span with the month said twice is no day of its own
                "本周(7月1日-7月5日)轻稀土走弱。\n氧化镧3.81-4.19元/公斤。\n",
                (
                    ("price", "la_oxide", "price_low", "2024-07-05", 3.81, "CNY/kg"),
                    ("price", "la_oxide", "price_high", "2024-07-05", 4.19, "CNY/kg"),
                ),
            ),
            Example(  # each end with its own 万
                "氧化钕36.98万-37.78万元/吨, 氧化镨钕成交价集中在37.2万~37.6万元/吨。",
                (
                    ("price", "nd_oxide", "price_low", "2024-07-05", 369800, "CNY/t"),
                    ("price", "nd_oxide", "price_high", "2024-07-05", 377800, "CNY/t"),
                    ("price", "prnd_oxide", "price_low", "2024-07-05", 372000, "CNY/t"),
                    ("price", "prnd_oxide", "price_high", "2024-07-05", 376000, "CNY/t"),
                ),
            ),
            Example(
                "今日氧化铽报价580-590万元/吨。",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-05", 5800000, "CNY/t"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 5900000, "CNY/t"),
                ),
            ),
        ),
    ),
    Rule(
        "price_change",
        "price change",
        "zh",
        r"(?:" + BASE + r"|(?<![上本下])(?P<week>周)(?=\s*(?:{UP}|{DOWN})))"
        r"[^,，。;；\d]{0,6}?(?:微|小幅|大幅|累计)?(?P<cue>{UP}|{DOWN})\s*{QN:chg}(?!\s*(?:至|到))"
        + RATE_TAIL,
        _change,
        (
            Example(
                "氧化钬较上一交易日微涨2000元/吨。",
                (("price", "ho_oxide", "change", "2024-07-04/2024-07-05", 2000, "CNY/t"),),
            ),
            Example(  # the price first, its change in bare yuan of the same unit
                "今日氧化钆报15.6万元/吨, 较昨日上涨0.4万元; 氧化镝1650元/公斤, 较昨日下跌20元。",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 156000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", 4000, "CNY/t"),
                    ("price", "dy_oxide", "price", "2024-07-05", 1650, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -20, "CNY/kg"),
                ),
            ),
            Example("氧化镨钕较昨日上涨1.2万元。", ()),  # no quote: no unit to take
            Example(
                "氧化镝均价较上周五累计下跌20元/千克。",
                (("price", "dy_oxide", "change", "2024-06-28/2024-07-05", -20, "CNY/kg"),),
            ),
            Example(  # the base day named again in brackets, a bare figure before a comma
                "均价(单位:元/千克):\n· 氧化铽 5,800.00，较上周五（6月28日）下跌40.00，跌幅0.69%\n",
                (
                    ("price", "tb_oxide", "price", "2024-07-05", 5800, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-06-28/2024-07-05", -40, "CNY/kg"),
                    ("price", "tb_oxide", "change_pct", "2024-06-28/2024-07-05", -0.69, "%"),
                ),
            ),
            Example(  # the rate named by its span ("月涨幅")
                "7月5日氧化钆报16万元/吨, 较6月28日上涨0.8万元/吨, 周涨幅5.26%。",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 160000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-06-28/2024-07-05", 8000, "CNY/t"),
                    ("price", "gd_oxide", "change_pct", "2024-06-28/2024-07-05", 5.26, "%"),
                ),
            ),
            Example(  # a day of this month
                "氧化钆报15.8万元/吨, 均价较3日上调1500元/吨。",
                (
                    ("price", "gd_oxide", "price", "2024-07-05", 158000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-03/2024-07-05", 1500, "CNY/t"),
                ),
            ),
            Example(  # a week's change
                "氧化钬周五报47万元/吨, 均价周跌5000元/吨。",
                (
                    ("price", "ho_oxide", "price", "2024-07-05", 470000, "CNY/t"),
                    ("price", "ho_oxide", "change", "2024-06-28/2024-07-05", -5000, "CNY/t"),
                ),
            ),
        ),
    ),
    Rule(
        "price_change_carried",
        "price change",
        "zh",
        r"[,，;；]\s*(?:均价|报价)?\s*(?:微|小幅|大幅)?(?P<cue>{UP}|{DOWN})\s*{Q:chg}"
        r"(?!\s*(?:至|到))" + RATE_TAIL,
        _change_carried,
        (
            Example(
                "氧化镝报160万元/吨, 较前一交易日下跌1万元/吨; 氧化铽报580万元/吨, 跌5万元/吨。",
                (
                    ("price", "dy_oxide", "price", "2024-07-05", 1600000, "CNY/t"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -10000, "CNY/t"),
                    ("price", "tb_oxide", "price", "2024-07-05", 5800000, "CNY/t"),
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", -50000, "CNY/t"),
                ),
            ),
            Example(
                "氧化铽报580万元/吨, 跌5万元/吨。",
                (("price", "tb_oxide", "price", "2024-07-05", 5800000, "CNY/t"),),
            ),
            Example(  # a list's items share the base its first item named
                "当日均价如下:\n· 氧化镝: 1,800元/千克, 比上一交易日涨20元/千克\n"
                "· 氧化铽: 5,600元/千克, 跌30元/千克\n",
                (
                    ("price", "dy_oxide", "price", "2024-07-05", 1800, "CNY/kg"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", 20, "CNY/kg"),
                    ("price", "tb_oxide", "price", "2024-07-05", 5600, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", -30, "CNY/kg"),
                ),
            ),
        ),
        doc="a change whose base an earlier clause of the sentence named",
    ),
    Rule(
        "price_level_dated",
        "price level",
        "zh",
        r"[,，;；]\s*(?P<d>(?:本)?周[一二三四五六日]|\d{1,2}月\d{1,2}日|\d{1,2}日)\s*(?:{LEVEL})\s*{Q:v}"
        r"(?!\s*(?:[-~至到—]|－))",
        _level_dated,
        (
            Example(
                "氧化铽: 周一报590万元/吨, 周五收于585万元/吨。",
                (
                    ("price", "tb_oxide", "price", "2024-07-01", 5900000, "CNY/t"),
                    ("price", "tb_oxide", "price", "2024-07-05", 5850000, "CNY/t"),
                ),
            ),
        ),
        doc="a clause that opens on its own day and quotes the sentence's product",
    ),
    Rule(
        "price_average_base",
        "average",
        "zh",
        r"较\s*(?P<d>[^,，。;；均]{1,10}?)(?:的)?{AVERAGE}\s*(?:为)?\s*{Q:v}",
        _average_base,
        (
            Example(
                "7月氧化铽月均价为580万元/吨, 较6月均价600万元/吨下跌3.3%。",
                (
                    ("price", "tb_oxide", "average", "2024-07", 5800000, "CNY/t"),
                    ("price", "tb_oxide", "average", "2024-06", 6000000, "CNY/t"),
                ),
            ),
        ),
        doc="the average of the period a comparison names",
    ),
    Rule(
        "price_average_carried",
        "average",
        "zh",
        r"[,，;；]\s*(?:其中)?\s*(?P<d>[^,，。;；\d]{0,3}?(?:\d{1,2}月份?|[一二三四]季度|上半年|下半年|全年))"
        r"\s*{AVERAGE}\s*(?:为|达|报|是)?\s*{Q:v}",
        _average_carried,
        (
            Example(
                "2023年氧化镝均价为250万元/吨; 其中四季度均价235万元/吨。",
                (
                    ("price", "dy_oxide", "average", "2023", 2500000, "CNY/t"),
                    ("price", "dy_oxide", "average", "2023-Q4", 2350000, "CNY/t"),
                ),
            ),
            Example(  # with the earlier period's average after it
                "2023年氧化镝均价为250万元/吨; 其中四季度均价235万元/吨, 较三季度的240万元/吨回落。",
                (
                    ("price", "dy_oxide", "average", "2023", 2500000, "CNY/t"),
                    ("price", "dy_oxide", "average", "2023-Q4", 2350000, "CNY/t"),
                    ("price", "dy_oxide", "average", "2023-Q3", 2400000, "CNY/t"),
                ),
            ),
        ),
        doc="a period's average whose product the sentence named before",
    ),
    Rule(
        "price_from_to",
        "price level",
        "zh",
        r"{PROD:p}[^,，。;；\d]{0,4}?由\s*(?P<d>[^的,，]{1,10})的\s*{Q:a}\s*(?:{UP}|{DOWN})?至",
        _from_to,
        (
            Example(
                "氧化铕由3月的20万元/吨降至19万元/吨。",
                (("price", "eu_oxide", "price", "2024-03", 200000, "CNY/t"),),
            ),
        ),
    ),
    Rule(
        "price_since",
        "price change",
        "zh",
        r"{PROD:p}(?:均价|报价|现货)?(?:累计)?(?P<cue>{UP}|{DOWN})\s*{Q:chg}(?!\s*(?:至|到))",
        _since,
        (
            Example(
                "与6月28日相比, 氧化钆累计下跌5000元/吨。",
                (("price", "gd_oxide", "change", "2024-06-28/2024-07-05", -5000, "CNY/t"),),
            ),
        ),
    ),
    Rule(
        "price_base",
        "price level",
        "zh",
        r"(?:与|较)\s*(?P<d>[^的,，。]{2,12})的\s*{Q:a}\s*"
        r"(?:相比(?:[,，]?\s*(?:{MOM})?\s*(?P<cue>{UP}|{DOWN})\s*(?P<pct>{NUM})\s*%)?"
        r"|(?:{MOM}|(?P<yoy>{YOY}))?\s*(?P<cue2>{UP}|{DOWN})(?:\s*(?P<pct2>{NUM})\s*%)?)",
        _base_level,
        (
            Example(
                "北方稀土公布2024年第三季度稀土精矿交易价格为20000元/吨, 与2024年第二季度的18000元/吨相比有所上调。",
                (
                    ("price", "re_concentrate", "price", "2024-Q3", 20000, "CNY/t"),
                    ("price", "re_concentrate", "price", "2024-Q2", 18000, "CNY/t"),
                ),
            ),
            Example(
                "包钢股份公告, 2025年第二季度稀土精矿关联交易价格调整为不含税19000元/吨, "
                "较第一季度的20000元/吨环比下降5%。",
                (
                    ("price", "re_concentrate", "price", "2025-Q2", 19000, "CNY/t"),
                    ("price", "re_concentrate", "price", "2025-Q1", 20000, "CNY/t"),
                    ("price", "re_concentrate", "change_pct", "2025-Q1/2025-Q2", -5, "%"),
                ),
                published="2025-04-08",
            ),
        ),
    ),
]
RULES += [
    Rule(
        "price_range_dated",
        "price level",
        "zh",
        r"[,，;；]\s*(?P<d>(?:本)?周[一二三四五六日]|\d{1,2}月\d{1,2}日|\d{1,2}日)\s*(?:{LEVEL})\s*"
        r"(?P<v>" + RANGE + ")",
        _range_dated,
        (
            Example(
                "氧化铽: 周一报590-600万元/吨, 周五收于580万-590万元/吨。",
                (
                    ("price", "tb_oxide", "price_low", "2024-07-01", 5900000, "CNY/t"),
                    ("price", "tb_oxide", "price_high", "2024-07-01", 6000000, "CNY/t"),
                    ("price", "tb_oxide", "price_low", "2024-07-05", 5800000, "CNY/t"),
                    ("price", "tb_oxide", "price_high", "2024-07-05", 5900000, "CNY/t"),
                ),
            ),
        ),
        doc="a clause that opens on its own day and quotes a range of the sentence's product",
    ),
    Rule(
        "price_each_range",
        "price level",
        "zh",
        r"(?P<ps>{PROD}(?:{SEP}{PROD})+)(?P<mid>[^。;；\d]{0,12}?)分别(?:报|为|是|在)?\s*"
        r"(?P<qs>(?:" + RANGE + r"|{Q})(?:\s*{SEP}\s*(?:" + RANGE + r"|{Q}))+)",
        _each_range,
        (
            Example(
                "氧化钆、氧化钬分别报15.2万-15.6万元/吨和46-47万元/吨, 与前一日持平。",
                (
                    ("price", "gd_oxide", "price_low", "2024-07-05", 152000, "CNY/t"),
                    ("price", "gd_oxide", "price_high", "2024-07-05", 156000, "CNY/t"),
                    ("price", "ho_oxide", "price_low", "2024-07-05", 460000, "CNY/t"),
                    ("price", "ho_oxide", "price_high", "2024-07-05", 470000, "CNY/t"),
                ),
            ),
            Example(  # levels paired: price_each's
                "氧化镨钕、氧化钕分别为45万元/吨、46万元/吨。",
                (
                    ("price", "prnd_oxide", "price", "2024-07-05", 450000, "CNY/t"),
                    ("price", "nd_oxide", "price", "2024-07-05", 460000, "CNY/t"),
                ),
            ),
        ),
        doc="products and their ranges (or levels) paired in order by 分别",
    ),
    Rule(
        "price_change_each",
        "price change",
        "zh",
        r"(?P<ps>{PROD}(?:{SEP}{PROD})+)\s*(?:均价|报价)?\s*分别\s*(?:较[^,，。;；\d]{0,8}?)?"
        r"(?P<cue>{UP}|{DOWN})\s*(?P<qs>{Q}(?:\s*{SEP}\s*{Q})+)",
        _change_each,
        (
            Example(
                "氧化镨钕较上一交易日上涨3000元/吨, 氧化镝、氧化铽分别下跌10元/千克和30元/千克。",
                (
                    ("price", "prnd_oxide", "change", "2024-07-04/2024-07-05", 3000, "CNY/t"),
                    ("price", "dy_oxide", "change", "2024-07-04/2024-07-05", -10, "CNY/kg"),
                    ("price", "tb_oxide", "change", "2024-07-04/2024-07-05", -30, "CNY/kg"),
                ),
            ),
            Example(
                "氧化钕、氧化镨分别较昨日上调0.2万元/吨和0.3万元/吨。",
                (
                    ("price", "nd_oxide", "change", "2024-07-04/2024-07-05", 2000, "CNY/t"),
                    ("price", "pr_oxide", "change", "2024-07-04/2024-07-05", 3000, "CNY/t"),
                ),
            ),
        ),
        doc="products and their changes paired in order by 分别, against the base said before",
    ),
    Rule(
        "price_change_bracket",
        "price change",
        "zh",
        r"(?P<v>{Q})\s*\(\s*(?P<chg>[+\-]{NUM})\s*(?P<sc>万)?\s*(?:元/吨|元/公斤|元/千克)?\s*\)",
        _change_bracket,
        (
            Example(
                "金属镝报210万~212万元/吨(-1万), 氧化钆报15.5万元/吨(+0.20)。",
                (
                    ("price", "dy_metal", "price_low", "2024-07-05", 2100000, "CNY/t"),
                    ("price", "dy_metal", "price_high", "2024-07-05", 2120000, "CNY/t"),
                    ("price", "dy_metal", "change", "2024-07-04/2024-07-05", -10000, "CNY/t"),
                    ("price", "gd_oxide", "price", "2024-07-05", 155000, "CNY/t"),
                    ("price", "gd_oxide", "change", "2024-07-04/2024-07-05", 2000, "CNY/t"),
                ),
            ),
        ),
        doc="a change in brackets right after a quote, in the quote's unit unless it says 万",
    ),
]
RULES.append(
    Rule(
        "listing_level",
        "price level",
        "zh",
        r"(?P<ps>{PROD}(?:{SEP}{PROD})*)\s*[:：]?\s*(?:{LISTING})?\s*(?:均|都)?\s*(?:维持|保持)?\s*"
        r"(?:在|为)?\s*每吨\s*(?P<n>{NUM})\s*(?P<sc>[万亿]?)元(?!/)",
        _per_tonne_level,
        (
            Example(
                "北方稀土公布2024年9月挂牌价。\n· 氧化镨钕每吨41.8万元, 8月为40万元, 月增4.5%;\n"
                "· 金属镨钕每吨51万元(8月为50万元);\n· 氧化镧、氧化铈挂牌价均维持每吨0.4万元不变。\n",
                (
                    ("price", "prnd_oxide", "price", "2024-09", 418000, "CNY/t"),
                    ("price", "prnd_oxide", "price", "2024-08", 400000, "CNY/t"),
                    ("price", "prnd_oxide", "change_pct", "2024-08/2024-09", 4.5, "%"),
                    ("price", "prnd_metal", "price", "2024-09", 510000, "CNY/t"),
                    ("price", "prnd_metal", "price", "2024-08", 500000, "CNY/t"),
                    ("price", "la_oxide", "price", "2024-09", 4000, "CNY/t"),
                    ("price", "ce_oxide", "price", "2024-09", 4000, "CNY/t"),
                ),
                published="2024-09-02",
            ),
            Example(  # the change against the month before, in yuan by the tonne
                "北方稀土7月挂牌价: 氧化钕每吨43万元, 较6月上调1万元。",
                (
                    ("price", "nd_oxide", "price", "2024-07", 430000, "CNY/t"),
                    ("price", "nd_oxide", "change", "2024-06/2024-07", 10000, "CNY/t"),
                ),
            ),
            Example("据市场人士称, 氧化镨钕现货每吨约45万元。", ()),
        ),
        doc="a listing notice's price by the tonne, the month before and the monthly rate",
    )
)
for _r in RULES:
    REGISTRY.add(_r)
