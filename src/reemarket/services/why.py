"""Why a sentence gave the facts it gave: the rules that fired and the vetoes that dropped."""

from __future__ import annotations

from pydantic import BaseModel, Field

from reemarket.errors import InputError
from reemarket.ingest.pipeline import extract_text
from reemarket.ingest.rules.zh import explain
from reemarket.services.browse import get_document
from reemarket.store.db import Store


class WhyStep(BaseModel):
    """One rule's finding on the sentence, and the veto that dropped it, if any."""

    rule: str = Field(description="The rule that found the fact")
    fact: str = Field(description="The fact: kind entity subject metric period value unit")
    veto: str | None = Field(description="Reason code of the veto that dropped it, else null")


class WhySentence(BaseModel):
    """A sentence of the document and what the extraction did with it."""

    sentence: str = Field(description="The sentence, in its original characters")
    language: str = Field(description="The rules' language")
    steps: list[WhyStep] = Field(description="Rules fired and vetoes applied, in order")


def why(store: Store, doc: str, sentence: str) -> list[WhySentence]:
    """Explain every sentence of a stored document that contains ``sentence``."""
    if not sentence.strip():
        raise InputError("the sentence to explain is empty", field="sentence")
    d = get_document(store, doc)
    if (d.language or "en") == "zh":
        return [
            WhySentence(
                sentence=e.sentence,
                language="zh",
                steps=[WhyStep(rule=s.rule, fact=s.fact, veto=s.veto) for s in e.events],
            )
            for e in explain(d.text, sentence, published=d.published)
        ]
    # English rules keep no trace yet: show the facts their sentence gave
    ex = extract_text(d.text, doc=d.name, published=d.published, language="en")
    out: dict[str, WhySentence] = {}
    for f in ex.facts:
        if sentence in f.sentence:
            w = out.setdefault(
                f.sentence, WhySentence(sentence=f.sentence, language="en", steps=[])
            )
            v = (
                f"{f.value:.10g}"
                if f.value_high is None
                else f"[{f.value:.10g}, {f.value_high:.10g}]"
            )
            w.steps.append(
                WhyStep(
                    rule="english",
                    fact=f"{f.kind} {f.entity} {f.subject or '-'} {f.metric} {f.period} {v} {f.unit}",
                    veto=None,
                )
            )
    return list(out.values())
