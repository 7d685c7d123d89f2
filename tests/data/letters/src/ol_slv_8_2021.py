"""Other letter from one mandate to a company; the reference is written with a dot."""

from __future__ import annotations

from datetime import date

from common import (
    FIRST_QUESTION,
    LETTERHEAD_EN,
    highest_consideration,
    publication,
    questions_intro,
    special_procedures,
)
from model import DateLine, Letter, Mandates, Para, Questions, Reference, Signatures

MANDATE = "Special Rapporteur on the rights to freedom of peaceful assembly and of association"

LETTER = Letter(
    name="OL_SLV_8_2021",
    summary="Other letter (OL) from a single mandate to a company",
    features=[
        f'one mandate: "Mandate of the {MANDATE}"; "I have the honour to address you in my capacity as …"',
        'reference printed "OL SLV 8.2021" (a dot instead of the slash) -> "OL SLV 8/2021"',
        'one HRC resolution ("pursuant to Human Rights Council resolution 41/12"), one signatory',
        'a company addressee: "Dear Ms. Carmen Testperson," and a footer "Ms. …, Chief Executive Officer, '
        'Volcán Verde Energía S.A. de C.V." (the organisation is the last, dotted part)',
        "the standard paragraph on Special Procedures in the singular",
        'questions typed by hand as "1)" + tab (no Word numbering: the labels are in the DOCX text too)',
        "no annex at all, although the body quotes Guiding Principles 13 and 15 (annex is null)",
        'similar letter in the singular: "a letter expressing similar concerns is also sent to the Government '
        'of El Salvador"',
    ],
    language="en",
    footer="Ms. Carmen Testperson, Chief Executive Officer, Volcán Verde Energía S.A. de C.V.",
    blocks=[
        LETTERHEAD_EN,
        Mandates(f"Mandate of the {MANDATE}"),
        Reference("REFERENCE:", "OL SLV 8.2021"),
        DateLine("22 September 2021"),
        Para("Dear Ms. Carmen Testperson,"),
        Para(
            f"I have the honour to address you in my capacity as {MANDATE}, pursuant to Human Rights Council "
            "resolution 41/12."
        ),
        Para(special_procedures(plural=False)),
        Para(
            "In this connection, I would like to bring to your attention information I have received concerning a "
            "draft \u201cWorkplace Conduct and Representation Policy\u201d of your company, which would reportedly "
            "restrict the ability of workers at its geothermal plants to form and join trade unions and to hold "
            "meetings on company premises."
        ),
        Para("According to the information received:"),
        Para(
            "Volcán Verde Energía S.A. de C.V. operates two geothermal power plants and employs approximately 1,200 "
            "workers, of whom about a third are hired through subcontractors. On 3 August 2021, the company "
            "circulated to its staff a draft \u201cWorkplace Conduct and Representation Policy\u201d that is "
            "reportedly due to enter into force on 1 January 2022.",
            role="allegation",
        ),
        Para(
            "The draft policy would reportedly require employees to obtain the prior written authorisation of the "
            "human resources department before holding any meeting of more than five persons on company premises, "
            "including during breaks; prohibit the distribution of trade union material at the workplace; and "
            "provide that workers hired through subcontractors may only be represented by a \u201ccompany "
            "consultative committee\u201d whose members are appointed by management.",
            role="allegation",
        ),
        Para(
            "Workers who expressed concern about the draft in an internal consultation were reportedly told that "
            "participation in \u201cunauthorised gatherings\u201d could be taken into account in their performance "
            "evaluations.",
            role="allegation",
        ),
        Para(
            "While I do not wish to prejudge the accuracy of the information received, I am concerned that, if "
            "adopted, the draft policy could unduly restrict the rights of workers to freedom of peaceful assembly "
            "and of association, including the right to form and join trade unions, and could have a chilling "
            "effect on the exercise of these rights by workers hired through subcontractors."
        ),
        Para(
            "I would like to recall that, according to the UN Guiding Principles on Business and Human Rights, "
            "business enterprises should avoid causing or contributing to adverse human rights impacts through their "
            "own activities (Guiding Principle 13) and should have in place a human rights due diligence process "
            "(Guiding Principle 15)."
        ),
        Para(questions_intro(plural=False)),
        Questions(
            [
                FIRST_QUESTION.replace("allegations", "information"),
                "Please provide information on the status of the draft \u201cWorkplace Conduct and Representation "
                "Policy\u201d and on whether workers and their representatives have been consulted on its content.",
                "Please explain how the provisions on meetings on company premises and on the representation of "
                "workers hired through subcontractors are compatible with the rights to freedom of peaceful assembly "
                "and of association, including the right to form and join trade unions.",
                "Please provide information on the human rights due diligence steps taken by your company to "
                "identify, prevent and mitigate adverse impacts of the draft policy on the rights of its workers, in "
                "line with the UN Guiding Principles on Business and Human Rights.",
            ],
            style="1)",
            auto=False,
        ),
        Para(publication("your company")),
        Para("Please note that a letter expressing similar concerns is also sent to the Government of El Salvador."),
        Para(highest_consideration("Ms. Testperson", plural=False)),
        Signatures([("Rafael Samplemann", MANDATE)]),
    ],
    reference="OL SLV 8/2021",
    date=date(2021, 9, 22),
    addressee="Ms. Carmen Testperson",
    addressee_title="Chief Executive Officer",
    organisation="Volcán Verde Energía S.A. de C.V.",
    mandates=[MANDATE],
    hrc_resolutions=["41/12"],
    similar_letters_to=["El Salvador"],
    text_copies=["txt"],
    must_not_appear_in_body=["PALAIS DES NATIONS", "Chief Executive Officer"],
)
