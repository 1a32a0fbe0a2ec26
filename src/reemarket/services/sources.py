"""Use case: follow web sources and poll the due ones, each failure retried with backoff.

Why a plain loop rather than a scheduler library: the schedule is one column
(``next_due_at``) in the same database as everything else, so a poll is "select the
due sources, fetch each, store the next due time"; a separate job store would be a
second copy of that state. ``watch`` sleeps until the next source is due.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reemarket.errors import InputError, NotFoundError, ReemarketError
from reemarket.fetch.client import FetchPolicy
from reemarket.fetch.urls import check_url
from reemarket.services.fetch import FetchSummary, fetch_urls
from reemarket.store import sources as source_store
from reemarket.store.db import Store
from reemarket.store.sources import SourceRow

_EVERY = re.compile(r"(\d+)\s*([smhd])")
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}
#: Longest wait after repeated failures.
MAX_BACKOFF = 24 * 3600
#: First wait after a failure; doubled for each failure in a row.
FIRST_BACKOFF = 60


def parse_every(text: str) -> int:
    """Seconds in an interval like ``6h``, ``30m``, ``1d`` or ``90s`` (at least 60 s)."""
    m = _EVERY.fullmatch(text.strip().lower())
    if not m:
        raise InputError(f"interval {text!r}: expected a number and s, m, h or d, e.g. 6h")
    seconds = int(m.group(1)) * _UNIT[m.group(2)]
    if seconds < 60:
        raise InputError(f"interval {text!r}: at least one minute between polls")
    return seconds


def add_source(
    store: Store, url: str, *, name: str | None, every: str, language: str | None
) -> SourceRow:
    """Follow a URL (a page or a feed)."""
    clean = check_url(url)
    seconds = parse_every(every)
    with store.transaction() as tx:
        row = source_store.add(tx, clean, name or clean, seconds, language)
    if row is None:
        raise InputError(f"{clean}: already followed", field="url")
    return row


def list_sources(store: Store) -> list[SourceRow]:
    """Every followed source with its last run."""
    return source_store.all_sources(store.conn)


def remove_source(store: Store, key: str) -> SourceRow:
    """Stop following a source (by id, URL or name); its documents stay."""
    row = source_store.find(store.conn, key)
    if row is None:
        raise NotFoundError(f"no source {key!r}")
    with store.transaction() as tx:
        source_store.remove(tx, row.id)
    return row


def backoff(failures: int, every: int) -> int:
    """Seconds to wait after ``failures`` failures in a row (doubling, capped)."""
    return int(
        min(FIRST_BACKOFF * 2 ** max(failures - 1, 0), MAX_BACKOFF, max(every, FIRST_BACKOFF))
    )


@dataclass
class SourceOutcome:
    """One source's poll."""

    source: str
    documents: int = 0
    facts: int = 0
    error: str | None = None
    retry_in: int | None = None


@dataclass
class WatchSummary:
    """One round of polling."""

    outcomes: list[SourceOutcome] = field(default_factory=list)

    @property
    def documents(self) -> int:
        """New documents."""
        return sum(o.documents for o in self.outcomes)

    @property
    def facts(self) -> int:
        """New facts."""
        return sum(o.facts for o in self.outcomes)

    @property
    def errors(self) -> int:
        """Sources that failed."""
        return sum(1 for o in self.outcomes if o.error)


def poll_source(
    store: Store, src: SourceRow, *, policy: FetchPolicy, cache_dir: Path | None
) -> SourceOutcome:
    """Poll one source; a failure is recorded with its reason and a backoff, never raised."""
    now = datetime.now(UTC)
    out = SourceOutcome(src.name)
    summary: FetchSummary | None = None
    try:
        summary = fetch_urls(
            store,
            [src.url],
            policy=policy,
            cache_dir=cache_dir,
            skip_bad=True,
            language=src.language,
            source_id=src.id,
        )
        if src.url in summary.failed:
            out.error = summary.errors[0] if summary.errors else summary.failed[src.url]
    except ReemarketError as exc:
        out.error = str(exc)
    if summary is not None:
        out.documents = summary.documents
        out.facts = sum(summary.facts.values())
    if out.error:
        out.retry_in = backoff(src.failures + 1, src.every_seconds)
        next_due = now + timedelta(seconds=out.retry_in)
    else:
        next_due = now + timedelta(seconds=src.every_seconds)
    with store.transaction() as tx:
        source_store.record_run(
            tx, src.id, now=now, next_due=next_due, error=out.error, new_documents=out.documents
        )
    return out


def poll_due(
    store: Store,
    *,
    policy: FetchPolicy,
    cache_dir: Path | None,
    progress: Callable[[SourceOutcome], None] | None = None,
    everything: bool = False,
) -> WatchSummary:
    """Poll every due source (or every source) once; one failing never stops the others."""
    rows = (
        source_store.all_sources(store.conn)
        if everything
        else source_store.due(store.conn, datetime.now(UTC))
    )
    result = WatchSummary()
    for src in rows:
        outcome = poll_source(store, src, policy=policy, cache_dir=cache_dir)
        result.outcomes.append(outcome)
        if progress:
            progress(outcome)
    return result


def seconds_to_next(store: Store) -> float | None:
    """Seconds until the next source is due (0 when one is due now), None without sources."""
    rows = source_store.all_sources(store.conn)
    if not rows:
        return None
    soonest = min(r.next_due_at for r in rows)
    return max((soonest - datetime.now(UTC)).total_seconds(), 0.0)


def watch_forever(
    store: Store,
    *,
    policy: FetchPolicy,
    cache_dir: Path | None,
    progress: Callable[[SourceOutcome], None] | None = None,
    rounds: int | None = None,
) -> None:
    """Poll due sources, sleep until the next is due, repeat (``rounds`` times if given)."""
    done = 0
    while rounds is None or done < rounds:
        poll_due(store, policy=policy, cache_dir=cache_dir, progress=progress)
        done += 1
        wait = seconds_to_next(store)
        if wait is None:
            raise NotFoundError("no sources to watch (add one first)")
        time.sleep(min(max(wait, 1.0), 3600.0))
