"""Commands about the catalog: ``products`` and ``convert``."""

from __future__ import annotations

from typing import Annotated

import typer

from reemarket.cli.context import get_store
from reemarket.cli.output import console, print_json, table
from reemarket.domain.money import VatBasis
from reemarket.domain.periods import parse_date
from reemarket.domain.units import parse_unit
from reemarket.services.catalog import convert_value, list_products


def products(
    name: Annotated[
        str | None, typer.Argument(help="Show one product, by any of its names.")
    ] = None,
    form: Annotated[
        str | None, typer.Option(help="Only products of this form (oxide, metal...).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the product catalog, or show one product with its chemistry and names."""
    found = list_products(name, form)
    if as_json:
        print_json([p.model_dump() for p in found])
        return
    if name:
        p = found[0]
        console.print(f"[bold]{p.id}[/]  {p.name}  ({p.form}, quoted in {p.quote_unit})")
        if p.composition:
            comp = ", ".join(f"{k} {v:.0%}" for k, v in p.composition.items())
            shares = ", ".join(f"{k} {v:.4f}" for k, v in p.element_shares.items())
            console.print(f"composition: {comp}\nelement mass fractions: {shares}")
            console.print(f"rare-earth metal share: {p.metal_share:.4f}")
        console.print("names: " + "; ".join(p.names_en + p.names_zh))
        return
    rows = [(p.id, p.form, p.quote_unit, ", ".join(p.names_en[:3] + p.names_zh[:1])) for p in found]
    console.print(table(None, ["id", "form", "quoted in", "names"], rows))


def convert_cmd(
    value: Annotated[float, typer.Argument(help="The number to convert.")],
    source: Annotated[str, typer.Argument(help="Its unit, e.g. CNY/t, yuan/mt, t, kg.")],
    target: Annotated[str, typer.Argument(help="The unit wanted, e.g. USD/kg.")],
    fx: Annotated[
        float | None,
        typer.Option(
            help="FX rate of --pair, QUOTE per BASE (USD/CNY 7.2 = 7.2 CNY per USD); default:"
            " the stored or bundled rate of --date."
        ),
    ] = None,
    pair: Annotated[
        str | None, typer.Option("--pair", help="Pair of --fx, BASE/QUOTE (default: USD as base).")
    ] = None,
    on: Annotated[
        str | None, typer.Option("--date", help="Date whose FX rate is used without --fx.")
    ] = None,
    from_basis: Annotated[
        VatBasis | None, typer.Option("--from-basis", help="VAT basis of the value.")
    ] = None,
    to_basis: Annotated[
        VatBasis | None, typer.Option("--to-basis", help="VAT basis wanted.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Convert a price or quantity between units, currencies (with --fx) and VAT bases."""
    a, b = parse_unit(source), parse_unit(target)
    needs_store = fx is None and a.currency is not None and b.currency not in (None, a.currency)
    result = convert_value(
        value, source, target, fx=fx, fx_pair=pair,
        on=None if on is None else parse_date(on), store=get_store() if needs_store else None,
        source_basis=from_basis, target_basis=to_basis,
    )  # fmt: skip
    if as_json:
        print_json(result.model_dump())
        return
    notes = []
    if result.fx is not None:
        used = result.fx
        when = "given" if used.kind == "given" else f"{used.kind} {used.date}, {used.source}"
        notes.append(f"FX {used.pair} {used.rate:g} = {used.meaning}, {when}")
    if from_basis and to_basis:
        notes.append(f"{from_basis} -> {to_basis}")
    suffix = f"  ({', '.join(notes)})" if notes else ""
    console.print(
        f"{value:,.6g} {result.source_unit} = {result.result:,.6g} {result.target_unit}{suffix}"
    )


def register(app: typer.Typer) -> None:
    """Add the catalog commands."""
    app.command("products")(products)
    app.command("convert")(convert_cmd)
