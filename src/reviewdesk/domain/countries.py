"""ISO 3166-1 alpha-3 codes used in references, with English short names (and French, Spanish, aliases)."""

import unicodedata

NON_STATE_CODE = "OTH"

COUNTRY_NAMES: dict[str, str] = {
    "AFG": "Afghanistan", "ALB": "Albania", "DZA": "Algeria", "AND": "Andorra", "AGO": "Angola",
    "ATG": "Antigua and Barbuda", "ARG": "Argentina", "ARM": "Armenia", "AUS": "Australia",
    "AUT": "Austria", "AZE": "Azerbaijan", "BHS": "Bahamas", "BHR": "Bahrain", "BGD": "Bangladesh",
    "BRB": "Barbados", "BLR": "Belarus", "BEL": "Belgium", "BLZ": "Belize", "BEN": "Benin",
    "BTN": "Bhutan", "BOL": "Bolivia (Plurinational State of)", "BIH": "Bosnia and Herzegovina",
    "BWA": "Botswana", "BRA": "Brazil", "BRN": "Brunei Darussalam", "BGR": "Bulgaria",
    "BFA": "Burkina Faso", "BDI": "Burundi", "CPV": "Cabo Verde", "KHM": "Cambodia",
    "CMR": "Cameroon", "CAN": "Canada", "CAF": "Central African Republic", "TCD": "Chad",
    "CHL": "Chile", "CHN": "China", "COL": "Colombia", "COM": "Comoros", "COG": "Congo",
    "CRI": "Costa Rica", "CIV": "Côte d'Ivoire", "HRV": "Croatia", "CUB": "Cuba", "CYP": "Cyprus",
    "CZE": "Czechia", "PRK": "Democratic People's Republic of Korea",
    "COD": "Democratic Republic of the Congo", "DNK": "Denmark", "DJI": "Djibouti",
    "DMA": "Dominica", "DOM": "Dominican Republic", "ECU": "Ecuador", "EGY": "Egypt",
    "SLV": "El Salvador", "GNQ": "Equatorial Guinea", "ERI": "Eritrea", "EST": "Estonia",
    "SWZ": "Eswatini", "ETH": "Ethiopia", "FJI": "Fiji", "FIN": "Finland", "FRA": "France",
    "GAB": "Gabon", "GMB": "Gambia", "GEO": "Georgia", "DEU": "Germany", "GHA": "Ghana",
    "GRC": "Greece", "GRD": "Grenada", "GTM": "Guatemala", "GIN": "Guinea", "GNB": "Guinea-Bissau",
    "GUY": "Guyana", "HTI": "Haiti", "HND": "Honduras", "HUN": "Hungary", "ISL": "Iceland",
    "IND": "India", "IDN": "Indonesia", "IRN": "Iran (Islamic Republic of)", "IRQ": "Iraq",
    "IRL": "Ireland", "ISR": "Israel", "ITA": "Italy", "JAM": "Jamaica", "JPN": "Japan",
    "JOR": "Jordan", "KAZ": "Kazakhstan", "KEN": "Kenya", "KIR": "Kiribati", "KWT": "Kuwait",
    "KGZ": "Kyrgyzstan", "LAO": "Lao People's Democratic Republic", "LVA": "Latvia",
    "LBN": "Lebanon", "LSO": "Lesotho", "LBR": "Liberia", "LBY": "Libya", "LIE": "Liechtenstein",
    "LTU": "Lithuania", "LUX": "Luxembourg", "MDG": "Madagascar", "MWI": "Malawi",
    "MYS": "Malaysia", "MDV": "Maldives", "MLI": "Mali", "MLT": "Malta", "MHL": "Marshall Islands",
    "MRT": "Mauritania", "MUS": "Mauritius", "MEX": "Mexico", "FSM": "Micronesia (Federated States of)",
    "MCO": "Monaco", "MNG": "Mongolia", "MNE": "Montenegro", "MAR": "Morocco", "MOZ": "Mozambique",
    "MMR": "Myanmar", "NAM": "Namibia", "NRU": "Nauru", "NPL": "Nepal", "NLD": "Netherlands",
    "NZL": "New Zealand", "NIC": "Nicaragua", "NER": "Niger", "NGA": "Nigeria",
    "MKD": "North Macedonia", "NOR": "Norway", "OMN": "Oman", "PAK": "Pakistan", "PLW": "Palau",
    "PAN": "Panama", "PNG": "Papua New Guinea", "PRY": "Paraguay", "PER": "Peru",
    "PHL": "Philippines", "POL": "Poland", "PRT": "Portugal", "QAT": "Qatar",
    "KOR": "Republic of Korea", "MDA": "Republic of Moldova", "ROU": "Romania",
    "RUS": "Russian Federation", "RWA": "Rwanda", "KNA": "Saint Kitts and Nevis",
    "LCA": "Saint Lucia", "VCT": "Saint Vincent and the Grenadines", "WSM": "Samoa",
    "SMR": "San Marino", "STP": "Sao Tome and Principe", "SAU": "Saudi Arabia", "SEN": "Senegal",
    "SRB": "Serbia", "SYC": "Seychelles", "SLE": "Sierra Leone", "SGP": "Singapore",
    "SVK": "Slovakia", "SVN": "Slovenia", "SLB": "Solomon Islands", "SOM": "Somalia",
    "ZAF": "South Africa", "SSD": "South Sudan", "ESP": "Spain", "LKA": "Sri Lanka",
    "SDN": "Sudan", "SUR": "Suriname", "SWE": "Sweden", "CHE": "Switzerland",
    "SYR": "Syrian Arab Republic", "TJK": "Tajikistan", "THA": "Thailand", "TLS": "Timor-Leste",
    "TGO": "Togo", "TON": "Tonga", "TTO": "Trinidad and Tobago", "TUN": "Tunisia",
    "TUR": "Türkiye", "TKM": "Turkmenistan", "TUV": "Tuvalu", "UGA": "Uganda", "UKR": "Ukraine",
    "ARE": "United Arab Emirates",
    "GBR": "United Kingdom of Great Britain and Northern Ireland",
    "TZA": "United Republic of Tanzania", "USA": "United States of America", "URY": "Uruguay",
    "UZB": "Uzbekistan", "VUT": "Vanuatu", "VEN": "Venezuela (Bolivarian Republic of)",
    "VNM": "Viet Nam", "YEM": "Yemen", "ZMB": "Zambia", "ZWE": "Zimbabwe",
    # Observer State, non-member territories and entities that receive letters.
    "VAT": "Holy See", "PSE": "State of Palestine", "TWN": "Taiwan Province of China",
    "HKG": "Hong Kong, China", "MAC": "Macao, China", "XKX": "Kosovo",
    "ESH": "Western Sahara", "PRI": "Puerto Rico", "GRL": "Greenland", "NCL": "New Caledonia",
}

ISO3_CODES = frozenset(COUNTRY_NAMES)


def country_name(code: str) -> str | None:
    return COUNTRY_NAMES.get(code)

# French and Spanish short names (as the UN terminology writes them), so that letters in those
# languages name the same State: "aux Gouvernements de la France et du Royaume-Uni",
# "a los Gobiernos de Chile y del Perú". Only the name; articles are handled by the parser.
OTHER_LANGUAGE_NAMES: dict[str, tuple[str, str]] = {
    "AFG": ("Afghanistan", "Afganistán"), "ALB": ("Albanie", "Albania"), "DZA": ("Algérie", "Argelia"),
    "AND": ("Andorre", "Andorra"), "AGO": ("Angola", "Angola"), "ATG": ("Antigua-et-Barbuda", "Antigua y Barbuda"),
    "ARG": ("Argentine", "Argentina"), "ARM": ("Arménie", "Armenia"), "AUS": ("Australie", "Australia"),
    "AUT": ("Autriche", "Austria"), "AZE": ("Azerbaïdjan", "Azerbaiyán"), "BHS": ("Bahamas", "Bahamas"),
    "BHR": ("Bahreïn", "Bahrein"), "BGD": ("Bangladesh", "Bangladesh"), "BRB": ("Barbade", "Barbados"),
    "BLR": ("Bélarus", "Belarús"), "BEL": ("Belgique", "Bélgica"), "BLZ": ("Belize", "Belice"),
    "BEN": ("Bénin", "Benin"), "BTN": ("Bhoutan", "Bhután"),
    "BOL": ("Bolivie (État plurinational de)", "Bolivia (Estado Plurinacional de)"),
    "BIH": ("Bosnie-Herzégovine", "Bosnia y Herzegovina"), "BWA": ("Botswana", "Botswana"),
    "BRA": ("Brésil", "Brasil"), "BRN": ("Brunéi Darussalam", "Brunei Darussalam"), "BGR": ("Bulgarie", "Bulgaria"),
    "BFA": ("Burkina Faso", "Burkina Faso"), "BDI": ("Burundi", "Burundi"), "CPV": ("Cabo Verde", "Cabo Verde"),
    "KHM": ("Cambodge", "Camboya"), "CMR": ("Cameroun", "Camerún"), "CAN": ("Canada", "Canadá"),
    "CAF": ("République centrafricaine", "República Centroafricana"), "TCD": ("Tchad", "Chad"),
    "CHL": ("Chili", "Chile"), "CHN": ("Chine", "China"), "COL": ("Colombie", "Colombia"),
    "COM": ("Comores", "Comoras"), "COG": ("Congo", "Congo"), "CRI": ("Costa Rica", "Costa Rica"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire"), "HRV": ("Croatie", "Croacia"), "CUB": ("Cuba", "Cuba"),
    "CYP": ("Chypre", "Chipre"), "CZE": ("Tchéquie", "Chequia"),
    "PRK": ("République populaire démocratique de Corée", "República Popular Democrática de Corea"),
    "COD": ("République démocratique du Congo", "República Democrática del Congo"),
    "DNK": ("Danemark", "Dinamarca"), "DJI": ("Djibouti", "Djibouti"), "DMA": ("Dominique", "Dominica"),
    "DOM": ("République dominicaine", "República Dominicana"), "ECU": ("Équateur", "Ecuador"),
    "EGY": ("Égypte", "Egipto"), "SLV": ("El Salvador", "El Salvador"),
    "GNQ": ("Guinée équatoriale", "Guinea Ecuatorial"), "ERI": ("Érythrée", "Eritrea"),
    "EST": ("Estonie", "Estonia"), "SWZ": ("Eswatini", "Eswatini"), "ETH": ("Éthiopie", "Etiopía"),
    "FJI": ("Fidji", "Fiji"), "FIN": ("Finlande", "Finlandia"), "FRA": ("France", "Francia"),
    "GAB": ("Gabon", "Gabón"), "GMB": ("Gambie", "Gambia"), "GEO": ("Géorgie", "Georgia"),
    "DEU": ("Allemagne", "Alemania"), "GHA": ("Ghana", "Ghana"), "GRC": ("Grèce", "Grecia"),
    "GRD": ("Grenade", "Granada"), "GTM": ("Guatemala", "Guatemala"), "GIN": ("Guinée", "Guinea"),
    "GNB": ("Guinée-Bissau", "Guinea-Bissau"), "GUY": ("Guyana", "Guyana"), "HTI": ("Haïti", "Haití"),
    "HND": ("Honduras", "Honduras"), "HUN": ("Hongrie", "Hungría"), "ISL": ("Islande", "Islandia"),
    "IND": ("Inde", "India"), "IDN": ("Indonésie", "Indonesia"),
    "IRN": ("Iran (République islamique d')", "Irán (República Islámica del)"), "IRQ": ("Iraq", "Iraq"),
    "IRL": ("Irlande", "Irlanda"), "ISR": ("Israël", "Israel"), "ITA": ("Italie", "Italia"),
    "JAM": ("Jamaïque", "Jamaica"), "JPN": ("Japon", "Japón"), "JOR": ("Jordanie", "Jordania"),
    "KAZ": ("Kazakhstan", "Kazajstán"), "KEN": ("Kenya", "Kenya"), "KIR": ("Kiribati", "Kiribati"),
    "KWT": ("Koweït", "Kuwait"), "KGZ": ("Kirghizistan", "Kirguistán"),
    "LAO": ("République démocratique populaire lao", "República Democrática Popular Lao"),
    "LVA": ("Lettonie", "Letonia"), "LBN": ("Liban", "Líbano"), "LSO": ("Lesotho", "Lesotho"),
    "LBR": ("Libéria", "Liberia"), "LBY": ("Libye", "Libia"), "LIE": ("Liechtenstein", "Liechtenstein"),
    "LTU": ("Lituanie", "Lituania"), "LUX": ("Luxembourg", "Luxemburgo"), "MDG": ("Madagascar", "Madagascar"),
    "MWI": ("Malawi", "Malawi"), "MYS": ("Malaisie", "Malasia"), "MDV": ("Maldives", "Maldivas"),
    "MLI": ("Mali", "Malí"), "MLT": ("Malte", "Malta"), "MHL": ("Îles Marshall", "Islas Marshall"),
    "MRT": ("Mauritanie", "Mauritania"), "MUS": ("Maurice", "Mauricio"), "MEX": ("Mexique", "México"),
    "FSM": ("Micronésie (États fédérés de)", "Micronesia (Estados Federados de)"), "MCO": ("Monaco", "Mónaco"),
    "MNG": ("Mongolie", "Mongolia"), "MNE": ("Monténégro", "Montenegro"), "MAR": ("Maroc", "Marruecos"),
    "MOZ": ("Mozambique", "Mozambique"), "MMR": ("Myanmar", "Myanmar"), "NAM": ("Namibie", "Namibia"),
    "NRU": ("Nauru", "Nauru"), "NPL": ("Népal", "Nepal"), "NLD": ("Pays-Bas", "Países Bajos"),
    "NZL": ("Nouvelle-Zélande", "Nueva Zelandia"), "NIC": ("Nicaragua", "Nicaragua"), "NER": ("Niger", "Níger"),
    "NGA": ("Nigéria", "Nigeria"), "MKD": ("Macédoine du Nord", "Macedonia del Norte"),
    "NOR": ("Norvège", "Noruega"), "OMN": ("Oman", "Omán"), "PAK": ("Pakistan", "Pakistán"),
    "PLW": ("Palaos", "Palau"), "PAN": ("Panama", "Panamá"), "PNG": ("Papouasie-Nouvelle-Guinée", "Papua Nueva Guinea"),
    "PRY": ("Paraguay", "Paraguay"), "PER": ("Pérou", "Perú"), "PHL": ("Philippines", "Filipinas"),
    "POL": ("Pologne", "Polonia"), "PRT": ("Portugal", "Portugal"), "QAT": ("Qatar", "Qatar"),
    "KOR": ("République de Corée", "República de Corea"), "MDA": ("République de Moldova", "República de Moldova"),
    "ROU": ("Roumanie", "Rumania"), "RUS": ("Fédération de Russie", "Federación de Rusia"),
    "RWA": ("Rwanda", "Rwanda"), "KNA": ("Saint-Kitts-et-Nevis", "Saint Kitts y Nevis"),
    "LCA": ("Sainte-Lucie", "Santa Lucía"), "VCT": ("Saint-Vincent-et-les Grenadines", "San Vicente y las Granadinas"),
    "WSM": ("Samoa", "Samoa"), "SMR": ("Saint-Marin", "San Marino"), "STP": ("Sao Tomé-et-Principe", "Santo Tomé y Príncipe"),
    "SAU": ("Arabie saoudite", "Arabia Saudita"), "SEN": ("Sénégal", "Senegal"), "SRB": ("Serbie", "Serbia"),
    "SYC": ("Seychelles", "Seychelles"), "SLE": ("Sierra Leone", "Sierra Leona"), "SGP": ("Singapour", "Singapur"),
    "SVK": ("Slovaquie", "Eslovaquia"), "SVN": ("Slovénie", "Eslovenia"), "SLB": ("Îles Salomon", "Islas Salomón"),
    "SOM": ("Somalie", "Somalia"), "ZAF": ("Afrique du Sud", "Sudáfrica"), "SSD": ("Soudan du Sud", "Sudán del Sur"),
    "ESP": ("Espagne", "España"), "LKA": ("Sri Lanka", "Sri Lanka"), "SDN": ("Soudan", "Sudán"),
    "SUR": ("Suriname", "Suriname"), "SWE": ("Suède", "Suecia"), "CHE": ("Suisse", "Suiza"),
    "SYR": ("République arabe syrienne", "República Árabe Siria"), "TJK": ("Tadjikistan", "Tayikistán"),
    "THA": ("Thaïlande", "Tailandia"), "TLS": ("Timor-Leste", "Timor-Leste"), "TGO": ("Togo", "Togo"),
    "TON": ("Tonga", "Tonga"), "TTO": ("Trinité-et-Tobago", "Trinidad y Tabago"), "TUN": ("Tunisie", "Túnez"),
    "TUR": ("Türkiye", "Türkiye"), "TKM": ("Turkménistan", "Turkmenistán"), "TUV": ("Tuvalu", "Tuvalu"),
    "UGA": ("Ouganda", "Uganda"), "UKR": ("Ukraine", "Ucrania"), "ARE": ("Émirats arabes unis", "Emiratos Árabes Unidos"),
    "GBR": ("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "Reino Unido de Gran Bretaña e Irlanda del Norte"),
    "TZA": ("République-Unie de Tanzanie", "República Unida de Tanzanía"),
    "USA": ("États-Unis d'Amérique", "Estados Unidos de América"), "URY": ("Uruguay", "Uruguay"),
    "UZB": ("Ouzbékistan", "Uzbekistán"), "VUT": ("Vanuatu", "Vanuatu"),
    "VEN": ("Venezuela (République bolivarienne du)", "Venezuela (República Bolivariana de)"),
    "VNM": ("Viet Nam", "Viet Nam"), "YEM": ("Yémen", "Yemen"), "ZMB": ("Zambie", "Zambia"),
    "ZWE": ("Zimbabwe", "Zimbabwe"), "VAT": ("Saint-Siège", "Santa Sede"), "PSE": ("État de Palestine", "Estado de Palestina"),
}
# Short forms letters also use for States whose official short name is longer.
ALIASES: dict[str, str] = {
    "United Kingdom": "GBR", "UK": "GBR", "Royaume-Uni": "GBR", "Reino Unido": "GBR",
    "United States": "USA", "USA": "USA", "US": "USA", "États-Unis": "USA", "Estados Unidos": "USA",
    "Russia": "RUS", "Russie": "RUS", "Rusia": "RUS", "Iran": "IRN", "Syria": "SYR", "Syrie": "SYR", "Siria": "SYR",
    "Venezuela": "VEN", "Bolivia": "BOL", "Bolivie": "BOL", "Tanzania": "TZA", "Tanzanie": "TZA", "Tanzanía": "TZA",
    "Vietnam": "VNM", "Turkey": "TUR", "Turquie": "TUR", "Turquía": "TUR", "Czech Republic": "CZE",
    "République tchèque": "CZE", "República Checa": "CZE", "Moldova": "MDA", "Laos": "LAO", "South Korea": "KOR",
    "Korea": "KOR", "North Korea": "PRK", "Swaziland": "SWZ", "Ivory Coast": "CIV", "Cape Verde": "CPV",
    "Macedonia": "MKD", "Micronesia": "FSM", "Holland": "NLD", "Palestine": "PSE", "Brunei": "BRN",
    "Democratic Republic of Congo": "COD", "DRC": "COD", "Burma": "MMR", "East Timor": "TLS",
}


def _key(name: str) -> str:
    """Lower case, no accents, one apostrophe and space: how names are compared."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'").casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


_BY_KEY: dict[str, str] = {}
for _code, _name in COUNTRY_NAMES.items():
    _BY_KEY[_key(_name)] = _code
for _code, _names in OTHER_LANGUAGE_NAMES.items():
    for _name in _names:
        _BY_KEY.setdefault(_key(_name), _code)
for _alias, _code in ALIASES.items():
    _BY_KEY.setdefault(_key(_alias), _code)
# Articles and "of" that lists put before a name: "aux Gouvernements de la France et du Maroc".
_LEADING_ARTICLE = ("de los ", "de las ", "de la ", "de l'", "the ", "les ", "los ", "las ", "des ", "del ", "du ",
                    "de ", "d'", "la ", "le ", "el ", "l'")


def state_code(name: str) -> str | None:
    """The ISO code of a State named in English, French or Spanish, with or without its article."""
    key = _key(name).strip(" .,;")
    if key in _BY_KEY:
        return _BY_KEY[key]
    for article in _LEADING_ARTICLE:
        if key.startswith(article):
            rest = key[len(article):].strip()
            if rest in _BY_KEY:
                return _BY_KEY[rest]
            for second in _LEADING_ARTICLE:  # "de la", "of the": two words
                if rest.startswith(second) and rest[len(second):].strip() in _BY_KEY:
                    return _BY_KEY[rest[len(second):].strip()]
    return None


def canonical_state_name(name: str) -> str | None:
    """The English short name of the State ``name`` designates ("the United Kingdom" -> "United Kingdom of …")."""
    code = state_code(name)
    return COUNTRY_NAMES[code] if code else None
