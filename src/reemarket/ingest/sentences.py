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
#: A sentence end: a stop (``p``) then closing quotes or brackets, a space and what can
#: start a sentence; or a Chinese stop or semicolon alone. Written to start with the class
#: of every end mark (the stop is read back in the look-behind) so that ``re`` skips to the
#: next mark instead of trying the pattern at every character.
_BOUNDARY = re.compile(
    r"[.!?。！？；](?:(?<=(?P<p>[.!?。！？]))[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9\u4e00-\u9fff•\-–])"
    r"|(?<=[。！？；]))"
)


def split_sentences(text: str) -> list[Sentence]:
    """Split into sentences; every line is a paragraph of its own."""
    out: list[Sentence] = []
    para = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
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
                _add(out, body, start, cut, end, para)
                cut = m.end()
            _add(out, body, start, cut, len(body), para)
            para += 1
        pos += len(line)
    return out


def _add(out: list[Sentence], body: str, base: int, a: int, b: int, para: int) -> None:
    seg = body[a:b]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg.rstrip())
    if trail <= lead:
        return
    out.append(Sentence(base + a + lead, base + a + trail, seg[lead:trail], para))
