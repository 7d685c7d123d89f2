"""Urgent appeal in Spanish: "dentro de 48 horas", the closing in the last question's paragraph."""

from __future__ import annotations

from datetime import date

from common import LETTERHEAD_ES, address_block
from model import Annex, DateLine, Letter, Mandates, Para, Questions, Reference, Signatures

TERRORISM = ("Relator Especial sobre la promoción y la protección de los derechos humanos y las libertades "
             "fundamentales en la lucha contra el terrorismo")
DEFENDERS = "Relatora Especial sobre la situación de los defensores de derechos humanos"
DETENTION = "Grupo de Trabajo sobre la Detención Arbitraria"
GOBIERNO = "Gobierno de Su Excelencia"
GINEBRA = "ante la Oficina de las Naciones Unidas y otras organizaciones internacionales en Ginebra"

LETTER = Letter(
    name="UA_GTM_3_2021",
    summary="Urgent appeal in Spanish to a State",
    features=[
        '"Mandatos del Relator Especial …; de la Relatora Especial … y del Grupo de Trabajo …": " y del" joins the '
        "last two; the first mandate holds \"derechos humanos y las libertades\"",
        'date "12 de marzo de 2021"; resolutions "… 40/16, 43/16 y 42/22 del Consejo de Derechos Humanos"',
        'a reply asked "dentro de 48 horas" (reply_due = date + 2 days) while publication is "en un plazo de 60 días"',
        'the last question and "Esta comunicación y toda respuesta recibida …" share one paragraph',
        'three-line address block "Excelentísima Señora …" / "Embajadora" / "Representante Permanente de …"',
        'annex "Anexo" / "Referencias al derecho internacional de los derechos humanos" (plural) citing "los '
        'artículos 9, 14 y 19 del Pacto …", Security Council resolution 1373 (2001), a Council resolution by '
        "number, a report symbol and FATF Recommendation 8 (\"Recomendación 8 del Grupo de Acción Financiera\")",
    ],
    language="es",
    footer=address_block(
        "Excelentísima Señora Lucía Ejemplo Pruebas",
        "Embajadora",
        f"Representante Permanente de Guatemala {GINEBRA}",
    ),
    blocks=[
        LETTERHEAD_ES,
        Mandates(f"Mandatos del {TERRORISM}; de la {DEFENDERS} y del {DETENTION}"),
        Reference("REFERENCIA:", "UA GTM 3/2021"),
        DateLine("12 de marzo de 2021"),
        Para("Excelencia:"),
        Para(
            f"Tenemos el honor de dirigirnos a Usted en nuestra calidad de {TERRORISM}; {DEFENDERS} y {DETENTION}, "
            "de conformidad con las resoluciones 40/16, 43/16 y 42/22 del Consejo de Derechos Humanos."
        ),
        Para(
            f"En este sentido, quisiéramos señalar a la atención urgente del {GOBIERNO} la información que hemos "
            "recibido en relación con la detención de la Sra. Rosa Ficticia Ejemplar, directora de una fundación "
            "que apoya a comunidades campesinas, acusada de financiamiento del terrorismo."
        ),
        Para("De acuerdo con la información recibida:"),
        Para(
            "La Sra. Rosa Ficticia Ejemplar dirige desde 2015 una fundación que presta asesoría jurídica a "
            "comunidades campesinas en conflictos sobre la tierra. La fundación recibe donaciones de organizaciones "
            "internacionales, que son registradas ante las autoridades.",
            role="allegation",
        ),
        Para(
            "El 8 de marzo de 2021, la Sra. Ficticia Ejemplar habría sido detenida en su domicilio por agentes de "
            "la policía, quienes no habrían presentado una orden judicial. Al día siguiente, habría sido acusada de "
            "financiamiento del terrorismo sobre la base de transferencias recibidas por la fundación, y las "
            "cuentas bancarias de la fundación habrían sido congeladas.",
            role="allegation",
        ),
        Para(
            "Según la fuente, la Sra. Ficticia Ejemplar se encontraría detenida en régimen de aislamiento y no "
            "habría podido reunirse con su abogado.",
            role="allegation",
        ),
        Para(
            "Sin pretender prejuzgar la exactitud de estas alegaciones, quisiéramos expresar nuestra grave "
            "preocupación por la detención de la Sra. Ficticia Ejemplar, que parecería estar relacionada con su "
            "labor legítima de defensa de los derechos humanos, y por el uso de la legislación antiterrorista "
            "contra organizaciones de la sociedad civil."
        ),
        Para(
            "Teniendo en cuenta la urgencia del caso, agradeceríamos recibir una respuesta dentro de 48 horas "
            f"sobre las medidas iniciales adoptadas por el {GOBIERNO} para proteger los derechos de la persona "
            "mencionada."
        ),
        Para(
            "En relación con los hechos y las preocupaciones arriba mencionados, le rogamos que tenga a bien "
            "remitirse al anexo que se adjunta a esta carta, en el que se citan los instrumentos y las normas "
            "internacionales de derechos humanos aplicables."
        ),
        Para(
            "Es nuestra responsabilidad, de acuerdo con los mandatos que nos han sido otorgados por el Consejo de "
            "Derechos Humanos, intentar clarificar las alegaciones llevadas a nuestra atención. En este sentido, "
            "le agradeceríamos que nos proporcione información sobre los siguientes asuntos:"
        ),
        Questions(
            [
                "Sírvase proporcionar cualquier información o comentario adicional en relación con las alegaciones "
                "mencionadas.",
                "Sírvase proporcionar información sobre los fundamentos de hecho y de derecho de la detención de la "
                "Sra. Ficticia Ejemplar y de la congelación de las cuentas de la fundación.",
                "Sírvase indicar el lugar donde se encuentra detenida y las medidas adoptadas para garantizar su "
                "acceso a un abogado de su elección y a su familia.",
                "Sírvase indicar qué medidas se han adoptado para que la legislación contra el financiamiento del "
                "terrorismo no se aplique a las actividades legítimas de las organizaciones de la sociedad civil.",
            ],
            tail=(
                f"Esta comunicación y toda respuesta recibida del {GOBIERNO} se harán públicas a través del sitio "
                "web de comunicaciones en un plazo de 60 días. También estarán disponibles posteriormente en el "
                "informe que se presentará al Consejo de Derechos Humanos."
            ),
        ),
        Para(
            f"A la espera de su respuesta, instamos al {GOBIERNO} a que adopte todas las medidas necesarias para "
            "proteger los derechos y las libertades de la persona mencionada."
        ),
        Para("Acepte, Excelencia, la expresión de nuestra más distinguida consideración."),
        Signatures([
            ("Tomás Ejemplario", TERRORISM),
            ("Ngozi Muestra", DEFENDERS),
            ("Elif Örnekçi", f"Presidenta-Relatora del {DETENTION}"),
        ]),
        Annex(
            "Anexo",
            "Referencias al derecho internacional de los derechos humanos",
            [
                f"En relación con los hechos y preocupaciones mencionados, quisiéramos recordar al {GOBIERNO} los "
                "artículos 9, 14 y 19 del Pacto Internacional de Derechos Civiles y Políticos, ratificado por "
                "Guatemala el 5 de mayo de 1992, que garantizan el derecho a la libertad y a la seguridad "
                "personales, a un juicio justo y a la libertad de expresión.",
                "Quisiéramos asimismo recordar que la resolución 1373 (2001) del Consejo de Seguridad exige que las "
                "medidas adoptadas contra el terrorismo se ajusten al derecho internacional de los derechos humanos, "
                "y que la resolución 22/6 del Consejo de Derechos Humanos insta a los Estados a velar por que la "
                "legislación antiterrorista no obstaculice la labor de los defensores de los derechos humanos.",
                "Por último, quisiéramos referirnos al informe del Relator Especial sobre la promoción y la "
                "protección de los derechos humanos en la lucha contra el terrorismo (A/HRC/40/52), y a la "
                "Recomendación 8 del Grupo de Acción Financiera Internacional, según la cual las medidas sobre las "
                "organizaciones sin fines de lucro deben ser específicas y proporcionales al riesgo.",
            ],
        ),
    ],
    reference="UA GTM 3/2021",
    date=date(2021, 3, 12),
    reply_hours=48,
    addressee="Señora Lucía Ejemplo Pruebas",
    addressee_title=f"Embajadora, Representante Permanente de Guatemala {GINEBRA}",
    organisation=f"Misión Permanente de Guatemala {GINEBRA}",
    mandates=[TERRORISM, DEFENDERS, DETENTION],
    hrc_resolutions=["40/16", "43/16", "42/22"],
    annex_cites=["S/RES/1373 (2001)", "A/HRC/RES/22/6", "A/HRC/40/52", "ICCPR article 9", "ICCPR article 14",
                 "ICCPR article 19", "FATF Recommendation 8"],
    text_copies=["txt"],
    must_not_appear_in_body=["PALAIS DES NATIONS", "Representante Permanente de Guatemala"],
)
