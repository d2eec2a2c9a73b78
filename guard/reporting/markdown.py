"""Reports as Markdown that also reads well in a terminal: the raw model's report card, and raw
versus guarded side by side. Renders the strict-JSON form of a report (`report.json`)."""
from __future__ import annotations

from typing import Sequence

from guard.reporting.formatting import fmt

CARD_COLUMNS = ("n", "accuracy", "attempted", "hallucination_rate", "omniscience_index")


def table(header: Sequence[str], rows: Sequence[Sequence]) -> str:
    """A Markdown table that also reads well in a terminal."""
    cells = [[str(h) for h in header]] + [[fmt(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    return "\n".join([line(cells[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
                     + [line(r) for r in cells[1:]])


def markdown(report: dict) -> str:
    """The Markdown of a probe or eval report, plus the questions it skipped."""
    text = probe_markdown(report) if report["kind"] == "probe" else eval_markdown(report)
    if report.get("skipped"):
        text += (f"\nSkipped {len(report['skipped'])} question(s) too long for the model's "
                 "context window (listed in skipped.jsonl; --too-long truncate shortens them).\n")
    return text


def probe_markdown(report: dict) -> str:
    o, conf = report["overall"], report["raw_confidence"]
    rows = [[c, "yes" if report["category_answerable"][c] else "no"] + [card[k] for k in CARD_COLUMNS]
            for c, card in report["per_category"].items()]
    cut = ", ".join(f"{s} {v:.0%}" for s, v in report.get("cut_by_style", {}).items() if v)
    return "\n".join([
        f"# Report card: {report['model']} on {report['suite']} (seed {report['seed']}, "
        f"prompt '{report['prompt']}')", "",
        table(("", *CARD_COLUMNS), [["overall", *(o[k] for k in CARD_COLUMNS)]]), "",
        f"Correct {o['correct']}, incorrect {o['incorrect']}, abstained {o['abstained']}"
        + (f", ungraded (no gold answer) {o['ungraded']}" if o["ungraded"] else "") + ".",
        f"Raw confidence (mean token probability): {fmt(conf['when_correct'])} when correct, "
        f"{fmt(conf['when_incorrect'])} when wrong.",
        f"Answers cut at the token limit: {report['cut_answers']}" + (f" ({cut})." if cut else "."),
        "", "## Per category", "", table(("category", "answerable", *CARD_COLUMNS), rows), "",
    ])


def eval_markdown(report: dict) -> str:
    raw, g = report["raw"], report["guarded"]
    keys = ("accuracy", "attempted", "hallucination_rate", "omniscience_index")
    rows = [[k, raw[k], g[k]] for k in keys]
    rows += [["kept_correct", 1.0, report["kept_correct"]],
             ["hallucination on unknowns", None, report["hallucination_on_unknowns"]],
             ["auroc (correct)", None, report["auroc_correct"]],
             ["auprc (correct)", None, report["auprc_correct"]],
             ["auroc (answerable)", None, report["auroc_answerable"]],
             ["auroc of P(answerable)", None, report["auroc_p_answerable"]],
             ["ece", None, report["ece"]], ["brier", None, report["brier"]],
             ["risk at 50% coverage", None, report["risk_at_half"]]]
    per = [[c, v["raw"]["hallucination_rate"], v["guarded"]["hallucination_rate"],
            v["raw"]["accuracy"], v["guarded"]["accuracy"]] for c, v in report["per_category"].items()]
    return "\n".join([
        f"# Raw vs guarded: {report['model']} on {report['data']}", "",
        f"Guard {report['guard']}: target hallucination rate {report['target_hallucination']} "
        f"at confidence {report['confidence']}, threshold {fmt(report['threshold'])} chosen on "
        f"{report.get('threshold_on', 'probe questions')} ({report.get('threshold_method', 'exact')}); "
        f"n = {raw['n']} ({report['n_scored']} answers with known correctness).", "",
        table(("metric", "raw", "guarded"), rows), "",
        "## Per category", "",
        table(("category", "halluc. raw", "halluc. guarded", "acc. raw", "acc. guarded"), per), "",
    ])
