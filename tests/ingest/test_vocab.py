"""The English cue words live in data/vocab/en.toml and reach the scanner from there."""

from __future__ import annotations

import re
import tomllib
from importlib import resources

import pytest

from reemarket.errors import ReemarketError
from reemarket.ingest import annotate, lexicon, vocab
from reemarket.ingest.fastre import literal_prefix, lower_pattern, split_alternatives

#: The sections the word-start scanner reads (the others are searched as whole regexes).
SCANNED = ("metric", "market", "sector", "direction")


def _file() -> dict[str, object]:
    raw = resources.files("reemarket.data").joinpath("vocab", "en.toml").read_text("utf-8")
    return tomllib.loads(raw)


def test_every_spelling_compiles_and_can_start_a_word_scan() -> None:
    data = _file()
    for section, body in data.items():
        rows = body if isinstance(body, list) else [{"key": k, "words": v} for k, v in body.items()]  # type: ignore[union-attr]
        for row in rows:
            for word in [w for e in row["words"] for w in vocab._filled(e)]:
                re.compile(word)
                if section not in SCANNED:
                    continue
                for alt in split_alternatives(lower_pattern(word)):
                    assert literal_prefix(alt), (section, row["key"], word)
            for lemma in row.get("lemmas", []):
                assert vocab.inflections(lemma)


def test_the_scanner_lists_come_from_the_file() -> None:
    metric = [
        (r["key"], "|".join(vocab._expanded(r["words"], r.get("lemmas", []))))
        for r in _file()["metric"]
    ]  # type: ignore[index]
    assert metric == annotate._TAGS
    direction = _file()["direction"]
    spelled = "|".join(w for e in direction["up"] for w in vocab._filled(e))  # type: ignore[index]
    assert annotate.UP.startswith(spelled + "|")
    assert all(f in annotate.UP.split("|") for f in vocab.inflections("rise"))
    assert set(annotate._CHANGE_WORDS.keys) == {"up", "down"}
    assert {key for _p, key in lexicon._MARKETS} == {
        "fob_china",
        "cif_rotterdam",
        "europe",
        "china",
        "unlisted",  # a delivered basis with no market id ("CIF Asia"): its prices are vetoed
    }


def test_a_word_added_to_the_file_is_found_at_word_starts() -> None:
    """Start letters are derived from the lists: a new spelling needs no other change."""
    from reemarket.ingest.fastre import WordAlternation, lower

    up = WordAlternation([("up", vocab.alternation("direction", "up") + "|skyrocketed")])
    found = up.find(lower("Tb oxide skyrocketed, then rose again"))
    assert [k for *_x, k in found] == ["up", "up"]


def test_a_missing_list_is_a_named_error() -> None:
    with pytest.raises(ReemarketError, match=r"en\.toml: no list direction\.sideways"):
        vocab.words("direction", "sideways")
    with pytest.raises(ReemarketError, match=r"data/vocab/xx\.toml"):
        vocab.words("direction", "up", "xx")


def test_unlisted_delivery_bases_end_on_a_word_boundary() -> None:
    """ "delivered US" is a basis; "delivered usually" or "CFR usage" are not, even when a
    spelling is searched on its own."""
    words = [w for key, w in vocab.ordered("market") if key == "unlisted"]
    assert words
    for text in ("delivered usually within a week", "cfr usage terms", "cif usd quotes"):
        assert not any(re.search(w, text) for w in words), text
    assert all(re.search(w, "delivered us buyers") for w in words if w.startswith("delivered"))
    assert [m.id for m in lexicon.find_markets("Dy oxide CFR Korea rose")] == ["unlisted"]


def test_a_lemma_brings_its_irregular_forms_from_the_library() -> None:
    """ "fall" is written once; "fell" and "fallen" (and "rose", "risen") are found."""
    assert {"fall", "falls", "fell", "fallen", "falling"} <= set(vocab.inflections("fall"))
    assert "fell" not in vocab.words("direction", "down_lemmas")
    low = annotate.lower("Tb oxide fell 2%, Dy had fallen 1% and Nd oxide rose 3%, having risen")
    found = [(low[a:b], k) for a, b, k in annotate._CHANGE_WORDS.find(low)]
    assert found == [("fell", "down"), ("fallen", "down"), ("rose", "up"), ("risen", "up")]


def test_the_verb_forms_spelled_before_are_all_still_found() -> None:
    """The lemmas give every form the file once spelled one by one (no form lost)."""
    up = set(vocab.words("direction", "up"))
    down = set(vocab.words("direction", "down"))
    assert {"rose", "rise", "rises", "risen", "rising", "grew", "grown", "raised"} <= up
    assert {"sank", "shrank", "shrunk", "slid", "lost", "lose", "cut", "lowered"} <= down


def test_a_word_no_verb_lemma_is_a_named_error() -> None:
    with pytest.raises(ReemarketError, match="no verb"):
        vocab.inflections("qzxv")


def _metric(key: str) -> set[str]:
    """Every alternative of the [[metric]] tables of ``key``."""
    return {a for k, words in vocab.ordered("metric") if k == key for a in words.split("|")}


def test_the_metric_and_holder_lemmas_bring_their_irregular_forms() -> None:
    """The verbs written once as lemmas give their irregular forms, in slots too."""
    assert {"took in", "taken in", "brought in", "bought in"} <= _metric("imports")
    assert {"sold", "sells"} <= _metric("sales")
    assert any(a.startswith("made ") for a in _metric("production"))
    assert any(a.startswith("held ") for a in _metric("share"))
    assert any(a.startswith("took ") for a in _metric("share"))
    assert any(a.startswith("grew at") for a in _metric("cagr"))
    assert {"stood at", "standing at"} <= _metric("price")
    assert {"was valued at", "were valued at", "is valued at"} <= _metric("market_cap")
    assert {"gave up", "given up"} <= set(vocab.words("direction", "down"))
    cited = re.compile(vocab.alternation("holder", "cited_source"))
    assert cited.fullmatch("analysts said")
    assert cited.fullmatch("the magnet association said")
    beat = re.compile(vocab.alternation("holder", "forecast_comparison"))
    assert beat.fullmatch("beaten analysts")
    demand = re.compile(r"(?:" + dict(vocab.ordered("metric"))["consumption"] + r")")
    assert demand.match("demand came to 9,000 t")
    assert demand.match("demand ran at 9,000 t")


def test_a_narrowed_lemma_keeps_only_the_forms_of_its_tags() -> None:
    """ "sell:VBD,VBZ" is sold and sells, never the "to sell" of a plan nor "selling"."""
    assert vocab.inflections("sell:VBD,VBZ") == ("sold", "sells")
    assert set(vocab.inflections("be:VBZ,VBP,VBD")) == {"is", "am", "are", "was", "were"}
    assert "ships" not in _metric("exports")
    assert "shipped" in _metric("exports")
    assert "firms" not in vocab.words("direction", "up")
    assert not re.search(vocab.alternation("holder", "forecast_comparison"), "top analysts")
    low = annotate.lower("MP expects to produce 700 t and aims to sell 500 t of NdPr oxide")
    assert not [w for w in annotate._TAG_WORDS.find(low) if w[2] in ("production", "sales")]
    assert vocab.inflections("ship:VBN") == ("shipped",)  # a regular participle, not listed
    assert re.fullmatch(vocab.alternation("holder", "cited_source"), "data compiled by")
    with pytest.raises(ReemarketError, match="names a tag"):
        vocab.inflections("sell:VBX")


def test_a_verb_slot_fills_with_the_forms_and_keeps_a_literal_start() -> None:
    """A leading slot is one entry per form (each scannable), a later one a group."""
    assert vocab._filled("{take:VBD,VBN} in") == ["took in", "taken in"]
    assert vocab._filled("analysts? {say:VBD,VBZ}") == ["analysts? (?:said|says)"]
    exports = dict(vocab.ordered("metric"))["exports"].split("|")
    assert "export" not in exports
    assert "exported" in exports


def test_a_rule_reads_a_tables_verb_alone() -> None:
    """The price rules' "averaged" is the [[metric]] average table's lemma, all its forms."""
    assert set(vocab.lemma_forms("metric", "average")) == {
        "average",
        "averaged",
        "averages",
        "averaging",
    }
    with pytest.raises(ReemarketError, match="no lemmas"):
        vocab.lemma_forms("metric", "price_nope")


def test_the_classes_rules_read_bring_their_irregular_forms() -> None:
    """The verb classes the trade, price, demand and date rules read give irregular forms."""
    assert {"took", "bought", "got", "accounted for"} <= set(vocab.words("trade", "partner_takes"))
    assert {"went", "sent", "shipped"} <= set(vocab.words("trade", "sent_to"))
    assert "take" not in vocab.words("trade", "partner_takes")  # "to take" is a plan
    assert {"brought in", "imported"} <= set(vocab.words("trade", "imported"))
    assert "imports" not in vocab.words("trade", "imported")  # "Myanmar imports" are a noun
    assert {"said", "says", "stated"} <= set(vocab.words("announcement", "said"))
    assert "states" not in vocab.words("announcement", "said")  # "the United States in May"
    assert {"put", "pegged"} <= set(vocab.words("holder", "source_puts"))
    assert {"beaten", "topped"} <= set(vocab.words("forecast", "beat"))
    expect = set(vocab.words("forecast", "expect"))
    assert {"sees", "forecasted"} <= expect
    assert not {"saw", "seen"} & expect  # "has seen a 5% rise" happened


def test_an_alternation_may_match_any_white_space_for_a_space() -> None:
    """``any_space`` lets a spelled space match a line break or a run of blanks."""
    plain = vocab.alternation("trade", "imported")
    loose = vocab.alternation("trade", "imported", any_space=True)
    assert loose == plain.replace(" ", r"\s+")
    assert re.fullmatch(loose, "brought\n  in") is not None
    assert re.fullmatch(plain, "brought\n  in") is None


def test_a_lemma_list_gives_only_the_forms_asked_for() -> None:
    """``lemma_list`` reads a list's lemmas in some forms, irregular ones included."""
    past = vocab.lemma_list("direction", "down", "VBD,VBG")
    assert {"fell", "falling", "slid", "lost", "sank", "slipped"} <= set(past)
    assert not {"fall", "falls", "fallen"} & set(past)
    assert "rose" in vocab.lemma_list("direction", "up", "VBD")
    assert "firmed" not in vocab.lemma_list("direction", "up", "VBD")  # spelled in `up`
    with pytest.raises(ReemarketError, match="tag"):
        vocab.lemma_list("direction", "up", "VBX")
    with pytest.raises(ReemarketError, match="no such list"):
        vocab.lemma_list("direction", "nope", "VB")


def test_a_lemma_list_may_ignore_the_files_narrowing() -> None:
    """``narrowed=False`` gives a narrowed lemma's other forms too (the bare form of back_ref)."""
    assert "climb" not in vocab.lemma_list("direction", "back_ref", "VBP")
    plural = vocab.lemma_list("direction", "back_ref", "VBP", narrowed=False)
    assert {"climb", "ease", "firm", "rise"} <= set(plural)


def test_a_price_changes_lead_verbs_come_from_the_direction_lists() -> None:
    """The verbs before a price change are en.toml's move lemmas in every form, plus change_lead."""
    from reemarket.ingest.extractors.prices import _CHANGE_LEAD

    for lead in ("rose", "has fallen", "jumps", "slid", "gave back", "edged higher", "off"):
        assert _CHANGE_LEAD.search(f"Terbium oxide {lead} "), lead
    assert "gave up" in vocab.words("direction", "change_lead")
    assert not _CHANGE_LEAD.search("Terbium oxide was ")
