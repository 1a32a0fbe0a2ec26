"""The ``report`` command: the market brief of a month or a span, in HTML and PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reemarket.cli.context import get_store
from reemarket.cli.output import console
from reemarket.services.report import write_report


def report_cmd(
    month: Annotated[
        str | None, typer.Option("--month", help="The month of the brief, e.g. 2025-02.")
    ] = None,
    start: Annotated[
        str | None, typer.Option("--from", help="First day of the brief (with --to), YYYY-MM-DD.")
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", help="Last day of the brief (with --from), YYYY-MM-DD.")
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="HTML file to write (default market-brief-<period>.html); the PDF goes beside it.",
        ),
    ] = None,
    pdf: Annotated[
        bool, typer.Option("--pdf/--no-pdf", help="Also print the brief to PDF (Chromium).")
    ] = True,
) -> None:
    """Write the market brief: prices and changes, charts, supply and demand, audit notes.

    Every number is footnoted to its document and sentence. Give --month, or --from and --to.
    """
    files = write_report(
        get_store(create=False), month=month, start=start, end=end, output=output, pdf=pdf
    )
    brief = files.brief
    console.print(
        f"{brief.title}: {len(brief.prices)} price row(s), {len(brief.facts)} supply and demand"
        f" fact(s), {len(brief.audit)} audit note(s), {len(brief.sources)} source(s) cited",
        highlight=False,
    )
    console.print(f"HTML: {files.html}", highlight=False)
    if files.pdf is not None:
        console.print(f"PDF:  {files.pdf}", highlight=False)


def register(app: typer.Typer) -> None:
    """Add the ``report`` command."""
    app.command("report")(report_cmd)
