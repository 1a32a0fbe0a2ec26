"""Commands ``ingest`` and ``facts export|show``: documents in, facts with provenance out."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from reemarket.cli.context import get_store
from reemarket.cli.output import console, err_console, print_json, stdout_reserved, table
from reemarket.errors import InputError, PeriodError
from reemarket.services import facts as fact_service
from reemarket.services.ingest import expand_paths, ingest_paths
from reemarket.services.parallel import ingest_parallel


def _parse_date(on: str) -> date:
    """The ``--date`` option's day."""
    try:
        return date.fromisoformat(on)
    except ValueError as exc:
        raise PeriodError(f"--date {on!r}: expected YYYY-MM-DD") from exc


facts_app = typer.Typer(
    help="Extracted facts: export in the exchange format, or show with evidence.",
    no_args_is_help=True,
)


def _committed_line(done: int, total: int) -> None:
    """Say on stderr how many files are done, each time a batch is committed."""
    err_console.print(f"ingest: {done} of {total} files done (committed)", highlight=False)


def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders or globs (.txt, .md, .html, .pdf).")
    ],
    meta: Annotated[
        Path | None, typer.Option("--meta", help="JSON metadata keyed by file name.")
    ] = None,
    on: Annotated[
        str | None, typer.Option("--date", help="Publication date of the documents (YYYY-MM-DD).")
    ] = None,
    skip_bad: Annotated[
        bool, typer.Option("--skip-bad", help="Ingest the readable files, report the rest.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    workers: Annotated[
        int,
        typer.Option(
            min=0, max=512, help="Extract on a local Dask cluster of N processes (0: in this one)."
        ),
    ] = 0,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Extract on an existing Dask cluster, e.g. tcp://host:8786."),
    ] = None,
) -> None:
    """Ingest documents and extract every market fact with provenance."""
    given = _parse_date(on) if on else None
    store = get_store()
    files = expand_paths(paths)
    if workers or scheduler:
        with stdout_reserved(as_json):  # the workers inherit stdout: keep it for the JSON
            summary = ingest_parallel(
                store, [str(f) for f in files], workers=max(workers, 1), scheduler=scheduler,
                meta_file=meta, given_date=given, skip_bad=skip_bad, progress=_committed_line,
            )  # fmt: skip
    elif len(files) > 1 and not as_json:
        with Progress(
            TextColumn("reading"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=err_console,
            transient=True,
        ) as bar:
            task = bar.add_task("", total=len(files))

            def step(name: str) -> None:
                bar.update(task, advance=1, description=name[:40])

            summary = ingest_paths(
                store,
                [str(f) for f in files],
                meta_file=meta,
                given_date=given,
                skip_bad=skip_bad,
                progress=step,
            )
    else:
        summary = ingest_paths(
            store, [str(f) for f in files], meta_file=meta, given_date=given, skip_bad=skip_bad
        )
    if as_json:
        print_json(summary.as_dict())
        return
    out = err_console if not sys.stdout.isatty() else console
    out.print(f"documents ingested: {summary.documents}, already present: {summary.skipped}")
    if summary.facts:
        rows = [(k, n) for k, n in sorted(summary.facts.items())] + [
            ("total", sum(summary.facts.values()))
        ]
        out.print(table("facts by kind", ["kind", "facts"], rows))
    out.print(f"price observations: {summary.observations}")
    if summary.retitled:
        out.print(f"titles given to documents already present: {summary.retitled}")
    for w in summary.warnings:
        out.print(f"[yellow]warning:[/] {w}", highlight=False)
    for e in summary.errors:
        out.print(f"[red]skipped:[/] {e}", highlight=False)


@facts_app.command("export")
def export(
    fmt: Annotated[
        str, typer.Option("--format", help="jsonl (the exchange format) or csv.")
    ] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File to write (default: stdout).")
    ] = None,
    document: Annotated[
        str | None, typer.Option("--document", help="Document name or id prefix.")
    ] = None,
    kind: Annotated[str | None, typer.Option("--kind")] = None,
    no_evidence: Annotated[
        bool, typer.Option("--no-evidence", help="Leave out the sentences.")
    ] = False,
    include_unresolved: Annotated[bool, typer.Option("--include-unresolved")] = False,
) -> None:
    """Export facts in the exchange format of FACTS.md (JSON Lines), or as CSV."""
    writers = {"jsonl": fact_service.export_jsonl, "csv": fact_service.export_csv}
    if fmt not in writers:
        raise InputError(f"--format {fmt!r}: jsonl or csv")
    write = writers[fmt]
    flt = fact_service.FactFilter(
        document=document, kind=kind, include_unresolved=include_unresolved
    )
    store = get_store(create=False)
    if output is None:
        write(store, sys.stdout, flt, evidence=not no_evidence)
        return
    # Written beside the target and moved into place only when complete: a failure
    # leaves no empty or partial file behind.
    partial = output.with_name(f".{output.name}.partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as fh:
            n = write(store, fh, flt, evidence=not no_evidence)
        partial.replace(output)
    except OSError as exc:
        raise InputError(f"{output}: cannot write ({exc.strerror or exc})") from exc
    finally:
        partial.unlink(missing_ok=True)
    err_console.print(f"wrote {n:,} facts to {output}")


@facts_app.command("show")
def show(
    document: Annotated[
        str | None, typer.Option("--document", "-d", help="Document name or id prefix.")
    ] = None,
    kind: Annotated[str | None, typer.Option("--kind", "-k")] = None,
    product: Annotated[
        str | None, typer.Option("--product", "-p", help="Any product name.")
    ] = None,
    entity: Annotated[str | None, typer.Option("--entity", "-e")] = None,
    period: Annotated[
        str | None, typer.Option("--period", help="Facts overlapping this period.")
    ] = None,
    include_unresolved: Annotated[bool, typer.Option("--include-unresolved")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    limit: Annotated[int, typer.Option("--limit", help="Show at most N facts (0: all).")] = 200,
) -> None:
    """Show facts beside the sentence each came from."""
    flt = fact_service.FactFilter(document, kind, product, entity, period, include_unresolved)
    found = list(fact_service.query(get_store(create=False), flt))
    rows = found[:limit] if limit > 0 else found
    if as_json:
        print_json(rows)
        return
    for f in rows:
        value = f"{f['value']:,.10g}"
        if f["value_high"] is not None:
            value += f"-{f['value_high']:,.10g}"
        where = f["doc"] + (f" p.{f['page']}" if f["page"] else "") + f" @{f['span'][0]}"
        status = f" [{f['status']}]" if f["status"] else ""
        console.print(
            f"[bold]{f['kind']}[/] {escape(f['entity'])} {f['subject'] or '-'} {f['metric']} "
            f"{f['period'] or '-'} = {value} {f['unit']}{status}  [dim]{escape(where)}[/]",
            highlight=False,
        )
        console.print(f"    [italic]{escape(f['evidence'])}[/]", highlight=False, soft_wrap=True)
    more = f" (--limit {len(found)} shows all)" if len(rows) < len(found) else ""
    console.print(f"{len(rows):,} of {len(found):,} fact(s) shown{more}")


@facts_app.command("why")
def why(
    document: Annotated[
        str,
        typer.Argument(
            help="A document file (.txt .md .html .pdf), or a stored document's name or id."
        ),
    ],
    sentence: Annotated[
        str, typer.Argument(help="A sentence number (1 = first) or a piece of its text.")
    ],
    meta: Annotated[
        Path | None, typer.Option("--meta", help="JSON metadata keyed by file name.")
    ] = None,
    on: Annotated[
        str | None, typer.Option("--date", help="Publication date of the document (YYYY-MM-DD).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Show which rules read each figure of a sentence, which vetoes dropped what, and why."""
    from dataclasses import asdict

    from reemarket.ingest.trace import VETOES
    from reemarket.services.why import explain, explain_stored

    path = Path(document)
    if path.is_file():
        given = _parse_date(on) if on else None
        found = explain(path, sentence, meta_file=meta, given_date=given)
    else:
        found = explain_stored(get_store(), document, sentence)
    if as_json:
        print_json([asdict(s) for s in found])
        return
    for s in found:
        console.print(f"[bold]sentence {s.number}[/] @{s.start} ({s.language})", highlight=False)
        console.print(f"    [italic]{escape(s.text)}[/]", highlight=False, soft_wrap=True)
        for h in s.hits:
            figure = s.text[h.span[0] : h.span[1]] if h.span else ""
            if h.veto_code is not None:
                reason = VETOES.get(h.veto_code, h.veto_code)
                said = f"[red]dropped: {h.veto_code}[/] ({escape(reason)})"
            elif h.fact is not None:
                f = h.fact
                said = escape(
                    f"{f['kind']} {f['entity']} {f['subject']} {f['metric']} "
                    f"{f['period'] or '-'} = {f['value']:,.10g} {f['unit']}"
                )
            elif h.rule_id.startswith("zh.") and h.note:
                said = "[green]kept[/]"
            else:
                said = "[dim]no fact[/]"
            console.print(
                f"  {escape(figure) or '-':>18}  {escape(h.rule_id)}  {said}"
                + (f"  [dim]({escape(h.note)})[/]" if h.note else ""),
                highlight=False,
            )
        console.print(f"  kept: {len(s.kept)} fact(s)")
        if s.published is None:
            console.print(
                "  [yellow]no publication date found: figures without a date of their own"
                " give no fact (give --date or --meta)[/]"
            )
        for k in s.kept:
            console.print("    " + escape(str(k)), highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add ``ingest`` and the ``facts`` sub-app."""
    app.command("ingest")(ingest)
    app.add_typer(facts_app, name="facts")
