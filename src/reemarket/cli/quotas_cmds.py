"""``reemarket quotas``: mining and smelting-separation quotas by year and batch."""

from __future__ import annotations

from typing import Annotated

import typer

from reemarket.cli.context import get_store
from reemarket.cli.output import console, print_json, table
from reemarket.services.quotas import list_quotas


def quotas(
    year: Annotated[int | None, typer.Option("--year", help="Only this year.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """China's quotas by year: full-year totals and batches kept apart, each with its source."""
    rows = list_quotas(get_store(), year=year)
    if as_json:
        print_json([r.model_dump(mode="json") for r in rows])
        return
    cols = ["year", "quota", "scope", "t REO", "YoY", "from", "source"]
    shown = [
        (r.year, r.quota.replace("_", "-"), r.label, r.tonnes,
         "" if r.yoy_pct is None else f"{r.yoy_pct:+.2f} %", r.origin, r.source[:50])
        for r in rows
    ]  # fmt: skip
    console.print(table("China rare-earth quotas (t REO)", cols, shown))


def register(app: typer.Typer) -> None:
    """Add ``quotas``."""
    app.command("quotas")(quotas)
