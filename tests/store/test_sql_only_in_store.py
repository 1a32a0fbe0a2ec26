"""SQL lives only in ``reemarket/store`` (design convention 11).

Services, sheets, analytics, rules and shells call typed query functions of ``store/``;
a second backend is then a second implementation of those modules, not a search through
the code. The scan reads every module outside ``store/`` and fails on:

* a query call in code: ``.execute(``, ``.executemany(``, ``.sql(``, ``fetch_one(``;
* a string literal (f-strings included) that starts with an SQL statement keyword
  (SELECT, INSERT INTO, UPDATE t SET, DELETE FROM, CREATE, DROP, ALTER TABLE, DESCRIBE,
  WITH t AS) or holds a statement anywhere (SELECT ... FROM, INSERT INTO, DELETE FROM,
  CREATE [OR REPLACE] [TEMP] TABLE/VIEW). Keywords count in upper case only, so prose
  ("select a product", "Create the view") passes.
"""

import io
import re
import sys
import tokenize
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "reemarket"

_CALL = re.compile(r"\.(execute|executemany|sql)\(|\bfetch_one\(")
_START = re.compile(
    r"^[\s(]*(SELECT\b|INSERT\s+INTO\b|UPDATE\s+\w+(\s+\w+)?\s+SET\b|DELETE\s+FROM\b|CREATE\b"
    r"|DROP\s+(TABLE|VIEW|INDEX|SEQUENCE)\b|ALTER\s+TABLE\b|DESCRIBE\b|WITH\s+\w+\s+AS\b)"
)
_STATEMENT = re.compile(
    r"\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+\w+(\s+\w+)?\s+SET\b"
    r"|\bDELETE\s+FROM\b|\bCREATE\s+(OR\s+REPLACE\s+)?(TEMP\s+|TEMPORARY\s+)?(TABLE|VIEW)\b"
)
_PREFIX = re.compile(r"^[A-Za-z]*('''|\"\"\"|'|\")")
_LITERALS = {tokenize.STRING} | (
    {tokenize.FSTRING_MIDDLE} if sys.version_info >= (3, 12) else set()
)


def _body(literal: str) -> str:
    """A string token's text without its prefix and opening quotes."""
    m = _PREFIX.match(literal)
    return literal[m.end() :] if m else literal


def sql_in_text(text: str) -> list[str]:
    """The lines of Python source that run SQL or hold an SQL statement, as 'line N: text'."""
    hits: list[str] = []
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type in _LITERALS:
            body = _body(tok.string)
            if _START.search(body) or _STATEMENT.search(body):
                hits.append(f"line {tok.start[0]}: {tok.string.strip()[:70]}")
    for n, line in enumerate(text.splitlines(), 1):
        code = line.split("#", 1)[0]
        if _CALL.search(code):
            hits.append(f"line {n}: {line.strip()[:70]}")
    return hits


def sql_in(path: Path) -> list[str]:
    """The lines of a module that run SQL or hold an SQL statement."""
    return sql_in_text(path.read_text("utf-8"))


def modules_outside_store() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] != "store")


def test_no_module_outside_store_holds_sql():
    offenders = {
        path.relative_to(PACKAGE).as_posix(): hits
        for path in modules_outside_store()
        if (hits := sql_in(path))
    }
    found = "\n".join(
        f"  src/reemarket/{rel} {hit}" for rel, hits in offenders.items() for hit in hits
    )
    assert not offenders, (
        "SQL outside src/reemarket/store/ (design convention 11). Move each statement into"
        " a typed function of a store/ query module (one-line docstring) and call that:\n" + found
    )


def test_the_scan_finds_sql_where_there_is_some():
    for module in ("facts.py", "findings.py", "sheet_staging.py", "sheet_checks.py",
                   "sheet_writes.py", "analytics_batch.py"):  # fmt: skip
        assert sql_in(PACKAGE / "store" / module), module


@pytest.mark.parametrize(
    "source",
    [
        'conn.execute("PRAGMA x")\n',
        "rows = fetch_one(conn, q)\n",
        "rel = store.conn.sql(q)\n",
        'q = "SELECT count(*)"\n',
        'q = f"SELECT {cols}"\n',
        'q = """\n    SELECT a\n    FROM t\n"""\n',
        'q = "  (SELECT 1) UNION ALL"\n',
        "q = 'INSERT INTO observations VALUES (?)'\n",
        'q = f"UPDATE observations o SET low = {x}"\n',
        'q = "DELETE FROM runs"\n',
        'q = f"CREATE OR REPLACE TEMP VIEW {name} AS"\n',
        'q = "DROP TABLE IF EXISTS t"\n',
        'q = f"DESCRIBE {table}"\n',
        'q = "WITH dup AS (SELECT 1)"\n',
        'q = "rows " "SELECT x FROM y"\n',
    ],
)
def test_the_scan_finds_each_form(source):
    assert sql_in_text(source), source


@pytest.mark.parametrize(
    "source",
    [
        '"""Create the view of a product; select a series, update the cache."""\n',
        'msg = "Select at least one product"\n',
        'label = "CREATED"\n',
        "app.register(cmds)  # not a query\n",
        '# conn.execute("SELECT 1") in a comment\n',
    ],
)
def test_the_scan_passes_prose_and_other_calls(source):
    assert sql_in_text(source) == [], source
