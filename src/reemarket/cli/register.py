"""The list of command families; each adds its commands to the main app."""

from __future__ import annotations

import typer


def register_all(app: typer.Typer) -> None:
    """Add every command family to ``app``."""
    from reemarket.cli import (
        audit_cmds,
        demo_cmds,
        fetch_cmds,
        ingest_cmds,
        model_cmds,
        prices_cmds,
        products_cmds,
        quotas_cmds,
        report_cmds,
        serve_cmds,
        snapshot_cmds,
    )

    demo_cmds.register(app)
    products_cmds.register(app)
    prices_cmds.register(app)
    model_cmds.register(app)
    ingest_cmds.register(app)
    audit_cmds.register(app)
    report_cmds.register(app)
    serve_cmds.register(app)
    fetch_cmds.register(app)
    snapshot_cmds.register(app)
    quotas_cmds.register(app)
