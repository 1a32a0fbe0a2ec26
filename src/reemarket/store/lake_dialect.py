"""The lake dialect: our DuckDB DDL translated for DuckLake, and the keys it cannot declare.

DuckLake has no PRIMARY KEY, UNIQUE, CHECK, FOREIGN KEY, indexes or sequences, and takes
only literal defaults on added columns. :func:`translate` reads a migration written for
the embedded DuckDB file and returns the statements DuckLake accepts plus a list of
:class:`Key` records for what it dropped and the store must keep itself:

* ``generated``: a column filled from a sequence (``DEFAULT nextval('s')``); the lake
  store hands out its values (``store/lake.py``).
* ``unique``: a primary key or unique column set that is not generated; the lake store
  checks it before every commit that touched the table.
* ``default``: a non-literal default (``now()``) on an added column; the lake store adds
  it to inserts that leave the column out.

The scanner below understands quotes, comments and parentheses, which is all our DDL
needs; it is not a general SQL parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Key:
    """A constraint or default the lake store keeps in place of DuckDB."""

    table: str
    kind: str  # generated, unique, default
    columns: tuple[str, ...]
    detail: str = ""  # the sequence (generated) or the default expression (default)


@dataclass(frozen=True)
class Translation:
    """A migration in the lake dialect."""

    statements: list[str]
    keys: list[Key]
    dropped: list[str]  # sequences and indexes left out, by name


def strip_comments(sql: str) -> str:
    """Remove ``--`` and ``/* */`` comments outside string literals."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in ("'", '"'):
            j = i + 1
            while j < n and not (sql[j] == ch and (j + 1 >= n or sql[j + 1] != ch)):
                j += 2 if sql[j] == ch else 1
            out.append(sql[i : j + 1])
            i = j + 1
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            i = n if j < 0 else j
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            i = n if j < 0 else j + 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _top_level(sql: str) -> list[tuple[int, str]]:
    """(position, character) of every character at parenthesis depth 0 outside quotes."""
    found: list[tuple[int, str]] = []
    depth, i, n = 0, 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in ("'", '"'):
            j = i + 1
            while j < n and sql[j] != ch:
                j += 1
            if j + 1 < n and sql[j + 1] == ch:  # doubled quote inside the literal
                j += 1
                while j + 1 < n and sql[j + 1] != ch:
                    j += 1
                j += 1
            i = j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            found.append((i, ch))
        i += 1
    return found


def split_top(sql: str, sep: str) -> list[str]:
    """Split at ``sep`` characters outside parentheses and quotes."""
    parts, start = [], 0
    for pos, ch in _top_level(sql):
        if ch == sep:
            parts.append(sql[start:pos])
            start = pos + 1
    parts.append(sql[start:])
    return parts


def statements(sql: str) -> list[str]:
    """The statements of a script, comments removed, empty ones dropped."""
    return [s.strip() for s in split_top(strip_comments(sql), ";") if s.strip()]


def find_top_keyword(sql: str, keyword: str, start: int = 0) -> int:
    """Position of ``keyword`` (words separated by spaces) at depth 0, or -1."""
    pattern = re.compile(r"\b" + r"\s+".join(keyword.split()) + r"\b", re.IGNORECASE)
    top = {pos for pos, _ in _top_level(sql)}
    for m in pattern.finditer(sql, start):
        if m.start() in top:
            return m.start()
    return -1


_NAME = r'(?:"[^"]+"|[A-Za-z_][\w$]*)'
_CREATE_TABLE = re.compile(
    rf"CREATE\s+(?:OR\s+REPLACE\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?({_NAME}(?:\.{_NAME})?)\s*\(",
    re.IGNORECASE,
)
_SEQUENCE = re.compile(
    rf"(?:CREATE|DROP)\s+SEQUENCE\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?({_NAME})", re.I
)
_INDEX = re.compile(
    rf"CREATE\s+(UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?({_NAME})\s+ON\s+({_NAME})\s*\((.*)\)\s*$",
    re.IGNORECASE | re.DOTALL,
)
_DROP_INDEX = re.compile(rf"DROP\s+INDEX\s+(?:IF\s+EXISTS\s+)?({_NAME})", re.I)
_ADD_COLUMN = re.compile(
    rf"ALTER\s+TABLE\s+({_NAME})\s+ADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(.*)$",
    re.IGNORECASE | re.DOTALL,
)
_ADD_CONSTRAINT = re.compile(
    rf"ALTER\s+TABLE\s+({_NAME})\s+ADD\s+(?:CONSTRAINT\s+{_NAME}\s+)?"
    r"(PRIMARY\s+KEY|UNIQUE|CHECK|FOREIGN\s+KEY)\b(.*)$",
    re.IGNORECASE | re.DOTALL,
)
_NEXTVAL = re.compile(r"\bDEFAULT\s+nextval\s*\(\s*'([^']+)'\s*\)", re.IGNORECASE)
_CONSTRAINT_START = re.compile(
    rf"^(?:CONSTRAINT\s+{_NAME}\s+)?(PRIMARY\s+KEY|UNIQUE|CHECK|FOREIGN\s+KEY|EXCLUDE)\b",
    re.IGNORECASE,
)
_LITERAL = re.compile(r"^(?:'(?:[^']|'')*'|-?\d+(?:\.\d+)?|TRUE|FALSE|NULL)$", re.IGNORECASE)


def unquote(name: str) -> str:
    """A name without its double quotes or schema."""
    last = name.split(".")[-1]
    return last[1:-1] if last.startswith('"') else last.lower()


def _columns(text: str) -> tuple[str, ...]:
    return tuple(unquote(c.strip()) for c in split_top(text, ",") if c.strip())


def _cut_clause(text: str, keyword: str, *, with_parens: bool) -> tuple[str, str | None]:
    """Remove ``keyword`` (and its parenthesised argument) from a column definition."""
    pos = find_top_keyword(text, keyword)
    if pos < 0:
        return text, None
    m = re.compile(r"\s+".join(keyword.split()), re.I).match(text, pos)
    end = m.end() if m else pos + len(keyword)
    arg = None
    if with_parens:
        rest = text[end:]
        open_at = rest.find("(")
        if open_at >= 0 and not rest[:open_at].strip():
            depth = 0
            for i in range(open_at, len(rest)):
                depth += {"(": 1, ")": -1}.get(rest[i], 0)
                if depth == 0:
                    arg = rest[open_at + 1 : i]
                    end += i + 1
                    break
    return text[:pos] + text[end:], arg


def _references(text: str) -> str:
    """Drop ``REFERENCES t(c) [ON ...]`` from a column definition."""
    return re.sub(
        rf"\bREFERENCES\s+{_NAME}\s*(?:\([^)]*\))?(?:\s+ON\s+(?:DELETE|UPDATE)\s+"
        r"(?:CASCADE|RESTRICT|SET\s+NULL|SET\s+DEFAULT|NO\s+ACTION))*",
        "",
        text,
        flags=re.IGNORECASE,
    )


def _column(table: str, text: str, keys: list[Key]) -> str:
    """One column definition in the lake dialect; record its keys."""
    name = unquote(text.split()[0])
    m = _NEXTVAL.search(text)
    generated = m is not None
    if m:
        keys.append(Key(table, "generated", (name,), m.group(1).lower()))
        text = text[: m.start()] + text[m.end() :]
    has_pk = find_top_keyword(text, "PRIMARY KEY") >= 0
    text, _ = _cut_clause(text, "PRIMARY KEY", with_parens=False)
    if has_pk or find_top_keyword(text, "UNIQUE") >= 0:
        text, _ = _cut_clause(text, "UNIQUE", with_parens=False)
        if not generated:
            keys.append(Key(table, "unique", (name,)))
    while find_top_keyword(text, "CHECK") >= 0:
        text, _ = _cut_clause(text, "CHECK", with_parens=True)
    text = _references(text)
    return re.sub(r"\s+", " ", text).strip()


def _table_constraint(table: str, text: str, keys: list[Key], generated: set[str]) -> None:
    m = _CONSTRAINT_START.match(text)
    assert m is not None
    kind = m.group(1).upper().split()[0]
    if kind in ("PRIMARY", "UNIQUE"):
        inner = text[text.index("(", m.end()) + 1 : text.rindex(")")]
        cols = _columns(inner)
        if not (len(cols) == 1 and cols[0] in generated):
            keys.append(Key(table, "unique", cols))


def _create_table(m: re.Match[str], stmt: str, keys: list[Key]) -> str:
    table = unquote(m.group(1))
    body_start = m.end()
    body_end = stmt.rindex(")")
    parts = [p.strip() for p in split_top(stmt[body_start:body_end], ",") if p.strip()]
    before = len(keys)
    columns, constraints = [], []
    for part in parts:
        if _CONSTRAINT_START.match(part):
            constraints.append(part)
        else:
            columns.append(_column(table, part, keys))
    generated = {k.columns[0] for k in keys[before:] if k.kind == "generated"}
    for part in constraints:
        _table_constraint(table, part, keys, generated)
    return stmt[:body_start] + "\n    " + ",\n    ".join(columns) + "\n" + stmt[body_end:]


def _add_column(table: str, definition: str, keys: list[Key]) -> list[str]:
    """``ALTER TABLE ... ADD COLUMN``; a non-literal default becomes a fill and a kept default."""
    text = _column(table, definition, keys)
    name = text.split()[0]
    m = re.search(r"\bDEFAULT\s+(.*?)(?=\s+NOT\s+NULL\b|\s+NULL\b|$)", text, re.I | re.S)
    if m is None or _LITERAL.match(m.group(1).strip()):
        return [f"ALTER TABLE {table} ADD COLUMN {text}"]
    expr = m.group(1).strip()
    plain = (text[: m.start()] + text[m.end() :]).strip()
    plain = re.sub(r"\s+NOT\s+NULL\b", "", plain, flags=re.I)
    keys.append(Key(table, "default", (unquote(name),), expr))
    return [
        f"ALTER TABLE {table} ADD COLUMN {plain}",
        f"UPDATE {table} SET {name} = {expr}",
    ]


def translate(sql: str) -> Translation:
    """Translate a DuckDB migration script into the lake dialect."""
    out: list[str] = []
    keys: list[Key] = []
    dropped: list[str] = []
    for stmt in statements(sql):
        if m := _SEQUENCE.match(stmt):
            dropped.append(unquote(m.group(1)))
        elif m := _INDEX.match(stmt):
            dropped.append(unquote(m.group(2)))
            if m.group(1):
                keys.append(Key(unquote(m.group(3)), "unique", _columns(m.group(4))))
        elif m := _DROP_INDEX.match(stmt):
            dropped.append(unquote(m.group(1)))
        elif m := _CREATE_TABLE.match(stmt):
            out.append(_create_table(m, stmt, keys))
        elif m := _ADD_CONSTRAINT.match(stmt):
            if m.group(2).upper().startswith(("PRIMARY", "UNIQUE")):
                inner = m.group(3)
                keys.append(
                    Key(
                        unquote(m.group(1)),
                        "unique",
                        _columns(inner[inner.index("(") + 1 : inner.rindex(")")]),
                    )
                )
        elif m := _ADD_COLUMN.match(stmt):
            out.extend(_add_column(unquote(m.group(1)), m.group(2), keys))
        else:
            out.append(stmt)
    return Translation(out, keys, dropped)
