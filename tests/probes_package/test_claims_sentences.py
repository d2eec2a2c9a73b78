"""Sentence spans: the tricky set (abbreviations, initials, decimals, lists), coverage, fallback.

The accuracy stated in `probes.claims.sentences` is measured here: exact sentence lists on 38
tricky answers. syntok and the regex fallback are checked; pysbd and blingfire only if installed.
"""

from __future__ import annotations

import pytest

from probes.claims.sentences import list_marker, regex_spans, sentence_spans

TRICKY = [
    ["Dr. Smith works at St. Mary's Hospital.", "He is a surgeon."],
    ["The U.S. has 50 states.", "Its capital is Washington, D.C."],
    ["The city has 3.5 million people.", "It is the largest in the country."],
    ["J. R. R. Tolkien wrote The Hobbit.", "It was published in 1937."],
    ["Mt. Everest is 8,849 m tall.", "It lies on the border of Nepal and China."],
    ["Key facts:", "1. It was founded in 1850.", "2. It is the capital.", "3. It has a port."],
    ["- Born in Ulm.", "- Studied in Zurich.", "- Won the Nobel Prize."],
    ["Casablanca is a 1942 film directed by Michael Curtiz.", "It stars Humphrey Bogart and Ingrid Bergman."],
    ["It was released in Jan. 1943 in the U.K. and later in France."],
    ["The population was approx. 2.1 million in 2020.", "It grew by 1.2% per year."],
    ["He said, \"I came, I saw, I conquered.\"", "Then he left."],
    ["Was he German?", "Yes, he was born in Ulm!", "He died in 1955."],
    ["E. coli is a bacterium.", "It lives in the gut."],
    ["The Eiffel Tower is 330 m (1,083 ft) tall.", "It was built in 1887\u20131889."],
    ["Salbutamol (also known as albuterol) is used to treat asthma, e.g. during attacks.", "It opens the airways."],
    ["Apple Inc. is based in Cupertino.", "It makes the iPhone."],
    ["The temperature is about 5.5 \u00b0C in winter.", "Summers are mild."],
    ["The koala is a marsupial native to Australia"],
    ["Paris is the capital of France.", "It has about 2.1 million people."],
    ["Pluto was discovered in 1930 by Clyde W. Tombaugh.", "It is a dwarf planet."],
    ["World War II ended in 1945.", "About 70 million people died."],
    ["The book costs $12.99 in the U.S.", "It sold well in Britain."],
    ["It was written by F. Scott Fitzgerald in 1925.", "The novel follows Jay Gatsby."],
    ["Marie Curie won Nobel Prizes in 1903 and 1911...", "She died in 1934."],
    ["The Nile is ca. 6,650 km long.", "It flows north."],
    ["Sentence one is here.", "Sentence two follows a blank line"],
    ["Mozart (1756\u20131791) was a composer.", "He wrote over 600 works, incl. 41 symphonies."],
    ["No.", "Vitamin C does not cure colds."],
    ["Go is played on a 19\u00d719 board.", "Players alternate turns, i.e. black then white."],
    ["Kyoto was Japan's capital until 1868.", "Today, it is famous for its temples, e.g. Kinkaku-ji."],
    ["George Washington was the 1st U.S. president.", "He served from 1789 to 1797."],
    ["Its GDP is about US$2.7 trillion (2023).", "That ranks it 7th."],
    ["The Beatles formed in Liverpool in 1960.", "Their members were John Lennon, Paul McCartney, George Harrison and Ringo Starr."],
    ["**Casablanca** is a film.", "It won three Oscars: Best Picture, Best Director and Best Screenplay."],
    ["Lake Baikal is in Siberia, Russia.", "It holds approx. 20% of the world's fresh surface water."],
    ["The Treaty of Versailles was signed on 28 June 1919.", "It ended WWI."],
    ["Vitamin B12 deficiency causes anaemia.", "Sources include meat, eggs, etc.", "Supplements also help."],
    ["Prof. Hawking worked at Cambridge.", "He wrote A Brief History of Time."],
]
SEPARATORS = {5: "\n", 6: "\n", 25: "\n\n"}  # the list answers and the blank-line one
ANSWERS = [(SEPARATORS.get(i, " ").join(gold), gold) for i, gold in enumerate(TRICKY)]


def accuracy(spans_of) -> int:
    return sum([text[s:e] for s, e in spans_of(text)] == gold for text, gold in ANSWERS)


def test_syntok_gets_37_of_38_and_the_fallback_36() -> None:
    assert len(ANSWERS) == 38
    assert accuracy(sentence_spans) >= 37
    assert accuracy(regex_spans) >= 36


@pytest.mark.parametrize("name", ["pysbd", "blingfire"])
def test_other_splitters_do_no_better(name: str) -> None:
    module = pytest.importorskip(name)
    if name == "pysbd":
        seg = module.Segmenter(language="en", clean=False)
        split = lambda t: [s.strip() for s in seg.segment(t) if s.strip()]  # noqa: E731
    else:
        split = lambda t: [s.strip() for s in module.text_to_sentences(t).split("\n") if s.strip()]  # noqa: E731
    assert sum(split(text) == gold for text, gold in ANSWERS) <= accuracy(sentence_spans)


@pytest.mark.parametrize("spans_of", [sentence_spans, regex_spans])
def test_spans_are_ordered_and_cover_every_non_blank_character(spans_of) -> None:
    for text, _ in ANSWERS + [("  Leading space. And trailing!  ", []), ("", []), ("no punctuation at all", [])]:
        spans = spans_of(text)
        covered = [False] * len(text)
        prev = 0
        for s, e in spans:
            assert prev <= s < e and not text[s].isspace() and not text[e - 1].isspace()
            covered[s:e] = [True] * (e - s)
            prev = e
        assert all(covered[i] or c.isspace() for i, c in enumerate(text))


def test_lone_list_marker_joins_its_sentence() -> None:
    text = "Facts:\n1.\tIt is old.\n- It is big."
    assert [text[s:e] for s, e in sentence_spans(text)] == ["Facts:", "1.\tIt is old.", "- It is big."]
    assert list_marker("1. It is old.") == "1. " and list_marker("- x") == "- " and list_marker("It") == ""
