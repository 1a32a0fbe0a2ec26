"""Benchmark: fact extraction speed on 10,000 generated market-report documents.

Prints documents/s and MB of text/s for reemarket's extractor on one core, then runs
quantulum3 (a general quantity extractor) on the same text and prints the ratio. When
quantulum3 is too slow for the whole corpus it runs on a stated sample and its time is
extrapolated (the output says so).

It times whichever build of reemarket the interpreter imports: ``.venv`` is the pure Python
(editable) install, ``.venv-fast`` the mypyc-compiled one (``scripts/setup fast``, about 1.3x
faster on the English mix). Compare the two back to back: the machine is shared.

Usage: .venv/bin/python benchmarks/bench_extract.py [--docs 10000] [--q-sample 300]
       .venv-fast/bin/python benchmarks/bench_extract.py ...   (the compiled build)
"""

from __future__ import annotations

import argparse
import os
import random
import time
from datetime import date, timedelta

from machine import describe  # benchmarks/ is on sys.path when run as a script
from reemarket.ingest.pipeline import extract_text

PRODUCTS = [
    "Pr-Nd oxide",
    "dysprosium oxide",
    "terbium oxide",
    "Pr-Nd alloy",
    "lanthanum oxide",
    "cerium oxide",
    "gadolinium oxide",
    "holmium oxide",
    "neodymium metal",
    "terbium metal",
]
TEMPLATES = [
    "On {md}, the average price of {p} was {v:,} yuan/mt, up {c:,} yuan/mt from the previous trading day.",
    "{P} quotations stood at around {v:,}-{v2:,} yuan/mt, while buyers kept to need-based purchases.",
    "Fastmarkets assessed {p}, fob China, at ${u}-{u2} per kg on {md}, compared with ${u0}-{u}"
    " per kg a week earlier.",
    "In {mon}, domestic {p} output came to {t:,} mt, down {pc}% MoM, with Jiangxi behind most of the cut.",
    "China exported {t:,} tonnes of rare earths in {mon}, up {pc}% year-on-year, customs data showed.",
    "The company achieved operating revenue of {b} billion yuan in Q{q}, up {pc}% YoY, and net profit"
    " attributable to shareholders was {m} million yuan.",
    "{P} rose by {pc}% in {mon} as separation plants cut output and magnet makers restocked.",
    "The smelting and separation quota year-to-date comes to {t:,} tons, a {pc}% increase on 2023.",
    "Market participants said downstream demand stayed weak and few deals were concluded this week.",
    "Its subsidiary is constructing a {t:,} mt/year high-performance NdFeB magnet project.",
]
COMMENTARY = [
    "Downstream magnet makers kept to need-based purchases and the market stayed quiet.",
    "Separation plants were reluctant to sell at low prices, so offers held firm.",
    "Market participants said the tight supply of raw materials had yet to ease.",
    "Traders expect prices to fluctuate rangebound in the short term as buyers wait.",
    "Metal producers lifted their offers across the board after oxide prices firmed.",
    "Some miners reported that heavy rain disrupted operations in Myanmar.",
    "Buyers that need material urgently are placing orders, while others remain wary of the rally.",
    "The company said it will continue to optimise its product structure and control costs.",
    "Export controls on medium and heavy rare earths have lengthened licence processing times.",
    "Restocking demand is expected as magnet manufacturers' inventories hit bottom.",
    "Analysts said demand from robotics and the low-altitude economy supported sentiment.",
    "Few deals went through as sellers and buyers held different price expectations.",
    "The ministry did not say when the next batch of quotas would be issued.",
    "Inquiries from overseas customers picked up slightly during the week.",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def make_corpus(n: int, seed: int = 7, share: float = 0.36) -> list[tuple[str, date]]:
    rnd = random.Random(seed)
    docs = []
    for _ in range(n):
        pub = date(2024, 1, 2) + timedelta(days=rnd.randrange(700))
        lines = [f"SMM {MONTHS[pub.month - 1]} {pub.day} News: rare earth market review"]
        figures = rnd.randint(4, 9)
        # by default 36 % figure sentences, as in the shared seed and dev documents (148 of 409)
        kinds = ["f"] * figures + ["c"] * round(figures * (1 - share) / share)
        rnd.shuffle(kinds)
        for kind in kinds:
            if kind == "c":
                lines.append(rnd.choice(COMMENTARY))
                continue
            t = rnd.choice(TEMPLATES)
            d = pub - timedelta(days=rnd.randrange(1, 20))
            p = rnd.choice(PRODUCTS)
            v = rnd.randrange(300, 900) * 1000
            u = rnd.randrange(40, 90)
            lines.append(
                t.format(
                    md=f"{MONTHS[d.month - 1]} {d.day}",
                    p=p,
                    P=p[0].upper() + p[1:],
                    v=v,
                    v2=v + 5000,
                    c=rnd.randrange(1, 20) * 500,
                    u=u,
                    u2=u + 2,
                    u0=u - 2,
                    mon=MONTHS[rnd.randrange(12)],
                    t=rnd.randrange(100, 60000),
                    pc=round(rnd.uniform(0.1, 40), 2),
                    b=round(rnd.uniform(1, 40), 3),
                    m=rnd.randrange(50, 900),
                    q=rnd.randint(1, 4),
                )
            )
        docs.append(("\n".join(lines) + "\n", pub))
    return docs


ZH_PRODUCTS = [
    "氧化镨钕",
    "镨钕金属",
    "氧化镝",
    "氧化铽",
    "金属铽",
    "氧化钕",
    "氧化镧",
    "氧化钆",
    "镝铁合金",
]
ZH_TEMPLATES = [
    "{p}较上一交易日下调{c}元/吨至{v}元/吨。",
    "{p}报价{w}-{w2}万元/吨, 成交以刚需为主。",
    "{y}年{m}月我国稀土出口量为{t}吨, 较{m0}月的{t2}吨增长{pc}%。",
    "北方稀土{y}年半年度营业收入{b}亿元, 上年同期为{b2}亿元, 同比下降{pc}%。",
    "{y}年第一批稀土开采、冶炼分离总量控制指标分别为{t}吨和{t2}吨。",
    "{y}年{m}月{p}均价为{w}万元/吨, 同比下降{pc}%, 环比上涨{pc2}%。",
]
ZH_COMMENTARY = [
    "下游磁材企业以按需采购为主, 市场成交偏淡。",
    "分离厂惜售情绪较浓, 报价整体坚挺。",
    "贸易商观望情绪浓厚, 询盘较前期有所减少。",
    "业内人士认为短期内价格仍将以震荡整理为主。",
    "原料供应偏紧的局面尚未缓解。",
]


def make_zh_corpus(n: int, seed: int = 11, share: float = 0.36) -> list[tuple[str, date]]:
    """Generated Chinese daily reports: a dated title, figure sentences and commentary."""
    rnd = random.Random(seed)
    docs = []
    for _ in range(n):
        pub = date(2024, 1, 2) + timedelta(days=rnd.randrange(700))
        lines = [f"稀土日评 {pub.year}年{pub.month}月{pub.day}日", ""]
        figures = rnd.randint(4, 9)
        kinds = ["f"] * figures + ["c"] * round(figures * (1 - share) / share)
        rnd.shuffle(kinds)
        for kind in kinds:
            if kind == "c":
                lines.append(rnd.choice(ZH_COMMENTARY))
                continue
            w = rnd.randrange(30, 90)
            m = rnd.randint(2, 12)
            lines.append(
                rnd.choice(ZH_TEMPLATES).format(
                    p=rnd.choice(ZH_PRODUCTS),
                    c=rnd.randrange(1, 20) * 500,
                    v=rnd.randrange(300, 900) * 1000,
                    w=w,
                    w2=w + 1,
                    y=pub.year,
                    m=m,
                    m0=m - 1,
                    t=rnd.randrange(100, 60000),
                    t2=rnd.randrange(100, 60000),
                    b=round(rnd.uniform(10, 200), 2),
                    b2=round(rnd.uniform(10, 200), 2),
                    pc=round(rnd.uniform(0.1, 40), 2),
                    pc2=round(rnd.uniform(0.1, 40), 2),
                )
            )
        docs.append(("\n".join(lines) + "\n", pub))
    return docs


def bench_zh(n: int) -> None:
    """Chinese mix: MB/s and characters/s of the Chinese rules on generated reports."""
    docs = make_zh_corpus(n)
    mb = sum(len(t.encode("utf-8")) for t, _ in docs) / 1e6
    chars = sum(len(t) for t, _ in docs)
    for text, pub in docs[:20]:
        extract_text(text, published=pub, language="zh")
    t0 = time.process_time()
    facts = 0
    for text, pub in docs:
        facts += len(extract_text(text, published=pub, language="zh").facts)
    cpu = time.process_time() - t0
    print(
        f"Chinese mix: {len(docs):,} generated reports, {mb:.2f} MB ({chars:,} characters):"
        f" {cpu:.2f} CPU s, {mb / cpu:.2f} MB/s and {chars / cpu:,.0f} characters/s per CPU"
        f" second, {facts:,} typed facts"
    )


def _compiled() -> bool:
    """Whether the extractor imported is the mypyc-compiled build."""
    import reemarket.ingest.pipeline as pipeline

    return not str(pipeline.__file__).endswith(".py")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--q-sample", type=int, default=300, help="documents given to quantulum3")
    ap.add_argument("--figure-share", type=float, default=0.36, help="share of figure sentences")
    ap.add_argument("--zh-docs", type=int, default=2_000, help="generated Chinese reports")
    a = ap.parse_args()
    docs = make_corpus(a.docs, share=a.figure_share)
    mb = sum(len(t.encode("utf-8")) for t, _ in docs) / 1e6
    compiled = _compiled()
    print(
        f"machine: {describe()}; reemarket build: {'compiled (mypyc)' if compiled else 'pure Python'}"
    )
    print(
        f"corpus: {len(docs):,} generated market-report documents, {mb:.2f} MB of text"
        f" ({a.figure_share:.0%} of sentences carry figures; 36 % is the share in the shared seed"
        " and dev documents)"
    )
    for text, pub in docs[:20]:  # warm caches (catalog, calendar, regexes)
        extract_text(text, published=pub)
    w0, t0 = time.perf_counter(), time.process_time()
    facts = 0
    for text, pub in docs:
        facts += len(extract_text(text, published=pub).facts)
    ours = time.process_time() - t0
    wall = time.perf_counter() - w0
    print(
        f"reemarket (one process, one core): {ours:.2f} CPU s ({wall:.2f} s wall, load average"
        f" {os.getloadavg()[0]:.1f}), {len(docs) / ours:,.0f} documents/s, {mb / ours:.2f} MB/s"
        f" per CPU second, {facts:,} typed facts"
    )
    if a.zh_docs:
        bench_zh(a.zh_docs)
    try:
        from quantulum3 import parser
    except ImportError:
        print("quantulum3 not installed (pip install quantulum3): no comparison")
        return
    sample = docs[: min(a.q_sample, len(docs))]
    smb = sum(len(t.encode("utf-8")) for t, _ in sample) / 1e6
    parser.parse(sample[0][0])
    t0 = time.process_time()
    quantities = 0
    for text, _ in sample:
        quantities += len(parser.parse(text))
    qt = time.process_time() - t0
    full = qt * mb / smb
    note = (
        ""
        if len(sample) == len(docs)
        else (
            f" (ran on a sample of {len(sample):,} documents, {smb:.2f} MB; full-corpus time"
            " extrapolated by text size)"
        )
    )
    print(
        f"quantulum3: {qt:.2f} CPU s on the sample, {smb / qt:.3f} MB/s, {quantities:,} untyped"
        f" quantities; full corpus about {full:.0f} CPU s{note}"
    )
    print(f"ratio: reemarket is {full / ours:.1f}x faster than quantulum3 on the same text")


if __name__ == "__main__":
    main()
