"""A Chinese sentence that goes on about the figure the sentence before it gave.

"2024年中国稀土永磁出口58152吨。这一数字比2023年增长10%。" The second sentence names no goods
and no measure: it points back ("这一数字", "该数据", "上述产量", "这", "此") to the last
volume, quota or result said, and its rates are that figure's, each against the base its own
words name (同比, 环比, 比2023年, 比9月, 较上年同期). A sum it sets the figure against
("比2023年的52840吨增长10%") or gives for another period ("2023年这一数字为5.3万吨") is the same
series then. The English twin is :mod:`extractors.continued`; as there, a document remembers
the figures of the last sentence with digits (``ZhContext.last_said``) and a pointer sentence
reads them only in that sentence's paragraph or the next one. Quotas and results change only
year on year. The figure pointed to is the nearest one said (Chinese 这一数字 means the last
figure), unless the pointer sentence names the goods of another.
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import MASS_UNITS, MONEY_UNITS, Cand, Sent, sign
from reemarket.ingest.rules.zh_dates import Said, previous, shift_year
from reemarket.ingest.rules.zh_text import compile_pattern

#: The kinds whose figure a later sentence may go on about.
KINDS = ("trade", "production", "quota", "financial", "demand")
#: The kinds whose change is only told against the year before.
_YOY_ONLY = ("quota", "financial")

#: The nouns a pointer names the figure by: "这一数字", "该数据", "上述产量", "这一水平".
_NOUN = (
    r"(?:数字|数据|数值|数量|水平|规模|总量|业绩|结果|成绩|金额|额度|指标|产量|销量|出口量|进口量"
    r"|出口额|进口额|利润|净利润|收入|营收|营业收入|量)"
)
#: A pointer opening the sentence, after the period it may name first ("2023年这一数字为…"),
#: and a bare 这/此 only right before a comparison ("这比9月增加1.6%", "此较上年下降5%") or
#: as "这是/这也是" ("这也是年内新高，较7月增长5%").
POINTER = (
    r"^\s*(?P<when>[^,，。;；%]{0,10}?)(?P<ptr>(?:这一?|该|此一?|上述|前述|以上)\s*"
    r"(?:[两二三]\s*[个项组类]?\s*)?" + _NOUN + r"|二者|两者|"
    r"(?:这|此)(?=\s*(?:也|则|仍|已)?\s*(?:比|较|与|同比|环比|相比))|这\s*(?:也|则|仍)?\s*是)"
)
_POINTER = re.compile(POINTER)

#: A percent in the pointer sentence.
_PCT = compile_pattern(r"(?P<pct>{NUM})\s*%")
#: A quantity in the pointer sentence (tonnes or a sum).
_Q = compile_pattern("{Q}")
#: Words of the year before and of the period before.
_YEAR_BACK = re.compile(r"同比|年[增减]|按年|(?:上|去|前一|上一)年")
_STEP_BACK = re.compile(r"环比|按月|月[增减]|上月|上个月|前一个?月|上季度?|上一季度|前一季度")
#: What makes a percent no change of the figure: a share ("占全国的70%"), a level ("为5%").
_SHARE = re.compile(r"占|份额|比重|比例|之一")
#: A clause naming another measure: it speaks of other figures ("而进口量下降5%").
_OTHER = compile_pattern(r"{EXPORTS}|{IMPORTS}|产量|销量|指标|利润|收入|营收|价格|均价")


def remember(s: Sent, accepted: list[Cand]) -> None:
    """Keep the figures of a sentence with digits, for a pointer sentence after it.

    A pointer sentence itself leaves the figures it went on about in place.
    """
    if _POINTER.match(s.text):
        return
    figures = tuple(
        c for c in accepted if c.kind in KINDS and c.unit != "%" and not c.metric.endswith("_pct")
    )
    s.ctx.last_said = Said(s.ctx.paragraph, figures)


def _figure(s: Sent, said: Said) -> Cand | None:
    """The figure pointed to: the one whose goods the sentence names, else the last said."""
    named = {p.id for p in s.products}
    for c in reversed(said.figures):
        if c.subject in named:
            return c
    return said.figures[-1] if said.figures else None


def _cmp(words: str, dates: list[Period], base: Period) -> str | None:
    """Which rate a change is, by the words of its clause and the periods named as its base."""
    if dates:
        named = dates[-1]
        if named == shift_year(base) or (
            named.granularity is Granularity.YEAR and named.start.year == base.start.year - 1
        ):
            return "yoy"
        if not base.is_span and named == previous(base):
            return _step(base)
        return None
    if _YEAR_BACK.search(words):
        return "yoy"
    if _STEP_BACK.search(words) and not base.is_span:
        return _step(base)
    return None


def _step(base: Period) -> str | None:
    """The rate against the period just before: a month's m/m, a quarter's q/q."""
    return {Granularity.MONTH: "mom", Granularity.QUARTER: "qoq"}.get(base.granularity)


def _same_unit(unit: str, figure: Cand) -> bool:
    """Whether a quantity is in the figure's own kind of unit (tonnes, or a sum)."""
    return (unit in MASS_UNITS and figure.unit == "t") or (
        unit in MONEY_UNITS and figure.unit == unit
    )


def _value(s: Sent, text: str, figure: Cand) -> float | None:
    """A quantity's value in the figure's unit, or None when it is of another kind."""
    got = s.quantity(text, "pointer")
    if got is None or not _same_unit(got[1], figure):
        return None
    if got[1] in MONEY_UNITS:
        return round(got[0], 2)  # "167.2亿元": whole fen, as the results rules read sums
    return got[0] / 1000 if got[1] == "kg" else got[0]


def _base_period(s: Sent, lo: int, hi: int, words: str, figure: Cand) -> Period | None:
    """The period a sum in the pointer sentence is of: the one its words name, else none."""
    period = figure.period
    named = [d.period for d in s.dates if lo <= d.start and d.end <= hi]
    if named and period is not None and named[-1] != period:
        if named[-1].granularity is Granularity.YEAR and period.granularity is not (
            Granularity.YEAR
        ):
            return Period(
                period.start.replace(year=named[-1].start.year),
                period.end.replace(year=named[-1].start.year),
                period.granularity,
                period.is_span,
            )  # "1-9月…。去年同期/2023年这一数字为…": the same months that year
        return named[-1]
    if period is None:
        return None
    if _YEAR_BACK.search(words):
        return shift_year(period)
    if _STEP_BACK.search(words) and not period.is_span:
        return previous(period)
    return None


def _sums(s: Sent, m: re.Match[str], figure: Cand) -> list[Cand]:
    """Sums the pointer sentence gives of the same series for another period.

    "这一数字比2023年的52840吨增长10%": the series in 2023; "2023年这一数字为5.3万吨": the
    period named before the pointer.
    """
    out: list[Cand] = []
    for q in _Q.finditer(s.text, m.end()):
        value = _value(s, q.group(), figure)
        if value is None:
            continue
        lo = s.clause_start(q.start())
        if lo <= m.start("ptr") < q.start():  # "2023年这一数字为…": the words before it
            lo, words = 0, m.group("when")
        else:
            words = s.text[lo : q.start()]
            if not re.search(r"[比较]|相比|对比", words):
                continue  # a sum of another measure, not a base
        period = _base_period(s, lo, q.start(), words, figure)
        if period is None or period == figure.period:
            continue
        c = _derive(figure, figure.metric, period, value, figure.unit, q.start(), q.end())
        out.append(c)
    return out


def _derive(
    figure: Cand, metric: str, period: Period | None, value: float, unit: str, at: int, end: int
) -> Cand:
    """A candidate of the figure's series."""
    return Cand(
        figure.kind, figure.entity, figure.subject, metric, period, value, unit, at, end, "pointer"
    )


def _rates(s: Sent, m: re.Match[str], figure: Cand) -> list[Cand]:
    """The figure's changes the pointer sentence tells, each against its own clause's base.

    A period of its own named before the pointer ("9月单月这一数字环比增长5%" after the
    year-to-date figure) is the period the rates are of; a base word there ("上年同期该数字…")
    names no period of the rates.
    """
    own = [d.period for d in s.dates if d.end <= m.start("ptr") and not d.base]
    period = own[-1] if own else figure.period
    if period is None:
        return []
    out: list[Cand] = []
    for p in _PCT.finditer(s.text, m.end()):
        lo = max(s.clause_start(p.start()), m.end() if p.start() > m.end() else 0)
        words = s.text[lo : p.start()]
        if lo > m.end() and _OTHER.search(words):
            break  # "…，而进口量下降5%": another measure's, and so is all after it
        if _SHARE.search(words) or (way := sign(words)) == 0:
            continue
        dates = [d.period for d in s.dates if lo <= d.start and d.end <= p.start()]
        cmp = _cmp(words, dates, period)
        if cmp is None or (figure.kind in _YOY_ONLY and cmp != "yoy"):
            continue
        value = way * float(p.group("pct").replace(",", ""))
        metric = f"{figure.metric}_{cmp}_pct"
        out.append(_derive(figure, metric, period, value, "%", p.start(), p.end()))
    return out


#: Rates said of each figure in turn: "分别下降3%和6%".
_EACH = re.compile(r"分别|各自")


def _each_rates(s: Sent, m: re.Match[str], figures: tuple[Cand, ...]) -> list[Cand]:
    """The rates a pointer sentence pairs with the figures said before, in their order.

    "…出口5000吨，进口9000吨。这两个数字环比分别下降3%和6%": each figure its own rate; the
    base and direction words before the list are every rate's, a word right before one rate
    its own. The counts must agree, or none is read.
    """
    each = _EACH.search(s.text, m.end())
    if each is None:
        return []
    cut = re.search(r"[;；。]", s.text[each.end() :])
    hi = each.end() + cut.start() if cut else len(s.text)
    pcts = list(_PCT.finditer(s.text, each.end(), hi))
    if not pcts or len(pcts) != len(figures):
        return []
    shared = s.text[m.end() : pcts[0].start()]
    dates = [d.period for d in s.dates if m.end() <= d.start and d.end <= pcts[0].start()]
    out: list[Cand] = []
    last = pcts[0].start()
    for figure, p in zip(figures, pcts, strict=True):
        own = s.text[last : p.start()] if p is not pcts[0] else ""
        last = p.end()
        way = sign(own) or sign(shared)
        if figure.period is None or way == 0:
            return []
        cmp = _cmp(shared, dates, figure.period)
        if cmp is None or (figure.kind in _YOY_ONLY and cmp != "yoy"):
            return []
        value = way * float(p.group("pct").replace(",", ""))
        metric = f"{figure.metric}_{cmp}_pct"
        out.append(_derive(figure, metric, figure.period, value, "%", p.start(), p.end()))
    return out


def _pointed(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "…出口58152吨。这一数字比2023年增长10%。": the last figure's changes and bases."""
    said = s.ctx.last_said
    if said is None or not said.figures or said.paragraph < s.ctx.paragraph - 1:
        return []
    when = m.group("when")
    if when and not s.dates and not (_YEAR_BACK.search(when) or _STEP_BACK.search(when)):
        return []  # "据此，…", "对这一数字": no period led the pointer
    if len(said.figures) > 1 and _EACH.search(s.text, m.end()):
        return _each_rates(s, m, said.figures)  # "这两个数字环比分别下降3%和6%"
    figure = _figure(s, said)
    if figure is None:
        return []
    return _rates(s, m, figure) + _sums(s, m, figure)


RULE = Rule(
    "pointer_sentences",
    "production",
    "zh",
    POINTER,
    _pointed,
    (
        Example(  # exports, a year's rate against the year named
            "2024年中国稀土永磁出口58152吨。这一数字比2023年增长10%。",
            (
                ("trade", "re_permanent_magnet", "exports", "2024", 58152, "t"),
                ("trade", "re_permanent_magnet", "exports_yoy_pct", "2024", 10, "%"),
            ),
            published="2025-01-20",
        ),
        Example(  # a month's output, a bare 这 with two bases of its own
            "9月国内氧化镝产量为165吨。这比8月减少3.5%，比去年同期增加6.2%。",
            (
                ("production", "dy_oxide", "production", "2024-09", 165, "t"),
                ("production", "dy_oxide", "production_mom_pct", "2024-09", -3.5, "%"),
                ("production", "dy_oxide", "production_yoy_pct", "2024-09", 6.2, "%"),
            ),
            published="2024-10-18",
        ),
        Example(  # a result, the pointer in the next paragraph
            "盛和资源2024年上半年实现归属于上市公司股东的净利润2.4亿元。\n"
            "该数字较上年同期下降37.5%。",
            (
                ("financial", "", "net_profit_attributable", "2024-01/2024-06", 240000000, "CNY"),
                ("financial", "", "net_profit_attributable_yoy_pct", "2024-01/2024-06", -37.5, "%"),
            ),
            published="2024-08-20",
        ),
        Example(  # imports, 环比 and a base tonnage the pointer sentence gives
            "11月我国进口稀土化合物1.35万吨。上述数据环比下降8.1%，较去年同期的1.6万吨减少15.6%。",
            (
                ("trade", "rare_earths", "imports", "2024-11", 13500, "t"),
                ("trade", "rare_earths", "imports_mom_pct", "2024-11", -8.1, "%"),
                ("trade", "rare_earths", "imports_yoy_pct", "2024-11", -15.6, "%"),
                ("trade", "rare_earths", "imports", "2023-11", 16000, "t"),
            ),
            published="2024-12-20",
        ),
        Example(  # another year's figure pointed back to in the next sentence
            "2024年国内氧化镨钕产量为9.1万吨。2023年这一数字为8.2万吨。",
            (
                ("production", "prnd_oxide", "production", "2024", 91000, "t"),
                ("production", "prnd_oxide", "production", "2023", 82000, "t"),
            ),
            published="2025-02-10",
        ),
        Example(  # a result of the year before, the period said by 上年同期 before the pointer
            "盛和资源2024年实现营业收入113.5亿元。上年同期这一数字为167.2亿元。",
            (
                ("financial", "", "revenue", "2024", 11350000000, "CNY"),
                ("financial", "", "revenue", "2023", 16720000000, "CNY"),
            ),
            published="2025-04-20",
        ),
        Example(  # 这也是 …, the rate in a later clause against the month before
            "5月我国出口稀土永磁5200吨。这也是年内新高，较4月增长6.5%。",
            (
                ("trade", "re_permanent_magnet", "exports", "2024-05", 5200, "t"),
                ("trade", "re_permanent_magnet", "exports_mom_pct", "2024-05", 6.5, "%"),
            ),
            published="2024-06-20",
        ),
        Example(  # a month named before the pointer: the rates are that month's
            "1-8月我国出口稀土永磁3.6万吨。8月单月这一数字环比增长4.2%。",
            (
                ("trade", "re_permanent_magnet", "exports", "2024-01/2024-08", 36000, "t"),
                ("trade", "re_permanent_magnet", "exports_mom_pct", "2024-08", 4.2, "%"),
            ),
            published="2024-09-20",
        ),
        Example(  # two quotas, their rates in turn
            "2024年开采、冶炼分离指标分别为27万吨和25.4万吨。上述两项指标同比分别增长5.9%和4.2%。",
            (
                ("quota", "mining", "quota", "2024", 270000, "t"),
                ("quota", "smelting_separation", "quota", "2024", 254000, "t"),
                ("quota", "mining", "quota_yoy_pct", "2024", 5.9, "%"),
                ("quota", "smelting_separation", "quota_yoy_pct", "2024", 4.2, "%"),
            ),
        ),
        Example(  # exports and imports, each its own direction
            "10月我国出口稀土永磁5000吨，进口稀土9000吨。二者环比分别增长2%、下降6%。",
            (
                ("trade", "re_permanent_magnet", "exports", "2024-10", 5000, "t"),
                ("trade", "rare_earths", "imports", "2024-10", 9000, "t"),
                ("trade", "re_permanent_magnet", "exports_mom_pct", "2024-10", 2, "%"),
                ("trade", "rare_earths", "imports_mom_pct", "2024-10", -6, "%"),
            ),
            published="2024-11-20",
        ),
        Example(  # a share, and a pointer with no figure before it, give nothing
            "这一比例较上年提高5%。",
            (),
        ),
    ),
    doc="a sentence pointing back (这一数字, 该数据, 上述, 这比, 此较) to the last figure said;"
    " ZhContext.last_said, remembered by zh._sentence",
)
REGISTRY.add(RULE)
