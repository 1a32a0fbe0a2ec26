"""Source forms the compiled build (mypyc) cannot take, caught before the slow build runs.

mypyc stops with an internal error on a starred item inside a tuple, list or set literal
that is the right side of ``in`` / ``not in`` (``x in (*A, "b")``): the build then fails
and CI with it. Twice a merge brought this form in; this test names the file and line in
seconds, where the build takes minutes.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def starred_membership(source: str) -> list[int]:
    """Lines where ``in`` or ``not in`` tests against a literal holding a starred item."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        for op, right in zip(node.ops, node.comparators, strict=True):
            if (
                isinstance(op, ast.In | ast.NotIn)
                and isinstance(right, ast.Tuple | ast.List | ast.Set)
                and any(isinstance(e, ast.Starred) for e in right.elts)
            ):
                lines.append(node.lineno)
    return lines


def test_no_starred_literal_in_a_membership_test() -> None:
    found = [
        f"{path.relative_to(SRC)}:{line}"
        for path in sorted(SRC.rglob("*.py"))
        for line in starred_membership(path.read_text(encoding="utf-8"))
    ]
    assert not found, "a starred literal after `in` (mypyc rejects it): " + ", ".join(found)


def test_the_check_finds_the_form() -> None:
    source = (
        'A = ("x",)\nok = "y" in A\nbad = "y" not in (*A, "z")\nalso = [v for v in (*A, "z")]\n'
    )
    assert starred_membership(source) == [3]
