"""Astronomy and space facts as ready questions ("Question / rephrasing = Answer / alias").

Settled facts only (no moon counts, which change as moons are found). Numeric answers are given
as digits; grading also accepts them written as words.
"""

from __future__ import annotations

from probes.tables import Row, parse_rows

ASTRONOMY = """
Which planet is closest to the Sun? / What is the innermost planet of the solar system? = Mercury
Which planet is the largest in our solar system? / What is the biggest planet orbiting the Sun? = Jupiter
Which planet is known as the Red Planet? / What planet is nicknamed the Red Planet? = Mars
Which planet is famous for its prominent ring system? / Which planet has the most spectacular rings? = Saturn
Which planet is the hottest in the solar system? / What is the hottest planet orbiting the Sun? = Venus
Which planet is farthest from the Sun? / What is the outermost planet of the solar system? = Neptune
Which planet rotates on its side, with an axial tilt of about 98 degrees? / Which planet spins tipped over on its side? = Uranus
Which planet is third from the Sun? / What is the third planet from the Sun? = Earth
Which planet is fifth from the Sun? / What is the fifth planet from the Sun? = Jupiter
Which planet is sixth from the Sun? / What is the sixth planet from the Sun? = Saturn
Which planet is seventh from the Sun? / What is the seventh planet from the Sun? = Uranus
Which planet is second from the Sun? / What is the second planet from the Sun? = Venus
How many planets are in the solar system? / How many planets orbit the Sun? = 8 / eight
What is the largest moon of Saturn? / Which moon of Saturn is the biggest? = Titan
What is the largest moon in the solar system? / Which moon is the biggest in the solar system? = Ganymede
Which moon of Jupiter is the most volcanically active body in the solar system? / Which of Jupiter's moons has hundreds of active volcanoes? = Io
What is the name of Earth's natural satellite? / What do we call the natural satellite that orbits Earth? = the Moon / Moon / Luna
What are the two moons of Mars? / Name the two moons of Mars. = Phobos and Deimos / Deimos and Phobos
What is the closest star to Earth? / Which star is nearest to the Earth? = the Sun / Sun
What is the closest star to the Sun? / Which star is the Sun's nearest neighbour? = Proxima Centauri / Proxima
What is the brightest star in the night sky? / Which star appears brightest from Earth at night? = Sirius / Alpha Canis Majoris / Dog Star
What galaxy do we live in? / What is the name of our home galaxy? = the Milky Way / Milky Way
What is the nearest large spiral galaxy to the Milky Way? / Which major galaxy is closest to ours? = Andromeda / Andromeda Galaxy / M31
What is the name of the star also called the North Star? / Which star is known as the Pole Star? = Polaris
Who was the first person to walk on the Moon? / Who first set foot on the Moon? = Neil Armstrong / Armstrong
Who was the first human to travel into space? / Who was the first person in space? = Yuri Gagarin / Gagarin
In what year did humans first land on the Moon? / In which year did Apollo 11 land on the Moon? = 1969
Which space mission first landed humans on the Moon? / What was the name of the first crewed Moon landing mission? = Apollo 11
In what year was Sputnik 1 launched? / When did the Soviet Union launch Sputnik 1? = 1957
What was the first artificial satellite? / What was the name of the first satellite put into orbit? = Sputnik 1 / Sputnik
Which dwarf planet was reclassified from planet status in 2006? / Which former planet was demoted to dwarf planet in 2006? = Pluto
What is the largest object in the asteroid belt? / Which dwarf planet lies in the asteroid belt? = Ceres
How long does light from the Sun take to reach Earth, in minutes, to the nearest minute? / About how many minutes does sunlight take to reach Earth? = 8 / eight
How many days does Earth take to orbit the Sun, to the nearest day? / How many days are there in a non-leap year? = 365
What is the name of the space telescope launched in 1990 that orbits Earth? / Which space telescope launched on the Space Shuttle in 1990? = Hubble / Hubble Space Telescope
What is the name of the space telescope launched in December 2021 to observe in infrared? / Which infrared space telescope launched on Christmas Day 2021? = James Webb Space Telescope / James Webb / JWST / Webb
What type of celestial body is the Sun? / What kind of object is the Sun? = star / a star / yellow dwarf / G-type main-sequence star
What is the name of the boundary around a black hole beyond which nothing can escape? / What is the point of no return around a black hole called? = event horizon
What force keeps the planets in orbit around the Sun? / What keeps the Moon in orbit around Earth? = gravity / gravitation
Which planet has the Great Red Spot? / On which planet is the Great Red Spot? = Jupiter
Which comet returns to the inner solar system about every 76 years? / What is the famous comet visible from Earth every 75 to 76 years? = Halley's Comet / Halley / Comet Halley
What is the name of the largest volcano in the solar system, found on Mars? / Which volcano on Mars is the tallest known in the solar system? = Olympus Mons
Which space agency operates the Perseverance rover on Mars? / What agency sent the Perseverance rover to Mars? = NASA
What is the name of the first reusable orbital spacecraft flown by NASA? / What NASA vehicle flew from 1981 to 2011 and could be reused? = Space Shuttle / the Space Shuttle / Columbia
"""

ROWS: tuple[Row, ...] = parse_rows(ASTRONOMY)
