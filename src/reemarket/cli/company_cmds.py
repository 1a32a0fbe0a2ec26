"""The ``company`` commands: a company's page, its statements, and a price sensitivity."""

from __future__ import annotations

from typing import Annotated

import typer

from reemarket.cli.context import get_store
from reemarket.cli.output import console, fmt, print_json, table
from reemarket.services.company import Cell, CompanyPage, company_page
from reemarket.services.sensitivity import parse_move, sensitivity
from reemarket.services.statements import company_statements, search

company_app = typer.Typer(help="Companies: results, operations, prices, statements.")


def _num(v: float) -> str:
    """Large money figures in billions or millions, others as ``fmt`` shows them."""
    if abs(v) >= 1e9:
        return f"{v / 1e9:,.3f}bn"
    if abs(v) >= 1e6:
        return f"{v / 1e6:,.1f}m"
    return fmt(v)


def _cell(c: Cell) -> str:
    if c.value_high is not None:
        text = f"{_num(c.value)} to {_num(c.value_high)}"
    elif c.bound:
        text = ("≥ " if c.bound == "lower" else "≤ ") + _num(c.value)
    else:
        text = _num(c.value)
    if c.guidance:
        text += " (guidance)"
    if c.status == "disagree":
        text = "DISAGREE: " + " | ".join(
            ", ".join(sorted({_num(s.value) for s in c.sources if s.doc in camp}))
            for camp in c.camps
        )
    n = len({s.doc for s in c.sources})
    return f"{text} [{n} src]"


def _print_page(page: CompanyPage) -> None:
    co = page.company
    tickers = ", ".join(f"{x['ticker']} ({x['exchange']})" for x in co.listings) or "none"
    console.print(f"[bold]{co.name}[/] {co.name_zh or ''}", highlight=False)
    console.print(
        f"id {co.id} · {tickers} · reports in {co.currency or '?'} · "
        f"fiscal year ends {co.fiscal_year_end} · {page.facts} fact(s)",
        highlight=False,
        markup=False,
    )
    if page.message:
        console.print(page.message, markup=False)
        return
    if page.results:
        heads = [c.fiscal or c.label for c in page.periods]
        rows = [
            [
                r.label,
                *(_cell(r.cells[c.period]) if c.period in r.cells else "" for c in page.periods),
            ]
            for r in page.results
        ]
        console.print(table("Results", ["metric", *heads], rows))
        for r in page.results:
            for period, c in r.cells.items():
                for why in c.likely_errors:
                    console.print(
                        f"  {r.label} {period}: likely extraction error: {why}", markup=False
                    )
    if page.operations:
        rows = [
            [f.kind, f.subject, f.metric, f.period, fmt(f.value), f.unit, f.source.doc]
            for f in page.operations
        ]
        console.print(
            table(
                "Operations", ["kind", "subject", "metric", "period", "value", "unit", "doc"], rows
            )
        )
    if page.listing_prices:
        rows = [
            [x.product, x.month, fmt(x.listing), fmt(x.market_mean), fmt(x.premium_pct), x.unit]
            for x in page.listing_prices
        ]
        console.print(
            table(
                "Listing prices",
                ["product", "month", "listing", "market", "premium %", "unit"],
                rows,
            )
        )
    for k in page.concentrate:
        console.print(
            f"concentrate {k.period}: {fmt(k.price)} {k.unit} ({k.source.doc})"
            + (f"; {k.adjustment}" if k.adjustment else ""),
            markup=False,
            highlight=False,
        )


@company_app.command("show")
def show(
    name: Annotated[str, typer.Argument(help="Company id, name, alias or ticker.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """A company's results by period, operations, listing and concentrate prices."""
    page = company_page(get_store(create=False), name)
    if as_json:
        print_json(page.model_dump(mode="json"))
    else:
        _print_page(page)


def register(app: typer.Typer) -> None:
    """Add the ``company`` command family."""
    app.add_typer(company_app, name="company")


@company_app.command("statements")
def statements(
    name: Annotated[str, typer.Argument(help="Company id, name, alias or ticker.")],
    period: Annotated[
        str | None, typer.Option("--period", help="Overlapping this period, e.g. 2025-H1.")
    ] = None,
    topic: Annotated[str | None, typer.Option("--topic", help="Topic, e.g. prices.")] = None,
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="company, writer or analyst.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """What the company (and writers about it) said, by period, topic and speaker."""
    result = company_statements(get_store(create=False), name, period, topic, speaker)
    if as_json:
        print_json(result.model_dump(mode="json"))
        return
    if result.message:
        console.print(result.message, markup=False)
    for s in result.statements:
        stance = f" {s.stance}" if s.stance else ""
        console.print(
            f"[bold]{s.speaker}[/] {s.period or '?'} [{', '.join(s.topics)}]{stance} "
            f"{s.doc}@{s.span_start}",
            highlight=False,
        )
        console.print(f"  {s.text}", markup=False, highlight=False)
    console.print(f"{len(result.statements)} statement(s)")


@company_app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(help="Words to search for.")],
    limit: Annotated[int, typer.Option("--limit", min=1, max=200, help="Hits of each kind.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Full-text search (BM25) over documents and statements."""
    result = search(get_store(create=False), query, limit)
    if as_json:
        print_json(result.model_dump(mode="json"))
        return
    for d in result.documents:
        console.print(f"{d.score:6.2f}  {d.doc}", markup=False, highlight=False)
    for s in result.statements:
        console.print(f"{s.score or 0:6.2f}  {s.speaker} {s.doc}: {s.text[:140]}", markup=False)


@company_app.command("sensitivity")
def sensitivity_cmd(
    name: Annotated[str, typer.Argument(help="Company id, name, alias or ticker.")],
    prnd: Annotated[str | None, typer.Option("--prnd", help="Pr-Nd oxide move, e.g. +10%.")] = None,
    dy: Annotated[str | None, typer.Option("--dy", help="Dy oxide move.")] = None,
    tb: Annotated[str | None, typer.Option("--tb", help="Tb oxide move.")] = None,
    volume: Annotated[
        list[str] | None,
        typer.Option("--volume", help="PRODUCT=QUANTITY, e.g. prnd_oxide=5000t (repeatable)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """First-order revenue and gross-profit change for price moves, every input sourced."""
    moves = {
        product: parse_move(text, flag)
        for product, flag, text in (
            ("prnd_oxide", "--prnd", prnd),
            ("dy_oxide", "--dy", dy),
            ("tb_oxide", "--tb", tb),
        )
        if text is not None
    }
    volumes: dict[str, str] = {}
    for item in volume or []:
        product, sep, qty = item.partition("=")
        if not sep:
            raise typer.BadParameter(f"{item!r}: write PRODUCT=QUANTITY", param_hint="--volume")
        volumes[product.strip()] = qty
    result = sensitivity(get_store(create=False), name, moves, volumes)
    if as_json:
        print_json(result.model_dump(mode="json"))
        return
    for m in result.moves:
        console.print(
            f"[bold]{m.product}[/] {m.move_pct:+g} %: revenue {m.revenue_change:+,.0f} "
            f"{result.currency}, gross profit {m.gross_profit_change:+,.0f} {result.currency}",
            highlight=False,
        )
        for i in m.inputs:
            console.print(f"  {i.name}: {fmt(i.value)} {i.unit} ({i.source})", markup=False)
    console.print(
        f"total: revenue {result.revenue_change:+,.0f} {result.currency}, "
        f"gross profit {result.gross_profit_change:+,.0f} {result.currency}",
        highlight=False,
    )
    console.print(result.note, markup=False)
