"""The ``prices`` command family: sheet import and export; analytics register here too."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reemarket.cli.context import get_store
from reemarket.cli.output import console, err_console, print_json
from reemarket.domain.periods import parse_date
from reemarket.errors import InputError
from reemarket.services.prices import export_prices, import_prices

prices_app = typer.Typer(
    help="Price series: import, export, show, changes, averages.", no_args_is_help=True
)


@prices_app.command("import")
def import_cmd(
    files: Annotated[list[Path], typer.Argument(help="CSV, XLSX or Parquet sheets.")],
    mapping: Annotated[
        Path | None, typer.Option(help="Mapping file for sheets laid out differently (TOML).")
    ] = None,
    skip_bad: Annotated[
        bool, typer.Option("--skip-bad", help="Write the good rows and list the rejected ones.")
    ] = False,
    market: Annotated[str | None, typer.Option(help="Market of rows that name none.")] = None,
    source: Annotated[str | None, typer.Option(help="Source of rows that name none.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Import price sheets; by default nothing is written if any row is bad."""
    store = get_store()
    results = []
    for f in files:
        r = import_prices(
            store, f, mapping_path=mapping, skip_bad=skip_bad, market=market, source=source
        )
        results.append(r)
        if not as_json:
            console.print(
                f"{f}: {r.rows_read:,} rows; {r.inserted:,} new, {r.updated:,} updated, "
                f"{r.unchanged:,} unchanged, {r.rejected:,} rejected"
            )
            for p in r.problems[:50]:
                err_console.print(f"  rejected {p}", highlight=False, markup=False)
            if len(r.problems) > 50:
                err_console.print(f"  ... and {len(r.problems) - 50} more (--json lists all)")
    if as_json:
        print_json([r.model_dump() for r in results])


@prices_app.command("export")
def export_cmd(
    file: Annotated[
        Path | None, typer.Argument(help="Output file: .csv, .xlsx or .parquet (or -o).")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Output file, as for every command.")
    ] = None,
    product: Annotated[str | None, typer.Option(help="Only this product.")] = None,
    market: Annotated[str | None, typer.Option(help="Only this market.")] = None,
    start: Annotated[str | None, typer.Option("--from", help="First date (YYYY-MM-DD).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last date (YYYY-MM-DD).")] = None,
) -> None:
    """Export price observations to CSV, XLSX or Parquet."""
    target = output or file
    if target is None or (output is not None and file is not None and output != file):
        raise InputError("give one output file: -o FILE (or FILE)")
    r = export_prices(
        get_store(),
        target,
        product=product,
        market=market,
        start=parse_date(start) if start else None,
        end=parse_date(end) if end else None,
    )
    console.print(f"wrote {r.rows:,} observations to {r.file}")


def register(app: typer.Typer) -> None:
    """Add the ``prices`` sub-app with the import/export and analytics commands."""
    from reemarket.cli import prices_analytics_cmds

    prices_analytics_cmds.register(prices_app)
    app.add_typer(prices_app, name="prices")
