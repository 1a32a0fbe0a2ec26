"""Chinese company-results rules: revenue, attributable profit (扣非 too), their changes."""

from __future__ import annotations

import re

from reemarket.domain.periods import Period
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import Cand, Sent, sign
from reemarket.ingest.rules.zh_dates import shift_year
from reemarket.ingest.rules.zh_text import compile_pattern, parse_number, slots, word_class

_METRICS = (
    "net_profit_attributable_recurring",
    "operating_cash_flow",
    "total_profit",
    "net_profit_attributable",
    "revenue",
)
_NEXT = compile_pattern("{METRIC}")
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"


def _money(s: Sent, text: str) -> tuple[float, float | None] | None:
    """A sum or a range of sums ("3700.55万元至5300.55万元", "3.71至4.41亿元") in yuan."""
    if "元" not in text or "美元" in text:
        s.warnings.append(f"zh_unit_unreadable: not a yuan sum: {text!r} (financial)")
        return None
    nums = re.findall(rf"({_NUM})\s*([万亿]?)", text)
    last_scale = nums[-1][1]
    vals = [parse_number(n, sc or last_scale) for n, sc in nums]
    if len(vals) == 2:
        return (min(vals), max(vals))
    return (vals[0], None)


def _signed(got: tuple[float, float | None], sign_word: str | None) -> tuple[float, float | None]:
    """A loss ("-2.95亿元", "亏损2.95亿元") as a negative sum; a range stays low-high."""
    if sign_word not in ("-", "亏损"):
        return got
    low, high = got
    if high is None:
        return (-low, None)
    return (-high, -low)


def _own_period(m: re.Match[str], s: Sent) -> Period | None:
    """The period named between a metric and its sum ("营业收入: 前三季度实现30亿元")."""
    if not m.groupdict().get("per"):
        return None
    lo, hi = m.start("per"), m.end("per")
    found = [d.period for d in s.dates if lo <= d.start < hi and not d.base]
    return found[-1] if found else None


#: The sum of another period said for comparison: "较上半年合计的4539.62万元大幅提升".
_NAMED_BASE = re.compile(
    r"较\s*(?P<d>[^,，。;；\d]{1,8}?|\d{4}\s*年[^,，。;；\d]{0,6}?)(?:合计|全年)?的\s*"
    r"(?P<bs>亏损|-)?\s*(?P<v>" + _NUM + r"\s*[万亿]?\s*元)(?!/)"
)


def _named_base(s: Sent, m: re.Match[str], tail: str, ent: str, metric: str) -> list[Cand]:
    """The metric's sum for the period a comparison names after the figure."""
    b = _NAMED_BASE.search(tail)
    if b is None:
        return []
    lo, hi = m.end() + b.start("d"), m.end() + b.end("d")
    then = [d.period for d in s.dates if lo <= d.start < hi]
    money = _money(s, b.group("v"))
    if not then or money is None:
        return []
    v = _signed(money, b.group("bs"))
    at = m.end() + b.start("v")
    return [
        Cand(
            "financial",
            ent,
            "",
            metric,
            then[0],
            v[0],
            "CNY",
            at,
            at + len(b.group("v")),
            "result",
            v[1],
        )
    ]


def _result(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "归属于上市公司股东的净利润4539.62万元, 上年同期为10.56亿元, 同比减少95.70%"."""
    metric = word_class(m.group("metric"), _METRICS)
    ent = s.company_before(m.start()) or s.ctx.company
    period = _own_period(m, s) or s.period_before(m.start()) or s.ctx.main
    got = _money(s, m.group("v"))
    if metric is None or ent is None or period is None or got is None:
        return []
    low, high = _signed(got, m.group("neg"))
    out = [
        Cand(
            "financial",
            ent,
            "",
            metric,
            period,
            low,
            "CNY",
            m.start("v"),
            m.end("v"),
            "result",
            high,
        )
    ]
    nxt = _NEXT.search(s.text, m.end())
    tail_end = nxt.start() if nxt else len(s.text)
    tail = s.text[m.end() : tail_end]
    base = re.search(
        r"(?:上年|去年)同期\s*(?:[(（][^()（）]{1,12}[)）])?\s*(?:仅仅|仅|只有|只|则)?\s*(?:为|是|的|录得)?\s*"
        r"(?P<bs>盈利|亏损|-)?\s*(?P<v>" + _NUM + r"\s*[万亿]?\s*元)(?!/)",
        tail,
    )
    if base:
        money = _money(s, base.group("v"))
        bv = _signed(money, base.group("bs")) if money is not None else None
        if bv is not None:
            at = m.end() + base.start("v")
            out.append(
                Cand(
                    "financial",
                    ent,
                    "",
                    metric,
                    shift_year(period),
                    bv[0],
                    "CNY",
                    at,
                    at + len(base.group("v")),
                    "result",
                    bv[1],
                )
            )
    out.extend(_named_base(s, m, tail, ent, metric))
    pct = re.search(
        rf"(?P<yoy>{slots()['YOY']})\s*(?P<dir>[^\d%,，;；]{{0,4}}?)\s*(?P<a>"
        + _NUM
        + r")(?![\d.]|\s*倍)\s*%?(?:\s*(?:至|到|~|-)\s*(?P<b>"
        + _NUM
        + r")\s*%)?",
        tail,
    )
    if pct:
        k = sign(pct.group("yoy") + pct.group("dir")) or 1  # "年增" says its direction
        a = k * float(pct.group("a"))
        b = k * float(pct.group("b")) if pct.group("b") else None
        lo, hi = (a, b) if b is None or a <= b else (b, a)
        at = m.end() + pct.start("a")
        out.append(
            Cand(
                "financial",
                ent,
                "",
                f"{metric}_yoy_pct",
                period,
                lo,
                "%",
                at,
                m.end() + pct.end(),
                "result",
                hi,
            )
        )
    return out


#: A results period said between the metric and its sum: "前三季度", "第三季度单季", "上半年".
PERIOD = (
    r"(?:\d{4}\s*年\s*)?(?:前[一二三]季度|(?:第)?[一二三四]季度(?:单季)?|[上下]半年|全年"
    r"|\d{1,2}\s*[-—至]\s*\d{1,2}\s*月(?:份)?)"
)


def _result_carried(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "归母净利润: 前三季度2.86亿元; 第三季度单季为1.21亿元": the metric said before."""
    before = list(_NEXT.finditer(s.text, 0, m.start()))
    metric = word_class(before[-1].group(), _METRICS) if before else None
    ent = s.company_before(m.start()) or s.ctx.company
    period = _own_period(m, s)
    got = _money(s, m.group("v"))
    if metric is None or ent is None or period is None or got is None:
        return []
    low, high = _signed(got, m.group("neg"))
    return [
        Cand(
            "financial",
            ent,
            "",
            metric,
            period,
            low,
            "CNY",
            m.start("v"),
            m.end("v"),
            "result_carried",
            high,
        )
    ]


RULES = [
    Rule(
        "result",
        "financial",
        "zh",
        r"(?P<metric>{METRIC})\s*[:：]?\s*(?P<per>" + PERIOD + r")?\s*(?:实现)?\s*"
        r"(?:仅为|仅|只有|为|达|达到|约|预计为|预计)?\s*(?P<neg>-|亏损)?\s*"
        r"(?P<v>{NUM}\s*[万亿]?\s*(?:元)?\s*(?:至|到|~|-|—)\s*{NUM}\s*[万亿]?\s*元|{NUM}\s*[万亿]?\s*元)(?!/)",
        _result,
        (
            Example(  # a year looked back on in passing does not become the story's year
                "2024年前三季度，宁波韵升实现营业收入32.1亿元。回顾2023年全年，公司营业收入为"
                "41.5亿元。单看第三季度，公司营业收入11.8亿元。",
                (
                    ("financial", "", "revenue", "2024-01/2024-09", 3210000000, "CNY"),
                    ("financial", "", "revenue", "2023", 4150000000, "CNY"),
                    ("financial", "", "revenue", "2024-Q3", 1180000000, "CNY"),
                ),
                published="2024-10-28",
            ),
            Example(  # 扣非后 (after non-recurring items) before the profit word: the recurring one
                "盛和资源前三季度归母净利润5.6亿元, 扣非后归母净利润5.1亿元, 同比下降12.4%。",
                (
                    (
                        "financial",
                        "",
                        "net_profit_attributable",
                        "2024-01/2024-09",
                        560000000,
                        "CNY",
                    ),
                    (
                        "financial",
                        "",
                        "net_profit_attributable_recurring",
                        "2024-01/2024-09",
                        510000000,
                        "CNY",
                    ),
                    (
                        "financial",
                        "",
                        "net_profit_attributable_recurring_yoy_pct",
                        "2024-01/2024-09",
                        -12.4,
                        "%",
                    ),
                ),
                published="2024-10-25",
            ),
            Example(  # a note in brackets after the base's period
                "盛和资源预计2024年度归属于母公司所有者的净利润2亿元, 与上年同期（法定披露数据）3.3亿元相比下降。",
                (
                    ("financial", "", "net_profit_attributable", "2024", 200000000, "CNY"),
                    ("financial", "", "net_profit_attributable", "2023", 330000000, "CNY"),
                ),
                published="2025-01-20",
            ),
            Example(
                "中国稀土公告2023年上半年营业收入20.5亿元, 上年同期为18亿元, 同比增长13.89%。",
                (
                    ("financial", "", "revenue", "2023-01/2023-06", 2050000000, "CNY"),
                    ("financial", "", "revenue", "2022-01/2022-06", 1800000000, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2023-01/2023-06", 13.89, "%"),
                ),
            ),
            Example(
                "北方稀土预计2024年度归母净利润为9亿元至10亿元, 同比下降60%至64%。",
                (
                    (
                        "financial",
                        "",
                        "net_profit_attributable",
                        "2024",
                        (900000000, 1000000000),
                        "CNY",
                    ),
                    ("financial", "", "net_profit_attributable_yoy_pct", "2024", (-64, -60), "%"),
                ),
            ),
            Example(  # traditional characters; 年減 says its direction
                "盛和資源2024年營業收入113.5億元，年減3.2%。",
                (
                    ("financial", "", "revenue", "2024", 11350000000, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2024", -3.2, "%"),
                ),
            ),
            Example(
                "中国稀土2024年归属于上市公司股东的净利润：-2.95亿元，上年同期为盈利1.29亿元。",
                (
                    ("financial", "", "net_profit_attributable", "2024", -295000000, "CNY"),
                    ("financial", "", "net_profit_attributable", "2023", 129000000, "CNY"),
                ),
            ),
            Example(  # another period's sum named for comparison
                "北方稀土第三季度归母净利润3.2亿元, 较上半年合计的0.5亿元大幅提升。",
                (
                    ("financial", "", "net_profit_attributable", "2024-Q3", 320000000, "CNY"),
                    (
                        "financial",
                        "",
                        "net_profit_attributable",
                        "2024-01/2024-06",
                        50000000,
                        "CNY",
                    ),
                ),
                published="2024-10-28",
            ),
            Example(  # the period between the metric and its sum; a loss the year before
                "盛和资源2025年三季报: 营业收入: 前三季度实现25.1亿元, 同比增长12.5%; "
                "归母净利润: 前三季度1.8亿元, 上年同期为-0.9亿元。",
                (
                    ("financial", "", "revenue", "2025-01/2025-09", 2510000000, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2025-01/2025-09", 12.5, "%"),
                    (
                        "financial",
                        "",
                        "net_profit_attributable",
                        "2025-01/2025-09",
                        180000000,
                        "CNY",
                    ),
                    (
                        "financial",
                        "",
                        "net_profit_attributable",
                        "2024-01/2024-09",
                        -90000000,
                        "CNY",
                    ),
                ),
                published="2025-10-20",
            ),
            Example(  # Hong Kong wording: the six months to a closing day; the base 仅为
                "中國稀土公布業績, 截至今年6月30日止六個月, 營業收入20.4億元, 按年增長8.1%; "
                "純利1.2億元, 去年同期僅為3000萬元。",
                (
                    ("financial", "", "revenue", "2025-01/2025-06", 2040000000, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2025-01/2025-06", 8.1, "%"),
                    (
                        "financial",
                        "",
                        "net_profit_attributable",
                        "2025-01/2025-06",
                        120000000,
                        "CNY",
                    ),
                    (
                        "financial",
                        "",
                        "net_profit_attributable",
                        "2024-01/2024-06",
                        30000000,
                        "CNY",
                    ),
                ),
                published="2025-08-25",
            ),
            Example(  # an interim to the month's end ("截至…6月底止中期"), the base said after;
                # a growth in times (倍) is no percent
                "寧波韻升公布截至今年6月底止中期業績, 營業收入25.1億元, 按年增長4.2%, "
                "去年同期為24.09億元; 純利1.8億元, 按年增長約2.1倍。",
                (
                    ("financial", "", "revenue", "2025-01/2025-06", 2510000000, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2025-01/2025-06", 4.2, "%"),
                    ("financial", "", "revenue", "2024-01/2024-06", 2409000000, "CNY"),
                    (
                        "financial",
                        "",
                        "net_profit_attributable",
                        "2025-01/2025-06",
                        180000000,
                        "CNY",
                    ),
                ),
                published="2025-08-20",
            ),
            Example(  # the nine months to September; a year to December is that year
                "盛和資源截至2024年9月30日止九個月營業收入80億元。"
                "截至2023年12月31日止年度, 營業收入110億元。",
                (
                    ("financial", "", "revenue", "2024-01/2024-09", 8000000000, "CNY"),
                    ("financial", "", "revenue", "2023", 11000000000, "CNY"),
                ),
                published="2024-10-30",
            ),
            Example(  # 首季 is the first quarter; 去年上半年 last year's first half, its own period
                "盛和資源首季營業收入30億元。去年上半年, 公司營業收入為55億元。",
                (
                    ("financial", "", "revenue", "2025-Q1", 3000000000, "CNY"),
                    ("financial", "", "revenue", "2024-01/2024-06", 5500000000, "CNY"),
                ),
                published="2025-05-10",
            ),
            Example(  # 首三季 / 首兩季: the quarters from the year's start (Hong Kong wording)
                "廈門鎢業今年首三季營業收入90億元，按年增長12.5%。集團去年首兩季純利3.2億元。",
                (
                    ("financial", "", "revenue", "2025-01/2025-09", 9000000000, "CNY"),
                    ("financial", "", "revenue_yoy_pct", "2025-01/2025-09", 12.5, "%"),
                    (
                        "financial",
                        "",
                        "net_profit_attributable",
                        "2024-01/2024-06",
                        320000000,
                        "CNY",
                    ),
                ),
                published="2025-10-28",
            ),
            Example(  # 当季 is the quarter the sentence just named
                "盛和资源披露2024年年报。分季度看, 第四季度是全年最好的一季, 当季实现营业收入35亿元。",
                (("financial", "", "revenue", "2024-Q4", 3500000000, "CNY"),),
                published="2025-04-20",
            ),
            Example(  # profit before tax
                "北方稀土2024年全年实现利润总额18亿元。",
                (("financial", "", "total_profit", "2024", 1800000000, "CNY"),),
                published="2025-04-20",
            ),
            Example(
                "中国稀土2024年扣除非经常性损益后的净利润亏损3.08亿元。",
                (
                    (
                        "financial",
                        "",
                        "net_profit_attributable_recurring",
                        "2024",
                        -308000000,
                        "CNY",
                    ),
                ),
            ),
        ),
    ),
]
RULES.append(
    Rule(
        "result_carried",
        "financial",
        "zh",
        r"[,，;；]\s*(?:其中)?\s*(?P<per>" + PERIOD + r")\s*(?:实现)?\s*(?:为|达|约)?\s*"
        r"(?P<neg>-|亏损)?\s*(?P<v>{NUM}\s*[万亿]?\s*元)(?!/)",
        _result_carried,
        (
            Example(
                "盛和资源归母净利润: 上半年3.1亿元, 第二季度单季为1.9亿元。",
                (
                    (
                        "financial",
                        "",
                        "net_profit_attributable",
                        "2025-01/2025-06",
                        310000000,
                        "CNY",
                    ),
                    ("financial", "", "net_profit_attributable", "2025-Q2", 190000000, "CNY"),
                ),
                published="2025-08-20",
            ),
        ),
        doc="a period's sum whose metric an earlier clause of the sentence named",
    )
)
for _r in RULES:
    REGISTRY.add(_r)
