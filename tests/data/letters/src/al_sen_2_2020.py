"""Allegation letter in French from one mandate, under an English letterhead."""

from __future__ import annotations

from datetime import date

from common import LETTERHEAD_EN, NBSP, address_block, annex_pointer_fr, questions_intro_fr
from model import Annex, DateLine, Letter, Mandates, Para, Questions, Reference, Signatures

MANDATE = "Rapporteuse spéciale sur l’indépendance des juges et des avocats"
GOUVERNEMENT = "Gouvernement de Votre Excellence"
GENEVE = "auprès de l’Office des Nations Unies à Genève"

LETTER = Letter(
    name="AL_SEN_2_2020",
    summary="Allegation letter in French from one mandate, with an English letterhead",
    features=[
        "an English letterhead line (PALAIS DES NATIONS • 1211 GENEVA 10, SWITZERLAND) on a French letter: "
        "language fr",
        f'singular "Mandat de la {MANDATE}"; "J’ai l’honneur … en ma qualité de …, conformément à la résolution '
        '44/8 du Conseil des droits de l’homme"',
        'date "4 août 2020"; questions "a)" by Word numbering; the last one shares its paragraph with "Dans '
        'l’attente d’une réponse, …" (not part of the question)',
        'similar letters "aux Gouvernements de la France et du Royaume-Uni" -> France, United Kingdom of Great '
        "Britain and Northern Ireland",
        'three-line address block "Son Excellence Madame …" / "Ambassadrice" / "Représentante permanente …"',
        'annex citing "l’article 14 du Pacte …", "l’article 2, paragraphe 3, du Pacte", general comment No. 32 '
        "by name (-> CCPR/C/GC/32), the Basic Principles on the Independence of the Judiciary and on the Role "
        "of Lawyers by their French titles",
    ],
    language="fr",
    footer=address_block(
        "Son Excellence Madame Aminata Fictive",
        "Ambassadrice",
        f"Représentante permanente de la République du Sénégal {GENEVE}",
    ),
    blocks=[
        LETTERHEAD_EN,
        Mandates(f"Mandat de la {MANDATE}"),
        Reference(f"RÉFÉRENCE{NBSP}:", "AL SEN 2/2020"),
        DateLine("4 août 2020"),
        Para("Excellence,"),
        Para(
            f"J’ai l’honneur de m’adresser à vous en ma qualité de {MANDATE}, conformément à la résolution 44/8 du "
            "Conseil des droits de l’homme."
        ),
        Para(
            f"À cet égard, je souhaiterais attirer l’attention du {GOUVERNEMENT} sur des informations que j’ai "
            "reçues concernant la révocation de Mme Awa Exemplaire, juge au tribunal de grande instance de "
            "Villefictive, à la suite de décisions rendues contre l’administration."
        ),
        Para(f"Selon les informations reçues{NBSP}:"),
        Para(
            "Mme Awa Exemplaire, juge depuis 2009, a présidé en 2019 plusieurs audiences dans des affaires "
            "opposant des commerçants à l’administration fiscale, et a annulé plusieurs redressements qu’elle a "
            "jugés dépourvus de base légale.",
            role="allegation",
        ),
        Para(
            "Le 6 juillet 2020, elle aurait été convoquée devant le conseil de discipline de la magistrature, sans "
            "avoir eu accès à son dossier, et révoquée le jour même pour «\u00a0manquement à l’obligation de "
            "réserve\u00a0». Elle n’aurait pas été informée des faits précis qui lui étaient reprochés.",
            role="allegation",
        ),
        Para(
            "Sans vouloir préjuger des faits qui m’ont été soumis, je souhaiterais exprimer ma préoccupation quant "
            "à la révocation de Mme Exemplaire, qui semblerait liée au contenu de ses décisions et aurait été "
            "prononcée sans les garanties d’une procédure équitable."
        ),
        Para(annex_pointer_fr(plural=False)),
        Para(questions_intro_fr(plural=False)),
        Questions(
            [
                "Veuillez fournir toute information ou tout commentaire complémentaire en relation avec les "
                "allégations susmentionnées.",
                "Veuillez fournir des informations sur le fondement juridique de la révocation de Mme Exemplaire et "
                "sur la procédure suivie.",
                "Veuillez indiquer si Mme Exemplaire dispose d’un recours contre cette décision devant un organe "
                "indépendant.",
            ],
            style="a)",
            tail=(
                f"Dans l’attente d’une réponse, j’exhorte le {GOUVERNEMENT} à prendre toutes les mesures nécessaires "
                "pour garantir l’indépendance des juges."
            ),
        ),
        Para(
            f"Cette communication, ainsi que toute réponse reçue du {GOUVERNEMENT}, seront rendues publiques via le "
            "site internet rapportant les communications dans un délai de 60 jours. Elles seront également "
            "disponibles par la suite dans le rapport habituel présenté au Conseil des droits de l’homme."
        ),
        Para(
            "Des lettres exprimant des préoccupations similaires ont également été envoyées aux Gouvernements de la "
            "France et du Royaume-Uni."
        ),
        Para("Veuillez agréer, Excellence, l’assurance de ma haute considération."),
        Signatures([("Margarete Exemplaire-Voss", MANDATE)]),
        Annex(
            "Annexe",
            "Référence au droit international des droits de l’homme",
            [
                f"En relation avec les faits allégués, je souhaiterais rappeler au {GOUVERNEMENT} l’article 14 du "
                "Pacte international relatif aux droits civils et politiques, ratifié par le Sénégal le 13 février "
                "1978, qui garantit le droit à un tribunal compétent, indépendant et impartial, ainsi que l’article "
                "2, paragraphe 3, du Pacte, qui garantit le droit à un recours utile.",
                "Dans son observation générale no 32 (2007), le Comité des droits de l’homme a précisé que les juges "
                "ne peuvent être révoqués que pour des motifs graves, dans le cadre de procédures équitables.",
                "Je souhaiterais également rappeler les Principes fondamentaux relatifs à l’indépendance de la "
                "magistrature et les Principes de base relatifs au rôle du barreau, selon lesquels toute accusation "
                "portée contre un juge doit être examinée rapidement et équitablement.",
            ],
        ),
    ],
    reference="AL SEN 2/2020",
    date=date(2020, 8, 4),
    addressee="Madame Aminata Fictive",
    addressee_title=f"Ambassadrice, Représentante permanente de la République du Sénégal {GENEVE}",
    organisation=f"Mission permanente de la République du Sénégal {GENEVE}",
    mandates=[MANDATE],
    hrc_resolutions=["44/8"],
    annex_cites=["CCPR/C/GC/32", "ICCPR article 14", "ICCPR article 2",
                 "Basic Principles on the Independence of the Judiciary", "Basic Principles on the Role of Lawyers"],
    similar_letters_to=["France", "United Kingdom of Great Britain and Northern Ireland"],
    text_copies=["txt", "flat"],
    must_not_appear_in_body=["PALAIS DES NATIONS", "Représentante permanente de la République"],
)
