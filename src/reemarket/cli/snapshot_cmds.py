"""``reemarket snapshot`` and ``reemarket fx import``: the market at a glance, FX as data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reemarket.cli.context import get_store
from reemarket.cli.output import console, print_json, table
from reemarket.domain.periods import parse_date
from reemarket.services.fx import import_fx
from reemarket.services.snapshot import DEFAULT_MAX_AGE_DAYS, Snapshot, get_snapshot


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:+.1f} %"


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:,.2f}"


def render_snapshot(snap: Snapshot, title: str | None = None) -> None:
    """Print a snapshot as a table, then the FX rates and VAT rates used."""
    rows = []
    notes: dict[str, str] = {}
    for it in snap.items:
        pct = {c.window: c.pct for c in it.changes}
        rows.append(
            (
                f"{it.product} {it.market}", it.date, _num(it.mid),
                f"{it.unit} {it.basis.replace('_vat', '')}", _pct(pct["d/d"]), _pct(pct["w/w"]),
                _pct(pct["m/m"]), _pct(pct["y/y"]), _pct(pct["ytd"]),
                f"{_num(it.low_52w)}-{_num(it.high_52w)}", it.publisher[:24],
            )
        )  # fmt: skip
        if it.fx is not None:
            notes[f"{it.fx.pair} {it.fx.date}"] = (
                f"FX {it.fx.pair} {it.fx.rate:g} ({it.fx.meaning}, {it.fx.kind}"
                f" {'average of ' + it.fx.date.strftime('%Y-%m') if it.fx.kind == 'monthly' else str(it.fx.date)};"
                f" {it.fx.source})"
            )
        if it.vat_rate is not None:
            notes[f"vat {it.vat_rate}"] = (
                f"VAT {it.vat_rate * 100:g} % (China, in force on the quote date)"
            )
    cols = ["series", "date", "mid", "unit", "d/d", "w/w", "m/m", "y/y", "YTD",
            "52-week range", "publisher"]  # fmt: skip
    head = title or f"Market snapshot as of {snap.as_of}"
    console.print(table(head, cols, rows))
    if not snap.items:
        age = f" within {snap.max_age_days} days" if snap.max_age_days is not None else ""
        console.print(f"no series has a quote{age} before {snap.as_of}")
    for note in notes.values():
        console.print(note, highlight=False)


def snapshot(
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="As-of date, YYYY-MM-DD (default: latest quote).")
    ] = None,
    currency: Annotated[
        str | None, typer.Option("--currency", help="Convert prices to CNY, USD, EUR or AUD.")
    ] = None,
    basis: Annotated[
        str | None, typer.Option("--basis", help="Convert to a VAT basis: incl_vat or excl_vat.")
    ] = None,
    market: Annotated[
        str | None, typer.Option("--market", "-m", help="Only this market, e.g. china.")
    ] = None,
    max_age: Annotated[
        int,
        typer.Option(
            "--max-age", help="Leave out series with no quote in this many days (0: keep all)."
        ),
    ] = DEFAULT_MAX_AGE_DAYS,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Latest price of every product, its changes (d/d, w/w, m/m, y/y, YTD) and 52-week range."""
    snap = get_snapshot(
        get_store(), as_of=None if as_of is None else parse_date(as_of), currency=currency,
        basis=basis, market=market, max_age_days=max_age or None,
    )  # fmt: skip
    if as_json:
        print_json(snap.model_dump(mode="json"))
    else:
        render_snapshot(snap)


fx_app = typer.Typer(
    help="Exchange rates: pair BASE/QUOTE, rate = QUOTE per BASE.", no_args_is_help=True
)


@fx_app.command("import")
def fx_import(
    file: Annotated[
        Path, typer.Argument(help="CSV with columns date, pair, rate (kind optional).")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Import exchange rates (USD/CNY 7.27 = 7.27 CNY per USD); daily unless kind=monthly."""
    result = import_fx(get_store(), file)
    if as_json:
        print_json(result.model_dump(mode="json"))
        return
    console.print(
        f"{result.file}: {result.rows_read:,} rates read, {result.inserted:,} inserted,"
        f" {result.updated:,} updated, {result.unchanged:,} unchanged"
    )


def register(app: typer.Typer) -> None:
    """Add ``snapshot`` and ``fx``."""
    app.command("snapshot")(snapshot)
    app.add_typer(fx_app, name="fx")
