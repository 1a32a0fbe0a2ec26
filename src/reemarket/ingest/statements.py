"""Statements: the prose of investor-relations records, earnings calls and strategy pieces.

A document is cut into statements, each with its speaker, period, topics and stance,
and its span in the text:

* a line opening with a question mark (``Q:``) is a question by an analyst or
  investor; the paragraphs after it, up to the next question, are the company's
  answer, one statement per sentence, each carrying the question;
* elsewhere each sentence of six words or more with a topic is a statement: the
  company's when it is attributed to the company (a cue such as "management claimed",
  or a paragraph that opened with one), the writer's otherwise or when a writer cue
  ("this reveals", "could the firm") says so.

The words are data (``data/statement_vocab.toml``): a new phrasing is a new entry.
The period is the one the sentence names (H1 2025, the second half of 2025, Q1 2025),
else the document's: the period it names most often, else the half-year of its date.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from reemarket.ingest.sentences import split_sentences

_MIN_WORDS = 6


@dataclass(frozen=True)
class Vocabulary:
    """The segmenter's cue words, from ``data/statement_vocab.toml``."""

    question_marks: tuple[str, ...]
    company_cues: tuple[str, ...]
    writer_cues: tuple[str, ...]
    topics: dict[str, tuple[str, ...]]
    stances: dict[str, tuple[str, ...]]


@cache
def vocabulary() -> Vocabulary:
    """The bundled vocabulary."""
    raw = resources.files("reemarket.data").joinpath("statement_vocab.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    sp = data["speaker"]
    return Vocabulary(
        question_marks=tuple(sp["question_marks"]),
        company_cues=tuple(sp["company_cues"]),
        writer_cues=tuple(sp["writer_cues"]),
        topics={k: tuple(v) for k, v in data["topic"].items()},
        stances={k: tuple(v) for k, v in data["stance"].items()},
    )


@cache
def _matcher(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for a word list: ASCII words on word boundaries, others as substrings."""
    parts = []
    for w in sorted(words, key=len, reverse=True):
        esc = re.escape(w.lower())
        if w.isascii():
            head = r"(?<![a-z0-9])" if w[0].isalnum() else ""
            tail = r"(?![a-z0-9])" if w[-1].isalnum() else ""
            parts.append(head + esc + tail)
        else:
            parts.append(esc)
    return re.compile("|".join(parts))


def _hits(words: tuple[str, ...], text: str) -> int:
    return len(_matcher(words).findall(text.lower())) if words else 0


@dataclass(frozen=True)
class Statement:
    """One statement with its provenance: the sentence's span in the document."""

    start: int
    end: int
    text: str
    speaker: str  # company, writer or analyst
    topics: tuple[str, ...]
    stance: str | None
    period: str | None
    question: str | None


_HALF = re.compile(
    r"\b(?:(H[12])\s*(\d{4})|(first|second)[ -]half(?: of)?\s*(\d{4})|(\d{4})\s*(H[12])"
    r"|(Q[1-4])\s*(\d{4}))\b|(\d{4})年(上|下)半年|(\d{4})年第?([一二三四])季度"
    r"|(\d{4})年(?![上下第一二三四\d])",
    re.I,
)
_CN_Q = {"一": 1, "二": 2, "三": 3, "四": 4}


def periods_named(text: str) -> list[str]:
    """The half-years and quarters a text names, as ``2025-H1`` or ``2025-Q1``."""
    out = []
    for m in _HALF.finditer(text):
        g = m.groups()
        if g[0]:
            out.append(f"{g[1]}-{g[0].upper()}")
        elif g[2]:
            out.append(f"{g[3]}-H{1 if g[2].lower() == 'first' else 2}")
        elif g[4]:
            out.append(f"{g[4]}-{g[5].upper()}")
        elif g[6]:
            out.append(f"{g[7]}-{g[6].upper()}")
        elif g[8]:
            out.append(f"{g[8]}-H{1 if g[9] == '上' else 2}")
        elif g[10]:
            out.append(f"{g[10]}-Q{_CN_Q[g[11]]}")
        elif g[12]:
            out.append(g[12])
    return out


def document_period(text: str, published: date | None, year: int | None) -> str | None:
    """The period a document is about: the one it names most, else its date's half-year."""
    named = Counter(periods_named(text))
    if named:
        return named.most_common(1)[0][0]
    if published is not None:
        return f"{published.year}-H{1 if published.month <= 6 else 2}"
    return str(year) if year else None


def _topics(text: str, v: Vocabulary) -> tuple[str, ...]:
    return tuple(t for t, words in v.topics.items() if _hits(words, text))


def _stance(text: str, v: Vocabulary) -> str | None:
    counts = {s: _hits(words, text) for s, words in v.stances.items()}
    best = max(counts.values())
    if best == 0:
        return None
    winners = [s for s, n in counts.items() if n == best]
    return winners[0] if len(winners) == 1 else None


def _words(text: str) -> int:
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return len(text.split()) + cjk // 2


def segment(text: str, published: date | None = None, year: int | None = None) -> list[Statement]:
    """The statements of a document, in text order."""
    v = vocabulary()
    doc_period = document_period(text, published, year)
    out: list[Statement] = []
    question: str | None = None
    question_para = -1
    para_speaker: dict[int, str] = {}
    for s in split_sentences(text):
        body = s.text.strip()
        line_start = text.rfind("\n", 0, s.start) + 1
        opens_line = not text[line_start : s.start].strip()
        if opens_line and any(body.startswith(q) for q in v.question_marks):
            question, question_para = body, s.paragraph
        if s.paragraph == question_para:  # every sentence of the question's line
            out.append(_statement(s.start, s.end, body, "analyst", v, doc_period, None))
            continue
        if _words(body) < _MIN_WORDS:
            continue
        speaker = _speaker(body, s.paragraph, question, para_speaker, v)
        st = _statement(s.start, s.end, body, speaker, v, doc_period, question)
        if st.topics:
            out.append(st)
    return out


def _speaker(
    body: str, para: int, question: str | None, para_speaker: dict[int, str], v: Vocabulary
) -> str:
    if _hits(v.writer_cues, body):
        return "writer"
    if question is not None or _hits(v.company_cues, body):
        para_speaker[para] = "company"
        return "company"
    return para_speaker.get(para, "writer")


def _statement(
    start: int,
    end: int,
    body: str,
    speaker: str,
    v: Vocabulary,
    doc_period: str | None,
    question: str | None,
) -> Statement:
    named = periods_named(body)
    return Statement(
        start=start,
        end=end,
        text=body,
        speaker=speaker,
        topics=_topics(body, v),
        stance=_stance(body, v),
        period=named[0] if named else doc_period,
        question=question,
    )
