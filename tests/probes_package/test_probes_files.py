"""from_file: JSONL, JSON (list and SelfAware layout), CSV; errors name file, line and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import probes
from probes import Grade, ProbeFileError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "probes"
SELFAWARE_DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "selfaware-dev.jsonl"


def test_jsonl_fixture() -> None:
    s = probes.from_file(FIXTURES / "sample.jsonl")
    assert s.name == "sample" and len(s) == 3 and s.seed is None
    q1, q2, q3 = s
    assert (q1.id, q1.answers, q1.category, q1.style) == ("q1", ("Fe",), "chemistry", "factoid")
    assert (q2.answerable, q2.answers, q2.category, q2.style) == (False, None, "handmade", "unspecified")
    assert q3.answerable and q3.answers == ("100",) and q3.category == "external"
    assert q3.id == probes.make_id("external", q3.question)


def test_selfaware_json_layout() -> None:
    s = probes.from_file(FIXTURES / "selfaware_layout.json")
    assert s.ids == ("selfaware-1", "selfaware-2", "selfaware-3", "selfaware-4")
    assert s[2].answers == ("Rembrandt", "Rembrandt van Rijn") and not s[1].answerable
    no_gold = s[3]
    assert no_gold.answerable and no_gold.answers is None
    assert probes.grade(no_gold, "Because it is warm.") is Grade.UNGRADED
    assert probes.grade(no_gold, "It depends on personal taste.") is Grade.ABSTAINED


def test_json_list_layout(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(
        json.dumps(
            [
                {"question": "Who wrote Emma?", "answers": ["Jane Austen"]},
                {"question": "What is my cat thinking?", "answers": None},
            ]
        )
    )
    s = probes.from_file(path)
    assert [p.answerable for p in s] == [True, False]


def test_csv_fixture() -> None:
    s = probes.from_file(FIXTURES / "sample.csv")
    assert [p.answers for p in s] == [("42", "forty-two"), None, ("Bram Stoker", "Stoker"), None]
    assert [p.answerable for p in s] == [True, False, True, True]
    assert s[1].question == "How tall is she, exactly?" and s[2].question == 'Who wrote "Dracula"?'
    assert [p.category for p in s] == ["arithmetic", "underspecified", "external", "opinion"]


@pytest.mark.parametrize(
    "name, text, line, field",
    [
        ("bad.jsonl", '{"question": "ok?"}\n{"question": ""}\n', 2, "question"),
        ("bad.jsonl", '{"question": "ok?"}\n\n{"question": "q?", "answers": "Paris"}\n', 3, "answers"),
        ("bad.jsonl", '{"question": "q?", "answerable": "yes"}\n', 1, "answerable"),
        ("bad.jsonl", '{"question": "q?", "answers": ["x"], "answerable": false}\n', 1, "answers"),
        ("bad.jsonl", '{"question": "a?"}\n{"question": "b?"\n', 2, None),
        ("bad.jsonl", "[1, 2]\n", 1, None),
        (
            "dup.jsonl",
            '{"id": "a", "question": "x?"}\n{"id": "b", "question": "y?"}\n{"id": "a", "question": "z?"}\n',
            3,
            "id",
        ),
        ("bad.json", '[\n  {"question": "a?"},\n  {"question": "b?",\n   "answers": [1, null]}\n]\n', 3, "answers"),
        (
            "bad.json",
            '{"example": [\n {"question_id": 1, "question": "a?"},\n {"question_id": 1, "question": "b?"}\n]}',
            3,
            "id",
        ),
        ("bad.csv", "question,answers,answerable\nq?,x,maybe\n", 2, "answerable"),
        ("bad.csv", "question,answers,answerable\nfine?,,false\n,x,true\n", 3, "question"),
        ("bad.csv", "prompt,answers\nq?,x\n", 1, "question"),
        ("empty.jsonl", "\n  \n", 1, None),
    ],
)
def test_malformed_rows_name_file_line_and_field(
    tmp_path: Path, name: str, text: str, line: int, field: str | None
) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(ProbeFileError) as info:
        probes.from_file(path)
    err = info.value
    assert isinstance(err, ValueError)
    assert (err.path, err.line, err.field) == (str(path), line, field)
    assert str(path) in str(err) and f":{line}:" in str(err)
    if field:
        assert f"'{field}'" in str(err)


def test_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(ProbeFileError, match="not found"):
        probes.from_file(tmp_path / "absent.jsonl")


def test_repeated_question_without_ids_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "rep.jsonl"
    path.write_text('{"question": "Same?"}\n{"question": "Same?"}\n')
    s = probes.from_file(path)
    assert len(s) == 2 and s[1].id == f"{s[0].id}-2"


@pytest.mark.skipif(not SELFAWARE_DEV.exists(), reason="shared SelfAware dev file not present")
def test_reads_selfaware_dev_file() -> None:
    s = probes.from_file(SELFAWARE_DEV)
    assert len(s) == 600
    assert sum(p.answerable for p in s) == 300
    assert all(p.answers for p in s if p.answerable)
    assert all(p.answers is None for p in s if not p.answerable)
    assert all(p.id.startswith("selfaware-") for p in s)
    assert "SelfAware" in s.categories() and "squadqa_train" in s.categories()
    assert probes.load_suite(str(SELFAWARE_DEV)) == s


def test_topic_and_template_fields_round_trip(tmp_path) -> None:
    import json
    import random

    from probes.categories.entities import CATEGORIES

    draft = CATEGORIES[0].draw(random.Random(0), 1)[0]
    p = probes.Probe("r-1", draft.question, draft.answers, True, "real_entity", draft.style,
                     draft.topic, draft.template)
    row = p.to_row()
    assert row["topic"] == draft.topic and row["template"] == draft.template
    plain = probes.Probe("a-1", "q?", None, False, "a", "factoid")
    assert (plain.topic, plain.template) == ("", "") and "topic" not in plain.to_row()
    assert "template" not in plain.to_row()
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (row, plain.to_row())) + "\n", encoding="utf-8")
    back = probes.from_file(path)
    assert back.probes == (p, plain) and [q.line for q in back] == [1, 2]
    path.write_text(json.dumps({"question": "q?", "answers": None, "topic": 3}) + "\n", encoding="utf-8")
    with pytest.raises(probes.ProbeFileError, match="topic"):
        probes.from_file(path)
