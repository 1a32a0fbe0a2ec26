"""Benchmark: fact extraction speed on 10,000 generated market-report documents.

Prints documents/s and MB of text/s for reemarket's extractor on one core, then runs
quantulum3 (a general quantity extractor) on the same text and prints the ratio. When
quantulum3 is too slow for the whole corpus it runs on a stated sample and its time is
extrapolated (the output says so).

Usage: .venv/bin/python benchmarks/bench_extract.py [--docs 10000] [--q-sample 300]
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--q-sample", type=int, default=300, help="documents given to quantulum3")
    ap.add_argument("--figure-share", type=float, default=0.36, help="share of figure sentences")
    a = ap.parse_args()
    docs = make_corpus(a.docs, share=a.figure_share)
    mb = sum(len(t.encode("utf-8")) for t, _ in docs) / 1e6
    print(f"machine: {describe()}")
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
