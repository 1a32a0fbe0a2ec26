"""Chinese volume rules: quotas, trade, company output and sales."""

from __future__ import annotations

import re

from reemarket.domain.facts import Fact
from reemarket.domain.periods import Granularity, Period
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import MASS_UNITS, Cand, Sent, sign
from reemarket.ingest.rules.zh_dates import previous, shift_year
from reemarket.ingest.rules.zh_holders import holder
from reemarket.ingest.rules.zh_text import compile_pattern, word_class

_Q = compile_pattern("{Q}")
_QUOTA_WORD = compile_pattern("{QUOTA}")
_PCT_LIST = re.compile(
    r"[,，]?\s*(?P<cue>[^\d%,，;；。]{0,14}?)\s*(?:分别)?\s*(?P<dir>[^\d%,，;；。]{0,3}?)\s*"
    r"(?P<ps>\d+(?:\.\d+)?%(?:\s*[、和及与]\s*\d+(?:\.\d+)?%)*)"
)


def _tons(s: Sent, text: str, rule: str) -> float | None:
    v = s.quantity(text, rule)
    if v is None or v[1] not in MASS_UNITS:
        return None
    return v[0] / 1000 if v[1] == "kg" else v[0]


def _year(s: Sent, at: int) -> Period | None:
    base = _bracketed_base(s, at)
    if base is not None:
        return Period.year(base.start.year)
    p = s.period_before(at)
    y = p.start.year if p is not None else s.ctx.year
    return Period.year(y) if y else None


def _bracketed_base(s: Sent, at: int) -> Period | None:
    """The base period whose figures a bracket holds: "与2023年第一批指标（开采X吨…）相比".

    ``at`` inside a bracket opened after a period named for comparison is that period's.
    """
    head = s.text[:at]
    opened = max(head.rfind("("), head.rfind("（"))
    if opened < 0 or max(head.rfind(")"), head.rfind("）")) > opened:
        return None
    lo = max(0, s.text.rfind("，", 0, opened), s.text.rfind(",", 0, opened))
    named = [d.period for d in s.dates if lo <= d.start < opened and d.base]
    return named[-1] if named else None


#: Words between a quota type and its figure that make the figure an output or a plant:
#: "冶炼分离产品产量", "开采量", "冶炼分离产能"
_NOT_QUOTA = re.compile(r"产量|产品|销量|产能|开采量|处理量|能力")


#: A move word right before a quota's figure: "指标增加15000吨" is by how much it rose.
_MOVED_BY = compile_pattern(r"(?P<w>{UP}|{DOWN})\s*(?:了)?\s*(?:约|近)?\s*$")
#: A quota figure named as last year's base: "较上年首批的", "比去年同期的".
_LAST_YEAR_BASE = re.compile(r"(?:较|比|与)\s*(?:上年|去年)[^,，。;；\d]{0,6}的\s*$")


def _quota(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "开采、冶炼分离指标分别为15000吨和13850吨": types paired with figures in order."""
    if m.group("qs") is not None:
        if _NOT_QUOTA.search(s.text, m.end("qs"), m.start("vs")):
            return []  # "冶炼分离产品产量不低于1.4万吨": a producer's output, not a quota
        kinds = [
            word_class(w.group(), ("mining", "smelting_separation")) or ""
            for w in _QUOTA_WORD.finditer(m.group("qs"))
        ]
        s.ctx.quota_types = kinds
    else:
        kinds = list(s.ctx.quota_types)
        if m.group("yr") is not None and _QUOTA_WORD.search(s.text, 0, m.start()) is None:
            return []  # a bare "2022年分别为..." pairs only after quota types in its sentence
    figures = list(_Q.finditer(m.group("vs")))
    years = _year_list(s, m.start())
    if len(kinds) == 1 and len(figures) > 1 and len(years) == len(figures):
        # "2020年、2021年全年开采指标分别为12万吨和13.2万吨": one type, a figure for each year
        return _quota_years(s, m, kinds[0], years, figures)
    if not kinds or len(figures) != len(kinds):
        return []
    # "2023年全年分别为": the year's words run up to the figures
    period = _year(s, m.end("yr") if m.group("yr") is not None else m.start())
    lead = s.text[m.end("qs") if m.group("qs") is not None else m.start() : m.start("vs")]
    if period is not None and _LAST_YEAR_BASE.search(lead):
        period = Period.year(period.start.year - 1)  # "指标较上年首批的10943吨下降": last year's
    ent = s.company_before(m.start()) or "china"
    if re.search(r"[向给对]", s.text[s.clause_start(m.start()) : m.start()]):
        ent = "china"  # companies a notice is sent to are not the holders of its total
    out: list[Cand] = []
    base = m.start("vs")
    moved = _MOVED_BY.search(lead)
    for k, q in zip(kinds, figures, strict=True):
        t = _tons(s, q.group(), "quota")
        if t is None:
            return []
        if moved is not None and not moved.group("w").endswith(("至", "到")):
            continue  # "本批开采指标增加15000吨, 同比增长12.5%": the rise, not the quota
        out.append(
            Cand(
                "quota", ent, k, "quota", period, t, "t", base + q.start(), base + q.end(), "quota"
            )
        )
    if m.group("rp") and len(out) == 1:  # the rate before the figure: "同比增长5.9%至27万吨"
        way = sign(m.group("rel") + (m.group("rdir") or "")) or 1
        rate = way * float(m.group("rp").replace(",", ""))
        at = m.start("rp")
        out.append(
            Cand(
                "quota", ent, kinds[0], "quota_yoy_pct", period, rate, "%", at, m.end("rp"), "quota"
            )
        )
    pm = _PCT_LIST.match(s.text, m.end())
    # the rate cue may fall in either group ("同比增长21.4%和20.7%" splits as 同 | 比增长)
    if pm and re.search(r"同比|较", pm.group("cue") + pm.group("dir")) and _cue_kinds(pm, kinds):
        pcts = re.findall(r"\d+(?:\.\d+)?", pm.group("ps"))
        way = sign(pm.group("cue") + pm.group("dir")) or 1
        each = re.search(r"[均都皆]", pm.group("cue") + pm.group("dir")) is not None
        out.extend(
            _rates_by_kind(kinds, pcts, each, way, period, ent, pm.start("ps"), pm.end("ps"))
        )
        out.extend(_earlier_growth(s, pm.end(), kinds, ent))
    if period is not None:
        out.extend(_base_year_list(s, m.end(), kinds, ent, period))
    return out


def _cue_kinds(pm: re.Match[str], kinds: list[str]) -> bool:
    """Whether the rates after the figures are of their types: the cue names none, or them.

    "…冶炼分离指标合计24.385万吨，其中开采指标同比增长21.4%": the rate is the mining quota's
    (:func:`_quota_rate` reads it), not the smelting figure's before it.
    """
    named = [
        word_class(w.group(), ("mining", "smelting_separation")) or ""
        for w in _QUOTA_WORD.finditer(pm.group("cue"))
    ]
    return not named or named == kinds


#: Years listed before a quota's figures: "2020年、2021年全年开采指标分别为…".
_YEAR_LIST = re.compile(r"(?P<ys>\d{4}\s*年(?:\s*[、和及与]\s*\d{4}\s*年)+)")


def _year_list(s: Sent, at: int) -> list[int]:
    """The years of the last list of years before ``at`` in its sentence (none: [])."""
    found = list(_YEAR_LIST.finditer(s.text, 0, at))
    if not found:
        return []
    return [int(y) for y in re.findall(r"\d{4}", found[-1].group("ys"))]


def _quota_years(
    s: Sent, m: re.Match[str], kind: str, years: list[int], figures: list[re.Match[str]]
) -> list[Cand]:
    """One quota type's figures paired with the years listed before them, in order."""
    out: list[Cand] = []
    base = m.start("vs")
    for y, q in zip(years, figures, strict=True):
        t = _tons(s, q.group(), "quota")
        if t is None:
            return []
        at, end = base + q.start(), base + q.end()
        out.append(Cand("quota", "china", kind, "quota", Period.year(y), t, "t", at, end, "quota"))
    return out


#: The base year's figures after this year's, with one shared or paired rate: "，较2020年的
#: 14万吨和13.5万吨均增长20%", "，比2022年的X和Y分别增长a%和b%".
_BASE_LIST = compile_pattern(
    r"\s*[,，]\s*(?:较|比)\s*(?P<y>\d{4})\s*年(?:全年)?(?:的)?\s*(?P<vs>{Q}(?:\s*{SEP}\s*{Q})*)\s*"
    r"(?:相比)?\s*(?P<each>分别|均|都|皆)?\s*(?:(?P<dir>{UP}|{DOWN})\s*(?:了)?\s*"
    r"(?P<ps>{NUM}\s*%(?:\s*{SEP}\s*{NUM}\s*%)*))?"
)


def _base_year_list(s: Sent, at: int, kinds: list[str], ent: str, period: Period) -> list[Cand]:
    """The base year's quotas said after this year's, in order, and the year-on-year rates.

    The rates are y/y only when the base is the year before; "均增长20%" is each type's.
    """
    bm = _BASE_LIST.match(s.text, at)
    if bm is None:
        return []
    return _bases_by_kind(bm, s, kinds, ent, period, "quota")


def _bases_by_kind(
    m: re.Match[str], s: Sent, kinds: list[str], ent: str, period: Period, rule: str
) -> list[Cand]:
    """A base year's quotas (``m``'s groups y, vs, each, dir, ps) paired with ``kinds``.

    The figures pair off with the types in the order they were named, or none is read; the
    rates after them are year-on-year (:func:`_rates_by_kind`) only when the base is the year
    before ``period``.
    """
    figures = list(_Q.finditer(m.group("vs")))
    if len(figures) != len(kinds):
        return []
    year = Period.year(int(m.group("y")))
    out: list[Cand] = []
    for kind, q in zip(kinds, figures, strict=True):
        t = _tons(s, q.group(), "quota")
        if t is None:
            return []
        at, end = m.start("vs") + q.start(), m.start("vs") + q.end()
        out.append(Cand("quota", ent, kind, "quota", year, t, "t", at, end, rule))
    if year.start.year == period.start.year - 1 and m.group("ps"):
        pcts = re.findall(r"\d+(?:\.\d+)?(?=\s*%)", m.group("ps"))
        way = sign(m.group("dir") or "") or 1
        each = m.group("each") in ("均", "都", "皆")
        out.extend(_rates_by_kind(kinds, pcts, each, way, period, ent, m.start("ps"), m.end("ps")))
    return out


def _types_before(s: Sent, at: int) -> list[str]:
    """The quota types the sentence names before ``at``, each once, in the order named."""
    out: list[str] = []
    for w in _QUOTA_WORD.finditer(s.text, 0, at):
        kind = word_class(w.group(), ("mining", "smelting_separation")) or ""
        if kind and kind not in out:
            out.append(kind)
    return out


def _base_pairs(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "…开采指标为X，冶炼分离指标为Y，与2023年的A、B相比，分别增长a%和b%".

    A base year's figures set against the quotas said before them in the sentence, paired
    with the types in the order they were named; the rates are year-on-year (one said of each,
    "均", is every type's) when the base is the year before.
    """
    kinds = _types_before(s, m.start())
    period = _year(s, m.start())
    if len(kinds) < 2 or period is None:
        return []
    ent = s.company_before(m.start()) or "china"
    return _bases_by_kind(m, s, kinds, ent, period, "quota_base_pairs")


def _rates_by_kind(
    kinds: list[str],
    pcts: list[str],
    each: bool,
    way: int,
    period: Period | None,
    ent: str,
    at: int,
    end: int,
) -> list[Cand]:
    """Each quota type's year-on-year rate, in the order the types were named.

    One rate said of each ("均增长20%") is every type's; otherwise the rates must pair off
    with the types, or none is read.
    """
    if len(pcts) == 1 and each:
        pcts = pcts * len(kinds)
    if len(pcts) != len(kinds):
        return []
    return [
        Cand("quota", ent, kind, "quota_yoy_pct", period, way * float(p), "%", at, end, "quota")
        for kind, p in zip(kinds, pcts, strict=True)
    ]


#: A kind of ore naming a part of a quota: "离子型稀土", "岩矿型", "中重稀土", "轻稀土".
_SUB_TYPE = re.compile(r"离子型|岩矿型|离子吸附型|[轻中重]稀土|中重稀土")


def _quota_rate(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "2022年开采指标同比增幅降至25%": a quota's year-on-year rate with no figure.

    "增幅"/"增速" is a growth (its level, whatever verb brings it there), "降幅" a fall;
    several types take one rate only when it is said of each ("均").
    """
    kinds = [
        word_class(w.group(), ("mining", "smelting_separation")) or ""
        for w in _QUOTA_WORD.finditer(m.group("qs"))
    ]
    if not kinds or ("" in kinds) or (len(kinds) > 1 and not m.group("each")):
        return []
    if _SUB_TYPE.search(s.text, s.clause_start(m.start()), m.start()):
        return []  # "离子型稀土开采指标同比减少7%": a part's rate, not the quota's
    period = _year(s, m.start())
    if period is None:
        return []
    way = -1 if m.group("kind") == "降幅" else 1
    if m.group("dir"):
        way = sign(m.group("dir")) or 1
    value = way * float(m.group("pct"))
    at, end = m.start("pct"), m.end("pct")
    return [
        Cand("quota", "china", k, "quota_yoy_pct", period, value, "%", at, end, "quota_rate")
        for k in kinds
    ]


#: The growth of an earlier year quoted for comparison: "增速较2023年的21.4%和20.7%放缓".
_EARLIER_GROWTH = re.compile(
    r"\s*[,，]\s*(?:增速|增幅)\s*(?:较|低于|高于|不及)\s*(?P<y>\d{4})\s*年(?:的)?\s*(?:分别)?\s*"
    r"(?P<ps>\d+(?:\.\d+)?%(?:\s*[、和及与]\s*\d+(?:\.\d+)?%)*)"
)


def _earlier_growth(s: Sent, at: int, kinds: list[str], ent: str) -> list[Cand]:
    """The yearly growth rates of an earlier year said after this year's, in the same order."""
    em = _EARLIER_GROWTH.match(s.text, at)
    if em is None:
        return []
    pcts = re.findall(r"\d+(?:\.\d+)?", em.group("ps"))
    if len(pcts) != len(kinds):
        return []
    year = Period.year(int(em.group("y")))
    return [
        Cand(
            "quota",
            ent,
            kind,
            "quota_yoy_pct",
            year,
            float(p),
            "%",
            em.start("ps"),
            em.end("ps"),
            "quota",
        )
        for kind, p in zip(kinds, pcts, strict=True)
    ]


#: "同期" on its own: the same period as the figure before (not 上年同期, a year earlier).
_SAME = re.compile(r"(?<![年月])同期")


#: What makes a product the label of the figures after it: "稀土永磁方面, ...", a bullet or
#: table-like heading "稀土（出口）：...", "【稀土永磁】...", "稀土永磁出口："...
_LABEL = re.compile(
    r"\s*(?:[（(][^）)。;；]{0,12}[）)])?\s*(?:方面|[:：】\]]|(?:出口|进口|進口)\s*[:：])"
)


def _topic(s: Sent, at: int) -> str | None:
    """The product a sentence is about when it opens on it as a label or heading.

    Customs wires and brokers put the product first and the figures after it: "稀土永磁方面,
    ...出口...", "稀土（出口）：7月出口...", "【稀土永磁】7月出口...", "稀土进口：...".
    """
    found = [p for p in s.products if p.end <= at and _LABEL.match(s.text, p.end)]
    return found[-1].id if found else None


#: A product's own trade word right after it: "以氧化镧出口量最大", "氧化铈出口居次".
_TRADED = re.compile(r"\s*(?:的)?\s*(?:出口|进口)")


def _traded_before(s: Sent, lo: int) -> str | None:
    """The product the clause before names with its trade word, for a clause naming none.

    "稀土化合物中以氧化镧出口量最大，10月出口1210吨": the figure is the lanthanum oxide's, not
    the family's the sentence opened on. Only the clause right before counts, and only up to
    a semicolon.
    """
    if lo <= 0:
        return None
    prev = s.clause_start(lo - 1)
    if re.search(r"[;；]", s.text[prev:lo]):
        return None
    found = [p for p in s.products if prev <= p.start and p.end <= lo]
    return found[-1].id if found and _TRADED.match(s.text, found[-1].end) else None


def _trade_rate(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "2023年出口量曾同比增长7.3%": a period's trade rate with no volume in its clause.

    The period is the sentence's own, named before; the product the clause's, else the
    sentence's label, else the last one the sentence or the text traded.
    """
    end = s.text.find("，", m.end())
    rest = s.text[m.end() : end if end >= 0 else len(s.text)]
    if _Q.search(rest) or _Q.search(s.text, s.clause_start(m.start()), m.start()):
        return []  # a volume in the clause: the trade rules read it with its rate
    period = s.period_before(m.start())
    prod = (
        s.product_before(m.start("dir"), clause=True)
        or _topic(s, m.start())
        or s.product_before(m.start())
        or s.ctx.trade_subject
    )
    if period is None or prod is None:
        return []
    metric = "imports" if "进口" in m.group("dir") else "exports"
    said = word_class(m.group("rel"), ("yoy", "mom")) or "yoy"
    k = sign(m.group("rel") + (m.group("rdir") or ""))
    if k == 0:
        return []  # "出口量同比12%": no direction said
    at, to = m.start("rp"), m.end("rp")
    rate = k * float(m.group("rp"))
    return [
        Cand(
            "trade", "china", prod, f"{metric}_{said}_pct", period, rate, "%", at, to, "trade_rate"
        )
    ]


def _trade_against(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "12月出口量较11月的4600吨环比增加7%": the base month's volume and the rate.

    The figure of the period itself is not said; the base's period is named, and the rate is
    month-on-month or year-on-year by its word, else by how far back the base lies.
    """
    metric = "imports" if "进口" in m.group("dir") else "exports"
    period = s.period_before(m.start()) or s.ctx.paragraph_trade_period or s.ctx.month
    bd = [d.period for d in s.dates if m.start("d") <= d.start and d.end <= m.end("d")]
    t = _tons(s, m.group("v"), "trade")
    prod = (
        s.product_before(m.start("dir"), clause=True) or _topic(s, m.start()) or s.ctx.trade_subject
    )
    if period is None or len(bd) != 1 or t is None or prod is None or bd[0] == period:
        return []
    when = bd[0]
    rel = word_class(m.group("rel"), ("yoy", "mom")) if m.group("rel") else None
    if rel is None:
        rel = _basis(when, period)
    out = [
        Cand(
            "trade", "china", prod, metric, when, t, "t", m.start("v"), m.end("v"), "trade_against"
        )
    ]
    if rel is not None:
        k = sign(m.group("rdir")) or 1
        out.append(
            Cand(
                "trade",
                "china",
                prod,
                f"{metric}_{rel}_pct",
                period,
                k * float(m.group("rp")),
                "%",
                m.start("rp"),
                m.end("rp"),
                "trade_against",
            )
        )
    return out


#: A base named relative to the figure's own period: "上年的", "去年同期的", "上月的", "上季度的".
_YEAR_BACK = re.compile(r"(?:上年|去年)同期|^\s*(?:上年|去年|上一年|前一年)(?:全年)?\s*$")
_PERIOD_BACK = re.compile(r"^\s*(?:上月|上个月|前一个?月|上季度|上一季度|前一季度)\s*$")


def _relative_base(words: str, period: Period) -> Period | None:
    """The period a base says relative to ``period``: a year back, or the period just before.

    "比上年的52306.6吨" of a year's exports is the year before; "较上月的" of a month's is the
    month before ("上季度的" of a quarter's, the quarter before); a word of another size than
    the figure's own period (上月 of a year) names nothing.
    """
    if _YEAR_BACK.search(words):
        return shift_year(period)
    if _PERIOD_BACK.match(words) and not period.is_span:
        want = Granularity.QUARTER if "季" in words else Granularity.MONTH
        return previous(period) if period.granularity is want else None
    return None


#: a province or city right before the trade verb ("江西省出口…", "全省进口…"): its own trade
_REGION_TRADES = compile_pattern(r"(?:{SCOPE_REGIONAL})\s*(?:累计|共|全年)?\s*$")

#: a month named as a rate's base with no figure of its own: "较7月下降0.8%", "比6月份增长3%"
_BARE_MONTH_BASE = compile_pattern(
    r"(?:较|(?<![同环占相])比)\s*(?P<d>(?:\d{4}\s*年)?\d{1,2}\s*月份?)\s*(?=(?:{UP}|{DOWN})\s*\d)"
)


def _basis(base: Period, period: Period) -> str | None:
    """Which rate a change against ``base`` is (yoy, mom or none).

    A year before is yoy, for a whole year too ("较2023年的…增长"); the period just before is mom.
    """
    if base == shift_year(period):
        return "yoy"
    if base == previous(period):
        return "mom"
    return None


def _same_span_of(words: str, periods: list[Period], period: Period) -> Period | None:
    """The figure's own span in the year a base's words name ("去年同期", "2023年同期").

    "1-10月…，而去年同期这一数字为…" is January-October a year before, not all of last year.
    """
    if _YEAR_BACK.search(words):
        return shift_year(period)
    if len(periods) == 1 and periods[0].granularity is Granularity.YEAR:
        back = period.start.year - periods[0].start.year
        return shift_year(period, -back) if back > 0 else None
    return None


def _past_base_year(s: Sent, at: int) -> Period | None:
    """The sentence's own period when the last one named was only its year-before base.

    "2024年出口5.5万吨, 同比增长6%, 2023年出口量为5.2万吨; 进口13.3万吨…": the year before,
    named to restate the base, ends with its clause; past a semicolon the figures are the
    sentence's own year again.
    """
    own = [d for d in s.dates if d.end <= at and not d.base and d.period.granularity.value != "day"]
    if len(own) < 2 or own[-1].period != shift_year(own[0].period):
        return None
    if not re.search(r"[;；]", s.text[own[-1].end : at]):
        return None
    return own[0].period


def _trade(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "9月稀土出口量为4000.3吨, 较8月的5791.8吨减少30.9%": volume, base volume, rates."""
    metric = "imports" if "进口" in m.group("dir") else "exports"
    t = _tons(s, m.group("v"), "trade")
    lo = s.clause_start(m.start())
    prod = s.product_before(m.end("v"), clause=True) if t is not None else None
    if prod is None or not any(lo <= p.start < m.end("v") for p in s.products):
        prod = _topic(s, m.start()) or _traded_before(s, lo) or s.ctx.trade_subject
    # a figure with no period of its own is for the period of the last trade figure when it
    # says so ("同期...") or goes on in its paragraph ("其中..."), else for the month last named
    period = _past_base_year(s, m.start("v")) or s.period_before(m.start("v"))
    if period is None and _SAME.search(s.text, 0, m.start("v")):
        period = s.ctx.trade_period
    period = period or s.ctx.paragraph_trade_period or s.ctx.month
    if t is None or prod is None or period is None:
        return []
    if _REGION_TRADES.search(s.text, lo, m.start()):
        return []  # "江西省出口稀土永磁体1.18万吨": a province's trade, not China's
    s.ctx.trade_subject = prod
    s.ctx.trade_period = s.ctx.paragraph_trade_period = period
    out = [Cand("trade", "china", prod, metric, period, t, "t", m.start("v"), m.end("v"), "trade")]
    if m.group("rp"):  # the rate before the volume: "出口量同比下降10.8%至4101吨"
        said = word_class(m.group("rel"), ("yoy", "mom")) or "yoy"
        rate = (sign(m.group("rel") + (m.group("rdir") or "")) or 1) * float(
            m.group("rp").replace(",", "")
        )
        out.append(
            Cand(
                "trade",
                "china",
                prod,
                f"{metric}_{said}_pct",
                period,
                rate,
                "%",
                m.start("rp"),
                m.end("rp"),
                "trade",
            )
        )
    stop = compile_pattern("{EXPORTS}|{IMPORTS}").search(s.text, m.end())
    tail_end = stop.start() if stop else len(s.text)
    tail = s.text[m.end() : tail_end]
    bases: list[tuple[int, Period]] = []
    for bm in re.finditer(
        r"(?:较|(?<![同环占相])比|少于|多于|低于|高于|与)\s*(?P<d>[^的,，;；]{1,8})的\s*(?P<v>"
        + _Q.pattern
        + ")",
        tail,
    ):
        bd = [d for d in s.dates if m.end() + bm.start("d") <= d.start < m.end() + bm.end("d")]
        when = bd[0].period if bd else _relative_base(bm.group("d"), period)
        bt = _tons(s, bm.group("v"), "trade")
        if when is not None and bt is not None:
            bases.append((bm.start(), when))
            at = m.end() + bm.start("v")
            out.append(
                Cand(
                    "trade",
                    "china",
                    prod,
                    metric,
                    when,
                    bt,
                    "t",
                    at,
                    at + len(bm.group("v")),
                    "trade",
                )
            )
    # a bare month named as the base of the rate after it: "较7月下降0.8%" (no base figure)
    for bm in _BARE_MONTH_BASE.finditer(tail):
        bd = [d for d in s.dates if m.end() + bm.start("d") <= d.start < m.end() + bm.end("d")]
        if len(bd) == 1:
            bases.append((bm.start(), bd[0].period))
    ym = re.search(r"(?:上年|去年)同期(?:为|是)\s*(?P<v>" + _Q.pattern + ")", tail)
    if ym and (bt := _tons(s, ym.group("v"), "trade")) is not None:
        at = m.end() + ym.start("v")
        bases.append((ym.start(), shift_year(period)))
        out.append(
            Cand(
                "trade",
                "china",
                prod,
                metric,
                shift_year(period),
                bt,
                "t",
                at,
                at + len(ym.group("v")),
                "trade",
            )
        )
    # another period's figure in a clause of its own: "..., 10月为4,228吨", "..., 上月为...",
    # "..., 而2023年这一数字为175853吨" (the words pointing back to the measure)
    for dm in re.finditer(
        r"[,，;；]\s*(?:而|另外)?\s*(?P<d>[^,，;；为是的]{1,8}?)\s*"
        r"(?:(?:的)?(?:这一|该|此)(?:数字|数据|数值|规模))?\s*(?:为|是)\s*(?P<v>"
        + _Q.pattern
        + ")",
        tail,
    ):
        lo_d, hi_d = m.end() + dm.start("d"), m.end() + dm.end("d")
        periods = [d.period for d in s.dates if lo_d <= d.start and d.end <= hi_d]
        words = dm.group("d").strip()
        when = previous(period) if words == "上月" else None
        if when is None and "同期" in words:
            when = _same_span_of(words, periods, period)  # "而去年同期这一数字为…"
        when = when or (periods[0] if periods else None)
        bt = _tons(s, dm.group("v"), "trade")
        if when is None or when == period or len(periods) > 1 or bt is None:
            continue
        at = m.end() + dm.start("v")
        bases.append((dm.start(), when))
        out.append(
            Cand(
                "trade", "china", prod, metric, when, bt, "t", at, at + len(dm.group("v")), "trade"
            )
        )
    for pm in re.finditer(
        r"(?P<cue>同比|环比|年增|年减|月增|月减|(?:较|比)(?:上年|去年)同[期月]"
        r"|与(?:上年|去年)同[期月]\s*相比)?\s*(?P<dir>[^\d%,，;；。、]{0,4}?)\s*(?:约)?\s*(?P<p>\d+(?:\.\d+)?)\s*%",
        tail,
    ):
        cue = pm.group("cue") or ""
        k = sign(cue + pm.group("dir"))
        if k == 0 or "累计" in tail[max(0, pm.start() - 6) : pm.start() + 2]:
            continue  # a year-to-date rate is not the month's
        # the cue may land in the direction group when a blank precedes it
        said = cue + pm.group("dir")
        rel = word_class(said, ("yoy", "mom")) if said else None
        before = [p for at, p in bases if at < pm.start()]
        if rel is None and before:
            rel = _basis(before[-1], period)
        if rel is None and "去年同月" in tail[: pm.start()]:
            rel = "yoy"
        if rel is None:
            continue
        at = m.end() + pm.start("p")
        out.append(
            Cand(
                "trade",
                "china",
                prod,
                f"{metric}_{rel}_pct",
                period,
                k * float(pm.group("p")),
                "%",
                at,
                at + len(pm.group("p")),
                "trade",
            )
        )
    return out


def _digits(v: float) -> int:
    """Significant digits of a value ("5.5万" -> 55000 -> 2)."""
    return len(f"{abs(v):.10g}".replace(".", "").strip("0")) or 1


def drop_rounded(facts: list[Fact]) -> list[Fact]:
    """Drop a trade or quota figure that only rounds another one of the same statement.

    A headline gives "稀土出口5.5万吨" and the text "出口稀土55431.1吨": one fact, the precise one.
    Facts are compared only within their statement (kind, holder, product, metric, period and
    unit), grouped once: a document's facts are not compared pairwise.
    """
    statements: dict[tuple[object, ...], list[Fact]] = {}
    for g in facts:
        if g.kind in _ROUNDED_KINDS and g.value_high is None:
            statements.setdefault(_statement(g), []).append(g)
    out = []
    for f in facts:
        if f.kind in _ROUNDED_KINDS and f.value_high is None and f.value != 0:
            places = _digits(f.value)
            if any(
                g is not f
                and _digits(g.value) > places
                and float(f"{g.value:.{places}g}") == f.value
                for g in statements[_statement(f)]
            ):
                continue
        out.append(f)
    return out


#: The kinds whose rounded restatements :func:`drop_rounded` drops.
_ROUNDED_KINDS = ("trade", "quota")


def _statement(f: Fact) -> tuple[object, ...]:
    """What a fact states, whatever its value: its key without the value, and its unit."""
    return (*f.key()[:5], f.unit)


def _company(s: Sent, at: int) -> str | None:
    """Whose an output or sales figure is (zh_holders).

    The company named before it (not a buyer named after 向/给, "公司向X销售精矿…"), the
    country's or the market's when a scope word or a cited source says so ("国内…产量",
    "行业数据显示"). A sentence saying none of these goes on with the holder of the
    paragraph's last output figure (the country's too: "据协会统计，全国毛坯产量为…。其中，
    钐钴永磁产量为…"), else the story's company.
    """
    held = s.ctx.output_holder
    carried = held[0] if held is not None and held[1] == s.ctx.paragraph else s.ctx.company
    return holder(s, at, fallback=carried)


def _held(s: Sent, out: list[Cand], *, back: bool = False) -> list[Cand]:
    """The figures, remembering their holder (and period) for the paragraph's later figures.

    A figure named back ("2023年该产量为…", "上年同期…") keeps the period remembered before it.
    """
    if out:
        held = s.ctx.output_holder
        period = out[-1].period
        same = held is not None and held[1] == s.ctx.paragraph
        if back:
            period = held[2] if held is not None and same else None
        elif _looked_back(period, held if same else None):
            # "2024年产量为X；2023年产量为Y。其中…": an earlier period looked back to after the
            # paragraph's figure; a part said next is of the paragraph's figure
            period = held[2] if held is not None else period
        s.ctx.output_holder = (out[-1].entity, s.ctx.paragraph, period)
    return out


def _looked_back(period: Period | None, held: tuple[str, int, Period | None] | None) -> bool:
    """Whether a figure's period ends before the period of the paragraph's held figure."""
    return (
        period is not None
        and held is not None
        and held[2] is not None
        and (period.end < held[2].start)
    )


def _held_period(s: Sent) -> Period | None:
    """The period of the paragraph's last output figure not named back, if any."""
    held = s.ctx.output_holder
    return held[2] if held is not None and held[1] == s.ctx.paragraph else None


#: "期内", "报告期内", "本期": the period the report is about
_IN_PERIOD = re.compile(r"(?:报告)?期内|本期|本报告期")


#: the rate against the period before, by the figure's period: a quarter's is q/q
_STEP = {"quarter": "qoq", "month": "mom"}


def _output(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "全年销售稀土氧化物3万吨, 同比增长6%; 稀土盐类10万吨, 同比增长19%": a company's sales."""
    metric = (
        "sales" if word_class(m.group("verb"), ("sales", "production")) == "sales" else "production"
    )
    ent = _company(s, m.start())
    period = s.period_before(m.start())
    if period is None and s.ctx.main is not None and _IN_PERIOD.search(s.text, 0, m.start()):
        period = s.ctx.main  # "期内集团生产…": the report's own period
    period = period or _year(s, m.start())
    if ent is None or period is None:
        return []
    out: list[Cand] = []
    items = re.compile(
        r"(?:^|[;；、]\s*|[,，]\s*(?="
        + compile_pattern("{PROD}").pattern
        + r"\s*\d))(?P<p>"
        + compile_pattern("{PROD}").pattern
        + r")\s*(?:"
        + compile_pattern("{ABOUT}").pattern
        + r")?\s*(?P<v>"
        + _Q.pattern
        # a basis note after the tonnes: "14.2万吨（REO），同比增长5%"
        + r")(?:\s*[(（][^()（）,，]{1,12}[)）])?(?:\s*[,，]\s*(?P<yoy>"
        + compile_pattern("{YOY}|{MOM}").pattern
        + r")\s*(?P<dir>(?:(?!分别)\S){0,3}?)\s*(?P<pct>\d+(?:\.\d+)?)\s*%)?"
    )
    rest = s.text[m.start("p") :]
    pos = 0
    while (im := items.match(rest, pos)) is not None:
        base = m.start("p")
        t = _tons(s, im.group("v"), "output")
        pid = s.products_id_text(im.group("p"))
        if t is None:
            break
        s.ctx.output_subject = pid
        out.append(
            Cand(
                "production",
                ent,
                pid,
                metric,
                period,
                t,
                "t",
                base + im.start("v"),
                base + im.end("v"),
                "output",
            )
        )
        # "环比增长14.76%" after a quarter's (a month's) figure: against the one before
        rate = "yoy"
        if word_class(im.group("yoy") or "", ("yoy", "mom")) == "mom":
            rate = "" if period.is_span else _STEP.get(period.granularity.value, "")
        if im.group("pct") and rate:
            k = sign(im.group("yoy") + im.group("dir")) or 1  # "年增" says its direction
            out.append(
                Cand(
                    "production",
                    ent,
                    pid,
                    f"{metric}_{rate}_pct",
                    period,
                    k * float(im.group("pct")),
                    "%",
                    base + im.start("pct"),
                    base + im.end("pct"),
                    "output",
                )
            )
        pos = im.end()
    out.extend(_rates_each(s, m.start("p") + pos, out, metric))
    return _held(s, out)


#: The rates of a list of figures, in its order: "，同比分别增长4.1%和9.4%", "，分别同比下降2%、5%".
_RATES_EACH = compile_pattern(
    r"\s*[,，]\s*(?:{YOY}\s*分别|分别\s*(?:较上年|比上年)?\s*{YOY}?)\s*(?P<dir>{UP}|{DOWN})?\s*"
    r"(?:为|是|达)?\s*"
    r"(?P<list>(?:{UP}|{DOWN})?\s*{NUM}\s*%(?:\s*(?:和|、|及|与|,|，)\s*(?:{UP}|{DOWN})?\s*{NUM}\s*%)+)"
)
_RATE_ITEM = compile_pattern(r"(?P<dir>{UP}|{DOWN})?\s*(?P<pct>{NUM})\s*%")


def _rates_each(s: Sent, at: int, figures: list[Cand], metric: str) -> list[Cand]:
    """The year-on-year rates a 分别 list after the figures gives them, one for each in order.

    Only figures that have no rate of their own take one, and only when the counts agree.
    """
    m = _RATES_EACH.match(s.text, at)
    bare = [
        c
        for c in figures
        if c.metric == metric
        and not any(o.metric.endswith("_pct") and o.subject == c.subject for o in figures)
    ]
    if m is None or not bare:
        return []
    rates = list(_RATE_ITEM.finditer(m.group("list")))
    if len(rates) != len(bare):
        return []
    base = m.start("list")
    out: list[Cand] = []
    for c, r in zip(bare, rates, strict=True):
        k = sign(r.group("dir") or m.group("dir") or "") or 1
        out.append(
            Cand(
                c.kind,
                c.entity,
                c.subject,
                f"{metric}_yoy_pct",
                c.period,
                k * float(r.group("pct")),
                "%",
                base + r.start("pct"),
                base + r.end("pct"),
                "output",
            )
        )
    return out


#: A sentence giving a part of what the one before counted: "其中，…"
_PART_OF = re.compile(r"\s*其中")


def _output_after(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "公司钕铁硼毛坯产量7,260吨, 同比增长12.4%": the verb after the product.

    "国内氧化镝产量…" (the country named in its clause, before the product) is China's.
    """
    ent = _company(s, m.start())
    period = s.period_before(m.start())
    if period is None and _PART_OF.match(s.text):
        # "6月…产量为…。其中高性能毛坯产量为…": the month of the figure it is a part of
        period = _held_period(s) or s.ctx.last_period
    period = period or s.ctx.main or _year(s, m.start())
    t = _tons(s, m.group("v"), "output_after")
    if ent is None or period is None or t is None:
        return []
    metric = (
        "sales" if word_class(m.group("verb"), ("sales", "production")) == "sales" else "production"
    )
    pid = s.products_id(m)
    s.ctx.output_subject = pid
    out = [Cand("production", ent, pid, metric, period, t, "t", m.start("v"), m.end("v"), "output")]
    rate = {"month": "mom", "quarter": "qoq"}.get(period.granularity.value)
    if m.group("mpct") and rate and not period.is_span:
        out.append(
            Cand(
                "production",
                ent,
                pid,
                f"{metric}_{rate}_pct",
                period,
                (sign(m.group("mdir")) or 1) * float(m.group("mpct")),
                "%",
                m.start("mpct"),
                m.end("mpct"),
                "output",
            )
        )
    if m.group("pct"):
        out.append(
            Cand(
                "production",
                ent,
                pid,
                f"{metric}_yoy_pct",
                period,
                (sign(m.group("dir")) or 1) * float(m.group("pct")),
                "%",
                m.start("pct"),
                m.end("pct"),
                "output",
            )
        )
    return _held(s, out)


def _output_rate(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "稀土金属产品产量同比增长19.84%": a company's output change.

    It is the country's when the sentence says 全国 before it.
    """
    ent = _company(s, m.start())
    period = s.period_before(m.start()) or (Period.year(s.ctx.year) if s.ctx.year else None)
    if ent is None or period is None:
        return []
    metric = (
        "sales" if word_class(m.group("verb"), ("sales", "production")) == "sales" else "production"
    )
    k = sign(m.group("dir")) or 1
    return [
        Cand(
            "production",
            ent,
            s.products_id(m),
            f"{metric}_yoy_pct",
            period,
            k * float(m.group("pct")),
            "%",
            m.start("pct"),
            m.end("pct"),
            "output_rate",
        )
    ]


#: the finished product a half-made one named before becomes ("毛坯…，成品…")
_FINISHED = {"ndfeb_blank": "ndfeb_magnet"}


def _output_carried(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "其中第三季度单季产量1035吨, 环比增长12.3%": the product of the figure before."""
    ent = _company(s, m.start())
    pid = s.product_before(m.start()) or s.ctx.output_subject
    if m.group("fin") and pid is not None:
        # "毛坯产量…，成品销量…": the finished magnets the blanks named before are made into
        pid = _FINISHED.get(pid, pid)
    found = [d.period for d in s.dates if m.start("per") <= d.start < m.end("per") and not d.base]
    if m.group("ago"):  # "上年同期该产量为…": the sentence's own period, a year back
        before = s.period_before(m.start())
        found = [shift_year(before)] if before is not None else []
    elif not m.group("per"):  # "…产量20236吨, 同比增长29.81%; 销量19875吨": the same period
        before = s.period_before(m.start())
        found = [before] if before is not None and s.product_before(m.start()) else []
    t = _tons(s, m.group("v"), "output_carried")
    if ent is None or pid is None or not found or t is None:
        return []
    period = found[-1]
    metric = (
        "sales" if word_class(m.group("verb"), ("sales", "production")) == "sales" else "production"
    )
    out = [Cand("production", ent, pid, metric, period, t, "t", m.start("v"), m.end("v"), "output")]
    if m.group("pct"):
        if word_class(m.group("rel"), ("yoy", "mom")) == "yoy":
            rate = "yoy"
        else:
            rate = {"quarter": "qoq", "month": "mom"}.get(period.granularity.value, "")
        if rate:
            out.append(
                Cand(
                    "production",
                    ent,
                    pid,
                    f"{metric}_{rate}_pct",
                    period,
                    (sign(m.group("dir")) or 1) * float(m.group("pct")),
                    "%",
                    m.start("pct"),
                    m.end("pct"),
                    "output_carried",
                )
            )
    back = bool(m.group("ago") or m.group("back") or m.group("back2"))
    return _held(s, out, back=back)


RULES = [
    Rule(
        "quota",
        "quota",
        "zh",
        r"(?:(?P<qs>{QUOTA}(?:{SEP}{QUOTA})*)"
        r"(?:\s*(?P<rel>{YOY})\s*(?P<rdir>{UP}|{DOWN})?\s*(?P<rp>{NUM})\s*%\s*(?:至|到))?"
        r"[^。;；\d]{0,10}?|(?:合计|累计|共计)\s*|(?:两项|两类|上述|这两项|上述两项)\s*指标\s*"
        r"|(?<=[年度])\s*指标\s*(?:则|也|亦)?\s*(?=分别)"
        r"|(?<=年)(?P<yr>\s*(?:全年|度)?\s*(?:则|也|亦)?\s*)(?=分别))"
        r"(?:分别)?(?:为|达到|达|是)?\s*(?P<vs>{Q}(?:\s*{SEP}\s*{Q})*)",
        _quota,
        (
            Example(  # a rate whose cue names the other type is that type's, not the last figure's
                "2022年开采指标合计21万吨，冶炼分离指标合计20.2万吨，其中开采指标同比增长25%。",
                (
                    ("quota", "mining", "quota", "2022", 210000, "t"),
                    ("quota", "smelting_separation", "quota", "2022", 202000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2022", 25, "%"),
                ),
                published="2023-01-10",
            ),
            Example(  # one rate said of both types with 均
                "2019年开采、冶炼分离指标分别为13.2万吨和12.7万吨，同比均增长10%。",
                (
                    ("quota", "mining", "quota", "2019", 132000, "t"),
                    ("quota", "smelting_separation", "quota", "2019", 127000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2019", 10, "%"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2019", 10, "%"),
                ),
                published="2019-12-20",
            ),
            Example(
                "2022年第一批稀土开采、冶炼分离总量控制指标分别为10万吨和9.7万吨, 同比分别增长20%和20%。",
                (
                    ("quota", "mining", "quota", "2022", 100000, "t"),
                    ("quota", "smelting_separation", "quota", "2022", 97000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2022", 20, "%"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2022", 20, "%"),
                ),
            ),
            Example(  # 今年 is the year of publication, not the year named before it; a later
                # sentence with no year of its own is of that year
                "2024年第一批开采指标为13.5万吨，今年首批开采指标为14万吨。其中北方稀土获得开采指标9.9万吨。",
                (
                    ("quota", "mining", "quota", "2024", 135000, "t"),
                    ("quota", "mining", "quota", "2025", 140000, "t"),
                    ("quota", "mining", "quota", "2025", 99000, "t"),
                ),
                published="2025-02-10",
            ),
            Example(  # a figure named as last year's base is last year's
                "2025年第一批开采指标为14万吨，冶炼分离指标较上年首批的12.7万吨有所增加。",
                (
                    ("quota", "mining", "quota", "2025", 140000, "t"),
                    ("quota", "smelting_separation", "quota", "2024", 127000, "t"),
                ),
                published="2025-02-10",
            ),
            Example(  # by how much a quota rose is no quota; its rate is
                "2025年第一批指标下达。冶炼分离方面，本批指标增加8000吨，同比增长7.2%；开采指标则减少约3%。",
                (("quota", "smelting_separation", "quota_yoy_pct", "2025", 7.2, "%"),),
                published="2025-02-10",
            ),
            Example(  # the base year's figures in brackets after it are that year's
                "2025年第一批开采指标为14万吨。与2024年第一批指标（开采13.5万吨、冶炼分离12.7万吨）相比有所增加。",
                (
                    ("quota", "mining", "quota", "2025", 140000, "t"),
                    ("quota", "mining", "quota", "2024", 135000, "t"),
                    ("quota", "smelting_separation", "quota", "2024", 127000, "t"),
                ),
                published="2025-02-10",
            ),
            Example(  # no 分别 before the rates
                "2021年全年开采、冶炼分离指标合计分别为168000吨和162000吨，同比增长20%和20%。",
                (
                    ("quota", "mining", "quota", "2021", 168000, "t"),
                    ("quota", "smelting_separation", "quota", "2021", 162000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2021", 20, "%"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2021", 20, "%"),
                ),
            ),
            Example(  # an earlier year's growth quoted after this year's
                "2023年开采、冶炼分离指标分别为25.5万吨和24.4万吨, 同比分别增长21%和20%, "
                "增速低于2022年的25%和24%。",
                (
                    ("quota", "mining", "quota", "2023", 255000, "t"),
                    ("quota", "smelting_separation", "quota", "2023", 244000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2023", 21, "%"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2023", 20, "%"),
                    ("quota", "mining", "quota_yoy_pct", "2022", 25, "%"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2022", 24, "%"),
                ),
            ),
            Example(  # "the two quotas" refers back to the types named before
                "2024年开采、冶炼分离指标分别为27万吨和25.4万吨。2023年两项指标分别为25.5万吨和24.4万吨。",
                (
                    ("quota", "mining", "quota", "2024", 270000, "t"),
                    ("quota", "smelting_separation", "quota", "2024", 254000, "t"),
                    ("quota", "mining", "quota", "2023", 255000, "t"),
                    ("quota", "smelting_separation", "quota", "2023", 244000, "t"),
                ),
            ),
            Example(  # a later year's "指标则分别为" pairs with the types named before it
                "2021年开采、冶炼分离指标分别为16.8万吨和16.2万吨；2020年全年指标则分别为14万吨和13.5万吨。",
                (
                    ("quota", "mining", "quota", "2021", 168000, "t"),
                    ("quota", "smelting_separation", "quota", "2021", 162000, "t"),
                    ("quota", "mining", "quota", "2020", 140000, "t"),
                    ("quota", "smelting_separation", "quota", "2020", 135000, "t"),
                ),
            ),
            Example(  # an earlier year after a semicolon, types and the word quota left out
                "2024年开采、冶炼分离指标分别为27万吨和25.4万吨；2023年全年分别为25.5万吨和24.4万吨。",
                (
                    ("quota", "mining", "quota", "2024", 270000, "t"),
                    ("quota", "smelting_separation", "quota", "2024", 254000, "t"),
                    ("quota", "mining", "quota", "2023", 255000, "t"),
                    ("quota", "smelting_separation", "quota", "2023", 244000, "t"),
                ),
            ),
            Example(  # the base year's figures after this year's, with a rate each or none
                "2023年全年开采、冶炼分离指标分别为25.5万吨和24.4万吨，较2022年的21万吨和20.2万吨"
                "均有所增长，增速约两成。2024年开采、冶炼分离指标分别为27万吨和25.4万吨，较2023年的"
                "25.5万吨和24.4万吨分别增长5.9%和4.2%。",
                (
                    ("quota", "mining", "quota", "2023", 255000, "t"),
                    ("quota", "smelting_separation", "quota", "2023", 244000, "t"),
                    ("quota", "mining", "quota", "2022", 210000, "t"),
                    ("quota", "smelting_separation", "quota", "2022", 202000, "t"),
                    ("quota", "mining", "quota", "2024", 270000, "t"),
                    ("quota", "smelting_separation", "quota", "2024", 254000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2024", 5.9, "%"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2024", 4.2, "%"),
                ),
            ),
            Example(  # 均 shares one rate between the two types
                "2022年开采、冶炼分离指标分别为21万吨和20.2万吨，较2021年的16.8万吨和16.2万吨均增长25%。",
                (
                    ("quota", "mining", "quota", "2022", 210000, "t"),
                    ("quota", "smelting_separation", "quota", "2022", 202000, "t"),
                    ("quota", "mining", "quota", "2021", 168000, "t"),
                    ("quota", "smelting_separation", "quota", "2021", 162000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2022", 25, "%"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2022", 25, "%"),
                ),
            ),
            Example(  # one type a clause, a figure for each year listed before
                "回看历史，2016年、2017年全年开采指标分别为105000吨和105000吨，"
                "冶炼分离指标分别为100000吨和100000吨。",
                (
                    ("quota", "mining", "quota", "2016", 105000, "t"),
                    ("quota", "mining", "quota", "2017", 105000, "t"),
                    ("quota", "smelting_separation", "quota", "2016", 100000, "t"),
                    ("quota", "smelting_separation", "quota", "2017", 100000, "t"),
                ),
            ),
            Example(  # a producer's output of separated products is no quota
                "今年公司计划冶炼分离产品产量不低于2万吨。某企业去年冶炼分离产能达3万吨。",
                (),
            ),
            Example(  # without quota types in its sentence, a bare year pairs nothing
                "稀土出口量回升。2023年分别为5万吨和4万吨。",
                (),
            ),
            Example(
                "2025年稀土开采总量控制指标同比增长4%至28.1万吨。",
                (
                    ("quota", "mining", "quota", "2025", 281000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2025", 4, "%"),
                ),
            ),
            Example(
                "2021年全年开采、冶炼分离指标合计分别为16.8万吨和16.2万吨, 同比增长20%和20%。",
                (
                    ("quota", "mining", "quota", "2021", 168000, "t"),
                    ("quota", "smelting_separation", "quota", "2021", 162000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2021", 20, "%"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2021", 20, "%"),
                ),
            ),
        ),
    ),
    Rule(
        "quota_base_pairs",
        "quota",
        "zh",
        r"(?:与|同|和)\s*(?P<y>\d{4})\s*年[^,，。;；\d的]{0,8}的\s*(?P<vs>{Q}(?:\s*{SEP}\s*{Q})+)\s*"
        r"(?:相比|相较|比较)\s*[,，]?\s*(?P<each>分别|均|都|皆)?\s*(?:(?P<dir>{UP}|{DOWN})\s*(?:了)?\s*"
        r"(?P<ps>{NUM}\s*%(?:\s*{SEP}\s*{NUM}\s*%)*))?",
        _base_pairs,
        (
            Example(  # two types in two clauses, the base year's figures and rates in their order
                "2022年开采指标为21万吨，冶炼分离指标为20.2万吨，与2021年的16.8万吨、16.2万吨相比，"
                "分别增长25%和24.7%。",
                (
                    ("quota", "mining", "quota", "2022", 210000, "t"),
                    ("quota", "smelting_separation", "quota", "2022", 202000, "t"),
                    ("quota", "mining", "quota", "2021", 168000, "t"),
                    ("quota", "smelting_separation", "quota", "2021", 162000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2022", 25, "%"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2022", 24.7, "%"),
                ),
                published="2022-12-30",
            ),
            Example(  # a batch's base of two years back: its figures, but no y/y rate
                "2025年首批冶炼分离指标13万吨，开采指标14万吨；和2023年同批的11.5万吨、12万吨相比，"
                "均有所增加。",
                (
                    ("quota", "smelting_separation", "quota", "2025", 130000, "t"),
                    ("quota", "mining", "quota", "2025", 140000, "t"),
                    ("quota", "smelting_separation", "quota", "2023", 115000, "t"),
                    ("quota", "mining", "quota", "2023", 120000, "t"),
                ),
                published="2025-03-01",
            ),
        ),
        doc="a base year's figures and rates set against quota types named in earlier clauses",
    ),
    Rule(
        "quota_rate",
        "quota",
        "zh",
        r"(?P<qs>{QUOTA}(?:{SEP}{QUOTA})*)\s*(?:总量)?\s*{YOY}\s*(?P<each>均|都)?\s*"
        r"(?:(?P<dir>{UP}|{DOWN})|(?P<kind>增幅|增速|降幅)\s*(?:(?:降|升|回落|放缓|收窄|扩大)至|为|达到?)?)"
        r"\s*(?:约)?\s*(?P<pct>{NUM})\s*%(?!\s*(?:至|到|[-~]))",
        _quota_rate,
        (
            Example(  # the growth rate fell to a level: still a growth of that size
                "2025年开采指标同比增幅降至4.1%，增速继续放缓。",
                (("quota", "mining", "quota_yoy_pct", "2025", 4.1, "%"),),
                published="2025-08-10",
            ),
            Example("分矿种看，离子型稀土开采指标同比减少5%。", ()),  # a part's rate
            Example(  # a rate said of both types with 均
                "2022年开采、冶炼分离指标同比均增长25%。",
                (
                    ("quota", "mining", "quota_yoy_pct", "2022", 25, "%"),
                    ("quota", "smelting_separation", "quota_yoy_pct", "2022", 25, "%"),
                ),
            ),
            Example(  # the rate before the figure is the quota rule's
                "2025年稀土开采总量控制指标同比增长4%至28.1万吨。",
                (
                    ("quota", "mining", "quota", "2025", 281000, "t"),
                    ("quota", "mining", "quota_yoy_pct", "2025", 4, "%"),
                ),
            ),
        ),
        doc="a quota's year-on-year rate said with no figure",
    ),
    Rule(
        "trade_rate",
        "trade",
        "zh",
        r"(?P<dir>{EXPORTS}|{IMPORTS})(?:量)?\s*(?:曾|也|亦|则|仍|曾经)?\s*(?P<rel>{YOY}|{MOM})\s*"
        r"(?P<rdir>{UP}|{DOWN})?\s*(?:约)?\s*(?P<rp>{NUM})\s*%(?!\s*(?:至|到|[-~]))",
        _trade_rate,
        (
            Example(  # an earlier year's rate said alone, after this year's figures
                "2024年我国进口稀土永磁1200吨，同比下降5%；2023年进口量曾同比增长12.6%。",
                (
                    ("trade", "re_permanent_magnet", "imports", "2024", 1200, "t"),
                    ("trade", "re_permanent_magnet", "imports_yoy_pct", "2024", -5, "%"),
                    ("trade", "re_permanent_magnet", "imports_yoy_pct", "2023", 12.6, "%"),
                ),
                published="2025-01-20",
            ),
            Example(  # a month's rate with no volume
                "海关数据显示，8月稀土出口量环比下降3.1%。",
                (("trade", "rare_earths", "exports_mom_pct", "2024-08", -3.1, "%"),),
                published="2024-09-20",
            ),
            Example(  # Taiwan's 年增 carries its direction
                "2024年大陸進口稀土永磁1200公噸，年減5%；2023年進口量曾年增12.6%。",
                (
                    ("trade", "re_permanent_magnet", "imports", "2024", 1200, "t"),
                    ("trade", "re_permanent_magnet", "imports_yoy_pct", "2024", -5, "%"),
                    ("trade", "re_permanent_magnet", "imports_yoy_pct", "2023", 12.6, "%"),
                ),
                published="2025-01-20",
            ),
        ),
        doc="a period's import or export rate with no volume in its clause",
    ),
    Rule(
        "trade",
        "trade",
        "zh",
        r"(?P<dir>{EXPORTS}|{IMPORTS})(?:量)?"
        r"(?:\s*(?P<rel>{YOY}|{MOM})\s*(?P<rdir>{UP}|{DOWN})?\s*(?P<rp>{NUM})\s*%\s*(?:至|到))?"
        r"[^,，。;；\d%]{0,10}?(?:为|达|达到|升至|降至|增至|共)?\s*{Q:v}",
        _trade,
        (
            Example(  # a bracket glossing the product (指/含…) lists parts; the figure is the
                # product's the bracket explains
                "据海关统计，2025年4月我国稀土（指稀土金属、氧化物及化合物合计）出口4783吨，"
                "环比下降9.2%。",
                (
                    ("trade", "rare_earths", "exports", "2025-04", 4783, "t"),
                    ("trade", "rare_earths", "exports_mom_pct", "2025-04", -9.2, "%"),
                ),
                published="2025-05-20",
            ),
            Example(  # the same with 含 (including)
                "2024年我国稀土永磁材料（含烧结及粘结钕铁硼磁体）出口5.8万吨，同比增长10.2%。",
                (
                    ("trade", "re_permanent_magnet", "exports", "2024", 58000, "t"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024", 10.2, "%"),
                ),
                published="2025-01-20",
            ),
            Example(  # the product the clause before names with its trade word, not the family
                # the sentence opened on
                "分品种看，稀土氧化物中氧化钇出口量居首，5月出口620吨，环比增长4.1%。",
                (
                    ("trade", "y_oxide", "exports", "2025-05", 620, "t"),
                    ("trade", "y_oxide", "exports_mom_pct", "2025-05", 4.1, "%"),
                ),
                published="2025-06-20",
            ),
            Example(  # a month-on-month rate after a base month, then a year-on-year one said
                # as "与去年同期相比"
                "海关数据显示，2025年3月我国稀土永磁体出口量为5200吨，较2月的4100吨增长26.8%，"
                "但与去年同期相比下降3.5%。",
                (
                    ("trade", "re_permanent_magnet", "exports", "2025-03", 5200, "t"),
                    ("trade", "re_permanent_magnet", "exports", "2025-02", 4100, "t"),
                    ("trade", "re_permanent_magnet", "exports_mom_pct", "2025-03", 26.8, "%"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2025-03", -3.5, "%"),
                ),
                published="2025-04-20",
            ),
            Example(  # a year looked back on after "回顾去年，" does not become the text's year
                "回顾去年，2023年全年我国稀土出口5.2万吨。\n从月度看，3月我国出口稀土4400吨。",
                (
                    ("trade", "rare_earths", "exports", "2023", 52000, "t"),
                    ("trade", "rare_earths", "exports", "2024-03", 4400, "t"),
                ),
                published="2024-04-20",
            ),
            Example(  # a month's end said of a flow is the month's (a quote after it is the day's)
                "7月底我国稀土出口量为4800吨。10月末稀土永磁出口同比增长9%。",
                (
                    ("trade", "rare_earths", "exports", "2024-07", 4800, "t"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024-10", 9, "%"),
                ),
                published="2024-11-20",
            ),
            Example(  # a province's exports beside China's: only China's are the market's
                "据统计，1-6月广东省出口稀土永磁体3200吨；同期全国出口稀土永磁体2.9万吨。",
                (("trade", "re_permanent_magnet", "exports", "2024-01/2024-06", 29000, "t"),),
                published="2024-07-20",
            ),
            Example(  # the month before and the same month a year before, named bare as bases
                "据海关统计，5月我国进口稀土永磁体210吨，比4月减少3.5%，比去年同月增加6.8%。",
                (
                    ("trade", "re_permanent_magnet", "imports", "2024-05", 210, "t"),
                    ("trade", "re_permanent_magnet", "imports_mom_pct", "2024-05", -3.5, "%"),
                    ("trade", "re_permanent_magnet", "imports_yoy_pct", "2024-05", 6.8, "%"),
                ),
                published="2024-06-20",
            ),
            Example(  # the same months a year before, pointed back to by 这一数字 or 该数据
                "1-9月我国出口稀土永磁4.1万吨，而去年同期这一数字为3.7万吨；"
                "同期进口稀土化合物9.2万吨，而2023年同期该数据为10.4万吨。",
                (
                    ("trade", "re_permanent_magnet", "exports", "2024-01/2024-09", 41000, "t"),
                    ("trade", "re_permanent_magnet", "exports", "2023-01/2023-09", 37000, "t"),
                    ("trade", "rare_earths", "imports", "2024-01/2024-09", 92000, "t"),
                    ("trade", "rare_earths", "imports", "2023-01/2023-09", 104000, "t"),
                ),
                published="2024-10-20",
            ),
            Example(  # another year's figure pointed back to by 这一数字
                "2024年我国稀土永磁出口5.8万吨，同比增长10%，而2023年这一数字为5.3万吨。",
                (
                    ("trade", "re_permanent_magnet", "exports", "2024", 58000, "t"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024", 10, "%"),
                    ("trade", "re_permanent_magnet", "exports", "2023", 53000, "t"),
                ),
            ),
            Example(  # the year before, named only for the base, ends with its clause
                "据海关统计, 2024年我国出口稀土氧化物2.1万吨, 同比增长4%, 2023年出口量为2.02万吨;"
                " 进口稀土氧化物8.5万吨, 同比下降12%。",
                (
                    ("trade", "re_oxides", "exports", "2024", 21000, "t"),
                    ("trade", "re_oxides", "exports_yoy_pct", "2024", 4, "%"),
                    ("trade", "re_oxides", "exports", "2023", 20200, "t"),
                    ("trade", "re_oxides", "imports", "2024", 85000, "t"),
                    ("trade", "re_oxides", "imports_yoy_pct", "2024", -12, "%"),
                ),
                published="2025-01-20",
            ),
            Example(  # the year-on-year base said as 较去年同期 / 比上年同期
                "今年前8个月我国稀土出口数量为3.9万吨, 较去年同期减少4.1%; "
                "8月稀土进口量为1.4万吨, 比上年同期增长9.3%。",
                (
                    ("trade", "rare_earths", "exports", "2025-01/2025-08", 39000, "t"),
                    ("trade", "rare_earths", "exports_yoy_pct", "2025-01/2025-08", -4.1, "%"),
                    ("trade", "rare_earths", "imports", "2025-08", 14000, "t"),
                    ("trade", "rare_earths", "imports_yoy_pct", "2025-08", 9.3, "%"),
                ),
                published="2025-09-10",
            ),
            Example(
                "稀土永磁方面, 2024年全年出口58152吨, 同比增长10%。",
                (
                    ("trade", "re_permanent_magnet", "exports", "2024", 58152, "t"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024", 10, "%"),
                ),
            ),
            Example(  # 同期: the period of the figure before
                "2023年1-9月我国累计出口稀土39000吨。同期稀土永磁出口3.6万吨。",
                (
                    ("trade", "rare_earths", "exports", "2023-01/2023-09", 39000, "t"),
                    ("trade", "re_permanent_magnet", "exports", "2023-01/2023-09", 36000, "t"),
                ),
                published="2023-10-20",
            ),
            Example(
                "9月稀土出口环比回升。1-9月稀土出口4.1万吨, 同比增长5%。同期稀土永磁出口3000吨。",
                (
                    ("trade", "rare_earths", "exports", "2024-01/2024-09", 41000, "t"),
                    ("trade", "rare_earths", "exports_yoy_pct", "2024-01/2024-09", 5, "%"),
                    ("trade", "re_permanent_magnet", "exports", "2024-01/2024-09", 3000, "t"),
                ),
                published="2024-10-20",
            ),
            Example(
                "7月稀土出口4800吨。1-7月累计出口3.2万吨。其中稀土永磁出口2100吨。\n\n"
                "从产品看, 稀土永磁出口1500吨。",
                (
                    ("trade", "rare_earths", "exports", "2024-07", 4800, "t"),
                    ("trade", "rare_earths", "exports", "2024-01/2024-07", 32000, "t"),
                    ("trade", "re_permanent_magnet", "exports", "2024-01/2024-07", 2100, "t"),
                    ("trade", "re_permanent_magnet", "exports", "2024-07", 1500, "t"),
                ),
                published="2024-08-20",
            ),
            Example(
                "2024年8月我国稀土进口量环比减少12.4%至1.56万吨, 同比增长3%。",
                (
                    ("trade", "rare_earths", "imports", "2024-08", 15600, "t"),
                    ("trade", "rare_earths", "imports_mom_pct", "2024-08", -12.4, "%"),
                    ("trade", "rare_earths", "imports_yoy_pct", "2024-08", 3, "%"),
                ),
            ),
            Example(
                "中國11月稀土出口量年減5.3%至4,720公噸, 10月為4,228公噸, 環比增加11.6%。",
                (
                    ("trade", "rare_earths", "exports", "2024-11", 4720, "t"),
                    ("trade", "rare_earths", "exports_yoy_pct", "2024-11", -5.3, "%"),
                    ("trade", "rare_earths", "exports", "2024-10", 4228, "t"),
                    ("trade", "rare_earths", "exports_mom_pct", "2024-11", 11.6, "%"),
                ),
                published="2024-12-20",
            ),
            Example(
                "海关数据: 2024年稀土出口5.5万吨\n2024年全年我国出口稀土55431.1吨, 同比增长6%。",
                (
                    ("trade", "rare_earths", "exports", "2024", 55431.1, "t"),
                    ("trade", "rare_earths", "exports_yoy_pct", "2024", 6, "%"),
                ),
                published="2025-01-20",
            ),
            Example(  # a customs wire's bullet: the product is a label, not in the clause
                "● 稀土永磁（出口）：5月出口4200吨，环比增长8%；1-5月累计出口2.1万吨，同比下降3%。",
                (
                    ("trade", "re_permanent_magnet", "exports", "2024-05", 4200, "t"),
                    ("trade", "re_permanent_magnet", "exports_mom_pct", "2024-05", 8, "%"),
                    ("trade", "re_permanent_magnet", "exports", "2024-01/2024-05", 21000, "t"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024-01/2024-05", -3, "%"),
                ),
                published="2024-06-20",
            ),
            Example(
                "【稀土】3月进口1.1万吨，同比减少6%。",
                (
                    ("trade", "rare_earths", "imports", "2024-03", 11000, "t"),
                    ("trade", "rare_earths", "imports_yoy_pct", "2024-03", -6, "%"),
                ),
                published="2024-04-18",
            ),
            Example(  # a whole year against the year before: year-on-year
                "2024年我国出口稀土永磁5.8万吨, 较2023年的5.2万吨增长11.5%。",
                (
                    ("trade", "re_permanent_magnet", "exports", "2024", 58000, "t"),
                    ("trade", "re_permanent_magnet", "exports", "2023", 52000, "t"),
                    ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024", 11.5, "%"),
                ),
                published="2025-01-20",
            ),
            Example(  # the base named relative to the figure's year: 比上年的
                "2023年全年我国进口稀土17.6万吨，比上年的12.2万吨增加44.3%。",
                (
                    ("trade", "rare_earths", "imports", "2023", 176000, "t"),
                    ("trade", "rare_earths", "imports", "2022", 122000, "t"),
                    ("trade", "rare_earths", "imports_yoy_pct", "2023", 44.3, "%"),
                ),
                published="2024-01-20",
            ),
            Example(  # 较上月的: the month before a month's figure
                "海关总署称，5月稀土永磁出口5200吨，较上月的4800吨多出8.3%。",
                (
                    ("trade", "re_permanent_magnet", "exports", "2024-05", 5200, "t"),
                    ("trade", "re_permanent_magnet", "exports", "2024-04", 4800, "t"),
                    ("trade", "re_permanent_magnet", "exports_mom_pct", "2024-05", 8.3, "%"),
                ),
                published="2024-06-20",
            ),
            Example(
                "海关数据显示, 2024年3月我国稀土出口量为4500吨, 较2月的4000吨增长12.5%。",
                (
                    ("trade", "rare_earths", "exports", "2024-03", 4500, "t"),
                    ("trade", "rare_earths", "exports", "2024-02", 4000, "t"),
                    ("trade", "rare_earths", "exports_mom_pct", "2024-03", 12.5, "%"),
                ),
            ),
        ),
    ),
    Rule(
        "trade_against",
        "trade",
        "zh",
        r"(?P<dir>{EXPORTS}|{IMPORTS})(?:量)?\s*(?:较|比)\s*(?P<d>[^的,，。;；]{1,8})的\s*{Q:v}\s*"
        r"(?P<rel>{YOY}|{MOM})?\s*(?P<rdir>{UP}|{DOWN})\s*(?P<rp>{NUM})\s*%",
        _trade_against,
        (
            Example(  # only the base month's volume is said, with the month's rate against it
                "单月看，6月稀土出口量较5月的5100吨环比下降3.5%。",
                (
                    ("trade", "rare_earths", "exports", "2024-05", 5100, "t"),
                    ("trade", "rare_earths", "exports_mom_pct", "2024-06", -3.5, "%"),
                ),
            ),
        ),
        doc="a month's trade against a base month's stated volume, the month's own not said",
    ),
    Rule(
        "output",
        "production",
        "zh",
        # a short qualifier may stand between the verb and the product ("生产高性能钕铁硼毛坯")
        r"(?P<verb>{SALES}|{PRODUCTION})[^\d,，。;；:：]{0,4}?(?P<p>)(?=\s*{PROD}\s*(?:{ABOUT})?\s*{Q})",
        _output,
        (
            Example(  # a basis note after the tonnes, then the rate
                "2024年上半年，盛和资源共生产稀土精矿4.2万吨（REO），同比增长5%。",
                (
                    ("production", "re_concentrate", "production", "2024-01/2024-06", 42000, "t"),
                    (
                        "production",
                        "re_concentrate",
                        "production_yoy_pct",
                        "2024-01/2024-06",
                        5,
                        "%",
                    ),
                ),
            ),
            Example(  # a quarter's figure and its rate against the quarter before
                "2024年上半年，盛和资源生产稀土氧化物3100吨。其中第二季度生产稀土氧化物1650吨，"
                "环比增长13.8%；8月生产钕铁硼毛坯420吨，环比下降5%。",
                (
                    ("production", "re_oxides", "production", "2024-01/2024-06", 3100, "t"),
                    ("production", "re_oxides", "production", "2024-Q2", 1650, "t"),
                    ("production", "re_oxides", "production_qoq_pct", "2024-Q2", 13.8, "%"),
                    ("production", "ndfeb_blank", "production", "2024-08", 420, "t"),
                    ("production", "ndfeb_blank", "production_mom_pct", "2024-08", -5, "%"),
                ),
            ),
            Example(
                "今年前三季度, 宁波韵升生产高端钕铁硼永磁材料毛坯6500吨, 同比增长12%。",
                (
                    ("production", "ndfeb_blank", "production", "2024-01/2024-09", 6500, "t"),
                    ("production", "ndfeb_blank", "production_yoy_pct", "2024-01/2024-09", 12, "%"),
                ),
            ),
            Example(  # items cut by 、 or a comma, then one 分别 list of their rates in order
                "盛和资源2024年销售稀土氧化物1.2万吨、稀土金属0.5万吨，同比分别下降3.5%和增长8%；"
                "生产稀土盐类2.1万吨，稀土精矿4.4万吨，分别同比增长6%、2.5%。",
                (
                    ("production", "re_oxides", "sales", "2024", 12000, "t"),
                    ("production", "re_metals", "sales", "2024", 5000, "t"),
                    ("production", "re_oxides", "sales_yoy_pct", "2024", -3.5, "%"),
                    ("production", "re_metals", "sales_yoy_pct", "2024", 8, "%"),
                    ("production", "re_salts", "production", "2024", 21000, "t"),
                    ("production", "re_concentrate", "production", "2024", 44000, "t"),
                    ("production", "re_salts", "production_yoy_pct", "2024", 6, "%"),
                    ("production", "re_concentrate", "production_yoy_pct", "2024", 2.5, "%"),
                ),
                published="2025-03-20",
            ),
            Example(  # "年增分別為a和b" is the list's, not the last item's alone
                "北方稀土2024年生產稀土氧化物3.1萬噸、稀土鹽類11萬噸，年增分別為4%和9%。",
                (
                    ("production", "re_oxides", "production", "2024", 31000, "t"),
                    ("production", "re_salts", "production", "2024", 110000, "t"),
                    ("production", "re_oxides", "production_yoy_pct", "2024", 4, "%"),
                    ("production", "re_salts", "production_yoy_pct", "2024", 9, "%"),
                ),
                published="2025-03-20",
            ),
            Example(  # a deadline year ("到2027年") does not become the year of what follows
                "中科三环计划到2028年形成8万吨/年的毛坯产能。上半年公司生产钕铁硼毛坯9000吨。",
                (
                    ("production", "ndfeb_blank", "production", "2024-01/2024-06", 9000, "t"),
                    # bare 毛坯 is the blank (products.toml): the planned capacity is a fact too
                    ("capacity", "ndfeb_blank", "capacity", "", 80000, "t/yr"),
                ),
                published="2024-08-20",
            ),
            Example(  # 期内: the period of the results the report opened with
                "宁波韵升公布截至今年6月30日止六个月业绩, 营业收入25亿元。"
                "营运方面, 期内公司生产钕铁硼毛坯8600吨, 按年增长9%。",
                (
                    ("financial", "", "revenue", "2024-01/2024-06", 2500000000, "CNY"),
                    ("production", "ndfeb_blank", "production", "2024-01/2024-06", 8600, "t"),
                    ("production", "ndfeb_blank", "production_yoy_pct", "2024-01/2024-06", 9, "%"),
                ),
                published="2024-08-20",
            ),
            Example(  # finished magnets
                "上半年中科三环销售磁材成品7200吨, 同比增长11.5%。",
                (
                    ("production", "ndfeb_magnet", "sales", "2024-01/2024-06", 7200, "t"),
                    ("production", "ndfeb_magnet", "sales_yoy_pct", "2024-01/2024-06", 11.5, "%"),
                ),
                published="2024-08-20",
            ),
            Example(
                "北方稀土2023年全年销售稀土金属2万吨, 同比增长8%; 稀土盐类5万吨, 同比增长3%。",
                (
                    ("production", "re_metals", "sales", "2023", 20000, "t"),
                    ("production", "re_metals", "sales_yoy_pct", "2023", 8, "%"),
                    ("production", "re_salts", "sales", "2023", 50000, "t"),
                    ("production", "re_salts", "sales_yoy_pct", "2023", 3, "%"),
                ),
            ),
            Example(  # a survey's total in a company's story: the country's, by 国内
                "宁波韵升：新产线投产\n宁波韵升称包头新产线已投产。据协会统计，2023年国内生产"
                "烧结钕铁硼毛坯29万吨。",
                (("production", "ndfeb_blank", "production", "2023", 290000, "t"),),
                published="2024-04-20",
                entity="china",
            ),
            Example(  # a rough figure after the product
                "一季度金力永磁生产高性能钕铁硼磁材约5800吨。",
                (("production", "ndfeb_magnet", "production", "2025-Q1", 5800, "t"),),
                published="2025-04-25",
            ),
        ),
        doc="a company's output or sales with the verb before the product; the story's company"
        " holds it unless the sentence scopes it or credits it to a third party (zh_holders)",
    ),
    Rule(
        "output_after",
        "production",
        "zh",
        # a basis the figure is counted on may stand in brackets: "精矿产量（折REO）"
        r"{PROD:p}(?:成品|产品)?(?:总|合计|累计|全年|年度|月度)?(?P<verb>{PRODUCTION}|{SALES})"
        r"(?:\s*[（(][^（）()，,。]{1,12}[）)])?"
        r"\s*(?:累计|合计|共计)?\s*(?:为|达到|达)?\s*(?:{ABOUT})?\s*{Q:v}"
        # the period before may be named after 环比: "环比一季度增长14.4%", "环比上月下降3%"
        r"(?:\s*[,，]\s*{MOM}\s*(?:上个?月|上一?季度?|第?[一二三四]季度|\d{1,2}月份?)?"
        r"\s*(?P<mdir>{UP}|{DOWN})\s*(?P<mpct>{NUM})\s*%)?"
        r"(?:\s*[,，]\s*{YOY}\s*(?P<dir>{UP}|{DOWN})\s*(?P<pct>{NUM})\s*%)?",
        _output_after,
        (
            Example(  # a part said after the year before was looked back to is of the main year
                "据行业统计，2023年中国钐钴磁体产量为3200吨，同比增长8%；2022年产量为2960吨。"
                "其中，高端钐钴磁体产量约1500吨，较2022年有所提升。",
                (
                    ("production", "smco_magnet", "production", "2023", 3200, "t"),
                    ("production", "smco_magnet", "production_yoy_pct", "2023", 8, "%"),
                    ("production", "smco_magnet", "production", "2022", 2960, "t"),
                    ("production", "smco_magnet", "production", "2023", 1500, "t"),
                ),
                published="2024-03-10",
            ),
            Example(  # the rate against the same period a year before, said in words
                "英洛华2024年上半年磁性材料产品产量达到1.1万吨，较上年同期增加15%。",
                (
                    (
                        "production",
                        "magnetic_materials",
                        "production",
                        "2024-01/2024-06",
                        11000,
                        "t",
                    ),
                    (
                        "production",
                        "magnetic_materials",
                        "production_yoy_pct",
                        "2024-01/2024-06",
                        15,
                        "%",
                    ),
                ),
            ),
            Example(  # the months so far, their output said to be summed (累计产量)
                "今年1-9月，全国金属钕累计产量为2.1万吨，同比增长7.5%。",
                (
                    ("production", "nd_metal", "production", "2025-01/2025-09", 21000, "t"),
                    ("production", "nd_metal", "production_yoy_pct", "2025-01/2025-09", 7.5, "%"),
                ),
                published="2025-10-20",
                entity="china",
            ),
            Example(  # the rate against the year before said with 比上年 / 较去年
                "2024年正海磁材钕铁硼成品销量为1.52万吨，比上年增长6.1%；"
                "公司钐钴磁体产量为310吨，较去年下降4.5%。",
                (
                    ("production", "ndfeb_magnet", "sales", "2024", 15200, "t"),
                    ("production", "ndfeb_magnet", "sales_yoy_pct", "2024", 6.1, "%"),
                    ("production", "smco_magnet", "production", "2024", 310, "t"),
                    ("production", "smco_magnet", "production_yoy_pct", "2024", -4.5, "%"),
                ),
                published="2025-03-30",
            ),
            Example(  # magnets called 磁钢 ("magnet steel")
                "英洛华2024年钕铁硼磁钢产量为5230吨，同比下降3.6%。",
                (
                    ("production", "ndfeb_magnet", "production", "2024", 5230, "t"),
                    ("production", "ndfeb_magnet", "production_yoy_pct", "2024", -3.6, "%"),
                ),
            ),
            Example(
                "中科三环2024年半年度报告显示, 报告期内公司钕铁硼毛坯产量9,100吨, 同比增长8.1%; "
                "钕铁硼磁材销量8,300吨。",
                (
                    ("production", "ndfeb_blank", "production", "2024-01/2024-06", 9100, "t"),
                    (
                        "production",
                        "ndfeb_blank",
                        "production_yoy_pct",
                        "2024-01/2024-06",
                        8.1,
                        "%",
                    ),
                    ("production", "ndfeb_magnet", "sales", "2024-01/2024-06", 8300, "t"),
                ),
                published="2024-08-20",
            ),
            Example(  # the notice's own date line names the day it came out, not the year
                # its figures are of: 全年 stays the year the report covers
                "正海磁材2022年年度报告摘要\n发布时间：2023年4月12日\n\n"
                "公司全年生产钕铁硼磁钢1.6万吨，同比增长12%。\n",
                (
                    ("production", "ndfeb_magnet", "production", "2022", 16000, "t"),
                    ("production", "ndfeb_magnet", "production_yoy_pct", "2022", 12, "%"),
                ),
                published="2023-04-12",
            ),
            Example(  # the quarter before named after 环比: the q/q rate
                "宁波韵升2024年三季度钕铁硼毛坯产量为2860吨，环比二季度下降6.2%。",
                (
                    ("production", "ndfeb_blank", "production", "2024-Q3", 2860, "t"),
                    ("production", "ndfeb_blank", "production_qoq_pct", "2024-Q3", -6.2, "%"),
                ),
                published="2024-10-28",
            ),
            Example(  # a running total: "产量累计"
                "1-4月, 英洛华钕铁硼毛坯产量累计6,200吨。",
                (("production", "ndfeb_blank", "production", "2024-01/2024-04", 6200, "t"),),
            ),
            Example(  # a total over the product family: "总产量"; then a part of it, 其中
                "据协会统计，2024年全国稀土永磁材料总产量为30.7万吨，同比增长7.5%。"
                "其中，钐钴永磁产量为2900吨。",
                (
                    ("production", "re_permanent_magnet", "production", "2024", 307000, "t"),
                    ("production", "re_permanent_magnet", "production_yoy_pct", "2024", 7.5, "%"),
                    ("production", "smco_magnet", "production", "2024", 2900, "t"),
                ),
                published="2025-03-10",
            ),
            Example(  # a part of the month's output, 其中: the month, not the report's period
                "今年上半年国内毛坯产量为15万吨。6月国内毛坯产量为2.6万吨。其中高性能毛坯产量为1.1万吨。",
                (
                    ("production", "ndfeb_blank", "production", "2024-01/2024-06", 150000, "t"),
                    ("production", "ndfeb_blank", "production", "2024-06", 26000, "t"),
                    ("production", "ndfeb_blank", "production", "2024-06", 11000, "t"),
                ),
                published="2024-07-20",
            ),
            Example(  # a survey of the country's output: China's, with its monthly rate
                "据机构统计, 5月国内氧化镝产量为210吨, 环比下降2.5%, 同比增长4.0%。",
                (
                    ("production", "dy_oxide", "production", "2024-05", 210, "t"),
                    ("production", "dy_oxide", "production_mom_pct", "2024-05", -2.5, "%"),
                    ("production", "dy_oxide", "production_yoy_pct", "2024-05", 4.0, "%"),
                ),
                entity="china",
            ),
            Example(  # in a company's story, a total the trade's figures give is the country's
                "北方稀土：去年业绩稳中有升\n北方稀土披露2023年年度报告，经营稳健。"
                "行业数据显示，2023年氧化镨钕产量为9.2万吨，同比增长6%。",
                (
                    ("production", "prnd_oxide", "production", "2023", 92000, "t"),
                    ("production", "prnd_oxide", "production_yoy_pct", "2023", 6, "%"),
                ),
                published="2024-04-20",
                entity="china",
            ),
            Example(  # the source named after the figure
                "北方稀土：去年业绩稳中有升\n北方稀土披露2023年年度报告。2023年氧化铽产量为"
                "1500吨（数据来源：行业协会）。",
                (("production", "tb_oxide", "production", "2023", 1500, "t"),),
                published="2024-04-20",
                entity="china",
            ),
            Example(  # 全球 with a cited source: the world's
                "北方稀土：去年业绩稳中有升\n北方稀土披露2023年年度报告。据机构测算，2023年全球"
                "氧化镨钕产量为11万吨。",
                (("production", "prnd_oxide", "production", "2023", 110000, "t"),),
                published="2024-04-20",
                entity="global",
            ),
            Example(  # the company's own report keeps its figures, with or without 公司
                "北方稀土：去年业绩稳中有升\n北方稀土披露2023年年度报告。2023年氧化镨钕产量为"
                "2.5万吨，同比增长6%。年报数据显示，公司氧化铽产量为300吨。公司是国内稀土行业"
                "龙头，2023年氧化镝产量为900吨。",
                (
                    ("production", "prnd_oxide", "production", "2023", 25000, "t"),
                    ("production", "prnd_oxide", "production_yoy_pct", "2023", 6, "%"),
                    ("production", "tb_oxide", "production", "2023", 300, "t"),
                    ("production", "dy_oxide", "production", "2023", 900, "t"),
                ),
                published="2024-04-20",
                entity="china_northern_rare_earth",
            ),
            Example(  # a rough figure (约, 近) is still the output: no flag in FACTS.md
                "厦门钨业2024年稀土氧化物产量约1.8万吨，同比增长6.5%。"
                "据协会统计，4月全国烧结钕铁硼毛坯产量近2.6万吨。",
                (
                    ("production", "re_oxides", "production", "2024", 18000, "t"),
                    ("production", "re_oxides", "production_yoy_pct", "2024", 6.5, "%"),
                    ("production", "ndfeb_blank", "production", "2024-04", 26000, "t"),
                ),
                published="2025-05-20",
                holders=("xiamen_tungsten", "xiamen_tungsten", "china"),
            ),
            Example(  # a province's output in a company's story: the province's; 全省 after
                # it is the province named before
                "北方稀土：去年业绩稳中有升\n北方稀土披露2023年年度报告。"
                "2023年内蒙古氧化镨钕产量为6.1万吨。全省钕铁硼毛坯产量为3万吨。",
                (
                    ("production", "prnd_oxide", "production", "2023", 61000, "t"),
                    ("production", "ndfeb_blank", "production", "2023", 30000, "t"),
                ),
                published="2024-04-20",
                holders=("inner_mongolia", "inner_mongolia"),
            ),
            Example(  # a prefecture's half-year: its basis in brackets, separated products
                # (冶炼分离产品) as oxides, the month after 其中
                "赣州市稀土产业半年报\n据市工信局消息，1-6月全市稀土精矿产量（以REO计）为"
                "5,200吨，同比下降3.1%；稀土冶炼分离产品产量8,600吨。其中，6月单月冶炼分离"
                "产品产量1,540吨，环比增长2.0%。",
                (
                    ("production", "re_concentrate", "production", "2024-01/2024-06", 5200, "t"),
                    (
                        "production",
                        "re_concentrate",
                        "production_yoy_pct",
                        "2024-01/2024-06",
                        -3.1,
                        "%",
                    ),
                    ("production", "re_oxides", "production", "2024-01/2024-06", 8600, "t"),
                    ("production", "re_oxides", "production", "2024-06", 1540, "t"),
                    ("production", "re_oxides", "production_mom_pct", "2024-06", 2.0, "%"),
                ),
                published="2024-07-25",
                holders=("ganzhou", "ganzhou", "ganzhou", "ganzhou", "ganzhou"),
            ),
            Example(  # a whole city's word in an earlier clause scopes the sentence
                "北方稀土：去年业绩稳中有升\n北方稀土披露2023年年度报告。据悉，全市稀土产业持续"
                "壮大，钕铁硼毛坯产量为8.5万吨。",
                (),
                published="2024-04-20",
            ),
            Example(  # a whole city's firms ("全市规上企业") after a cited source: still the city's
                "龙岩市稀土产业简报\n数据显示，今年前三季度全市规上企业累计产出钕铁硼毛坯2.4万吨。",
                (),
                published="2024-10-25",
            ),
            Example(  # the company's output at its site in a province stays its own
                "北方稀土：去年业绩稳中有升\n北方稀土披露2023年年度报告。"
                "公司在内蒙古的氧化镨钕产量为2.2万吨。",
                (("production", "prnd_oxide", "production", "2023", 22000, "t"),),
                published="2024-04-20",
                entity="china_northern_rare_earth",
            ),
        ),
        doc="a company's (or the country's) output or sales with the verb after the product",
    ),
    Rule(
        "output_rate",
        "production",
        "zh",
        r"{PROD:p}(?:产品)?(?P<verb>产量|销量)\s*同比\s*(?P<dir>{UP}|{DOWN})\s*(?P<pct>{NUM})\s*%",
        _output_rate,
        (
            Example(
                "北方稀土2023年磁性材料产品产量同比下降4.5%。",
                (("production", "magnetic_materials", "production_yoy_pct", "2023", -4.5, "%"),),
            ),
            Example(  # 提升 is a rise as 增长 is
                "北方稀土2023年稀土金属产品产量同比提升7.2%。",
                (("production", "re_metals", "production_yoy_pct", "2023", 7.2, "%"),),
            ),
            Example(  # an association's figure in a company's story: the country's
                "盛和资源：海外矿山进展顺利\n盛和资源表示海外矿山进展顺利。协会数据显示，"
                "2023年稀土金属产量同比增长9.5%。",
                (("production", "re_metals", "production_yoy_pct", "2023", 9.5, "%"),),
                published="2024-04-20",
                entity="china",
            ),
            Example(  # a city's total in a story about its producers: neither theirs nor China's
                "赣州稀土产业稳步发展\n2024年全市产业链持续延伸，稀土永磁材料产量同比增长15.2%。"
                "中国稀土2024年稀土金属产量同比增长6%。",
                (("production", "re_metals", "production_yoy_pct", "2024", 6, "%"),),
                published="2025-01-20",
                entity="china_rare_earth_group",
            ),
        ),
    ),
]
RULES.append(
    Rule(
        "output_carried",
        "production",
        "zh",
        r"(?:^|[,，;；]|其中)\s*(?P<per>(?P<ago>(?:上年|去年)同期)|(?:\d{4}\s*年\s*)?(?:前[一二三]季度|(?:第)?[一二三四]季度|\d{1,2}月份?|[上下]半年)"
        r"(?:单季|单月|当月|当季)?|\d{4}\s*年(?:全年)?|(?<=[;；])|(?<=[,，])(?=成品))\s*(?P<back>同期)?(?:的)?\s*"
        r"(?P<back2>该|此|这一)?(?P<fin>成品)?(?P<verb>产量|销量|销售)\s*(?:为|达到|达)?\s*{Q:v}"
        r"(?:\s*[,，]\s*(?P<rel>{YOY}|{MOM})\s*(?P<dir>{UP}|{DOWN})\s*(?P<pct>{NUM})\s*%)?",
        _output_carried,
        (
            Example(  # blanks made, then the finished magnets (成品) sold in the same period
                "宁波韵升上半年钕铁硼毛坯产量约4,300吨，成品销量3,950吨，同比增长9.8%。",
                (
                    ("production", "ndfeb_blank", "production", "2025-01/2025-06", 4300, "t"),
                    ("production", "ndfeb_magnet", "sales", "2025-01/2025-06", 3950, "t"),
                    ("production", "ndfeb_magnet", "sales_yoy_pct", "2025-01/2025-06", 9.8, "%"),
                ),
                published="2025-08-20",
            ),
            Example(  # the same in a quarter, without a rate
                "三季度中科三环毛坯产量3,100吨，成品销量2,870吨。",
                (
                    ("production", "ndfeb_blank", "production", "2024-Q3", 3100, "t"),
                    ("production", "ndfeb_magnet", "sales", "2024-Q3", 2870, "t"),
                ),
                published="2024-10-28",
            ),
            Example(
                "2024年上半年, 盛和资源生产稀土氧化物1500吨。其中二季度单季产量820吨, 环比增长20.6%。",
                (
                    ("production", "re_oxides", "production", "2024-01/2024-06", 1500, "t"),
                    ("production", "re_oxides", "production", "2024-Q2", 820, "t"),
                    ("production", "re_oxides", "production_qoq_pct", "2024-Q2", 20.6, "%"),
                ),
                published="2024-07-25",
            ),
            Example(  # the verbs of an annual report: 生产 ..., 销售 ...
                "2023年中科三环生产钕铁硼磁材1.8万吨，同比增长6.5%；销售1.75万吨，同比增长5.2%。",
                (
                    ("production", "ndfeb_magnet", "production", "2023", 18000, "t"),
                    ("production", "ndfeb_magnet", "production_yoy_pct", "2023", 6.5, "%"),
                    ("production", "ndfeb_magnet", "sales", "2023", 17500, "t"),
                    ("production", "ndfeb_magnet", "sales_yoy_pct", "2023", 5.2, "%"),
                ),
                published="2024-04-20",
            ),
            Example(  # the year before's figure of the same output, named back by 该
                "2024年我国氧化镝产量为2100吨，同比增长5%；2023年该产量为2000吨。",
                (
                    ("production", "dy_oxide", "production", "2024", 2100, "t"),
                    ("production", "dy_oxide", "production_yoy_pct", "2024", 5, "%"),
                    ("production", "dy_oxide", "production", "2023", 2000, "t"),
                ),
                published="2025-02-10",
            ),
            Example(  # the same output a year back: 上年同期
                "今年1-5月国内氧化钕产量为2.3万吨，同比增长4%；上年同期该产量为2.2万吨。",
                (
                    ("production", "nd_oxide", "production", "2024-01/2024-05", 23000, "t"),
                    ("production", "nd_oxide", "production_yoy_pct", "2024-01/2024-05", 4, "%"),
                    ("production", "nd_oxide", "production", "2023-01/2023-05", 22000, "t"),
                ),
                published="2024-06-20",
            ),
            Example(  # a half-year with its year, the same output named back
                "据统计，2025年上半年国内钕铁硼毛坯产量达15.2万吨，2024年上半年同期的产量为14万吨。",
                (
                    ("production", "ndfeb_blank", "production", "2025-01/2025-06", 152000, "t"),
                    ("production", "ndfeb_blank", "production", "2024-01/2024-06", 140000, "t"),
                ),
                published="2025-08-10",
            ),
            Example(  # the sales after the output, in the same period
                "前三季度, 英洛华钕铁硼毛坯产量9200吨, 同比增长12.5%; 销量8800吨, 同比增长10.1%。",
                (
                    ("production", "ndfeb_blank", "production", "2024-01/2024-09", 9200, "t"),
                    (
                        "production",
                        "ndfeb_blank",
                        "production_yoy_pct",
                        "2024-01/2024-09",
                        12.5,
                        "%",
                    ),
                    ("production", "ndfeb_blank", "sales", "2024-01/2024-09", 8800, "t"),
                    ("production", "ndfeb_blank", "sales_yoy_pct", "2024-01/2024-09", 10.1, "%"),
                ),
                published="2024-10-25",
            ),
        ),
        doc="a part-period's output whose product the figure before named",
    )
)
for _r in RULES:
    REGISTRY.add(_r)
