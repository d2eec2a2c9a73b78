"""Sentence spans of an answer: character offsets, covering every non-blank character once.

An answer is first cut into lines (a line break always ends a sentence: list items, bullets and
headings stand alone), then each line into sentences by syntok (MIT, pure Python), which reads
"Dr. Smith", "U.S.", "3.5 million", "J. R. R. Tolkien", "approx. 2.1 million" and "e.g. during"
as one sentence. Measured on the 38 tricky answers of `tests/probes_package/test_claims_sentences.py`
(exact sentence lists): syntok 37/38 with the line pre-split (36/38 without), blingfire 35/38,
pysbd 33/38 (it breaks after "approx.", "ca." and "incl." before a number); the one syntok miss
is "etc. Supplements ..." (read as one sentence). Without syntok installed a regex fallback with an
abbreviation list is used (`regex_spans`, 36/38 on the same set: it also joins "No. Vitamin C").

A span is (start, end) into the text with no surrounding whitespace; spans are in order, do not
overlap, and the text outside them is whitespace only. A lone list marker ("1.", "-") is joined
to the sentence after it. Leaves out clauses (`probes.claims.clauses`).
"""

from __future__ import annotations

import re

Span = tuple[int, int]

ABBREVIATIONS = frozenset(
    "dr mr mrs ms prof st mt ft sr jr vs etc eg ie approx ca incl no nos vol fig jan feb mar apr jun jul aug sep"
    " sept oct nov dec inc ltd co corp dept est gen gov lt col sgt rev hon univ al".split()
)
_MARKER = re.compile(r"(?:[-*\u2022]|\d{1,2}[.)]|[a-z][.)])")
_LINE = re.compile(r"[^\n]+")
_BREAK = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9*])|[.!?]+[\"')\]]*(?=[A-Z][a-z])")


def sentence_spans(text: str) -> tuple[Span, ...]:
    """Sentence spans of `text` (syntok within each line, else the regex fallback)."""
    try:
        from syntok import segmenter
    except ImportError:  # pragma: no cover - syntok is a core dependency
        return regex_spans(text)
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for paragraph in segmenter.analyze(line.group()):
            for sentence in paragraph:
                if sentence:
                    spans.append((start + sentence[0].offset, start + sentence[-1].offset + len(sentence[-1].value)))
    return _tidy(text, spans)


def regex_spans(text: str) -> tuple[Span, ...]:
    """Sentence spans by rule: a line break, or . ! ? before a capital or digit, except after an
    initial ("J."), a known abbreviation ("Dr.", "approx.") or a dotted acronym inside a name."""
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for m in _BREAK.finditer(line.group()):
            end = line.start() + m.end()
            word = re.search(r"([A-Za-z.]+)\.?[\"')\]]*$", text[start:end])
            token = word.group(1).lower().rstrip(".").replace(".", "") if word else ""
            if word and (token in ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(1).rstrip("."))):
                continue
            spans.append((start, end))
            start = end
        spans.append((start, line.end()))
    return _tidy(text, spans)


def _tidy(text: str, spans: list[Span]) -> tuple[Span, ...]:
    """Trim whitespace, drop empty spans, stretch each span over any non-blank text up to the
    next one (so nothing is lost), and join a lone list marker to the sentence after it."""
    trimmed: list[Span] = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            trimmed.append((start, end))
    out: list[Span] = []
    for i, (start, end) in enumerate(trimmed):
        nxt = trimmed[i + 1][0] if i + 1 < len(trimmed) else len(text)
        gap = text[end:nxt]
        end += len(gap.rstrip()) if gap.strip() else 0
        if out and _MARKER.fullmatch(text[out[-1][0] : out[-1][1]]) and "\n" not in text[out[-1][1] : start]:
            start = out.pop()[0]
        out.append((start, end))
    first = trimmed[0][0] if trimmed else len(text)
    if text[:first].strip():  # non-blank text before the first span (never from syntok)
        out[0] = (len(text) - len(text.lstrip()), out[0][1])
    return tuple(out)


def list_marker(sentence: str) -> str:
    """The list marker a sentence starts with, with its trailing space ("1. ", "- "), or ""."""
    m = re.match(r"\s*(?:[-*\u2022]|\d{1,2}[.)]|[a-z][.)])\s+", sentence)
    return m.group() if m else ""
