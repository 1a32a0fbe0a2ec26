"""A document's title: from HTML metadata, or its first heading; never a body sentence.

HTML pages name their title in ``og:title`` or ``<title>`` (else their first ``<h1>``).
A text or Markdown document has a title when it opens with a heading: a Markdown
``# heading``, or a short first line that reads as one (no closing full stop or colon,
not a section label such as "Highlights", not a dateline such as "SMM March 11 News:").
A document opening with a sentence has no title here; meta files may still give one
(:mod:`reemarket.ingest.metadata`).
"""

from __future__ import annotations

import re

#: Longest title kept, in characters.
MAX_TITLE = 300

#: A line shorter or longer than these is not read as a heading.
HEADING_MIN, HEADING_MAX = 8, 160

#: Section labels that open documents but name no document (lower case).
SECTION_LABELS = frozenset(
    {
        "highlights",
        "key highlights",
        "summary",
        "executive summary",
        "abstract",
        "key points",
        "key takeaways",
        "overview",
        "introduction",
        "contents",
        "table of contents",
        "news",
        "摘要",
        "要点",
        "导读",
        "概要",
        "目录",
    }
)

_MD_HEADING = re.compile(r"^\s{0,3}#{1,3}\s+(?P<text>\S.*?)\s*#*\s*$")
_SPACES = re.compile(r"\s+")
_ENDS_LIKE_SENTENCE = re.compile(r"[.:;,\-–—。：；，]$")
_DATELINE = re.compile(
    r"\b(?:News|Reuters|SMM)\b\s*[:：]?$|^\(?(?:Reuters|SMM|Bloomberg)\)?\b"
    r"|\((?:Reuters|SMM|Bloomberg)\)|^\s*date\b",
    re.IGNORECASE,
)


def clean(title: str | None) -> str | None:
    """A title with its white space collapsed and its length bounded; None when empty."""
    if title is None:
        return None
    text = _SPACES.sub(" ", title).strip().strip("[]# ").strip()
    if not text:
        return None
    return text if len(text) <= MAX_TITLE else text[: MAX_TITLE - 1].rstrip() + "…"


def html_title(html: str) -> str | None:
    """The title an HTML page declares (``og:title``, ``<title>`` less the site name, ``<h1>``).

    Read by trafilatura's metadata extraction, the library that also finds the main text.
    """
    from trafilatura.metadata import extract_metadata

    try:
        found = extract_metadata(html)
    except (ValueError, TypeError):
        return None
    return clean(found.title) if found is not None and found.title else None


def heading_title(text: str) -> str | None:
    """The document's opening heading, or None when it opens with body text."""
    lines = [ln.strip() for ln in text[:5000].splitlines() if ln.strip()]
    for line in lines[:12]:
        m = _MD_HEADING.match(line)
        if m:
            title = clean(m.group("text"))
            if title and title.lower() not in SECTION_LABELS:
                return title
    if not lines:
        return None
    first = lines[0]
    if first.startswith("#"):
        return None
    if not HEADING_MIN <= len(first) <= HEADING_MAX:
        return None
    if _ENDS_LIKE_SENTENCE.search(first) or _DATELINE.search(first):
        return None
    if first.lower().strip("!?") in SECTION_LABELS or first.startswith(("-", "•", "*")):
        return None
    if len(re.findall(r"[.!?。！？]\s", first + " ")) > 1:  # two sentences are no heading
        return None
    return clean(first)
