"""Fact tables for the answerable control categories: plain data, written by this project.

Each table module holds rows as compact text ("Key / alias = Answer / alias") parsed by
`parse_rows`, or as tuples. Difficulty ranges from facts any model knows (the capital of France)
to ones small models miss (the capital of Burkina Faso) so calibration sees both outcomes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """A table fact: the subject (first alias is the display name) and accepted answers."""

    subject: tuple[str, ...]
    answers: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.subject[0]


def parse_rows(block: str) -> tuple[Row, ...]:
    """Parse lines "Subject / alias = Answer / alias"; blank lines and '#' comments are skipped."""
    rows = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        left, right = line.split(" = ")
        rows.append(Row(tuple(s.strip() for s in left.split(" / ")), tuple(s.strip() for s in right.split(" / "))))
    return tuple(rows)


def all_table_text() -> str:
    """Every name in every table, for the real-word lexicon."""
    # Imported here because the table modules import `Row` from this package.
    from probes.tables import astronomy, books, capitals, culture, elements, geography, units

    parts: list[str] = []
    for module in (astronomy, books, capitals, culture, elements, geography, units):
        parts.extend(
            getattr(module, name) for name in dir(module) if name.isupper() and isinstance(getattr(module, name), str)
        )
    return "\n".join(parts)
