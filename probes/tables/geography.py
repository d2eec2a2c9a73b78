"""Geography records and facts as ready questions ("Question / rephrasing = Answer / alias").

Largest, longest, highest, plus currencies, languages and continents: settled facts where the
record is not disputed (the Nile/Amazon length dispute is avoided by asking about each by name).
"""

from __future__ import annotations

from probes.tables import Row, parse_rows

GEOGRAPHY = """
What is the largest ocean on Earth? / Which ocean is the biggest? = Pacific Ocean / Pacific
What is the smallest ocean in the world? / Which ocean is the smallest? = Arctic Ocean / Arctic
What is the highest mountain in the world above sea level? / Which mountain has the highest summit on Earth? = Mount Everest / Everest / Sagarmatha / Chomolungma
What is the second-highest mountain in the world? / Which mountain is the world's second tallest? = K2 / Mount Godwin-Austen
What is the highest mountain in Africa? / Which is Africa's tallest mountain? = Mount Kilimanjaro / Kilimanjaro
What is the highest mountain in South America? / Which is the tallest peak in the Andes? = Aconcagua
What is the highest mountain in North America? / Which mountain is the tallest in North America? = Denali / Mount McKinley
What is the largest country in the world by area? / Which country covers the most land? = Russia
What is the smallest country in the world by area? / Which is the world's smallest sovereign state? = Vatican City / Vatican / Holy See
What is the largest hot desert in the world? / Which is the biggest hot desert on Earth? = Sahara / Sahara Desert
What is the longest river in Europe? / Which river is Europe's longest? = Volga / Volga River
What is the longest river in the United States? / Which is the longest river in the USA? = Missouri / Missouri River
Which river flows through Baghdad? / On which river does Baghdad stand? = Tigris
Which river flows through Paris? / What river runs through Paris? = Seine
Which river flows through London? / What river runs through London? = Thames / River Thames
Which river flows through Cairo? / On which river does Cairo lie? = Nile
What is the largest lake in Africa? / Which is Africa's biggest lake by area? = Lake Victoria / Victoria
What is the deepest lake in the world? / Which lake is the deepest on Earth? = Lake Baikal / Baikal
What is the largest island in the world that is not a continent? / Which is the world's biggest island? = Greenland
What is the largest continent by area? / Which continent is the biggest? = Asia
What is the smallest continent by area? / Which continent is the smallest? = Australia / Oceania / Australia-Oceania
On which continent is Egypt? / Egypt is on which continent? = Africa
On which continent is Peru? / Peru is located on which continent? = South America
On which continent is Mongolia? / Mongolia is in which continent? = Asia
What is the deepest point in the world's oceans? / What is the deepest known part of the ocean called? = Mariana Trench / Challenger Deep / Marianas Trench
What is the largest coral reef system in the world? / Which reef system is the biggest on Earth? = Great Barrier Reef
What is the tallest waterfall in the world? / Which waterfall has the greatest uninterrupted drop? = Angel Falls / Kerepakupai Meru / Salto Angel
What mountain range separates Europe from Asia in Russia? / Which mountains form part of the border between Europe and Asia? = Ural Mountains / Urals / Ural
What mountain range contains Mount Everest? / In which mountain range is Everest? = Himalayas / Himalaya
What is the currency of Japan? / What money is used in Japan? = yen / Japanese yen
What is the currency of the United Kingdom? / What currency is used in Britain? = pound sterling / pound / British pound / sterling
What is the currency of India? / What money do people use in India? = rupee / Indian rupee
What is the currency of Switzerland? / What currency is used in Switzerland? = Swiss franc / franc
What is the currency of Mexico? / What money is used in Mexico? = Mexican peso / peso
What is the currency of South Africa? / What money is used in South Africa? = rand / South African rand
What is the currency of Poland? / What money do people use in Poland? = zloty / Polish zloty
What is the currency of Brazil? / What money is used in Brazil? = real / Brazilian real / reais
What is the currency of China? / What money is used in mainland China? = renminbi / yuan / Chinese yuan / RMB
What is the currency of Russia? / What money is used in Russia? = ruble / rouble / Russian ruble
What is the official language of Brazil? / What language do most people in Brazil speak? = Portuguese
What is the official language of Argentina? / What language is mainly spoken in Argentina? = Spanish
What is the most widely spoken native language in Iran? / What is Iran's official language? = Persian / Farsi
Which country has the largest population in South America? / What is the most populous country in South America? = Brazil
Which country is home to the city of Timbuktu? / In which country is Timbuktu? = Mali
In which country is the ancient city of Petra? / Petra, the rose-red city, is in which country? = Jordan
In which country is Machu Picchu? / Machu Picchu is located in which country? = Peru
In which country is Angkor Wat? / Angkor Wat is in which country? = Cambodia
In which country are the Pyramids of Giza? / The Great Pyramid of Giza is in which country? = Egypt
In which country is the Taj Mahal? / The Taj Mahal is located in which country? = India
In which city is the Colosseum? / The Colosseum stands in which city? = Rome
In which city is the Eiffel Tower? / The Eiffel Tower is in which city? = Paris
In which city is the Sagrada Familia? / Which city is home to the Sagrada Familia basilica? = Barcelona
Which strait separates Europe and Africa at the western end of the Mediterranean? / Which narrow strait lies between Spain and Morocco? = Strait of Gibraltar / Gibraltar
Which canal connects the Mediterranean Sea and the Red Sea? / What canal links the Red Sea to the Mediterranean? = Suez Canal / Suez
Which canal connects the Atlantic and Pacific oceans through Central America? / What canal cuts across Panama? = Panama Canal
Which country has the most people in Africa? / What is the most populous country in Africa? = Nigeria
What is the largest country in Africa by area? / Which African country covers the most land? = Algeria
What is the largest country in South America by area? / Which South American country is biggest? = Brazil
Which sea is the saltiest large body of water bordering Israel and Jordan? / Which sea is so salty that people float in it easily? = Dead Sea
"""

ROWS: tuple[Row, ...] = parse_rows(GEOGRAPHY)
