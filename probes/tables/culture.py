"""Who painted, composed, invented or discovered what ("Work = Person / alias").

Three tables with their own question templates in `probes.categories.facts`: paintings,
musical works, and inventions or discoveries ("verb | what = Person / alias"). Mixed difficulty, from the Mona Lisa to the
discovery of the neutron.
"""

from __future__ import annotations

from probes.tables import Row, parse_rows

PAINTINGS = """
the Mona Lisa = Leonardo da Vinci / Leonardo / da Vinci
The Last Supper = Leonardo da Vinci / Leonardo / da Vinci
The Starry Night = Vincent van Gogh / van Gogh
Sunflowers = Vincent van Gogh / van Gogh
The Scream = Edvard Munch / Munch
Guernica = Pablo Picasso / Picasso
Les Demoiselles d'Avignon = Pablo Picasso / Picasso
The Persistence of Memory = Salvador Dali / Dali
Girl with a Pearl Earring = Johannes Vermeer / Vermeer / Jan Vermeer
The Night Watch = Rembrandt / Rembrandt van Rijn
The Birth of Venus = Sandro Botticelli / Botticelli
the ceiling of the Sistine Chapel = Michelangelo / Michelangelo Buonarroti
The School of Athens = Raphael / Raffaello Sanzio
The Garden of Earthly Delights = Hieronymus Bosch / Bosch
The Kiss, the gold-leaf painting from 1908 = Gustav Klimt / Klimt
Impression, Sunrise = Claude Monet / Monet
Water Lilies = Claude Monet / Monet
American Gothic = Grant Wood
Nighthawks = Edward Hopper / Hopper
The Great Wave off Kanagawa = Hokusai / Katsushika Hokusai
Liberty Leading the People = Eugene Delacroix / Delacroix
The Third of May 1808 = Francisco Goya / Goya
Las Meninas = Diego Velazquez / Velazquez
A Sunday Afternoon on the Island of La Grande Jatte = Georges Seurat / Seurat
Campbell's Soup Cans = Andy Warhol / Warhol
The Son of Man = Rene Magritte / Magritte
Whistler's Mother = James McNeill Whistler / Whistler
The Hay Wain = John Constable / Constable
The Arnolfini Portrait = Jan van Eyck / van Eyck
Luncheon of the Boating Party = Pierre-Auguste Renoir / Renoir
"""

MUSIC = """
the Moonlight Sonata = Ludwig van Beethoven / Beethoven
the Ninth Symphony with the Ode to Joy = Ludwig van Beethoven / Beethoven
Fur Elise = Ludwig van Beethoven / Beethoven
The Magic Flute = Wolfgang Amadeus Mozart / Mozart
Eine kleine Nachtmusik = Wolfgang Amadeus Mozart / Mozart
The Four Seasons = Antonio Vivaldi / Vivaldi
the Brandenburg Concertos = Johann Sebastian Bach / Bach / J. S. Bach
the Messiah oratorio = George Frideric Handel / Handel
Swan Lake = Pyotr Ilyich Tchaikovsky / Tchaikovsky
The Nutcracker = Pyotr Ilyich Tchaikovsky / Tchaikovsky
the 1812 Overture = Pyotr Ilyich Tchaikovsky / Tchaikovsky
The Blue Danube = Johann Strauss II / Johann Strauss / Strauss
Bolero = Maurice Ravel / Ravel
Clair de Lune = Claude Debussy / Debussy
The Rite of Spring = Igor Stravinsky / Stravinsky
Rhapsody in Blue = George Gershwin / Gershwin
The Planets suite = Gustav Holst / Holst
Carmen = Georges Bizet / Bizet
La Traviata = Giuseppe Verdi / Verdi
Aida = Giuseppe Verdi / Verdi
Madama Butterfly = Giacomo Puccini / Puccini
The Ring of the Nibelung = Richard Wagner / Wagner
Peer Gynt = Edvard Grieg / Grieg
The Barber of Seville = Gioachino Rossini / Rossini
Canon in D = Johann Pachelbel / Pachelbel
the Hungarian Rhapsodies = Franz Liszt / Liszt
the Minute Waltz = Frederic Chopin / Chopin
New World Symphony = Antonin Dvorak / Dvorak
"""

INVENTIONS = """
invented | the telephone = Alexander Graham Bell / Graham Bell / Bell
invented | the phonograph = Thomas Edison / Edison
invented | the printing press with movable metal type in Europe = Johannes Gutenberg / Gutenberg
invented | the World Wide Web = Tim Berners-Lee / Berners-Lee
invented | dynamite = Alfred Nobel / Nobel
invented | the separate condenser that made steam engines efficient = James Watt / Watt
invented | the first practical radio transmission system = Guglielmo Marconi / Marconi
invented | the first powered airplane that flew in 1903 = the Wright brothers / Wright brothers / Orville and Wilbur Wright / Orville Wright / Wilbur Wright
invented | the mercury thermometer = Daniel Gabriel Fahrenheit / Fahrenheit
invented | the voltaic pile, the first electric battery = Alessandro Volta / Volta
invented | the lightning rod = Benjamin Franklin / Franklin
invented | the cotton gin = Eli Whitney / Whitney
invented | the first working mechanical television = John Logie Baird / Logie Baird / Baird
invented | the dot-and-dash telegraph code = Samuel Morse / Morse
invented | the first smallpox vaccine = Edward Jenner / Jenner
developed | the first effective injected polio vaccine = Jonas Salk / Salk
developed | pasteurisation = Louis Pasteur / Pasteur
developed | the theory of general relativity = Albert Einstein / Einstein
formulated | the three laws of motion = Isaac Newton / Newton
proposed | the theory of evolution by natural selection = Charles Darwin / Darwin / Alfred Russel Wallace
proposed | the heliocentric model of the solar system in 1543 = Nicolaus Copernicus / Copernicus
formulated | the three laws of planetary motion = Johannes Kepler / Kepler
created | the first widely recognised periodic table of the elements = Dmitri Mendeleev / Mendeleev / Mendeleyev
discovered | penicillin = Alexander Fleming / Fleming
discovered | radioactivity = Henri Becquerel / Becquerel
discovered | the elements polonium and radium = Marie Curie / Marie and Pierre Curie / Curie
discovered | the electron = J. J. Thomson / JJ Thomson / Thomson
discovered | the neutron = James Chadwick / Chadwick
discovered | the atomic nucleus = Ernest Rutherford / Rutherford
discovered | X-rays = Wilhelm Rontgen / Rontgen / Roentgen / Wilhelm Roentgen
discovered | the four largest moons of Jupiter = Galileo Galilei / Galileo
discovered | the principle of buoyancy = Archimedes
discovered | the double helix structure of DNA = James Watson and Francis Crick / Watson and Crick / Crick and Watson / Rosalind Franklin
discovered | the planet Uranus = William Herschel / Herschel
discovered | insulin = Frederick Banting and Charles Best / Frederick Banting / Banting
"""

PAINTING_ROWS: tuple[Row, ...] = parse_rows(PAINTINGS)
MUSIC_ROWS: tuple[Row, ...] = parse_rows(MUSIC)
INVENTION_ROWS: tuple[Row, ...] = parse_rows(INVENTIONS)
