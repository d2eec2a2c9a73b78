"""Real facts for true and false premises (`probes.categories.premises`).

Nobel laureates with a prize and year; famous people who never won a Nobel Prize, with the
field their work belongs to (all died before the first prizes of 1901, or are well-known
non-laureates); films with director and year; coastal countries with the seas and oceans their
coasts face; landlocked countries. Written for this project from the settled record; a person
who won any Nobel Prize is never among the non-laureates.
"""

from __future__ import annotations

# "Name = field = year / year" (field as in "the Nobel Prize in Physics"; Peace reads "the Nobel Peace Prize").
LAUREATES = """
Albert Einstein = Physics = 1921
Marie Curie = Physics = 1903
Niels Bohr = Physics = 1922
Max Planck = Physics = 1918
Richard Feynman = Physics = 1965
Werner Heisenberg = Physics = 1932
Paul Dirac = Physics = 1933
Enrico Fermi = Physics = 1938
Wilhelm Rontgen = Physics = 1901
Ernest Rutherford = Chemistry = 1908
Linus Pauling = Chemistry = 1954
Frederick Sanger = Chemistry = 1958 / 1980
Dorothy Hodgkin = Chemistry = 1964
Alexander Fleming = Physiology or Medicine = 1945
Robert Koch = Physiology or Medicine = 1905
Ivan Pavlov = Physiology or Medicine = 1904
Ernest Hemingway = Literature = 1954
Toni Morrison = Literature = 1993
Gabriel Garcia Marquez = Literature = 1982
Rudyard Kipling = Literature = 1907
Winston Churchill = Literature = 1953
T. S. Eliot = Literature = 1948
Albert Camus = Literature = 1957
John Steinbeck = Literature = 1962
Bob Dylan = Literature = 2016
Kazuo Ishiguro = Literature = 2017
Martin Luther King Jr. = Peace = 1964
Nelson Mandela = Peace = 1993
Malala Yousafzai = Peace = 2014
Mother Teresa = Peace = 1979
Desmond Tutu = Peace = 1984
Milton Friedman = Economic Sciences = 1976
John Nash = Economic Sciences = 1994
Daniel Kahneman = Economic Sciences = 2002
"""
# "Name = field": famous, never a Nobel laureate in any field.
NON_LAUREATES = """
Charles Darwin = Physiology or Medicine
Louis Pasteur = Physiology or Medicine
Florence Nightingale = Physiology or Medicine
Sigmund Freud = Physiology or Medicine
Gregor Mendel = Physiology or Medicine
Isaac Newton = Physics
Galileo Galilei = Physics
Michael Faraday = Physics
James Clerk Maxwell = Physics
Nikola Tesla = Physics
Thomas Edison = Physics
Stephen Hawking = Physics
Dmitri Mendeleev = Chemistry
Antoine Lavoisier = Chemistry
John Dalton = Chemistry
Alan Turing = Physics
Leo Tolstoy = Literature
Jane Austen = Literature
Charles Dickens = Literature
Mark Twain = Literature
Virginia Woolf = Literature
James Joyce = Literature
Franz Kafka = Literature
Jorge Luis Borges = Literature
Henrik Ibsen = Literature
Anton Chekhov = Literature
Victor Hugo = Literature
Mahatma Gandhi = Peace
Abraham Lincoln = Peace
Karl Marx = Economic Sciences
Adam Smith = Economic Sciences
John Maynard Keynes = Economic Sciences
"""
# "Title = director / alias = year"
FILMS = """
Jaws = Steven Spielberg / Spielberg = 1975
E.T. the Extra-Terrestrial = Steven Spielberg / Spielberg = 1982
Jurassic Park = Steven Spielberg / Spielberg = 1993
The Godfather = Francis Ford Coppola / Coppola = 1972
Apocalypse Now = Francis Ford Coppola / Coppola = 1979
Psycho = Alfred Hitchcock / Hitchcock = 1960
Vertigo = Alfred Hitchcock / Hitchcock = 1958
Citizen Kane = Orson Welles / Welles = 1941
Seven Samurai = Akira Kurosawa / Kurosawa = 1954
Rashomon = Akira Kurosawa / Kurosawa = 1950
Spirited Away = Hayao Miyazaki / Miyazaki = 2001
My Neighbor Totoro = Hayao Miyazaki / Miyazaki = 1988
Star Wars = George Lucas / Lucas = 1977
Pulp Fiction = Quentin Tarantino / Tarantino = 1994
Titanic = James Cameron / Cameron = 1997
The Terminator = James Cameron / Cameron = 1984
The Shining = Stanley Kubrick / Kubrick = 1980
2001: A Space Odyssey = Stanley Kubrick / Kubrick = 1968
Taxi Driver = Martin Scorsese / Scorsese = 1976
Goodfellas = Martin Scorsese / Scorsese = 1990
Inception = Christopher Nolan / Nolan = 2010
The Dark Knight = Christopher Nolan / Nolan = 2008
Blade Runner = Ridley Scott / Scott = 1982
Alien = Ridley Scott / Scott = 1979
Lawrence of Arabia = David Lean / Lean = 1962
Annie Hall = Woody Allen / Allen = 1977
"""
# "Country = sea or ocean / alias": the waters its coast faces.
COASTS = """
Portugal = Atlantic / Atlantic Ocean
Peru = Pacific / Pacific Ocean
Chile = Pacific / Pacific Ocean
Ecuador = Pacific / Pacific Ocean
Croatia = Adriatic / Adriatic Sea
Estonia = Baltic / Baltic Sea / Gulf of Finland
Latvia = Baltic / Baltic Sea / Gulf of Riga
Lithuania = Baltic / Baltic Sea
Poland = Baltic / Baltic Sea
Belgium = North Sea
the Netherlands = North Sea
Libya = Mediterranean / Mediterranean Sea
Namibia = Atlantic / Atlantic Ocean
Angola = Atlantic / Atlantic Ocean
Mozambique = Indian Ocean / Mozambique Channel
Kenya = Indian Ocean
Tanzania = Indian Ocean
Somalia = Indian Ocean / Gulf of Aden
Vietnam = South China Sea / Gulf of Tonkin / Gulf of Thailand
Uruguay = Atlantic / Atlantic Ocean / Rio de la Plata
Senegal = Atlantic / Atlantic Ocean
Ghana = Atlantic / Gulf of Guinea
Albania = Adriatic / Adriatic Sea / Ionian Sea
Bangladesh = Bay of Bengal / Indian Ocean
"""
LANDLOCKED_TEXT = """
Switzerland, Austria, Hungary, the Czech Republic, Slovakia, Bolivia, Paraguay, Mongolia, Nepal, Bhutan, Laos,
Chad, Niger, Mali, Burkina Faso, Uganda, Rwanda, Zambia, Zimbabwe, Botswana, Malawi, Ethiopia, South Sudan,
the Central African Republic, Uzbekistan, Kyrgyzstan, Tajikistan, Afghanistan, Armenia, Belarus, Moldova,
Serbia, North Macedonia, Luxembourg, Liechtenstein, Andorra, Lesotho
"""


def _split(block: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.strip() for p in line.split(" = ")) for line in block.strip().splitlines())


LAUREATE_ROWS = _split(LAUREATES)
NON_LAUREATE_ROWS = _split(NON_LAUREATES)
FILM_ROWS = tuple((title, tuple(d.strip() for d in director.split(" / ")), year) for title, director, year in _split(FILMS))
COAST_ROWS = tuple((country, tuple(a.strip() for a in waters.split(" / "))) for country, waters in _split(COASTS))
LANDLOCKED: tuple[str, ...] = tuple(c.strip() for c in LANDLOCKED_TEXT.replace("\n", " ").split(",") if c.strip())
