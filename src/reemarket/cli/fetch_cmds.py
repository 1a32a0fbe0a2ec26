"""Commands ``fetch``, ``sources add|list|remove``, ``watch`` and ``documents``."""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import platformdirs
import typer
from rich.markup import escape

from reemarket.cli.context import get_store
from reemarket.cli.output import console, err_console, print_json, table
from reemarket.fetch.client import FetchPolicy
from reemarket.services import sources as source_service
from reemarket.services.fetch import fetch_urls
from reemarket.services.sources import SourceOutcome
from reemarket.store import fetched

sources_app = typer.Typer(help="Web sources you follow: add, list, remove.", no_args_is_help=True)

AllowPrivate = Annotated[
    bool,
    typer.Option("--allow-private", help="Allow hosts on loopback or private addresses."),
]
Delay = Annotated[float, typer.Option("--delay", help="Seconds between requests to one host.")]
Timeout = Annotated[float, typer.Option("--timeout", help="Seconds to wait for a server.")]
NoRobots = Annotated[
    bool, typer.Option("--ignore-robots", help="Do not read robots.txt (only for your own sites).")
]


def cache_dir() -> Path:
    """The HTTP cache folder: $REEMARKET_HTTP_CACHE or the user cache dir."""
    env = os.environ.get("REEMARKET_HTTP_CACHE")
    return Path(env) if env else Path(platformdirs.user_cache_dir("reemarket")) / "http"


def fetch(
    urls: Annotated[list[str], typer.Argument(help="Pages, PDFs or RSS/Atom feeds (http/https).")],
    allow_private: AllowPrivate = False,
    delay: Delay = 1.0,
    timeout: Timeout = 20.0,
    ignore_robots: NoRobots = False,
    max_items: Annotated[int, typer.Option("--max-items", help="Items read per feed.")] = 200,
    language: Annotated[str | None, typer.Option("--language", help="e.g. zh or en")] = None,
    skip_bad: Annotated[
        bool, typer.Option("--skip-bad", help="Ingest what can be read, report the rest.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Fetch web pages, PDFs and feeds and ingest them with their provenance."""
    policy = FetchPolicy(
        allow_private=allow_private,
        robots=not ignore_robots,
        delay=delay,
        timeout=timeout,
        max_feed_items=max_items,
    )
    summary = fetch_urls(
        get_store(),
        urls,
        policy=policy,
        cache_dir=cache_dir(),
        skip_bad=skip_bad,
        language=language,
    )
    if as_json:
        print_json(summary.as_dict())
        return
    err_console.print(
        f"documents ingested: {summary.documents}, already present: {summary.skipped},"
        f" unchanged: {summary.unchanged}, requests: {summary.requests}"
        f" ({summary.not_modified} not modified)",
        highlight=False,
    )
    err_console.print(
        f"facts: {sum(summary.facts.values())}, price observations: {summary.observations}"
    )
    for w in summary.warnings:
        err_console.print(f"[yellow]warning:[/] {escape(w)}", highlight=False)
    for e in summary.errors:
        err_console.print(f"[red]skipped:[/] {escape(e)}", highlight=False)


@sources_app.command("add")
def sources_add(
    url: Annotated[str, typer.Argument(help="A page or an RSS/Atom feed.")],
    name: Annotated[str | None, typer.Option("--name")] = None,
    every: Annotated[str, typer.Option("--every", help="Poll interval, e.g. 6h, 30m, 1d.")] = "6h",
    language: Annotated[str | None, typer.Option("--language", help="e.g. zh or en")] = None,
) -> None:
    """Follow a source."""
    row = source_service.add_source(get_store(), url, name=name, every=every, language=language)
    console.print(f"following {row.name} (id {row.id}) every {row.every_seconds // 60} min")


@sources_app.command("list")
def sources_list(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List followed sources with their last run."""
    rows = source_service.list_sources(get_store())
    if as_json:
        print_json([asdict(r) for r in rows])
        return
    console.print(
        table(
            "sources",
            ["id", "name", "url", "every", "last run", "new docs", "failures", "last error"],
            [
                (
                    r.id,
                    r.name,
                    r.url,
                    f"{r.every_seconds // 60} min",
                    r.last_run_at,
                    r.last_new_documents,
                    r.failures,
                    r.last_error or "",
                )
                for r in rows
            ],
        )
    )


@sources_app.command("remove")
def sources_remove(key: Annotated[str, typer.Argument(help="Id, URL or name.")]) -> None:
    """Stop following a source (its documents stay)."""
    row = source_service.remove_source(get_store(), key)
    console.print(f"removed {row.name} (id {row.id})")


def watch(
    once: Annotated[
        bool, typer.Option("--once", help="Poll every due source once and stop.")
    ] = False,
    allow_private: AllowPrivate = False,
    delay: Delay = 1.0,
    timeout: Timeout = 20.0,
    ignore_robots: NoRobots = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Poll followed sources when due; a failing source is retried later with backoff."""
    policy = FetchPolicy(
        allow_private=allow_private, robots=not ignore_robots, delay=delay, timeout=timeout
    )
    store = get_store()

    def line(o: SourceOutcome) -> None:
        if as_json:
            return
        if o.error:
            err_console.print(
                f"[red]{escape(o.source)}[/]: failed: {escape(o.error)} (retry in {o.retry_in} s)",
                highlight=False,
            )
        else:
            err_console.print(
                f"{escape(o.source)}: {o.documents} new document(s), {o.facts} new fact(s)",
                highlight=False,
            )

    if not once:
        source_service.watch_forever(store, policy=policy, cache_dir=cache_dir(), progress=line)
        return
    result = source_service.poll_due(store, policy=policy, cache_dir=cache_dir(), progress=line)
    if as_json:
        print_json({"sources": [asdict(o) for o in result.outcomes], "documents": result.documents,
                    "facts": result.facts, "errors": result.errors})  # fmt: skip
        return
    err_console.print(
        f"{len(result.outcomes)} source(s) polled: {result.documents} new document(s),"
        f" {result.facts} new fact(s), {result.errors} error(s)",
        highlight=False,
    )


def documents(
    limit: Annotated[int, typer.Option("--limit")] = 100,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List documents with publisher, date, language, URL and story."""
    rows = fetched.list_documents(get_store().conn, limit)
    if as_json:
        print_json([asdict(r) for r in rows])
        return
    console.print(
        table(
            "documents",
            ["id", "title", "publisher", "published", "lang", "url", "story", "copies"],
            [
                (
                    r.id[:10],
                    (r.title or r.name)[:50],
                    r.publisher,
                    r.published,
                    r.language,
                    r.url or "",
                    (r.story_id or r.id)[:10],
                    r.copies or 1,
                )
                for r in rows
            ],
        )
    )


def register(app: typer.Typer) -> None:
    """Add ``fetch``, ``watch``, ``documents`` and the ``sources`` sub-app."""
    app.command("fetch")(fetch)
    app.command("watch")(watch)
    app.command("documents")(documents)
    app.add_typer(sources_app, name="sources")
