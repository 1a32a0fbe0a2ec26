"""Sentences with their character offsets, grouped in paragraphs (lines).

``analysis_text`` maps look-alike characters (non-breaking hyphens, en dashes,
curly quotes, odd spaces) to plain ones *one for one*, so offsets found in it are
offsets in the stored document text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_MAP = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "–",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u3000": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\uff05": "%",
        "\uff0c": ",",
        "\uff1a": ":",
        "\uff5e": "~",
        "\t": " ",
    }
)


def analysis_text(text: str) -> str:
    """The text with look-alike characters replaced one for one (same length)."""
    return text.translate(_MAP)


class Sentence(NamedTuple):
    """A sentence: its span in the document, its text and the paragraph it belongs to."""

    start: int
    end: int
    text: str
    paragraph: int


_ABBREV = re.compile(
    r"(?:\b(?:Co|Ltd|Inc|Corp|No|Nos|vs|e\.g|i\.e|etc|Mt|St|Dr|Mr|Ms|Mrs|approx|est|prev|incl|excl|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|Fig|p|pp)|\b[A-Z])\.$"
)
#: "min." or "max." before a figure ("min. 1 MT"): an abbreviation there.
_MIN_MAX = re.compile(r"\b(?:min|max)\.$", re.I)
#: A run of dots (two or more before the last) leading to a figure: a table's dot leader
#: ("Terbium oxide ...... 6,850-6,900"), not a full stop.
_LEADER = re.compile(r"\.{3,}$")
#: What a dot leader leads to: a figure, not a year's label ("........ 2023: 330   2024e: 290",
#: a block keyed by year, read by ``summaryblocks``).
_LEADS_TO = re.compile(r"\d(?!\d{3}[a-zA-Z]?\s*:)")
#: A sentence end: a stop (``p``) then closing quotes or brackets, a space and what can
#: start a sentence; or a Chinese stop or semicolon alone. Written to start with the class
#: of every end mark (the stop is read back in the look-behind) so that ``re`` skips to the
#: next mark instead of trying the pattern at every character.
_BOUNDARY = re.compile(
    r"[.!?。！？；](?:(?<=(?P<p>[.!?。！？]))[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9\u4e00-\u9fff•\-–])"
    r"|(?<=[。！？；]))"
)


#: A line a wrapped paragraph goes on after: no end mark (a stop, colon, semicolon, with
#: closing quotes or brackets) at its end.
_ENDS = re.compile(r"[.!?:;][\"')\]*]*\s*$")
#: A line that is no prose of a wrapped paragraph: a table's cells (pipes, runs of spaces,
#: tabs), a list item or heading mark, an indented line.
_NOT_PROSE = re.compile(r"\||\S {2,}\S|\t|^\s|^(?:[-*•#>]|\d+[.)])\s")


def _wrapped(lines: list[str]) -> bool:
    """Whether a text is hard-wrapped: no line over 100 characters, three prose lines of 60+.

    A report typed at a fixed width breaks its sentences across lines; one written a
    paragraph a line (most web and feed text) never is joined.
    """
    if any(len(ln.rstrip("\r\n")) > 100 for ln in lines):
        return False
    return sum(1 for ln in lines if len(ln.rstrip()) >= 60 and not _NOT_PROSE.search(ln)) >= 3


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Each paragraph's start and body: a line, or a hard-wrapped paragraph's run of lines.

    In a hard-wrapped text (:func:`_wrapped`) a prose line of 50 characters or more that
    ends with no end mark goes on into the next prose line; their line breaks are read as
    spaces, so offsets stay those of the text.
    """
    lines = text.splitlines(keepends=True)
    join = _wrapped(lines)
    out: list[tuple[int, str]] = []
    last = ""  # the paragraph's last line
    pos = 0
    for line in lines:
        body = line.rstrip("\r\n")
        if (
            join
            and out
            and last.strip()
            and body.strip()
            and len(last) >= 50
            and not _NOT_PROSE.search(body)
            and not _NOT_PROSE.search(last)
            and not _ENDS.search(last)
        ):
            start, prev = out[-1]
            out[-1] = (start, prev + " " * (pos - start - len(prev)) + body)
        else:
            out.append((pos, body))
        last = body
        pos += len(line)
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Split into sentences; a line is a paragraph, or a wrapped run (:func:`_paragraphs`)."""
    out: list[Sentence] = []
    para = 0
    for pos, body in _paragraphs(text):
        if body.strip():
            start = pos
            cut = 0
            for m in _BOUNDARY.finditer(body):
                end = m.start() + 1 if m.group("p") else m.end()
                if m.group("p") == "." and _ABBREV.search(body[cut:end]):
                    continue
                if (
                    m.group("p") == "."
                    and _MIN_MAX.search(body, cut, end)
                    and body[m.end() :][:1].isdigit()
                ):
                    continue  # "(USD, min. 1 MT, max. 20 MT)": a minimum, not a full stop
                if (
                    m.group("p") == "."
                    and _LEADER.search(body, cut, end)
                    and _LEADS_TO.match(body, m.end())
                ):
                    continue  # "Gadolinium oxide .... 168,000": a dot leader, not a full stop
                _add(out, body, start, cut, end, para)
                cut = m.end()
            _add(out, body, start, cut, len(body), para)
            para += 1
    return out


def _add(out: list[Sentence], body: str, base: int, a: int, b: int, para: int) -> None:
    seg = body[a:b]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg.rstrip())
    if trail <= lead:
        return
    out.append(Sentence(base + a + lead, base + a + trail, seg[lead:trail], para))
