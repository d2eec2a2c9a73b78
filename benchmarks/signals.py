"""Which confidence signals see the knowledge boundary, and do they carry over? (issues: Signals,
Questions people actually ask)

From records collected by `benchmarks/collect.py` (every single-pass signal plus hidden states
of seven layers), fit each signal set as the guard does and report AUROC (correct / answerable)
on five splits, each beside the shortcut baselines (question text alone, rarity, length):
- held-out: fit on the calibration half of the generated probes, test on the other half;
- other styles: fit on factoid-style probes only, test on held-out probes of every other style;
- entity types: for each entity kind of the contrastive entity probes (animals, drugs, ...),
  fit without any question about that kind, test on the held-out ones about it (pooled);
- templates: the same with the entity question templates, in five groups (pooled);
- SelfAware: fit on the calibration half, test on `../shared/data/selfaware-dev.jsonl`.
For sets with an answerability probe the answerable column is the AUROC of its P(answerable).
Then the test that matters for "the model does not know this": leave one generator out. For
each procedure that makes unknowns (`probes.categories.UNKNOWN_GENERATORS`: invented names of
four kinds, minimal pairs, false premises, ...), fit without any question it made (nor their
answerable twins), and test on its held-out questions plus as many held-out answerable controls;
the AUROC of P(answerable) per generator and the mean, for the answerability signals and the
shortcut baselines, with SelfAware beside them (`--generators-only` skips the first table).
Costs are measured in the same run as ratios to bare greedy generation. With `--embeddings URL`
the rows marked "HTTP" fit the prompt-position probes on an `/embeddings` endpoint's question
vectors instead (what `OpenAIModel(embeddings_url=...)` gives a served model; see
benchmarks/embeddings.py for starting one), on the same questions and folds.

    python benchmarks/signals.py --model qwen2.5-coder-0.5b   # collects first (resumable)
    python benchmarks/signals.py --no-collect --no-cost --extra p_ik
    python benchmarks/signals.py --no-collect --no-cost --generators-only --rows hidden_question_answerable
    python benchmarks/signals.py --no-collect --no-cost --embeddings http://127.0.0.1:8090/v1
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
from pathlib import Path

from collect import RUNS, collected
from costs import costs, with_extra
from guard import load_model
from signal_columns import BASELINES, Columns, aurocs, baseline_score, score
from guard.signals import DEFAULT_SIGNALS, LOGPROB_SIGNALS, PROMPT_PROBES, SIGNALS, of_kind
from probes.categories import UNKNOWN_NAMES

SETS = {
    "default: log-prob set + 3 hidden, gated": DEFAULT_SIGNALS,
    "  same, not gated": DEFAULT_SIGNALS,
    "default with hidden_answerable instead":
        LOGPROB_SIGNALS + ("hidden_prompt", "hidden_answer", "hidden_answerable"),
    "hidden_answerable (P(answerable))": ("hidden_answerable",),
    "hidden_question_answerable (P(answerable))": ("hidden_question_answerable",),
    "hidden_prompt": ("hidden_prompt",),
    "hidden_answer": ("hidden_answer",),
    "log-prob set": LOGPROB_SIGNALS,
    "log-prob set without length": LOGPROB_SIGNALS[:-1],
    "mean_logprob": ("mean_logprob",),
    "length": ("length",),
    "question_surprisal": ("question_surprisal",),
}
# the answerability signals compared generator by generator (each alone, as P(answerable))
GENERATOR_SETS = {
    "hidden_question_answerable (default)": ("hidden_question_answerable",),
    "hidden_answerable": ("hidden_answerable",),
    "hidden_rare_answerable": ("hidden_rare_answerable",),
    "hidden_known": ("hidden_known",),
    "question_mean_logprob": ("question_mean_logprob",),
    "question_surprisal": ("question_surprisal",),
    "rare_word_surprisal": ("rare_word_surprisal",),
}
HTTP_SETS = {
    "HTTP default: log-prob set + embedding probes": LOGPROB_SIGNALS + PROMPT_PROBES,
    "HTTP hidden_answerable from the embedding": ("hidden_answerable",),
}
SPLITS = ("held_out", "other_styles", "entity_types", "templates", "selfaware")


def splits(c) -> dict[str, list[tuple[list, list]]]:
    """(fit records, test records) folds of each split (see the module docstring)."""
    probe = {p.id: p for p in c.suite}
    topic = lambda r: probe[r.id].topic  # noqa: E731
    template = lambda r: probe[r.id].template  # noqa: E731
    kinds = sorted({topic(r) for r in c.generated if topic(r)})
    ids = sorted({template(r) for r in c.generated if template(r)})
    group = {t: int(hashlib.sha256(t.encode()).hexdigest(), 16) % 5 for t in ids}
    out = {"held_out": [(c.cal, c.test)],
           "other_styles": [([r for r in c.cal if r.style == "factoid"],
                             [r for r in c.test if r.style != "factoid"])],
           "entity_types": [([r for r in c.cal if topic(r) != k], [r for r in c.test if topic(r) == k])
                            for k in kinds],
           "templates": [([r for r in c.cal if group.get(template(r)) != g],
                          [r for r in c.test if group.get(template(r)) == g]) for g in range(5)]}
    if c.selfaware:
        out["selfaware"] = [(c.cal, c.selfaware)]
    return out


def generator_folds(c, seed: int = 0, only: tuple[str, ...] = ()) -> dict[str, tuple[list, list]]:
    """For each unknown generator (those in `only`, when given): (fit records without its
    questions, its held-out questions plus as many held-out answerable controls as it lacks
    answerable twins)."""
    probe = {p.id: p for p in c.suite}
    made_by = lambda r: probe[r.id].generator  # noqa: E731
    controls = [r for r in c.test if r.answerable and made_by(r) in ("control", "")]
    rng = random.Random(seed)
    folds = {}
    unknown = sorted({made_by(r) for r in c.generated if not r.answerable})
    for g in [g for g in unknown if not only or g in only]:
        held = [r for r in c.test if made_by(r) == g]
        lacking = sum(not r.answerable for r in held) - sum(r.answerable for r in held)
        folds[g] = ([r for r in c.cal if made_by(r) != g],
                    held + rng.sample(controls, min(len(controls), max(lacking, 0))))
    return folds


def by_generator(c, sets: dict, only: tuple[str, ...] = ()) -> dict[str, dict[str, float]]:
    """P(answerable) AUROC of each set and baseline on each generator's fold, their mean, and
    beside them SelfAware (fitted on the whole calibration half), when it was collected."""
    learned = tuple({n for names in sets.values() for n in names if SIGNALS[n].kind == "hidden_probe"})
    out: dict[str, dict[str, float]] = {name: {} for name in [*sets, *BASELINES]}
    for g, fold in generator_folds(c, only=only).items():
        _column(out, g, fold, sets, learned)
        print(f"  left out {g}: {len(fold[1])} test questions", flush=True)
    for row in out.values():
        row["mean"] = sum(row.values()) / len(row) if row else float("nan")
    if c.selfaware:
        _column(out, "SelfAware", (c.cal, c.selfaware), sets, learned)
    return out


def _column(out: dict, name: str, fold: tuple[list, list], sets: dict, learned: tuple[str, ...]) -> None:
    for row, a in evaluate([fold], sets, (), learned=learned).items():
        out[row][name] = a["p_answerable"] if a["p_answerable"] is not None else a["answerable"]


def evaluate(folds, sets: dict, extra: tuple[str, ...], embedded=None,
             learned: tuple[str, ...] | None = None) -> dict[str, dict]:
    """Each set's and baseline's AUROCs on one split, predictions pooled over its folds (and the
    HTTP sets', fitted on `embedded` question vectors, when given)."""
    http = HTTP_SETS if embedded else {}
    pooled: dict[str, dict] = {name: {"p": [], "p_answerable": []} for name in [*sets, *http, *BASELINES]}
    tests = []
    for fit, test in folds:
        if not test:
            continue
        cols = Columns(fit, extra) if learned is None else Columns(fit, extra, learned=learned)
        test_cols = cols.transform(test)
        tests += test
        for name, names in sets.items():
            _add(pooled[name], score(names, cols, test, test_cols, gate="not gated" not in name))
        for name in BASELINES:
            _add(pooled[name], baseline_score(name, cols, test))
        if http:
            cols = Columns(fit, extra, learned=PROMPT_PROBES, observe=embedded)
            test_cols = cols.transform(test)
            for name, names in http.items():
                _add(pooled[name], score(names, cols, test, test_cols))
    return {name: aurocs({k: (None if v is None else _cat(v)) for k, v in d.items()}, tests)
            for name, d in pooled.items()}


def _add(into: dict, result: dict) -> None:
    for key in into:
        if into[key] is not None and result.get(key) is not None:
            into[key].append(result[key])
        else:
            into[key] = None


def _cat(parts):
    import numpy as np

    return np.concatenate(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="qwen2.5-coder-0.5b")
    parser.add_argument("--no-collect", action="store_true", help="only read collected records")
    parser.add_argument("--size", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--selfaware-sample", type=int, default=600, help="600: the whole file")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-cost", action="store_true", help="skip the timing part")
    parser.add_argument("--extra", nargs="*", default=[], choices=of_kind(list(SIGNALS), "extra_pass"),
                        help="extra-pass signals to add (computed for every record, cached)")
    parser.add_argument("--generators-only", action="store_true",
                        help="only the leave-one-generator-out table")
    parser.add_argument("--generators", nargs="+", default=[], choices=sorted(UNKNOWN_NAMES), metavar="NAME",
                        help="leave out only these unknown generators (default: every one)")
    parser.add_argument("--rows", nargs="+", default=[], metavar="SIGNAL",
                        choices=[names[0] for names in GENERATOR_SETS.values()],
                        help="only these signals' rows of that table (default: every one)")
    parser.add_argument("--embeddings", metavar="URL",
                        help="an /embeddings endpoint serving the model: adds the HTTP rows")
    args = parser.parse_args()
    c = collected(args.model, size=args.size, seed=args.seed, sample=args.selfaware_sample,
                  run=not args.no_collect)
    if not c.generated:
        raise SystemExit(f"no records for {args.model}: run without --no-collect first")
    extra = tuple(args.extra)
    model = load_model(args.model) if extra or not args.no_cost else None
    if extra:
        c = with_extra(model, c, extra, args.model)
    sets = {**SETS, **{x: (x,) for x in extra}, **{f"default + {x}": DEFAULT_SIGNALS + (x,) for x in extra}}
    cost = {} if args.no_cost else costs(model, args.repeats, extra)
    embedded = None
    if args.embeddings:
        from embeddings import embedded as embed

        embedded = embed(args.embeddings, c.generated + c.selfaware, RUNS / args.model / "neutral")
    chosen = {k: v for k, v in GENERATOR_SETS.items() if not args.rows or v[0] in args.rows}
    generators = by_generator(c, {**chosen, **{x: (x,) for x in extra}}, tuple(args.generators))
    print_generators(args.model, generators)
    folds = {} if args.generators_only else splits(c)
    rows = {split: evaluate(f, sets, extra, embedded) for split, f in folds.items()}
    if folds:
        print_splits(args.model, c, folds, rows, [*sets, *(HTTP_SETS if embedded else {}), *BASELINES])
    if cost:
        print("cost ratios to bare greedy generation: " + ", ".join(f"{k} {v:.2f}x" for k, v in cost.items()))
    out = Path("runs/signals") / f"{args.model}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"rows": rows, "generators": generators, "cost": cost}, indent=1))
    print(f"wrote {out}")


def print_splits(model: str, c, folds: dict, rows: dict, names: list[str]) -> None:
    print(f"{model}: {len(c.cal)} calibration and {len(c.test)} held-out generated probes, "
          f"{len(c.selfaware)} SelfAware; AUROC correct / answerable (P(answerable) where there is one)")
    print(f"{'signal set':42s}" + "".join(f"{s:>15s}" for s in folds))
    for name in names:
        cells = []
        for split in folds:
            a = rows[split][name]
            ans = a["p_answerable"] if a["p_answerable"] is not None else a["answerable"]
            cells.append(f"{a['correct']:.2f} / {ans:.2f}")
        print(f"{name:42s}" + "".join(f"{x:>15s}" for x in cells), flush=True)


def print_generators(model: str, table: dict[str, dict[str, float]]) -> None:
    columns = list(next(iter(table.values())))
    print(f"\n{model}: P(answerable) AUROC, leaving one unknown generator out of fitting")
    print(f"{'signal':38s}" + "".join(f"{g[:12]:>13s}" for g in columns))
    for name, row in table.items():
        print(f"{name:38s}" + "".join(f"{row[g]:13.2f}" for g in columns), flush=True)
    if "SelfAware" in columns:
        print("SelfAware: fitted on the whole calibration half, not in the mean")
    print()


if __name__ == "__main__":
    main()
