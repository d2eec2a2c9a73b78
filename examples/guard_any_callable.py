"""Guard a black-box model: any Python function from prompt to answer.

    python examples/guard_any_callable.py

A black box gives no log-probabilities or hidden states, so only signals computed from text
work (here: answer length). The same code wraps an API client or a local pipeline.
"""
import probes
from guard import Guard, load_model

# A stand-in for a remote model: answers arithmetic tersely and makes up long stories otherwise.
def my_model(prompt: str) -> str:
    question = prompt.rsplit("\n\n", 1)[-1]
    try:
        words = question.rstrip("?.").split()
        if words[:2] == ["What", "is"] and words[3] in ("plus", "+"):
            return str(int(words[2]) + int(words[4]))
    except (IndexError, ValueError):
        pass
    return "It is widely believed to have been established in the early nineteenth century by a group of travelling scholars."


questions = [probes.Probe(f"sum-{i}", f"What is {i} plus {2 * i}?", (str(3 * i),), True, "arithmetic")
             for i in range(100)]
questions += [probes.Probe(f"inv-{i}", q.question, None, False, q.category)
              for i, q in enumerate(probes.load_suite("invented_entity", size=100, seed=0))]
suite = probes.ProbeSuite("callable-demo", tuple(questions), seed=0)

model = load_model(my_model)
print("capabilities:", model.capabilities)
guard = Guard.fit(model, suite, target_hallucination=0.10, confidence_level=0.90, signals=("length",),
                  progress=False)
print(f"threshold {guard.threshold.threshold:.3f} (reachable: {guard.threshold.reachable})")
for q in ["What is 21 plus 21?", "Who discovered the Quellborne Archipelago?"]:
    a = guard.ask(q)
    print(f"[{a.decision} {a.confidence:.2f}] {q} -> {a.text}")
