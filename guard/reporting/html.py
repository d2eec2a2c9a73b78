"""The self-contained `report.html` of a probe or eval run.

Saves each plot of `guard.reporting.plots.plot_specs` (and, for an eval run of a guard judged
claim by claim, `guard.reporting.claim_plots`) as a PNG in the run folder and embeds it
as a base64 data URI (inline CSS, no external assets); a plot it cannot draw becomes a note.
Tables come from the report's JSON form: no metric is computed here.
"""
from __future__ import annotations

import base64
import html
import io
import warnings
from pathlib import Path
from typing import Any, Sequence

from guard.reporting import plots
from guard.reporting.claim_plots import claim_plot_specs
from guard.reporting.formatting import fmt
from guard.records import token_probability


NAMES = {"n": "questions (N)", "hallucination_rate": "hallucination rate I/(I+A)",
         "omniscience_index": "omniscience index", "attempted": "attempted (C+I)/N",
         "accuracy": "accuracy C/N", "kept_correct": "kept correct", "auroc_correct":
         "AUROC (correct)", "auroc_answerable": "AUROC (answerable)",
         "auroc_p_answerable": "AUROC of P(answerable)", "ece": "ECE",
         "brier": "Brier", "aurc": "AURC", "ungraded": "answered, no gold answer (ungraded)",
         "auprc_correct": "AUPRC (correct)", "risk_at_half": "risk at 50% coverage"}
CARD = ("n", "correct", "incorrect", "abstained", "accuracy", "attempted", "hallucination_rate",
        "omniscience_index")
SCORES = ("kept_correct", "auroc_correct", "auprc_correct", "auroc_answerable", "auroc_p_answerable",
          "ece", "brier", "aurc", "risk_at_half")


def _fmt(v: Any, key: str = "") -> str:
    return fmt(v, key, percent=True, blank="–")


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """An HTML table of already formatted cells; every cell is escaped."""
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def title(report: dict) -> str:
    if report["kind"] == "probe":
        return f"Report card: {report['model']} on {report['suite']}"
    return f"Raw vs guarded: {report['model']} on {report['data']}"


def _tables(kind: str, report: dict) -> tuple[str, str]:
    """(headline table, per-category table) as HTML."""
    per = report["per_category"]
    if kind == "probe":
        o, conf = report["overall"], report.get("raw_confidence") or {}
        keys = CARD + (("ungraded",) if o.get("ungraded") else ())
        head = _table(("metric", "raw model"), [[NAMES.get(k, k), _fmt(o[k], k)] for k in keys] + [
            ["mean token probability when correct", _fmt(conf.get("when_correct"))],
            ["mean token probability when wrong", _fmt(conf.get("when_incorrect"))]])
        answerable = report.get("category_answerable", {})
        cat = _table(("category", "answerable", *(NAMES.get(k, k) for k in CARD)), [
            [c, {True: "yes", False: "no"}.get(answerable.get(c), "?"), *(_fmt(v[k], k) for k in CARD)]
            for c, v in per.items()])
        return head, cat
    raw, g = report["raw"], report["guarded"]
    head = _table(("metric", "raw model", "guarded"),
                  [[NAMES.get(k, k), _fmt(raw[k], k), _fmt(g[k], k)] for k in CARD]
                  + [[NAMES.get(k, k), "–", _fmt(report.get(k), k)] for k in SCORES])
    cols = {"accuracy": "accuracy", "hallucination_rate": "hallucination rate",
            "omniscience_index": "omniscience"}
    cat = _table(("category", "N", *(f"{name}, {side}" for name in cols.values()
                                     for side in ("raw", "guarded"))),
                 [[c, _fmt(v["raw"]["n"]), *(_fmt(v[side][k], k) for k in cols
                                             for side in ("raw", "guarded"))] for c, v in per.items()])
    return head, cat


def _meta(kind: str, report: dict) -> str:
    if kind == "probe":
        return (f"suite {report.get('suite')}, seed {report.get('seed')}, prompt "
                f"'{report.get('prompt')}'; truncated prompts {report.get('truncated_prompts')}, "
                f"answers cut at the token limit {report.get('cut_answers')}")
    return (f"guard {report.get('guard')}: target hallucination rate "
            f"{report.get('target_hallucination')} at confidence {report.get('confidence')}, "
            f"threshold {_fmt(report.get('threshold'))} chosen on {report.get('threshold_on')} "
            f"({report.get('threshold_method')}); {report.get('n_scored')} answers with known "
            "correctness")


def _worst(records: Sequence[Any], kind: str, limit: int = 10) -> str:
    """The wrong answers the model (probe) or the guard (eval) was most confident in."""
    score, name = ((lambda r: r.confidence), "calibrated confidence") if kind == "eval" else \
        (token_probability, "token probability")
    wrong = sorted((r for r in records if plots.grade_of(r) == "incorrect" and score(r) is not None),
                   key=score, reverse=True)[:limit]
    if not wrong:
        return "<p class='note'>No wrong answers with a confidence.</p>"
    cut = lambda t: t if len(t) <= 200 else t[:199] + "…"
    rows = [[cut(r.question), cut(r.text), r.category, _fmt(score(r))] + ([r.decision or "–"]
            if kind == "eval" else []) for r in wrong]
    return _table(("question", "answer", "category", name) + (("decision",) if kind == "eval" else ()),
                  rows)


CSS = """body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;
color:#222}table{border-collapse:collapse;margin:1em 0;font-size:14px}th,td{border:1px solid #ccc;
padding:4px 8px;text-align:left}th{background:#f2f2f2}td{font-variant-numeric:tabular-nums}
.plots{display:flex;flex-wrap:wrap;gap:1.5em 2em;align-items:flex-start}figure{margin:0;
flex:1 1 460px}figure.wide{flex-basis:100%}img{max-width:100%;height:auto}figcaption{color:#555;font-size:14px}
.note{flex:1 1 100%;color:#7a5d00;background:#fff8e1;padding:6px 10px;border-left:4px solid #f0c000}
.meta{color:#555}"""


def _figure(out: Path, name: str, caption: str, build) -> str:
    """One plot saved as `out/name` and embedded; a plot the data cannot make becomes a note."""
    buf = io.BytesIO()
    try:
        fig = build()
        fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    except Exception as exc:  # noqa: BLE001 - a plot must never lose the rest of the report
        (out / name).unlink(missing_ok=True)
        if not isinstance(exc, ValueError):  # ValueError: the data cannot make this plot
            warnings.warn(f"plot {name} failed: {exc!r}")
        why = str(exc) if isinstance(exc, ValueError) else f"failed ({exc!r})"
        return f"<p class='note'>{html.escape(name)} skipped: {html.escape(why)}</p>"
    (out / name).write_bytes(buf.getvalue())
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    wide = " class='wide'" if fig.get_figwidth() > 6 else ""  # narrow ones pair up
    return (f"<figure{wide}><img src='data:image/png;base64,{data}' alt='{html.escape(name)}'>"
            f"<figcaption>{html.escape(caption)}</figcaption></figure>")


def report_section(out: Path, records: Sequence[Any], report: dict, level: int = 1) -> str:
    """A report's HTML (headings from `level`), its plots written into `out` as PNG files."""
    kind = report.get("kind")
    if kind not in ("probe", "eval"):
        raise ValueError(f"kind must be 'probe' or 'eval'; got {kind!r}")
    out.mkdir(parents=True, exist_ok=True)
    specs = plots.plot_specs(kind, records, report) + (claim_plot_specs(records) if kind == "eval" else [])
    figures = "".join(_figure(out, *spec) for spec in specs)
    head, cat = _tables(kind, report)
    h, h2 = f"h{level}", f"h{level + 1}"
    return (f"<{h}>{html.escape(title(report))}</{h}><p class='meta'>{html.escape(_meta(kind, report))}</p>"
            f"<{h2}>Headline numbers</{h2}>{head}<{h2}>Plots</{h2}><div class='plots'>{figures}</div>"
            f"<{h2}>Per category</{h2}>{cat}<{h2}>Most confident wrong answers</{h2}>"
            f"{_worst(records, kind)}")


def write_page(path: Path, title: str, body: str) -> Path:
    """A self-contained HTML page (inline CSS, images as data URIs)."""
    path.write_text(f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>"
                    f"{html.escape(title)}</title><style>{CSS}</style></head><body>{body}</body></html>",
                    encoding="utf-8")
    return path


def write_html_report(out: Path, records: Sequence[Any], report: dict) -> Path:
    """Write the PNG plots and a self-contained `out/report.html`; return the HTML's path."""
    out = Path(out)
    body = report_section(out, records, report)
    return write_page(out / "report.html", title(report), body)
