"""The ``prices`` command family: sheet import and export; analytics register here too."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reemarket.cli.context import get_store
from reemarket.cli.output import console, err_console, print_json, table
from reemarket.domain.periods import parse_date
from reemarket.errors import InputError
from reemarket.services.prices import ImportResult, export_prices, import_prices

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
    repair: Annotated[
        str | None,
        typer.Option(
            "--repair",
            help="Repair policies, combinable: mid (recompute a mid outside low-high),"
            " weekend (drop weekend repeats of the day before), flag (keep usable rows, noted).",
        ),
    ] = None,
    details: Annotated[
        bool, typer.Option("--details", help="List every problem line by line.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Import price sheets; by default nothing is written if any row is bad."""
    store = get_store()
    policies = frozenset(p.strip() for p in (repair or "").split(",") if p.strip())
    results = []
    for f in files:
        r = import_prices(
            store, f, mapping_path=mapping, skip_bad=skip_bad, market=market, source=source,
            repair=policies,
        )  # fmt: skip
        results.append(r)
        if not as_json:
            _print_import(f, r, details)
    if as_json:
        print_json([r.model_dump() for r in results])


def _print_import(f: Path, r: ImportResult, details: bool) -> None:
    """The counts of an import, then its problems by reason code (all with ``details``)."""
    repaired = ""
    if r.repair:
        repaired = (
            f" (repair {','.join(r.repair)}: {r.mid_recomputed:,} mid recomputed,"
            f" {r.flagged:,} flagged, {r.dropped:,} dropped)"
        )
    console.print(
        f"{f}: {r.rows_read:,} rows; {r.inserted:,} new, {r.updated:,} updated, "
        f"{r.unchanged:,} unchanged, {r.rejected:,} rejected{repaired}",
        highlight=False,
    )
    if not r.summary:
        return
    total = sum(c.problems for c in r.summary)
    rows = [(c.code, c.problems, c.rows, ", ".join(map(str, c.first_lines))) for c in r.summary]
    title = (
        f"{total:,} problems on {r.problem_rows:,} observations ({r.problem_lines:,} sheet"
        " lines), by reason code"
    )
    err_console.print(table(title, ["code", "problems", "rows", "first lines"], rows))
    if details:
        for p in r.problems:
            err_console.print(f"  {p}", highlight=False, markup=False)
    else:
        err_console.print("  --details lists every problem; --json gives all")


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
