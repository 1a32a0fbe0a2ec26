"""The ``demo`` command: the sample data loaded into a fresh database, summarised."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reemarket.cli.output import console, print_json, table
from reemarket.cli.snapshot_cmds import render_snapshot
from reemarket.services.demo import DemoSummary, run_demo


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:+.2f} %"


def _render(s: DemoSummary) -> None:
    console.print(
        f"[bold]reemarket demo[/]: {s.imported.inserted:,} real published prices loaded into "
        f"{s.database}\n"
    )
    render_snapshot(
        s.snapshot,
        f"Market snapshot: latest price of every series and its changes (as of {s.snapshot.as_of})",
    )
    rows_q: list[tuple[object, ...]] = [
        (f"{q.product} {q.market}", q.quarter, q.average, q.prior_average, q.unit, _pct(q.yoy_pct))
        for q in s.quarters
    ]
    cols = ["series", "quarter", "average", "a year before", "unit", "YoY"]
    console.print(
        table("Trading-day averages of the last full quarter, year on year", cols, rows_q)
    )
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
