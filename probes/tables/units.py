"""Units and measurement facts: fixed questions plus factors for generated conversions.

`UNITS` rows are ready questions ("Question / rephrasing = Answer / alias"). `CONVERSIONS` are
exact factors ("big unit | small unit | factor") used to generate "How many minutes are in 7
hours?" style questions with numeric gold answers.
"""

from __future__ import annotations

from probes.tables import Row, parse_rows

UNITS = """
How many centimetres are in a metre? / How many centimeters make one meter? = 100
How many millimetres are in a centimetre? / How many millimeters are there in one centimeter? = 10
How many metres are in a kilometre? / How many meters make up one kilometer? = 1000
How many grams are in a kilogram? / How many grams make one kilogram? = 1000
How many millilitres are in a litre? / How many milliliters are there in one liter? = 1000
How many seconds are in a minute? / How many seconds make one minute? = 60
How many minutes are in an hour? / How many minutes make up one hour? = 60
How many hours are in a day? / How many hours make one day? = 24
How many days are in a week? / How many days make one week? = 7
How many days are in a leap year? / How many days does a leap year have? = 366
How many months are in a year? / How many months make one year? = 12
How many years are in a century? / How many years make one century? = 100
How many years are in a millennium? / How many years make one millennium? = 1000
How many years are in a decade? / How many years make one decade? = 10
How many inches are in a foot? / How many inches make one foot? = 12
How many feet are in a yard? / How many feet make one yard? = 3
How many yards are in a mile? / How many yards make one mile? = 1760
How many feet are in a mile? / How many feet make one mile? = 5280
How many ounces are in a pound? / How many ounces make one pound in weight? = 16
How many pounds are in a stone? / How many pounds make one stone in weight? = 14
How many items are in a dozen? / How many things make a dozen? = 12
How many items are in a gross? / How many is a gross, as a quantity? = 144
How many sides does a hexagon have? / How many edges does a hexagon have? = 6
How many sides does an octagon have? / How many edges does an octagon have? = 8
How many sides does a pentagon have? / How many edges does a pentagon have? = 5
How many degrees are in a right angle? / How many degrees does a right angle measure? = 90
How many degrees are in a full circle? / How many degrees make one full turn? = 360
How many degrees do the angles of a triangle add up to? / What is the sum of the interior angles of a triangle in degrees? = 180
At what temperature in degrees Celsius does water boil at sea level? / What is the boiling point of water in Celsius? = 100
At what temperature in degrees Celsius does water freeze? / What is the freezing point of water in Celsius? = 0 / zero
At what temperature in degrees Fahrenheit does water freeze? / What is the freezing point of water in Fahrenheit? = 32
At what temperature in degrees Fahrenheit does water boil at sea level? / What is the boiling point of water in Fahrenheit? = 212
What is the SI unit of force? / In what unit is force measured in the SI system? = newton / newtons
What is the SI unit of energy? / In what unit is energy measured in the SI system? = joule / joules
What is the SI unit of power? / In what unit is power measured in the SI system? = watt / watts
What is the SI unit of electric current? / In what unit is electric current measured? = ampere / amperes / amp / amps
What is the SI unit of electrical resistance? / In what unit is electrical resistance measured? = ohm / ohms
What is the SI unit of frequency? / In what unit is frequency measured? = hertz / Hz
What is the SI unit of pressure? / In what unit is pressure measured in the SI system? = pascal / pascals / Pa
What is the SI unit of temperature? / What is the base SI unit of thermodynamic temperature? = kelvin
What is the SI unit of electric charge? / In what unit is electric charge measured? = coulomb / coulombs
What is the SI unit of electric potential difference? / In what unit is voltage measured? = volt / volts
What is the SI base unit of mass? / Which SI base unit measures mass? = kilogram / kg
What is the SI base unit of length? / Which SI base unit measures length? = metre / meter
What is the SI base unit of amount of substance? / Which SI base unit counts amount of substance? = mole / mol
What does a Geiger counter measure? / Which kind of radiation does a Geiger counter detect? = radiation / ionising radiation / ionizing radiation / radioactivity
What unit is used to measure the loudness of sound? / Sound intensity level is usually measured in what unit? = decibel / decibels / dB
How many bits are in a byte? / How many bits make one byte? = 8
How many bytes are in a kibibyte? / How many bytes make one kibibyte? = 1024
What is the speed of light in a vacuum in kilometres per second, rounded to the nearest thousand? / About how many kilometres per second does light travel? = 300000
"""

CONVERSIONS = """
hours | minutes | 60
minutes | seconds | 60
days | hours | 24
weeks | days | 7
years | months | 12
kilometres | metres | 1000
metres | centimetres | 100
kilograms | grams | 1000
litres | millilitres | 1000
feet | inches | 12
yards | feet | 3
dozen eggs | eggs | 12
pounds | ounces | 16
centuries | years | 100
decades | years | 10
"""

ROWS: tuple[Row, ...] = parse_rows(UNITS)
FACTORS: tuple[tuple[str, str, int], ...] = tuple(
    (big.strip(), small.strip(), int(factor))
    for big, small, factor in (line.split("|") for line in CONVERSIONS.strip().splitlines())
)
