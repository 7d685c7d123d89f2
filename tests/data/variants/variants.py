"""Fictional variant letters that exercise what the real fixture does not.

Each variant is a list of paragraphs (style, text), a first-page footer and the
fields a correct import must find. ``make_variants.py`` prints them to DOCX
(python-docx) and PDF (LibreOffice). All people and companies are invented.
"""

from __future__ import annotations

LETTERHEAD = ("letterhead", "PALAIS DES NATIONS • 1211 GENEVA 10, SWITZERLAND")
OLD_LETTERHEAD = [
    ("center", "NATIONS UNIES"), ("center", "UNITED NATIONS"),
    ("center", "HAUT COMMISSARIAT AUX DROITS DE L'HOMME • OFFICE OF THE HIGH COMMISSIONER FOR HUMAN RIGHTS"),
    ("center", "PROCEDURES SPECIALES DU CONSEIL DES DROITS DE L'HOMME"),
    ("center", "SPECIAL PROCEDURES OF THE HUMAN RIGHTS COUNCIL"),
]

UA_CHN = {
    "name": "UA_CHN_12_2023",
    "footer": "His Excellency Mr. Wen Testname, Ambassador Extraordinary and Plenipotentiary, Permanent Representative "
              "of the People's Republic of China to the United Nations Office at Geneva",
    "paragraphs": [
        LETTERHEAD,
        ("mandates", "Mandates of the Special Rapporteur on the promotion and protection of the right to freedom of "
                     "opinion and expression; and the Working Group on Arbitrary Detention"),
        ("center", "REFERENCE:"), ("center", "UA CHN 12/2023"), ("right", "4 August 2023"),
        ("body", "Excellency,"),
        ("body", "We have the honour to address you in our capacities as Special Rapporteur on the promotion and "
                 "protection of the right to freedom of opinion and expression; and Working Group on Arbitrary "
                 "Detention, pursuant to Human Rights Council resolutions 52/9 and 51/8."),
        ("body", "In this connection, we would like to bring to the attention of Your Excellency's Government "
                 "information we have received concerning the detention of Mr. Lin Exampleton, a fictional blogger."),
        ("body", "According to the information received:"),
        ("body", "On 1 July 2023, Mr. Exampleton was arrested at his home by plain-clothes officers after publishing "
                 "an article on local land disputes. He has since been held incommunicado at an unknown location."),
        ("body", "While we do not wish to prejudge the accuracy of these allegations, we express our serious concern "
                 "at the arrest and incommunicado detention of Mr. Exampleton."),
        ("body", "As it is our responsibility, under the mandates provided to us by the Human Rights Council, to seek "
                 "to clarify all cases brought to our attention, we would be grateful for your observations on the "
                 "following matters:"),
        ("body", "(a) Please provide any additional information and/or comment(s) you may have on the above-mentioned allegations."),
        ("body", "(b) Please provide information on the legal basis for the arrest and detention of Mr. Exampleton."),
        ("body", "(c) Please indicate where Mr. Exampleton is held and whether he has access to a lawyer of his choice."),
        ("body", "We would appreciate receiving a response within 48 hours. Pending a response, we urge that all "
                 "necessary interim measures be taken to halt the alleged violations."),
        ("body", "Please accept, Excellency, the assurances of our highest consideration."),
        ("signame", "Irene Placeholder"),
        ("sigtitle", "Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression"),
        ("signame", "Matthew Sampleman"),
        ("sigtitle", "Chair-Rapporteur of the Working Group on Arbitrary Detention"),
        ("pagebreak", ""),
        ("annextitle", "Annex"),
        ("center", "Reference to international human rights law"),
        ("body", "We refer to articles 9 and 14 of the International Covenant on Civil and Political Rights, and to "
                 "the Convention against Torture, which prohibit arbitrary detention and guarantee a fair trial."),
    ],
    "expected": {
        "reference": "UA CHN 12/2023",
        "reference_parts": {"type": "UA", "country": "CHN", "number": 12, "year": 2023},
        "date": "2023-08-04", "reply_due": "2023-08-06",
        "addressee": "His Excellency Mr. Wen Testname",
        "organisation": "Permanent Mission of the People's Republic of China to the United Nations Office at Geneva",
        "mandates": ["Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression",
                     "Working Group on Arbitrary Detention"],
        "hrc_resolutions": ["52/9", "51/8"],
        "questions": [
            "Please provide any additional information and/or comment(s) you may have on the above-mentioned allegations.",
            "Please provide information on the legal basis for the arrest and detention of Mr. Exampleton.",
            "Please indicate where Mr. Exampleton is held and whether he has access to a lawyer of his choice.",
        ],
        "signatories": [
            {"name": "Irene Placeholder", "title": "Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression"},
            {"name": "Matthew Sampleman", "title": "Chair-Rapporteur of the Working Group on Arbitrary Detention"},
        ],
        "similar_letters_to": [],
        "annex": {"title": "Reference to international human rights law",
                  "cites": ["ICCPR article 9", "ICCPR article 14", "CAT"]},
    },
}

AL_FRA = {
    "name": "AL_FRA_4_2022",
    "footer": "Son Excellence Madame Claire Fictive, Représentante permanente de la France auprès de l'Office des "
              "Nations Unies à Genève",
    "paragraphs": [
        LETTERHEAD,
        ("mandates", "Mandats du Rapporteur spécial sur les droits des personnes migrantes; et de la Rapporteuse "
                     "spéciale sur le logement convenable"),
        ("center", "RÉFÉRENCE :"), ("center", "AL FRA 4/2022"), ("right", "3 mars 2022"),
        ("body", "Excellence,"),
        ("body", "Nous avons l'honneur de nous adresser à vous en nos qualités de Rapporteur spécial sur les droits "
                 "des personnes migrantes; et Rapporteuse spéciale sur le logement convenable, conformément aux "
                 "résolutions 52/20 et 52/12 du Conseil des droits de l'homme."),
        ("body", "Selon les informations reçues :"),
        ("body", "Le 2 février 2022, un campement fictif de personnes migrantes aurait été démantelé sans solution "
                 "de relogement, et les effets personnels des occupants auraient été détruits."),
        ("body", "Sans vouloir à ce stade préjuger des faits, nous exprimons notre préoccupation quant à ces allégations."),
        ("body", "Compte tenu de l'urgence de l'affaire, nous vous serions reconnaissants de nous fournir des "
                 "informations sur les points suivants :"),
        ("body", "1. Veuillez fournir toute information ou tout commentaire complémentaire en relation avec les allégations susmentionnées."),
        ("body", "2. Veuillez indiquer les solutions de relogement proposées aux personnes concernées."),
        ("body", "Cette communication, ainsi que toute réponse reçue de votre Gouvernement, seront rendues publiques "
                 "sur le site internet rapportant les communications dans un délai de 60 jours."),
        ("body", "Veuillez agréer, Excellence, l'assurance de notre haute considération."),
        ("signame", "Jean Exemple"),
        ("sigtitle", "Rapporteur spécial sur les droits des personnes migrantes"),
        ("signame", "Marie Modèle"),
        ("sigtitle", "Rapporteuse spéciale sur le logement convenable"),
    ],
    "expected": {
        "reference": "AL FRA 4/2022",
        "reference_parts": {"type": "AL", "country": "FRA", "number": 4, "year": 2022},
        "date": "2022-03-03", "reply_due": "2022-05-02",
        "addressee": "Son Excellence Madame Claire Fictive",
        "organisation": "Mission permanente de la France auprès de l'Office des Nations Unies à Genève",
        "mandates": ["Rapporteur spécial sur les droits des personnes migrantes", "Rapporteuse spéciale sur le logement convenable"],
        "hrc_resolutions": ["52/20", "52/12"],
        "questions": [
            "Veuillez fournir toute information ou tout commentaire complémentaire en relation avec les allégations susmentionnées.",
            "Veuillez indiquer les solutions de relogement proposées aux personnes concernées.",
        ],
        "signatories": [
            {"name": "Jean Exemple", "title": "Rapporteur spécial sur les droits des personnes migrantes"},
            {"name": "Marie Modèle", "title": "Rapporteuse spéciale sur le logement convenable"},
        ],
        "similar_letters_to": [],
        "annex": None,
    },
}

OL_SLV = {
    "name": "OL_SLV_8_2021",
    "footer": "Ms. Rosa Inventada, Chief Executive Officer, Volcano Coffee Exporters S.A.",
    "paragraphs": [
        LETTERHEAD,
        ("mandates", "Mandate of the Special Rapporteur on the rights to freedom of peaceful assembly and of association"),
        ("center", "REFERENCE:"), ("center", "OL SLV 8.2021"), ("right", "20 September 2021"),
        ("body", "Dear Ms. Inventada,"),
        ("body", "I have the honour to address you in my capacity as Special Rapporteur on the rights to freedom of "
                 "peaceful assembly and of association, pursuant to Human Rights Council resolution 41/12."),
        ("body", "In this connection, I wish to share observations on the draft workplace policy of your company, "
                 "which would forbid employees from joining any association without prior approval."),
        ("body", "I would be grateful for your observations on the following matters:"),
        ("body", "1) Please explain how the draft policy is compatible with the right to freedom of association."),
        ("body", "2) Please indicate whether workers and their representatives were consulted on the draft policy."),
        ("body", "This communication and any response received from your company will be made public via the "
                 "communications reporting website in 60 days."),
        ("body", "Please accept, Ms. Inventada, the assurances of my highest consideration."),
        ("signame", "Oscar Fakename"),
        ("sigtitle", "Special Rapporteur on the rights to freedom of peaceful assembly and of association"),
    ],
    "expected": {
        "reference": "OL SLV 8/2021",
        "reference_parts": {"type": "OL", "country": "SLV", "number": 8, "year": 2021},
        "date": "2021-09-20", "reply_due": "2021-11-19",
        "addressee": "Ms. Inventada",
        "organisation": "Volcano Coffee Exporters S.A.",
        "mandates": ["Special Rapporteur on the rights to freedom of peaceful assembly and of association"],
        "hrc_resolutions": ["41/12"],
        "questions": [
            "Please explain how the draft policy is compatible with the right to freedom of association.",
            "Please indicate whether workers and their representatives were consulted on the draft policy.",
        ],
        "signatories": [{"name": "Oscar Fakename",
                         "title": "Special Rapporteur on the rights to freedom of peaceful assembly and of association"}],
        "similar_letters_to": [],
        "annex": None,
    },
}

UA_SYR = {
    "name": "UA_SYR_3_2014",
    "footer": "",
    "paragraphs": [
        *OLD_LETTERHEAD,
        ("mandates", "Mandates of the Special Rapporteur on adequate housing as a component of the right to an adequate "
                     "standard of living; and the Special Rapporteur on the human rights of internally displaced persons"),
        ("body", "REFERENCE: UA Housing (2000-9) G/SO 214 (53-24) SYR 3/2014\t\t21 May 2014"),
        ("body", "Excellency,"),
        ("body", "We have the honour to address you in our capacities as Special Rapporteur on adequate housing as a "
                 "component of the right to an adequate standard of living; and Special Rapporteur on the human "
                 "rights of internally displaced persons, pursuant to Human Rights Council resolutions 25/17 and 23/8."),
        ("body", "According to the information received, the fictional Al-Tajriba neighbourhood is scheduled for "
                 "demolition within days, without notice to its residents."),
        ("body", "We would be grateful for your observations on the following matters:"),
        ("body", "1. Please provide information on the legal basis for the planned demolitions."),
        ("body", "2. Please indicate what alternative housing will be offered to the residents."),
        ("body", "We would appreciate a response within 48 hours."),
        ("body", "Please accept, Excellency, the assurances of our highest consideration."),
        ("signame", "Lena Imaginary"),
        ("sigtitle", "Special Rapporteur on adequate housing as a component of the right to an adequate standard of living"),
        ("signame", "Tomas Invented"),
        ("sigtitle", "Special Rapporteur on the human rights of internally displaced persons"),
    ],
    "expected": {
        "reference": "UA SYR 3/2014",
        "reference_parts": {"type": "UA", "country": "SYR", "number": 3, "year": 2014},
        "date": "2014-05-21", "reply_due": "2014-05-23",
        "addressee": None,
        "organisation": "Government of the Syrian Arab Republic",
        "mandates": ["Special Rapporteur on adequate housing as a component of the right to an adequate standard of living",
                     "Special Rapporteur on the human rights of internally displaced persons"],
        "hrc_resolutions": ["25/17", "23/8"],
        "questions": ["Please provide information on the legal basis for the planned demolitions.",
                      "Please indicate what alternative housing will be offered to the residents."],
        "signatories": [
            {"name": "Lena Imaginary", "title": "Special Rapporteur on adequate housing as a component of the right to an adequate standard of living"},
            {"name": "Tomas Invented", "title": "Special Rapporteur on the human rights of internally displaced persons"},
        ],
        "similar_letters_to": [],
        "annex": None,
    },
}

AL_GBR = {
    "name": "AL_GBR_7_2020",
    "footer": "His Excellency Mr. Simon Notreal, Permanent Representative of the United Kingdom of Great Britain and "
              "Northern Ireland to the United Nations Office at Geneva",
    "paragraphs": [
        LETTERHEAD,
        ("body", "Related communications: AL GBR 2/2020, UA GBR 5/2020"),
        ("mandates", "Mandate of the Special Rapporteur on the right to privacy"),
        ("center", "REFERENCE:"), ("center", "AL GBR 7/2020"), ("right", "14 October 2020"),
        ("body", "Excellency,"),
        ("body", "I have the honour to address you in my capacity as Special Rapporteur on the right to privacy, "
                 "pursuant to Human Rights Council resolution 46/16."),
        ("body", "1. Background"),
        ("body", "This letter follows up on our communication GBR 3/2019, to which no reply has been received."),
        ("body", "2. New information received"),
        ("body", "According to the information received, a fictional data-sharing programme has been extended to "
                 "school records without any published safeguards."),
        ("body", "I would be grateful for your observations on the following matters:"),
        ("body", "1. Please provide information on the legal basis of the extended programme."),
        ("body", "2. Please indicate the safeguards in place to protect the privacy of children."),
        ("body", "Please note that letters expressing similar concerns are also sent to the Governments of Ireland "
                 "and Trinidad and Tobago."),
        ("body", "Please accept, Excellency, the assurances of my highest consideration."),
        ("signame", "Petra Unreal"),
        ("sigtitle", "Special Rapporteur on the right to privacy"),
    ],
    "expected": {
        "reference": "AL GBR 7/2020",
        "reference_parts": {"type": "AL", "country": "GBR", "number": 7, "year": 2020},
        "date": "2020-10-14", "reply_due": "2020-12-13",
        "addressee": "His Excellency Mr. Simon Notreal",
        "organisation": "Permanent Mission of the United Kingdom of Great Britain and Northern Ireland to the United Nations Office at Geneva",
        "mandates": ["Special Rapporteur on the right to privacy"],
        "hrc_resolutions": ["46/16"],
        "questions": ["Please provide information on the legal basis of the extended programme.",
                      "Please indicate the safeguards in place to protect the privacy of children."],
        "signatories": [{"name": "Petra Unreal", "title": "Special Rapporteur on the right to privacy"}],
        "similar_letters_to": ["Ireland", "Trinidad and Tobago"],
        "annex": None,
        "cited_references": ["AL GBR 2/2020", "UA GBR 5/2020", "GBR 3/2019"],
    },
}

AL_MEX = {
    "name": "AL_MEX_7_2021",
    "footer": "Excelentísimo Señor Juan Ficticio, Representante Permanente de México ante la Oficina de las "
              "Naciones Unidas en Ginebra",
    "paragraphs": [
        LETTERHEAD,
        ("mandates", "Mandatos del Relator Especial sobre los derechos de los pueblos indígenas; y de la Relatora "
                     "Especial sobre la situación de los defensores de derechos humanos"),
        ("center", "REFERENCIA:"), ("center", "AL MEX 7/2021"), ("right", "15 de junio de 2021"),
        ("body", "Excelencia:"),
        ("body", "Tenemos el honor de dirigirnos a Usted en nuestra calidad de Relator Especial sobre los derechos de "
                 "los pueblos indígenas; y Relatora Especial sobre la situación de los defensores de derechos humanos, "
                 "de conformidad con las resoluciones 42/20 y 43/16 del Consejo de Derechos Humanos."),
        ("body", "De acuerdo con la información recibida:"),
        ("body", "El 3 de mayo de 2021, la defensora ficticia Sra. Ana Ejemplo habría recibido amenazas tras oponerse "
                 "a un proyecto minero en territorio indígena."),
        ("body", "Sin implicar, de antemano, una conclusión sobre los hechos, expresamos nuestra preocupación."),
        ("body", "Le agradeceríamos que nos proporcione cualquier información sobre los siguientes asuntos:"),
        ("body", "1) Sírvase proporcionar cualquier información o comentario adicional en relación con las alegaciones."),
        ("body", "2) Sírvase indicar qué medidas de protección se han adoptado a favor de la Sra. Ejemplo."),
        ("body", "Esta comunicación y toda respuesta recibida del Gobierno de su Excelencia se harán públicas a través "
                 "del sitio web de comunicaciones en un plazo de 60 días."),
        ("body", "Acepte, Excelencia, la expresión de nuestra más distinguida consideración."),
        ("signame", "Carlos Inventado"),
        ("sigtitle", "Relator Especial sobre los derechos de los pueblos indígenas"),
        ("signame", "Lucía Ficticia"),
        ("sigtitle", "Relatora Especial sobre la situación de los defensores de derechos humanos"),
    ],
    "expected": {
        "reference": "AL MEX 7/2021",
        "reference_parts": {"type": "AL", "country": "MEX", "number": 7, "year": 2021},
        "date": "2021-06-15", "reply_due": "2021-08-14",
        "addressee": "Excelentísimo Señor Juan Ficticio",
        "organisation": "Misión Permanente de México ante la Oficina de las Naciones Unidas en Ginebra",
        "mandates": ["Relator Especial sobre los derechos de los pueblos indígenas",
                     "Relatora Especial sobre la situación de los defensores de derechos humanos"],
        "hrc_resolutions": ["42/20", "43/16"],
        "questions": [
            "Sírvase proporcionar cualquier información o comentario adicional en relación con las alegaciones.",
            "Sírvase indicar qué medidas de protección se han adoptado a favor de la Sra. Ejemplo.",
        ],
        "signatories": [
            {"name": "Carlos Inventado", "title": "Relator Especial sobre los derechos de los pueblos indígenas"},
            {"name": "Lucía Ficticia", "title": "Relatora Especial sobre la situación de los defensores de derechos humanos"},
        ],
        "similar_letters_to": [],
        "annex": None,
    },
}

VARIANTS = [UA_CHN, AL_FRA, OL_SLV, UA_SYR, AL_GBR, AL_MEX]
