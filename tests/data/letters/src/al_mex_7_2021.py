"""Allegation letter in Spanish to a State."""

from __future__ import annotations

from datetime import date

from common import LETTERHEAD_ES
from model import Annex, DateLine, Letter, Mandates, Para, Questions, Reference, Signatures

GOBIERNO = "Gobierno de Su Excelencia"

LETTER = Letter(
    name="AL_MEX_7_2021",
    summary="Allegation letter in Spanish to a State",
    features=[
        '"Mandatos de la …; de la …; y del …" header; one mandate holds a comma ("sumarias o arbitrarias")',
        '"REFERENCIA:" label, "Excelencia:" salutation (a colon), date "15 de junio de 2021" (-> 2021-06-15)',
        'resolutions after the word: "de conformidad con las resoluciones 43/4, 43/16 y 44/5 del Consejo de '
        'Derechos Humanos"',
        '"De acuerdo con la información recibida:" opens the allegations; "Sin pretender prejuzgar …" closes them',
        'questions after "le agradeceríamos que nos proporcione cualquier información … sobre los siguientes '
        'asuntos:", Word auto-numbered "1)"',
        'publication "en un plazo de 60 días"; closing "Acepte, Excelencia, la expresión de nuestra más '
        'distinguida consideración."',
        'footer "Excelentísimo Señor …, Representante Permanente de México ante …" -> organisation '
        '"Misión Permanente de México ante …"',
        'annex "Anexo" / "Referencia al derecho internacional de los derechos humanos" citing ICCPR articles 6 '
        "and 19 and the Declaration on Human Rights Defenders by their Spanish titles",
    ],
    language="es",
    footer="Excelentísimo Señor Ernesto Ejemplar Gómez, Embajador Extraordinario y Plenipotenciario, Representante "
           "Permanente de México ante la Oficina de las Naciones Unidas en Ginebra",
    blocks=[
        LETTERHEAD_ES,
        Mandates(
            "Mandatos de la Relatora Especial sobre la promoción y protección del derecho a la libertad de opinión "
            "y de expresión; de la Relatora Especial sobre la situación de los defensores de derechos humanos; y "
            "del Relator Especial sobre ejecuciones extrajudiciales, sumarias o arbitrarias"
        ),
        Reference("REFERENCIA:", "AL MEX 7/2021"),
        DateLine("15 de junio de 2021"),
        Para("Excelencia:"),
        Para(
            "Tenemos el honor de dirigirnos a Usted en nuestra calidad de Relatora Especial sobre la promoción y "
            "protección del derecho a la libertad de opinión y de expresión; Relatora Especial sobre la situación de "
            "los defensores de derechos humanos; y Relator Especial sobre ejecuciones extrajudiciales, sumarias o "
            "arbitrarias, de conformidad con las resoluciones 43/4, 43/16 y 44/5 del Consejo de Derechos Humanos."
        ),
        Para(
            f"En este contexto, quisiéramos señalar a la atención urgente del {GOBIERNO} la información que hemos "
            "recibido en relación con amenazas de muerte y actos de hostigamiento contra el periodista "
            "Sr. Tomás Ejemplo Prueba, en el municipio de San Ficticio del Monte."
        ),
        Para("De acuerdo con la información recibida:"),
        Para(
            "El Sr. Tomás Ejemplo Prueba es periodista y director del medio digital independiente «Voz de la Sierra "
            "Ficticia», que desde 2017 publica investigaciones sobre la tala ilegal y la adjudicación de contratos "
            "públicos en la región.",
            role="allegation",
        ),
        Para(
            "El 2 de mayo de 2021, tras la publicación de un reportaje sobre presuntas irregularidades en la "
            "concesión de permisos forestales, el Sr. Ejemplo Prueba habría recibido en su teléfono móvil varios "
            "mensajes anónimos en los que se le advertía que «dejara de escribir o terminaría como otros».",
            role="allegation",
        ),
        Para(
            "El 20 de mayo de 2021, dos hombres armados no identificados se habrían presentado en el domicilio de su "
            "madre preguntando por su paradero. El Sr. Ejemplo Prueba presentó una denuncia ante la fiscalía estatal "
            "el 21 de mayo de 2021 y solicitó su incorporación al mecanismo federal de protección para personas "
            "defensoras de derechos humanos y periodistas. Según la información recibida, a la fecha de esta "
            "comunicación no se le habrían otorgado medidas de protección.",
            role="allegation",
        ),
        Para(
            "Sin pretender prejuzgar la exactitud de estas alegaciones, quisiéramos expresar nuestra grave "
            "preocupación por las amenazas de muerte y los actos de hostigamiento contra el Sr. Ejemplo Prueba, que "
            "parecen estar directamente relacionados con su labor periodística legítima. Nos preocupa asimismo la "
            "aparente falta de medidas de protección efectivas, en un contexto de violencia contra periodistas."
        ),
        Para(
            "En relación con los hechos y las preocupaciones arriba mencionados, le rogamos que tenga a bien "
            "consultar el **anexo** adjunto a la presente comunicación, el cual contiene las referencias a los "
            "instrumentos y normas internacionales de derechos humanos pertinentes a estas alegaciones."
        ),
        Para(
            "Como es nuestra responsabilidad, de acuerdo con los mandatos que nos han sido otorgados por el Consejo "
            "de Derechos Humanos, intentar clarificar todos los casos que nos han sido señalados, le agradeceríamos "
            "que nos proporcione cualquier información o comentario adicional que pueda tener sobre los siguientes "
            "asuntos:"
        ),
        Questions(
            [
                "Sírvase proporcionar cualquier información o comentario adicional en relación con las alegaciones "
                "arriba mencionadas.",
                "Sírvase proporcionar información detallada sobre el estado de la investigación iniciada a raíz de la "
                "denuncia presentada por el Sr. Ejemplo Prueba el 21 de mayo de 2021, incluyendo las diligencias "
                "realizadas hasta la fecha.",
                "Sírvase indicar las medidas adoptadas para garantizar la integridad física y psicológica del "
                "Sr. Ejemplo Prueba y de su familia, y explicar por qué, según la información recibida, aún no se le "
                "han otorgado medidas de protección.",
                "Sírvase indicar qué medidas se han adoptado para garantizar que los periodistas y las personas "
                "defensoras de derechos humanos puedan llevar a cabo su labor legítima en un entorno seguro y "
                "propicio, sin temor a amenazas o actos de intimidación y hostigamiento de ningún tipo.",
            ],
            style="1)",
        ),
        Para(
            f"Esta comunicación y toda respuesta recibida del {GOBIERNO} se harán públicas a través del sitio web de "
            "comunicaciones en un plazo de 60 días. También estarán disponibles posteriormente en el informe que se "
            "presentará al Consejo de Derechos Humanos."
        ),
        Para(
            f"A la espera de su respuesta, quisiéramos instar al {GOBIERNO} a que adopte todas las medidas "
            "necesarias para proteger los derechos y las libertades de la persona mencionada e investigar, procesar "
            "e imponer las sanciones adecuadas a cualquier persona responsable de las violaciones alegadas."
        ),
        Para("Acepte, Excelencia, la expresión de nuestra más distinguida consideración."),
        Signatures([
            ("Marta Ficticia Solís", "Relatora Especial sobre la promoción y protección del derecho a la libertad "
                                     "de opinión y de expresión"),
            ("Elena Muestra Vidal", "Relatora Especial sobre la situación de los defensores de derechos humanos"),
            ("Diego Prototipo Lara", "Relator Especial sobre ejecuciones extrajudiciales, sumarias o arbitrarias"),
        ]),
        Annex(
            "Anexo",
            "Referencia al derecho internacional de los derechos humanos",
            [
                "En relación con los hechos y las preocupaciones arriba mencionados, quisiéramos llamar la atención "
                f"del {GOBIERNO} sobre los artículos 6 y 19 del Pacto Internacional de Derechos Civiles y Políticos, "
                "al que México se adhirió el 23 de marzo de 1981, que garantizan el derecho a la vida y el derecho a "
                "la libertad de opinión y de expresión. El Estado tiene la obligación de proteger a las personas "
                "frente a amenazas previsibles contra su vida, incluidas las que provienen de particulares.",
                "Quisiéramos asimismo referirnos a la Declaración sobre el derecho y el deber de los individuos, los "
                "grupos y las instituciones de promover y proteger los derechos humanos y las libertades "
                "fundamentales universalmente reconocidos, conocida como Declaración sobre los defensores de los "
                "derechos humanos, que dispone que el Estado garantizará la protección de toda persona frente a "
                "toda violencia, amenaza, represalia o presión como consecuencia del ejercicio legítimo de sus "
                "derechos.",
            ],
        ),
    ],
    reference="AL MEX 7/2021",
    date=date(2021, 6, 15),
    addressee="Señor Ernesto Ejemplar Gómez",
    addressee_title="Embajador Extraordinario y Plenipotenciario, Representante Permanente de México ante la "
                    "Oficina de las Naciones Unidas en Ginebra",
    organisation="Misión Permanente de México ante la Oficina de las Naciones Unidas en Ginebra",
    mandates=[
        "Relatora Especial sobre la promoción y protección del derecho a la libertad de opinión y de expresión",
        "Relatora Especial sobre la situación de los defensores de derechos humanos",
        "Relator Especial sobre ejecuciones extrajudiciales, sumarias o arbitrarias",
    ],
    hrc_resolutions=["43/4", "43/16", "44/5"],
    annex_cites=["ICCPR article 6", "ICCPR article 19", "Declaration on Human Rights Defenders"],
    text_copies=["txt"],
    must_not_appear_in_body=["PALAIS DES NATIONS", "Embajador Extraordinario y Plenipotenciario"],
)
