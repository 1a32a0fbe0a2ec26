"""Chinese demand rules: a sector's output, sales, share and new capacity, with their changes."""

from __future__ import annotations

import re

from reemarket.domain.periods import Period
from reemarket.ingest.rules import REGISTRY, Example, Rule
from reemarket.ingest.rules.zh_base import Cand, Sent, sign
from reemarket.ingest.rules.zh_text import compile_pattern, parse_number, vocab, word_class

_SECTOR = compile_pattern("{SECTOR}")


def _sector(s: Sent, at: int) -> str | None:
    found = [m.group() for m in _SECTOR.finditer(s.text, 0, at)]
    if not found:
        return None
    for sid, names in vocab()["sectors"].items():
        if found[-1] in names:
            return sid
    return None


def _period(s: Sent, at: int) -> Period | None:
    p = s.period_before(at)
    if p is not None:
        return p
    return Period.year(s.ctx.year) if s.ctx.year else None


def _figure(m: re.Match[str], s: Sent) -> list[Cand]:
    """As in "新能源汽车产量达1288.8万辆, 同比增长34.4%": a sector's figure and its change."""
    sector = _sector(s, m.start())
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
                "china",
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
        k = sign(m.group("dir")) or 1
        out.append(
            Cand(
                "demand",
                "china",
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


RULES = [
    Rule(
        "demand",
        "demand",
        "zh",
        r"(?P<verb>{DEMAND})\s*(?:达到|达|为|约)?\s*"
        r"(?:(?P<n>{NUM})\s*(?P<sc>[万亿]?)\s*(?:千瓦|辆))?\s*[,，]?\s*"
        r"同比\s*(?P<dir>{UP}|{DOWN})\s*(?P<pct>{NUM})\s*%",
        _figure,
        (
            Example(
                "2023年我国新能源汽车销量949.5万辆, 同比增长37.9%; 风电新增并网装机7590万千瓦, 同比增长101%。",
                (
                    ("demand", "nev", "sales_yoy_pct", "2023", 37.9, "%"),
                    ("demand", "wind_power", "installed_capacity", "2023", 75900000, "kW"),
                    ("demand", "wind_power", "installed_capacity_yoy_pct", "2023", 101, "%"),
                ),
            ),
        ),
    ),
    Rule(
        "demand_share",
        "demand",
        "zh",
        r"(?P<head>{SECTOR})[^。;；,，]{0,6}?销量占[^。;；,，\d]{0,14}?的\s*(?P<pct>{NUM})\s*%",
        _share,
        (
            Example(
                "2023年新能源汽车新车销量占汽车新车总销量的31.6%。",
                (("demand", "nev", "sales_share_pct", "2023", 31.6, "%"),),
            ),
        ),
    ),
]
for _r in RULES:
    REGISTRY.add(_r)
