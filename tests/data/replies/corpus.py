"""The fictional replies (and one letter page) of tests/data/replies: their text and what they must yield.

Every person, company, place and event is invented and answers a fictional
letter of tests/data/letters; State and Mission names are real, the facts are
not. Each document is a list of (style, text) paragraphs; ``PAGE`` starts a new
page. ``expected`` is written out as NAME.expected.json:

- ``kind``: "reply", or "letter" for the letter page that must stay one;
- ``replies_to``: the case the reply answers (for replies);
- ``cited_reference``: the reference the document cites, normalised, or null;
- ``cited_letter_date``: the date of the letter the reply says it answers, or null;
- ``date``: the reply's own date (its date line, wherever it stands);
- ``language``: en, fr or es;
- ``explicit_links``: each passage that names questions (its first words) with the
  questions it names, in the question numbers of the letter;
- ``pairing`` (unreferenced replies): the case it must be paired with first, and
  words each reason must contain.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PAGE = ("page", "")


@dataclass
class Document:
    name: str
    summary: str
    features: list[str]
    paragraphs: list[tuple[str, str]]
    expected: dict
    forms: tuple[str, ...] = ("docx", "pdf", "txt")
    # Extra copies: "flat" (the whole text on one line), "scanned" (the PDF as page images, needs OCR).
    copies: tuple[str, ...] = ()
    ocr_language: str = "eng"
    language: str = "en"
    extra: dict = field(default_factory=dict)


NOTE_EN = Document(
    name="REPLY_UA_CHN_12_2023_note_en",
    summary="English note verbale with an attachment answering UA CHN 12/2023",
    features=[
        "note verbale: “The Permanent Mission of … presents its compliments to the Office of the United Nations High "
        "Commissioner for Human Rights and, with reference to the joint communication UA CHN 12/2023 dated 14 November "
        "2023, … has the honour to transmit …”",
        "the Mission's own file number on a line of its own; the date at the end of the note",
        "an attachment on page 2 with its own numbering 1–7 (not the letter's)",
        "answers out of order and several in one paragraph: “the second question”, “the third and fourth questions”, "
        "“question 1” in mid-paragraph, “your last question” after 400 characters",
        "a cross-reference (“in reply to question 2 above”) that answers nothing",
    ],
    paragraphs=[
        ("file", "No. GVA-HR/2023/118"),
        ("letterhead", "PERMANENT MISSION OF THE PEOPLE'S REPUBLIC OF CHINA TO THE UNITED NATIONS OFFICE AT GENEVA"),
        ("body", "The Permanent Mission of the People's Republic of China to the United Nations Office at Geneva and "
                 "other International Organizations in Switzerland presents its compliments to the Office of the "
                 "United Nations High Commissioner for Human Rights and, with reference to the joint communication "
                 "UA CHN 12/2023 dated 14 November 2023 from several special procedures mandate holders, has the "
                 "honour to transmit herewith the reply of the Chinese Government."),
        ("body", "The Permanent Mission of the People's Republic of China avails itself of this opportunity to renew "
                 "to the Office of the United Nations High Commissioner for Human Rights the assurances of its highest "
                 "consideration."),
        ("date", "Geneva, 1 December 2023"),
        ("address", "Office of the United Nations High Commissioner for Human Rights\nSpecial Procedures Branch\nGeneva"),
        PAGE,
        ("heading", "Reply of the Government of the People's Republic of China to the joint communication UA CHN 12/2023"),
        ("numbered", "1.\tThe Chinese Government has carefully studied the communication and wishes to provide the "
                     "following information. The allegations it contains do not correspond to the facts."),
        ("numbered", "2.\tWith regard to the second question, Ms. Lin Testperson was placed under residential "
                     "surveillance at a designated location on 9 November 2023 by the municipal public security organ, "
                     "in accordance with the Criminal Procedure Law, on suspicion of picking quarrels and provoking "
                     "trouble. The measure was approved according to law and her relatives were notified within the "
                     "statutory time limit."),
        ("numbered", "3.\tConcerning the third and fourth questions, Ms. Testperson is held at a designated location "
                     "that meets the conditions prescribed by law for daily life and rest. She has been examined by a "
                     "doctor, receives the medication prescribed for her heart condition and is in stable health. The "
                     "claim that persons held at the same place are deprived of sleep is groundless: the supervisory "
                     "authorities carried out an inspection on 20 November 2023 and found no irregularity."),
        ("numbered", "4.\tHer lawyer, Mr. Wang Samplewood, may meet her once the needs of the investigation allow it, "
                     "as the law provides. As regards question 1, the Government stresses that no one in China is "
                     "detained for expressing opinions on environmental matters; Ms. Testperson is suspected of "
                     "spreading fabricated information that disturbed public order."),
        ("numbered", "5.\tChina attaches great importance to the protection of the environment and encourages the "
                     "public to take part in environmental governance through lawful channels. Citizens, including those "
                     "who write about pollution, enjoy freedom of speech within the scope of the law, and their lawful "
                     "rights and interests are protected by the courts and by the procuratorates at every level. As to "
                     "your last question, the departments concerned will continue to listen to the opinions of the public "
                     "and to handle complaints about water pollution in a timely manner."),
        ("numbered", "6.\tThe information given in reply to question 2 above also explains the legal basis of the "
                     "surveillance measure and the notification of the family."),
        ("numbered", "7.\tThe Chinese Government hopes that the mandate holders will consider the above information in "
                     "an objective and impartial manner."),
    ],
    expected={
        "kind": "reply", "replies_to": "UA CHN 12/2023", "cited_reference": "UA CHN 12/2023",
        "cited_letter_date": "2023-11-14", "date": "2023-12-01", "language": "en",
        "explicit_links": [
            {"starts": "2. With regard to the second question", "questions": [2]},
            {"starts": "3. Concerning the third and fourth questions", "questions": [3, 4]},
            {"starts": "4. Her lawyer, Mr. Wang Samplewood", "questions": [1]},
            {"starts": "5. China attaches great importance", "questions": [5]},
        ],
    },
)

NOTE_FR = Document(
    name="REPLY_AL_FRA_4_2022_note_fr",
    summary="French note verbale answering AL FRA 4/2022",
    language="fr",
    ocr_language="fra",
    features=[
        "« La Mission permanente de la France … présente ses compliments au Haut-Commissariat … et, se référant à la "
        "communication conjointe AL FRA 4/2022 du 3 mars 2022, a l'honneur de lui faire parvenir … »",
        "the Mission's file number “Réf. : 2022-0457/DH” (not a communication reference)",
        "« s'agissant de la première question », « en ce qui concerne les questions 2 et 4 » (out of order), "
        "« quant à la troisième question », « s'agissant de la cinquième question » after 400 characters",
        "closing « saisit cette occasion pour renouveler … », the date « Genève, le 29 avril 2022 » at the end",
    ],
    paragraphs=[
        ("letterhead", "MISSION PERMANENTE DE LA FRANCE AUPRÈS DE L'OFFICE DES NATIONS UNIES À GENÈVE"),
        ("file", "Réf. : 2022-0457/DH"),
        ("body", "La Mission permanente de la France auprès de l'Office des Nations Unies à Genève et des organisations "
                 "internationales en Suisse présente ses compliments au Haut-Commissariat des Nations Unies aux droits de "
                 "l'homme et, se référant à la communication conjointe AL FRA 4/2022 du 3 mars 2022 adressée par trois "
                 "titulaires de mandat au titre des procédures spéciales, a l'honneur de lui faire parvenir les éléments "
                 "de réponse des autorités françaises."),
        ("body", "S'agissant de la première question, les autorités françaises tiennent à rappeler que le rassemblement "
                 "du 12 janvier 2022 à Valfictif n'avait pas fait l'objet d'une déclaration conforme, le lieu annoncé ne "
                 "correspondant pas à celui qui a été effectivement occupé par les participants."),
        ("body", "En ce qui concerne les questions 2 et 4, la dispersion a été ordonnée par l'autorité civile après deux "
                 "sommations, lorsque des participants ont pénétré dans l'enceinte du chantier. L'emploi de gaz "
                 "lacrymogène est resté limité et proportionné. Une enquête administrative a été confiée à l'inspection "
                 "compétente, dont les conclusions seront communiquées dès qu'elles seront disponibles."),
        ("body", "Quant à la troisième question, M. Jean-Marc Fictif a été mis en examen par un juge d'instruction "
                 "indépendant. Les obligations du contrôle judiciaire peuvent être modifiées à tout moment à sa demande ; "
                 "son avocat a d'ailleurs saisi le juge d'une demande de mainlevée partielle, qui est en cours d'examen."),
        ("body", "Les autorités françaises réaffirment leur attachement au rôle des défenseuses et défenseurs de "
                 "l'environnement. La liberté d'association et la liberté de réunion pacifique sont garanties par la "
                 "Constitution, et de nombreuses associations de protection de l'environnement participent aux "
                 "procédures de consultation du public organisées avant chaque grand projet d'aménagement, dans tous "
                 "les départements ; s'agissant de la cinquième question, elles rappellent que le dialogue avec le "
                 "Collectif Rivière-Exemple se poursuit au sein de la commission locale de l'eau."),
        ("body", "La Mission permanente de la France saisit cette occasion pour renouveler au Haut-Commissariat des "
                 "Nations Unies aux droits de l'homme les assurances de sa haute considération."),
        ("date", "Genève, le 29 avril 2022"),
    ],
    expected={
        "kind": "reply", "replies_to": "AL FRA 4/2022", "cited_reference": "AL FRA 4/2022",
        "cited_letter_date": "2022-03-03", "date": "2022-04-29", "language": "fr",
        "explicit_links": [
            {"starts": "S'agissant de la première question", "questions": [1]},
            {"starts": "En ce qui concerne les questions 2 et 4", "questions": [2, 4]},
            {"starts": "Quant à la troisième question", "questions": [3]},
            {"starts": "Les autorités françaises réaffirment", "questions": [5]},
        ],
    },
)

NOTE_ES = Document(
    name="REPLY_AL_MEX_7_2021_note_es",
    summary="Spanish note verbale answering AL MEX 7/2021",
    language="es",
    ocr_language="spa",
    copies=("flat",),
    features=[
        "«La Misión Permanente de México … saluda atentamente a la Oficina del Alto Comisionado … y, en respuesta a la "
        "comunicación conjunta AL MEX 7/2021 de fecha 15 de junio de 2021, tiene el honor de remitir …»",
        "the Mission's file number «Nota núm. GNV-2021-0734»",
        "«Pregunta 1.», «En cuanto a la segunda pregunta», «Respecto de las preguntas 3 y 4»",
        "closing «aprovecha la oportunidad para reiterar …», the date «Ginebra, 9 de agosto de 2021» at the end",
        "a flattened copy (`_flat.txt`): the whole note on one line",
    ],
    paragraphs=[
        ("letterhead", "MISIÓN PERMANENTE DE MÉXICO ANTE LA OFICINA DE LAS NACIONES UNIDAS Y OTROS ORGANISMOS "
                       "INTERNACIONALES CON SEDE EN GINEBRA"),
        ("file", "Nota núm. GNV-2021-0734"),
        ("body", "La Misión Permanente de México ante la Oficina de las Naciones Unidas y otros Organismos Internacionales "
                 "con sede en Ginebra saluda atentamente a la Oficina del Alto Comisionado de las Naciones Unidas para los "
                 "Derechos Humanos y, en respuesta a la comunicación conjunta AL MEX 7/2021 de fecha 15 de junio de 2021, "
                 "tiene el honor de remitir la información proporcionada por las autoridades competentes."),
        ("body", "Pregunta 1. El Gobierno de México informa que las autoridades federales y estatales tuvieron "
                 "conocimiento de los hechos denunciados por el Sr. Tomás Ejemplo Prueba y que mantienen comunicación "
                 "constante con él y con su representación legal."),
        ("body", "En cuanto a la segunda pregunta, la Fiscalía del estado abrió una carpeta de investigación por el delito "
                 "de amenazas el mismo día de la denuncia. Se han recabado las declaraciones de cuatro testigos y se "
                 "solicitó a la compañía telefónica la información relativa a los mensajes recibidos."),
        ("body", "Respecto de las preguntas 3 y 4, el mecanismo federal de protección incorporó al Sr. Ejemplo Prueba el "
                 "2 de julio de 2021 y le otorgó medidas de protección, entre ellas un botón de asistencia y rondines "
                 "policiales en el domicilio de su madre. El Gobierno reitera su compromiso con la libertad de expresión "
                 "y con la protección de quienes ejercen el periodismo en todo el territorio nacional."),
        ("body", "La Misión Permanente de México aprovecha la oportunidad para reiterar a la Oficina del Alto Comisionado "
                 "de las Naciones Unidas para los Derechos Humanos las seguridades de su más alta y distinguida "
                 "consideración."),
        ("date", "Ginebra, 9 de agosto de 2021"),
    ],
    expected={
        "kind": "reply", "replies_to": "AL MEX 7/2021", "cited_reference": "AL MEX 7/2021",
        "cited_letter_date": "2021-06-15", "date": "2021-08-09", "language": "es",
        "explicit_links": [
            {"starts": "Pregunta 1. El Gobierno de México", "questions": [1]},
            {"starts": "En cuanto a la segunda pregunta", "questions": [2]},
            {"starts": "Respecto de las preguntas 3 y 4", "questions": [3, 4]},
        ],
    },
)

COMPANY_EN = Document(
    name="REPLY_AL_OTH_41_2020_company",
    summary="A company's reply to AL OTH 41/2020, by question and by topic",
    features=[
        "“We acknowledge receipt of your joint communication AL OTH 41/2020 of 12 June 2020 …”; dated at the top",
        "“In reply to the second question”, “The third question concerns …” (opens a sentence), “paragraph 4 of your "
        "letter”, “regarding question 1” last (out of order)",
        "one paragraph answers question 5 by topic only (grievance hotline): no explicit link",
    ],
    paragraphs=[
        ("letterhead", "HARBOURLINE APPAREL PLC"),
        ("date", "London, 3 August 2020"),
        ("address", "Working Group on the issue of human rights and transnational corporations and other business "
                    "enterprises\nSpecial Procedures Branch\nOffice of the United Nations High Commissioner for Human "
                    "Rights\nGeneva"),
        ("body", "Dear Chair-Rapporteur,"),
        ("body", "We acknowledge receipt of your joint communication AL OTH 41/2020 of 12 June 2020 concerning working "
                 "conditions at the Exampleford factory of our supplier Northwind Textiles Ltd., and we welcome the "
                 "opportunity to set out the steps Harbourline Apparel plc has taken."),
        ("body", "In reply to the second question, Harbourline has assessed the human rights risks of its first-tier "
                 "suppliers since 2018 and extended this assessment in 2020 to the practices of the labour agents that "
                 "recruit their workers. Our supplier code of conduct prohibits the charging of recruitment fees and "
                 "the retention of identity documents."),
        ("body", "The third question concerns audits. After receiving your letter we commissioned an unannounced audit "
                 "of the Exampleford factory, carried out on 6 and 7 July 2020 by an independent firm. The auditors "
                 "interviewed 60 workers away from the factory and found that passports had been returned to most "
                 "workers but that deductions for recruitment fees continued."),
        ("body", "With respect to paragraph 4 of your letter, Northwind Textiles Ltd. has agreed to a plan under which "
                 "the recruitment fees will be reimbursed to every affected worker within six months and the wages owed "
                 "will be paid in full, with Harbourline sharing the cost; all remaining passports were handed back on "
                 "10 July 2020."),
        ("body", "Workers employed by our suppliers can now raise complaints through a free telephone hotline and a "
                 "messaging channel in five languages, run by an independent provider; posters explaining these channels "
                 "hang in every factory we source from."),
        ("body", "Finally, regarding question 1, we note that Harbourline buys about 40 per cent of the factory's output, "
                 "not more than half of it as the communication states."),
        ("body", "We remain at the disposal of the mandate holders for any further information."),
        ("body", "Yours sincerely,"),
        ("signature", "Oliver Samplewright\nChief Executive Officer\nHarbourline Apparel plc"),
    ],
    expected={
        "kind": "reply", "replies_to": "AL OTH 41/2020", "cited_reference": "AL OTH 41/2020",
        "cited_letter_date": "2020-06-12", "date": "2020-08-03", "language": "en",
        "explicit_links": [
            {"starts": "In reply to the second question", "questions": [2]},
            {"starts": "The third question concerns audits", "questions": [3]},
            {"starts": "With respect to paragraph 4 of your letter", "questions": [4]},
            {"starts": "Finally, regarding question 1", "questions": [1]},
        ],
        "by_topic": [{"starts": "Workers employed by our suppliers", "questions": [5]}],
    },
)

UNREFERENCED_EN = Document(
    name="REPLY_AL_GBR_7_2020_unreferenced",
    summary="A reply citing no reference, only “your letter of 9 October 2020 regarding Mr. …”",
    features=[
        "no reference anywhere: “Thank you for your letter of 9 October 2020 regarding Mr. Andrei Exemplu and other "
        "seasonal workers … Meadowtest Farms Ltd.”",
        "names the people and companies of AL GBR 7/2020 and is signed by its addressee; its wording is also close to "
        "AL OTH 41/2020 (recruitment fees, passports, forced labour)",
        "answers by topic, and “your last question” (question 6) explicitly",
    ],
    paragraphs=[
        ("letterhead", "UNITED KINGDOM MISSION TO THE UNITED NATIONS AND OTHER INTERNATIONAL ORGANISATIONS IN GENEVA"),
        ("date", "Geneva, 30 November 2020"),
        ("body", "Dear Special Rapporteurs,"),
        ("body", "Thank you for your letter of 9 October 2020 regarding Mr. Andrei Exemplu and other seasonal workers "
                 "employed on a fruit farm run by Meadowtest Farms Ltd. The Government of the United Kingdom takes every "
                 "allegation of labour exploitation seriously, and I am pleased to provide the following response."),
        ("body", "The labour inspectorate visited the farm on 18 August 2020, following a complaint, and found that the "
                 "passports of 23 workers were being kept by Crosslane Staffing Services Ltd. The passports were handed "
                 "back the same day and the licence of Crosslane Staffing Services Ltd. has been suspended pending a "
                 "full investigation of the recruitment fees it charged."),
        ("body", "Workers who are owed wages or who were charged unlawful fees may bring a claim before an employment "
                 "tribunal, including after they have left the country, and can obtain free advice from a dedicated "
                 "helpline. Mr. Exemplu has been offered help to file such a claim for his unpaid wages."),
        ("body", "Since 2019 the number of inspections of labour providers supplying farms has doubled, and new guidance "
                 "makes clear that no worker may be charged a fee for being found work, wherever the fee is charged."),
        ("body", "Potential victims of trafficking identified among seasonal workers are referred to the national "
                 "referral mechanism, which gives access to accommodation, medical care and legal advice; this support "
                 "does not depend on their cooperation with any criminal investigation."),
        ("body", "On your last question, the Government is considering whether seasonal workers should be able to move to "
                 "another approved employer within the scheme, and will publish its conclusions next spring."),
        ("body", "I trust that this information is helpful."),
        ("body", "Yours sincerely,"),
        ("signature", "Julia Testington\nAmbassador and Permanent Representative"),
    ],
    expected={
        "kind": "reply", "replies_to": "AL GBR 7/2020", "cited_reference": None,
        "cited_letter_date": "2020-10-09", "date": "2020-11-30", "language": "en",
        "explicit_links": [
            {"starts": "On your last question", "questions": [6]},
        ],
        "by_topic": [
            {"starts": "The labour inspectorate visited the farm", "questions": [2]},
            {"starts": "Potential victims of trafficking", "questions": [5]},
        ],
        "pairing": {
            "first": "AL GBR 7/2020",
            "reasons": [
                ["cites a letter dated 9 October 2020", "the date of AL GBR 7/2020"],
                ["names", "Mr. Andrei Exemplu", "Meadowtest Farms Ltd.", "named in that letter"],
            ],
        },
    },
)

FRAGMENT_EN = Document(
    name="REPLY_UA_SYR_3_2014_fragment",
    summary="A fragment of a reply's attachment, without its opening lines",
    forms=("docx", "pdf", "txt"),
    features=[
        "starts at paragraph 7 of an attachment: no note verbale, no reference, no salutation",
        "a running file number “Ref. SYR-GVA/2014/077” above the text",
        "“With regard to the second question”, “Concerning questions 3 and 4”; the Government and the Permanent Mission "
        "speak of themselves; “Geneva, 19 June 2014” at the end",
        "pairs by the names it shares with UA SYR 3/2014 (Mr. Karim Exemplar, Al-Namudhaj)",
    ],
    paragraphs=[
        ("file", "Ref. SYR-GVA/2014/077"),
        ("numbered", "7.\tWith regard to the second question, the notices to vacate were issued under the applicable urban "
                     "planning legislation, following a decision of the planning committee of the governorate. The "
                     "residents of Al-Namudhaj were informed at two public meetings held in the neighbourhood."),
        ("numbered", "8.\tThe Government wishes to stress that the reconstruction project will provide modern housing to "
                     "the families concerned, who will be given priority in the allocation of the new dwellings."),
        ("numbered", "9.\tConcerning questions 3 and 4, families registered as internally displaced persons will be offered "
                     "temporary accommodation until the new dwellings are completed, and no demolition will take place "
                     "before that accommodation is ready. Mr. Karim Exemplar was invited to a police station to clarify a "
                     "complaint lodged against him by a private person; no proceedings are pending against him."),
        ("numbered", "10.\tThe Permanent Mission reiterates the readiness of the Government to cooperate with the special "
                     "procedures of the Human Rights Council."),
        ("date", "Geneva, 19 June 2014"),
    ],
    expected={
        "kind": "reply", "replies_to": "UA SYR 3/2014", "cited_reference": None,
        "cited_letter_date": None, "date": "2014-06-19", "language": "en",
        "explicit_links": [
            {"starts": "7. With regard to the second question", "questions": [2]},
            {"starts": "9. Concerning questions 3 and 4", "questions": [3, 4]},
        ],
        "pairing": {
            "first": "UA SYR 3/2014",
            "reasons": [["names", "Mr. Karim Exemplar", "named in that letter"]],
        },
    },
)

COMPANY_ES = Document(
    name="REPLY_OL_SLV_8_2021_company_es",
    summary="A company's reply in Spanish to OL SLV 8/2021, also as a scan",
    language="es",
    ocr_language="spa",
    copies=("scanned",),
    features=[
        "«En respuesta a su carta OL SLV 8/2021 de fecha 22 de septiembre de 2021 …»; dated at the top",
        "«En cuanto a la primera pregunta», «Respecto de las preguntas 2 y 3», «Sobre la pregunta 4»",
        "a scanned copy (`_scanned.pdf`): the PDF's pages as images, no text layer (OCR with Tesseract, spa)",
    ],
    paragraphs=[
        ("letterhead", "VOLCÁN VERDE ENERGÍA, S.A. DE C.V."),
        ("date", "San Salvador, 15 de noviembre de 2021"),
        ("body", "Estimado Señor Relator Especial:"),
        ("body", "En respuesta a su carta OL SLV 8/2021 de fecha 22 de septiembre de 2021, relativa al proyecto de "
                 "«Política de Conducta y Representación en el Lugar de Trabajo», nos complace proporcionarle la "
                 "información siguiente."),
        ("body", "En cuanto a la primera pregunta, Volcán Verde Energía desea aclarar que el documento distribuido el 3 de "
                 "agosto de 2021 era un borrador de trabajo y que nunca fue aprobado por la dirección de la empresa."),
        ("body", "Respecto de las preguntas 2 y 3, el borrador fue retirado el 30 de septiembre de 2021. Se abrirá un nuevo "
                 "proceso de consulta con los sindicatos y con representantes de los trabajadores contratados por medio "
                 "de subcontratistas, y toda norma futura sobre reuniones en las instalaciones respetará la libertad de "
                 "asociación."),
        ("body", "Sobre la pregunta 4, la empresa ha encargado a una consultora independiente una evaluación del impacto "
                 "de sus políticas laborales en los derechos humanos, cuyos resultados se publicarán en el primer "
                 "semestre de 2022."),
        ("body", "Quedamos a su disposición para cualquier aclaración adicional."),
        ("body", "Atentamente,"),
        ("signature", "Carmen Testperson\nDirectora General\nVolcán Verde Energía, S.A. de C.V."),
    ],
    expected={
        "kind": "reply", "replies_to": "OL SLV 8/2021", "cited_reference": "OL SLV 8/2021",
        "cited_letter_date": "2021-09-22", "date": "2021-11-15", "language": "es",
        "explicit_links": [
            {"starts": "En cuanto a la primera pregunta", "questions": [1]},
            {"starts": "Respecto de las preguntas 2 y 3", "questions": [2, 3]},
            {"starts": "Sobre la pregunta 4", "questions": [4]},
        ],
    },
)

LETTER_PAGE = Document(
    name="LETTER_BGD_page2_cites_earlier",
    summary="Page 2 of a follow-up letter that cites an earlier communication and the Government's reply: a letter",
    features=[
        "starts mid-sentence (page 2 only): no mandates block, no reference line, no questions, no signatures",
        "cites “our previous communication (BGD 2/2020)”, “the reply of Your Excellency's Government”, “In response to "
        "our communication, the Government stated …”, “With reference to our joint communication BGD 2/2020 …”",
        "must stay a letter: citing an earlier reference is no hallmark of a reply",
    ],
    paragraphs=[
        ("plain", "2"),
        ("body", "garment workers of the Exampleganj industrial cluster, and in particular the death of two workers in a "
                 "fire at a spinning mill on 3 February 2021."),
        ("body", "In our previous communication (BGD 2/2020), we expressed concern at reports that fire exits in several "
                 "factories of the cluster were locked during working hours and that workers who raised safety concerns "
                 "were dismissed. We thank Your Excellency's Government for the reply of 14 May 2020, in which it "
                 "indicated that the factories concerned had been inspected."),
        ("body", "In response to our communication, the Government stated that a task force on occupational safety would "
                 "be set up. According to the new information received, however, the task force has met only once and "
                 "the follow-up inspections announced in the reply have not taken place."),
        ("body", "With reference to our joint communication BGD 2/2020, we would also like to recall that workers at the "
                 "spinning mill had reportedly complained about the blocked stairways in December 2020, and that the "
                 "complaint was not followed up by the labour inspectorate."),
        ("body", "While we do not wish to prejudge the accuracy of these allegations, we reiterate our serious concern at "
                 "the reported failure to protect the lives and safety of workers in the cluster, and at the reported "
                 "dismissal of workers who raise safety concerns."),
    ],
    expected={
        "kind": "letter", "cited_reference": "BGD 2/2020", "cited_letter_date": None, "language": "en",
        "explicit_links": [],
    },
)

DOCUMENTS = [NOTE_EN, NOTE_FR, NOTE_ES, COMPANY_EN, UNREFERENCED_EN, FRAGMENT_EN, COMPANY_ES, LETTER_PAGE]
