"""Two writers on one store: each one's story index takes in what the other wrote.

On the team store a refresh reads only the rows of the snapshots since its last look
(DuckLake's change feed); these tests fail if it misses a document, its date or its
facts, reads one twice, or drops what it read when a chunk is written again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reemarket.errors import WriteConflictError
from reemarket.services.batches import PreparedBatch, prepare_chunk
from reemarket.services.ingest import IngestSummary
from reemarket.services.parallel import write_batch
from reemarket.services.stories import StoryIndex
from reemarket.store import documents as doc_store
from reemarket.store import stories as story_store
from reemarket.store.db import Store, open_store

pytestmark = pytest.mark.backends

_EN = (
    "Terbium and dysprosium steady, June 11, 2025\n\n"
    "Terbium oxide was quoted at 7.15 million yuan/mt on June 11, 2025, up 40,000 yuan/mt"
    " on the day. Dysprosium oxide was 1.62 million yuan/mt and Pr-Nd oxide"
    " 421,000-425,000 yuan/mt.\n"
)
_ZH = (
    "铽镝价格平稳\n\n2025年6月11日, 氧化铽报715万元/吨, 较上一交易日上涨4万元/吨。"
    "氧化镝报162万元/吨, 氧化镨钕报42.1-42.5万元/吨。\n"
)


def _other(i: int) -> str:
    return (
        f"Lanthanum note {i}, March {i + 1}, 2025\n\n"
        f"Desk {i * 7919 % 1000} reports lanthanum oxide at {3000 + 10 * i} yuan/mt on"
        f" March {i + 1}, 2025, and cerium oxide at {7000 + 25 * i} yuan/mt; buyers {i}"
        f" held back ahead of the tender round {i * 31}.\n"
    )


def _chunk(folder: Path, texts: dict[str, str]) -> PreparedBatch:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, "utf-8")
    prepared, errors = prepare_chunk([str(folder / n) for n in texts], None, None)
    assert not errors
    return prepared


def _stories(store: Store) -> dict[str, str]:
    rows = store.conn.execute(
        "SELECT d.name, s.story_id = s.document_id FROM documents d"
        " JOIN document_stories s ON s.document_id = d.id"
    ).fetchall()
    return {str(n): "own" if own else "copy" for n, own in rows}


def _no_full_reads(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """On the team store a refresh must not read every placed document's id."""
    if backend != "ducklake":
        return

    def refused(*_: object) -> None:
        raise AssertionError("a refresh on the team store read the whole table")

    monkeypatch.setattr(story_store, "placed_ids", refused)
    monkeypatch.setattr(story_store, "count_placed", refused)


def test_the_second_writer_places_its_copy_in_the_first_writers_story(
    backend: str, db_location: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = open_store(db_location), open_store(db_location) if backend == "ducklake" else None
    b = b or a  # an embedded file has one writer process: its second index, then
    try:
        index_a, index_b = StoryIndex.load(a), StoryIndex.load(b)
        _no_full_reads(backend, monkeypatch)
        first = _chunk(
            tmp_path / "1", {"en.txt": _EN, **{f"o{i}.txt": _other(i) for i in range(3)}}
        )
        second = _chunk(
            tmp_path / "2",
            {"en.txt": _EN, "zh.txt": _ZH, **{f"p{i}.txt": _other(10 + i) for i in range(2)}},
        )
        done_a, done_b = IngestSummary(), IngestSummary()
        write_batch(a, first, done_a, index_a)
        write_batch(b, second, done_b, index_b)
        assert done_a.documents == 4
        # the English report, in both chunks, is written once; its Chinese original is
        # found by the facts the first writer stored (the texts share no words)
        assert (done_b.documents, done_b.skipped) == (3, 1)
        assert _stories(a) == {
            "en.txt": "own", "zh.txt": "copy", **{f"o{i}.txt": "own" for i in range(3)},
            **{f"p{i}.txt": "own" for i in range(2)},
        }  # fmt: skip
        # the first writer now takes in the second's documents, none of its own again
        third = _chunk(tmp_path / "3", {"o0.txt": _other(0), "q.txt": _other(20)})
        write_batch(a, third, IngestSummary(), index_a)
        placed = a.conn.execute("SELECT document_id FROM document_stories").fetchall()
        for index in (index_a, index_b) if b is not a else (index_a,):
            assert len(index.ids) == len(set(index.ids))
        assert sorted(index_a.ids) == sorted(str(r[0]) for r in placed)
        zh = next(e for e in second.entries if e.name == "zh.txt")
        assert index_a.keys[index_a.ids.index(zh.id)]  # its facts came with it
    finally:
        a.close()
        if b is not a:
            b.close()


def test_a_chunk_written_again_keeps_what_the_refresh_read(
    backend: str, db_location: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lost write conflict forgets the chunk's own documents, not the other writer's."""
    a = open_store(db_location)
    b = open_store(db_location) if backend == "ducklake" else a
    try:
        index_a, index_b = StoryIndex.load(a), StoryIndex.load(b)
        _no_full_reads(backend, monkeypatch)
        write_batch(a, _chunk(tmp_path / "1", {"en.txt": _EN}), IngestSummary(), index_a)
        real = doc_store.write_rows
        lost: list[int] = []

        def once_lost(tx, batch):  # type: ignore[no-untyped-def]
            if not lost:
                lost.append(1)
                raise WriteConflictError("another writer committed first")
            return real(tx, batch)

        monkeypatch.setattr(doc_store, "write_rows", once_lost)
        done = IngestSummary()
        write_batch(b, _chunk(tmp_path / "2", {"zh.txt": _ZH}), done, index_b)
        assert lost
        assert done.documents == 1
        assert _stories(a) == {"en.txt": "own", "zh.txt": "copy"}
        assert len(index_b.ids) == len(set(index_b.ids)) == 2
    finally:
        a.close()
        if b is not a:
            b.close()


def test_a_commit_by_another_right_after_ours_is_still_read(
    backend: str, db_location: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer skips reading back its own commit only when no other came after it."""
    a = open_store(db_location)
    b = open_store(db_location) if backend == "ducklake" else a
    try:
        index_a, index_b = StoryIndex.load(a), StoryIndex.load(b)
        write_batch(a, _chunk(tmp_path / "0", {"o0.txt": _other(0)}), IngestSummary(), index_a)
        if backend == "ducklake":  # its own commit is taken as read
            assert index_a.seen == story_store.snapshot(a.conn)
        _no_full_reads(backend, monkeypatch)
        real = doc_store.insert_new_documents

        def then_b(store, ids, plan):  # type: ignore[no-untyped-def]
            out = real(store, ids, plan)
            if store is a and not index_b.ids:  # b commits between a's commit and its note
                monkeypatch.setattr(doc_store, "insert_new_documents", real)
                write_batch(b, _chunk(tmp_path / "2", {"en.txt": _EN}), IngestSummary(), index_b)
            return out

        monkeypatch.setattr(doc_store, "insert_new_documents", then_b)
        write_batch(a, _chunk(tmp_path / "1", {"o1.txt": _other(1)}), IngestSummary(), index_a)
        done = IngestSummary()
        write_batch(a, _chunk(tmp_path / "3", {"zh.txt": _ZH}), done, index_a)
        assert done.documents == 1
        assert _stories(a) == {"o0.txt": "own", "o1.txt": "own", "en.txt": "own", "zh.txt": "copy"}
        assert sorted(index_a.ids) == sorted(
            str(r[0]) for r in a.conn.execute("SELECT document_id FROM document_stories").fetchall()
        )
    finally:
        a.close()
        if b is not a:
            b.close()
