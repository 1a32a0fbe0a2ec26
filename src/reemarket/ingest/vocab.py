"""The cue words of a language, kept as data in ``data/vocab/<language>.toml``.

Each entry is a list of spellings (regular-expression alternatives, lower case,
matched at word starts) under a section and a key: ``direction.up``,
``comparison.yoy``, ``holder.market_wide``... A section written as an array of
tables (``[[metric]]``) keeps its order, for lists where the first match wins.
The file is read once per language; the fast scanner files each alternative under
the letters it starts with (:class:`reemarket.ingest.fastre.WordAlternation`), so
start words come from these lists and are never listed by hand.

A verb cue is written once, as its lemma, in a list beside its key named
``<key>_lemmas`` (``[direction] up_lemmas = ["rise", ...]``, or ``lemmas`` in an
``[[section]]`` table): :func:`words` adds every inflection ``lemminflect`` gives
the lemma (``rise`` -> rise, rises, rose, risen, rising), irregular ones included,
so no inflection is spelled by hand. A form an entry of the list already matches whole
is not added again, so an entry that keeps a noun form apart (``exports?(?! prices)``)
keeps its guard. A verb inside a longer entry is written as its lemma in braces
(``"analysts? {say}"``, ``"{take} in"``): :func:`words` fills the slot with the verb's
forms, as one entry per form when the entry starts with it (so each keeps a literal first
word for the fast scanner), else as a group ``(?:say|said|saying|says)``. A lemma (in a
list or a slot) may be narrowed to some of its forms by their tags: ``{earn:VBD,VBZ}`` is
"earned" and "earns", not the "to earn" of a plan.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from lemminflect import getAllInflections, getInflection

from reemarket.errors import ReemarketError

__all__ = ["alternation", "inflections", "lemma_forms", "lemma_list", "ordered", "words"]

#: The suffix of the key of a list of lemmas (``up_lemmas`` beside ``up``).
LEMMAS = "_lemmas"
#: A verb slot inside an entry: its lemma in braces (``{say}``, ``{earn:VBD,VBZ}``; never a
#: quantifier).
_SLOT = re.compile(r"\{([a-z]+(?::[A-Z,]+)?)\}")


@cache
def _load(language: str) -> dict[str, Any]:
    """The parsed vocabulary file of a language (read once)."""
    name = f"{language}.toml"
    try:
        raw = resources.files("reemarket.data").joinpath("vocab", name).read_text("utf-8")
        return tomllib.loads(raw)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ReemarketError(f"data/vocab/{name}: unreadable vocabulary ({exc})") from exc


#: The Penn Treebank tags of a verb's forms a lemma may be narrowed to (``earn:VBD,VBZ``).
TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})


@cache
def inflections(lemma: str) -> tuple[str, ...]:
    """Every form of the verb ``lemma`` as escaped regex alternatives, itself first.

    The inflections are the library's, irregular ones included, each once:
    ``fall`` -> fall, falls, fell, fallen, falling. A lemma narrowed to tags keeps only
    the forms of those tags: ``sell:VBD,VBZ`` -> sold, sells (``VB`` is the bare lemma,
    ``VBD`` the past, ``VBN`` the past participle, ``VBG`` the -ing form, ``VBP`` and
    ``VBZ`` the present).
    """
    word, _, wanted = lemma.partition(":")
    tags = set(wanted.split(",")) if wanted else set(TAGS)
    if not tags <= TAGS:
        raise ReemarketError(f"data/vocab: {lemma!r} names a tag not in {sorted(TAGS)}")
    found = getAllInflections(word, upos="VERB")
    if not found:
        raise ReemarketError(f"data/vocab: {word!r} is no verb lemminflect knows")
    forms = [word] if "VB" in tags else []
    for tag, tag_forms in found.items():
        if tag in tags:
            forms.extend(f.lower() for f in tag_forms)
    if "VBN" in tags and "VBN" not in found:  # a regular participle is listed as the past only
        forms.extend(f.lower() for f in getInflection(word, "VBN"))
    if not forms:
        raise ReemarketError(f"data/vocab: {lemma!r} has no form of those tags")
    return tuple(re.escape(f) for f in dict.fromkeys(forms))


def _strings(found: object, where: str) -> list[str]:
    """``found`` if it is a list of non-empty strings, else a named error."""
    if not isinstance(found, list) or not all(isinstance(w, str) and w for w in found):
        raise ReemarketError(f"data/vocab/{where} must list strings")
    return list(found)


def _group(slot: re.Match[str]) -> str:
    """A ``{lemma}`` slot as a group of the verb's forms."""
    return "(?:" + "|".join(inflections(slot.group(1))) + ")"


def _filled(entry: str) -> list[str]:
    """``entry`` with its verb slots filled: one entry per form of a leading slot."""
    head = _SLOT.match(entry)
    body = _SLOT.sub(_group, entry[head.end() :] if head else entry)
    return [form + body for form in inflections(head.group(1))] if head else [body]


def _covered(form: str, entries: list[str]) -> bool:
    """Whether an entry already matches ``form`` whole (its guards then hold for it)."""
    return any(re.fullmatch(e, form, re.IGNORECASE) for e in entries)


def _expanded(spelled: list[str], lemmas: list[str]) -> list[str]:
    """The spellings (verb slots filled), then each lemma's forms no spelling matches."""
    out = [w for entry in spelled for w in _filled(entry)]
    base = list(out)
    for lemma in lemmas:
        out.extend(f for f in inflections(lemma) if f not in out and not _covered(f, base))
    return out


def words(section: str, key: str, language: str = "en") -> list[str]:
    """The spellings listed under ``[section] key``, then the lemmas' forms.

    The lemmas are those listed under ``[section] <key>_lemmas``, if there is such a list.
    """
    where = f"{language}.toml: {section}.{key}"
    try:
        body = _load(language)[section]
        found = body[key]
    except KeyError as exc:
        raise ReemarketError(f"data/vocab/{language}.toml: no list {section}.{key}") from exc
    lemmas = _strings(body.get(key + LEMMAS, []), where + LEMMAS)
    return _expanded(_strings(found, where), lemmas)


def alternation(section: str, key: str, language: str = "en", *, any_space: bool = False) -> str:
    """The spellings of ``[section] key`` as one regex alternation (no group around it).

    With ``any_space``, a space written in a spelling matches any run of white space ("took
    in" across a line break), so the file keeps its plain spelling.
    """
    joined = "|".join(words(section, key, language))
    return joined.replace(" ", r"\s+") if any_space else joined


def ordered(section: str, language: str = "en") -> list[tuple[str, str]]:
    """An ordered section (``[[section]]`` tables with ``key`` and ``words``) as pairs."""
    try:
        rows = _load(language)[section]
        return [
            (str(r["key"]), "|".join(_expanded(list(r["words"]), list(r.get("lemmas", [])))))
            for r in rows
        ]
    except (KeyError, TypeError) as exc:
        raise ReemarketError(
            f"data/vocab/{language}.toml: [[{section}]] needs key and words ({exc})"
        ) from exc


def lemma_list(
    section: str, key: str, tags: str, language: str = "en", *, narrowed: bool = True
) -> list[str]:
    """The forms of the given tags of the lemmas listed under ``[section] <key>_lemmas``.

    ``lemma_list("direction", "up", "VBD,VBG")`` is rose, rising, increased, ...: a rule
    that wants a move list's verbs in some forms only reads them from the file instead of
    spelling a near copy. A lemma the file narrows keeps only the tags both name, unless
    ``narrowed`` is false: for a rule whose own context rules out the reading the file's
    narrowing guards against (after a plural subject, "Prices climb to X", the bare form the
    list leaves out as a noun, "this rise", is the present tense).
    """
    wanted = set(tags.split(","))
    if not wanted <= TAGS:
        raise ReemarketError(f"data/vocab: {tags!r} names a tag not in {sorted(TAGS)}")
    where = f"{language}.toml: {section}.{key}{LEMMAS}"
    try:
        listed = _load(language)[section][key + LEMMAS]
    except KeyError as exc:
        raise ReemarketError(f"data/vocab/{where}: no such list") from exc
    out: list[str] = []
    for lemma in _strings(listed, where):
        word, _, own = lemma.partition(":")
        keep = wanted & (set(own.split(",")) if own and narrowed else TAGS)
        if keep:
            out.extend(f for f in inflections(f"{word}:{','.join(sorted(keep))}") if f not in out)
    return out


def lemma_forms(section: str, key: str, language: str = "en") -> list[str]:
    """The forms of the lemmas of the ``[[section]]`` tables keyed ``key``, alone.

    ``lemma_forms("metric", "average")`` is the verb "average" (average, averaged, averages,
    averaging) without the table's other words, for a rule that asks for the verb only.
    """
    try:
        rows = [r for r in _load(language)[section] if r["key"] == key]
    except (KeyError, TypeError) as exc:
        raise ReemarketError(f"data/vocab/{language}.toml: no tables [[{section}]]") from exc
    forms = [f for r in rows for lemma in r.get("lemmas", []) for f in inflections(lemma)]
    if not forms:
        raise ReemarketError(f"data/vocab/{language}.toml: [[{section}]] {key!r} has no lemmas")
    return list(dict.fromkeys(forms))
