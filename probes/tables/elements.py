"""Chemical elements: name, symbol and atomic number ("Name | Symbol | Z | alias, alias").

Questions ask in both directions (name -> symbol, symbol -> name) and for atomic numbers, so the
same table gives easy items (oxygen, gold) and harder ones (tungsten's W, antimony's Sb).
"""

from __future__ import annotations

from dataclasses import dataclass

ELEMENTS = """
Hydrogen | H | 1
Helium | He | 2
Lithium | Li | 3
Beryllium | Be | 4
Boron | B | 5
Carbon | C | 6
Nitrogen | N | 7
Oxygen | O | 8
Fluorine | F | 9
Neon | Ne | 10
Sodium | Na | 11
Magnesium | Mg | 12
Aluminium | Al | 13 | Aluminum
Silicon | Si | 14
Phosphorus | P | 15
Sulfur | S | 16 | Sulphur
Chlorine | Cl | 17
Argon | Ar | 18
Potassium | K | 19
Calcium | Ca | 20
Titanium | Ti | 22
Chromium | Cr | 24
Manganese | Mn | 25
Iron | Fe | 26
Cobalt | Co | 27
Nickel | Ni | 28
Copper | Cu | 29
Zinc | Zn | 30
Gallium | Ga | 31
Arsenic | As | 33
Selenium | Se | 34
Bromine | Br | 35
Krypton | Kr | 36
Strontium | Sr | 38
Zirconium | Zr | 40
Molybdenum | Mo | 42
Silver | Ag | 47
Cadmium | Cd | 48
Tin | Sn | 50
Antimony | Sb | 51
Iodine | I | 53
Xenon | Xe | 54
Caesium | Cs | 55 | Cesium
Barium | Ba | 56
Tungsten | W | 74 | Wolfram
Platinum | Pt | 78
Gold | Au | 79
Mercury | Hg | 80
Lead | Pb | 82
Bismuth | Bi | 83
Radon | Rn | 86
Radium | Ra | 88
Uranium | U | 92
Plutonium | Pu | 94
Neodymium | Nd | 60
Europium | Eu | 63
Osmium | Os | 76
Iridium | Ir | 77
Thallium | Tl | 81
Polonium | Po | 84
"""

# Symbols that are ordinary English words or pronouns: asking "which symbol" is fine, but an
# answer containing "I" or "He" cannot be matched reliably, so only the reverse direction is used.
AMBIGUOUS_SYMBOLS = frozenset({"I", "He", "As", "Be", "No", "In", "At", "Co", "Po", "Os", "Ra"})


@dataclass(frozen=True)
class Element:
    name: str
    symbol: str
    number: int
    aliases: tuple[str, ...]


def _parse(block: str) -> tuple[Element, ...]:
    out = []
    for line in block.strip().splitlines():
        name, symbol, number, *rest = (p.strip() for p in line.split("|"))
        aliases = (name, *(a.strip() for a in rest[0].split(","))) if rest else (name,)
        out.append(Element(name, symbol, int(number), aliases))
    return tuple(out)


ROWS: tuple[Element, ...] = _parse(ELEMENTS)
