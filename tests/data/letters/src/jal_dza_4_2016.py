"""Pre-2017 joint allegation letter in French: file codes on the "RÉFÉRENCE :" line, country code below."""

from __future__ import annotations

from datetime import date

from common import NBSP, BILINGUAL_LEFT, BILINGUAL_RIGHT, address_block, annex_pointer_fr, questions_intro_fr
from model import Annex, BilingualLetterhead, DateLine, Letter, Mandates, Para, Questions, Reference, Signatures

DETENTION = "Groupe de travail sur la détention arbitraire"
EXPRESSION = "Rapporteur spécial sur la promotion et la protection du droit à la liberté d’opinion et d’expression"
ASSEMBLY = "Rapporteur spécial sur le droit de réunion pacifique et la liberté d’association"
DEFENDERS = "Rapporteur spécial sur la situation des défenseurs des droits de l’homme"
GOUVERNEMENT = "Gouvernement de Votre Excellence"
GENEVE = "auprès de l’Office des Nations Unies à Genève et des autres organisations internationales en Suisse"
STATE = "la République algérienne démocratique et populaire"

LETTER = Letter(
    name="JAL_DZA_4_2016",
    summary="Pre-2017 joint allegation letter in French, the country code alone on the line after the codes",
    features=[
        f'"RÉFÉRENCE{NBSP}: JAL G/SO 218/2 G/SO 214 (67-17) Assembly & Association (2010-1) G/SO 214 (107-9)" '
        'then "DZA 4/2016" alone on the next line -> "JAL DZA 4/2016" (legacy joint type kept)',
        "bilingual letterhead table; French letter dated \"1er mars 2016\" (-> 2016-03-01)",
        '"Mandats du Groupe de travail …\u00a0; du Rapporteur spécial …\u00a0; du Rapporteur spécial … et du '
        'Rapporteur spécial …": " et du" joins the last two',
        'resolutions "conformément aux résolutions 24/7, 25/2, 24/5, et 25/18 du Conseil" (a comma before "et")',
        'three-line address block "Son Excellence Monsieur …" / "Ambassadeur" / "Représentant permanent de …"',
        'annex citing "l’article 9 du Pacte international …", "les articles 19 et 21 du Pacte", '
        '"l’article 2, paragraphe 3, du Pacte", general comment No. 34 by name (-> CCPR/C/GC/34), a Council '
        "resolution by number (-> A/HRC/RES/24/5) and the Declaration on Human Rights Defenders",
        "a real footnote; \"soixante jours\" in words",
    ],
    language="fr",
    footer=address_block(
        "Son Excellence Monsieur Karim Fictivi",
        "Ambassadeur",
        f"Représentant permanent de {STATE} {GENEVE}",
    ),
    blocks=[
        BilingualLetterhead(BILINGUAL_LEFT, BILINGUAL_RIGHT, "Adresse postale : PALAIS DES NATIONS • 1211 GENÈVE 10, "
                                                             "SUISSE"),
        Mandates(f"Mandats du {DETENTION}{NBSP}; du {EXPRESSION}{NBSP}; du {ASSEMBLY} et du {DEFENDERS}"),
        Reference(f"RÉFÉRENCE{NBSP}:",
                  "JAL G/SO 218/2 G/SO 214 (67-17) Assembly & Association (2010-1) G/SO 214 (107-9)\nDZA 4/2016",
                  layout="line"),
        DateLine("1er mars 2016"),
        Para("Excellence,"),
        Para(
            f"Nous avons l’honneur de nous adresser à vous en notre qualité de {DETENTION}{NBSP}; {EXPRESSION}"
            f"{NBSP}; {ASSEMBLY} et {DEFENDERS}, conformément aux résolutions 24/7, 25/2, 24/5, et 25/18 du "
            "Conseil des droits de l’homme."
        ),
        Para(
            f"À cet égard, nous souhaiterions attirer l’attention du {GOUVERNEMENT} sur des informations que nous "
            "avons reçues concernant l’arrestation et la détention de M. Samir Exemplaire, journaliste et membre "
            "fondateur de l’association «\u00a0Voix-Exemple\u00a0», à la suite d’un rassemblement pacifique."
        ),
        Para(f"Selon les informations reçues{NBSP}:"),
        Para(
            "M. Samir Exemplaire est journaliste depuis 2005 et anime une émission radiophonique consacrée au droit "
            "au logement. Le 14 février 2016, il aurait participé à un rassemblement pacifique devant le siège "
            "d’une wilaya fictive, organisé par des familles dont les habitations avaient été démolies.",
            role="allegation",
        ),
        Para(
            "À la fin du rassemblement, M. Exemplaire aurait été interpellé par des agents en civil et conduit dans "
            "un commissariat, où il aurait été interrogé pendant plusieurs heures sur ses sources et sur les "
            "activités de l’association, sans avoir accès à un avocat.^[Selon la source, ses proches n’ont été "
            "informés de son lieu de détention que le lendemain.]",
            role="allegation",
        ),
        Para(
            "Le 17 février 2016, il aurait été présenté à un juge et placé en détention provisoire pour "
            "«\u00a0incitation à un attroupement non armé\u00a0». Il serait toujours détenu à ce jour.",
            role="allegation",
        ),
        Para(
            "Sans vouloir à ce stade préjuger des faits qui nous ont été soumis, nous exprimons notre préoccupation "
            "quant à l’arrestation et à la détention de M. Exemplaire, qui sembleraient liées à l’exercice pacifique "
            "de ses droits à la liberté d’expression et de réunion pacifique ainsi qu’à ses activités de défense des "
            "droits de l’homme."
        ),
        Para(annex_pointer_fr()),
        Para(questions_intro_fr()),
        Questions([
            "Veuillez fournir toute information ou tout commentaire complémentaire en relation avec les allégations "
            "susmentionnées.",
            "Veuillez fournir des informations sur les motifs juridiques de l’arrestation et de la détention de "
            "M. Exemplaire, et expliquer en quoi elles sont compatibles avec les normes internationales.",
            "Veuillez indiquer si M. Exemplaire a eu accès à un avocat de son choix dès son arrestation, et si sa "
            "famille a été informée sans délai de son lieu de détention.",
            "Veuillez indiquer les mesures prises pour garantir que les journalistes et les défenseurs des droits "
            "de l’homme puissent exercer leurs activités sans crainte de représailles.",
        ]),
        Para(
            "Nous serions reconnaissants de recevoir une réponse de votre part dans un délai de soixante jours. "
            "Votre réponse sera reflétée dans le rapport que nous présenterons au Conseil des droits de l’homme."
        ),
        Para(
            f"Dans l’attente de votre réponse, nous prions le {GOUVERNEMENT} de prendre toutes les mesures "
            "nécessaires pour protéger les droits et les libertés de la personne mentionnée."
        ),
        Para("Veuillez agréer, Excellence, l’assurance de notre haute considération."),
        Signatures([
            ("Sètondji Exemplo", f"Président-Rapporteur du {DETENTION}"),
            ("Diego Fictivo", EXPRESSION),
            ("Mikko Esimerkki", ASSEMBLY),
            ("Anouk Témoin", DEFENDERS),
        ]),
        Annex(
            "Annexe",
            "Référence au droit international des droits de l’homme",
            [
                "En relation avec les faits allégués et les préoccupations susmentionnés, nous souhaiterions "
                f"rappeler au {GOUVERNEMENT} l’article 9 du Pacte international relatif aux droits civils et "
                "politiques, ratifié par l’Algérie le 12 septembre 1989, qui garantit le droit de chacun à la liberté "
                "et à la sécurité de sa personne.",
                "Nous souhaiterions également rappeler les articles 19 et 21 du Pacte, qui garantissent les droits à "
                "la liberté d’expression et de réunion pacifique, ainsi que l’observation générale no 34 (2011) du "
                "Comité des droits de l’homme, selon laquelle le fait d’arrêter un journaliste en raison de ses "
                "activités est incompatible avec l’article 19. L’article 2, paragraphe 3, du Pacte garantit en outre "
                "le droit à un recours utile.",
                "Nous souhaiterions enfin rappeler la Déclaration sur le droit et la responsabilité des individus, "
                "groupes et organes de la société de promouvoir et protéger les droits de l’homme et les libertés "
                "fondamentales universellement reconnus, ainsi que la résolution 24/5 du Conseil des droits de "
                "l’homme, qui rappelle aux États leur obligation de respecter et de protéger pleinement les droits de "
                "tous à la liberté de réunion pacifique et d’association.",
            ],
        ),
    ],
    reference="JAL DZA 4/2016",
    date=date(2016, 3, 1),
    addressee="Monsieur Karim Fictivi",
    addressee_title=f"Ambassadeur, Représentant permanent de {STATE} {GENEVE}",
    organisation=f"Mission permanente de {STATE} {GENEVE}",
    mandates=[DETENTION, EXPRESSION, ASSEMBLY, DEFENDERS],
    hrc_resolutions=["24/7", "25/2", "24/5", "25/18"],
    annex_cites=["CCPR/C/GC/34", "A/HRC/RES/24/5", "ICCPR article 9", "ICCPR article 19", "ICCPR article 21",
                 "ICCPR article 2", "Declaration on Human Rights Defenders"],
    text_copies=["txt"],
    must_not_appear_in_body=["PALAIS DES NATIONS", "Représentant permanent de la République",
                             "Selon la source, ses proches"],
)
