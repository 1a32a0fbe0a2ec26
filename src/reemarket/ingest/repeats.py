"""Repeated statements within a document: one fact kept for each."""

from __future__ import annotations

from reemarket.domain.facts import Fact


def is_repeat(f: Fact, kept: dict[tuple[object, ...], list[Fact]]) -> bool:
    """Whether ``f`` repeats a fact kept before it in its document (and remember it if not).

    A capacity has no period: the same plant said twice is one, whatever stage each mention
    suggests. Two plants of one size at two stages in one sentence ("一期年产2万吨项目已投产，
    二期年产2万吨项目正在建设") are two.
    """
    if f.kind != "capacity":
        key = f.key()
        if key in kept:
            return True
        kept[key] = [f]
        return False
    key = (f.kind, f.entity, f.subject, f.value, f.unit)
    before = kept.setdefault(key, [])
    if any(g.status == f.status or g.sentence != f.sentence for g in before):
        return True
    before.append(f)
    return False
