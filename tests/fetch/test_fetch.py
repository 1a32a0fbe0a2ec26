"""Fetching over real HTTP from a site served on 127.0.0.1: provenance, politeness, refusals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reemarket.errors import FetchError, UrlRefusedError
from reemarket.fetch.client import USER_AGENT, FetchPolicy
from reemarket.services.fetch import fetch_urls
from reemarket.store import fetched
from reemarket.store.db import Store

from .site import Site, corpus_text, html_page, send, serve, slow, tiny_pdf

POLICY = FetchPolicy(allow_private=True, delay=0.0, timeout=3.0, max_feed_items=5)
#: For the page that answers late: the suite must stay fast, the others must not flake.
SHORT = FetchPolicy(allow_private=True, delay=0.0, timeout=1.0, max_feed_items=5)


def rss(base: str, links: list[str]) -> bytes:
    items = "".join(
        f"<item><title>item {i}</title><link>{base}{link}</link></item>"
        for i, link in enumerate(links)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
        f"<link>{base}/</link>{items}</channel></rss>"
    ).encode()


def atom(base: str, links: list[str]) -> bytes:
    entries = "".join(
        f'<entry><title>e{i}</title><id>urn:e{i}</id><link href="{base}{link}"/>'
        "<updated>2025-03-04T00:00:00Z</updated></entry>"
        for i, link in enumerate(links)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>A</title><id>urn:a</id><updated>2025-03-04T00:00:00Z</updated>{entries}</feed>"
    ).encode()


@pytest.fixture
def site(shared: Path) -> Iterator[Site]:
    s = Site()
    with serve(s) as live:
        reuters = corpus_text(shared, "dev", "12_")
        smm = corpus_text(shared, "dev", "01_")
        zh = corpus_text(shared, "dev_zh", "01_")
        s.page("/robots.txt", b"User-agent: *\nDisallow: /private/\n", "text/plain")
        s.page(
            "/news/reuters.html",
            html_page("NdPr above floor", reuters).encode(),
            "text/html",
            etag='"r1"',
        )
        s.page(
            "/news/smm.html",
            html_page("SMM morning", smm).encode(),
            "text/html; charset=utf-8",
            etag='"s1"',
        )
        s.page(
            "/zh/daily.html",
            html_page("稀土日报", zh).encode("gbk"),
            "text/html; charset=gbk",
            etag='"z1"',
        )
        s.page(
            "/report.pdf",
            tiny_pdf("Rare earth monthly\nNdPr oxide prices rose in March 2025.\n" * 3),
            "application/pdf",
            etag='"p1"',
        )
        s.page("/private/secret.html", html_page("secret", reuters).encode(), "text/html")
        s.page(
            "/feed.rss",
            rss(live.base, ["/news/reuters.html", "/news/smm.html"]),
            "application/rss+xml",
            etag='"f1"',
        )
        s.page(
            "/feed.atom", atom(live.base, ["/zh/daily.html"]), "application/atom+xml", etag='"a1"'
        )
        s.page(
            "/bad.rss",
            b'<?xml version="1.0"?><rss><channel><item><title>broken',
            "application/rss+xml",
        )
        s.page(
            "/scripts.html",
            b"<html><head><script>var a=1;</script></head><body><script>go()</script></body></html>",
            "text/html",
        )
        s.page(
            "/huge.rss",
            rss(live.base, [f"/news/reuters.html?i={i}" for i in range(10_000)]),
            "application/rss+xml",
        )
        paras = [p for p in reuters.split("\n") if p.strip()]
        wire = "\n".join(["Metals Daily Wire, syndicated", *paras[:2], *paras[3:]])
        s.page(
            "/wire/ndpr.html",
            html_page("NdPr rally (wire)", wire, chrome="Wire").encode(),
            "text/html",
        )
        s.routes["/error"] = lambda h: send(h, 500, b"boom")
        s.routes["/slow"] = slow(4.0)
        s.routes["/loop"] = lambda h: send(h, 302, b"", headers={"Location": "/loop"})
        s.routes["/big"] = lambda h: send(h, 200, b"x" * (30 * 1024 * 1024), "text/plain")
        s.routes["/ua"] = lambda h: send(
            h,
            200,
            html_page("ua", h.headers.get("User-Agent", "") + " " + reuters).encode(),
            "text/html",
        )
        yield live


def run(store: Store, urls: list[str], tmp_path: Path, **kw: object) -> object:
    return fetch_urls(store, urls, policy=POLICY, cache_dir=tmp_path / "cache", **kw)  # type: ignore[arg-type]


def test_page_pdf_and_gbk_page_are_ingested_with_provenance(
    store: Store, site: Site, tmp_path: Path
) -> None:
    urls = [site.url("/news/reuters.html"), site.url("/report.pdf"), site.url("/zh/daily.html")]
    summary = fetch_urls(store, urls, policy=POLICY, cache_dir=tmp_path / "cache")
    assert summary.documents == 3
    rows = store.conn.execute(
        "SELECT d.format, d.language, f.url, f.final_url, f.http_status, f.etag, f.content_hash,"
        " f.retrieved_at FROM documents d JOIN document_fetches f ON f.document_id = d.id ORDER BY f.url"
    ).fetchall()
    by_url = {r[2]: r for r in rows}
    assert by_url[site.url("/report.pdf")][0] == "pdf"
    assert by_url[site.url("/zh/daily.html")][1] == "zh"
    for r in rows:
        assert r[3] == r[2]
        assert r[4] == 200
        assert r[5].startswith('"')
        assert len(r[6]) == 64
        assert r[7] is not None
    text = store.conn.execute(
        "SELECT text FROM documents d JOIN document_fetches f ON f.document_id = d.id WHERE f.url = ?",
        [site.url("/zh/daily.html")],
    ).fetchall()[0][0]
    assert "稀土" in text  # the GBK page decoded by its declared charset
    facts = store.conn.execute("SELECT count(*) FROM facts").fetchall()[0][0]
    assert facts > 0


def test_second_run_downloads_nothing_new_and_writes_nothing(
    store: Store, site: Site, tmp_path: Path
) -> None:
    urls = [site.url("/feed.rss"), site.url("/feed.atom"), site.url("/report.pdf")]
    first = fetch_urls(store, urls, policy=POLICY, cache_dir=tmp_path / "cache")
    assert first.documents == 4  # two RSS items, one Atom item, the PDF
    runs_before = store.conn.execute("SELECT count(*) FROM runs").fetchall()[0][0]
    site.log.clear()
    second = fetch_urls(store, urls, policy=POLICY, cache_dir=tmp_path / "cache")
    assert second.documents == 0
    assert site.count(200, "/news") + site.count(200, "/zh") + site.count(200, "/feed") == 0
    assert site.count(200, "/report") == 0
    assert site.count(304) == 6
    assert store.conn.execute("SELECT count(*) FROM runs").fetchall()[0][0] == runs_before


def test_robots_disallow_is_refused_and_never_requested(
    store: Store, site: Site, tmp_path: Path
) -> None:
    with pytest.raises(UrlRefusedError) as info:
        run(store, [site.url("/private/secret.html")], tmp_path)
    assert info.value.reason == "robots"
    assert not any(p.startswith("/private") for p, _ in site.log)
    assert store.conn.execute("SELECT count(*) FROM documents").fetchall()[0][0] == 0


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/error", "http_status"), ("/slow", "timeout"), ("/loop", "redirects"), ("/big", "too_large"),
     ("/bad.rss", "malformed_feed"), ("/scripts.html", "document"), ("/nothing", "http_status")],
)  # fmt: skip
def test_failures_are_named_and_the_others_go_on(
    store: Store, site: Site, tmp_path: Path, path: str, reason: str
) -> None:
    good = site.url("/news/smm.html")
    policy = SHORT if path == "/slow" else POLICY
    summary = fetch_urls(
        store, [site.url(path), good], policy=policy, cache_dir=tmp_path / "c", skip_bad=True
    )
    assert summary.failed == {site.url(path): reason}
    assert summary.documents == 1
    if reason != "document":
        with pytest.raises(FetchError) as info:
            fetch_urls(store, [site.url(path)], policy=policy, cache_dir=tmp_path / "c")
        assert info.value.reason == reason


def test_a_bad_url_in_a_batch_writes_nothing_without_skip_bad(
    store: Store, site: Site, tmp_path: Path
) -> None:
    with pytest.raises(FetchError):
        run(store, [site.url("/news/smm.html"), site.url("/error")], tmp_path)
    assert store.conn.execute("SELECT count(*) FROM documents").fetchall()[0][0] == 0


def test_huge_feed_is_bounded_with_a_named_warning(
    store: Store, site: Site, tmp_path: Path
) -> None:
    summary = run(store, [site.url("/huge.rss")], tmp_path)
    assert any("feed_truncated" in w and "10000" in w for w in summary.warnings)  # type: ignore[attr-defined]
    assert site.count(200, "/news/reuters.html") == 5


def test_user_agent_names_reemarket_and_its_version(
    store: Store, site: Site, tmp_path: Path
) -> None:
    run(store, [site.url("/ua")], tmp_path)
    text = store.conn.execute("SELECT text FROM documents").fetchall()[0][0]
    assert USER_AGENT.split(" ")[0] in text
    assert USER_AGENT.startswith("reemarket/")


@pytest.mark.parametrize(
    ("url", "reason"),
    [("file:///etc/passwd", "scheme"), ("ftp://example.com/x", "scheme"),
     ("http://user:secret@127.0.0.1:9/x", "credentials"), ("http://127.0.0.1:9/x", "private_address"),
     ("http://[::1]:9/", "private_address"), ("http://10.1.2.3/", "private_address")],
)  # fmt: skip
def test_refused_urls_name_their_reason_and_store_nothing(
    store: Store, tmp_path: Path, url: str, reason: str
) -> None:
    with pytest.raises(UrlRefusedError) as info:
        fetch_urls(store, [url], policy=FetchPolicy(), cache_dir=tmp_path / "c")
    assert info.value.reason == reason
    assert "secret" not in str(info.value)
    assert store.conn.execute("SELECT count(*) FROM documents").fetchall()[0][0] == 0
    assert fetched.list_documents(store.conn, 10) == []


def test_a_syndicated_copy_is_one_story_with_two_provenances(
    store: Store, site: Site, tmp_path: Path
) -> None:
    summary = run(store, [site.url("/news/reuters.html"), site.url("/wire/ndpr.html")], tmp_path)
    assert summary.documents == 2  # type: ignore[attr-defined]
    rows = store.conn.execute(
        "SELECT f.url, s.story_id, s.document_id FROM document_fetches f"
        " JOIN document_stories s USING (document_id) ORDER BY f.url"
    ).fetchall()
    assert len(rows) == 2
    assert rows[0][1] == rows[1][1]  # one story
    assert rows[0][2] != rows[1][2]  # two documents, each with its own URL
    listed = fetched.list_documents(store.conn, 10)
    assert {r.copies for r in listed} == {2}
    assert {r.url for r in listed} == {site.url("/news/reuters.html"), site.url("/wire/ndpr.html")}


def test_robots_answering_500_means_nothing_is_fetched(store: Store, tmp_path: Path) -> None:
    s = Site()
    s.routes["/robots.txt"] = lambda h: send(h, 500, b"down")
    s.page("/a.html", html_page("a", "Pr-Nd oxide rose. " * 40).encode(), "text/html")
    with serve(s) as live, pytest.raises(FetchError) as info:
        run(store, [live.url("/a.html")], tmp_path)
    assert info.value.reason == "robots_unreachable"
    assert not any(p == "/a.html" for p, _ in s.log)


def test_a_closed_port_is_a_connect_failure(store: Store, tmp_path: Path) -> None:
    s = Site()
    with serve(s) as live:
        url = live.url("/a.html")
    with pytest.raises(FetchError) as info:  # the server is gone: nothing listens there
        run(store, [url], tmp_path)
    assert info.value.reason == "connect"
