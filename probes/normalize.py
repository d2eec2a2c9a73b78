"""Text normalisation for answer matching: case, accents, quotes, punctuation, articles, numbers.

`normalize` maps "The answer is Twenty-One." and "answer is 21" to the same string, and
"Washington, D.C." and "washington dc" too, so alias matching can compare token sequences.
`numbers_in` pulls the numeric values out of a text after the same normalisation. Nothing here
knows about probes or grading.
"""

from __future__ import annotations

import re
import unicodedata

ARTICLES = frozenset({"a", "an", "the"})

_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_TEENS = {
    w: i + 10
    for i, w in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())
}
_TENS = {w: (i + 2) * 10 for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_UNIT_WORDS = tuple(_UNITS)
_TEEN_WORDS = tuple(_TEENS)
_TENS_WORDS = tuple(_TENS)
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2013": "-",
        "\u2014": " - ",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d])")


def fold(text: str) -> str:
    """Lowercase, strip accents, make quotes and dashes ASCII, collapse whitespace."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_QUOTES)
    return " ".join(text.lower().split())


def normalize(text: str) -> str:
    """Canonical form for matching: folded, no punctuation or articles, number words as digits."""
    t = fold(text)
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", t)  # 1,081 -> 1081
    t = t.replace("'", "")  # don't -> dont, d'ivoire -> divoire
    t = re.sub(r"(?<=\d)\.(?=\d)", "\0", t)  # protect decimal points
    t = t.replace(".", "")  # d.c. -> dc, st. -> st
    t = re.sub(r"[^\w\s\0]|_", " ", t).replace("\0", ".")
    tokens = _words_to_numbers(t.split())
    return " ".join(tok for tok in tokens if tok not in ARTICLES)


def parse_number(text: str) -> float | None:
    """The value of a text that is a single number ("21", "twenty-one", "1,000"), else None."""
    norm = normalize(text)
    return float(norm) if _NUMBER.fullmatch(norm) else None


def numbers_in(text: str) -> list[float]:
    """Numeric values in reading order, after normalisation ("two and 3.5" -> [2.0, 3.5])."""
    return [float(m.group()) for m in _NUMBER.finditer(normalize(text))]


def spell_number(n: int) -> str:
    """English words for 0 <= n < 10**9, hyphenated tens ("twenty-one"), no "and"."""
    if n < 0 or n >= 10**9:
        raise ValueError("spell_number covers 0 .. 999,999,999")
    if n < 10:
        return _UNIT_WORDS[n]
    if n < 20:
        return _TEEN_WORDS[n - 10]
    if n < 100:
        tens, rest = divmod(n, 10)
        return _TENS_WORDS[tens - 2] + (f"-{_UNIT_WORDS[rest]}" if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_UNIT_WORDS[hundreds]} hundred" + (f" {spell_number(rest)}" if rest else "")
    for scale, word in ((10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            high, rest = divmod(n, scale)
            return f"{spell_number(high)} {word}" + (f" {spell_number(rest)}" if rest else "")
    raise AssertionError("unreachable")


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def _words_to_numbers(tokens: list[str]) -> list[str]:
    """Replace runs of number words ("one hundred and five") and "3 million" by digits."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if _NUMBER.fullmatch(tok) and i + 1 < len(tokens) and tokens[i + 1] in _SCALES:
            out.append(_fmt(float(tok) * _SCALES[tokens[i + 1]]))
            i += 2
            continue
        value, used = _read_number_words(tokens, i)
        if used:
            out.append(_fmt(value))
            i += used
        else:
            out.append(tok)
            i += 1
    return out


def _read_number_words(tokens: list[str], start: int) -> tuple[int, int]:
    """Parse number words from `start`; returns (value, tokens consumed), consumed 0 if none."""
    total = current = 0
    prev: str | None = None
    i = start
    while i < len(tokens):
        w = tokens[i]
        if w == "zero" and prev is None:
            return 0, 1
        if w == "a" and prev is None and i + 1 < len(tokens) and tokens[i + 1] in ("hundred", *_SCALES):
            w = "one"  # "a hundred", "a million"
        if w in _UNITS and w != "zero" and prev in (None, "tens", "hundred", "scale"):
            current, prev = current + _UNITS[w], "unit"
        elif w in _TEENS and prev in (None, "hundred", "scale"):
            current, prev = current + _TEENS[w], "teen"
        elif w in _TENS and prev in (None, "hundred", "scale"):
            current, prev = current + _TENS[w], "tens"
        elif w == "hundred" and prev in ("unit", "teen"):
            current, prev = current * 100, "hundred"
        elif w in _SCALES and prev in ("unit", "teen", "tens", "hundred"):
            total, current, prev = total + current * _SCALES[w], 0, "scale"
        elif (
            w == "and"
            and prev in ("hundred", "scale")
            and i + 1 < len(tokens)
            and (
                tokens[i + 1] in _TENS
                or tokens[i + 1] in _TEENS
                or (tokens[i + 1] in _UNITS and tokens[i + 1] != "zero")
            )
        ):
            pass
        else:
            break
        i += 1
    return total + current, i - start
