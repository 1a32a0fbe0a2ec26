"""The ``reemarket`` command: global options, sub-commands, and errors mapped to exit codes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from reemarket import __version__
from reemarket.cli import context
from reemarket.cli.output import error
from reemarket.errors import ReemarketError, RowsRejectedError

app = typer.Typer(
    name="reemarket",
    help="Rare-earth market intelligence: prices, facts with provenance, audits, balances.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback(invoke_without_command=True)
def main(
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Database file (default: $REEMARKET_DB or the user data dir)."),
    ] = None,
    show_version: Annotated[
        bool,
        typer.Option("--version", help="Print the version and exit.", is_eager=True),
    ] = False,
) -> None:
    """Rare-earth market intelligence with provenance."""
    if show_version:
        typer.echo(__version__)
        raise typer.Exit
    context.set_db_path(db)


@app.command("version")
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


# Sub-commands register themselves here; each module holds one family of commands.
from reemarket.cli import register  # noqa: E402

register.register_all(app)


def run() -> None:
    """Entry point: run the app, turning reemarket errors into one line and an exit code.

    Usage errors (a bad option or argument) are reported by Typer itself with exit 2.
    """
    try:
        app()
    except ReemarketError as exc:
        error(str(exc))
        if isinstance(exc, RowsRejectedError):
            for problem in exc.problems[:50]:
                error(f"  {exc.source}: {problem}")
            if len(exc.problems) > 50:
                error(f"  ... and {len(exc.problems) - 50} more")
        sys.exit(exc.exit_code)
    finally:
        context.close_store()
