"""Countries and territories with their aliases, demonyms, capital and region, plus a few parts and
historical states, for recognising places and nationalities in free text (`probes.claims.specifics`).

One line per place: "Name / alias | Demonym / alias | Capital | Subregion, Region | Part of / part of".
`COUNTRY_ROWS` (238 lines) was generated from the data files of countryinfo 1.0.1 (MIT licence,
https://pypi.org/project/countryinfo/): the name, the Latin-script alternative spellings that are
not ISO codes (except UK, US, USA, UAE, DRC), the demonym, capital, subregion and region; a few
noun demonyms (Dane, Swede, Pole ...) and aliases (Britain, America, Burma) were added by hand.
`PART_ROWS` is written for this project: parts of a country with their own demonym (English,
Scottish, Catalan, Bavarian ...) and historical states (Soviet, Prussian, Ottoman, Roman ...), each
naming the present countries it is part of or overlaps ("Part of"), so "English" and "British" are
related, not in conflict. Vendored so the core needs no data package; regenerate by reading the
countryinfo JSON files the same way if they change.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    """A country, territory, part or historical state: names, demonyms, capital, region, parents."""

    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    region: str
    part_of: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def parse_countries(block: str) -> tuple[Country, ...]:
    """Parse "Name / alias | Demonym / alias | Capital | Region | Part of / part of" lines."""
    out = []
    for line in block.strip().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        names, demonyms, capital, region, parts = (c.strip() for c in line.split("|"))

        def split(cell: str) -> tuple[str, ...]:
            return tuple(x.strip() for x in cell.split(" / ") if x.strip())

        name, *aliases = split(names)
        out.append(Country(name, tuple(aliases), split(demonyms), capital, region, split(parts)))
    return tuple(out)


COUNTRY_ROWS = """
Afghanistan / Afġānistān / Islamic Republic of Afghanistan | Afghan | Kabul | Southern Asia, Asia |
Albania / Shqipëri / Shqipëria / Shqipnia / Republic of Albania | Albanian | Tirana | Southern Europe, Europe |
Algeria / Dzayer / Algérie / People's Democratic Republic of Algeria | Algerian | Algiers | Northern Africa, Africa |
American Samoa / Amerika Sāmoa / Amelika Sāmoa / Sāmoa Amelika | American Samoan | Pago Pago | Polynesia, Oceania |
Andorra / Principality of Andorra / Principat d'Andorra | Andorran | Andorra la Vella | Southern Europe, Europe |
Angola / República de Angola / Republic of Angola | Angolan | Luanda | Sub-Saharan Africa, Africa |
Anguilla | Anguillian | The Valley | Latin America and the Caribbean, Americas |
Antarctica |  |  |  |
Antigua and Barbuda | Antiguan / Barbudan | Saint John's | Latin America and the Caribbean, Americas |
Argentina / Argentine Republic / República Argentina | Argentinean / Argentine / Argentinian | Buenos Aires | Latin America and the Caribbean, Americas |
Armenia / Hayastan / Republic of Armenia | Armenian | Yerevan | Western Asia, Asia |
Aruba | Aruban | Oranjestad | Latin America and the Caribbean, Americas |
Australia | Australian | Canberra | Australia and New Zealand, Oceania |
Austria / Österreich / Osterreich / Oesterreich / Republic of Austria | Austrian | Vienna | Western Europe, Europe |
Azerbaijan / Republic of Azerbaijan | Azerbaijani | Baku | Western Asia, Asia |
Bahrain / Kingdom of Bahrain | Bahraini | Manama | Western Asia, Asia |
Bangladesh / People's Republic of Bangladesh / Gônôprôjatôntri Bangladesh | Bangladeshi | Dhaka | Southern Asia, Asia |
Barbados | Barbadian | Bridgetown | Latin America and the Caribbean, Americas |
Belarus / Bielaruś / Republic of Belarus / Belorussiya | Belarusian | Minsk | Eastern Europe, Europe |
Belgium / België / Belgie / Belgien / Belgique / Kingdom of Belgium / Koninkrijk België / Royaume de Belgique / Königreich Belgien | Belgian | Brussels | Western Europe, Europe |
Belize | Belizean | Belmopan | Latin America and the Caribbean, Americas |
Benin / Republic of Benin / République du Bénin | Beninese | Porto-Novo | Sub-Saharan Africa, Africa |
Bermuda / The Islands of Bermuda / The Bermudas / Somers Isles | Bermudian | Hamilton | Northern America, Americas |
Bhutan / Kingdom of Bhutan | Bhutanese | Thimphu | Southern Asia, Asia |
Bolivia / Buliwya / Wuliwya / Plurinational State of Bolivia / Estado Plurinacional de Bolivia / Buliwya Mamallaqta / Wuliwya Suyu / Tetã Volívia | Bolivian | Sucre | Latin America and the Caribbean, Americas |
Bosnia and Herzegovina / Bosnia-Herzegovina / Republic of Bosnia and Herzegovina | Bosnian / Herzegovinian | Sarajevo | Southern Europe, Europe |
Botswana / Republic of Botswana / Lefatshe la Botswana | Motswana | Gaborone | Sub-Saharan Africa, Africa |
Brazil / Brasil / Federative Republic of Brazil / República Federativa do Brasil | Brazilian | Brasília | Latin America and the Caribbean, Americas |
Brunei / Nation of Brunei / Brunei Darussalam | Bruneian | Bandar Seri Begawan | South-eastern Asia, Asia |
Bulgaria / Republic of Bulgaria | Bulgarian | Sofia | Eastern Europe, Europe |
Burkina Faso | Burkinabe | Ouagadougou | Sub-Saharan Africa, Africa |
Burundi / Republic of Burundi / Republika y'Uburundi / République du Burundi | Burundian | Bujumbura | Sub-Saharan Africa, Africa |
Cambodia / Kingdom of Cambodia | Cambodian | Phnom Penh | South-eastern Asia, Asia |
Cameroon / Republic of Cameroon / République du Cameroun | Cameroonian | Yaoundé | Sub-Saharan Africa, Africa |
Canada | Canadian | Ottawa | Northern America, Americas |
Cape Verde / Republic of Cabo Verde / República de Cabo Verde / Cabo Verde | Cape Verdian / Cape Verdean | Praia | Sub-Saharan Africa, Africa |
Cayman Islands | Caymanian | George Town | Latin America and the Caribbean, Americas |
Central African Republic / République centrafricaine | Central African | Bangui | Sub-Saharan Africa, Africa |
Chad / Tchad / Republic of Chad / République du Tchad | Chadian | N'Djamena | Sub-Saharan Africa, Africa |
Chile / Republic of Chile / República de Chile | Chilean | Santiago | Latin America and the Caribbean, Americas |
China / Zhōngguó / Zhongguo / Zhonghua / People's Republic of China / Zhōnghuá Rénmín Gònghéguó | Chinese | Beijing | Eastern Asia, Asia |
Christmas Island / Territory of Christmas Island | Christmas Island | Flying Fish Cove | Australia and New Zealand, Oceania |
Cocos (Keeling) Islands / Territory of the Cocos (Keeling) Islands / Keeling Islands | Cocos Islander | West Island | Australia and New Zealand, Oceania |
Colombia / Republic of Colombia / República de Colombia | Colombian | Bogotá | Latin America and the Caribbean, Americas |
Comoros / Union of the Comoros / Union des Comores / Udzima wa Komori | Comoran | Moroni | Sub-Saharan Africa, Africa |
Cook Islands / Kūki 'Āirani | Cook Islander | Avarua | Polynesia, Oceania |
Costa Rica / Republic of Costa Rica / República de Costa Rica | Costa Rican | San José | Latin America and the Caribbean, Americas |
Croatia / Hrvatska / Republic of Croatia / Republika Hrvatska | Croatian | Zagreb | Southern Europe, Europe |
Cuba / Republic of Cuba / República de Cuba | Cuban | Havana | Latin America and the Caribbean, Americas |
Cyprus / Kýpros / Kıbrıs / Republic of Cyprus / Kıbrıs Cumhuriyeti | Cypriot | Nicosia | Western Asia, Asia |
Czech Republic / Česká republika / Česko / Czechia | Czech | Prague | Eastern Europe, Europe |
Democratic Republic of the Congo / DR Congo / Congo-Kinshasa / DRC | Congolese | Kinshasa | Sub-Saharan Africa, Africa |
Denmark / Danmark / Kingdom of Denmark / Kongeriget Danmark | Danish / Dane | Copenhagen | Northern Europe, Europe |
Djibouti / Jabuuti / Gabuuti / Republic of Djibouti / République de Djibouti / Gabuutih Ummuuno / Jamhuuriyadda Jabuuti | Djibouti | Djibouti | Sub-Saharan Africa, Africa |
Dominica / Dominique / Commonwealth of Dominica | Dominican | Roseau | Latin America and the Caribbean, Americas |
Dominican Republic | Dominican | Santo Domingo | Latin America and the Caribbean, Americas |
East Timor / Democratic Republic of Timor-Leste / República Democrática de Timor-Leste / Repúblika Demokrátika Timór-Leste / Timor-Leste | East Timorese | Dili | South-eastern Asia, Asia |
Ecuador / Republic of Ecuador / República del Ecuador | Ecuadorean | Quito | Latin America and the Caribbean, Americas |
Egypt / Arab Republic of Egypt | Egyptian | Cairo | Northern Africa, Africa |
El Salvador / Republic of El Salvador / República de El Salvador | Salvadoran | San Salvador | Latin America and the Caribbean, Americas |
Equatorial Guinea / Republic of Equatorial Guinea / República de Guinea Ecuatorial / République de Guinée équatoriale / República da Guiné Equatorial | Equatorial Guinean | Malabo | Sub-Saharan Africa, Africa |
Eritrea / State of Eritrea / Dawlat Iritriyá / Iritriyā | Eritrean | Asmara | Sub-Saharan Africa, Africa |
Estonia / Eesti / Republic of Estonia / Eesti Vabariik | Estonian | Tallinn | Northern Europe, Europe |
Eswatini / Swatini / Ngwane / Kingdom of Swaziland / Umbuso waseSwatini / Kingdom of Eswatini | Swazi / Emaswati | Lobamba | Sub-Saharan Africa, Africa |
Ethiopia / Federal Democratic Republic of Ethiopia | Ethiopian | Addis Ababa | Sub-Saharan Africa, Africa |
Falkland Islands / Islas Malvinas / Falkland Islands (Malvinas) | Falkland Islander | Stanley | Latin America and the Caribbean, Americas |
Faroe Islands / Føroyar / Færøerne | Faroese | Tórshavn | Northern Europe, Europe |
Federated States of Micronesia | Micronesian | Palikir | Micronesia, Oceania |
Fiji / Viti / Republic of Fiji / Matanitu ko Viti | Fijian | Suva | Melanesia, Oceania |
Finland / Suomi / Republic of Finland / Suomen tasavalta / Republiken Finland | Finnish / Finn | Helsinki | Northern Europe, Europe |
France / French Republic / République française | French | Paris | Western Europe, Europe |
French Guiana / Guiana / Guyane |  | Cayenne | Latin America and the Caribbean, Americas |
French Polynesia / Polynésie française / Pōrīnetia Farāni | French Polynesian | Papeetē | Polynesia, Oceania |
Gabon / Gabonese Republic / République Gabonaise | Gabonese | Libreville | Sub-Saharan Africa, Africa |
Georgia / Sakartvelo | Georgian | Tbilisi | Western Asia, Asia |
Germany / Federal Republic of Germany / Bundesrepublik Deutschland | German | Berlin | Western Europe, Europe |
Ghana / Republic of Ghana | Ghanaian | Accra | Sub-Saharan Africa, Africa |
Gibraltar | Gibraltar | Gibraltar | Southern Europe, Europe |
Greece / Elláda / Hellenic Republic | Greek / Hellenic | Athens | Southern Europe, Europe |
Greenland / Grønland | Greenlandic | Nuuk | Northern America, Americas |
Grenada | Grenadian | St. George's | Latin America and the Caribbean, Americas |
Guadeloupe / Gwadloup | Guadeloupian | Basse-Terre | Latin America and the Caribbean, Americas |
Guam / Guåhån | Guamanian | Hagåtña | Micronesia, Oceania |
Guatemala / Republic of Guatemala | Guatemalan | Guatemala City | Latin America and the Caribbean, Americas |
Guernsey / Bailiwick of Guernsey / Bailliage de Guernesey | Channel Islander | St. Peter Port | Northern Europe, Europe |
Guinea / Republic of Guinea / République de Guinée | Guinean | Conakry | Sub-Saharan Africa, Africa |
Guinea-Bissau / Republic of Guinea-Bissau / República da Guiné-Bissau | Guinea-Bissauan | Bissau | Sub-Saharan Africa, Africa |
Guyana / Co-operative Republic of Guyana / Republic of Guyana | Guyanese | Georgetown | Latin America and the Caribbean, Americas |
Haiti / Republic of Haiti / République d'Haïti / Repiblik Ayiti | Haitian | Port-au-Prince | Latin America and the Caribbean, Americas |
Honduras / Republic of Honduras / República de Honduras | Honduran | Tegucigalpa | Latin America and the Caribbean, Americas |
Hong Kong | Chinese | City of Victoria | Eastern Asia, Asia |
Hungary / Magyarorszag | Hungarian | Budapest | Eastern Europe, Europe |
Iceland / Island / Republic of Iceland / Lýðveldið Ísland | Icelander / Icelandic | Reykjavik | Northern Europe, Europe |
India / Bhārat / Republic of India / Bharat Ganrajya | Indian | New Delhi | Southern Asia, Asia |
Indonesia / Republic of Indonesia / Republik Indonesia | Indonesian | Jakarta | South-eastern Asia, Asia |
Iran / Islamic Republic of Iran / Jomhuri-ye Eslāmi-ye Irān | Iranian | Tehran | Southern Asia, Asia |
Iraq / Republic of Iraq | Iraqi | Baghdad | Western Asia, Asia |
Ireland / Éire / Republic of Ireland / Poblacht na hÉireann | Irish | Dublin | Northern Europe, Europe |
Isle of Man / Ellan Vannin / Mann / Mannin | Manx | Douglas | Northern Europe, Europe |
Israel / State of Israel / Medīnat Yisrā'el | Israeli | Jerusalem | Western Asia, Asia |
Italy / Italian Republic / Repubblica italiana | Italian | Rome | Southern Europe, Europe |
Ivory Coast / Republic of Côte d'Ivoire / République de Côte d'Ivoire / Côte d'Ivoire | Ivorian | Yamoussoukro | Sub-Saharan Africa, Africa |
Jamaica | Jamaican | Kingston | Latin America and the Caribbean, Americas |
Japan / Nippon / Nihon | Japanese | Tokyo | Eastern Asia, Asia |
Jersey / Bailiwick of Jersey / Bailliage de Jersey / Bailliage dé Jèrri | Channel Islander | Saint Helier | Northern Europe, Europe |
Jordan / Hashemite Kingdom of Jordan | Jordanian | Amman | Western Asia, Asia |
Kazakhstan / Qazaqstan / Republic of Kazakhstan / Qazaqstan Respublïkası / Respublika Kazakhstan | Kazakhstani | Nur-Sultan | Central Asia, Asia |
Kenya / Republic of Kenya / Jamhuri ya Kenya | Kenyan | Nairobi | Sub-Saharan Africa, Africa |
Kiribati / Republic of Kiribati / Ribaberiki Kiribati | I-Kiribati | South Tarawa | Micronesia, Oceania |
Kuwait / State of Kuwait / Dawlat al-Kuwait | Kuwaiti | Kuwait City | Western Asia, Asia |
Kyrgyzstan / Kyrgyz Republic / Kyrgyz Respublikasy | Kirghiz | Bishkek | Central Asia, Asia |
Laos / Lao / Lao People's Democratic Republic / Sathalanalat Paxathipatai Paxaxon Lao | Laotian | Vientiane | South-eastern Asia, Asia |
Latvia / Republic of Latvia / Latvijas Republika | Latvian | Riga | Northern Europe, Europe |
Lebanon / Lebanese Republic / Al-Jumhūrīyah Al-Libnānīyah | Lebanese | Beirut | Western Asia, Asia |
Lesotho / Kingdom of Lesotho / Muso oa Lesotho | Mosotho | Maseru | Sub-Saharan Africa, Africa |
Liberia / Republic of Liberia | Liberian | Monrovia | Sub-Saharan Africa, Africa |
Libya / State of Libya / Dawlat Libya | Libyan | Tripoli | Northern Africa, Africa |
Liechtenstein / Principality of Liechtenstein / Fürstentum Liechtenstein | Liechtensteiner | Vaduz | Western Europe, Europe |
Lithuania / Republic of Lithuania / Lietuvos Respublika | Lithuanian | Vilnius | Northern Europe, Europe |
Luxembourg / Grand Duchy of Luxembourg / Grand-Duché de Luxembourg / Großherzogtum Luxemburg / Groussherzogtum Lëtzebuerg | Luxembourger / Luxembourgish | Luxembourg | Western Europe, Europe |
Macau | Chinese |  | Eastern Asia, Asia |
Madagascar / Republic of Madagascar / Repoblikan'i Madagasikara / République de Madagascar | Malagasy | Antananarivo | Sub-Saharan Africa, Africa |
Malawi / Republic of Malawi | Malawian | Lilongwe | Sub-Saharan Africa, Africa |
Malaysia | Malaysian | Kuala Lumpur | South-eastern Asia, Asia |
Maldives / Maldive Islands / Republic of the Maldives / Dhivehi Raajjeyge Jumhooriyya / Republic of Maldives | Maldivan | Malé | Southern Asia, Asia |
Mali / Republic of Mali / République du Mali | Malian | Bamako | Sub-Saharan Africa, Africa |
Malta / Republic of Malta / Repubblika ta' Malta | Maltese | Valletta | Southern Europe, Europe |
Marshall Islands / Republic of the Marshall Islands | Marshallese | Majuro | Micronesia, Oceania |
Martinique | French | Fort-de-France | Latin America and the Caribbean, Americas |
Mauritania / Islamic Republic of Mauritania | Mauritanian | Nouakchott | Sub-Saharan Africa, Africa |
Mauritius / Republic of Mauritius / République de Maurice | Mauritian | Port Louis | Sub-Saharan Africa, Africa |
Mayotte / Department of Mayotte / Département de Mayotte | French | Mamoudzou | Sub-Saharan Africa, Africa |
Mexico / Mexicanos / United Mexican States / Estados Unidos Mexicanos | Mexican | Mexico City | Latin America and the Caribbean, Americas |
Moldova / Republic of Moldova / Republica Moldova | Moldovan | Chișinău | Eastern Europe, Europe |
Monaco / Principality of Monaco / Principauté de Monaco | Monegasque | Monaco | Western Europe, Europe |
Mongolia | Mongolian | Ulaanbaatar | Eastern Asia, Asia |
Montenegro / Montenegrin | Montenegrin | Podgorica | Eastern Europe, Europe |
Montserrat | Montserratian | Plymouth | Latin America and the Caribbean, Americas |
Morocco / Kingdom of Morocco / Al-Mamlakah al-Maġribiyah | Moroccan | Rabat | Northern Africa, Africa |
Mozambique / Republic of Mozambique / República de Moçambique | Mozambican | Maputo | Sub-Saharan Africa, Africa |
Myanmar / Burma / Republic of Myanmar | Burmese | Naypyidaw | South-eastern Asia, Asia |
Namibia / Namibië / Republic of Namibia | Namibian | Windhoek | Sub-Saharan Africa, Africa |
Nauru / Naoero / Pleasant Island / Republic of Nauru / Ripublik Naoero | Nauruan | Yaren | Micronesia, Oceania |
Nepal / Federal Democratic Republic of Nepal / Loktāntrik Ganatantra Nepāl | Nepalese | Kathmandu | Southern Asia, Asia |
Netherlands / Holland / Nederland / Kingdom of the Netherlands / The Netherlands | Dutch / Netherlandish | Amsterdam | Western Europe, Europe |
New Caledonia | New Caledonian | Nouméa | Melanesia, Oceania |
New Zealand / Aotearoa | New Zealander | Wellington | Australia and New Zealand, Oceania |
Nicaragua / Republic of Nicaragua / República de Nicaragua | Nicaraguan | Managua | Latin America and the Caribbean, Americas |
Niger / Nijar / Republic of Niger / République du Niger / Republic of the Niger | Nigerien | Niamey | Sub-Saharan Africa, Africa |
Nigeria / Nijeriya / Naíjíríà / Federal Republic of Nigeria | Nigerian | Abuja | Sub-Saharan Africa, Africa |
Niue | Niuean | Alofi | Polynesia, Oceania |
Norfolk Island / Territory of Norfolk Island / Teratri of Norf'k Ailen | Norfolk Islander | Kingston | Australia and New Zealand, Oceania |
North Korea / Democratic People's Republic of Korea / Chosŏn Minjujuŭi Inmin Konghwaguk | North Korean / Korean | Pyongyang | Eastern Asia, Asia |
North Macedonia / Republic of Macedonia | Macedonian | Skopje | Southern Europe, Europe |
Northern Mariana Islands / Commonwealth of the Northern Mariana Islands / Sankattan Siha Na Islas Mariånas | American | Saipan | Micronesia, Oceania |
Norway / Norge / Noreg / Kingdom of Norway / Kongeriket Norge / Kongeriket Noreg | Norwegian | Oslo | Northern Europe, Europe |
Oman / Sultanate of Oman | Omani | Muscat | Western Asia, Asia |
Pakistan / Pākistān / Islamic Republic of Pakistan / Islāmī Jumhūriya'eh Pākistān | Pakistani | Islamabad | Southern Asia, Asia |
Palau / Republic of Palau / Beluu er a Belau | Palauan | Ngerulmud | Micronesia, Oceania |
Palestine / State of Palestine | Palestinian | Ramallah | Western Asia, Asia |
Panama / Republic of Panama / República de Panamá | Panamanian | Panama City | Latin America and the Caribbean, Americas |
Papua New Guinea / Independent State of Papua New Guinea / Independen Stet bilong Papua Niugini | Papua New Guinean | Port Moresby | Melanesia, Oceania |
Paraguay / Republic of Paraguay / República del Paraguay / Tetã Paraguái | Paraguayan | Asunción | Latin America and the Caribbean, Americas |
Peru / Republic of Peru / República del Perú | Peruvian | Lima | Latin America and the Caribbean, Americas |
Philippines / Republic of the Philippines / Repúblika ng Pilipinas | Filipino / Philippine | Manila | South-eastern Asia, Asia |
Pitcairn Islands / Pitcairn Henderson Ducie and Oeno Islands / Pitcairn | Pitcairn Islander | Adamstown | Polynesia, Oceania |
Poland / Republic of Poland / Rzeczpospolita Polska | Polish / Pole | Warsaw | Eastern Europe, Europe |
Portugal / Portuguesa / Portuguese Republic / República Portuguesa | Portuguese | Lisbon | Southern Europe, Europe |
Puerto Rico / Commonwealth of Puerto Rico / Estado Libre Asociado de Puerto Rico | Puerto Rican | San Juan | Latin America and the Caribbean, Americas |
Qatar / State of Qatar | Qatari | Doha | Western Asia, Asia |
Republic of the Congo / Congo-Brazzaville / Congo | Congolese | Brazzaville | Sub-Saharan Africa, Africa |
Romania / Rumania / Roumania / România | Romanian | Bucharest | Eastern Europe, Europe |
Russia / Rossiya / Russian Federation / Rossiyskaya Federatsiya | Russian | Moscow | Eastern Europe, Europe |
Rwanda / Republic of Rwanda / Repubulika y'u Rwanda / République du Rwanda / Rwandese Republic | Rwandan | Kigali | Sub-Saharan Africa, Africa |
Réunion / Reunion | French | Saint-Denis | Sub-Saharan Africa, Africa |
Saint Barthélemy |  | Gustavia | Latin America and the Caribbean, Americas |
Saint Helena | Saint Helenian | Jamestown | Sub-Saharan Africa, Africa |
Saint Kitts and Nevis / Federation of Saint Christopher and Nevis | Kittian and Nevisian | Basseterre | Latin America and the Caribbean, Americas |
Saint Lucia | Saint Lucian | Castries | Latin America and the Caribbean, Americas |
Saint Pierre and Miquelon | French | Saint-Pierre | Northern America, Americas |
Saint Vincent and the Grenadines / St. Vincent and the Grenadines | Saint Vincentian | Kingstown | Latin America and the Caribbean, Americas |
Samoa / Independent State of Samoa | Samoan | Apia | Polynesia, Oceania |
San Marino / Republic of San Marino / Repubblica di San Marino | Sammarinese | City of San Marino | Southern Europe, Europe |
Saudi Arabia / Kingdom of Saudi Arabia | Saudi Arabian / Saudi | Riyadh | Western Asia, Asia |
Senegal / Republic of Senegal / République du Sénégal | Senegalese | Dakar | Sub-Saharan Africa, Africa |
Serbia / Srbija / Republic of Serbia / Republika Srbija | Serbian | Belgrade | Eastern Europe, Europe |
Serbia and Montenegro / Yugoslavia / Federal Republic of Yugoslavia / Union of Serbia and Montenegro | Serbian/Montenegrin | Belgrade | Southern Europe, Europe |
Seychelles / Republic of Seychelles / Repiblik Sesel / République des Seychelles | Seychellois | Victoria | Sub-Saharan Africa, Africa |
Sierra Leone / Republic of Sierra Leone | Sierra Leonean | Freetown | Sub-Saharan Africa, Africa |
Singapore / Singapura / Republik Singapura / Republic of Singapore | Singaporean | Singapore | South-eastern Asia, Asia |
Slovakia / Slovak Republic / Slovenská republika | Slovak | Bratislava | Eastern Europe, Europe |
Slovenia / Republic of Slovenia / Republika Slovenija | Slovene | Ljubljana | Southern Europe, Europe |
Solomon Islands | Solomon Islander | Honiara | Melanesia, Oceania |
Somalia / Federal Republic of Somalia / Jamhuuriyadda Federaalka Soomaaliya | Somali | Mogadishu | Sub-Saharan Africa, Africa |
South Africa / Suid-Afrika / Republic of South Africa | South African | Pretoria | Sub-Saharan Africa, Africa |
South Korea / Republic of Korea | South Korean / Korean | Seoul | Eastern Asia, Asia |
South Sudan / Republic of South Sudan | South Sudanese | Juba | Sub-Saharan Africa, Africa |
Spain / Kingdom of Spain / Reino de España | Spanish / Spaniard | Madrid | Southern Europe, Europe |
Sri Lanka / Democratic Socialist Republic of Sri Lanka | Sri Lankan | Colombo | Southern Asia, Asia |
Sudan / Republic of the Sudan / Jumhūrīyat as-Sūdān | Sudanese | Khartoum | Northern Africa, Africa |
Suriname / Sarnam / Sranangron / Republic of Suriname / Republiek Suriname | Surinamer | Paramaribo | Latin America and the Caribbean, Americas |
Svalbard and Jan Mayen / Svalbard and Jan Mayen Islands | Norwegian | Longyearbyen | Northern Europe, Europe |
Sweden / Kingdom of Sweden / Konungariket Sverige | Swedish / Swede | Stockholm | Northern Europe, Europe |
Switzerland / Swiss Confederation / Schweiz / Suisse / Svizzera / Svizra | Swiss | Bern | Western Europe, Europe |
Syria / Syrian Arab Republic | Syrian | Damascus | Western Asia, Asia |
São Tomé and Príncipe / Democratic Republic of São Tomé and Príncipe / República Democrática de São Tomé e Príncipe / Sao Tome and Principe / Democratic Republic of Sao Tome and Principe | Sao Tomean | São Tomé | Sub-Saharan Africa, Africa |
Taiwan / Táiwān / Republic of China / Zhōnghuá Mínguó | Taiwanese | Taipei | Eastern Asia, Asia |
Tajikistan / Toçikiston / Republic of Tajikistan / Çumhuriyi Toçikiston | Tadzhik | Dushanbe | Central Asia, Asia |
Tanzania / United Republic of Tanzania / Jamhuri ya Muungano wa Tanzania | Tanzanian | Dodoma | Sub-Saharan Africa, Africa |
Thailand / Prathet / Thai / Kingdom of Thailand / Ratcha Anachak Thai | Thai | Bangkok | South-eastern Asia, Asia |
The Bahamas / Commonwealth of the Bahamas / Bahamas | Bahamian | Nassau | Latin America and the Caribbean, Americas |
The Gambia / Republic of the Gambia / Gambia | Gambian | Banjul | Sub-Saharan Africa, Africa |
Togo / Togolese / Togolese Republic / République Togolaise | Togolese | Lomé | Sub-Saharan Africa, Africa |
Tokelau | Tokelauan | Fakaofo | Polynesia, Oceania |
Tonga / Kingdom of Tonga | Tongan | Nuku'alofa | Polynesia, Oceania |
Trinidad and Tobago / Republic of Trinidad and Tobago | Trinidadian | Port of Spain | Latin America and the Caribbean, Americas |
Tunisia / Republic of Tunisia | Tunisian | Tunis | Northern Africa, Africa |
Turkey / Turkiye / Republic of Turkey / Türkiye Cumhuriyeti | Turkish / Turk | Ankara | Western Asia, Asia |
Turkmenistan | Turkmen | Ashgabat | Central Asia, Asia |
Turks and Caicos Islands |  | Cockburn Town | Latin America and the Caribbean, Americas |
Tuvalu | Tuvaluan | Funafuti | Polynesia, Oceania |
Uganda / Republic of Uganda / Jamhuri ya Uganda | Ugandan | Kampala | Sub-Saharan Africa, Africa |
Ukraine / Ukrayina | Ukrainian | Kyiv | Eastern Europe, Europe |
United Arab Emirates / UAE | Emirati | Abu Dhabi | Western Asia, Asia |
United Kingdom / UK / Great Britain / Britain | British / Briton | London | Northern Europe, Europe |
United States / US / USA / United States of America / America | American / U.S. | Washington D.C. | Northern America, Americas |
Uruguay / Oriental Republic of Uruguay / República Oriental del Uruguay / Eastern Republic of Uruguay | Uruguayan | Montevideo | Latin America and the Caribbean, Americas |
Uzbekistan / Republic of Uzbekistan | Uzbekistani | Tashkent | Central Asia, Asia |
Vanuatu / Republic of Vanuatu / Ripablik blong Vanuatu / République de Vanuatu | Ni-Vanuatu | Port Vila | Melanesia, Oceania |
Vatican City | Vaticanian / Vatican | Vatican City | Southern Europe, Europe |
Venezuela / Bolivarian Republic of Venezuela / República Bolivariana de Venezuela | Venezuelan | Caracas | Latin America and the Caribbean, Americas |
Vietnam / Socialist Republic of Vietnam / Viet Nam / Socialist Republic of Viet Nam | Vietnamese | Hanoi | South-eastern Asia, Asia |
Wallis and Futuna / Territory of the Wallis and Futuna Islands / Territoire des îles Wallis et Futuna | Wallis and Futuna Islander | Mata-Utu | Polynesia, Oceania |
Western Sahara | Sahrawi | El Aaiún | Northern Africa, Africa |
Yemen / Yemeni Republic / Republic of Yemen | Yemeni | Sana'a | Western Asia, Asia |
Zambia / Republic of Zambia | Zambian | Lusaka | Sub-Saharan Africa, Africa |
Zimbabwe / Republic of Zimbabwe | Zimbabwean | Harare | Sub-Saharan Africa, Africa |
Åland Islands |  | Mariehamn | Northern Europe, Europe |
"""

PART_ROWS = """
England | English | London | Northern Europe, Europe | United Kingdom
Scotland | Scottish / Scots / Scot | Edinburgh | Northern Europe, Europe | United Kingdom
Wales | Welsh | Cardiff | Northern Europe, Europe | United Kingdom
Northern Ireland | Northern Irish | Belfast | Northern Europe, Europe | United Kingdom
Catalonia | Catalan | Barcelona | Southern Europe, Europe | Spain
Basque Country | Basque | Vitoria-Gasteiz | Southern Europe, Europe | Spain / France
Andalusia | Andalusian | Seville | Southern Europe, Europe | Spain
Bavaria | Bavarian | Munich | Western Europe, Europe | Germany
Flanders | Flemish | Brussels | Western Europe, Europe | Belgium
Sicily | Sicilian | Palermo | Southern Europe, Europe | Italy
Tuscany | Tuscan | Florence | Southern Europe, Europe | Italy
Corsica | Corsican | Ajaccio | Southern Europe, Europe | France
Quebec | Quebecois / Québécois | Quebec City | Northern America, Americas | Canada
Texas | Texan | Austin | Northern America, Americas | United States
Hawaii | Hawaiian | Honolulu | Polynesia, Oceania | United States
Tibet | Tibetan | Lhasa | Eastern Asia, Asia | China
Soviet Union / USSR / U.S.S.R. | Soviet | Moscow | Eastern Europe, Europe | Russia / Ukraine / Belarus / Georgia / Armenia / Azerbaijan / Kazakhstan / Uzbekistan / Turkmenistan / Kyrgyzstan / Tajikistan / Moldova / Lithuania / Latvia / Estonia
Russian Empire | Russian | Saint Petersburg | Eastern Europe, Europe | Russia / Ukraine / Belarus / Finland / Poland / Georgia / Lithuania / Latvia / Estonia
Prussia / Kingdom of Prussia | Prussian | Berlin | Western Europe, Europe | Germany / Poland
West Germany | West German | Bonn | Western Europe, Europe | Germany
East Germany | East German | East Berlin | Western Europe, Europe | Germany
Austria-Hungary / Austro-Hungarian Empire | Austro-Hungarian | Vienna | Central Europe, Europe | Austria / Hungary / Czech Republic / Slovakia / Croatia / Slovenia / Bosnia and Herzegovina / Poland / Ukraine / Romania / Italy / Serbia
Czechoslovakia | Czechoslovak / Czechoslovakian | Prague | Central Europe, Europe | Czech Republic / Slovakia
Yugoslavia | Yugoslav / Yugoslavian | Belgrade | Southern Europe, Europe | Serbia / Croatia / Slovenia / Bosnia and Herzegovina / Montenegro / North Macedonia
Ottoman Empire | Ottoman | Constantinople | Western Asia, Asia | Turkey / Greece / Egypt / Syria / Iraq / Lebanon / Israel / Palestine / Jordan / Saudi Arabia / Bulgaria / Serbia / Bosnia and Herzegovina / Albania / North Macedonia / Romania / Libya / Tunisia / Algeria / Cyprus
Roman Empire / Ancient Rome | Roman | Rome | Southern Europe, Europe | Italy
Byzantine Empire | Byzantine | Constantinople | Western Asia, Asia | Turkey / Greece
Ancient Greece | Ancient Greek | Athens | Southern Europe, Europe | Greece
Ancient Egypt | Ancient Egyptian | Memphis | Northern Africa, Africa | Egypt
Persia / Persian Empire | Persian | Persepolis | Southern Asia, Asia | Iran
Mughal Empire | Mughal | Agra | Southern Asia, Asia | India / Pakistan / Bangladesh / Afghanistan
British India / British Raj | British Indian | Calcutta | Southern Asia, Asia | India / Pakistan / Bangladesh / Myanmar / United Kingdom
"""

COUNTRIES: tuple[Country, ...] = parse_countries(COUNTRY_ROWS) + parse_countries(PART_ROWS)
BY_NAME: dict[str, Country] = {c.name: c for c in COUNTRIES}
