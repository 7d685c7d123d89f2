"""Allegation letter in French to a State."""

from __future__ import annotations

from datetime import date

from common import LETTERHEAD_FR, NBSP, annex_pointer_fr, questions_intro_fr
from model import Annex, DateLine, Letter, Mandates, Para, Questions, Reference, Signatures

GOUVERNEMENT = "Gouvernement de Votre Excellence"

LETTER = Letter(
    name="AL_FRA_4_2022",
    summary="Allegation letter in French to a State",
    features=[
        '"Mandats du …; de la …; et de la …" header, with no-break spaces before ";" and ":"',
        '"RÉFÉRENCE :" label, "Excellence," salutation, date "3 mars 2022" (-> 2022-03-03)',
        'resolutions written after the word: "conformément aux résolutions 41/12, 43/4 et 43/16 du Conseil '
        'des droits de l’homme"',
        '"Selon les informations reçues :" opens the allegations; "Sans vouloir à ce stade préjuger …" closes them',
        'questions after "nous vous serions reconnaissants de nous fournir des informations sur les points '
        'suivants :", Word auto-numbered "1."',
        "a real footnote in the allegations; publication \"dans un délai de 60 jours\"",
        'footer "Son Excellence Madame …, Représentante permanente de la France auprès de …" -> '
        'organisation "Mission permanente de la France auprès de …"',
        'annex "Annexe" / "Référence au droit international des droits de l’homme" citing a resolution '
        "symbol, a report symbol, ICCPR articles 19, 21 and 22 and the Declaration on Human Rights Defenders "
        "by its French title",
    ],
    language="fr",
    footer="Son Excellence Madame Claire Fictif, Ambassadrice, Représentante permanente de la France auprès de "
           "l’Office des Nations Unies à Genève",
    blocks=[
        LETTERHEAD_FR,
        Mandates(
            f"Mandats du Rapporteur spécial sur le droit de réunion pacifique et la liberté d’association{NBSP}; de "
            "la Rapporteuse spéciale sur la promotion et la protection du droit à la liberté d’opinion et "
            f"d’expression{NBSP}; et de la Rapporteuse spéciale sur la situation des défenseuses et défenseurs des "
            "droits humains"
        ),
        Reference(f"RÉFÉRENCE{NBSP}:", "AL FRA 4/2022"),
        DateLine("3 mars 2022"),
        Para("Excellence,"),
        Para(
            "Nous avons l’honneur de nous adresser à vous en notre qualité de Rapporteur spécial sur le droit de "
            f"réunion pacifique et la liberté d’association{NBSP}; Rapporteuse spéciale sur la promotion et la "
            f"protection du droit à la liberté d’opinion et d’expression{NBSP}; et Rapporteuse spéciale sur la "
            "situation des défenseuses et défenseurs des droits humains, conformément aux résolutions 41/12, 43/4 "
            "et 43/16 du Conseil des droits de l’homme."
        ),
        Para(
            f"Dans ce contexte, nous souhaiterions attirer l’attention du {GOUVERNEMENT} sur des informations que "
            "nous avons reçues concernant la dispersion d’un rassemblement pacifique à Valfictif, le 12 janvier "
            "2022, et les poursuites engagées contre M. Jean-Marc Fictif, président de l’association «\u00a0Collectif "
            "Rivière-Exemple\u00a0»."
        ),
        Para(f"Selon les informations reçues{NBSP}:"),
        Para(
            "M. Jean-Marc Fictif, agriculteur à la retraite, préside depuis 2018 l’association «\u00a0Collectif "
            "Rivière-Exemple\u00a0», qui conteste le projet de construction d’une retenue d’eau destinée à "
            "l’irrigation agricole sur la commune de Valfictif. L’association a organisé plusieurs rassemblements "
            "pacifiques et publié des analyses critiques de l’étude d’impact environnemental du projet.",
            role="allegation",
        ),
        Para(
            "Le 12 janvier 2022, environ 300 personnes se sont réunies à proximité du chantier à l’appel de "
            "l’association. Le rassemblement, déclaré auprès des autorités, se serait déroulé sans incident jusqu’à "
            "ce que les forces de l’ordre procèdent à sa dispersion au moyen de gaz lacrymogène, alors qu’aucun acte "
            "de violence n’aurait été constaté.^[Plusieurs vidéos de la dispersion, tournées par des participants et "
            "par une journaliste indépendante, ont été portées à la connaissance des titulaires de mandat.] Une "
            "vingtaine de personnes auraient été interpellées, dont M. Fictif.",
            role="allegation",
        ),
        Para(
            "Le 14 janvier 2022, M. Fictif aurait été placé sous contrôle judiciaire et mis en examen pour "
            "«\u00a0organisation d’une manifestation non déclarée\u00a0». Le contrôle judiciaire lui interdirait de "
            "se rendre sur le territoire de la commune de Valfictif et d’entrer en contact avec les autres membres "
            "du bureau de l’association, ce qui l’empêcherait de fait de poursuivre ses activités associatives.",
            role="allegation",
        ),
        Para(
            "Sans vouloir à ce stade préjuger des faits qui nous ont été soumis, nous souhaiterions exprimer notre "
            "préoccupation quant à la dispersion d’un rassemblement apparemment pacifique et quant aux poursuites "
            "engagées contre M. Fictif, qui semblent liées à l’exercice légitime de ses droits à la liberté de "
            "réunion pacifique, d’association et d’expression. Nous sommes également préoccupés par les restrictions "
            "imposées dans le cadre du contrôle judiciaire, qui pourraient avoir un effet dissuasif sur l’ensemble "
            "des personnes et des associations qui défendent le droit à un environnement sain."
        ),
        Para(annex_pointer_fr(bold=True)),
        Para(questions_intro_fr()),
        Questions([
            "Veuillez fournir toute information ou tout commentaire complémentaire en relation avec les allégations "
            "susmentionnées.",
            "Veuillez fournir des informations sur le fondement juridique de la dispersion du rassemblement du "
            "12 janvier 2022 à Valfictif, et expliquer en quoi cette mesure est conforme aux principes de nécessité "
            "et de proportionnalité prévus par le droit international des droits de l’homme.",
            "Veuillez fournir des informations détaillées sur les charges retenues contre M. Fictif et sur les "
            "mesures de contrôle judiciaire dont il fait l’objet, et indiquer en quoi ces mesures sont compatibles "
            "avec les normes internationales relatives aux droits de l’homme.",
            "Veuillez indiquer si une enquête a été ouverte sur l’usage de la force lors de la dispersion du "
            "rassemblement et, le cas échéant, en communiquer les résultats.",
            "Veuillez indiquer les mesures prises pour garantir que les défenseuses et défenseurs des droits humains "
            "œuvrant dans le domaine de l’environnement puissent mener leurs activités légitimes dans un "
            "environnement sûr et favorable, sans crainte de poursuites ni de harcèlement judiciaire.",
        ]),
        Para(
            f"Cette communication, ainsi que toute réponse reçue du {GOUVERNEMENT}, seront rendues publiques via le "
            "site internet rapportant les communications dans un délai de 60 jours. Elles seront également "
            "disponibles par la suite dans le rapport habituel présenté au Conseil des droits de l’homme."
        ),
        Para(
            f"Dans l’attente d’une réponse, nous prions le {GOUVERNEMENT} de prendre toutes les mesures nécessaires "
            "pour protéger les droits et les libertés de la personne mentionnée, de diligenter des enquêtes sur les "
            "violations qui auraient été perpétrées et de traduire les responsables en justice."
        ),
        Para("Veuillez agréer, Excellence, l’assurance de notre haute considération."),
        Signatures([
            ("Henrik Exempelsson", "Rapporteur spécial sur le droit de réunion pacifique et la liberté d’association"),
            ("Amélie Prototype", "Rapporteuse spéciale sur la promotion et la protection du droit à la liberté "
                                 "d’opinion et d’expression"),
            ("Beatriz Maquette", "Rapporteuse spéciale sur la situation des défenseuses et défenseurs des droits "
                                 "humains"),
        ]),
        Annex(
            "Annexe",
            "Référence au droit international des droits de l’homme",
            [
                "En relation avec les faits allégués et les préoccupations susmentionnés, nous souhaiterions "
                f"rappeler au {GOUVERNEMENT} la résolution A/HRC/RES/25/38 du Conseil des droits de l’homme sur la "
                "promotion et la protection des droits de l’homme dans le contexte des manifestations pacifiques, "
                "ainsi que le rapport conjoint sur la bonne gestion des rassemblements (A/HRC/31/66), selon lequel la "
                "dispersion d’une réunion ne doit intervenir qu’en dernier recours et dans le respect des principes "
                "de nécessité et de proportionnalité.",
                "Nous souhaiterions également rappeler les articles 19, 21 et 22 du Pacte international relatif aux "
                "droits civils et politiques, ratifié par la France le 4 novembre 1980, qui garantissent "
                "respectivement les droits à la liberté d’expression, de réunion pacifique et d’association. Toute "
                "restriction à ces droits doit être prévue par la loi, poursuivre un but légitime et être nécessaire "
                "et proportionnée à ce but.",
                "Nous souhaiterions enfin attirer l’attention du Gouvernement de Votre Excellence sur la Déclaration "
                "sur le droit et la responsabilité des individus, groupes et organes de la société de promouvoir et "
                "protéger les droits de l’homme et les libertés fondamentales universellement reconnus, aussi connue "
                "sous le nom de Déclaration sur les défenseurs des droits de l’homme, qui reconnaît le droit de "
                "chacun, individuellement ou en association avec d’autres, de promouvoir la protection et la "
                "réalisation des droits de l’homme.",
            ],
        ),
    ],
    reference="AL FRA 4/2022",
    date=date(2022, 3, 3),
    addressee="Madame Claire Fictif",
    addressee_title="Ambassadrice, Représentante permanente de la France auprès de l’Office des Nations Unies "
                    "à Genève",
    organisation="Mission permanente de la France auprès de l’Office des Nations Unies à Genève",
    mandates=[
        "Rapporteur spécial sur le droit de réunion pacifique et la liberté d’association",
        "Rapporteuse spéciale sur la promotion et la protection du droit à la liberté d’opinion et d’expression",
        "Rapporteuse spéciale sur la situation des défenseuses et défenseurs des droits humains",
    ],
    hrc_resolutions=["41/12", "43/4", "43/16"],
    annex_cites=["A/HRC/RES/25/38", "A/HRC/31/66", "ICCPR article 19", "ICCPR article 21", "ICCPR article 22",
                 "Declaration on Human Rights Defenders"],
    text_copies=["txt"],
    must_not_appear_in_body=["PALAIS DES NATIONS", "Représentante permanente", "Plusieurs vidéos de la dispersion"],
)
