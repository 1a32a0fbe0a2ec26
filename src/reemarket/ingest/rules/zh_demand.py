"""Chinese demand rules: a sector's figures with their changes, and demand growth forecasts.

A sector's output, sales, share and new capacity; a product's demand growth forecast (its
compound annual growth rate over future years).
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Period
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import Cand, Sent, sign
from reemarket.ingest.rules.zh_text import (
    NUM,
    compile_pattern,
    parse_number,
    vocab,
    word_class,
    words,
)

_SECTOR = compile_pattern("{SECTOR}")
_OTHER_POWER = compile_pattern("{OTHER_POWER}")
_NEV_KIND = compile_pattern("{NEV_KIND}")


def _sector(s: Sent, at: int) -> str | None:
    """The last sector named before ``at``, unless another power source is named after it.

    Nor when a kind of NEV is named with it or after it ("纯电动汽车销量…", "其中插混车型…"):
    the figure is that kind's, not the sector's.
    """
    found = list(_SECTOR.finditer(s.text, 0, at))
    if not found or _OTHER_POWER.search(s.text, found[-1].end(), at):
        return None
    if _NEV_KIND.search(s.text, max(0, found[-1].start() - 3), at):
        return None
    found_words = [m.group() for m in found]
    for sid, names in vocab()["sectors"].items():
        if found_words[-1] in names:
            return sid
    return None


def _where(s: Sent, m: re.Match[str]) -> str:
    """A figure is China's unless its clause says it is the world's ("2024年全球风电新增装机")."""
    return "global" if "全球" in s.text[s.clause_start(m.start()) : m.end()] else "china"


def _period(s: Sent, at: int) -> Period | None:
    p = s.period_before(at)
    if p is not None:
        return p
    if re.match(r"\s*其中", s.text) and s.ctx.last_period is not None:
        return s.ctx.last_period  # "截至2024年12月底, 全国…。其中, 风电…": the same period
    return Period.year(s.ctx.year) if s.ctx.year else None


def _figure(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "新能源汽车产量达1288.8万辆, 同比增长34.4%": a sector's figure and its change."""
    sector = _sector(s, m.end("verb"))  # "累计发电装机容量": the sector word runs into the verb
    period = _period(s, m.start())
    if sector is None or period is None:
        return []
    verb = m.group("verb")
    metric = "installed_capacity" if "装机" in verb else word_class(verb, ("sales", "production"))
    if metric is None:
        return []
    out: list[Cand] = []
    if metric == "installed_capacity" and m.group("n"):
        kw = parse_number(m.group("n").replace(",", ""), m.group("sc") or "")
        out.append(
            Cand(
                "demand",
                _where(s, m),
                sector,
                metric,
                period,
                kw,
                "kW",
                m.start("n"),
                m.end("n"),
                "demand",
            )
        )
    if m.group("pct"):
        k = sign(m.group("yoy") + (m.group("dir") or "")) or 1  # "年增" says its direction
        out.append(
            Cand(
                "demand",
                _where(s, m),
                sector,
                f"{metric}_yoy_pct",
                period,
                k * float(m.group("pct")),
                "%",
                m.start("pct"),
                m.end("pct"),
                "demand",
            )
        )
    return out


#: kW per unit of power as reports write it: GW (吉瓦), MW (兆瓦), 万千瓦 (千瓩 in Taiwan).
_KW = {
    "GW": 1e6,
    "吉瓦": 1e6,
    "MW": 1e3,
    "兆瓦": 1e3,
    "亿千瓦": 1e8,
    "万千瓦": 1e4,
    "千瓦": 1.0,
    "千瓩": 1.0,
}
#: The year before's figure said after it: "上年为75GW", "2023年为75GW", "去年同期为…".
_PRIOR_POWER = re.compile(
    r"\s*[,，]\s*(?P<d>上年|去年|前一年|\d{4}\s*年)(?:同期)?\s*(?:为|是|则为)\s*(?P<n>"
    + NUM
    + r")\s*(?P<u>GW|吉瓦|MW|兆瓦|亿千瓦|万千瓦)"
)


def _power(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "2024年风电新增装机79.8GW, 上年为75GW": new capacity in GW or MW, in kW."""
    sector = _sector(s, m.start())
    period = _period(s, m.start())
    if sector is None or period is None:
        return []
    kw = parse_number(m.group("n").replace(",", "")) * _KW[m.group("u")]
    at, end = m.start("n"), m.end("n")
    out = [
        Cand(
            "demand",
            _where(s, m),
            sector,
            "installed_capacity",
            period,
            kw,
            "kW",
            at,
            end,
            "demand",
        )
    ]
    prior = _PRIOR_POWER.match(s.text, m.end())
    if prior is not None and period.granularity.value == "year" and not period.is_span:
        d = prior.group("d")
        year = int(d[:4]) if d[:1].isdigit() else period.start.year - 1
        if year < period.start.year:
            v = parse_number(prior.group("n").replace(",", "")) * _KW[prior.group("u")]
            out.append(
                Cand(
                    "demand",
                    _where(s, m),
                    sector,
                    "installed_capacity",
                    Period.year(year),
                    v,
                    "kW",
                    prior.start("n"),
                    prior.end("n"),
                    "demand",
                )
            )
    return out


def _power_against(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "风电新增装机80万千瓦, 较上年的70万千瓦增加14.3%": the year's figure, the base, the rate."""
    sector = _sector(s, m.end("verb"))
    period = _period(s, m.start())
    if sector is None or period is None or period.is_span or period.granularity.value != "year":
        return []
    d = m.group("d")
    year = int(d[:4]) if d[:1].isdigit() else period.start.year - 1
    if year >= period.start.year:
        return []
    out: list[Cand] = []
    for n, sc, u, p in (("n", "sc", "u", period), ("n2", "sc2", "u2", Period.year(year))):
        kw = parse_number(m.group(n), m.group(sc)) * _KW[m.group(u)]
        out.append(
            Cand(
                "demand",
                "china",
                sector,
                "installed_capacity",
                p,
                kw,
                "kW",
                m.start(n),
                m.end(n),
                "demand_power_against",
            )
        )
    k = sign(m.group("dir")) or 1
    out.append(
        Cand(
            "demand",
            "china",
            sector,
            "installed_capacity_yoy_pct",
            period,
            k * float(m.group("pct")),
            "%",
            m.start("pct"),
            m.end("pct"),
            "demand_power_against",
        )
    )
    return out


def _pair(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "新能源汽车产销分别为600万辆和590万辆, 同比分别增长30%和28%": output, then sales."""
    sector = _sector(s, m.start())
    period = _period(s, m.start())
    if sector is None or period is None:
        return []
    k = sign(m.group("yoy") + (m.group("dir") or "")) or 1
    return [
        Cand(
            "demand",
            "china",
            sector,
            f"{metric}_yoy_pct",
            period,
            k * float(m.group(g)),
            "%",
            m.start(g),
            m.end(g),
            "demand_pair",
        )
        for metric, g in (("production", "p1"), ("sales", "p2"))
    ]


def _share(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "新能源汽车新车销量占汽车新车总销量的40.9%": a sector's share of all sales."""
    sector = _sector(s, m.end("head"))
    period = _period(s, m.start())
    if sector is None or period is None:
        return []
    return [
        Cand(
            "demand",
            "china",
            sector,
            "sales_share_pct",
            period,
            float(m.group("pct")),
            "%",
            m.start("pct"),
            m.end("pct"),
            "demand_share",
        )
    ]


#: A forecast's years: "2024-2030年", "2025至2030年" (a span), or "到2030年" (from the doc's year).
_YEARS = re.compile(r"(?P<y1>\d{4})\s*年?\s*[-~至到—－]\s*(?P<y2>\d{4})\s*年")
_UNTIL = re.compile(
    "(?:到|至|" + "|".join(re.escape(w) for w in words("as_of")) + r")\s*(?P<y2>\d{4})\s*年"
)
#: The rate after the growth word ("复合增速为12%-15%") or before it ("以11%的年均复合增速").
_RATE_AFTER = compile_pattern(
    r"\s*(?:(?:预计|预期|有望|可望|将|或|可|约)\s*){0,3}(?:为|达到|达|在|维持在|保持在)?\s*(?:约)?\s*"
    r"(?:{PCTR:r}|{PCT:p})"
)
_RATE_BEFORE = compile_pattern(
    r"(?:以|按)\s*(?:年均)?\s*(?:约)?\s*(?:{PCTR:r}|{PCT:p})\s*(?:左右)?\s*的\s*(?:年均)?$"
)
_DEMAND_NOUN = compile_pattern("{DEMAND_NOUN}")
_PCT_NUM = re.compile(NUM)


def _forecast_years(s: Sent) -> Period | None:
    m = _YEARS.search(s.text)
    if m is not None:
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
    else:
        u = _UNTIL.search(s.text)
        base = s.ctx.published.year if s.ctx.published else s.ctx.year  # "到2030年": from now
        if u is None or base is None:
            return None
        y1, y2 = base, int(u.group("y2"))
    return Period.span(Period.year(y1), Period.year(y2)) if y1 < y2 else None


def _cagr(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "2024-2030年全球钕铁硼需求年均复合增速为12%-15%": a demand growth forecast."""
    rate = _RATE_AFTER.match(s.text, m.end()) or _RATE_BEFORE.search(s.text, 0, m.start())
    return _forecast(rate, m.start(), s)


def _cagr_pace(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "全球氧化镨钕需求将以年均9%左右的速度增长": the yearly pace of demand growth."""
    return _forecast(m, m.start(), s)


#: "高性能钕铁硼" / "烧结钕铁硼" are sintered magnets by name; plain 钕铁硼 is the sector
_SINTERED = re.compile("|".join(re.escape(w) for w in words("sintered")))  # zh.toml


def _cagr_subject(name: str, pid: str) -> str:
    """The subject of a demand forecast: NdFeB as a sector unless named as sintered magnets."""
    if not pid.startswith("ndfeb"):
        return pid
    return "ndfeb_magnet" if _SINTERED.search(name) else "ndfeb"


def _segment(s: Sent, lo: int, hi: int) -> str | None:
    """The end-use sector named between ``lo`` and ``hi`` (a demand segment), if any."""
    found = list(_SECTOR.finditer(s.text, lo, hi))
    if not found:
        return None
    word = found[-1].group()
    return next((sid for sid, names in vocab()["sectors"].items() if word in names), None)


def _forecast(rate: re.Match[str] | None, at: int, s: Sent) -> list[Cand]:
    """The forecast of a growth rate found at ``at``: its product, its years, who grows."""
    noun = list(_DEMAND_NOUN.finditer(s.text, 0, at))
    period = _forecast_years(s)
    if rate is None or not noun or period is None:
        return []
    named = [p for p in s.products if p.end <= noun[-1].start()]
    if not named:
        return []
    # the qualifier stands just before the product name ("高性能钕铁硼")
    subject = _cagr_subject(s.text[max(0, named[-1].start - 3) : named[-1].end], named[-1].id)
    # a segment named after it: "其中新能源汽车领域需求复合增速约为18%" is that sector's
    subject = _segment(s, named[-1].end, noun[-1].start()) or subject
    head = s.text[: named[-1].start]
    entity = "china" if re.search(r"国内|我国|中国", head) and "全球" not in head else "global"
    g = "r" if rate.group("r") else "p"
    nums = [float(n.replace(",", "")) for n in _PCT_NUM.findall(rate.group(g))]
    return [
        Cand(
            "forecast",
            entity,
            subject,
            "demand_cagr_pct",
            period,
            nums[0],
            "%",
            rate.start(g),
            rate.end(g),
            "cagr",
            high=nums[1] if len(nums) == 2 else None,
        )
    ]


RULES = [
    Rule(
        "cagr",
        "forecast",
        "zh",
        r"(?P<cagr>{CAGR})",
        _cagr,
        (
            Example(  # a segment after the whole: the segment's sector
                "我们预计，2025-2030年全球高性能钕铁硼需求年均复合增速为12%，其中风电领域需求"
                "复合增速约为9%。",
                (
                    ("forecast", "ndfeb_magnet", "demand_cagr_pct", "2025/2030", 12, "%"),
                    ("forecast", "wind_power", "demand_cagr_pct", "2025/2030", 9, "%"),
                ),
            ),
            Example(
                "有机构测算, 2025-2035年全球钕铁硼磁材需求年均复合增长率约为9.8%。",
                (("forecast", "ndfeb", "demand_cagr_pct", "2025/2035", 9.8, "%"),),
            ),
            Example(
                "我们预计到2030年, 全球氧化镨钕需求量将以7%-9%的年均复合增速增长。",
                (("forecast", "prnd_oxide", "demand_cagr_pct", "2024/2030", (7, 9), "%"),),
            ),
            Example("2023年全球钕铁硼产量年均复合增速为12%。", ()),
            Example(  # high-performance (sintered) NdFeB is the magnet itself
                "据测算, 2025-2030年全球高性能钕铁硼需求年均复合增速约为13%。",
                (("forecast", "ndfeb_magnet", "demand_cagr_pct", "2025/2030", 13, "%"),),
            ),
            Example(
                "我们预计全球烧结钕铁硼需求2024-2029年复合增长率达11%。",
                (("forecast", "ndfeb_magnet", "demand_cagr_pct", "2024/2029", 11, "%"),),
            ),
            Example(
                "机构预计2025-2030年全球钕铁硼需求年均复合增速为10%-13%。",
                (("forecast", "ndfeb", "demand_cagr_pct", "2025/2030", (10, 13), "%"),),
            ),
            Example(  # Taiwan's 年複合成長率, "可望達到"
                "研究機構估計，2025至2032年全球氧化鏑需求年複合成長率可望達到7.2%。",
                (("forecast", "dy_oxide", "demand_cagr_pct", "2025/2032", 7.2, "%"),),
            ),
            Example(
                "2024至2028年国内氧化镨钕需求复合增长率约8.5%。",
                (("forecast", "prnd_oxide", "demand_cagr_pct", "2024/2028", 8.5, "%"),),
            ),
            Example(
                "国内稀土永磁需求在2025-2030年间的年复合增长率预计可达10.5%。",
                (("forecast", "re_permanent_magnet", "demand_cagr_pct", "2025/2030", 10.5, "%"),),
            ),
        ),
    ),
    Rule(
        "cagr_pace",
        "forecast",
        "zh",
        r"年均\s*(?:约)?\s*(?:{PCTR:r}|{PCT:p})\s*(?:左右)?\s*的\s*(?:速度|速率|增速|增幅)",
        _cagr_pace,
        (
            Example(
                "到2030年, 全球氧化镝需求将以年均6%左右的速度增长。",
                (("forecast", "dy_oxide", "demand_cagr_pct", "2024/2030", 6, "%"),),
            ),
        ),
    ),
    Rule(
        "demand",
        "demand",
        "zh",
        r"(?P<verb>{DEMAND})\s*(?:达到|达|为|约)?\s*"
        r"(?:(?P<n>{NUM})\s*(?P<sc>[万亿]?)\s*(?:千瓦|千瓩|辆))?\s*[,，]?\s*"
        r"(?P<yoy>{YOY})\s*(?P<dir>{UP}|{DOWN})?\s*(?:约)?\s*(?P<pct>{NUM})\s*%",
        _figure,
        (
            Example(  # a kind of NEV (纯电动, 插电式混合动力) is not the sector as a whole
                "1-10月新能源汽车销量同比增长33.9%，其中纯电动汽车销量同比增长13.2%，"
                "插电式混合动力汽车销量同比增长79.4%。",
                (("demand", "nev", "sales_yoy_pct", "2024-01/2024-10", 33.9, "%"),),
                published="2024-11-12",
            ),
            Example(  # the same when the kind follows the sector word in a later clause
                "2025年上半年电动汽车产量同比增长41.4%，增程式车型产量同比增长12%。",
                (("demand", "nev", "production_yoy_pct", "2025-01/2025-06", 41.4, "%"),),
                published="2025-07-15",
            ),
            Example(
                "2023年我国新能源汽车销量949.5万辆, 同比增长37.9%; 风电新增并网装机7590万千瓦, 同比增长101%。",
                (
                    ("demand", "nev", "sales_yoy_pct", "2023", 37.9, "%"),
                    ("demand", "wind_power", "installed_capacity", "2023", 75900000, "kW"),
                    ("demand", "wind_power", "installed_capacity_yoy_pct", "2023", 101, "%"),
                ),
            ),
            Example(  # all generating capacity; a Taiwan report's 億千瓦 and 年增
                "截至今年3月底，全國累計發電裝機容量約31億千瓦，年增12.5%。",
                (
                    ("demand", "power_generation", "installed_capacity", "2024-03", 3.1e9, "kW"),
                    (
                        "demand",
                        "power_generation",
                        "installed_capacity_yoy_pct",
                        "2024-03",
                        12.5,
                        "%",
                    ),
                ),
            ),
            Example(  # a solar or hydro figure after the wind one is no wind figure
                "截至2024年6月底，全国风电装机容量约4.7亿千瓦，同比增长19.9%；光伏发电装机容量"
                "约7.1亿千瓦，同比增长51.6%；水电装机4.3亿千瓦，同比增长2.5%。",
                (
                    ("demand", "wind_power", "installed_capacity", "2024-06", 4.7e8, "kW"),
                    ("demand", "wind_power", "installed_capacity_yoy_pct", "2024-06", 19.9, "%"),
                ),
                published="2024-07-20",
            ),
            Example(  # a "其中" sentence keeps the as-of month of the total before it
                "截至2023年6月底，全国累计发电装机容量27.1亿千瓦，同比增长10.8%。"
                "其中，风电装机容量3.9亿千瓦，同比增长13.7%。",
                (
                    ("demand", "power_generation", "installed_capacity", "2023-06", 2.71e9, "kW"),
                    (
                        "demand",
                        "power_generation",
                        "installed_capacity_yoy_pct",
                        "2023-06",
                        10.8,
                        "%",
                    ),
                    ("demand", "wind_power", "installed_capacity", "2023-06", 3.9e8, "kW"),
                    ("demand", "wind_power", "installed_capacity_yoy_pct", "2023-06", 13.7, "%"),
                ),
                published="2023-07-20",
            ),
            Example(  # 千瓩 is the kilowatt; a hedged rate after the yoy word
                "2023年大陸風電新增裝機容量6500萬千瓩，年增約12%。",
                (
                    ("demand", "wind_power", "installed_capacity", "2023", 65000000, "kW"),
                    ("demand", "wind_power", "installed_capacity_yoy_pct", "2023", 12, "%"),
                ),
            ),
        ),
    ),
    Rule(
        "demand_power_against",
        "demand",
        "zh",
        r"(?P<verb>{DEMAND})\s*(?:达到|达|为|约)?\s*(?P<n>{NUM})\s*(?P<sc>[万亿]?)\s*"
        r"(?P<u>千瓦|千瓩|GW|吉瓦|MW|兆瓦)\s*[,，]\s*(?:较|比)\s*(?P<d>上年|去年|前一年|\d{4}\s*年)"
        r"(?:同期)?\s*(?:的)?\s*(?P<n2>{NUM})\s*(?P<sc2>[万亿]?)\s*(?P<u2>千瓦|千瓩|GW|吉瓦|MW|兆瓦)\s*"
        r"(?P<dir>{UP}|{DOWN})\s*(?:了)?\s*(?P<pct>{NUM})\s*%",
        _power_against,
        (
            Example(
                "2023年全國風電新增裝機6200萬千瓦，較2022年的4800萬千瓦多出29.2%。",
                (
                    ("demand", "wind_power", "installed_capacity", "2023", 62000000, "kW"),
                    ("demand", "wind_power", "installed_capacity", "2022", 48000000, "kW"),
                    ("demand", "wind_power", "installed_capacity_yoy_pct", "2023", 29.2, "%"),
                ),
            ),
        ),
        doc="a sector's new capacity against the year before's, both stated, with the rate",
    ),
    Rule(
        "demand_power",
        "demand",
        "zh",
        r"(?P<verb>新增(?:并网)?装机(?:容量)?)\s*(?:达到|达|为|约)?\s*(?P<n>{NUM})\s*"
        r"(?P<u>GW|吉瓦|MW|兆瓦|亿千瓦|万千瓦|千瓦|千瓩)",
        _power,
        (
            Example(
                "2023年全国风电新增装机75.9GW, 上年为37.6GW。",
                (
                    ("demand", "wind_power", "installed_capacity", "2023", 75900000, "kW"),
                    ("demand", "wind_power", "installed_capacity", "2022", 37600000, "kW"),
                ),
            ),
            Example(
                "据统计, 2024年中国风电新增并网装机容量约79800兆瓦。",
                (("demand", "wind_power", "installed_capacity", "2024", 79800000, "kW"),),
            ),
            Example(  # a part of the year in 万千瓦 with no rate; a vague later figure gives none
                "上半年全国风电新增装机2584万千瓦，二季度单季新增超过1500万千瓦。",
                (
                    (
                        "demand",
                        "wind_power",
                        "installed_capacity",
                        "2025-01/2025-06",
                        25840000,
                        "kW",
                    ),
                ),
                published="2025-07-28",
            ),
            Example(  # the same in 亿千瓦, with the rate the demand rule reads
                "前三季度，全国风电新增并网装机容量0.39亿千瓦，同比增长12.6%。",
                (
                    (
                        "demand",
                        "wind_power",
                        "installed_capacity",
                        "2024-01/2024-09",
                        39000000,
                        "kW",
                    ),
                    (
                        "demand",
                        "wind_power",
                        "installed_capacity_yoy_pct",
                        "2024-01/2024-09",
                        12.6,
                        "%",
                    ),
                ),
                published="2024-10-25",
            ),
        ),
        doc="a sector's new capacity in GW, MW or 万千瓦 (the demand rule also reads its rate)",
    ),
    Rule(
        "demand_pair",
        "demand",
        "zh",
        r"{PROD_SALES}\s*分别(?:为|达到|达|完成|实现|录得)?\s*"
        r"(?:{NUM}\s*[万亿]?\s*辆\s*{SEP}\s*{NUM}\s*[万亿]?\s*辆\s*[,，]\s*)?"
        r"(?:分别)?\s*(?P<yoy>{YOY})\s*(?:分别)?\s*(?P<dir>{UP}|{DOWN})?\s*"
        r"(?P<p1>{NUM})\s*%\s*{SEP}\s*(?P<p2>{NUM})\s*%",
        _pair,
        (
            Example(
                "2024年前三季度, 新能源汽车产销分别为832.2万辆和832万辆, 同比分别增长31.7%和32.5%。",
                (
                    ("demand", "nev", "production_yoy_pct", "2024-01/2024-09", 31.7, "%"),
                    ("demand", "nev", "sales_yoy_pct", "2024-01/2024-09", 32.5, "%"),
                ),
            ),
            Example(  # the association's verb: 分别完成 / 分别实现
                "8月新能源汽车产销分别完成140万辆和139.5万辆, 同比分别增长22%和26%。",
                (
                    ("demand", "nev", "production_yoy_pct", "2024-08", 22, "%"),
                    ("demand", "nev", "sales_yoy_pct", "2024-08", 26, "%"),
                ),
            ),
            Example(  # Hong Kong's 按年 and 录得; output and sales named one by one
                "2023年新能源車產量與銷量分別錄得950萬輛及940萬輛，按年分別增長36.1%及37.2%。",
                (
                    ("demand", "nev", "production_yoy_pct", "2023", 36.1, "%"),
                    ("demand", "nev", "sales_yoy_pct", "2023", 37.2, "%"),
                ),
            ),
            Example(
                "今年上半年電動汽車產銷分別為500萬輛與490萬輛，年增30.1%及29.8%。",
                (
                    ("demand", "nev", "production_yoy_pct", "2024-01/2024-06", 30.1, "%"),
                    ("demand", "nev", "sales_yoy_pct", "2024-01/2024-06", 29.8, "%"),
                ),
            ),
        ),
        doc="a sector's output and sales said together, with their changes in that order",
    ),
    Rule(
        "demand_share_rate",
        "demand",
        "zh",
        r"(?P<head>){SHARE}\s*(?:达到|达|为|升至|提升至|提高至)?\s*(?P<pct>{NUM})\s*%",
        _share,  # the head is empty: the sector is the last one named before
        (
            Example(
                "上半年新能源汽车销量同比增长30%, 市场占有率达到36.5%。",
                (
                    ("demand", "nev", "sales_yoy_pct", "2024-01/2024-06", 30, "%"),
                    ("demand", "nev", "sales_share_pct", "2024-01/2024-06", 36.5, "%"),
                ),
            ),
        ),
        doc="a sector's market share named by the word share, the sector said before",
    ),
    Rule(
        "demand_share_carried",
        "demand",
        "zh",
        r"[,，]\s*(?P<head>)占(?:当月|当季|当年|同期)?[^。;；,，\d]{0,10}?销量(?:的)?\s*"
        r"(?:比重|比例|份额)?\s*(?:达到|达|为)?\s*(?P<pct>{NUM})\s*%",
        _share,  # the head is empty: the sector is the last one named before
        (
            Example(
                "3月份, 新能源汽车销量95万辆, 同比增长25%, 占当月新车销量42.3%。",
                (
                    ("demand", "nev", "sales_yoy_pct", "2024-03", 25, "%"),
                    ("demand", "nev", "sales_share_pct", "2024-03", 42.3, "%"),
                ),
            ),
        ),
        doc="a sector's share of all sales in a clause after its sales figure",
    ),
    Rule(
        "demand_share",
        "demand",
        "zh",
        r"(?P<head>{SECTOR})[^。;；,，]{0,6}?销量(?:占|(?:达到|达|为)[^。;；,，\d]{0,12}?总?销量)"
        r"[^。;；,，\d]{0,14}?的\s*(?:比重|比例|份额)?\s*(?:达到|达|为)?\s*(?P<pct>{NUM})\s*%",
        _share,
        (
            Example(
                "2023年新能源汽车新车销量占汽车新车总销量的31.6%。",
                (("demand", "nev", "sales_share_pct", "2023", 31.6, "%"),),
            ),
            Example(  # "reached X% of all sales"
                "5月新能源汽车新车销量达到汽车新车总销量的45.2%。",
                (("demand", "nev", "sales_share_pct", "2024-05", 45.2, "%"),),
                published="2024-06-12",
            ),
        ),
    ),
]
for _r in RULES:
    REGISTRY.add(_r)
