"""The ``demo`` command: the sample data loaded into a fresh database, summarised."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reemarket.cli.output import console, print_json, table
from reemarket.services.demo import DemoSummary, run_demo


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:+.2f} %"


def _short(source: str, width: int = 28) -> str:
    label = source.split(" (")[0].split(", report")[0]
    return label if len(label) <= width else label[: width - 1] + "…"


def _render(s: DemoSummary) -> None:
    console.print(
        f"[bold]reemarket demo[/]: {s.imported.inserted:,} real published prices loaded into "
        f"{s.database}\n"
    )
    rows = [
        (
            f"{x.product} {x.market}",
            x.latest_date,
            x.latest,
            x.unit,
            _pct(x.month_pct),
            _pct(x.quarter_pct),
            _short(x.source, 16),
        )
        for x in s.series
    ]
    cols = ["series", "latest", "price", "unit", "1 month", "3 months", "source"]
    console.print(table("Daily series: latest price and changes", cols, rows))
    rows_q: list[tuple[object, ...]] = [
        (f"{q.product} {q.market}", q.quarter, q.average, q.prior_average, q.unit, _pct(q.yoy_pct))
        for q in s.quarters
    ]
    cols = ["series", "quarter", "average", "a year before", "unit", "YoY"]
    console.print(
        table("Trading-day averages of the last full quarter, year on year", cols, rows_q)
    )
    rows_r: list[tuple[object, ...]] = [
        (f"{x.product} {x.market}", x.latest_date, x.latest, x.unit, _short(x.source))
        for x in s.quotes
    ]
    cols = ["product", "date", "price", "unit", "source"]
    console.print(table("Latest quotes stated in market reports", cols, rows_r))
    console.print("charts: " + ", ".join(s.charts))
    console.print(f"explore: reemarket --db {s.database} prices show nd_oxide --from 2024-01-01")


def demo(
    out: Annotated[
        Path, typer.Option(help="Folder for the demo database and charts (made afresh).")
    ] = Path("reemarket-demo"),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Load the bundled sample prices into a fresh database and print a market summary."""
    summary = run_demo(out)
    if as_json:
        print_json(summary.model_dump(mode="json"))
    else:
        _render(summary)


def register(app: typer.Typer) -> None:
    """Add the ``demo`` command."""
    app.command("demo")(demo)
