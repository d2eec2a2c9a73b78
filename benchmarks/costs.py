"""What signals cost, for the signals benchmark: wall-time ratios to bare greedy generation
measured in one run, and extra-pass signals added to collected records (cached by id)."""
from __future__ import annotations

import json
from dataclasses import replace

from tqdm.auto import tqdm

from collect import RUNS, Collected
from common import median_times
from guard.options import default_options
from guard.signals import SIGNALS
from guard.signals.plan import candidate_layers


def costs(model, repeats: int, extra: tuple[str, ...] = ()) -> dict[str, float]:
    """Wall-time ratios to bare greedy generation (transformers generate) on 16 questions."""
    from generation import QUESTIONS, bare_generate

    qs = QUESTIONS * 2
    base = default_options(model, "neutral", prompt_logprobs=False, top_k=5, batch_size=16)
    hidden = replace(base, hidden_layers=candidate_layers(model.num_layers))
    answers = [g.text for g in model.generate(qs, base)]
    t = median_times({
        **{n: (lambda n=n: SIGNALS[n].batch(model, qs, answers, base)) for n in extra},
        "bare": bare_generate(model, qs, base.max_new_tokens),
        "logprobs": lambda: model.generate(qs, base),
        "hidden": lambda: model.generate(qs, hidden),
        "surprisal": lambda: model.generate(qs, replace(base, prompt_logprobs=True)),
        "all": lambda: model.generate(qs, replace(hidden, prompt_logprobs=True)),
        "prefill only": lambda: model.generate(qs, replace(hidden, max_new_tokens=1)),
    }, repeats=repeats)
    return {k: v / t["bare"] for k, v in t.items()}


def with_extra(model, c: Collected, names: tuple[str, ...], model_name: str,
               chunk: int = 64) -> Collected:
    """`c` with the extra-pass signals `names` added to every record's signals (cached by id in
    runs/collect/<model>/neutral/extra-<name>.json, resumable)."""
    records = [*c.generated, *c.selfaware]
    caches = []
    for name in names:
        path = RUNS / model_name / "neutral" / f"extra-{name}.json"
        cache = json.loads(path.read_text()) if path.is_file() else {}
        todo = [r for r in records if r.id not in cache]
        for start in tqdm(range(0, len(todo), chunk), desc=f"{model_name} {name}", unit="chunk"):
            part = todo[start:start + chunk]
            values = SIGNALS[name].batch(model, [r.question for r in part], [r.text for r in part],
                                         default_options(model, "neutral"))
            cache.update({r.id: float(v) for r, v in zip(part, values)})
            path.write_text(json.dumps(cache))
        caches.append(cache)
    add = lambda rs: [replace(r, signals={**r.signals, **{n: cache[r.id] for n, cache in zip(names, caches)}})  # noqa: E731
                      for r in rs]
    return replace(c, generated=add(c.generated), selfaware=add(c.selfaware))
