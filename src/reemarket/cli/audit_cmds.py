"""The ``audit`` command: check every stored claim and list what is wrong."""

from __future__ import annotations

from typing import Annotated

import typer

from reemarket.cli.context import get_store
from reemarket.cli.output import console, print_json, table
from reemarket.services.audit import audit


def audit_cmd(
    doc: Annotated[
        str | None, typer.Option("--document", "--doc", help="Only this document (name or id).")
    ] = None,
    rule: Annotated[
        list[str] | None, typer.Option("--rule", help="Only these rules (repeatable).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Run the audit rules over the stored facts; findings replace the previous run's."""
    report = audit(get_store(), doc, rule or None)
    if as_json:
        print_json(report.model_dump(mode="json"))
        return
    for f in report.findings:
        console.print(f"[bold]{f.code}[/] ({f.severity}) {f.document or ''}", highlight=False)
        console.print(f"  {f.message}", highlight=False, markup=False)
        for s in f.sentences[:2]:
            console.print(f"  > {' '.join(s.split())[:200]}", highlight=False, markup=False)
    rows = [(d.document, d.claims, d.checked, d.passed, d.flagged) for d in report.documents]
    console.print(
        table("Claims per document", ["document", "claims", "checked", "passed", "flagged"], rows)
    )
    by_rule = ", ".join(f"{k} {v}" for k, v in report.by_rule.items())
    console.print(f"{len(report.findings)} finding(s): {by_rule}")


def register(app: typer.Typer) -> None:
    """Add the ``audit`` command."""
    app.command("audit")(audit_cmd)
