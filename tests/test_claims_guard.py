"""A guard calibrated claim by claim: the claim scorer and threshold, the claims of a long
answer kept or cut, the bound over answers, and the claims in a saved guard and over HTTP."""
from __future__ import annotations

import re

import numpy as np
import pytest

import probes
from guard import Guard, load_model
from guard.claim_threshold import answer_losses, hoeffding_bentkus, select_claim_threshold
from guard.serve.verdicts import GuardFacts, verdict_of
from guard.signals.features import observe
from probes.claims import asked_entity, evidence_for

WRONG = "It was later moved to Zorbania by Quentin Vell in 1066."


def first_sentence(texts: tuple[str, ...]) -> str:
    """The first sentence of the longest evidence text (a summary, not a one-line description)."""
    sentence = re.split(r"(?<=[.!?])\s+", max(texts, key=len).strip())[0]
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."


def scripted():
    """Right about the default suite's facts half the time; about a claims-suite entity, one
    sentence of its evidence then a made-up one (so a claim's position tells them apart)."""
    facts = {p.question: p.answers[0] for p in probes.load_suite("default", size=200, seed=0) if p.answers}
    about = {}
    for p in probes.load_suite("claims", size=120, seed=0):
        ev = evidence_for(p)
        about[p.question] = (f"{first_sentence(ev.texts)} {WRONG}" if ev.exists and ev.texts
                             else f"It is known for its role in history. {WRONG}")

    def answer(prompt: str) -> str:
        q = prompt.split("\n\n")[-1]
        if q in about:
            return about[q]
        if q in facts and len(q) % 2:
            return facts[q]
        return "It is widely believed to be the famous one that everybody talks about nowadays."
    return answer


@pytest.fixture(scope="module")
def claims_guard():
    model = load_model(scripted(), model_id="scripted-claims")
    return Guard.fit(model, probes.load_suite("default", size=200, seed=0), 0.3, 0.8, claims=True,
                     claims_suite=probes.load_suite("claims", size=120, seed=0), progress=False)


def test_a_long_answer_keeps_the_claims_the_model_knows(claims_guard, tmp_path):
    fit = claims_guard.fitted_.claims
    assert fit is not None and fit.threshold.reachable and fit.n_fit_claims > 50
    assert claims_guard.signals == ("length",) and "claim_position" in fit.scorer.featurizer_.names
    q = next(p.question for p in probes.load_suite("claims", size=120, seed=0)
             if p.answerable and p.question.startswith("Tell me about"))
    a = claims_guard.ask(q)
    assert a.outcome == "claims" and len(a.claims) >= 2, a
    assert a.claims[0].kept and not a.claims[-1].kept and a.decision == "answer"
    assert "Zorbania" in a.raw_text and "Zorbania" not in a.text and a.text
    entity = asked_entity(q)  # the cut claim reads standalone about the entity asked about, not "It"
    assert a.claims[-1].text.lower().startswith(f"{entity} was later moved".lower()), a.claims[-1]
    assert "kept" in a.reason
    flagged = claims_guard.with_runtime(on_fail="flag").ask(q)
    assert "[unsure: It was later moved to Zorbania" in flagged.text and flagged.decision == "flag"
    loaded = Guard.load(claims_guard.save(tmp_path / "g.json"), claims_guard.model)
    assert loaded.ask(q) == a
    v = verdict_of(a, "abstain", GuardFacts(0.5, None, 48, "No.", "abstain")).as_json()
    assert [c["kept"] for c in v["claims"]] == [c.kept for c in a.claims]


def test_a_factoid_answer_keeps_its_answer_level_verdict(claims_guard):
    a = claims_guard.ask("What is 7 times 8?")
    assert a.outcome != "claims"


def test_the_claim_bound_is_over_answers():
    rng = np.random.default_rng(0)
    scores, bad = [], []
    for _ in range(300):
        n = rng.integers(1, 6)
        good = rng.random(n) < 0.7
        scores.append(np.where(good, rng.uniform(0.5, 1.0, n), rng.uniform(0.0, 0.6, n)))
        bad.append(~good)
    choice = select_claim_threshold(scores, bad, target=0.1, confidence=0.9)
    assert choice.reachable and choice.loss <= 0.1 and 0 < choice.removed < 1
    assert hoeffding_bentkus(choice.loss, 300, 0.1) <= 0.1
    looser = answer_losses(scores, bad, choice.threshold - 0.2)
    assert looser.mean() > choice.loss  # cutting less lets more unsupported claims through
    strict = select_claim_threshold(scores, bad, target=0.1, confidence=0.9, rule="any")
    assert strict.threshold >= choice.threshold  # every kept claim right: stricter
    few = select_claim_threshold(scores[:5], bad[:5], target=0.1, confidence=0.9)
    assert not few.reachable and few.removed == 1.0 and "every claim is cut" in few.reason


def test_an_evaluation_records_each_claims_verdict_and_draws_the_claim_plots(claims_guard, tmp_path):
    suite = probes.load_suite("claims", size=120, seed=0)  # the scripted model's half-right answers
    report = claims_guard.evaluate(suite, out=tmp_path / "eval", progress=False)
    records = claims_guard.run(suite, out=tmp_path / "eval", progress=False)  # resumed: read back
    judged = [c for r in records for c in r.claims if c.confidence is not None]
    assert judged and all(c.label is not None and c.kept is not None for c in judged)
    assert any(c.kept for c in judged) and any(not c.kept for c in judged)
    assert all(not c.kept for c in judged if "Zorbania" in c.text)
    assert report.evaluation is not None
    html = (tmp_path / "eval" / "report.html").read_text()
    assert "claim_retention.png" in html and "claim_reliability.png" in html
    assert (tmp_path / "eval" / "claim_retention.png").stat().st_size > 1000


def varying():
    """Like `scripted`, but the made-up sentence about a claims-suite entity changes with every
    call (what a model that guesses does when sampled) while the evidence sentence stays; about
    an invented entity it says only the made-up sentence."""
    base = scripted()
    places, people = ("Zorbania", "Quelmar", "Fintrosk", "Davoria"), ("Quentin Vell", "Arno Dask", "Mira Tolk")
    calls = iter(range(10**9))

    def answer(prompt: str) -> str:
        n = next(calls)
        guess = f"It was later moved to {places[n % 4]} by {people[n % 3]} in {1000 + 37 * (n % 11)}."
        return base(prompt).replace(f"It is known for its role in history. {WRONG}", guess).replace(WRONG, guess)
    return answer


def test_claim_agreement_keeps_what_the_samples_repeat(tmp_path):
    model = load_model(varying(), model_id="scripted-varying")
    suite = probes.load_suite("claims", size=120, seed=0)
    g = Guard.fit(model, probes.load_suite("default", size=200, seed=0), 0.3, 0.8, claims=True,
                  claim_signals=("claim_agreement",), claims_suite=suite, progress=False)
    fit = g.fitted_.claims
    assert fit.scorer.featurizer_.names == ("claim_agreement",) and fit.threshold.reachable
    q = next(p.question for p in suite if p.answerable and p.question.startswith("Tell me about"))
    a = g.ask(q)
    assert a.outcome == "claims" and len(a.claims) >= 2, a
    assert a.claims[0].kept and not a.claims[-1].kept and a.claims[0].confidence > a.claims[-1].confidence
    assert Guard.load(g.save(tmp_path / "g.json"), model).config.claim_signals == ("claim_agreement",)
    gens = model.generate([q], g.options_)
    unsampled = g.judge_observed(gens, observe(model, gens, g.signals, g.options_))[0]
    assert not any(c.kept for c in unsampled.claims)  # no samples: the signal is missing, cut


def test_claim_signals_are_checked_before_any_work():
    model = load_model(varying(), model_id="scripted-varying")
    with pytest.raises(ValueError, match="claim signals"):
        Guard(model, claims=True, claim_signals=("mean_logprob",))
    with pytest.raises(ValueError, match="claims=True"):
        Guard(model, claim_signals=("claim_agreement",))
