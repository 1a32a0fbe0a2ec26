"""``reemarket prices show|change|average|range|parity|spread``: the price analytics commands.

The lead's ``prices`` sub-app calls :func:`register` to add these commands to it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from reemarket.cli.context import get_store
from reemarket.cli.output import console, err_console, print_json, table
from reemarket.domain.periods import parse_date
from reemarket.errors import InputError
from reemarket.services import analytics as svc
from reemarket.services import series_sources as sources_svc

MarketOpt = Annotated[str, typer.Option("--market", "-m", help="Market, e.g. china, fob_china.")]
FromOpt = Annotated[str | None, typer.Option("--from", help="First date, YYYY-MM-DD.")]
ToOpt = Annotated[str | None, typer.Option("--to", help="Last date, YYYY-MM-DD.")]
AsOfOpt = Annotated[
    str | None, typer.Option("--as-of", help="As-of date, YYYY-MM-DD (default: the latest quote).")
]
UnitOpt = Annotated[
    str | None, typer.Option("--unit", "-u", help="Unit to show prices in, e.g. CNY/kg.")
]
SourceOpt = Annotated[str | None, typer.Option("--source", help="Read only this source.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _date(text: str | None) -> date | None:
    return None if text is None else parse_date(text)


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:+.2f} %"


def _num(value: float) -> str:
    return f"{value:,.2f}" if abs(value) < 1000 else f"{value:,.0f}"


def show(
    product: Annotated[str, typer.Argument(help="Product, by any of its names.")],
    market: MarketOpt = svc.DEFAULT_MARKET,
    start: FromOpt = None,
    end: ToOpt = None,
    unit: UnitOpt = None,
    basis: Annotated[
        str | None, typer.Option("--basis", help="Convert to a VAT basis: incl_vat or excl_vat.")
    ] = None,
    source: SourceOpt = None,
    chart: Annotated[
        Path | None, typer.Option("--chart", help="Also write a chart: FILE.png or FILE.html.")
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", help="Table: show the last N quotes (0: all; JSON: all).")
    ] = 50,
    as_json: JsonOpt = False,
) -> None:
    """Show the price series of a product and market between two dates."""
    store = get_store(create=False)
    first, last = _date(start), _date(end)
    result = svc.get_series(
        store, product, market, start=first, end=last, unit=unit, source=source, basis=basis
    )
    written = None
    if chart is not None:
        written = svc.chart_series(
            store, product, chart, market, start=first, end=last, unit=unit, source=source
        )
    if as_json:
        data = result.model_dump(mode="json")
        if written is not None:
            data["chart"] = str(written)
        print_json(data)
        return
    if limit < 0:
        raise InputError(f"--limit must be 0 or more, not {limit}")
    points = result.points[-limit:] if limit else result.points
    rows = [(p.date, p.low, p.high, p.mid, p.basis, p.source) for p in points]
    title = f"{result.product} · {result.market} ({result.unit}), {len(result.points):,} quotes"
    console.print(table(title, ["date", "low", "high", "mid", "basis", "source"], rows))
    if result.fx:
        first_fx, last_fx = result.fx[0], result.fx[-1]
        span = "" if len(result.fx) == 1 else f" to {last_fx.rate:g} ({last_fx.date})"
        console.print(
            f"FX {first_fx.pair} ({first_fx.meaning}) of each date: {len(result.fx)} rate(s),"
            f" {first_fx.rate:g} ({first_fx.kind} {first_fx.date}){span}; {first_fx.source}",
            highlight=False,
        )
    for vat in result.vat_rates:
        console.print(f"VAT {vat * 100:g} % (China, in force on the quote dates)")
    if len(points) < len(result.points):
        console.print(f"showing the last {len(points)}; --limit 0 shows all, --json gives all")
    if written is not None:
        console.print(f"chart written to {written}")


def change(
    product: Annotated[str, typer.Argument(help="Product, by any of its names.")],
    market: MarketOpt = svc.DEFAULT_MARKET,
    start: FromOpt = None,
    end: ToOpt = None,
    as_of: AsOfOpt = None,
    on_or_before: Annotated[
        bool,
        typer.Option(
            "--on-or-before", help="With --from/--to: take the last quote on or before each date."
        ),
    ] = False,
    unit: UnitOpt = None,
    source: SourceOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show the change between two dates, or over the standard windows as of a date."""
    store = get_store(create=False)
    if (start is None) != (end is None):
        raise InputError("give both --from and --to, or neither (for the standard windows)")
    if start is not None and end is not None:
        if as_of is not None:
            raise InputError("--as-of goes with the standard windows, not with --from/--to")
        one = svc.get_change(
            store,
            product,
            parse_date(start),
            parse_date(end),
            market,
            on_or_before=on_or_before,
            unit=unit,
            source=source,
        )
        if as_json:
            print_json(one)
            return
        rows = [(one.base_date, one.end_date, one.base, one.end, one.change, _pct(one.pct))]
        title = f"{one.product} · {one.market} ({one.unit})"
        if (one.base_date, one.end_date) != (one.base_requested, one.end_requested):
            title += f"; asked for {one.base_requested} to {one.end_requested}"
        console.print(table(title, ["from", "to", "base", "end", "change", "change %"], rows))
        return
    result = svc.get_window_changes(
        store, product, market, as_of=_date(as_of), unit=unit, source=source
    )
    if as_json:
        print_json(result)
        return
    rows2: list[tuple[object, ...]] = [
        (c.window, c.base_requested, c.base_date, c.base, c.change, _pct(c.pct))
        for c in result.changes
    ]
    rows2 += [(w, "", "", "no quote", "", "") for w in result.missing]
    title = (
        f"{result.product} · {result.market}: {_num(result.end)} {result.unit}"
        f" on {result.end_date} (as of {result.as_of})"
    )
    console.print(
        table(title, ["window", "target", "base date", "base", "change", "change %"], rows2)
    )


def average(
    product: Annotated[str, typer.Argument(help="Product, by any of its names.")],
    period: Annotated[
        str,
        typer.Option(
            "--period", help="Period: 2025-03, 2025-Q1, Q3 2025, H1 2025, 2025-H1, 2025, a/b."
        ),
    ],
    market: MarketOpt = svc.DEFAULT_MARKET,
    yoy: Annotated[bool, typer.Option("--yoy", help="Also the same period a year before.")] = False,
    unit: UnitOpt = None,
    source: SourceOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show the trading-day average of a product over a period (mean of daily mids)."""
    report = svc.get_average(
        get_store(create=False), product, period, market, yoy=yoy, unit=unit, source=source
    )
    if as_json:
        print_json(report)
        return
    rows = [
        (a.period, a.mean, f"{a.days_used} of {a.trading_days}", a.first_date, a.last_date)
        for a in [report.average, *([report.prior] if report.prior else [])]
    ]
    title = f"{report.product} · {report.market} ({report.unit}), trading-day average"
    console.print(table(title, ["period", "average", "days used", "first", "last"], rows))
    if yoy:
        console.print(f"year on year: {_pct(report.yoy_pct)}")
    for warning in report.warnings:
        err_console.print(f"warning: {warning}", highlight=False)


def price_range(
    product: Annotated[str, typer.Argument(help="Product, by any of its names.")],
    market: MarketOpt = svc.DEFAULT_MARKET,
    start: FromOpt = None,
    as_of: AsOfOpt = None,
    unit: UnitOpt = None,
    source: SourceOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show highs and lows with their dates, and the 52-week range."""
    report = svc.get_range(
        get_store(create=False),
        product,
        market,
        start=_date(start),
        as_of=_date(as_of),
        unit=unit,
        source=source,
    )
    if as_json:
        print_json(report)
        return
    spans = (report.span, report.weeks_52)

    def at(v: float, d: date) -> str:
        return f"{_num(v)} on {d}"

    rows: list[tuple[object, ...]] = [
        ("from", *(r.start for r in spans)),
        ("to", *(r.end for r in spans)),
        ("quotes", *(r.days for r in spans)),
        ("high", *(at(r.high.value, r.high.date) for r in spans)),
        ("low", *(at(r.low.value, r.low.date) for r in spans)),
        ("last", *(at(r.last.value, r.last.date) for r in spans)),
        ("below high", *(f"-{r.pct_below_high:.2f} %" for r in spans)),
        ("above low", *(f"+{r.pct_above_low:.2f} %" for r in spans)),
    ]
    title = f"{report.product} · {report.market} ({report.unit}) as of {report.as_of}"
    cols = ["", "span", "52 weeks"]
    console.print(table(title, cols, rows))


def parity(
    metal: Annotated[str, typer.Argument(help="Metal product, by any of its names.")],
    oxide: Annotated[str, typer.Argument(help="Oxide product, by any of its names.")],
    market: MarketOpt = svc.DEFAULT_MARKET,
    start: FromOpt = None,
    end: ToOpt = None,
    unit: UnitOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show metal prices against their oxide parity (oxide price × oxide per metal)."""
    result = svc.get_parity(
        get_store(create=False), metal, oxide, market, start=_date(start), end=_date(end), unit=unit
    )
    if as_json:
        print_json(result)
        return
    rows = [
        (r.date, r.metal, r.oxide, r.parity, r.premium, _pct(r.premium_pct)) for r in result.rows
    ]
    title = (
        f"{result.metal} vs {result.oxide} · {result.market} ({result.unit}),"
        f" {result.oxide_per_metal:.4f} t oxide per t metal"
    )
    console.print(table(title, ["date", "metal", "oxide", "parity", "premium", "premium %"], rows))


def spread(
    product: Annotated[str, typer.Argument(help="Product, by any of its names.")],
    markets: Annotated[
        str, typer.Option("--markets", help="Two markets A,B; the spread is A minus B.")
    ] = "china,fob_china",
    fx: Annotated[
        float | None,
        typer.Option(
            "--fx",
            help="FX rate with the US dollar as base, QUOTE per BASE (USD/CNY 7.2 = CNY per USD).",
        ),
    ] = None,
    unit: Annotated[
        str | None, typer.Option("--unit", "-u", help="Unit of the spread (default: B's unit).")
    ] = None,
    basis: Annotated[
        str, typer.Option("--basis", help="VAT basis of both prices: excl_vat or incl_vat.")
    ] = "excl_vat",
    start: FromOpt = None,
    end: ToOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show the spread between two markets after unit, FX and VAT conversion."""
    parts = [m.strip() for m in markets.split(",") if m.strip()]
    if len(parts) != 2:
        raise InputError(f"--markets takes two markets A,B, got {markets!r}")
    result = svc.get_spread(
        get_store(create=False),
        product,
        parts[0],
        parts[1],
        fx=fx,
        unit=unit,
        basis=basis,
        start=_date(start),
        end=_date(end),
    )
    if as_json:
        print_json(result)
        return
    rows = [(r.date, r.a, r.b, r.spread, _pct(r.spread_pct)) for r in result.rows]
    fx_text = (
        f", FX {result.fx_pair_code} {result.fx} = {result.fx_pair}"
        if result.fx is not None
        else ""
    )
    title = (
        f"{result.product}: {result.market_a} - {result.market_b}"
        f" ({result.unit}, {result.basis}{fx_text})"
    )
    console.print(
        table(title, ["date", result.market_a, result.market_b, "spread", "spread %"], rows)
    )


def prefer(
    product: Annotated[str, typer.Argument(help="Product, by any of its names.")],
    source: Annotated[str, typer.Argument(help="The source to read by default.")],
    market: MarketOpt = svc.DEFAULT_MARKET,
) -> None:
    """Make a source the default series of a product and market."""
    found = sources_svc.prefer_source(get_store(), product, market, source)
    rows = [("*" if s.default else "", s.source, s.origin, s.observations) for s in found]
    console.print(table("Sources (* = default)", ["", "source", "origin", "quotes"], rows))


def compare(
    product: Annotated[str, typer.Argument(help="Product, by any of its names.")],
    sources: Annotated[str, typer.Option("--sources", help="Two sources A,B to compare.")],
    market: MarketOpt = svc.DEFAULT_MARKET,
    threshold: Annotated[
        float, typer.Option("--threshold", help="Count days A and B differ by more than this %.")
    ] = 1.0,
    start: FromOpt = None,
    end: ToOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Compare two sources of a product side by side: mean and max gap, days they disagree."""
    parts = [p.strip() for p in sources.split(",") if p.strip()]
    if len(parts) != 2:
        raise InputError(f"--sources takes two sources A,B, got {sources!r}")
    c = sources_svc.compare_sources(get_store(), product, parts[0], parts[1], market,
                                    threshold_pct=threshold, start=_date(start),
                                    end=_date(end))  # fmt: skip
    if as_json:
        print_json(c.model_dump(mode="json"))
        return
    rows = [(d, a, b, a - b, _pct((a - b) / b * 100 if b else None)) for d, a, b in c.rows[-20:]]
    console.print(table(f"{c.product} {c.market} ({c.unit}): A - B, last 20 common dates",
                        ["date", "A", "B", "gap", "gap %"], rows))  # fmt: skip
    mean = "" if c.mean_gap is None else f"{_num(c.mean_gap)} ({_pct(c.mean_gap_pct)})"
    biggest = "" if c.max_gap is None else f"{_num(c.max_gap)} on {c.max_gap_date}"
    console.print(
        f"A = {c.source_a} ({c.days_a:,} quotes), B = {c.source_b} ({c.days_b:,} quotes)\n"
        f"common dates {c.common:,}; mean gap {mean}; max gap {biggest};"
        f" {c.days_over:,} days differ by more than {c.threshold_pct:g} %",
        highlight=False,
    )


def register(prices_app: typer.Typer) -> None:
    """Add the analytics commands to the ``prices`` sub-app."""
    prices_app.command("show")(show)
    prices_app.command("change")(change)
    prices_app.command("average")(average)
    prices_app.command("range")(price_range)
    prices_app.command("parity")(parity)
    prices_app.command("spread")(spread)
    prices_app.command("prefer")(prefer)
    prices_app.command("compare")(compare)
