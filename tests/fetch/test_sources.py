"""Followed sources and watch: a failing source never stops the others, and backs off."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reemarket.errors import InputError, NotFoundError
from reemarket.fetch.client import FetchPolicy
from reemarket.services import sources as svc
from reemarket.store.db import Store

from .site import Site, corpus_text, html_page, send, serve

POLICY = FetchPolicy(allow_private=True, delay=0.0, timeout=3.0)


@pytest.fixture
def site(shared: Path) -> Iterator[Site]:
    s = Site()
    with serve(s) as live:
        text = corpus_text(shared, "dev", "05_")
        s.page("/robots.txt", b"User-agent: *\nAllow: /\n", "text/plain")
        s.page("/weekly.html", html_page("SMM weekly", text).encode(), "text/html", etag='"w"')
        s.routes["/down"] = lambda h: send(h, 503, b"down")
        yield live


def test_add_list_remove(store: Store) -> None:
    row = svc.add_source(store, "https://example.com/feed", name="ex", every="6h", language="zh")
    assert row.every_seconds == 6 * 3600
    with pytest.raises(InputError, match="already followed"):
        svc.add_source(store, "https://example.com/feed", name=None, every="1h", language=None)
    with pytest.raises(InputError, match="interval"):
        svc.add_source(store, "https://example.com/x", name=None, every="soon", language=None)
    assert [r.name for r in svc.list_sources(store)] == ["ex"]
    svc.remove_source(store, "ex")
    assert svc.list_sources(store) == []
    with pytest.raises(NotFoundError):
        svc.remove_source(store, "ex")


def test_one_failing_source_never_stops_the_others(
    store: Store, site: Site, tmp_path: Path
) -> None:
    svc.add_source(store, site.url("/down"), name="down", every="1h", language=None)
    svc.add_source(store, site.url("/weekly.html"), name="weekly", every="1h", language="en")
    result = svc.poll_due(store, policy=POLICY, cache_dir=tmp_path / "c")
    by_name = {o.source: o for o in result.outcomes}
    assert by_name["down"].error is not None
    assert "HTTP 503" in by_name["down"].error
    assert by_name["down"].retry_in == svc.FIRST_BACKOFF
    assert by_name["weekly"].documents == 1
    assert result.errors == 1
    rows = {r.name: r for r in svc.list_sources(store)}
    assert rows["down"].failures == 1
    assert rows["weekly"].last_error is None
    # nothing is due now: a second round polls nothing
    assert svc.poll_due(store, policy=POLICY, cache_dir=tmp_path / "c").outcomes == []
    # a forced round: the failure count grows and so does the wait; the page is not modified
    again = svc.poll_due(store, policy=POLICY, cache_dir=tmp_path / "c", everything=True)
    by_name = {o.source: o for o in again.outcomes}
    assert by_name["down"].retry_in == 2 * svc.FIRST_BACKOFF
    assert by_name["weekly"].documents == 0


def _cli(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "REEMARKET_DB": str(tmp_path / "cli.duckdb"),
        "REEMARKET_HTTP_CACHE": str(tmp_path / "cache"),
        "COLUMNS": "250",
    }
    return subprocess.run(
        [sys.executable, "-m", "reemarket", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_cli_sources_watch_and_documents(site: Site, tmp_path: Path) -> None:
    assert (
        _cli(["sources", "add", site.url("/weekly.html"), "--name", "weekly"], tmp_path).returncode
        == 0
    )
    assert _cli(["sources", "add", site.url("/down"), "--name", "down"], tmp_path).returncode == 0
    out = _cli(["watch", "--once", "--allow-private", "--delay", "0", "--timeout", "3"], tmp_path)
    assert out.returncode == 0, out.stderr
    assert "weekly: 1 new document(s)" in out.stderr
    assert "down: failed" in out.stderr
    assert "1 new document(s)" in out.stderr
    assert "1 error(s)" in out.stderr
    docs = json.loads(_cli(["documents", "--json"], tmp_path).stdout)
    assert docs[0]["url"] == site.url("/weekly.html")
    assert docs[0]["language"] == "en"
    listed = json.loads(_cli(["sources", "list", "--json"], tmp_path).stdout)
    assert {s["name"]: s["failures"] for s in listed} == {"weekly": 0, "down": 1}
    refused = _cli(["fetch", site.url("/weekly.html")], tmp_path)  # no --allow-private
    assert refused.returncode == 2
    assert "private" in refused.stderr
    again = _cli(
        ["fetch", "--allow-private", "--delay", "0", "--json", site.url("/weekly.html")], tmp_path
    )
    assert json.loads(again.stdout)["documents"] == 0
